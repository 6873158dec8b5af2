export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
}
