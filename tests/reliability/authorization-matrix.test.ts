import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { changedTables, databaseState, type DatabaseState, dispatchAs, type Sender } from './support/auth-harness.js';

/*
 * Issue 9, part 4: who may do what, as a table. Every registered command × every role × four places, with
 * the outcome written down here as the specification (DESIGN.md's command table and the README's
 * "Commands in chat") — never computed from `isAllowed`, or the test could not fail.
 *
 *   A  allowed: the command runs (whatever it answers, it is not a refusal, nor an apology)
 *   D  denied for *who* the person is: the polite Vietnamese denial saying who may, and nothing changes
 *   N  not here: the command cannot run in this place for anyone in that position (a group-only command in
 *      a private chat, a private-only one in a group, a group bound to no unit, no unit to act for);
 *      the answer says so, and nothing changes
 *
 * Places: `own` is the BVĐK tỉnh group (the unit of every unit-level demo person; the Department-wide roles
 * have no unit, so for them it is just a unit's group), `other` is the CDC group, `unbound` a group bound to
 * no unit, `private` the person's private chat with the bot.
 *
 * Each command is sent with arguments that would change something if it were allowed (a report, a ticket
 * closed, a group rebound, a role granted…), or in its bare form where that is how it starts. Allowed cells
 * run in a transaction that is rolled back, so that every cell sees the same demo database; refusals run
 * for real and the whole database (row counts and row contents) must be what it was before.
 */

const AT = '2026-11-23T09:00:00+07:00';

const ROLES = ['admin', 'department_leader', 'unit_leader', 'focal_point', 'deputy', 'feedback_handler', 'staff', 'none'] as const;
type RoleName = (typeof ROLES)[number];
const PLACES = ['own', 'other', 'unbound', 'private'] as const;
type Place = (typeof PLACES)[number];
type Outcome = 'A' | 'D' | 'N';

/** The demo person holding each role (resources/demo/demo.yaml); `none` is a newcomer the bot has met once. */
const PERSON: Record<RoleName, string> = {
  admin: 'quan-tri',
  department_leader: 'lanh-dao-so',
  unit_leader: 'lanh-dao-bvdk',
  focal_point: 'dau-moi',
  deputy: 'pho-dau-moi',
  feedback_handler: 'xu-ly-pa',
  staff: 'nhan-vien',
  none: 'nguoi-la',
};

const BVDK = 'Bệnh viện Đa khoa tỉnh Lai Châu';
const CDC = 'Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu';
const UNBOUND_GROUP = 'console:nhom-chua-gan';
const unitOf: Record<Place, string> = { own: BVDK, other: CDC, unbound: 'đơn vị', private: 'đơn vị' };

function chatOf(place: Place, user: string): Pick<Sender, 'chat' | 'kind'> {
  if (place === 'own') return { chat: 'console:nhom-bvdk', kind: 'group' };
  if (place === 'other') return { chat: 'console:nhom-cdc', kind: 'group' };
  if (place === 'unbound') return { chat: UNBOUND_GROUP, kind: 'group' };
  return { chat: `console:dm-${user}`, kind: 'private' };
}

// The refusals, worded as locales/vi.ftl words them: each says who may, or where the command works.
const ADMIN_ONLY = (command: string) => `Chỉ quản trị viên mới dùng được lệnh /${command}. Quản trị viên hiện nay: Trần Quốc Minh.`;
const NO_ROLE = (command: string) =>
  `Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh /${command}. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.`;
const LEADERS_ONLY = (command: string) => `Lệnh /${command} dành cho lãnh đạo Sở và quản trị viên.`;

const NOT_HERE: readonly RegExp[] = [
  /^Lệnh \/\w+ chỉ dùng trong nhóm chat của đơn vị\.$/,
  /^Lệnh \/\w+ chỉ dùng khi nhắn riêng với trợ lý\.$/,
  /^Nhóm này chưa được gắn với đơn vị nào nên chưa dùng được lệnh \/\w+\. Quản trị viên gõ \/dangky <mã đơn vị> trong nhóm để gắn\.$/,
  /^Bạn chưa có vai trò ở đơn vị nào\. Hãy ghi mã đơn vị, ví dụ: \/nhiemvu BVDK\.$/,
  /^Hãy ghi mã đơn vị, ví dụ: \/minhchung NV12 BVDK\.$/,
  /^Bạn ghi sổ phản ánh cho nhiều đơn vị \(hoặc chưa cho đơn vị nào\): hãy dùng lệnh trong nhóm chat của đơn vị\.$/,
];
const APOLOGY = /^Xin lỗi, trợ lý gặp lỗi/;

