import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { localDateOf } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import type { Category, Channel, ComplainantContact, Severity, Ticket } from './feedback.js';
import { assertCaseOfThisChat } from './handle.js';
import { sensitivity } from './sensitive.js';
import { contentSimilarity, DUPLICATE_THRESHOLD } from './similarity.js';
import { type SlaPolicy, slaDueDate, slaWorkingDays } from './sla.js';

export const MIN_CONTENT = 5;
export const MAX_CONTENT = 4000;
const DUPLICATE_WINDOW_DAYS = 7;

export interface IntakeInput {
  actor: Actor;
  unitId: number;
  channel: Channel;
  receivedAt: Date;
  /** false when only the day was given ("20/11", "hôm qua"); default true */
  receivedTimeKnown?: boolean;
  content: string;
  category: Category;
  severity: Severity;
  contact: ComplainantContact | null;
  /** the open case this one repeats, when the person said so */
  duplicateOf?: Ticket | null;
  now: Date;
  timezone: string;
  calendar: WorkingCalendar;
  policy: SlaPolicy;
}

export function validateContent(content: string): string {
  const trimmed = content.trim();
  if (trimmed.length < MIN_CONTENT) throw new DomainError('feedback.empty', 'feedback-empty');
  if (trimmed.length > MAX_CONTENT) throw new DomainError('feedback.too_long', 'feedback-too-long', { max: MAX_CONTENT });
  return trimmed;
}

export async function assertMayLog(store: Store, actor: Actor, unitId: number): Promise<void> {
  if (!isAllowed(actor, permissions.feedbackIntake, await store.units.ancestorIds(unitId))) {
    const unit = await store.units.findById(unitId);
    throw new DomainError('feedback.forbidden', 'feedback-forbidden-intake', { unit: unit?.name ?? '' });
  }
}

/** An open case of the same unit from the last week that reads like this one, if any. */
export async function findLikelyDuplicate(store: Store, unitId: number, content: string, now: Date): Promise<Ticket | null> {
  const recent = await store.feedback.recentOpen(unitId, new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000));
  let best: { ticket: Ticket; score: number } | null = null;
  for (const ticket of recent) {
    const score = contentSimilarity(ticket.content, content);
    if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { ticket, score };
  }
  return best?.ticket ?? null;
}

/**
 * Logs a case (/phananh): a yearly number ("PA-2026-0042"), its SLA date counted in working days from the day
 * it was received, the complainant's contact stored apart, and an audit entry, in one transaction.
 */
export async function createTicket(store: Store, input: IntakeInput): Promise<Ticket> {
  const content = validateContent(input.content);
  if (input.receivedAt.getTime() > input.now.getTime() + 60_000) throw new DomainError('feedback.future', 'feedback-future-date');
  await assertMayLog(store, input.actor, input.unitId);
  const received = localDateOf(input.receivedAt, input.timezone);
  // bribery, harassment, threats: handled apart and urgent; a duplicate of a sensitive case is sensitive too
  const classed = sensitivity(content, input.category, input.severity);
  const sensitive = classed.sensitive || input.duplicateOf?.sensitive === true;
  const { category, severity } = sensitive && !classed.sensitive ? { ...classed, severity: 'urgent' as const } : classed;
  const slaDue = input.duplicateOf
    ? input.duplicateOf.slaDue
    : slaDueDate(received, slaWorkingDays(input.policy, input.channel, severity, category), input.calendar);
  // Praise needs no handling: it is acknowledged as it is logged, never open, never in the backlog.
  const status = input.duplicateOf ? 'linked' : category === 'praise' ? 'acknowledged' : 'received';
  return store.transaction(async (tx) => {
    const year = Number(received.slice(0, 4));
    const number = await tx.feedback.nextNumber(year);
    const code = `PA-${year}-${String(number).padStart(4, '0')}`;
    const ticket = await tx.feedback.insert(code, {
      unitId: input.unitId,
      channel: input.channel,
      receivedAt: input.receivedAt,
      receivedTimeKnown: input.receivedTimeKnown ?? true,
      category,
      severity,
      sensitive,
      content,
      slaDue,
      createdBy: input.actor.memberId,
      duplicateOf: input.duplicateOf?.id ?? null,
      status,
      resolvedAt: status === 'acknowledged' ? input.now : null,
    });
    if (input.contact && (input.contact.name || input.contact.phone || input.contact.email || input.contact.idNumber)) {
      await tx.feedback.setContact(ticket.id, input.contact);
    }
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'feedback.create',
      entity: 'feedback',
      entityId: code,
      data: { channel: input.channel, category, severity, sensitive, duplicateOf: input.duplicateOf?.code ?? null },
    });
    return ticket;
  });
}

/** Adds or replaces the complainant's contact of a case (from a private chat, or a group by mistake). */
export async function setTicketContact(
  store: Store,
  input: {
    actor: Actor;
    code: string;
    contact: ComplainantContact;
    /** the unit of the group it was typed in (by mistake): only that unit's cases; null in private */
    chatUnitId?: number | null;
  },
): Promise<Ticket> {
  const ticket = await store.feedback.findByCode(input.code.toUpperCase());
  if (!ticket) throw new DomainError('feedback.unknown', 'feedback-unknown-code', { code: input.code.slice(0, 20) });
  await assertMayLog(store, input.actor, ticket.unitId);
  await assertCaseOfThisChat(store, ticket, input.chatUnitId ?? null);
  await store.transaction(async (tx) => {
    await tx.feedback.setContact(ticket.id, input.contact);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'feedback.contact',
      entity: 'feedback',
      entityId: ticket.code,
      data: {},
    });
  });
  return ticket;
}
