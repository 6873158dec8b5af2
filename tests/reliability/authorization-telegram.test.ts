import { sql } from 'drizzle-orm';
import type { Update, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { groupMessage, person, privateMessage } from '../support/telegram-updates.js';
import { changedTables, databaseState, type DatabaseState } from './support/auth-harness.js';
import { type Answer, type Fixtures, judge, PERSON, type Place, PLACES, ROLES, type Row, TABLE } from './support/authorization-table.js';
import { type GuardedTelegram, startGuardedTelegram } from './support/guarded-telegram.js';
import { repliesTo } from './support/inspect.js';

/*
 * Issue 9, part 4, on another platform: a slice of the authorization table (support/authorization-table.ts,
 * the same rows and the same expected answers as the console run) played through the Telegram webhook against
 * the fake Bot API, as people type it there: commands in groups, a question that mentions the bot, group talk
 * the bot sees because it is an administrator of the group. The reading rows are played whole; the writing
 * rows only where they must be refused (an allowed write cannot be rolled back over HTTP, and the console run
 * checks those). Every refusal and silence must leave every table's content as it was, and the app runs on the
 * transaction guard: a root-database call inside a message's transaction fails the run.
 */

const AT = '2026-11-23T09:00:00+07:00';
const GROUP: Record<Exclude<Place, 'private'>, number> = { own: -1001000000101, other: -1001000000102, unbound: -1001000000103 };
const TELEGRAM_ID: Record<string, number> = {
  'quan-tri': 7001,
  'lanh-dao-so': 7002,
  'lanh-dao-bvdk': 7003,
  'dau-moi': 7004,
  'pho-dau-moi': 7005,
  'xu-ly-pa': 7006,
  'nhan-vien': 7007,
  'nguoi-la': 7008,
  'dau-moi-cdc': 7009,
};

const READING = ['/nhiemvu', '/hanchot', '/phananh xem <mã>', '/phananh ds', '/tracuu', 'free text addressed to the bot', 'group chatter'];
const WRITING = [
  '/baocao',
  '/baocao rut',
  '/xuly',
  '/dangky',
  '/phanquyen <vai trò> @tên',
  '/lich <thứ> <giờ>',
  '/phananh lienhe <mã>',
  '/phananh <mã> muc',
  '/ngaynghi thêm',
  '/nhapkehoach',
];

let h: GuardedTelegram;
let fixtures: Fixtures;
let baseline: DatabaseState;
const people = new Map<string, User>();
let nextUpdate = 800_000;

const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** What a person would send in this place: in a group a question must mention the bot to reach it. */
function updateFor(user: string, place: Place, text: string, mention: boolean): Update {
  const from = people.get(user)!;
  nextUpdate += 1;
  if (place === 'private') return privateMessage(nextUpdate, from, text);
  return groupMessage(nextUpdate, GROUP[place], from, mention ? `@${h.fake.bot.username} ${text}` : text);
}

/** Posts an update to the webhook; the answer threaded under it (null: none came), and how many messages went anywhere else. */
async function send(update: Update, waitForAnswer: boolean): Promise<Answer | null> {
  const before = h.fake.callsOf('sendMessage').length;
  expect(await h.fake.deliver(update)).toBe(200);
  const answers = () => repliesTo(h.fake.callsOf('sendMessage'), update);
  if (waitForAnswer) await h.fake.waitFor(() => answers().length > 0, 10_000).catch(() => {});
  // replies are sent after the 200: a moment for any other message (or a late second one) to show
  await new Promise((resolve) => setTimeout(resolve, waitForAnswer ? 30 : 300));
  const replies = answers();
  if (replies.length === 0) return null;
  return {
    text: replies.map((call) => unescapeHtml(String(call.payload.text))).join('\n'),
    files: [],
    notices: h.fake.callsOf('sendMessage').length - before - replies.length,
  };
}

async function say(user: string, place: Place, text: string, expected: RegExp): Promise<string> {
  const answer = await send(updateFor(user, place, text, false), true);
  if (!answer || !expected.test(answer.text)) throw new Error(`set-up "${text}" by ${user}: ${answer?.text}`);
  return answer.text;
}

describe.runIf(inject('testDatabase').driver === 'postgres')('authorization over Telegram (a slice of the table)', () => {
  beforeAll(async () => {
    const clock = fixedClock(AT);
    h = await startGuardedTelegram({
      clock,
      // one person types many commands in a row here: the flood limit and the group pace are not under test
      env: { FLOOD_LIMIT: '0' },
      groupMessagesPerMinute: 100_000,
      afterStart: async (app) => {
        await loadDemo(app.store, { clock, timezone: 'Asia/Ho_Chi_Minh' });
        // the demo people, each with a Telegram account too
        for (const [user, id] of Object.entries(TELEGRAM_ID)) {
          if (user === PERSON.none) continue;
          await app.database.db.execute(sql`
            insert into identities (member_id, platform, external_id, username, display_name)
            select member_id, 'telegram', ${String(id)}, ${user.replaceAll('-', '_')}, display_name from identities
            where platform = 'console' and external_id = ${user}`);
        }
        const unit = async (code: string) => (await app.store.units.findByCode(code))!.id;
        await app.store.chats.bindToUnit(
          { ref: `telegram:${GROUP.own}`, platform: 'telegram', kind: 'group', title: 'Nhóm BVĐK tỉnh' },
          await unit('BVDK'),
        );
        await app.store.chats.bindToUnit(
          { ref: `telegram:${GROUP.other}`, platform: 'telegram', kind: 'group', title: 'Nhóm CDC tỉnh' },
          await unit('CDC'),
        );
      },
    });
    const names: Record<string, string> = {};
    for (const [user, id] of Object.entries(TELEGRAM_ID)) {
      const known = await h.app.store.members.findByExternalId('console', user);
      names[user] = known?.displayName ?? 'Người lạ';
      people.set(user, person(id, names[user], user.replaceAll('-', '_')));
    }
    // The bot is an administrator of the three groups, so Telegram hands it all their talk, not only commands.
    for (const group of Object.values(GROUP)) h.fake.adminIn.add(group);

    // Everyone has written once in each place (meeting a person, or a chat, is the one write a first message makes).
    for (const role of ROLES) for (const place of PLACES) await say(PERSON[role], place, '/start', /^Xin chào/);

    const units = await Promise.all(['BVDK', 'CDC'].map(async (code) => (await h.app.store.units.findByCode(code))!.id));
    const yearly = (await h.app.store.plans.openOccurrences({ unitIds: units })).filter(
      (o) => o.title === 'Báo cáo tổng kết năm thực hiện kế hoạch',
    );
    const task = `NV${yearly[0]!.taskId}`;
    const ticketOf = async (user: string, place: Place) =>
      /Đã ghi sổ phản ánh (\S+)\./.exec(
        await say(user, place, '/phananh hòm thư Nhân viên bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định', /^Đã ghi sổ phản ánh /),
      )![1]!;
    const ticket = await ticketOf('dau-moi', 'own');
    const cdcTicket = await ticketOf('dau-moi-cdc', 'other');
    await say('dau-moi', 'private', `/phananh lienhe ${ticket} Nguyễn Văn Khách 0912345678`, /^Đã lưu riêng/);
    await say('dau-moi-cdc', 'private', `/phananh lienhe ${cdcTicket} Lò Thị Khách 0987654321`, /^Đã lưu riêng/);
    await say('dau-moi', 'own', `/baocao ${task} 60% Đang tổng hợp số liệu`, /^Đã ghi nhận báo cáo/);
    fixtures = { task, ticket, cdcTicket, contactPhone: '0912345678', cdcContactPhone: '0987654321', followed: '-', dayOff: '-', names };
    baseline = await databaseState(h.db.db);
  }, 240_000);
  afterAll(() => h?.stop());

  const rows = (names: readonly string[]) => names.map((name) => TABLE.find((row) => row.name === name)!);

  async function play(row: Row, refusalsOnly: boolean): Promise<string[]> {
    const wrong: string[] = [];
    for (const role of ROLES) {
      for (const [index, place] of PLACES.entries()) {
        const expected = row.cells[role][index]!;
        if (refusalsOnly && expected === 'A') continue;
        const cell = `${row.name} × ${role} × ${place}: expected ${expected}`;
        const text = row.say(fixtures);
        const mention = place !== 'private' && row.addressed !== false && !text.startsWith('/');
        const answer = await send(updateFor(PERSON[role], place, text, mention), expected !== 'S');
        const problem = judge(row, role, place, fixtures, answer);
        if (problem) wrong.push(`${cell}, ${problem}`);
        // Nothing changes but the update's own mark in processed_events (the platform's dedupe, not an effect).
        const after = await databaseState(h.db.db);
        const changed = changedTables(baseline, after).filter((table) => table !== 'processed_events');
        const marks = after.counts.processed_events! - baseline.counts.processed_events!;
        if (expected !== 'A' && (changed.length > 0 || marks > 1)) {
          wrong.push(
            `${cell}, the ${expected === 'S' ? 'silence' : 'refusal'} changed ${[...changed, `${marks} processed marks`].join(', ')}`,
          );
        }
        baseline = after;
      }
    }
    return wrong;
  }

  it('has the rows it plays', () => {
    expect(rows([...READING, ...WRITING]).every(Boolean)).toBe(true);
  });

  for (const name of READING) {
    it(`${name}: every cell`, async () => {
      expect(await play(rows([name])[0]!, false)).toEqual([]);
    });
  }

  for (const name of WRITING) {
    it(`${name}: every refusal`, async () => {
      expect(await play(rows([name])[0]!, true)).toEqual([]);
    });
  }

  it('used no root-database call inside a message transaction', () => {
    expect(h.guard.violations).toEqual([]);
    expect(h.guard.transactions()).toBeGreaterThan(500);
  });
});
