import { formatDateVi, isLocalDate, type LocalDate, localDate, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Store } from '../store.js';
import type { Actor } from './member.js';
import { isAdmin, isAllowed, permissions } from './policy.js';

/** "14/12", "14/12/2026": the day as written (a date without a year in this year), and whether it gave its year. */
function dayWritten(text: string, today: LocalDate): { date: LocalDate; yearGiven: boolean } | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const date = localDate(match[3] ? Number(match[3]) : parts(today).year, Number(match[2]), Number(match[1]));
  return isLocalDate(date) ? { date, yearGiven: match[3] !== undefined } : null;
}

/**
 * The last day of leave "từ <from> đến <until>" (or "đến <until>"). Leave starting later cannot be set ahead:
 * it takes effect at once (reminders move to the deputy from now), so the person is asked to set it on the day.
 */
export function leaveUntil(words: { from: string | null; until: string }, today: LocalDate): LocalDate {
  const until = parseLeaveEnd(words.until, today);
  if (words.from !== null) {
    const from = dayWritten(words.from, today)?.date ?? null;
    if (from === null) throw new DomainError('leave.bad_date', 'leave-bad-date', { text: words.from.slice(0, 20) });
    if (from > today && from <= until)
      throw new DomainError('leave.starts_later', 'leave-starts-later', { from: formatDateVi(from), until: formatDateVi(until) });
  }
  return until;
}

/** "25/12", "25/12/2026", "25-12-2026": a day on or after today; a date without a year is the next such day. */
export function parseLeaveEnd(text: string, today: LocalDate): LocalDate {
  const written = dayWritten(text, today);
  if (written === null) throw new DomainError('leave.bad_date', 'leave-bad-date', { text: text.slice(0, 20) });
  const { year, month, day } = parts(written.date);
  const date = !written.yearGiven && written.date < today ? localDate(year + 1, month, day) : written.date;
  if (date < today) throw new DomainError('leave.past', 'leave-past');
  return date;
}

/**
 * Sets or ends someone's leave (/nghiphep). People with a role set their own; only an admin may set someone
 * else's, because it moves their reminders to the deputy. Someone the bot has only met changes nothing.
 */
export async function setLeave(
  store: Store,
  input: { actor: Actor; targetUsername: string | null; until: string | null; from?: string | null; today: LocalDate },
): Promise<{ name: string; until: LocalDate | null; wasOnLeave: boolean; focalPoint: boolean }> {
  if (!isAllowed(input.actor, permissions.member, null))
    throw new DomainError('leave.no_role', 'permission-no-role', { command: '/nghiphep', who: '' });
  let memberId = input.actor.memberId;
  let name = input.actor.displayName;
  let grants = input.actor.grants;
  if (input.targetUsername) {
    const target = await store.members.findByUsername(input.actor.user.platform, input.targetUsername);
    if (!target)
      throw new DomainError('member.unknown_username', 'member-unknown-username', { username: input.targetUsername.slice(0, 40) });
    if (target.memberId !== memberId && !isAdmin(input.actor)) throw new DomainError('leave.forbidden', 'leave-forbidden');
    memberId = target.memberId;
    name = target.displayName;
    grants = await store.members.grantsOf(memberId);
  }
  const until = input.until ? leaveUntil({ from: input.from ?? null, until: input.until }, input.today) : null;
  const wasOnLeave = await store.transaction(async (tx) => {
    const { before } = await tx.members.setLeave(memberId, until);
    // a leave that had ended already, or none: ending it changes nothing, and is not audited
    const onLeave = before !== null && before >= input.today;
    if (until === null && !onLeave) return false;
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'member.leave',
      entity: 'member',
      entityId: String(memberId),
      data: { until },
    });
    return onLeave;
  });
  // only a focal point's leave moves reminders (to the deputy); anyone else's is noted and moves none
  return { name, until, wasOnLeave, focalPoint: grants.some((grant) => grant.role === 'focal_point') };
}
