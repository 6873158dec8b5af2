import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { changeRole, needsConfirmation } from '../core/members/change-role.js';
import { resolvePageScope } from '../core/dashboard/view-scope.js';
import { rosterOf } from '../core/members/roster.js';
import { readYesNo } from '../core/plans/confirm-answer.js';
import { rosterText } from '../chat/format/roster-text.js';
import type { MemberRef } from '../core/members/member.js';
import { permissions } from '../core/members/policy.js';
import { isGlobalRole, parseRole, ROLES, type Role } from '../core/members/roles.js';
import { roleName } from '../core/members/roles-text.js';
import { compactKey } from '../core/text/vietnamese.js';
import type { Unit } from '../core/units/unit.js';
import { requireUnit } from '../core/units/unit-search.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';

const REVOKE_WORDS = ['bo', 'xoa', 'go', 'thuhoi', 'huy', 'remove', 'revoke'];
// "/phanquyen ds", "danh sách", "xem": who holds what, rather than a change
const LIST_WORDS = ['ds', 'danhsach', 'list', 'xem', 'liet ke', 'lietke'];
const isListing = (words: readonly string[]) => words.length > 0 && LIST_WORDS.includes(compactKey(words[0]!));

interface Request {
  action: 'grant' | 'revoke';
  role: Role | null;
  username: string | null;
  externalId: string | null;
  unitCode: string | null;
}

async function parseRequest(ctx: CommandContext, words: readonly string[]): Promise<Request> {
  let rest = [...words];
  let action: Request['action'] = 'grant';
  if (rest[0] && REVOKE_WORDS.includes(compactKey(rest[0]))) {
    action = 'revoke';
    rest = rest.slice(1);
  }
  const request: Request = { action, role: null, username: null, externalId: null, unitCode: null };
  // the person first, wherever they are named: "/phanquyen @lan đầu mối BVDK" reads as "/phanquyen đầu mối @lan BVDK"
  rest = rest.filter((word) => {
    if (word.startsWith('@') && word.length > 1) request.username = word.slice(1);
    else if (/^id:.+/i.test(word)) request.externalId = word.slice(3);
    else if (/^-?\d{3,}$/.test(word)) request.externalId = word;
    else return true;
    return false;
  });
  const parsedRole = parseRole(rest);
  if (parsedRole) {
    rest = rest.slice(parsedRole.used);
    request.role = parsedRole.role;
  }
  // what is neither the person nor an id names the unit, by code or by name ("TYT Sìn Hồ")
  const unitWords: string[] = [];
  for (const word of rest) {
    if (!request.role && !(await ctx.store.units.findByCode(word)))
      throw new DomainError('role.unknown', 'role-unknown', { typed: word.slice(0, 40) });
    else unitWords.push(word);
  }
  if (unitWords.length > 0) request.unitCode = unitWords.join(' ');
  return request;
}

/** Whom the admin means: an explicit @username or id, a user the platform resolved in the text, or the author of the replied-to message. */
async function resolveTarget(ctx: CommandContext, request: Request): Promise<MemberRef> {
  const platform = ctx.actor.user.platform;
  if (request.username) {
    const found = await ctx.store.members.findByUsername(platform, request.username);
    if (!found) throw new DomainError('member.unknown_username', 'member-unknown-username', { username: request.username.slice(0, 40) });
    return found;
  }
  if (request.externalId) {
    const found = await ctx.store.members.findByExternalId(platform, request.externalId);
    if (found) return found;
    // An admin may name someone the bot has not met yet; they get their roles when they first write.
    const created = await ctx.store.members.resolveActor({ platform, id: request.externalId, displayName: request.externalId }, ctx.now);
    return { memberId: created.memberId, displayName: created.displayName };
  }
  const named = ctx.message.mentions[0] ?? ctx.message.replyTo;
  if (!named) throw new DomainError('role.target_missing', 'role-target-missing');
  const actor = await ctx.store.members.resolveActor(named, ctx.now);
  return { memberId: actor.memberId, displayName: actor.displayName };
}

const roleLabel = (ctx: CommandContext, role: Role, unit: Unit | null) =>
  isGlobalRole(role) || !unit ? roleName(ctx.t, role) : ctx.t('role-in-unit', { role: roleName(ctx.t, role), unit: unit.name });

async function apply(ctx: CommandContext, target: MemberRef, role: Role, unit: Unit | null, action: Request['action']): Promise<Reply> {
  const result = await changeRole(ctx.store, { actor: ctx.actor, target, role, unit, action });
  await ctx.flow.end();
  const key = action === 'grant' ? (result.changed ? 'role-granted' : 'role-already') : result.changed ? 'role-revoked' : 'role-not-held';
  return { text: ctx.t(key, { name: target.displayName, role: roleLabel(ctx, role, unit) }) };
}

const yesNo = (ctx: CommandContext) => [
  { label: ctx.t('choice-yes'), value: 'yes' },
  { label: ctx.t('choice-no'), value: 'no' },
];

