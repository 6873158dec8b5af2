import type { PageScope } from '../dashboard/view-scope.js';
import type { LocalDate } from '../dates/local-date.js';
import type { Platform } from './member.js';
import type { Role } from './roles.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';

/*
 * Who holds what (/phanquyen ds, /donvi, `cli members`, `cli groups`): the people with a role and the groups
 * bound, unit by unit, with what is missing flagged. One read model for chat, the CLI and the dashboard.
 */

export interface RosterPerson {
  memberId: number;
  name: string;
  role: Role;
  /** every platform the person has written to the bot from */
  platforms: Platform[];
  /** whether the bot may write to them privately (they opened a private chat once) */
  reachablePrivately: boolean;
}

export interface RosterGroup {
  ref: string;
  platform: Platform;
  title: string | null;
  active: boolean;
  leadersChat: boolean;
}

export interface UnitRoster {
  unit: Unit;
  people: RosterPerson[];
  groups: RosterGroup[];
  /** a unit below the Department with nobody to report for it */
  noFocalPoint: boolean;
  /** a unit with no active group: its reminders and digest go nowhere */
  noGroup: boolean;
}

export interface Roster {
  /** roles held Department-wide (administrators, Department leaders); shown only for the whole Department */
  departmentWide: RosterPerson[];
  units: UnitRoster[];
}

// The order a reader looks for: who reports, who stands in, who leads, then the rest.
const ROLE_ORDER: readonly Role[] = ['focal_point', 'deputy', 'unit_leader', 'feedback_handler', 'staff', 'department_leader', 'admin'];
const byRoleThenName = (a: RosterPerson, b: RosterPerson) =>
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'vi');

/** The roster of the units a scope covers, in tree order. */
export async function rosterOf(store: Store, input: { scope: PageScope }): Promise<Roster> {
  const { scope } = input;
  const [people, chats] = await Promise.all([store.systemHealth.peopleWithRoles(), store.systemHealth.groupChats()]);
  const byUnit = new Map<number | null, RosterPerson[]>();
  for (const person of people) {
    const platforms = [...new Set(person.accounts.map((account) => account.platform))];
    const reachablePrivately = person.accounts.some((account) => account.privateChatAt !== null);
    for (const grant of person.grants) {
      const list = byUnit.get(grant.unitId) ?? [];
      list.push({ memberId: person.memberId, name: person.name, role: grant.role, platforms, reachablePrivately });
      byUnit.set(grant.unitId, list);
    }
  }
  const units = scope.units.map((unit): UnitRoster => {
    const unitPeople = (byUnit.get(unit.id) ?? []).sort(byRoleThenName);
    const groups = chats
      .filter((chat) => chat.unitId === unit.id)
      .map(({ ref, platform, title, active, leadersChat }) => ({ ref, platform, title, active, leadersChat }));
    return {
      unit,
      people: unitPeople,
      groups,
      noFocalPoint: unit.parentId !== null && !unitPeople.some((person) => person.role === 'focal_point'),
      noGroup: !groups.some((group) => group.active),
    };
  });
  const departmentWide = scope.wholeDepartment ? (byUnit.get(null) ?? []).sort(byRoleThenName) : [];
  return { departmentWide, units };
}

export interface UnitCard extends UnitRoster {
  parent: Unit | null;
  /** the people who report for the unit, with their leave (a deputy stands in while the focal point is away) */
  onLeave: Array<{ memberId: number; name: string; until: string }>;
  /** complaint-box opening: every so many days, and the last opening; null when no cadence is set */
  box: { cadenceDays: number; lastOpenedOn: string | null } | null;
  openTasks: number;
}

/** One unit at a glance (/donvi): its groups, its people and their leave, its complaint box, its open tasks. */
export async function unitCard(store: Store, unit: Unit, today: LocalDate): Promise<UnitCard> {
  const scope: PageScope = { unit, unitScope: null, units: [unit], wholeDepartment: false };
  const [roster, focal, deputies, boxes, tasks, parent] = await Promise.all([
    rosterOf(store, { scope }),
    store.members.contactsWithRole('focal_point', unit.id),
    store.members.contactsWithRole('deputy', unit.id),
    store.feedback.boxSchedules(),
    store.plans.openTasksForUnits([unit.id]),
    unit.parentId === null ? Promise.resolve(null) : store.units.findById(unit.parentId),
  ]);
  const box = boxes.find((schedule) => schedule.unitId === unit.id && schedule.cadenceDays > 0) ?? null;
  return {
    ...roster.units[0]!,
    parent,
    onLeave: [...focal, ...deputies]
      .filter((contact) => contact.onLeaveUntil !== null && contact.onLeaveUntil >= today)
      .map((contact) => ({ memberId: contact.memberId, name: contact.displayName, until: contact.onLeaveUntil! })),
    box: box ? { cadenceDays: box.cadenceDays, lastOpenedOn: box.lastOpenedOn } : null,
    openTasks: tasks.length,
  };
}
