import type { Roster, RosterPerson, UnitCard, UnitRoster } from '../../core/members/roster.js';
import { roleName } from '../../core/members/roles-text.js';
import type { Role } from '../../core/members/roles.js';
import type { Translate } from '../../core/text/translate.js';
import { formatDateVi } from '../../core/dates/local-date.js';

/** More units than this and the list asks for a branch: a chat message is read on a phone. */
export const MAX_ROSTER_UNITS = 30;

const platformName = (t: Translate, platform: string) => t(`web-platform-${platform}`);

/** "cán bộ đầu mối: Nguyễn Thị Lan, Lò Thị Xuân; lãnh đạo đơn vị: …", role by role. */
function peopleLine(t: Translate, people: readonly RosterPerson[]): string {
  const byRole = new Map<Role, string[]>();
  for (const person of people) {
    const name = person.reachablePrivately ? person.name : t('roster-not-reachable', { name: person.name });
    byRole.set(person.role, [...(byRole.get(person.role) ?? []), name]);
  }
  return [...byRole].map(([role, names]) => `${roleName(t, role)}: ${names.join(', ')}`).join('; ');
}

function groupsLine(t: Translate, unit: UnitRoster): string {
  const active = unit.groups.filter((group) => group.active);
  if (active.length === 0) return t('roster-no-group');
  return active
    .map((group) => t('roster-group', { title: group.title ?? group.ref, platform: platformName(t, group.platform) }))
    .join(', ');
}

function unitBlock(t: Translate, entry: UnitRoster): string {
  const head = `• ${entry.unit.shortName ?? entry.unit.name} (${entry.unit.code}) — ${groupsLine(t, entry)}`;
  const lines = [head];
  if (entry.people.length > 0) lines.push(`   ${peopleLine(t, entry.people)}`);
  if (entry.noFocalPoint) lines.push(`   ${t('roster-no-focal-point')}`);
  return lines.join('\n');
}

/** /phanquyen ds: who holds what, unit by unit, with the gaps flagged. */
export function rosterText(t: Translate, roster: Roster, scopeName: string): string {
  const lines = [t('roster-header', { scope: scopeName, count: roster.units.length })];
  if (roster.departmentWide.length > 0) lines.push(t('roster-department-wide', { people: peopleLine(t, roster.departmentWide) }));
  for (const entry of roster.units.slice(0, MAX_ROSTER_UNITS)) lines.push(unitBlock(t, entry));
  const noFocal = roster.units.filter((entry) => entry.noFocalPoint).length;
  const noGroup = roster.units.filter((entry) => entry.noGroup).length;
  if (roster.units.length > MAX_ROSTER_UNITS) lines.push(t('roster-more', { count: roster.units.length - MAX_ROSTER_UNITS }));
  lines.push(t('roster-gaps', { noFocal, noGroup }));
  return lines.join('\n');
}

/** /donvi: one unit at a glance. */
export function unitCardText(t: Translate, card: UnitCard): string {
  const lines = [t('unit-card-header', { unit: card.unit.name, code: card.unit.code })];
  if (card.parent) lines.push(t('unit-card-parent', { parent: card.parent.name }));
  lines.push(t('unit-card-groups', { groups: groupsLine(t, card) }));
  lines.push(card.people.length > 0 ? peopleLine(t, card.people) : t('unit-card-nobody'));
  if (card.noFocalPoint) lines.push(t('roster-no-focal-point'));
  for (const leave of card.onLeave) lines.push(t('unit-card-leave', { name: leave.name, until: formatDateVi(leave.until) }));
  if (!card.box) lines.push(t('unit-card-no-box'));
  else if (!card.box.lastOpenedOn) lines.push(t('unit-card-box-unopened', { days: card.box.cadenceDays }));
  else lines.push(t('unit-card-box', { days: card.box.cadenceDays, last: formatDateVi(card.box.lastOpenedOn) }));
  lines.push(t('unit-card-tasks', { count: card.openTasks, code: card.unit.code }));
  return lines.join('\n');
}