/** Changes that are hard to undo are asked about first, with the person's name and unit; the rest are made at once. */
async function applyOrConfirm(
  ctx: CommandContext,
  target: MemberRef,
  role: Role,
  unit: Unit | null,
  action: Request['action'],
): Promise<Reply> {
  const reason = await needsConfirmation(ctx.store, { actor: ctx.actor, target, role, unit, action });
  if (!reason) return apply(ctx, target, role, unit, action);
  const data = { memberId: target.memberId, name: target.displayName, role, action, unitId: unit?.id ?? null };
  await ctx.flow.ask('confirm', data, yesNo(ctx));
  return {
    text: ctx.t(`role-confirm-${reason}`, { name: target.displayName, role: roleLabel(ctx, role, unit), unit: unit?.name ?? '' }),
    choices: yesNo(ctx),
  };
}

/** /phanquyen ds [đơn vị]: who holds what, in the units the person may see. */
async function listRoles(ctx: CommandContext, words: readonly string[]): Promise<Reply> {
  const typed = words.join(' ').trim();
  const named = typed ? await requireUnit(ctx.store.units, typed) : ctx.chat.kind === 'group' ? ctx.chat.unit : null;
  // the roles that may read the roster decide which units a leader sees; a role as staff elsewhere adds none
  const viewer = { grants: ctx.actor.grants.filter((grant) => (permissions.roster.roles as readonly Role[]).includes(grant.role)) };
  const outcome = await resolvePageScope(ctx.store, viewer, permissions.roster, named?.code ?? null);
  if (!outcome.ok)
    throw new DomainError('roster.forbidden', named ? 'roster-forbidden-unit' : 'roster-forbidden', { unit: named?.name ?? '' });
  const roster = await rosterOf(ctx.store, { scope: outcome.scope });
  const scopeName =
    outcome.scope.unit?.name ?? (outcome.scope.wholeDepartment ? ctx.t('roster-whole-department') : ctx.t('roster-your-units'));
  return { text: rosterText(ctx.t, roster, scopeName) };
}

// The roles admins hand out most come first.
const CHOICE_ORDER: readonly Role[] = ['focal_point', 'deputy', 'unit_leader', 'feedback_handler', 'staff', 'department_leader', 'admin'];
const roleChoices = (ctx: CommandContext) => CHOICE_ORDER.map((role) => ({ label: roleName(ctx.t, role), value: role }));

/**
 * /phanquyen [bỏ] <vai trò> [@tên | id] [mã đơn vị], or in reply to the person's message. Without a role,
 * the bot asks for one with numbered choices (buttons on Telegram).
 */
export const assignRoleCommand = defineCommand({
  name: 'phanquyen',
  aliases: ['role', 'capquyen'],
  descriptionKey: 'cmd-phanquyen-description',
  usageKey: 'cmd-phanquyen-usage',
  scope: 'any',
  permission: permissions.admin,
  permissionFor: (words) => (isListing(words) ? permissions.roster : null),
  args: z.array(z.string().max(64)).min(1).max(12),
  async run(ctx, words) {
    if (isListing(words)) return listRoles(ctx, words.slice(1));
    const request = await parseRequest(ctx, words);
    const target = await resolveTarget(ctx, request);
    const unit = request.unitCode ? await requireUnit(ctx.store.units, request.unitCode) : ctx.chat.unit;
    if (!request.role) {
      await ctx.flow.ask(
        'role',
        { memberId: target.memberId, name: target.displayName, action: request.action, unitId: unit?.id ?? null },
        roleChoices(ctx),
      );
      return { text: ctx.t('role-ask', { name: target.displayName }), choices: roleChoices(ctx) };
    }
    return applyOrConfirm(ctx, target, request.role, unit, request.action);
  },
  async resume(ctx, state, input) {
    if (state.step === 'confirm') {
      const data = state.data as { memberId: number; name: string; role: Role; action: Request['action']; unitId: number | null };
      const answer = input.choice === 'yes' || input.choice === 'no' ? input.choice : readYesNo(input.text);
      if (answer === null) {
        await ctx.flow.ask('confirm', state.data, yesNo(ctx));
        return { text: ctx.t('role-confirm-again'), choices: yesNo(ctx) };
      }
      await ctx.flow.end();
      if (answer === 'no') return { text: ctx.t('role-confirm-cancelled') };
      const unit = data.unitId === null ? null : await ctx.store.units.findById(data.unitId);
      return apply(ctx, { memberId: data.memberId, displayName: data.name }, data.role, unit, data.action);
    }
    const role = ROLES.find((r) => r === input.choice) ?? parseRole(input.text.split(/\s+/))?.role ?? null;
    const data = state.data as { memberId: number; name: string; action: Request['action']; unitId: number | null };
    if (!role) {
      await ctx.flow.ask('role', state.data, roleChoices(ctx));
      return { text: ctx.t('role-ask-again'), choices: roleChoices(ctx) };
    }
    const unit = data.unitId === null ? null : await ctx.store.units.findById(data.unitId);
    return applyOrConfirm(ctx, { memberId: data.memberId, displayName: data.name }, role, unit, data.action);
  },
});
