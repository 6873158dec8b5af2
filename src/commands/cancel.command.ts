import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';

export const cancelCommand = defineCommand({
  name: 'huy',
  aliases: ['cancel', 'thoat'],
  descriptionKey: 'cmd-huy-description',
  usageKey: 'cmd-huy-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()),
  // Any command abandons a waiting flow before it runs; this one only says so.
  async run(ctx) {
    return ctx.abandonedFlow ? { text: ctx.t('cancel-done', { command: `/${ctx.abandonedFlow}` }) } : { text: ctx.t('cancel-nothing') };
  },
});
