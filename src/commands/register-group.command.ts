import { z } from 'zod';
import { type Binding, bindChatToUnit, bindLeadersChat, namesLeadersChat, rebindingOf } from '../core/chats/bind-chat.js';
import { DomainError } from '../core/errors.js';
import { parseYesNo } from '../core/feedback/words.js';
import { isAdmin } from '../core/members/policy.js';
import { permissions } from '../core/members/policy.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';

const MAX_LISTED_UNITS = 12;

async function bindLeaders(ctx: CommandContext): Promise<Reply> {
  const result = await bindLeadersChat(ctx.store, {
    actor: ctx.actor,
    chat: { ref: ctx.chat.ref, platform: ctx.actor.user.platform, kind: ctx.chat.kind, title: ctx.chat.title },
  });
  await ctx.flow.end();
  if (result.kind === 'unchanged') return { text: ctx.t('register-leaders-unchanged') };
  const lines = [ctx.t('register-leaders-done', { unit: result.department.name })];
  if (result.previous) lines.push(ctx.t('register-replaced', { previous: result.previous.name }));
  return { text: lines.join('\n') };
}

const bindingName = (ctx: CommandContext, binding: Binding) =>
  binding.leaders ? ctx.t('register-leaders-name', { unit: binding.unit.name }) : `${binding.unit.name} (${binding.unit.code})`;

/**
 * A group bound already is moved only once an administrator says "Có" to "Chuyển nhóm này sang …?", with
 * both names: a /dangky typed in the wrong group changes nothing by itself.
 */
async function confirmFirst(ctx: CommandContext, code: string): Promise<Reply | null> {
  if (!isAdmin(ctx.actor))
    throw new DomainError('chat.bind_forbidden', 'permission-denied-admin', { command: '/dangky', admins: '', count: 0 });
  const change = await rebindingOf(ctx.store, ctx.chat.ref, namesLeadersChat(code) ? { leaders: true } : { unitCode: code });
  if (!change) return null;
  const choices = [
    { label: ctx.t('register-confirm-yes'), value: 'yes' },
    { label: ctx.t('register-confirm-no'), value: 'no' },
  ];
  await ctx.flow.ask('confirm', { code, from: bindingName(ctx, change.from) }, choices);
  return { text: ctx.t('register-confirm', { from: bindingName(ctx, change.from), to: bindingName(ctx, change.to) }), choices };
}

async function bind(ctx: CommandContext, code: string, confirmed = false): Promise<Reply> {
  if (!confirmed) {
    const question = await confirmFirst(ctx, code);
    if (question) return question;
  }
  if (namesLeadersChat(code)) return bindLeaders(ctx);
  const result = await bindChatToUnit(ctx.store, {
    actor: ctx.actor,
    chat: { ref: ctx.chat.ref, platform: ctx.actor.user.platform, kind: ctx.chat.kind, title: ctx.chat.title },
    unitCode: code,
  });
  await ctx.flow.end();
  const unit = `${result.unit.name} (${result.unit.code})`;
  if (result.kind === 'unchanged') return { text: ctx.t('register-unchanged', { unit }) };
  const lines = [ctx.t('register-done', { unit })];
  if (result.previous) lines.push(ctx.t('register-replaced', { previous: result.previous.name }));
  lines.push(ctx.t('register-next'));
  return { text: lines.join('\n') };
}

/** /dangky <mã đơn vị>: an admin binds this group to a unit; without a code the bot asks for one. */
export const registerGroupCommand = defineCommand({
  name: 'dangky',
  aliases: ['register'],
  descriptionKey: 'cmd-dangky-description',
  usageKey: 'cmd-dangky-usage',
  scope: 'group',
  permission: permissions.admin,
  // a unit's code or name ("TYT Sìn Hồ", "trạm y tế xã sin ho"), or "lanhdao" / "lãnh đạo" for the leaders' group
  args: z.array(z.string().min(1).max(40)).max(10),
  async run(ctx, args) {
    const code = args.join(' ');
    if (code) return bind(ctx, code);
    const units = await ctx.store.units.list();
    const listed = units.slice(0, MAX_LISTED_UNITS).map((u) => `• ${u.code} — ${u.shortName ?? u.name}`);
    if (units.length > MAX_LISTED_UNITS) listed.push(ctx.t('register-more-units', { count: units.length - MAX_LISTED_UNITS }));
    await ctx.flow.ask('code', {});
    // a group bound already says to what first: the question is then whether to change it
    const bound = ctx.chat.unit ? [ctx.t('register-bound-now', { unit: ctx.chat.unit.name })] : [];
    return { text: [...bound, ctx.t('register-ask-code'), ...listed].join('\n') };
  },
  async resume(ctx, state, input) {
    if (state.step === 'confirm') {
      const data = state.data as { code: string; from: string };
      const yes = input.choice ? input.choice === 'yes' : parseYesNo(input.text.split(/\s+/).filter(Boolean));
      if (yes === true) return bind(ctx, data.code, true);
      await ctx.flow.end();
      return { text: ctx.t('register-kept', { from: data.from }) };
    }
    if (namesLeadersChat(input.text)) return bind(ctx, input.text);
    // a unit's code or its name, as typed
    const code = input.text.trim().slice(0, 200);
    if (!code) return { text: ctx.t('register-ask-code') };
    return bind(ctx, code);
  },
});
