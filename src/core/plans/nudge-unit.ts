import type { ChatRecord } from '../chats/chat.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { effectiveDeadline, openDueState } from '../deadlines/deadline.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import type { OccurrenceDetail } from './plan.js';

/** What a "Nhắc đơn vị" message says: who reminds, which task, how late, by which day. */
export interface NudgeFacts {
  leaderName: string;
  taskId: number;
  title: string;
  unitName: string;
  daysLate: number;
  /** the effective last day (the stated one moved past a day off) */
  effective: LocalDate;
}

export type NudgeOutcome =
  | { ok: true; chat: ChatRecord }
  | { ok: false; reason: 'unknown' | 'denied' | 'not-overdue' | 'no-group' | 'already-sent' };

/** Whether the person may remind this occurrence's unit: decided here, once, for the page's button and its POST. */
export const mayNudge = (viewer: Pick<Actor, 'grants'>, unitScope: readonly number[]) => isAllowed(viewer, permissions.nudge, unitScope);

/** The units whose cells may carry a "Nhắc" button for this person (the grid asks once, for all its rows). */
export function nudgeableUnitIds(viewer: Pick<Actor, 'grants'>, units: readonly Unit[]): Set<number> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const allowed = new Set<number>();
  for (const unit of units) {
    const chain: number[] = [];
    let current: Unit | undefined = unit;
    while (current && !chain.includes(current.id)) {
      chain.push(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    if (mayNudge(viewer, chain)) allowed.add(unit.id);
  }
  return allowed;
}

/** The unit's own group a reminder goes to (the first active one bound to it, never the leaders'). */
export async function nudgeChatOf(store: Pick<Store, 'chats'>, unitId: number): Promise<ChatRecord | null> {
  const chats = await store.chats.listByUnit(unitId);
  return chats.find((chat) => chat.kind === 'group' && chat.active && !chat.isLeadersChat) ?? null;
}

/** An overdue occurrence a person may act on from the dashboard, with its unit and the group that will hear of it. */
export type OverdueTarget =
  | {
      ok: true;
      occurrence: OccurrenceDetail;
      unit: Unit;
      chat: ChatRecord;
      daysLate: number;
      /** the effective last day (the stated one moved past a day off) */
      effective: LocalDate;
    }
  | { ok: false; reason: 'unknown' | 'denied' | 'not-overdue' | 'no-group' };

/**
 * What "Nhắc" and "Yêu cầu giải trình" both check first, decided here once: the occurrence exists, the person
 * may remind its unit (mayNudge), it is open and past its effective deadline, and the unit has a group.
 */
export async function overdueTarget(
  store: Store,
  input: { occurrenceId: number; viewer: Pick<Actor, 'grants'>; today: LocalDate; calendar: WorkingCalendar },
): Promise<OverdueTarget> {
  const occurrence = await store.plans.findOccurrence(input.occurrenceId);
  if (!occurrence) return { ok: false, reason: 'unknown' };
  const [unit, scope] = await Promise.all([store.units.findById(occurrence.unitId), store.units.ancestorIds(occurrence.unitId)]);
  if (!unit) return { ok: false, reason: 'unknown' };
  if (!mayNudge(input.viewer, scope)) return { ok: false, reason: 'denied' };
  const state = openDueState(occurrence.dueDate, input.today, input.calendar);
  if (occurrence.status !== 'open' || state.kind !== 'overdue' || !occurrence.dueDate) return { ok: false, reason: 'not-overdue' };
  const chat = await nudgeChatOf(store, unit.id);
  if (!chat) return { ok: false, reason: 'no-group' };
  return {
    ok: true,
    occurrence,
    unit,
    chat,
    daysLate: state.days,
    effective: effectiveDeadline(occurrence.dueDate, input.calendar).effective,
  };
}

/**
 * "Nhắc" on a red cell (issue 24): queues ONE reminder to the unit's group through the outbox, at most once per
 * unit and task a day (the outbox key says so: a second click queues nothing), with an audit row, in one
 * transaction. The text is composed by the caller in the group's language.
 */
export async function nudgeUnit(
  store: Store,
  input: {
    occurrenceId: number;
    viewer: Pick<Actor, 'memberId' | 'displayName' | 'grants'>;
    today: LocalDate;
    calendar: WorkingCalendar;
    compose: (chat: ChatRecord, facts: NudgeFacts) => string;
  },
): Promise<NudgeOutcome> {
  const target = await overdueTarget(store, input);
  if (!target.ok) return target;
  const { occurrence, unit, chat, daysLate, effective } = target;
  const facts: NudgeFacts = {
    leaderName: input.viewer.displayName,
    taskId: occurrence.taskId,
    title: occurrence.title,
    unitName: unit.shortName ?? unit.name,
    daysLate,
    effective,
  };
  return store.transaction(async (tx) => {
    const queued = await tx.outbox.enqueueNew([
      { key: `nudge:${unit.id}:${occurrence.taskId}:${input.today}`, chat: chat.ref, text: input.compose(chat, facts) },
    ]);
    if (queued.length === 0) return { ok: false as const, reason: 'already-sent' as const };
    await tx.audit.record({
      actorId: input.viewer.memberId,
      action: 'occurrence.nudged',
      entity: 'occurrence',
      entityId: String(occurrence.occurrenceId),
      data: { surface: 'web', unitId: unit.id, taskId: occurrence.taskId, chat: chat.ref, daysLate },
    });
    return { ok: true as const, chat };
  });
}
