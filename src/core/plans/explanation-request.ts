import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ChatRecord } from '../chats/chat.js';
import { type LocalDate, localDateOf } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import { taskCode } from '../reports/task-ref.js';
import type { Store } from '../store.js';
import { mayNudge, overdueTarget } from './nudge-unit.js';

/** An explanation shorter than this says nothing ("x", "ok"): it is asked for again. */
const MIN_EXPLANATION = 3;
export const MAX_EXPLANATION = 1000;

/** A request as the grid and the occurrence page show it: when asked, and the answer once given. */
export interface ExplanationState {
  requestedOn: LocalDate;
  answer: { text: string; by: string; on: LocalDate } | null;
}

/** The requests kept on occurrences (src/db/schema/explanation-requests.ts). */
export interface ExplanationsRepository {
  /** Opens a request; null when one is already open (unanswered) on the occurrence. */
  open(input: { occurrenceId: number; requestedBy: number; requestedAt: Date }): Promise<number | null>;
  /** The latest request on each of these occurrences, with its answer and the name of who gave it. */
  latestOn(
    occurrenceIds: readonly number[],
  ): Promise<Map<number, { requestedAt: Date; answer: { text: string; by: string; at: Date } | null }>>;
  /** The open requests on a task for these units, oldest occurrence first. */
  openFor(taskId: number, unitIds: readonly number[]): Promise<Array<{ id: number; occurrenceId: number; unitId: number }>>;
  /** Stores the answer; false when the request was answered meanwhile. */
  answer(id: number, answer: { by: number; at: Date; text: string }): Promise<boolean>;
}

/** What a "Yêu cầu giải trình" message says: who asks whom, about which task of which plan, how late. */
export interface ExplanationFacts {
  leaderName: string;
  /** the unit's leaders and focal points, by name (empty: none is known) */
  addressees: string[];
  taskId: number;
  title: string;
  planLabel: string;
  unitName: string;
  daysLate: number;
  effective: LocalDate;
}

export type RequestOutcome =
  | { ok: true; chat: ChatRecord }
  | { ok: false; reason: 'unknown' | 'denied' | 'not-overdue' | 'no-group' | 'already-open' };

/**
 * Who may ask a unit to explain an overdue task: the same people who may remind it ("Nhắc đơn vị"), the
 * Department's leaders, the administrators and the leaders of the unit or a unit above it. Decided here, once.
 */
export const mayRequestExplanation = mayNudge;

/** The states of the requests on these occurrences, as the page shows them (days in the Department's timezone). */
export async function explanationStates(
  store: Pick<Store, 'explanations'>,
  occurrenceIds: readonly number[],
  timezone: string,
): Promise<Map<number, ExplanationState>> {
  const latest = occurrenceIds.length === 0 ? new Map() : await store.explanations.latestOn(occurrenceIds);
  const states = new Map<number, ExplanationState>();
  for (const [id, request] of latest) {
    states.set(id, {
      requestedOn: localDateOf(request.requestedAt, timezone),
      answer: request.answer ? { text: request.answer.text, by: request.answer.by, on: localDateOf(request.answer.at, timezone) } : null,
    });
  }
  return states;
}

/**
 * "Yêu cầu giải trình" on an overdue occurrence (issue 24): stores the request on it and queues ONE message
 * to the unit's group, addressed by name to the unit's leaders and focal points, saying how to answer in chat.
 * At most one request is open per occurrence; audited; one transaction. The text is composed by the caller in
 * the group's language.
 */
