import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { rowsOf } from '../rows-of.js';

const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null);

/** What the bot holds about one person, found by one of their platform ids (a data subject's request). */
export interface PersonalHoldings {
  platform: string;
  externalId: string;
  member: { id: number; displayName: string; createdAt: string | null } | null;
  identities: Array<{ platform: string; externalId: string; displayName: string; username: string | null; lastSeen: string | null }>;
  roles: Array<{ role: string; unit: string | null }>;
  reports: { count: number; evidenceFiles: number; first: string | null; last: string | null };
  feedbackLogged: number;
  feedbackHandled: number;
  feedbackActions: number;
  conversations: number;
  auditRows: number;
  inboundEvents: { count: number; last: string | null };
}

/**
 * Every table that holds something of a person, counted: what an administrator needs to answer a request to
 * delete a person's data (Zalo's user_withdraw), without the bot deleting anything on its own.
 */
export async function personalHoldings(db: Database, platform: string, externalId: string): Promise<PersonalHoldings> {
  const [member] = rowsOf<{ id: number; display_name: string; created_at: unknown }>(
    await db.execute(sql`select m.id, m.display_name, m.created_at from members m join identities i on i.member_id = m.id
      where i.platform = ${platform} and i.external_id = ${externalId} limit 1`),
  );
  const [events] = rowsOf<{ n: number; last: unknown }>(
    await db.execute(sql`select count(*)::int as n, max(received_at) as last from zalo_inbound_events
      where platform = ${platform} and sender_id = ${externalId}`),
  );
  const [conversations] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from conversation_states where user_key = ${`${platform}:${externalId}`}`),
  );
  const holdings: PersonalHoldings = {
    platform,
    externalId,
    member: member ? { id: member.id, displayName: member.display_name, createdAt: day(member.created_at) } : null,
    identities: [],
    roles: [],
    reports: { count: 0, evidenceFiles: 0, first: null, last: null },
    feedbackLogged: 0,
    feedbackHandled: 0,
    feedbackActions: 0,
    conversations: Number(conversations?.n ?? 0),
    auditRows: 0,
    inboundEvents: { count: Number(events?.n ?? 0), last: day(events?.last) },
  };
  if (!member) return holdings;
  const id = member.id;
  holdings.identities = rowsOf<{
    platform: string;
    external_id: string;
    display_name: string;
    username: string | null;
    last_seen_at: unknown;
  }>(
    await db.execute(
      sql`select platform, external_id, display_name, username, last_seen_at from identities where member_id = ${id} order by id`,
    ),
  ).map((row) => ({
    platform: row.platform,
    externalId: row.external_id,
    displayName: row.display_name,
    username: row.username,
    lastSeen: day(row.last_seen_at),
  }));
  holdings.roles = rowsOf<{ role: string; unit: string | null }>(
    await db.execute(
      sql`select r.role, u.code as unit from member_roles r left join units u on u.id = r.unit_id where r.member_id = ${id} order by r.id`,
    ),
  );
  const [reports] = rowsOf<{ n: number; files: number; first: unknown; last: unknown }>(
    await db.execute(sql`select count(*)::int as n, coalesce(sum(jsonb_array_length(evidence)), 0)::int as files,
      min(created_at) as first, max(created_at) as last from reports where reporter_id = ${id}`),
  );
  holdings.reports = {
    count: Number(reports?.n ?? 0),
    evidenceFiles: Number(reports?.files ?? 0),
    first: day(reports?.first),
    last: day(reports?.last),
  };
  const count = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await db.execute(query))[0]?.n ?? 0);
  holdings.feedbackLogged = await count(sql`select count(*)::int as n from feedback_tickets where created_by = ${id}`);
  holdings.feedbackHandled = await count(sql`select count(*)::int as n from feedback_tickets where handler_id = ${id}`);
  holdings.feedbackActions = await count(sql`select count(*)::int as n from feedback_actions where actor_id = ${id}`);
  holdings.auditRows = await count(sql`select count(*)::int as n from audit_log where actor_id = ${id}`);
  return holdings;
}
