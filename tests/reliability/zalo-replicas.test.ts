import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { FakeZalo } from '../support/fake-zalo.js';
import type { TestDatabase } from '../support/test-db.js';
import { oaGroupText, oaUserText } from '../support/zalo-events.js';
import { OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

// Two replicas of the bot behind one Zalo OA webhook address, on one PostgreSQL database: Zalo's events land on
// either, are stored by whichever answered, and are processed once, by one of them, each chat's in the order
// they came (a person's steps through a flow, a unit's reports one after another).

const rows = async <T>(db: TestDatabase, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = await db.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
};

describe('two replicas on PostgreSQL share the Zalo events', () => {
  let a: ZaloHarness;
  let b: ZaloHarness;
  let fake: FakeZalo;
  beforeAll(async () => {
    fake = await new FakeZalo().start();
    a = await startZaloHarness({ fake, bot: false, runtime: { inbound: { worker: 'replica-a', sweepIntervalMs: 50 } } });
    if (!a.db.url) throw new Error('this test runs on PostgreSQL (npm run test:reliability)');
    // the second replica: its own process state and connections, the same database and the same Zalo
    const second = await openDatabase({ driver: 'postgres', url: a.db.url, maxConnections: 5 });
    const db: TestDatabase = {
      ...second,
      url: a.db.url,
      reset: a.db.reset,
      counts: a.db.counts,
      snapshot: a.db.snapshot,
      restore: a.db.restore,
    };
    b = await startZaloHarness({
      fake,
      db,
      seed: a.seed,
      prepared: true,
      bot: false,
      runtime: { inbound: { worker: 'replica-b', sweepIntervalMs: 50 } },
    });
  });
  afterAll(async () => {
    await b?.runtime.stop();
    await b?.app.close();
    await a?.stop();
    await fake?.stop();
  });

  it('processes each event once, by one replica or the other, each chat in arrival order', async () => {
    const people = Array.from({ length: 6 }, (_, i) => `80000000000000001${String(i).padStart(2, '0')}`);
    for (const [i, id] of people.entries()) fake.userNames.set(id, `Cán bộ ${i + 1}`);
    const groupBefore = fake.sentToGroup(OA_GROUP).length;
    const percents = Array.from({ length: 10 }, (_, i) => (i + 1) * 9);
    const groupEvents = percents.map((percent) =>
      oaGroupText(OA_GROUP, a.people.focal.id, `/baocao NV16 ${percent}% bước ${percent}`, { at: a.clock.now() }),
    );
    const privateEvents = people.map((id) => Array.from({ length: 5 }, () => oaUserText(id, '/start', { at: a.clock.now() })));
    const urls = [a.oaWebhookUrl, b.oaWebhookUrl];
    // Each chat's events one after another, as Zalo sends them (alternately to either replica); chats at once.
    const post = async (events: Array<Record<string, unknown>>, offset: number) => {
      for (const [i, event] of events.entries()) {
        const { status } = await fake.postOaEvent(urls[(i + offset) % 2]!, event);
        expect(status).toBe(200);
      }
    };
    await Promise.all([post(groupEvents, 0), ...privateEvents.map((events, i) => post(events, i))]);

    const all = [...groupEvents, ...privateEvents.flat()].map((event) => (event.message as { msg_id: string }).msg_id);
    for (const id of all) await a.processed('zalo-oa', id);

    // once each: one processed mark per event, one answer per event at Zalo
    const marks = await rows<{ n: number }>(
      a.db,
      sql`select count(*)::int as n from processed_events where platform = 'zalo-oa' and event_id in (${sql.join(
        all.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    expect(Number(marks[0]!.n)).toBe(all.length);
    expect(fake.sentToGroup(OA_GROUP).slice(groupBefore)).toHaveLength(groupEvents.length);
    for (const id of people) expect(fake.sentToUser(id)).toHaveLength(5);

    // in order: the unit's reports were stored in the order they were sent
    const reports = await rows<{ percent: number }>(a.db, sql`select percent from reports where text like 'bước %' order by id`);
    expect(reports.map((r) => Number(r.percent))).toEqual(percents);
    expect(
      fake
        .sentToGroup(OA_GROUP)
        .slice(groupBefore)
        .map((text) => /(\d+)%/.exec(text)?.[1]),
    ).toEqual(percents.map(String));

    // and no event ran twice (a replica that took one another was running would have doubled the work)
    expect(a.runtime.inbound.handled + b.runtime.inbound.handled).toBe(all.length);
    // shared: both replicas took events
    const workers = await rows<{ claimed_by: string; n: number }>(
      a.db,
      sql`select claimed_by, count(*)::int as n from zalo_inbound_events where platform = 'zalo-oa' group by claimed_by order by claimed_by`,
    );
    expect(workers.map((w) => w.claimed_by)).toEqual(['replica-a', 'replica-b']);
  });
});
