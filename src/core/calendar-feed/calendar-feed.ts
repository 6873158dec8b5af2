import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { ownView } from '../dashboard/view-scope.js';
import type { LocalDate } from '../dates/local-date.js';
import { effectiveDeadline } from '../deadlines/deadline.js';
import type { RoleGrant } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import { deadlineList } from '../plans/deadline-list.js';
import type { SecretTokens } from '../sign-in/sign-in.js';
import type { Store } from '../store.js';

/** How far ahead a phone's calendar is given deadlines. */
export const FEED_DAYS = 120;
/** At most this many deadlines in a feed (a Department-wide leader's 120 days stay a phone-sized file). */
export const FEED_LIMIT = 2000;
// A feed token is 43 base64url characters; anything else is not one (and is never looked up).
const TOKEN_SHAPE = /^[\w-]{20,100}$/;

/** The private feeds: one per member, by the hash of its token (src/db/schema/calendar-feeds.ts). */
export interface CalendarFeedsRepository {
  /** Creates the member's feed, or gives it a new token (the old address stops working). */
  replace(feed: { memberId: number; tokenHash: string; createdAt: Date }): Promise<void>;
  /** Turns the member's feed off; false when there was none. */
  remove(memberId: number): Promise<boolean>;
  /** the feed's owner and their language (null: the default) */
  ownerOf(tokenHash: string): Promise<{ memberId: number; locale: string | null } | null>;
  /** when the member's current feed was made, null without one */
  createdAtOf(memberId: number): Promise<Date | null>;
}

interface FeedOwner {
  memberId: number;
  grants: RoleGrant[];
}

/**
 * Gives the person a new private feed address (replacing any earlier one), audited. The token is returned once,
 * to be shown once; only its digest is stored. Anyone who may open the deadlines page may have one.
 */
export async function createFeed(
  store: Store,
  tokens: SecretTokens,
  input: { owner: FeedOwner; now: Date },
): Promise<{ ok: true; token: string; replaced: boolean } | { ok: false; reason: 'denied' }> {
  if (!isAllowed(input.owner, permissions.dashboard, null)) return { ok: false, reason: 'denied' };
  const token = tokens.random();
  return store.transaction(async (tx) => {
    const replaced = (await tx.calendarFeeds.createdAtOf(input.owner.memberId)) !== null;
    await tx.calendarFeeds.replace({ memberId: input.owner.memberId, tokenHash: tokens.digest(token), createdAt: input.now });
    await tx.audit.record({
      actorId: input.owner.memberId,
      action: replaced ? 'calendar_feed.replaced' : 'calendar_feed.created',
      entity: 'member',
      entityId: String(input.owner.memberId),
      data: { surface: 'web' },
    });
    return { ok: true as const, token, replaced };
  });
}

/** Turns the person's feed off (its address answers 404 from now on), audited; false when there was none. */
export async function revokeFeed(store: Store, input: { owner: Pick<FeedOwner, 'memberId'> }): Promise<boolean> {
  return store.transaction(async (tx) => {
    const removed = await tx.calendarFeeds.remove(input.owner.memberId);
    if (removed) {
      await tx.audit.record({
        actorId: input.owner.memberId,
        action: 'calendar_feed.revoked',
        entity: 'member',
        entityId: String(input.owner.memberId),
        data: { surface: 'web' },
      });
    }
    return removed;
  });
}

/** One deadline in a phone's calendar: an all-day event on the EFFECTIVE last day. */
export interface FeedEvent {
  occurrenceId: number;
  taskId: number;
  title: string;
  /** the unit's short name, else its name */
  unitName: string;
  planLabel: string;
  /** the day the rule gives, and the day it really ends on (the next working day when the stated one is off) */
  stated: LocalDate;
  effective: LocalDate;
}

/**
 * The deadlines a feed shows: the open occurrences due (effectively) in the next FEED_DAYS days in the units the
 * person may see on `/han-chot`, with their roles read now (a role removed in chat empties the feed: a person
 * with no role left gets null, as for an unknown token). Tasks only: never anything of a feedback case.
 */
export async function feedEvents(
  store: Store,
  tokens: SecretTokens,
  input: { token: string; today: LocalDate; calendar: WorkingCalendar },
): Promise<{ locale: string | null; events: FeedEvent[] } | null> {
  if (!TOKEN_SHAPE.test(input.token)) return null;
  const owner = await store.calendarFeeds.ownerOf(tokens.digest(input.token));
  if (!owner) return null;
  const grants = await store.members.grantsOf(owner.memberId);
  if (!isAllowed({ grants }, permissions.dashboard, null)) return null;
  const units = await store.units.list();
  const view = ownView(grants, units);
  const list = await deadlineList(store, {
    unitIds: view.wholeDepartment ? null : view.units.map((unit) => unit.id),
    window: { kind: 'upcoming', days: FEED_DAYS },
    today: input.today,
    calendar: input.calendar,
    limit: FEED_LIMIT,
  });
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const events = list.items.flatMap((task) => {
    if (!task.dueDate) return [];
    const deadline = effectiveDeadline(task.dueDate, input.calendar);
    return [
      {
        occurrenceId: task.occurrenceId,
        taskId: task.taskId,
        title: task.title,
        unitName: byId.get(task.unitId)?.shortName ?? task.unitName,
        planLabel: task.planLabel,
        stated: deadline.stated,
        effective: deadline.effective,
      },
    ];
  });
  return { locale: owner.locale, events };
}
