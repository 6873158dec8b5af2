import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../src/chat/dispatcher.js';
import { allCommands } from '../../src/commands/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { changedTables, databaseState, type DatabaseState, dispatchAs, type Sender } from './support/auth-harness.js';
import {
  type Answer,
  APOLOGY,
  BVDK,
  CDC,
  type Fixtures,
  judge,
  NOT_HERE,
  PERSON,
  type Place,
  PLACES,
  type RoleName,
  ROLES,
  TABLE,
} from './support/authorization-table.js';

/*
 * Issue 9, part 4, on the console adapter: the whole table of support/authorization-table.ts (every command
 * and each of its forms × every role × four places), then the edges of the unit tree and people holding
 * several roles. Allowed cells run in a transaction that is rolled back, so that every cell sees the same
 * demo database; refusals and silences run for real and the whole database (row counts and the content of
 * every row) must be what it was before. authorization-telegram.test.ts plays a slice of the same table over
 * Telegram's webhook.
 */

const AT = '2026-11-23T09:00:00+07:00';
const UNBOUND_GROUP = 'console:nhom-chua-gan';

function chatOf(place: Place, user: string): Pick<Sender, 'chat' | 'kind'> {
  if (place === 'own') return { chat: 'console:nhom-bvdk', kind: 'group' };
  if (place === 'other') return { chat: 'console:nhom-cdc', kind: 'group' };
  if (place === 'unbound') return { chat: UNBOUND_GROUP, kind: 'group' };
  return { chat: `console:dm-${user}`, kind: 'private' };
}

let t: TestApp;
let fixtures: Fixtures;
let baseline: DatabaseState;
const names: Record<string, string> = {};

const senderOf = (user: string, place: Place): Sender => ({ user, displayName: names[user] ?? user, ...chatOf(place, user) });
const sender = (role: RoleName, place: Place) => senderOf(PERSON[role], place);
const answerOf = (result: DispatchResult): Answer => ({
  text: result.reply?.text ?? '',
  files: (result.reply?.files ?? []).map((file) => file.name),
  notices: result.notices.length,
});

/** Sends for real (not rolled back) and insists that it worked: the fixtures every cell relies on. */
async function setUp(user: string, place: Place, text: string, expected: RegExp): Promise<string> {
  const reply = (await dispatchAs(t, senderOf(user, place), text, { rollback: false })).reply?.text ?? '';
  if (!expected.test(reply)) throw new Error(`set-up "${text}" by ${user}: ${reply}`);
  return reply;
}