export async function requestExplanation(
  store: Store,
  input: {
    occurrenceId: number;
    viewer: Pick<Actor, 'memberId' | 'displayName' | 'grants'>;
    now: Date;
    today: LocalDate;
    calendar: WorkingCalendar;
    compose: (chat: ChatRecord, facts: ExplanationFacts) => string;
  },
): Promise<RequestOutcome> {
  const target = await overdueTarget(store, input);
  if (!target.ok) return target;
  const { occurrence, unit, chat, daysLate, effective } = target;
  const [leaders, focal] = await Promise.all([
    store.members.withRole('unit_leader', unit.id),
    store.members.withRole('focal_point', unit.id),
  ]);
  const facts: ExplanationFacts = {
    leaderName: input.viewer.displayName,
    addressees: [...new Set([...leaders, ...focal].map((member) => member.displayName))],
    taskId: occurrence.taskId,
    title: occurrence.title,
    planLabel: occurrence.planLabel,
    unitName: unit.shortName ?? unit.name,
    daysLate,
    effective,
  };
  return store.transaction(async (tx) => {
    const id = await tx.explanations.open({
      occurrenceId: occurrence.occurrenceId,
      requestedBy: input.viewer.memberId,
      requestedAt: input.now,
    });
    if (id === null) return { ok: false as const, reason: 'already-open' as const };
    await tx.outbox.enqueue([{ key: `explain:${occurrence.occurrenceId}:${id}`, chat: chat.ref, text: input.compose(chat, facts) }]);
    await tx.audit.record({
      actorId: input.viewer.memberId,
      action: 'occurrence.explanation_requested',
      entity: 'occurrence',
      entityId: String(occurrence.occurrenceId),
      data: { surface: 'web', requestId: id, unitId: unit.id, taskId: occurrence.taskId, chat: chat.ref, daysLate },
    });
    return { ok: true as const, chat };
  });
}

/**
 * "/giaitrinh NV7 <lý do>": the unit's leader, focal point or deputy answers the open request on NV7 (the
 * oldest period first). `unitIds` are the units the answer may be for: the group's, or in a private chat those
 * the person answers for. Every refusal is a DomainError and changes nothing.
 */
export async function answerExplanation(
  store: Store,
  input: { actor: Pick<Actor, 'memberId' | 'grants'>; taskId: number; unitIds: readonly number[]; text: string; now: Date },
): Promise<{ occurrenceId: number; unitId: number; title: string; period: string }> {
  const code = taskCode(input.taskId);
  const text = input.text.trim().replace(/\s+/g, ' ');
  if (text.length > MAX_EXPLANATION) throw new DomainError('explain.too_long', 'explain-too-long', { max: MAX_EXPLANATION });
  const units = input.unitIds.filter((unitId) => isAllowed(input.actor, permissions.explain, [unitId]));
  if (units.length === 0) throw new DomainError('explain.forbidden', 'explain-forbidden');
  return store.transaction(async (tx) => {
    const open = await tx.explanations.openFor(input.taskId, units);
    if (open.length === 0) {
      const known = await Promise.all(units.map((unitId) => tx.plans.latestOccurrenceOf(input.taskId, unitId)));
      throw known.every((id) => id === null)
        ? new DomainError('explain.unknown_task', 'explain-unknown-task', { code })
        : new DomainError('explain.no_request', 'explain-no-request', { code });
    }
    if (new Set(open.map((request) => request.unitId)).size > 1)
      throw new DomainError('explain.which_unit', 'explain-which-unit', { code });
    // asked for the reason only once there is a request to answer: "no one asked" comes first
    if (text.length < MIN_EXPLANATION) throw new DomainError('explain.reason_missing', 'explain-reason-missing', { code });
    const request = open[0]!;
    const occurrence = await tx.plans.findOccurrence(request.occurrenceId);
    if (!occurrence || !(await tx.explanations.answer(request.id, { by: input.actor.memberId, at: input.now, text }))) {
      throw new DomainError('explain.no_request', 'explain-no-request', { code });
    }
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'occurrence.explained',
      entity: 'occurrence',
      entityId: String(request.occurrenceId),
      data: { requestId: request.id, unitId: request.unitId, taskId: input.taskId, text },
    });
    return { occurrenceId: request.occurrenceId, unitId: request.unitId, title: occurrence.title, period: occurrence.period };
  });
}
