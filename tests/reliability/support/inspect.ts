import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { type App, createApp } from '../../../src/app.js';
import { BUTTON_CAPABILITIES } from '../../support/test-app.js';
import { parseConfig } from '../../../src/config.js';
import { systemClock } from '../../../src/core/clock.js';
import { createLogger } from '../../../src/logger.js';
import type { FakeTelegram, RecordedCall } from '../../support/fake-telegram.js';
import type { TestDatabase } from '../../support/test-db.js';
import { focalOf, groupOf, type ReportUpdate } from './department.js';

export interface StoredEffects {
  /** source_message_id → how many reports carry it */
  reportsBySource: Map<string, number>;
  /** reports per occurrence (each test update reports on its own (unit, task) pair) */
  reportsPerOccurrence: number[];
  reportCount: number;
  /** telegram update ids marked processed → how many marks */
  processed: Map<string, number>;
  /** report ids with a 'report.submit' audit entry → how many entries */
  auditedReports: Map<number, number>;
  reportIds: number[];
  /** source_message_id → report id */
  reportIdBySource: Map<string, number>;
}

/** Everything a report update writes, read back straight from the database. */
export async function storedEffects(url: string): Promise<StoredEffects> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const reports = await sql<Array<{ id: number; source: string | null; occurrence: number }>>`
      select id, source_message_id as source, occurrence_id as occurrence from reports`;
    const events = await sql<Array<{ id: string }>>`select event_id as id from processed_events where platform = 'telegram'`;
    const audit = await sql<
      Array<{ report: number }>
    >`select (data->>'reportId')::int as report from audit_log where action = 'report.submit'`;
    const count = <K>(keys: K[]) => keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<K, number>());
    return {
      reportsBySource: count(reports.map((r) => r.source ?? '')),
      reportsPerOccurrence: [...count(reports.map((r) => r.occurrence)).values()],
      reportCount: reports.length,
      processed: count(events.map((e) => e.id)),
      auditedReports: count(audit.map((a) => a.report)),
      reportIds: reports.map((r) => r.id),
      reportIdBySource: new Map(reports.map((r) => [r.source ?? '', r.id])),
    };
  } finally {
    await sql.end();
  }
}

/** sendMessage calls that answer this message in this chat (the bot threads its answer under the message it answers). */
export function repliesTo(calls: readonly RecordedCall[], update: Update): RecordedCall[] {
  const message = update.message!;
  return calls.filter(
    (call) =>
      call.method === 'sendMessage' &&
      !call.payload.__failed &&
      String(call.payload.chat_id) === String(message.chat.id) &&
      Number((call.payload.reply_parameters as { message_id?: number } | undefined)?.message_id) === message.message_id,
  );
}

/** Waits until the fake server has had no new call for `quietMs` (the bot's background replies are done). */
export async function waitForQuiet(fake: FakeTelegram, quietMs: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let seen = fake.calls.length;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`the bot kept calling Telegram for ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (fake.calls.length !== seen) {
      seen = fake.calls.length;
      since = Date.now();
    }
  }
}

/**
 * The real app on the test database, in this process: /nhiemvu through the same dispatcher and command the
 * bot runs, as the unit's focal point types it in the unit's group.
 */
export async function inProcessApp(db: TestDatabase): Promise<{ app: App; tasksOf(unit: number): Promise<string> }> {
  const parsed = parseConfig({ DATABASE_URL: db.url! });
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock: systemClock, database: db });
  let id = 0;
  return {
    app,
    async tasksOf(unit) {
      const result = await app.dispatcher.dispatch(
        {
          chat: `telegram:${groupOf(unit)}`,
          chatKind: 'group',
          chatTitle: null,
          sender: { platform: 'telegram', id: String(focalOf(unit)), displayName: `Đầu mối ${unit}`, username: `dm${unit}` },
          text: '/nhiemvu',
          messageId: `inspect-${++id}`,
          addressedToBot: true,
          receivedAt: new Date(),
        },
        { capabilities: BUTTON_CAPABILITIES, botUsername: 'troly_daumoi_bot' },
      );
      return result.reply?.text ?? '';
    },
  };
}

/** The line of /nhiemvu for one task shows its last report: "[NV12] … · báo cáo 23/11: 40%". */
export function shownPercent(tasksText: string, report: Pick<ReportUpdate, 'taskId'>): number | null {
  const block = tasksText.split(/\n(?=\d+\. \[NV)/).find((part) => part.includes(`[NV${report.taskId}]`));
  const match = block ? /báo cáo \d{2}\/\d{2}: (?:gặp khó khăn, )?(\d+)%/.exec(block) : null;
  return match ? Number(match[1]) : null;
}
