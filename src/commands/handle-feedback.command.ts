import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { isClosed, type TicketStatus } from '../core/feedback/feedback.js';
import { findTicket, recordHandling } from '../core/feedback/handle.js';
import { parseSensitiveMark, parseStatusWords } from '../core/feedback/words.js';
import { markTicketSensitive } from '../core/feedback/reclassify.js';
import { permissions } from '../core/members/policy.js';
import { defineCommand, type Choice, type CommandContext, type Reply } from './command.js';
import { statusName, ticketLineFor } from '../chat/format/ticket-lines.js';
import { echoToUnitGroups } from './unit-groups.js';

const statusChoices = (ctx: CommandContext): Choice[] =>
  (['in_progress', 'resolved', 'transferred', 'out_of_scope'] as const).map((status) => ({
    label: statusName(ctx.t, status),
    value: status,
  }));

async function handle(ctx: CommandContext, code: string, toStatus: TicketStatus | null, note: string): Promise<Reply> {
  const result = await recordHandling(ctx.store, {
    actor: ctx.actor,
    code,
    toStatus,
    note,
    now: ctx.now,
    today: ctx.today,
    chatUnitId: ctx.chat.unit?.id ?? null,
  });
  await ctx.flow.end();
  const handled = async (t: CommandContext['t']) => {
    const timing =
      result.ticket.closedOnTime === null ? '' : t(result.ticket.closedOnTime ? 'feedback-closed-on-time' : 'feedback-closed-late');
    return [
      t('feedback-handled', { code: result.ticket.code, from: statusName(t, result.from), to: statusName(t, result.to), timing }),
      await ticketLineFor(t, ctx.store, result.ticket),
    ].join('\n');
  };
  const text = await handled(ctx.t);
  // handled from a private chat: the unit's group follows the case's status all the same, in its own language
  const notices = await echoToUnitGroups(ctx, result.ticket.unitId, 'feedback-handled-in-private', handled);
  // the note on a sensitive case, typed in a group, is not for the group: the message is cleaned up
  const confidential = ctx.chat.kind === 'group' && result.ticket.sensitive;
  return { text, ...(notices.length > 0 ? { notices } : {}), ...(confidential ? { confidential: 'case' as const } : {}) };
}

/**
 * /xuly <mã> nhaycam [ghi chú]: the case becomes one handled apart; from then on a group sees its code and
 * status only. A note given with it is recorded as a handling step, and is private like the rest.
 */
async function markSensitive(ctx: CommandContext, code: string, note: string): Promise<Reply> {
  const result = await markTicketSensitive(ctx.store, { actor: ctx.actor, code, chatUnitId: ctx.chat.unit?.id ?? null });
  await ctx.flow.end();
  if (!result.changed) return { text: ctx.t('feedback-already-sensitive', { code: result.ticket.code }) };
  const marked = async (t: CommandContext['t']) =>
    [t('feedback-marked-sensitive', { code: result.ticket.code }), await ticketLineFor(t, ctx.store, result.ticket)].join('\n');
  const text = await marked(ctx.t);
  const notices = await echoToUnitGroups(ctx, result.ticket.unitId, 'feedback-handled-in-private', marked);
  if (note.length >= 3 && !isClosed(result.ticket.status) && result.ticket.status !== 'linked') {
    await recordHandling(ctx.store, {
      actor: ctx.actor,
      code: result.ticket.code,
      toStatus: null,
      note,
      now: ctx.now,
      today: ctx.today,
      chatUnitId: ctx.chat.unit?.id ?? null,
    });
  }
  return {
    text,
    ...(notices.length > 0 ? { notices } : {}),
    ...(ctx.chat.kind === 'group' && note.length > 0 ? { confidential: 'case' as const } : {}),
  };
}

/**
 * /xuly <mã> [trạng thái] <ghi chú>: the handler records what was done and moves the case along ("đang xử
 * lý", "đã xử lý", "chuyển cơ quan khác", "không thuộc thẩm quyền", "mở lại"). Missing parts are asked for.
 */
export const handleFeedbackCommand = defineCommand({
  name: 'xuly',
  aliases: ['handle'],
  descriptionKey: 'cmd-xuly-description',
  usageKey: 'cmd-xuly-usage',
  scope: 'any',
  permission: permissions.feedbackHandler,
  args: z.array(z.string()).min(1).max(800),
  async run(ctx, [code, ...rest]) {
    const ticket = await findTicket(ctx.store, code!);
    const mark = parseSensitiveMark(rest);
    if (mark) return markSensitive(ctx, ticket.code, rest.slice(mark.used).join(' ').trim());
    const status = parseStatusWords(rest);
    const note = (status ? rest.slice(status.used) : rest).join(' ').trim();
    if (note.length >= 3) return handle(ctx, ticket.code, status?.value ?? null, note);
    if (!status) {
      await ctx.flow.ask('status', { code: ticket.code }, statusChoices(ctx));
      return {
        text: `${ctx.t('feedback-ask-status', { code: ticket.code })}\n${await ticketLineFor(ctx.t, ctx.store, ticket)}`,
        choices: statusChoices(ctx),
      };
    }
    await ctx.flow.ask('note', { code: ticket.code, status: status.value });
    return { text: ctx.t('feedback-ask-note') };
  },
  async resume(ctx, state, input) {
    const data = state.data as { code: string; status?: TicketStatus };
    if (state.step === 'status') {
      const status = (input.choice as TicketStatus | null) ?? parseStatusWords(input.text.split(/\s+/))?.value ?? null;
      if (!status) {
        await ctx.flow.ask('status', data, statusChoices(ctx));
        return { text: ctx.t('feedback-ask-status', { code: data.code }), choices: statusChoices(ctx) };
      }
      await ctx.flow.ask('note', { ...data, status });
      return { text: ctx.t('feedback-ask-note') };
    }
    if (input.text.trim().length < 3) {
      await ctx.flow.ask('note', data);
      return { text: ctx.t('feedback-note-missing') };
    }
    if (!data.status) throw new DomainError('feedback.status', 'feedback-ask-status', { code: data.code });
    return handle(ctx, data.code, data.status, input.text);
  },
});
