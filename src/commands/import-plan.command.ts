import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { describeProposalCompact, readReviewAnswer } from '../core/plans/import/describe-proposal.js';
import { type PlanProposal, proposePlanFromText } from '../core/plans/import/propose-plan.js';
import { applyReviewEdit, readReviewEdit } from '../core/plans/import/review-proposal.js';
import { alreadyImported, savedPlanMessage, savePlanProposal, withoutTasks } from '../core/plans/import/save-plan.js';
import type { ConversationState } from '../core/conversations/conversation.js';
import { readYesNo } from '../core/plans/confirm-answer.js';
import { findPlan } from '../core/plans/manage-plan.js';
import { describeDiff, planReplacement, replacePlan } from '../core/plans/replace-plan.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';

// A plan is long; Telegram's 4096 characters per message is the tightest limit we answer within.
const MAX_REPLY = 3800;
// More than any real plan (the longest seed is 28 000 characters), and keeps the flow's row small.
const MAX_PLAN_TEXT = 120_000;
const DONE_WORDS = new Set(['xong', 'het', 'done', 'xem', 'du']);

interface CollectData {
  text: string;
}

interface ConfirmData {
  proposal: PlanProposal;
  text: string;
  dropped: number[];
}

const replaceChoices = (ctx: CommandContext) => [
  { label: ctx.t('plan-choice-replace'), value: 'replace' },
  { label: ctx.t('plan-choice-cancel'), value: 'cancel' },
];
const yesNoChoices = (ctx: CommandContext) => [
  { label: ctx.t('plan-choice-yes'), value: 'yes' },
  { label: ctx.t('plan-choice-no'), value: 'no' },
];

/** "thay thế": the diff between the saved plan and the text, then a yes before anything changes. */
async function replaceStep(ctx: CommandContext, state: ConversationState, input: { text: string; choice: string | null }): Promise<Reply> {
  const data = state.data as { text: string; code: string };
  const proposal = proposePlanFromText(data.text, {
    units: await ctx.store.units.list(),
    referenceDate: ctx.today,
    calendar: ctx.calendar,
  });
  const plan = await findPlan(ctx.store, data.code, ctx);
  if (state.step === 'replace-offer') {
    const wantsReplace = input.choice === 'replace' || ['thaythe', 'replace', 'thay'].includes(compactKey(input.text));
    const answer = input.choice === 'cancel' ? 'no' : readYesNo(input.text);
    if (!wantsReplace) {
      if (answer === 'no') {
        await ctx.flow.end();
        return { text: ctx.t('import-plan-cancelled') };
      }
      await ctx.flow.ask(state.step, state.data, replaceChoices(ctx));
      return { text: ctx.t('plan-replace-offer', { code: data.code }), choices: replaceChoices(ctx) };
    }
    const diff = await planReplacement(ctx.store, plan, proposal);
    await ctx.flow.ask('replace-confirm', state.data, yesNoChoices(ctx));
    return { text: [describeDiff(ctx.t, data.code, diff), ctx.t('plan-replace-confirm')].join('\n'), choices: yesNoChoices(ctx) };
  }
  const answer = input.choice ?? readYesNo(input.text);
  if (answer !== 'yes' && answer !== 'no') {
    await ctx.flow.ask(state.step, state.data, yesNoChoices(ctx));
    return { text: ctx.t('plan-confirm-unclear'), choices: yesNoChoices(ctx) };
  }
  await ctx.flow.end();
  if (answer === 'no') return { text: ctx.t('import-plan-cancelled') };
  const done = await replacePlan(ctx.store, plan, proposal, {
    today: ctx.today,
    now: ctx.now,
    calendar: ctx.calendar,
    actor: ctx.actor,
    actorId: ctx.actor.memberId,
    translatorFor: (locale) => ctx.translate(locale),
  });
  return {
    text: ctx.t('plan-replace-done', {
      code: data.code,
      added: done.added.length,
      removed: done.removed.length,
      changed: done.changed.length,
      notified: done.notified,
    }),
  };
}

const confirmChoices = (ctx: CommandContext) => [
  { label: ctx.t('plan-choice-save'), value: 'save' },
  { label: ctx.t('plan-choice-cancel'), value: 'cancel' },
];

async function propose(ctx: CommandContext, text: string): Promise<Reply> {
  const proposal = proposePlanFromText(text, { units: await ctx.store.units.list(), referenceDate: ctx.today, calendar: ctx.calendar });
  const existing = await alreadyImported(ctx.store, proposal);
  if (existing) {
    // a corrected version of a saved plan: offered to replace it, showing what would change first
    if (proposal.tasks.length === 0) {
      await ctx.flow.end();
      return { text: ctx.t('import-plan-exists', { code: existing }) };
    }
    await ctx.flow.ask('replace-offer', { text, code: existing }, replaceChoices(ctx));
    return {
      text: [ctx.t('import-plan-exists', { code: existing }), ctx.t('plan-replace-offer', { code: existing })].join('\n'),
      choices: replaceChoices(ctx),
    };
  }
  if (proposal.tasks.length === 0) {
    await ctx.flow.end();
    return { text: ctx.t('extract-no-tasks') };
  }
  const data: ConfirmData = { proposal, text, dropped: [] };
  await ctx.flow.ask('confirm', data as unknown as Record<string, unknown>, confirmChoices(ctx));
  return reviewReply(ctx, data);
}

