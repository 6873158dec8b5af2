import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';

/** Where a flow set aside by another command waits, beside the person's live flow in the same chat. */
export const pausedFlowKey = (user: { platform: string; id: string }) => `${user.platform}:${user.id}#paused`;

/**
 * /tieptuc: takes up again the flow another command set aside ("Đã tạm dừng /baocao…"), within its timeout,
 * at the step where it stopped: the next message answers that step's question.
 */
export const resumeCommand = defineCommand({
  name: 'tieptuc',
  aliases: ['resume', 'continue'],
  descriptionKey: 'cmd-tieptuc-description',
  usageKey: 'cmd-tieptuc-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()).max(0),
  async run(ctx) {
    const key = pausedFlowKey(ctx.actor.user);
    const paused = await ctx.store.conversations.get(ctx.chat.ref, key);
    if (!paused) return { text: ctx.t('resume-nothing') };
    await ctx.store.conversations.clear(ctx.chat.ref, key);
    if (paused.expiresAt.getTime() <= ctx.now.getTime()) return { text: ctx.t('flow-expired', { command: `/${paused.flow}` }) };
    await ctx.store.conversations.save(ctx.chat.ref, `${ctx.actor.user.platform}:${ctx.actor.user.id}`, paused);
    // the question asked again: the person may have scrolled past it
    const text = paused.question
      ? `${ctx.t('resume-done-asking', { command: `/${paused.flow}` })}\n${paused.question}`
      : ctx.t('resume-done', { command: `/${paused.flow}` });
    return paused.choices && paused.choices.length > 0 ? { text, choices: paused.choices } : { text };
  },
});