// Someone holding two roles in two units: the focal point of CDC who also leads BVĐK.
const TWO_ROLES = { user: 'hai-vai', name: 'Đinh Văn Hai' };

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  // The newcomer has written once before ("/start"): meeting someone is the one write a first message makes.
  await dispatchAs(t, senderOf(PERSON.none, 'private'), '/start', { rollback: false });
  for (const user of [...Object.values(PERSON), 'dau-moi-cdc', 'lanh-dao-tamduong', 'dau-moi-tamduong', 'dau-moi-binhlu']) {
    const known = await t.app.store.members.findByExternalId('console', user);
    names[user] = known?.displayName ?? user;
  }
  const units = Object.fromEntries(
    await Promise.all(['BVDK', 'CDC'].map(async (code) => [code, (await t.app.store.units.findByCode(code))!.id] as const)),
  );
  const two = await t.app.store.members.resolveActor(
    { platform: 'console', id: TWO_ROLES.user, displayName: TWO_ROLES.name, username: TWO_ROLES.user },
    t.clock.now(),
  );
  await t.app.store.members.grant(two.memberId, { role: 'focal_point', unitId: units.CDC! }, null);
  await t.app.store.members.grant(two.memberId, { role: 'unit_leader', unitId: units.BVDK! }, null);
  names[TWO_ROLES.user] = TWO_ROLES.name;

  const open = await t.app.store.plans.openOccurrences({ unitIds: [units.BVDK!, units.CDC!] });
  const yearly = open.filter((o) => o.title === 'Báo cáo tổng kết năm thực hiện kế hoạch');
  expect(yearly.map((o) => o.unitName).sort()).toEqual([BVDK, CDC].sort());
  const task = `NV${yearly[0]!.taskId}`;
  // a leader's request for an explanation waiting on BVĐK's yearly report, for /giaitrinh to answer
  await t.app.store.explanations.open({
    occurrenceId: yearly.find((o) => o.unitName === BVDK)!.occurrenceId,
    requestedBy: (await t.app.store.members.findByExternalId('console', 'lanh-dao-so'))!.memberId,
    requestedAt: t.clock.now(),
  });

  const ticketOf = async (user: string, place: Place) => {
    const reply = await setUp(
      user,
      place,
      '/phananh hòm thư Nhân viên bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định',
      /^Đã ghi sổ phản ánh /,
    );
    return /Đã ghi sổ phản ánh (\S+)\./.exec(reply)![1]!;
  };
  const ticket = await ticketOf('dau-moi', 'own');
  const cdcTicket = await ticketOf('dau-moi-cdc', 'other');
  const contactPhone = '0912345678';
  const cdcContactPhone = '0987654321';
  await setUp('dau-moi', 'private', `/phananh lienhe ${ticket} Nguyễn Văn Khách ${contactPhone}`, /^Đã lưu riêng thông tin liên hệ/);
  await setUp('dau-moi-cdc', 'private', `/phananh lienhe ${cdcTicket} Lò Thị Khách ${cdcContactPhone}`, /^Đã lưu riêng thông tin liên hệ/);
  // a report minutes ago by the focal point and by the deputy, for /baocao rut and /baocao sua to act on
  await setUp('dau-moi', 'own', `/baocao ${task} 60% Đang tổng hợp số liệu`, /^Đã ghi nhận báo cáo/);
  await setUp('pho-dau-moi', 'own', `/baocao ${task} 70% Đã tổng hợp xong số liệu khoa`, /^Đã ghi nhận báo cáo/);
  // documents the groups follow, for /theodoi bỏ; an announced day off, for /ngaynghi xóa
  const followed = '25/2015/TT-BYT';
  await setUp('quan-tri', 'own', `/theodoi ${followed}`, /^Đã theo dõi /);
  await setUp('quan-tri', 'other', `/theodoi ${followed}`, /^Đã theo dõi /);
  const dayOff = '31/12/2026';
  await setUp('quan-tri', 'private', `/ngaynghi thêm ${dayOff} Nghỉ cuối năm`, /^Đã ghi 31\/12\/2026/);

  // Everyone has written to the bot privately once: the first private message of the day notes that the bot may
  // write back (the dashboard's health page lists who never did), so it must come before the baseline.
  for (const user of Object.keys(names)) await setUp(user, 'private', '/huy', /^Không có thao tác nào/);
  fixtures = { task, ticket, cdcTicket, contactPhone, cdcContactPhone, followed, dayOff, names };
  baseline = await databaseState(t);
});
afterAll(() => t?.close());

