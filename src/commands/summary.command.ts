import { z } from 'zod';
import { leaderDigestData } from '../core/digest/build-digests.js';
import { permissions } from '../core/members/policy.js';
import { defineCommand } from './command.js';
import { leaderDigestText } from '../chat/format/digest-text.js';

/** /tonghop: the leaders' cross-unit picture now, with its chart, rather than waiting for Monday. */
export const summaryCommand = defineCommand({
  name: 'tonghop',
  aliases: ['summary', 'tonghopngay'],
  descriptionKey: 'cmd-tonghop-description',
  usageKey: 'cmd-tonghop-usage',
  scope: 'any',
  permission: permissions.leader,
  args: z.tuple([]),
  async run(ctx) {
    const data = await leaderDigestData(ctx.store, ctx.today, ctx.chat.timezone, ctx.calendar);
    const text = leaderDigestText(
      { t: ctx.t, today: ctx.today, calendar: ctx.calendar, platform: ctx.actor.user.platform, locale: ctx.locale },
      data,
    );
    const chart = ctx.services.leaderChart
      ? await ctx.services.leaderChart({ store: ctx.store, at: ctx.now, timezone: ctx.chat.timezone, t: ctx.t, calendar: ctx.calendar })
      : null;
    return { text, ...(chart ? { files: [chart] } : {}) };
  },
});
