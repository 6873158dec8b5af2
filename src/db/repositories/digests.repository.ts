import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { LocalDate } from '../../core/dates/local-date.js';
import type { ChatKind } from '../../core/chats/chat.js';
import type { DigestRepository, TaskReporting, UnitOverdue } from '../../core/digest/digest.js';
import type { Contact, Platform } from '../../core/members/member.js';
import type { Database } from '../client.js';
import { assignments, chats, digestRuns, identities, memberRoles, members, occurrences, reports, tasks, units } from '../schema/index.js';

const unitLabel = sql<string>`coalesce(${units.shortName}, ${units.name})`;

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
            unitIds ? inArray(assignments.unitId, [...unitIds]) : undefined,
          ),
        )
        .orderBy(asc(reports.createdAt));
    },
    async openCounts(unitIds) {
      const rows = await db
        .select({ unitId: assignments.unitId, n: sql<number>`count(*)`.mapWith(Number) })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(occurrences.status, 'open'), unitIds ? inArray(assignments.unitId, [...unitIds]) : undefined))
        .groupBy(assignments.unitId);
      return new Map(rows.map((row) => [row.unitId, row.n]));
    },
    async overdueByUnit(before): Promise<UnitOverdue[]> {
      const rows = await db
        .select({
          unitId: assignments.unitId,
          count: sql<number>`count(*)`.mapWith(Number),
          oldestDue: sql<string>`min(${occurrences.dueDate})::text`,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(occurrences.status, 'open'), lt(occurrences.dueDate, before)))
        .groupBy(assignments.unitId);
      return rows.map((row) => ({ ...row, oldestDue: row.oldestDue as LocalDate }));
    },
    async reporting(dueTo, names, unitIds = null): Promise<TaskReporting[]> {
      if (unitIds?.length === 0) return [];
      const inUnits = unitIds ? inArray(assignments.unitId, [...unitIds]) : undefined;
      // The task periods someone still owes, found through the (status, due date) index; then every unit's
      // occurrence of those periods, done or not, to say who reported.
      const owed = db
        .selectDistinct({ taskId: assignments.taskId, period: occurrences.period })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(occurrences.status, 'open'), lte(occurrences.dueDate, dueTo), inUnits))
        .as('owed');
      const reported = sql`(${occurrences.status} = 'done' or exists (select 1 from ${reports} where ${reports.occurrenceId} = ${occurrences.id} and ${reports.withdrawnAt} is null))`;
      const firstDue = sql<string | null>`min(${occurrences.dueDate})`;
      const rows = await db
        .select({
          taskId: tasks.id,
          title: tasks.title,
          period: occurrences.period,
          dueDate: firstDue,
          total: sql<number>`count(*)`.mapWith(Number),
          reportedCount: sql<number>`count(*) filter (where ${reported})`.mapWith(Number),
          // only the first few names travel: a task of ten thousand units lists a handful in a chat message
          missing: sql<
            string[] | null
          >`(array_agg(${unitLabel} order by ${units.id}) filter (where not ${reported}))[1:${sql.raw(String(Math.max(0, Math.floor(names))))}]`,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(owed, and(eq(owed.taskId, assignments.taskId), eq(owed.period, occurrences.period)))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(units, eq(units.id, assignments.unitId))
        // a unit the task was taken from (its occurrence cancelled) owes nothing
        .where(and(ne(occurrences.status, 'cancelled'), inUnits))
        .groupBy(tasks.id, tasks.title, occurrences.period)
        .orderBy(sql`4 asc nulls last`, asc(tasks.id), asc(occurrences.period));
      return rows.map((row) => ({ ...row, missingCount: row.total - row.reportedCount, missing: row.missing ?? [] }));
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
        .where(and(eq(memberRoles.role, 'focal_point'), unitIds ? inArray(memberRoles.unitId, [...unitIds]) : undefined))
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