describe('authorization matrix', () => {
  it('has a row for every registered command, and says what each allowed cell must do', () => {
    expect(t.app.registry.commands).toBe(allCommands);
    const rows = new Set(TABLE.map((row) => row.command));
    // a new command without a row fails here
    expect(allCommands.map((command) => command.name).filter((name) => !rows.has(name))).toEqual([]);
    // and no row for a command that is gone: its cells would test nothing
    expect([...rows].filter((name) => !allCommands.some((command) => command.name === name))).toEqual([]);
    expect(new Set(TABLE.map((row) => row.name)).size).toBe(TABLE.length);
    for (const row of TABLE) {
      for (const role of ROLES) expect(row.cells[role], `${row.name} × ${role}`).toMatch(/^[ADNS]{4}$/);
      if (ROLES.some((role) => row.cells[role].includes('A')))
        expect(row.done, `${row.name}: what must an allowed run answer?`).toBeDefined();
    }
  });

  for (const row of TABLE) {
    it(row.name, async () => {
      const wrong: string[] = [];
      for (const role of ROLES) {
        for (const [index, place] of PLACES.entries()) {
          const expected = row.cells[role][index]!;
          const cell = `${row.name} × ${role} × ${place}: expected ${expected}`;
          const addressed = place === 'private' || row.addressed !== false;
          const result = await dispatchAs(t, sender(role, place), row.say(fixtures), { rollback: expected === 'A', addressed });
          if (result.failed) {
            wrong.push(`${cell}, got an apology`);
            continue;
          }
          const problem = judge(row, role, place, fixtures, answerOf(result));
          if (problem) wrong.push(`${cell}, ${problem}`);
          if (expected === 'A') continue;
          const after = await databaseState(t);
          const changed = changedTables(baseline, after);
          if (changed.length > 0) {
            wrong.push(`${cell}, the ${expected === 'S' ? 'silence' : 'refusal'} changed ${changed.join(', ')}`);
            baseline = after;
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

/*
 * The unit tree and the edges of the matrix: a role held in a unit holds in the units below it (a health
 * centre's leader and its commune stations) but not above it nor beside it; reporting is for one's own unit
 * only; a private chat narrows to what the person holds; the leaders' group belongs to the Department; a
 * person holding two roles in two units holds each where it applies and nowhere else.
 */
interface Edge {
  who: string;
  chat: string;
  kind?: 'group' | 'private';
  say: (f: Fixtures) => string;
  /** 'A' with what the answer must start with (or contain), or the start of the refusal */
  expect: 'A' | string;
  answer?: RegExp;
  /** words an allowed answer must not contain (a complainant's contact) */
  lacks?: (f: Fixtures) => string;
}

const hai = (chat: string, say: (f: Fixtures) => string, expected: 'A' | string, more: Partial<Edge> = {}): Edge => ({
  who: TWO_ROLES.user,
  chat,
  kind: chat.startsWith('console:dm-') ? 'private' : 'group',
  say,
  expect: expected,
  ...more,
});

// (Bình Lư has no open task of its own: the answer names it either way)
const BINH_LU_TASKS = /^(Nhiệm vụ đang mở của Trạm Y tế xã Bình Lư|Trạm Y tế xã Bình Lư không có nhiệm vụ nào đang mở)/;

const EDGES: readonly Edge[] = [
  // Tam Đường's leader and focal point in the group of Bình Lư, a commune station under Tam Đường
  { who: 'lanh-dao-tamduong', chat: 'console:nhom-tyt-binhlu', say: () => '/nhiemvu', expect: 'A', answer: BINH_LU_TASKS },
  { who: 'lanh-dao-tamduong', chat: 'console:nhom-tyt-binhlu', say: () => '/lich thứ 6 16:00', expect: 'A', answer: /^Đã lưu\./ },
  {
    who: 'dau-moi-tamduong',
    chat: 'console:nhom-tyt-binhlu',
    say: () => '/homthu 1 Lò Văn Sáng',
    expect: 'A',
    answer: /^Đã ghi biên bản mở hòm thư/,
  },
  {
    who: 'dau-moi-tamduong',
    chat: 'console:nhom-tyt-binhlu',
    say: (f) => `/baocao ${f.task} 100% Đã gửi báo cáo`,
    expect: 'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao.',
  },
  // Bình Lư's focal point in Tam Đường's group: a role does not hold upwards
  {
    who: 'dau-moi-binhlu',
    chat: 'console:nhom-ttyt-td',
    say: () => '/nhiemvu',
    expect: 'Lệnh /nhiemvu dành cho cán bộ của Trung tâm Y tế Tam Đường. Bạn chưa có vai trò trong đơn vị này;',
  },
  {
    who: 'dau-moi-binhlu',
    chat: 'console:nhom-ttyt-td',
    say: () => '/homthu 1',
    expect: 'Lệnh /homthu dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị.',
  },
  // CDC's focal point in BVĐK's group: nor sideways
  {
    who: 'dau-moi-cdc',
    chat: 'console:nhom-bvdk',
    say: (f) => `/baocao ${f.task} 100% Đã gửi báo cáo`,
    expect: 'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao.',
  },
  // The leaders' group is bound to the Sở: a unit's leader holds nothing there, a Department leader does
  {
    who: 'lanh-dao-bvdk',
    chat: 'console:nhom-lanh-dao-so',
    say: () => '/lich thứ 2 7:30',
    expect: 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.',
  },
  {
    who: 'dau-moi',
    chat: 'console:nhom-lanh-dao-so',
    say: () => '/nhiemvu',
    expect: 'Lệnh /nhiemvu dành cho cán bộ của Sở Y tế tỉnh Lai Châu.',
  },
  { who: 'lanh-dao-so', chat: 'console:nhom-lanh-dao-so', say: () => '/lich thứ 2 7:30', expect: 'A', answer: /^Đã lưu\./ },
  // A private chat passes the dispatcher's check for anyone with a role somewhere; the command narrows
  {
    who: 'lanh-dao-so',
    chat: 'console:dm-lanh-dao-so',
    kind: 'private',
    say: () => '/nhiemvu CDC',
    expect: 'A',
    answer: new RegExp(`^Nhiệm vụ đang mở của ${CDC}`),
  },
  {
    who: 'lanh-dao-tamduong',
    chat: 'console:dm-lanh-dao-tamduong',
    kind: 'private',
    say: () => '/nhiemvu TYT-BINHLU',
    expect: 'A',
    answer: BINH_LU_TASKS,
  },
  {
    who: 'dau-moi',
    chat: 'console:dm-dau-moi',
    kind: 'private',
    say: () => '/nhiemvu CDC',
    expect: 'Bạn không có vai trò ở Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu nên không xem được nhiệm vụ của đơn vị này.',
  },
  {
    who: 'xu-ly-pa',
    chat: 'console:dm-xu-ly-pa',
    kind: 'private',
    say: (f) => `/xuly ${f.cdcTicket} đã xử lý Đã liên hệ người phản ánh`,
    expect: 'Chỉ cán bộ xử lý phản ánh của đơn vị mới ghi kết quả xử lý',
  },
  {
    who: 'xu-ly-pa',
    chat: 'console:dm-xu-ly-pa',
    kind: 'private',
    say: (f) => `/phananh xem ${f.cdcTicket}`,
    expect: 'Bạn không có vai trò ở đơn vị của phản ánh',
  },
  {
    who: 'xu-ly-pa',
    chat: 'console:dm-xu-ly-pa',
    kind: 'private',
    say: (f) => `/phananh ${f.cdcTicket} muc khẩn`,
    expect: `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${CDC}`,
  },
  {
    who: 'lanh-dao-tamduong',
    chat: 'console:dm-lanh-dao-tamduong',
    kind: 'private',
    say: () => '/nhiemvu BVDK',
    expect: 'Bạn không có vai trò ở Bệnh viện Đa khoa tỉnh Lai Châu',
  },

  // Two roles: focal point of CDC and leader of BVĐK. Each role holds in its own unit, and only there.
  hai('console:nhom-cdc', (f) => `/baocao ${f.task} 100% Đã gửi báo cáo tổng kết`, 'A', { answer: /^Đã ghi nhận báo cáo của CDC tỉnh/ }),
  hai(
    'console:nhom-bvdk',
    (f) => `/baocao ${f.task} 100% Đã gửi báo cáo tổng kết`,
    'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao.',
  ),
  hai('console:nhom-bvdk', () => '/lich thứ 6 16:00', 'A', { answer: /^Đã lưu\./ }),
  hai('console:nhom-cdc', () => '/lich thứ 6 16:00', 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.'),
  hai('console:nhom-cdc', () => '/homthu 1 Lò Văn Sáng', 'A', { answer: /^Đã ghi biên bản mở hòm thư/ }),
  hai(
    'console:nhom-bvdk',
    () => '/homthu 1 Lò Văn Sáng',
    'Lệnh /homthu dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị.',
  ),
  hai('console:nhom-bvdk', () => '/nhiemvu', 'A', { answer: new RegExp(`^Nhiệm vụ đang mở của ${BVDK}`) }),
  hai('console:nhom-cdc', () => '/nhiemvu', 'A', { answer: new RegExp(`^Nhiệm vụ đang mở của ${CDC}`) }),
  hai(
    'console:nhom-bvdk',
    () => '/phananh hòm thư Phòng chờ khoa Nội thiếu ghế ngồi cho người nhà',
    `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${BVDK}`,
  ),
  // in private: the contact of a BVĐK case (she leads BVĐK), not of a CDC case (there she keeps the book, she does not read contacts)
  hai('console:dm-hai-vai', (f) => `/phananh xem ${f.ticket}`, 'A', { answer: /0912345678/ }),
  hai('console:dm-hai-vai', (f) => `/phananh xem ${f.cdcTicket}`, 'A', { answer: /PA-\d{4}-\d+/, lacks: (f) => f.cdcContactPhone }),
  // and the CDC log book is hers in private (her one intake role), not BVĐK's
  hai('console:dm-hai-vai', (f) => `/phananh ${f.cdcTicket} muc khẩn`, 'A', { answer: /^Đã sửa PA-\d{4}-\d+: .*khẩn cấp/ }),
  hai(
    'console:dm-hai-vai',
    (f) => `/phananh ${f.ticket} muc khẩn`,
    `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${BVDK}`,
  ),
];

async function runEdges(edges: readonly Edge[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const edge of edges) {
    const person = {
      user: edge.who,
      displayName: names[edge.who] ?? (await t.app.store.members.findByExternalId('console', edge.who))!.displayName,
    };
    const result = await dispatchAs(t, { ...person, chat: edge.chat, kind: edge.kind ?? 'group' }, edge.say(fixtures), {
      rollback: edge.expect === 'A',
    });
    const reply = result.reply?.text ?? '';
    const cell = `${edge.who} in ${edge.chat}: ${edge.say(fixtures)}`;
    if (result.failed || APOLOGY.test(reply)) wrong.push(`${cell}: apology`);
    else if (edge.expect === 'A') {
      if (!reply || NOT_HERE.some((p) => p.test(reply)) || /dành cho|không có vai trò|Chỉ .* mới/.test(reply))
        wrong.push(`${cell}: expected to run, got ${reply.slice(0, 200)}`);
      else if (edge.answer && !edge.answer.test(reply)) wrong.push(`${cell}: expected ${edge.answer}, got ${reply.slice(0, 300)}`);
      else if (edge.lacks && reply.includes(edge.lacks(fixtures))) wrong.push(`${cell}: the answer shows ${edge.lacks(fixtures)}`);
    } else {
      if (!reply.startsWith(edge.expect)) wrong.push(`${cell}: expected "${edge.expect}", got ${reply}`);
      const changed = changedTables(baseline, await databaseState(t));
      if (changed.length > 0) wrong.push(`${cell}: the refusal changed ${changed.join(', ')}`);
    }
  }
  return wrong;
}

describe('authorization across the unit tree, and for people with several roles', () => {
  it('holds a role in the unit and below it, never above or beside it, and narrows private chats', async () => {
    expect(await runEdges(EDGES)).toEqual([]);
  });

  it('shows an administrator a complainant contact only where they also handle or lead', async () => {
    // Administrators run the bot, not the cases: the matrix shows that one alone reads no contact. Given the
    // handling of BVĐK's feedback too, they read BVĐK's contacts, still not CDC's.
    const admin = (await t.app.store.members.findByExternalId('console', PERSON.admin))!;
    const bvdk = (await t.app.store.units.findByCode('BVDK'))!;
    const grant = { role: 'feedback_handler' as const, unitId: bvdk.id };
    await t.app.store.members.grant(admin.memberId, grant, null);
    baseline = await databaseState(t);
    try {
      const inPrivate = (say: (f: Fixtures) => string, expected: 'A' | string, more: Partial<Edge> = {}): Edge => ({
        who: PERSON.admin,
        chat: 'console:dm-quan-tri',
        kind: 'private',
        say,
        expect: expected,
        ...more,
      });
      const wrong = await runEdges([
        inPrivate((f) => `/phananh xem ${f.ticket}`, 'A', { answer: /0912345678/ }),
        inPrivate((f) => `/phananh xem ${f.cdcTicket}`, 'A', { answer: /PA-\d{4}-\d+/, lacks: (f) => f.cdcContactPhone }),
        // and in a group, no one's contact, whatever they hold
        {
          ...inPrivate((f) => `/phananh xem ${f.ticket}`, 'A', { answer: /PA-\d{4}-\d+/, lacks: (f) => f.contactPhone }),
          chat: 'console:nhom-bvdk',
          kind: 'group',
        },
      ]);
      expect(wrong).toEqual([]);
    } finally {
      await t.app.store.members.revoke(admin.memberId, grant);
      baseline = await databaseState(t);
    }
  });

  it('leaves a flow that was waiting for an answer in place when a refused command arrives, and /huy ends it', async () => {
    // The focal point starts a guided report, then types a command she may not use: the refusal changes
    // nothing, so her report is still waiting for its next answer; /huy then cancels it.
    const focal = senderOf('dau-moi', 'own');
    const started = await dispatchAs(t, focal, '/baocao', { rollback: false });
    expect(started.reply?.text).toMatch(/^Báo cáo nhiệm vụ nào\?|nhiệm vụ/i);
    const waiting = await databaseState(t);
    const refused = await dispatchAs(t, focal, '/dangky CDC', { rollback: false });
    expect(refused.reply?.text).toBe('Chỉ quản trị viên mới dùng được lệnh /dangky. Quản trị viên hiện nay: Trần Quốc Minh.');
    expect(changedTables(waiting, await databaseState(t))).toEqual([]);
    expect(await t.app.store.conversations.get(focal.chat, 'console:dau-moi')).not.toBeNull();
    const cancelled = await dispatchAs(t, focal, '/huy', { rollback: false });
    expect(cancelled.reply?.text).toMatch(/^Đã hủy thao tác \/baocao/);
    expect(await t.app.store.conversations.get(focal.chat, 'console:dau-moi')).toBeNull();
    baseline = await databaseState(t);
  });
});
