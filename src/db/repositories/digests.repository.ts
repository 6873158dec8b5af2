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
      // One pass over the occurrences, grouped by task period in a hash table, keeping the periods someone
      // still owes (an open occurrence due by dueTo). Whether a unit reported is one hash join against the
      // occurrences with a report, and the units still owing travel as an unordered list, sorted and cut to the
      // first few per period afterwards. The earlier shape (the owed periods first, then a join, an ordered
      // aggregate and a report lookup per row) sorted 45 000 rows and cost 2.5 times as much on the dashboard
      // benchmark's Department: PostgreSQL guessed a few hundred rows from the join and planned for that.
      const result = await db.execute(sql`
        with grouped as (
          select o.task_id, o.period, min(o.due_date) as due_date, count(*)::int as total,
                 (count(*) filter (where o.status = 'done' or reported.occurrence_id is not null))::int as reported_count,
                 array_agg(o.unit_id) filter (where not (o.status = 'done' or reported.occurrence_id is not null)) as missing_ids
          from ${occurrences} o
          left join (select distinct occurrence_id from ${reports} where withdrawn_at is null) reported
            on reported.occurrence_id = o.id
          -- a unit the task was taken from (its occurrence cancelled) owes nothing
          where o.status <> 'cancelled' ${inUnits}
          group by o.task_id, o.period
          having count(*) filter (where o.status = 'open' and o.due_date <= ${dueTo}::date) > 0
        )
        select g.task_id as "taskId", t.title, g.period, g.due_date::text as "dueDate", g.total, g.reported_count as "reportedCount",
               -- only the first few names travel: a task of ten thousand units lists a handful in a chat message
               array(select coalesce(u.short_name, u.name)
                     from (select id from unnest(g.missing_ids) id order by id limit ${sql.raw(String(first))}) m
                     join ${units} u on u.id = m.id order by m.id) as missing
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
