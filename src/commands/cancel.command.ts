import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';
import { pausedFlowKey } from './resume.command.js';

export const cancelCommand = defineCommand({
  name: 'huy',
  aliases: ['cancel', 'thoat'],
  descriptionKey: 'cmd-huy-description',
  usageKey: 'cmd-huy-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()),
  // Any command abandons a waiting flow before it runs; this one only says so. With none waiting, it ends
  // the flow another command set aside ("Đã tạm dừng /baocao…"): that is what the person sees as unfinished.
  async run(ctx) {
    if (ctx.abandonedFlow === 'question') return { text: ctx.t('cancel-done-question') };
    if (ctx.abandonedFlow) return { text: ctx.t('cancel-done', { command: `/${ctx.abandonedFlow.command}` }) };
    const key = pausedFlowKey(ctx.actor.user);
    const paused = await ctx.store.conversations.get(ctx.chat.ref, key);
    if (!paused || paused.expiresAt.getTime() <= ctx.now.getTime()) return { text: ctx.t('cancel-nothing') };
    await ctx.store.conversations.clear(ctx.chat.ref, key);
    return { text: ctx.t('cancel-done', { command: `/${paused.flow}` }) };
  },
});
