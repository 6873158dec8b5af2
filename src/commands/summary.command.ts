import { z } from 'zod';
import { leaderDigestData } from '../core/digest/build-digests.js';
import { permissions } from '../core/members/policy.js';
import { reportUnitScope } from '../core/reports/consolidated-report.js';
import { defineCommand } from './command.js';
import { leaderDigestText } from '../chat/format/digest-text.js';

/**
 * /tonghop: the leaders' cross-unit picture now, with its chart, rather than waiting for Monday. A unit
 * leader gets the same picture of their own unit and the units below it.
 */
export const summaryCommand = defineCommand({
  name: 'tonghop',
  aliases: ['summary', 'tonghopngay'],
  descriptionKey: 'cmd-tonghop-description',
  usageKey: 'cmd-tonghop-usage',
  scope: 'any',
  permission: permissions.unitReports,
  args: z.tuple([]),
  async run(ctx) {
    const units = await ctx.store.units.list();
    const unitIds = reportUnitScope(ctx.actor.grants, units);
    const led = unitIds && units.filter((unit) => ctx.actor.grants.some((g) => g.role === 'unit_leader' && g.unitId === unit.id));
    const branch = led
      ? ctx.t('summary-branch', { units: led.map((unit) => unit.shortName ?? unit.name).join(', '), count: unitIds.length - led.length })
      : undefined;
    const data = await leaderDigestData(ctx.store, ctx.today, ctx.chat.timezone, ctx.calendar, unitIds);
    const text = leaderDigestText(
      {
        t: ctx.t,
        today: ctx.today,
        calendar: ctx.calendar,
        platform: ctx.actor.user.platform,
        locale: ctx.locale,
        ...(branch ? { branch } : {}),
      },
      data,
    );
    const chart = ctx.services.leaderChart
      ? await ctx.services.leaderChart({
          store: ctx.store,
          at: ctx.now,
          timezone: ctx.chat.timezone,
          t: ctx.t,
          calendar: ctx.calendar,
          unitIds,
        })
      : null;
    return { text, ...(chart ? { files: [chart] } : {}) };
  },
});
