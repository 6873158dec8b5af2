import { parseArgs } from 'node:util';
import { resolvePageScope } from '../core/dashboard/view-scope.js';
import { permissions } from '../core/members/policy.js';
import { rosterOf, type RosterPerson } from '../core/members/roster.js';
import { requireUnit } from '../core/units/unit-search.js';
import { inTreeOrder } from '../core/units/unit-tree.js';
import { rosterText } from '../chat/format/roster-text.js';
import { out, withCliApp } from './session.js';

// The operator runs the installation: they see every unit, as an administrator does.
const OPERATOR = { grants: [{ role: 'admin' as const, unitId: null }] };

const personJson = (person: RosterPerson) => ({
  name: person.name,
  role: person.role,
  platforms: person.platforms,
  reachablePrivately: person.reachablePrivately,
});

/** `cli members [--unit CODE|name] [--json]`: who holds which role, unit by unit, with the gaps flagged. */
export async function membersCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { unit: { type: 'string' }, json: { type: 'boolean', default: false } } });
  await withCliApp(async (app, t) => {
    const unit = values.unit ? await requireUnit(app.store.units, values.unit) : null;
    const outcome = await resolvePageScope(app.store, OPERATOR, permissions.roster, unit?.code ?? null);
    if (!outcome.ok) throw new Error('an administrator sees every unit');
    const roster = await rosterOf(app.store, { scope: outcome.scope });
    if (!values.json) {
      out(rosterText(t, roster, outcome.scope.unit?.name ?? t('roster-whole-department')));
      return;
    }
    const json = {
      departmentWide: roster.departmentWide.map(personJson),
      units: roster.units.map((entry) => ({
        code: entry.unit.code,
        name: entry.unit.name,
        noFocalPoint: entry.noFocalPoint,
        noGroup: entry.noGroup,
        people: entry.people.map(personJson),
        groups: entry.groups.map(({ ref, platform, title, active }) => ({ ref, platform, title, active })),
      })),
    };
    out(JSON.stringify(json, null, 2));
  });
}

/** `cli groups [--json]`: every group chat the bot is in, bound or not, with its unit and last digest. */
export async function groupsCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } } });
  await withCliApp(async (app, t) => {
    const [chats, units] = await Promise.all([app.store.systemHealth.groupChats(), app.store.units.list()]);
    const order = new Map(inTreeOrder(units).map((unit, i) => [unit.id, i]));
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const rows = chats
      .map((chat) => ({ ...chat, unit: chat.unitId === null ? null : (byId.get(chat.unitId) ?? null) }))
      .sort((a, b) => (a.unit ? (order.get(a.unit.id) ?? 0) : 1e9) - (b.unit ? (order.get(b.unit.id) ?? 0) : 1e9));
    if (values.json) {
      const json = rows.map((row) => ({
        ref: row.ref,
        platform: row.platform,
        title: row.title,
        unit: row.unit?.code ?? null,
        leadersChat: row.leadersChat,
        active: row.active,
        lastDigest: row.lastDigest ? { period: row.lastDigest.period, at: row.lastDigest.at.toISOString() } : null,
      }));
      out(JSON.stringify(json, null, 2));
      return;
    }
    out(t('cli-groups-header', { count: rows.length, unbound: rows.filter((row) => !row.unit && !row.leadersChat).length }));
    for (const row of rows) {
      out(
        t('cli-groups-line', {
          title: row.title ?? row.ref,
          ref: row.ref,
          unit: row.leadersChat ? t('cli-groups-leaders') : row.unit ? `${row.unit.code} — ${row.unit.name}` : t('cli-groups-unbound'),
          state: row.active ? 'active' : 'inactive',
        }),
      );
    }
  });
}
