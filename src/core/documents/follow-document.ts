import type { Actor } from '../members/member.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';

/** A unit starts following a document (/theodoi): its groups hear when the document is replaced. */
export async function followDocument(store: Store, input: { actor: Actor; unit: Unit; symbol: string }): Promise<'followed' | 'already'> {
  return store.transaction(async (tx) => {
    const added = await tx.documentFollows.follow(input.unit.id, input.symbol, input.actor.memberId);
    if (!added) return 'already';
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'document.follow',
      entity: 'document',
      entityId: input.symbol,
      data: { unit: input.unit.code },
    });
    return 'followed';
  });
}

export async function unfollowDocument(
  store: Store,
  input: { actor: Actor; unit: Unit; symbol: string },
): Promise<'unfollowed' | 'not-followed'> {
  return store.transaction(async (tx) => {
    const removed = await tx.documentFollows.unfollow(input.unit.id, input.symbol);
    if (!removed) return 'not-followed';
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'document.unfollow',
      entity: 'document',
      entityId: input.symbol,
      data: { unit: input.unit.code },
    });
    return 'unfollowed';
  });
}
