import { spawn } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegram, type RecordedCall } from '../support/fake-telegram.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { type BotProcess, errorsIn, sleep, startBotProcess } from './support/bot-process.js';
import { groupOf, LEADERS_GROUP, seedDepartment } from './support/department.js';

/**
 * Weekly digests on two replicas of `npm start` sharing one PostgreSQL database, one of them killed with
 * SIGKILL in the middle of the fan-out, counted where it matters: at the Bot API server.
 *
 * The process has no clock to pin, and none is needed: every chat's schedule is "Monday 00:00", so this
 * week's digest is due whenever the test runs. The replicas' own job runs every five minutes; rather than wait
 * for it, `cli digest` (the same runDigests) is started twice at once, as two replicas' timers firing together
 * would. The replicas' timers may fire during the test as well; they claim from the same table.
 *
 * Each replica talks to its own fake Bot API server (the same bot token): what Telegram received is the sum of
 * both, and the test knows which replica sent what. Replica A's server answers after 60 ms, about the round
 * trip to Telegram from Vietnam, and A is killed the moment one of its digests has arrived there: Telegram has
 * it, A never learns so. That message is the one a naive outbox sends again once A's lease runs out; here
 * it is "in doubt" (its request had gone out, no answer was recorded), not sent again, and the administrators
 * are told. What was claimed by A but not yet on its way is sent by the survivors once the lease runs out.
 *
 * The guarantee is therefore: exactly once for every message not on the wire at the instant of a crash; at
 * most once, and reported to the administrators, for the one or two that were. Only a kill in the
 * sub-millisecond between recording the attempt and writing the request could lose a digest (reported too).
 */

const UNIT_GROUPS = 300;
const CHATS = UNIT_GROUPS + 1; // and the leaders' group
const KILL_AFTER = 25; // digests replica A has delivered when it dies
const ADMIN = 900001;
// A crashed replica's claimed messages wait for its lease (two minutes by default); shorter here, as an
// operator may set it, so the test does not wait for nothing. Each claimed batch goes out in about 2 s.
const LEASE_SECONDS = 20;

let fakeA: FakeTelegram;
let fakeB: FakeTelegram;
let db: TestDatabase;
const bots: BotProcess[] = [];

beforeAll(async () => {
  fakeA = await new FakeTelegram({ latencyMs: 60 }).start();
  fakeB = await new FakeTelegram().start();
  db = await openTestDatabase();
  await seedDepartment(db.url!, { units: UNIT_GROUPS, tasksPerUnit: 3, leadersChat: true, digestDueNow: true });
});

afterAll(async () => {
  for (const bot of bots) await bot.kill();
  await fakeA?.stop();
  await fakeB?.stop();
  await db?.close();
});

const replica = async (fake: FakeTelegram) => {
  const bot = await startBotProcess({
    databaseUrl: db.url!,
    telegramApiRoot: fake.apiRoot,
    telegramToken: fake.token,
    env: { ADMIN_IDS: `telegram:${ADMIN}`, OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS) },
  });
  bots.push(bot);
  return bot;
};

function cliDigest(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli.ts'), 'digest'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', LOG_LEVEL: 'warn', DATABASE_URL: db.url! },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const isDigest = (call: RecordedCall) =>
  call.method === 'sendMessage' && !call.payload.__failed && String(call.payload.text).startsWith('Bản tin');
const digestsIn = (fake: FakeTelegram) => fake.calls.filter(isDigest);
const allDigests = () => [...digestsIn(fakeA), ...digestsIn(fakeB)];

function perChat(calls: RecordedCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(String(call.payload.chat_id), (counts.get(String(call.payload.chat_id)) ?? 0) + 1);
  return counts;
}

async function outboxState(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = (await sql`
      select count(*) filter (where key like 'digest:%')::int as digests,
             count(*) filter (where key like 'digest:%' and sent_at is not null)::int as sent,
             count(*) filter (where key like 'digest:%' and failed_at is not null)::int as failed,
             count(*) filter (where sent_at is null and failed_at is null)::int as pending,
             (select count(*)::int from digest_runs) as runs,
             (select count(distinct chat_ref)::int from digest_runs) as "runChats"
      from outbox`) as unknown as [{ digests: number; sent: number; failed: number; pending: number; runs: number; runChats: number }];
    return row;
  } finally {
    await sql.end();
  }
}

async function inDoubtChats(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<
      Array<{ chat: string }>
    >`select chat_ref as chat from outbox where key like 'digest:%' and last_error like 'in doubt%'`;
    return rows.map((row) => row.chat);
  } finally {
    await sql.end();
  }
}

