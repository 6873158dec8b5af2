import type { AuditRepository } from '../../core/audit/audit.js';
import type { Database } from '../client.js';
import { auditLog } from '../schema/index.js';

export function createAuditRepository({ db }: { db: Database }): AuditRepository {
  return {
    async record(entry) {
      await db.insert(auditLog).values({
        actorId: entry.actorId,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        data: entry.data ?? {},
      });
    },
  };
}
