import { addDays, daysBetween, type LocalDate } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import type { Store } from '../store.js';
import type { BoxOpening } from './feedback.js';
import { assertMayLog } from './intake.js';

export const MAX_LETTERS = 500;

/** Records an opening of the unit's complaint box; "0 thư" is a record too. */
export async function recordBoxOpening(
  store: Store,
  input: { actor: Actor; unitId: number; openedOn: LocalDate; letters: number; witnesses: string | null; today: LocalDate },
): Promise<BoxOpening> {
  await assertMayLog(store, input.actor, input.unitId);
  if (!Number.isInteger(input.letters) || input.letters < 0 || input.letters > MAX_LETTERS) {
    throw new DomainError('box.letters', 'box-letters-range', { max: MAX_LETTERS });
  }
  if (input.openedOn > input.today) throw new DomainError('box.future', 'feedback-future-date');
  const opening: BoxOpening = { unitId: input.unitId, openedOn: input.openedOn, letters: input.letters, witnesses: input.witnesses, recordedBy: input.actor.memberId };
  await store.transaction(async (tx) => {
    await tx.feedback.recordBoxOpening(opening);
    await tx.audit.record({ actorId: input.actor.memberId, action: 'box.open', entity: 'unit', entityId: String(input.unitId), data: { openedOn: input.openedOn, letters: input.letters } });
  });
  return opening;
}

/** The day the box is next due to be opened; a box never opened is due at once. */
export const nextBoxOpening = (lastOpenedOn: LocalDate | null, cadenceDays: number, today: LocalDate): LocalDate =>
  lastOpenedOn ? addDays(lastOpenedOn, cadenceDays) : today;

/** Days past the date the box should have been opened (0 when it is not late). */
export const boxDaysLate = (lastOpenedOn: LocalDate | null, cadenceDays: number, today: LocalDate): number =>
  Math.max(0, daysBetween(nextBoxOpening(lastOpenedOn, cadenceDays, today), today));
