import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { ChatKind } from '../../core/chats/chat.js';
import type { DigestRepository, TaskReporting, UnitBuckets } from '../../core/digest/digest.js';
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
        .select({ unitId: assignments.unitId, taskId: tasks.id, title: tasks.title, percent: reports.percent, status: reports.status, at: reports.createdAt })
        .from(reports)
        .innerJoin(occurrences, eq(occurrences.id, reports.occurrenceId))
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .where(and(gte(reports.createdAt, from), lt(reports.createdAt, to), isNull(reports.withdrawnAt), unitIds ? inArray(assignments.unitId, [...unitIds]) : undefined))
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
    async buckets(from, to, today): Promise<UnitBuckets[]> {
      const open = sql`${occurrences.status} = 'open'`;
      const overdue = sql`${open} and ${occurrences.dueDate} < ${today}::date`;
      return db
        .select({
          unitId: assignments.unitId,
          unitName: unitLabel,
          doneOnTime: sql<number>`count(*) filter (where ${occurrences.status} = 'done' and ${occurrences.completedOnTime} is not false)`.mapWith(Number),
          doneLate: sql<number>`count(*) filter (where ${occurrences.status} = 'done' and ${occurrences.completedOnTime} = false)`.mapWith(Number),
          openOnTime: sql<number>`count(*) filter (where ${open} and ${occurrences.dueDate} >= ${today}::date)`.mapWith(Number),
          openOverdue: sql<number>`count(*) filter (where ${overdue})`.mapWith(Number),
          maxDaysLate: sql<number>`coalesce(max(${today}::date - ${occurrences.dueDate}) filter (where ${overdue}), 0)`.mapWith(Number),
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(units, eq(units.id, assignments.unitId))
        .where(and(gte(occurrences.dueDate, from), sql`${occurrences.dueDate} <= ${to}::date`))
        .groupBy(assignments.unitId, units.shortName, units.name, units.id)
        .orderBy(asc(units.id));
    },
    async reporting(dueFrom, dueTo): Promise<TaskReporting[]> {
      const rows = await db
        .select({
          taskId: tasks.id,
          title: tasks.title,
          period: occurrences.period,
          dueDate: occurrences.dueDate,
          unit: unitLabel,
          reported: sql<boolean>`(${occurrences.status} = 'done' or exists (select 1 from ${reports} where ${reports.occurrenceId} = ${occurrences.id} and ${reports.withdrawnAt} is null))`,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(units, eq(units.id, assignments.unitId))
        .where(and(gte(occurrences.dueDate, dueFrom), sql`${occurrences.dueDate} <= ${dueTo}::date`))
        .orderBy(asc(occurrences.dueDate), asc(tasks.id), asc(units.id));
      const byTask = new Map<string, TaskReporting>();
      for (const row of rows) {
        const key = `${row.taskId}:${row.period}`;
        const entry = byTask.get(key) ?? { taskId: row.taskId, title: row.title, dueDate: row.dueDate, reported: [], missing: [] };
        (row.reported ? entry.reported : entry.missing).push(row.unit);
        byTask.set(key, entry);
      }
      return [...byTask.values()];
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
        const contact = contacts.get(row.memberId) ?? { memberId: row.memberId, displayName: row.displayName, onLeaveUntil: row.onLeaveUntil, usernames: {} };
        if (row.platform && row.username) contact.usernames[row.platform as Platform] = row.username;
        contacts.set(row.memberId, contact);
        byUnit.set(row.unitId, contacts);
      }
      return new Map([...byUnit.entries()].map(([unitId, contacts]) => [unitId, [...contacts.values()]]));
    },
  };
}