interface Fixtures {
  /** "NV<id>": a yearly report due 14/12/2026, open for every reporting unit (BVĐK and CDC among them) */
  task: string;
  /** a feedback ticket of BVĐK, received but not handled */
  ticket: string;
  /** one of CDC */
  cdcTicket: string;
}

interface Row {
  command: string;
  say: (f: Fixtures) => string;
  /** what a refusal of someone who has some role says, where the command is denied */
  denied: (place: Place) => string;
  /** what a newcomer with no role at all is told (the dispatcher's own wording for them) */
  deniedNoRole: (place: Place) => string;
  /** the reply of an allowed run, where it is worth pinning down that the arguments really did something */
  done?: RegExp;
  /** own, other, unbound, private */
  cells: Record<RoleName, `${Outcome}${Outcome}${Outcome}${Outcome}`>;
}

const everyone = (cells: `${Outcome}${Outcome}${Outcome}${Outcome}`): Row['cells'] =>
  Object.fromEntries(ROLES.map((role) => [role, cells])) as Row['cells'];
const anyoneDenial = () => 'never denied';

const TABLE: readonly Row[] = [
  { command: 'start', say: () => '/start', denied: anyoneDenial, deniedNoRole: anyoneDenial, done: /^Xin chào /, cells: everyone('AAAA') },
  { command: 'help', say: () => '/help', denied: anyoneDenial, deniedNoRole: anyoneDenial, done: /^Các lệnh bạn dùng được/, cells: everyone('AAAA') },
  {
    // unit members (any role in the unit or above it) and the Department-wide roles
    command: 'nhiemvu',
    say: () => '/nhiemvu',
    denied: (place) => `Lệnh /nhiemvu dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('nhiemvu'),
    cells: {
      // the Department-wide roles hold no unit: in private they are asked which one
      admin: 'AANN',
      department_leader: 'AANN',
      unit_leader: 'ADNA',
      focal_point: 'ADNA',
      deputy: 'ADNA',
      feedback_handler: 'ADNA',
      staff: 'ADNA',
      none: 'DDDD',
    },
  },
  {
    // the focal point and the deputy, for their own unit only (not a unit below, not as a leader)
    command: 'baocao',
    say: (f) => `/baocao ${f.task} 100% Đã gửi báo cáo tổng kết năm về Sở Y tế`,
    denied: () =>
      'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.',
    deniedNoRole: () => NO_ROLE('baocao'),
    done: /^Đã ghi nhận báo cáo/,
    cells: {
      admin: 'DDDD',
      department_leader: 'DDDD',
      unit_leader: 'DDDD',
      focal_point: 'ADNA',
      deputy: 'ADNA',
      feedback_handler: 'DDDD',
      staff: 'DDDD',
      none: 'DDDD',
    },
  },
  {
    // anyone: the deadlines of the group's unit, of every unit for leaders in private, of one's own units
    command: 'hanchot',
    say: () => '/hanchot',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    cells: { ...everyone('AANA'), none: 'AANN' },
  },
  { command: 'quahan', say: () => '/quahan', denied: anyoneDenial, deniedNoRole: anyoneDenial, cells: { ...everyone('AANA'), none: 'AANN' } },
  {
    // anyone may ask, but only about a unit they belong to (checked by the command itself)
    command: 'minhchung',
    say: (f) => `/minhchung ${f.task}`,
    denied: (place) => `Bạn không có vai trò ở ${unitOf[place]} nên không xem được nhiệm vụ của đơn vị này.`,
    deniedNoRole: (place) => `Bạn không có vai trò ở ${unitOf[place]} nên không xem được nhiệm vụ của đơn vị này.`,
    cells: {
      admin: 'AANN',
      department_leader: 'AANN',
      unit_leader: 'ADNN',
      focal_point: 'ADNN',
      deputy: 'ADNN',
      feedback_handler: 'ADNN',
      staff: 'ADNN',
      none: 'DDNN',
    },
  },
  {
    // logging feedback: the focal point, the deputy and the handler of the unit (DESIGN: focal point, handler)
    command: 'phananh',
    say: () => '/phananh đường dây nóng Người bệnh phản ánh thời gian chờ lấy kết quả xét nghiệm quá lâu',
    denied: (place) => `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${unitOf[place]} mới ghi sổ phản ánh cho đơn vị này.`,
    deniedNoRole: (place) => `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${unitOf[place]} mới ghi sổ phản ánh cho đơn vị này.`,
    done: /^Đã ghi sổ phản ánh|^Thông tin liên hệ của người phản ánh/,
    cells: {
      // in private the log book is found from the person's own intake role; without one they are sent to a unit's group
      admin: 'DDNN',
      department_leader: 'DDNN',
      unit_leader: 'DDNN',
      focal_point: 'ADNA',
      deputy: 'ADNA',
      feedback_handler: 'ADNA',
      staff: 'DDNN',
      none: 'DDNN',
    },
  },
  {
    // the feedback handler, for a ticket of a unit they handle; the ticket names the unit, so a group bound to
    // none does not stop them, but another unit's group does
    command: 'xuly',
    say: (f) => `/xuly ${f.ticket} đã xử lý Đã liên hệ và giải thích cho người bệnh`,
    denied: () => 'Chỉ cán bộ xử lý phản ánh mới dùng được lệnh /xuly. Hãy nhờ quản trị viên dùng /phanquyen xử lý phản ánh nếu bạn phụ trách việc này.',
    deniedNoRole: () => NO_ROLE('xuly'),
    done: /^Đã cập nhật PA|^Đã cập nhật \S+: .* → /,
    cells: {
      admin: 'DDDD',
      department_leader: 'DDDD',
      unit_leader: 'DDDD',
      focal_point: 'DDDD',
      deputy: 'DDDD',
      feedback_handler: 'ADAA',
      staff: 'DDDD',
      none: 'DDDD',
    },
  },
  {
    // the complaint box's opening record: the unit's focal point, deputy or handler, in the unit's group
    command: 'homthu',
    say: () => '/homthu 2 Nguyễn Văn A, Trần Thị B',
    denied: () => 'Lệnh /homthu dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị. Hãy nhờ quản trị viên dùng /phanquyen nếu bạn phụ trách việc này.',
    deniedNoRole: () => NO_ROLE('homthu'),
    done: /^Đã ghi biên bản mở hòm thư/,
    cells: {
      admin: 'DDDN',
      department_leader: 'DDDN',
      unit_leader: 'DDDN',
      focal_point: 'ADNN',
      deputy: 'ADNN',
      feedback_handler: 'ADNN',
      staff: 'DDDN',
      none: 'DDDN',
    },
  },
  {
    // anyone with a role sets their own leave; only an administrator sets someone else's (here: the focal
    // point's); someone with no role sets nothing
    command: 'nghiphep',
    say: () => '/nghiphep đến 30/11 @dau-moi',
    denied: () => 'Chỉ quản trị viên mới đặt nghỉ phép cho người khác; bạn có thể đặt cho chính mình: /nghiphep đến 30/11.',
    deniedNoRole: () => NO_ROLE('nghiphep'),
    done: /^Đã ghi nhận Nguyễn Thị Lan nghỉ phép/,
    cells: { ...everyone('DDDD'), admin: 'AAAA', focal_point: 'AAAA' },
  },
  {
    // leaders: the Department's leaders and administrators, anywhere
    command: 'tonghop',
    say: () => '/tonghop',
    denied: () => LEADERS_ONLY('tonghop'),
    deniedNoRole: () => NO_ROLE('tonghop'),
    cells: { ...everyone('DDDD'), admin: 'AAAA', department_leader: 'AAAA' },
  },
  {
    // DESIGN: leaders
    command: 'xuatbaocao',
    say: () => '/xuatbaocao KH20-2020',
    denied: () => LEADERS_ONLY('xuatbaocao'),
    deniedNoRole: () => NO_ROLE('xuatbaocao'),
    cells: { ...everyone('DDDD'), admin: 'AAAA', department_leader: 'AAAA' },
  },
  {
    // the digest schedule of a group: its unit's leader, the Department's leaders, administrators
    command: 'lich',
    say: () => '/lich thứ 2 7:30',
    denied: () => 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.',
    deniedNoRole: () => NO_ROLE('lich'),
    done: /^Đã lưu\./,
    cells: {
      admin: 'AANN',
      department_leader: 'AANN',
      unit_leader: 'ADNN',
      focal_point: 'DDDN',
      deputy: 'DDDN',
      feedback_handler: 'DDDN',
      staff: 'DDDN',
      none: 'DDDN',
    },
  },
  { command: 'tracuu', say: () => '/tracuu trang phục y tế', denied: anyoneDenial, deniedNoRole: anyoneDenial, done: /^📄 /, cells: everyone('AAAA') },
  {
    // which documents a unit follows: the people who answer for its paperwork, in its group
    command: 'theodoi',
    say: () => '/theodoi 45/2015/TT-BYT',
    denied: (place) =>
      `Lệnh /theodoi dành cho quản trị viên, lãnh đạo Sở, lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó) của ${unitOf[place]}.`,
    deniedNoRole: () => NO_ROLE('theodoi'),
    done: /^Đã theo dõi /,
    cells: {
      admin: 'AANN',
      department_leader: 'AANN',
      unit_leader: 'ADNN',
      focal_point: 'ADNN',
      deputy: 'ADNN',
      feedback_handler: 'DDDN',
      staff: 'DDDN',
      none: 'DDDN',
    },
  },
  {
    // binding a group to a unit (here: rebinding BVĐK's group to CDC): administrators, in a group
    command: 'dangky',
    say: () => '/dangky CDC',
    denied: () => ADMIN_ONLY('dangky'),
    deniedNoRole: () => ADMIN_ONLY('dangky'),
    done: /^Đã gắn nhóm này với|đã gắn với/,
    cells: { ...everyone('DDDN'), admin: 'AAAN' },
  },
  {
    command: 'phanquyen',
    say: () => '/phanquyen đầu mối @nhan-vien BVDK',
    denied: () => ADMIN_ONLY('phanquyen'),
    deniedNoRole: () => ADMIN_ONLY('phanquyen'),
    done: /^Đã giao vai trò/,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  { command: 'ngonngu', say: () => '/ngonngu en', denied: anyoneDenial, deniedNoRole: anyoneDenial, done: /English/, cells: everyone('AAAA') },
  {
    command: 'ngaynghi',
    say: () => '/ngaynghi thêm 28/12/2026 Nghỉ bù',
    denied: () => ADMIN_ONLY('ngaynghi'),
    deniedNoRole: () => ADMIN_ONLY('ngaynghi'),
    done: /^Đã ghi 28\/12\/2026/,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    // pasting a plan: administrators, in a private chat
    command: 'nhapkehoach',
    say: () => '/nhapkehoach',
    denied: () => ADMIN_ONLY('nhapkehoach'),
    deniedNoRole: () => ADMIN_ONLY('nhapkehoach'),
    done: /^Hãy dán nội dung kế hoạch/,
    cells: { ...everyone('NNND'), admin: 'NNNA' },
  },
  { command: 'huy', say: () => '/huy', denied: anyoneDenial, deniedNoRole: anyoneDenial, cells: everyone('AAAA') },
];

let t: TestApp;
let fixtures: Fixtures;
let baseline: DatabaseState;
const names = new Map<string, string>();

function sender(role: RoleName, place: Place): Sender {
  const user = PERSON[role];
  return { user, displayName: names.get(user) ?? user, ...chatOf(place, user) };
}

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  for (const user of Object.values(PERSON)) {
    const known = await t.app.store.members.findByExternalId('console', user);
    if (known) names.set(user, known.displayName);
  }
  // The newcomer has written once before ("/start"): meeting someone is the one write a first message makes.
  await dispatchAs(t, sender('none', 'private'), '/start', { rollback: false });

  const unitId = async (code: string) => (await t.app.store.units.findByCode(code))!.id;
  const open = await t.app.store.plans.openOccurrences({ unitIds: [await unitId('BVDK'), await unitId('CDC')] });
  const yearly = open.filter((o) => o.title === 'Báo cáo tổng kết năm thực hiện kế hoạch');
  expect(yearly.map((o) => o.unitName).sort()).toEqual([BVDK, CDC].sort());

  const ticketOf = async (user: string, chat: string) => {
    const reply = await dispatchAs(
      t,
      { user, displayName: names.get(user) ?? user, chat, kind: 'group' },
      '/phananh hòm thư Nhân viên bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định',
      { rollback: false },
    );
    const code = /Đã ghi sổ phản ánh (\S+)\./.exec(reply.reply?.text ?? '')?.[1];
    if (!code) throw new Error(`no ticket: ${reply.reply?.text}`);
    return code;
  };
  names.set('dau-moi-cdc', (await t.app.store.members.findByExternalId('console', 'dau-moi-cdc'))!.displayName);
  fixtures = {
    task: `NV${yearly[0]!.taskId}`,
    ticket: await ticketOf('dau-moi', 'console:nhom-bvdk'),
    cdcTicket: await ticketOf('dau-moi-cdc', 'console:nhom-cdc'),
  };
  baseline = await databaseState(t);
});
afterAll(() => t?.close());

const isRefusal = (text: string, row: Row, place: Place, command: string) =>
  NOT_HERE.some((pattern) => pattern.test(text)) ||
  text.startsWith(row.denied(place)) ||
  text === row.deniedNoRole(place) ||
  text === NO_ROLE(command) ||
  text === ADMIN_ONLY(command) ||
  APOLOGY.test(text);

describe('authorization matrix', () => {
  it('has a row for every registered command (a new command without one fails here)', () => {
    expect(t.app.registry.commands).toBe(allCommands);
    const rows = new Set(TABLE.map((row) => row.command));
    expect(allCommands.map((command) => command.name).filter((name) => !rows.has(name))).toEqual([]);
    // and no row for a command that is gone: its cells would test nothing
    expect([...rows].filter((name) => !allCommands.some((command) => command.name === name))).toEqual([]);
    for (const row of TABLE) {
      for (const role of ROLES) expect(row.cells[role], `${row.command} × ${role}`).toMatch(/^[ADN]{4}$/);
    }
  });

  for (const row of TABLE) {
    it(`/${row.command}`, async () => {
      const wrong: string[] = [];
      for (const role of ROLES) {
        for (const [index, place] of PLACES.entries()) {
          const expected = row.cells[role][index] as Outcome;
          const text = row.say(fixtures);
          const cell = `/${row.command} × ${role} × ${place}: expected ${expected}`;
          const result = await dispatchAs(t, sender(role, place), text, { rollback: expected === 'A' });
          const reply = result.reply?.text ?? '';
          if (result.failed || APOLOGY.test(reply)) {
            wrong.push(`${cell}, got an apology`);
            continue;
          }
          if (expected === 'A') {
            if (!reply) wrong.push(`${cell}, got silence`);
            else if (isRefusal(reply, row, place, row.command)) wrong.push(`${cell}, got a refusal: ${reply}`);
            else if (row.done && !row.done.test(reply)) wrong.push(`${cell}, but the command did not do its work: ${reply.slice(0, 160)}`);
            continue;
          }
          if (expected === 'D') {
            const wanted = role === 'none' ? row.deniedNoRole(place) : row.denied(place);
            if (!reply.startsWith(wanted)) wrong.push(`${cell} "${wanted}", got: ${reply}`);
          } else if (!NOT_HERE.some((pattern) => pattern.test(reply))) {
            wrong.push(`${cell}, got: ${reply}`);
          }
          // A refusal is short, polite and has nothing for another chat or person.
          if (reply.length > 400 || result.notices.length > 0) wrong.push(`${cell}, the refusal is ${reply.length} characters with ${result.notices.length} notices`);
          const after = await databaseState(t);
          const changed = changedTables(baseline, after);
          if (changed.length > 0) {
            wrong.push(`${cell}, the refusal changed ${changed.join(', ')}`);
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
 * only; a private chat narrows to what the person holds; the leaders' group belongs to the Department.
 */
interface Edge {
  who: string;
  chat: string;
  kind?: 'group' | 'private';
  say: (f: Fixtures) => string;
  /** 'A', or the start of the refusal */
  expect: 'A' | string;
}

const EDGES: readonly Edge[] = [
  // Tam Đường's leader and focal point in the group of Bình Lư, a commune station under Tam Đường
  { who: 'lanh-dao-tamduong', chat: 'console:nhom-tyt-binhlu', say: () => '/nhiemvu', expect: 'A' },
  { who: 'lanh-dao-tamduong', chat: 'console:nhom-tyt-binhlu', say: () => '/lich thứ 6 16:00', expect: 'A' },
  { who: 'dau-moi-tamduong', chat: 'console:nhom-tyt-binhlu', say: () => '/homthu 1 Lò Văn Sáng', expect: 'A' },
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
  { who: 'lanh-dao-bvdk', chat: 'console:nhom-lanh-dao-so', say: () => '/lich thứ 2 7:30', expect: 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.' },
  { who: 'dau-moi', chat: 'console:nhom-lanh-dao-so', say: () => '/nhiemvu', expect: 'Lệnh /nhiemvu dành cho cán bộ của Sở Y tế tỉnh Lai Châu.' },
  { who: 'lanh-dao-so', chat: 'console:nhom-lanh-dao-so', say: () => '/lich thứ 2 7:30', expect: 'A' },
  // A private chat passes the dispatcher's check for anyone with a role somewhere; the command narrows
  { who: 'lanh-dao-so', chat: 'console:dm-lanh-dao-so', kind: 'private', say: () => '/nhiemvu CDC', expect: 'A' },
  { who: 'lanh-dao-tamduong', chat: 'console:dm-lanh-dao-tamduong', kind: 'private', say: () => '/nhiemvu TYT-BINHLU', expect: 'A' },
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
  { who: 'xu-ly-pa', chat: 'console:dm-xu-ly-pa', kind: 'private', say: (f) => `/phananh xem ${f.cdcTicket}`, expect: 'Bạn không có vai trò ở đơn vị của phản ánh' },
  { who: 'lanh-dao-tamduong', chat: 'console:dm-lanh-dao-tamduong', kind: 'private', say: () => '/nhiemvu BVDK', expect: 'Bạn không có vai trò ở Bệnh viện Đa khoa tỉnh Lai Châu' },
];

describe('authorization across the unit tree', () => {
  it('holds a role in the unit and below it, never above or beside it, and narrows private chats', async () => {
    const wrong: string[] = [];
    for (const edge of EDGES) {
      const person = { user: edge.who, displayName: (await t.app.store.members.findByExternalId('console', edge.who))!.displayName };
      const result = await dispatchAs(t, { ...person, chat: edge.chat, kind: edge.kind ?? 'group' }, edge.say(fixtures), { rollback: edge.expect === 'A' });
      const reply = result.reply?.text ?? '';
      const cell = `${edge.who} in ${edge.chat}: ${edge.say(fixtures)}`;
      if (result.failed || APOLOGY.test(reply)) wrong.push(`${cell}: apology`);
      else if (edge.expect === 'A') {
        if (!reply || NOT_HERE.some((p) => p.test(reply)) || /dành cho|không có vai trò|Chỉ .* mới/.test(reply)) wrong.push(`${cell}: expected to run, got ${reply.slice(0, 200)}`);
      } else {
        if (!reply.startsWith(edge.expect)) wrong.push(`${cell}: expected "${edge.expect}", got ${reply}`);
        const changed = changedTables(baseline, await databaseState(t));
        if (changed.length > 0) wrong.push(`${cell}: the refusal changed ${changed.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves a flow that was waiting for an answer in place when a refused command arrives', async () => {
    // The focal point starts a guided report, then types a command she may not use: the refusal changes
    // nothing, so her report is still waiting for its next answer.
    const focal = { user: 'dau-moi', displayName: names.get('dau-moi')!, chat: 'console:nhom-bvdk', kind: 'group' as const };
    const started = await dispatchAs(t, focal, '/baocao', { rollback: false });
    expect(started.reply?.text).toMatch(/^Báo cáo nhiệm vụ nào\?|nhiệm vụ/i);
    const waiting = await databaseState(t);
    const refused = await dispatchAs(t, focal, '/dangky CDC', { rollback: false });
    expect(refused.reply?.text).toBe(ADMIN_ONLY('dangky'));
    expect(changedTables(waiting, await databaseState(t))).toEqual([]);
    expect(await t.app.store.conversations.get(focal.chat, 'console:dau-moi')).not.toBeNull();
    await dispatchAs(t, focal, '/huy', { rollback: false });
    baseline = await databaseState(t);
  });
});
