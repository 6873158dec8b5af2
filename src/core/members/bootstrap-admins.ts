import type { Clock } from '../clock.js';
import type { Store } from '../store.js';
import type { Platform } from './member.js';

/**
 * Makes the accounts named in ADMIN_IDS (or by `cli admin add`) administrators, so that someone can bind
 * the first group. Idempotent: running it at every start changes nothing the second time.
 */
export async function grantAdmins(store: Store, ids: ReadonlyArray<{ platform: Platform; id: string }>, clock: Clock): Promise<number> {
  let granted = 0;
  for (const { platform, id } of ids) {
    await store.transaction(async (tx) => {
      const actor = await tx.members.resolveActor({ platform, id, displayName: `${platform}:${id}` }, clock.now());
      if (await tx.members.grant(actor.memberId, { role: 'admin', unitId: null }, null)) {
        granted += 1;
        await tx.audit.record({
          actorId: null,
          action: 'role.grant',
          entity: 'member',
          entityId: String(actor.memberId),
          data: { role: 'admin', source: 'bootstrap' },
        });
      }
    });
  }
  return granted;
}