describe.runIf(inject('testDatabase').driver === 'postgres')('weekly digests from two replicas, one killed mid fan-out', () => {
  it('reaches every chat exactly once, counted at the Bot API', async () => {
    const [a, b] = await Promise.all([replica(fakeA), replica(fakeB)]);
    await Promise.all([a.ready(), b.ready()]);

    // Watch A's server closely: the kill must land while A's latest digest is still unanswered.
    let killedAt = -1;
    const killWatch = (async () => {
      while (digestsIn(fakeA).length < KILL_AFTER) await sleep(1);
      killedAt = digestsIn(fakeA).length;
      await a.kill();
    })();

    const runs = await Promise.all([cliDigest(), cliDigest()]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const queued = runs.map((run) => Number(/Đã xếp (\d+) bản tin/.exec(run.output)?.[1] ?? 0));
    // the two runs raced for the same chats; each chat went to one of them (or to a replica's own timer)
    expect(queued.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(CHATS);

    await killWatch;
    expect(a.alive()).toBe(false);
    expect(digestsIn(fakeA).length).toBe(killedAt); // nothing from A after its death
    const atKill = allDigests().length;
    expect(atKill).toBeLessThan(CHATS);

    // A comes back (a crashed replica is restarted by its supervisor); B never stopped.
    const a2 = await replica(fakeA);
    await a2.ready();

    // What A had claimed is A's until its lease runs out, then B or the new A take it.
    const deadline = Date.now() + LEASE_SECONDS * 1000 + 80_000;
    for (;;) {
      const state = await outboxState(db.url!);
      if (state.digests === CHATS && state.pending === 0) break;
      if (Date.now() > deadline)
        throw new Error(`fan-out unfinished: ${JSON.stringify(state)}, ${allDigests().length} digests at the servers`);
      await sleep(500);
    }
    await sleep(2000); // anything still on its way to a server arrives now

    const counts = perChat(allDigests());
    const expected = [...Array.from({ length: UNIT_GROUPS }, (_, i) => String(groupOf(i + 1))), String(LEADERS_GROUP)];
    const twice = expected.filter((chat) => (counts.get(chat) ?? 0) > 1);
    const never = expected.filter((chat) => !counts.has(chat));
    expect(twice, 'chats that got their digest more than once').toEqual([]);
    expect(never, 'chats that got no digest').toEqual([]);
    expect([...counts.keys()].sort()).toEqual([...expected].sort());
    // one week, one digest: every text is this week's
    const weeks = new Set(allDigests().map((call) => /tuần (\d+\/\d{4})/.exec(String(call.payload.text))?.[1]));
    expect(weeks.size).toBe(1);
    const leaders = allDigests().find((call) => String(call.payload.chat_id) === String(LEADERS_GROUP));
    expect(String(leaders?.payload.text)).toMatch(/^Bản tin lãnh đạo tuần/);
    expect(String(allDigests().find((call) => String(call.payload.chat_id) === String(groupOf(7)))?.payload.text)).toMatch(
      /^Bản tin tuần \d+\/\d{4} — Đơn vị số 7\n/,
    );

    const state = await outboxState(db.url!);
    expect(state).toMatchObject({ digests: CHATS, runs: CHATS, runChats: CHATS, pending: 0 });
    // The kill caught A with a digest on the wire; that digest did arrive, and was given up rather than doubled.
    const inDoubt = await inDoubtChats(db.url!);
    expect(inDoubt.length).toBeGreaterThan(0);
    expect(inDoubt.length).toBeLessThanOrEqual(8); // A's outbox sends on 8 lanes at most
    expect(state.failed).toBe(inDoubt.length);
    const fromA = new Set(digestsIn(fakeA).map((call) => `telegram:${String(call.payload.chat_id)}`));
    for (const chat of inDoubt) expect(fromA.has(chat), chat).toBe(true);
    // and the administrator heard of each, in private
    const notices = [...fakeA.sentTo(ADMIN), ...fakeB.sentTo(ADMIN)];
    expect(notices.length).toBe(inDoubt.length);
    for (const chat of inDoubt) expect(notices.filter((text) => text.includes(chat)).length, chat).toBe(1);
    // both replicas took part before the kill, and the survivors finished after it
    expect(digestsIn(fakeB).length).toBeGreaterThan(0);
    expect(allDigests().length - atKill).toBeGreaterThan(0);

    for (const bot of [b, a2]) {
      expect(bot.alive()).toBe(true);
      expect(errorsIn(bot.logs())).toEqual([]);
      await bot.stop();
    }
    console.info(
      JSON.stringify({
        inDoubt,
        queuedByEachCli: queued,
        deliveredByAWhenKilled: killedAt,
        atKill,
        fromA: digestsIn(fakeA).length,
        fromB: digestsIn(fakeB).length,
        outbox: state,
      }),
    );
  }, 400_000);
});
