import type { ChatRecord } from '../core/chats/chat.js';
import type { CalendarSource } from '../core/calendar/calendar-source.js';
import { localDateOf } from '../core/dates/local-date.js';
import { leaderDigestData, unitDigestData } from '../core/digest/build-digests.js';
import { digestPeriod, isDigestDue } from '../core/digest/schedule.js';
import type { Platform } from '../core/members/member.js';
import type { Services } from '../core/services.js';
import type { Store } from '../core/store.js';
import type { GeneratedFile } from '../chat/messages.js';
import { leaderDigestText, unitDigestText } from '../chat/format/digest-text.js';
import type { I18n, Locale } from '../i18n/i18n.js';

export interface DigestMessage {
  chat: string;
  kind: 'unit' | 'leader';
  /** the unit's code for a unit digest, null for the leaders' */
  unit: string | null;
  text: string;
  files: GeneratedFile[];
}

export interface DigestDeps {
  store: Store;
  i18n: I18n;
  calendar: CalendarSource;
  timezone: string;
  /** draws the leaders' chart, when a renderer is available */
  chart?: Services['leaderChart'];
}

export interface DigestOptions {
  /** only this unit's chats */
  unitCode?: string | null;
  /** every target, whether or not its schedule has come (a preview, or /tonghop) */
  ignoreSchedule?: boolean;
  /** show what would go out, change nothing */
  dryRun?: boolean;
}

/** Builds the digests due at `at` for the chats that have not had this week's yet. */
export async function buildDigests(
  deps: DigestDeps,
  at: Date,
  options: DigestOptions = {},
): Promise<{ period: string; messages: DigestMessage[] }> {
  const { store, i18n, timezone } = deps;
  const today = localDateOf(at, timezone);
  const period = digestPeriod(today);
  const unit = options.unitCode ? await store.units.findByCode(options.unitCode) : null;
  if (options.unitCode && !unit) return { period, messages: [] };
  const done = options.ignoreSchedule ? new Set<string>() : await store.digests.ranFor(period);
  const targets = (await store.digests.targets()).filter(
    (chat) =>
      !done.has(chat.ref) &&
      (options.ignoreSchedule || isDigestDue(chat, at, chat.timezone ?? timezone)) &&
      (!unit || (chat.unitId === unit.id && !chat.isLeadersChat)),
  );
  if (targets.length === 0) return { period, messages: [] };
  const calendar = await deps.calendar.current();
  const unitChats = targets.filter((chat) => !chat.isLeadersChat);
  const leaderChats = targets.filter((chat) => chat.isLeadersChat);
  const [perUnit, leaders, units] = await Promise.all([
    unitDigestData(store, unitChats, today, timezone, calendar),
    leaderChats.length > 0 ? leaderDigestData(store, today, timezone, calendar) : Promise.resolve(null),
    store.units.list(),
  ]);
  // One chart per language the leaders' chats read, drawn once however many such chats there are.
  const charts = new Map<string, Promise<GeneratedFile | null>>();
  const chartFor = (locale: Locale) => {
    if (!deps.chart) return Promise.resolve(null);
    let chart = charts.get(locale);
    if (!chart) {
      chart = deps.chart({ store, at, timezone, t: i18n.translator(locale), calendar });
      charts.set(locale, chart);
    }
    return chart;
  };
  const codes = new Map(units.map((u) => [u.id, u.code]));
  const contextFor = (chat: ChatRecord) => {
    const locale = i18n.resolve(chat.locale);
    return { t: i18n.translator(locale), today, calendar, platform: chat.platform as Platform, locale };
  };
  const messages: DigestMessage[] = [];
  for (const chat of unitChats) {
    const data = chat.unitId !== null ? perUnit.get(chat.unitId) : undefined;
    if (!data) continue;
    messages.push({
      chat: chat.ref,
      kind: 'unit',
      unit: codes.get(data.unitId) ?? null,
      text: unitDigestText(contextFor(chat), data),
      files: [],
    });
  }
  for (const chat of leaderChats) {
    if (!leaders) continue;
    const chart = await chartFor(i18n.resolve(chat.locale));
    messages.push({
      chat: chat.ref,
      kind: 'leader',
      unit: null,
      text: leaderDigestText(contextFor(chat), leaders),
      files: chart ? [chart] : [],
    });
  }
  return { period, messages };
}

/**
 * The Monday job. A chat's digest for a week is claimed in digest_runs and queued in the outbox in one
 * transaction: two replicas, or a restart in the middle, still give each chat one digest a week.
 */
export async function runDigests(deps: DigestDeps, at: Date, options: DigestOptions = {}): Promise<DigestMessage[]> {
  const { period, messages } = await buildDigests(deps, at, options);
  if (options.dryRun || messages.length === 0) return messages;
  return deps.store.transaction(async (tx) => {
    const claimed = new Set(
      await tx.digests.claimRuns(
        messages.map((m) => m.chat),
        period,
      ),
    );
    const mine = messages.filter((m) => claimed.has(m.chat));
    await tx.outbox.enqueue(mine.map((m) => ({ key: `digest:${m.chat}:${period}`, chat: m.chat, text: m.text, files: m.files })));
    return mine;
  });
}
