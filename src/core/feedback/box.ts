import { addDays, daysBetween, type LocalDate } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, type Permission } from '../members/policy.js';
import type { Store } from '../store.js';
import type { BoxOpening } from './feedback.js';
import { assertMayLog } from './intake.js';

export const MAX_LETTERS = 500;
/** How often a facility opens its box unless a cadence is set for it (Thông tư 25/2015/TT-BYT: at least weekly). */
export const DEFAULT_BOX_CADENCE_DAYS = 7;
export const MAX_CADENCE_DAYS = 366;

/**
 * Who sets how often the box is opened (/homthu lich): the unit's focal point and deputy, who keep its record
 * (/homthu is theirs and the handler's). Administrators set it for many units at once with the units import.
 */
export const boxScheduleEditors = {
  kind: 'roles',
  name: 'box-schedule',
  roles: ['focal_point', 'deputy'],
  scope: 'unit',
} as const satisfies Permission;

export interface BoxOpeningInput {
  actor: Actor;
  unitId: number;
  openedOn: LocalDate;
  letters: number;
  witnesses: string | null;
  today: LocalDate;
  /** the person confirmed that this is another opening on a day that already has one */
  anotherOnSameDay?: boolean;
}

/** Records an opening of the unit's complaint box; "0 thư" is a record too. A second one the same day must be confirmed. */
export async function recordBoxOpening(store: Store, input: BoxOpeningInput): Promise<BoxOpening> {
  await assertMayLog(store, input.actor, input.unitId);
  if (!Number.isInteger(input.letters) || input.letters < 0 || input.letters > MAX_LETTERS) {
    throw new DomainError('box.letters', 'box-letters-range', { max: MAX_LETTERS });
  }
  if (input.openedOn > input.today) throw new DomainError('box.future', 'box-future-date');
  if (!input.anotherOnSameDay) {
    const same = await store.feedback.boxOpeningsOn(input.unitId, input.openedOn);
    if (same.length > 0) throw new SameDayOpening(same);
  }
  const opening: BoxOpening = {
    unitId: input.unitId,
    openedOn: input.openedOn,
    letters: input.letters,
    witnesses: input.witnesses,
    recordedBy: input.actor.memberId,
  };
  await store.transaction(async (tx) => {
    await tx.feedback.recordBoxOpening(opening);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'box.open',
      entity: 'unit',
      entityId: String(input.unitId),
      data: { openedOn: input.openedOn, letters: input.letters },
    });
  });
  return opening;
}

/** The day already has an opening on record: the command asks whether this is another one. */
export class SameDayOpening extends Error {
  constructor(readonly existing: BoxOpening[]) {
    super('an opening is already recorded that day');
  }
}

/** Sets how often the unit opens its box, in days (0: it keeps none; null: the default for its kind). Audited. */
export async function setBoxCadence(store: Store, input: { actor: Actor; unitId: number; days: number | null }): Promise<void> {
  if (!isAllowed(input.actor, boxScheduleEditors, await store.units.ancestorIds(input.unitId))) {
    throw new DomainError('box.forbidden', 'box-cadence-forbidden');
  }
  if (input.days !== null && (!Number.isInteger(input.days) || input.days < 0 || input.days > MAX_CADENCE_DAYS)) {
    throw new DomainError('box.cadence', 'box-cadence-range', { max: MAX_CADENCE_DAYS });
  }
  const before = await store.feedback.boxCadence(input.unitId);
  await store.transaction(async (tx) => {
    await tx.feedback.setBoxCadence(input.unitId, input.days);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'box.cadence',
      entity: 'unit',
      entityId: String(input.unitId),
      data: { from: before, to: input.days },
    });
  });
}

const WITNESS_LABEL = /^(?:người\s+|nguoi\s+)?(?:chứng\s*kiến|chung\s*kien|ck)\s*[:\-–]?\s*/iu;

/** The witnesses as typed, without the label people put before them ("chứng kiến: A, B" → "A, B"). */
export function witnessesFrom(text: string): string | null {
  const cleaned = text.normalize('NFC').trim().replace(WITNESS_LABEL, '').trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** The day the box is next due to be opened; a box never opened is due at once. */
export const nextBoxOpening = (lastOpenedOn: LocalDate | null, cadenceDays: number, today: LocalDate): LocalDate =>
  lastOpenedOn ? addDays(lastOpenedOn, cadenceDays) : today;

/** Days past the date the box should have been opened (0 when it is not late). */
export const boxDaysLate = (lastOpenedOn: LocalDate | null, cadenceDays: number, today: LocalDate): number =>
  Math.max(0, daysBetween(nextBoxOpening(lastOpenedOn, cadenceDays, today), today));
