import type { Actor, RoleGrant } from './member.js';
import { ROLES, type Role } from './roles.js';

/**
 * Who may run a command. `unit` scope means the role must be held in the chat's unit or in a unit above
 * it, and Department-wide grants (unit null) hold everywhere; `own-unit` means in the chat's unit itself;
 * `anywhere` means in any unit or Department-wide, wherever the command is typed. `name` picks the denial
 * message (locale key `permission-denied-<name>`), which tells the user who may do it.
 */
export type Permission =
  | { kind: 'anyone'; name: 'anyone' }
  | { kind: 'roles'; name: string; roles: readonly Role[]; scope: 'global' | 'unit' | 'own-unit' | 'anywhere' };

export const permissions = {
  anyone: { kind: 'anyone', name: 'anyone' },
  admin: { kind: 'roles', name: 'admin', roles: ['admin'], scope: 'global' },
  unitMember: { kind: 'roles', name: 'unit-member', roles: ROLES, scope: 'unit' },
  // Someone the Department has given a role, in whatever unit: what a person needs to change anything about
  // themselves (their leave moves their reminders to a deputy); a stranger the bot has only met may not.
  member: { kind: 'roles', name: 'member', roles: ROLES, scope: 'anywhere' },
  // Reporting speaks for one unit: a role in the unit itself, not in a unit above it.
  reporter: { kind: 'roles', name: 'reporter', roles: ['focal_point', 'deputy'], scope: 'own-unit' },
  leader: { kind: 'roles', name: 'leader', roles: ['admin', 'department_leader'], scope: 'global' },
  // Reopening a closed task (/baocao molai): the reporters of the unit, its leader, the Department's leaders and
  // the administrators may ask; who may reopen which occurrence is decided in core/reports/reopen-occurrence.
  reopen: {
    kind: 'roles',
    name: 'reopen',
    roles: ['admin', 'department_leader', 'unit_leader', 'focal_point', 'deputy'],
    scope: 'unit',
  },
  // Logging feedback: the focal point and the deputy keep the book, and so may the handler.
  feedbackIntake: { kind: 'roles', name: 'feedback-intake', roles: ['focal_point', 'deputy', 'feedback_handler'], scope: 'unit' },
  feedbackHandler: { kind: 'roles', name: 'feedback-handler', roles: ['feedback_handler'], scope: 'unit' },
  // When a chat gets its digest: the unit's leader decides for the unit's group.
  scheduleEditor: { kind: 'roles', name: 'schedule-editor', roles: ['admin', 'department_leader', 'unit_leader'], scope: 'unit' },
  // Who may read a complainant's contact (in a private chat only): those who handle the case and those who lead
  // (issue 6). Not administrators as such: they run the bot, not the cases (an admin who also leads does).
  feedbackReader: {
    kind: 'roles',
    name: 'feedback-reader',
    roles: ['feedback_handler', 'unit_leader', 'department_leader'],
    scope: 'unit',
  },
  // who may decide which documents a unit watches (/theodoi): the people who answer for its paperwork
  unitDocuments: {
    kind: 'roles',
    name: 'unit-documents',
    roles: ['admin', 'department_leader', 'unit_leader', 'focal_point', 'deputy'],
    scope: 'unit',
  },
  // A plan's consolidated report (/xuatbaocao): the Department's leaders for every unit, a unit's leader for the
  // units they lead (the command narrows the report to them).
  unitReports: { kind: 'roles', name: 'unit-reports', roles: ['admin', 'department_leader', 'unit_leader'], scope: 'unit' },
  // Who holds what (/phanquyen ds): the people who run the bot, and leaders for the units they lead.
  roster: { kind: 'roles', name: 'roster', roles: ['admin', 'department_leader', 'unit_leader'], scope: 'unit' },
  // The dashboard (issue 24). Signing in, and any page about a unit, needs a role in that unit or above it (or
  // in any unit, on a page with no unit named): a page shows what the person could see in a private chat.
  dashboard: { kind: 'roles', name: 'dashboard', roles: ROLES, scope: 'unit' },
  // "Nhắc đơn vị" on an overdue cell of the dashboard: one reminder to the unit's group, from those who lead it
  // (the Department's leaders, the administrators, the unit's leader or a leader of a unit above it).
  nudge: { kind: 'roles', name: 'nudge', roles: ['admin', 'department_leader', 'unit_leader'], scope: 'unit' },
  // Answering a request for an explanation of an overdue task (/giaitrinh, issue 24): those who answer for the
  // unit itself, its leader, its focal point or deputy. (Who may ASK for one is who may nudge: plans/explanation-request.)
  explain: { kind: 'roles', name: 'explain', roles: ['unit_leader', 'focal_point', 'deputy'], scope: 'own-unit' },
  // The health page of the whole installation: groups, roles, the outbox, tokens. The people who run the bot.
  systemHealth: { kind: 'roles', name: 'system-health', roles: ['admin'], scope: 'global' },
  // Correcting a saved plan (/kehoach sửa, bỏ, lưu trữ; issue 18): the administrators, who import plans. The
  // roles have no Department office role; a Department leader reads plans but does not edit them.
  planManager: { kind: 'roles', name: 'plan-manager', roles: ['admin'], scope: 'global' },
} as const satisfies Record<string, Permission>;

function grantCovers(grant: RoleGrant, unitScope: readonly number[] | null): boolean {
  if (grant.unitId === null) return true;
  // No unit in view (a private chat): a role held in any unit will do; the command narrows to that unit.
  if (unitScope === null) return true;
  return unitScope.includes(grant.unitId);
}

/**
 * @param unitScope the ids of the chat's unit and the units above it, or null when the chat has no unit
 */
export function isAllowed(actor: Pick<Actor, 'grants'>, permission: Permission, unitScope: readonly number[] | null): boolean {
  if (permission.kind === 'anyone') return true;
  return actor.grants.some((grant) => {
    if (!permission.roles.includes(grant.role)) return false;
    if (permission.scope === 'global') return grant.unitId === null;
    if (permission.scope === 'anywhere') return true;
    if (permission.scope === 'own-unit') return grant.unitId !== null && (unitScope === null || grant.unitId === unitScope[0]);
    return grantCovers(grant, unitScope);
  });
}

export function hasRole(actor: Pick<Actor, 'grants'>, role: Role, unitScope: readonly number[] | null): boolean {
  return actor.grants.some((grant) => grant.role === role && grantCovers(grant, unitScope));
}

export const isAdmin = (actor: Pick<Actor, 'grants'>) => isAllowed(actor, permissions.admin, null);
