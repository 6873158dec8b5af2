import { and, asc, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { LocalDate } from '../../core/dates/local-date.js';
import type { ChatKind } from '../../core/chats/chat.js';
import type { DigestRepository, TaskReporting } from '../../core/digest/digest.js';
import type { Contact, Platform } from '../../core/members/member.js';
import { anyId } from '../any-id.js';
import type { Database } from '../client.js';
import { rowsOf } from '../rows-of.js';
import { assignments, chats, digestRuns, identities, memberRoles, members, occurrences, reports, tasks, units } from '../schema/index.js';

export function createDigestsRepository({ db }: { db: Database }): DigestRepository {
  return {
    async targets() {
      const rows = await db
        .select()
        .from(chats)
        .where(and(eq(chats.active, true), eq(chats.kind, 'group'), or(sql`${chats.unitId} is not null`, eq(chats.isLeadersChat, true))))
        .orderBy(asc(chats.id));
      return rows.map((row) => ({
        ref: row.chatRef,
        platform: row.platform as Platform,
        kind: row.kind as ChatKind,
        title: row.title,
        unitId: row.unitId,
        isLeadersChat: row.isLeadersChat,
        locale: row.locale,
        timezone: row.timezone,
        active: row.active,
        digestSchedule: row.digestSchedule ?? null,
      }));
    },
    async ranFor(period) {
      const rows = await db.select({ chat: digestRuns.chatRef }).from(digestRuns).where(eq(digestRuns.period, period));
      return new Set(rows.map((row) => row.chat));
    },
    async claimRuns(refs, period) {
      if (refs.length === 0) return [];
      const claimed: string[] = [];
      for (let i = 0; i < refs.length; i += 1000) {
        const rows = await db
          .insert(digestRuns)
          .values(refs.slice(i, i + 1000).map((chatRef) => ({ chatRef, period })))
          .onConflictDoNothing()
          .returning({ chat: digestRuns.chatRef });
        claimed.push(...rows.map((row) => row.chat));
      }
      return claimed;
    },
    async reportsBetween(from, to, unitIds) {
      return db
        .select({
          unitId: assignments.unitId,
          taskId: tasks.id,
          title: tasks.title,
          percent: reports.percent,
          status: reports.status,
          at: reports.createdAt,
        })
        .from(reports)
        .innerJoin(occurrences, eq(occurrences.id, reports.occurrenceId))
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .where(
          and(
            gte(reports.createdAt, from),
            lt(reports.createdAt, to),
            isNull(reports.withdrawnAt),
            unitIds ? anyId(assignments.unitId, [...unitIds]) : undefined,
          ),
        )
        .orderBy(asc(reports.createdAt));
    },
    async openCounts(unitIds) {
      const rows = await db
        .select({ unitId: sql<number>`${occurrences.unitId}`.mapWith(Number), n: sql<number>`count(*)`.mapWith(Number) })
        .from(occurrences)
        .where(and(eq(occurrences.status, 'open'), unitIds ? anyId(occurrences.unitId, [...unitIds]) : undefined))
        .groupBy(occurrences.unitId);
      return new Map(rows.map((row) => [row.unitId, row.n]));
    },
    async reporting(dueTo, names, unitIds = null): Promise<TaskReporting[]> {
      if (unitIds?.length === 0) return [];
      const inUnits = unitIds ? sql`and o.unit_id in (select unnest(${`{${unitIds.join(',')}}`}::int[]))` : sql``;
      const first = Math.max(0, Math.floor(names));
      // The task periods someone still owes, found through the (status, due date) index; then every unit's
      // occurrence of those periods, done or not, to say who reported. The rows are grouped while they are
      // narrow (ids, no titles or names): sorting 45 000 wide rows spilled to disk and took most of the time.
      const result = await db.execute(sql`
        with owed as (
          select distinct o.task_id, o.period
          from ${occurrences} o
          where o.status = 'open' and o.due_date <= ${dueTo}::date ${inUnits}
        ),
        per_unit as (
          select o.task_id, o.period, o.due_date, o.unit_id,
                 (o.status = 'done' or exists (select 1 from ${reports} r where r.occurrence_id = o.id and r.withdrawn_at is null)) as reported
          from ${occurrences} o
          join owed on owed.task_id = o.task_id and owed.period = o.period
          -- a unit the task was taken from (its occurrence cancelled) owes nothing
          where o.status <> 'cancelled' ${inUnits}
        ),
        grouped as (
          select task_id, period, min(due_date) as due_date, count(*)::int as total,
                 (count(*) filter (where reported))::int as reported_count,
                 -- only the first few names travel: a task of ten thousand units lists a handful in a chat message
                 (array_agg(unit_id order by unit_id) filter (where not reported))[1:${sql.raw(String(first))}] as missing_ids
          from per_unit group by task_id, period
        )
        select g.task_id as "taskId", t.title, g.period, g.due_date::text as "dueDate", g.total, g.reported_count as "reportedCount",
               array(select coalesce(u.short_name, u.name) from unnest(g.missing_ids) with ordinality m(id, i)
                     join ${units} u on u.id = m.id order by m.i) as missing
        from grouped g join ${tasks} t on t.id = g.task_id
        order by g.due_date asc nulls last, g.task_id asc, g.period asc`);
      const rows = rowsOf<{
        taskId: number;
        title: string;
        period: string;
        dueDate: string | null;
        total: number;
        reportedCount: number;
        missing: string[] | null;
      }>(result);
      return rows.map((row) => ({
        ...row,
        taskId: Number(row.taskId),
        dueDate: row.dueDate as LocalDate | null,
        missingCount: row.total - row.reportedCount,
        missing: row.missing ?? [],
      }));
    },
    async focalPoints(unitIds) {
      const rows = await db
        .select({
          unitId: memberRoles.unitId,
          memberId: members.id,
          displayName: members.displayName,
          onLeaveUntil: members.onLeaveUntil,
          platform: identities.platform,
          username: identities.username,
        })
        .from(memberRoles)
        .innerJoin(members, eq(members.id, memberRoles.memberId))
        .leftJoin(identities, eq(identities.memberId, members.id))
        .where(and(eq(memberRoles.role, 'focal_point'), unitIds ? anyId(memberRoles.unitId, [...unitIds]) : undefined))
        .orderBy(asc(members.id));
      const byUnit = new Map<number, Map<number, Contact>>();
      for (const row of rows) {
        if (row.unitId === null) continue;
        const contacts = byUnit.get(row.unitId) ?? new Map<number, Contact>();
        const contact = contacts.get(row.memberId) ?? {
          memberId: row.memberId,
          displayName: row.displayName,
          onLeaveUntil: row.onLeaveUntil,
          usernames: {},
        };
        if (row.platform && row.username) contact.usernames[row.platform as Platform] = row.username;
        contacts.set(row.memberId, contact);
        byUnit.set(row.unitId, contacts);
      }
      return new Map([...byUnit.entries()].map(([unitId, contacts]) => [unitId, [...contacts.values()]]));
    },
  };
}
