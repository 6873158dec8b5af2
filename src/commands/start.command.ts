import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';

export const startCommand = defineCommand({
  name: 'start',
  aliases: ['batdau'],
  descriptionKey: 'cmd-start-description',
  usageKey: 'cmd-start-usage',
  scope: 'any',
  permission: permissions.anyone,
  // Telegram deep links send "/start <payload>"; the payload is not used, but must not be refused.
  args: z.array(z.string()),
  async run(ctx) {
    const where = ctx.chat.unit
      ? ctx.t('start-chat-unit', { unit: ctx.chat.unit.name })
      : ctx.chat.kind === 'group'
        ? ctx.t('start-chat-unbound')
        : ctx.t('start-chat-private');
    return { text: [ctx.t('start-greeting', { name: ctx.actor.displayName }), where, ctx.t('start-next')].join('\n') };
  },
});