/** The list as it now stands (numbers kept), and what can be done with it. */
function reviewReply(ctx: CommandContext, data: ConfirmData, note?: string): Reply {
  const count = data.proposal.tasks.length - data.dropped.length;
  const view = describeProposalCompact(ctx.t, data.proposal, MAX_REPLY - 700, data.dropped, ctx.calendar);
  const text = [note, view, '', ctx.t('plan-chat-confirm', { count }), ctx.t('plan-review-help')]
    .filter((line) => line !== undefined)
    .join('\n');
  return { text, choices: confirmChoices(ctx) };
}

async function collect(ctx: CommandContext, state: ConversationState, text: string): Promise<Reply> {
  const data = state.data as unknown as CollectData;
  if (DONE_WORDS.has(compactKey(text))) {
    if (!data.text.trim()) {
      await ctx.flow.ask('collect', state.data);
      return { text: ctx.t('plan-chat-ask-text') };
    }
    return propose(ctx, data.text);
  }
  const combined = data.text ? `${data.text}\n${text}` : text;
  if (combined.length > MAX_PLAN_TEXT) {
    await ctx.flow.end();
    return { text: ctx.t('plan-chat-too-long', { max: MAX_PLAN_TEXT }) };
  }
  await ctx.flow.ask('collect', { text: combined });
  return { text: ctx.t('plan-chat-received', { chars: combined.length }) };
}

async function confirm(ctx: CommandContext, state: ConversationState, input: { text: string; choice: string | null }): Promise<Reply> {
  const data = state.data as unknown as ConfirmData;
  const count = data.proposal.tasks.length;
  const answer =
    input.choice === 'save'
      ? { kind: 'yes' as const }
      : input.choice === 'cancel'
        ? { kind: 'no' as const }
        : readReviewAnswer(input.text, count);
  const remaining = (dropped: readonly number[]) => count - dropped.length;
  switch (answer.kind) {
    case 'yes': {
      await ctx.flow.end();
      const saved = await savePlanProposal(ctx.store, withoutTasks(data.proposal, data.dropped), {
        sourceText: data.text,
        today: ctx.today,
        calendar: ctx.calendar,
        actorId: ctx.actor.memberId,
        translatorFor: (locale) => ctx.translate(locale),
      });
      return { text: ctx.t('import-plan-saved', savedPlanMessage(saved)) };
    }
    case 'no':
      await ctx.flow.end();
      return { text: ctx.t('import-plan-cancelled') };
    case 'drop': {
      const dropped = [...new Set([...data.dropped, ...answer.numbers])].sort((a, b) => a - b);
      if (remaining(dropped) === 0) {
        await ctx.flow.end();
        return { text: ctx.t('import-plan-cancelled') };
      }
      const next = { ...data, dropped };
      await ctx.flow.ask('confirm', next as unknown as Record<string, unknown>, confirmChoices(ctx));
      return reviewReply(ctx, next, ctx.t('import-plan-dropped', { dropped: dropped.join(', '), count: remaining(dropped) }));
    }
    case 'unclear': {
      const edit = readReviewEdit(input.text);
      if (edit) {
        const units = await ctx.store.units.list();
        const result = applyReviewEdit({ proposal: data.proposal, dropped: data.dropped }, edit, {
          units,
          referenceDate: ctx.today,
          calendar: ctx.calendar,
        });
        if ('error' in result) {
          await ctx.flow.ask('confirm', state.data, confirmChoices(ctx));
          return { text: ctx.t(result.error, { count }), choices: confirmChoices(ctx) };
        }
        const next = { ...data, proposal: result.proposal, dropped: result.dropped };
        await ctx.flow.ask('confirm', next as unknown as Record<string, unknown>, confirmChoices(ctx));
        return reviewReply(ctx, next, ctx.t('plan-review-edited'));
      }
      await ctx.flow.ask('confirm', state.data, confirmChoices(ctx));
      return { text: ctx.t('import-plan-answer-unclear', { count }), choices: confirmChoices(ctx) };
    }
  }
}

/**
 * /nhapkehoach [văn bản]: an administrator pastes a plan in a private chat (in one message, or in several
 * ending with "xong"); the bot proposes its tasks, and saves them only when the administrator confirms.
 */
export const importPlanCommand = defineCommand({
  name: 'nhapkehoach',
  aliases: ['importplan', 'nhapkh'],
  descriptionKey: 'cmd-nhapkehoach-description',
  usageKey: 'cmd-nhapkehoach-usage',
  scope: 'private',
  permission: permissions.admin,
  args: z.array(z.string()),
  async run(ctx) {
    const text = ctx.argsText.trim();
    if (!text) {
      await ctx.flow.ask('collect', { text: '' });
      return { text: ctx.t('plan-chat-ask-text') };
    }
    return propose(ctx, text);
  },
  async resume(ctx, state, input) {
    if (state.step === 'collect') return collect(ctx, state, input.text);
    if (state.step === 'replace-offer' || state.step === 'replace-confirm') return replaceStep(ctx, state, input);
    return confirm(ctx, state, input);
  },
});
