import { DomainError } from '../errors.js';
import type { Actor, Platform } from '../members/member.js';
import { isAdmin } from '../members/policy.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import { compactKey } from '../text/vietnamese.js';
import { requireUnit } from '../units/unit-search.js';
import { type ChatKind, chatRecordRef } from './chat.js';

export interface BindChatInput {
  actor: Actor;
  chat: { ref: string; platform: Platform; kind: ChatKind; title: string | null };
  unitCode: string;
}

export type BindChatResult = { kind: 'bound'; unit: Unit; previous: Unit | null } | { kind: 'unchanged'; unit: Unit };

/** Binds a group chat to a unit (/dangky). Only an admin may, and only a group: a private chat has no unit. */
export async function bindChatToUnit(store: Store, input: BindChatInput): Promise<BindChatResult> {
  if (!isAdmin(input.actor))
    throw new DomainError('chat.bind_forbidden', 'permission-denied-admin', { command: '/dangky', admins: '', count: 0 });
  if (input.chat.kind !== 'group') throw new DomainError('chat.bind_private', 'command-group-only', { command: '/dangky' });
  const unit = await requireUnit(store.units, input.unitCode);
  const existing = await store.chats.get(input.chat.ref);
  if (existing?.unitId === unit.id && existing.active && !existing.isLeadersChat) return { kind: 'unchanged', unit };

  return store.transaction(async (tx) => {
    const { previousUnitId } = await tx.chats.bindToUnit(input.chat, unit.id);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'chat.bind',
      entity: 'chat',
      entityId: chatRecordRef(input.chat.ref),
      data: { unit: unit.code, previousUnitId },
    });
    const previous = previousUnitId && previousUnitId !== unit.id ? await tx.units.findById(previousUnitId) : null;
    return { kind: 'bound', unit, previous };
  });
}

/** Words for the Department leaders' group in `/dangky lanhdao`, folded and without spaces. */
const LEADERS_WORDS = new Set(['lanhdao', 'lanhdaoso', 'ldso', 'nhomlanhdao', 'leaders', 'leadership']);

export const namesLeadersChat = (words: string): boolean => LEADERS_WORDS.has(compactKey(words));

export type LeadersChatResult = { kind: 'set' | 'unchanged'; department: Unit; previous: Unit | null };

/**
 * Makes a group the Department leaders' group (/dangky lanhdao): it gets the escalations of overdue tasks and
 * feedback, and the leaders' weekly digest with its chart. It belongs to the Department, the unit at the top.
 */
export async function bindLeadersChat(store: Store, input: Omit<BindChatInput, 'unitCode'>): Promise<LeadersChatResult> {
  if (!isAdmin(input.actor))
    throw new DomainError('chat.bind_forbidden', 'permission-denied-admin', { command: '/dangky', admins: '', count: 0 });
  if (input.chat.kind !== 'group') throw new DomainError('chat.bind_private', 'command-group-only', { command: '/dangky' });
  const roots = (await store.units.list()).filter((unit) => unit.parentId === null);
  const department = roots.find((unit) => unit.kind === 'department') ?? roots[0];
  if (!department) throw new DomainError('chat.no_department', 'register-no-department', {});
  const existing = await store.chats.get(input.chat.ref);
  if (existing?.isLeadersChat && existing.active && existing.unitId === department.id)
    return { kind: 'unchanged', department, previous: null };
  return store.transaction(async (tx) => {
    await tx.chats.upsert({
      ref: input.chat.ref,
      platform: input.chat.platform,
      kind: 'group',
      title: input.chat.title ?? existing?.title ?? null,
      unitId: department.id,
      isLeadersChat: true,
      locale: existing?.locale ?? null,
      timezone: existing?.timezone ?? null,
      active: true,
    });
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'chat.bind_leaders',
      entity: 'chat',
      entityId: chatRecordRef(input.chat.ref),
      data: { unit: department.code, previousUnitId: existing?.unitId ?? null },
    });
    const previous =
      existing?.unitId && existing.unitId !== department.id && !existing.isLeadersChat ? await tx.units.findById(existing.unitId) : null;
    return { kind: 'set', department, previous };
  });
}

/** What a group is bound to: a unit's group, or the Department leaders' group. */
export interface Binding {
  unit: Unit;
  leaders: boolean;
}

/**
 * Whether binding this group would move it away from what it is bound to now (another unit, or the leaders'
 * group, or from the leaders' group to a unit): then nothing changes until an administrator confirms, since a
 * /dangky typed in the wrong group would otherwise send one unit's cases and reminders to another's members.
 * Null when the group is bound to nothing (or inactive) or already bound so. A unit code that names no unit
 * is refused here as by the binding itself.
 */
export async function rebindingOf(
  store: Store,
  chatRef: string,
  target: { unitCode: string } | { leaders: true },
): Promise<{ from: Binding; to: Binding } | null> {
  const existing = await store.chats.get(chatRef);
  if (!existing?.active || existing.unitId === null) return null;
  const current = await store.units.findById(existing.unitId);
  if (!current) return null;
  let to: Binding;
  if ('unitCode' in target) to = { unit: await requireUnit(store.units, target.unitCode), leaders: false };
  else {
    const roots = (await store.units.list()).filter((unit) => unit.parentId === null);
    const department = roots.find((unit) => unit.kind === 'department') ?? roots[0];
    if (!department) return null;
    to = { unit: department, leaders: true };
  }
  if (to.unit.id === current.id && to.leaders === existing.isLeadersChat) return null;
  return { from: { unit: current, leaders: existing.isLeadersChat }, to };
}
