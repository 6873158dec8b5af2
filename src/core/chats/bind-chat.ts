import { DomainError } from '../errors.js';
import type { Actor, Platform } from '../members/member.js';
import { isAdmin } from '../members/policy.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import { requireUnit } from '../units/unit-search.js';
import { type ChatKind, chatRecordRef } from './chat.js';

export interface BindChatInput {
  actor: Actor;
  chat: { ref: string; platform: Platform; kind: ChatKind; title: string | null };
  unitCode: string;
}

export type BindChatResult =
  | { kind: 'bound'; unit: Unit; previous: Unit | null }
  | { kind: 'unchanged'; unit: Unit };

/** Binds a group chat to a unit (/dangky). Only an admin may, and only a group: a private chat has no unit. */
export async function bindChatToUnit(store: Store, input: BindChatInput): Promise<BindChatResult> {
  if (!isAdmin(input.actor)) throw new DomainError('chat.bind_forbidden', 'permission-denied-admin', { command: '/dangky', admins: '', count: 0 });
  if (input.chat.kind !== 'group') throw new DomainError('chat.bind_private', 'command-group-only', { command: '/dangky' });
  const unit = await requireUnit(store.units, input.unitCode);
  const existing = await store.chats.get(input.chat.ref);
  if (existing?.unitId === unit.id && existing.active) return { kind: 'unchanged', unit };

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
