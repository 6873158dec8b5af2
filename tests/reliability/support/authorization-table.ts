/*
 * Issue 9, part 4: who may do what, as a table, shared by the console run of the whole matrix
 * (authorization-matrix.test.ts) and the Telegram run of a slice of it (authorization-telegram.test.ts).
 * Every registered command, and every form of it that acts differently, × every role × four places, with the
 * outcome written down here as the specification (DESIGN.md's command table and the README's "Commands in
 * chat") — never computed from `isAllowed`, or the test could not fail.
 *
 *   A  allowed: the command runs, and its answer shows it did its work (`done`: each row says what it must
 *      answer, for that role in that place)
 *   D  denied for *who* the person is: the polite Vietnamese denial saying who may, and nothing changes
 *   N  not here: the command cannot run in this place for anyone in that position (a group-only command in
 *      a private chat, a private-only one in a group, a group bound to no unit, no unit to act for);
 *      the answer says so, and nothing changes
 *   S  silence: the message is not for the bot (group chatter); no answer, and nothing at all is written
 *
 * Places: `own` is the BVĐK tỉnh group (the unit of every unit-level demo person; the Department-wide roles
 * have no unit, so for them it is just a unit's group), `other` is the CDC group, `unbound` a group bound to
 * no unit, `private` the person's private chat with the bot.
 */

export const ROLES = ['admin', 'department_leader', 'unit_leader', 'focal_point', 'deputy', 'feedback_handler', 'staff', 'none'] as const;
export type RoleName = (typeof ROLES)[number];
export const PLACES = ['own', 'other', 'unbound', 'private'] as const;
export type Place = (typeof PLACES)[number];
export type Outcome = 'A' | 'D' | 'N' | 'S';
type Cells = `${Outcome}${Outcome}${Outcome}${Outcome}`;

/** The demo person holding each role (resources/demo/demo.yaml); `none` is a newcomer the bot has met once. */
export const PERSON: Record<RoleName, string> = {
  admin: 'quan-tri',
  department_leader: 'lanh-dao-so',
  unit_leader: 'lanh-dao-bvdk',
  focal_point: 'dau-moi',
  deputy: 'pho-dau-moi',
  feedback_handler: 'xu-ly-pa',
  staff: 'nhan-vien',
  none: 'nguoi-la',
};

export const BVDK = 'Bệnh viện Đa khoa tỉnh Lai Châu';
export const CDC = 'Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu';
export const unitOf: Record<Place, string> = { own: BVDK, other: CDC, unbound: 'đơn vị', private: 'đơn vị' };

// The refusals, worded as locales/vi/*.ftl words them: each says who may, or where the command works.
export const ADMIN_ONLY = (command: string) => `Chỉ quản trị viên mới dùng được lệnh /${command}. Quản trị viên hiện nay: Trần Quốc Minh.`;
export const NO_ROLE = (command: string, roles?: string) =>
  `Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh /${command}${roles ? ` — lệnh này dành cho ${roles}` : ''}. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.`;
const REPORTERS = 'cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó)';
const EXPLAINERS = 'lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó)';
const INTAKE_ONLY = (unit: string) =>
  `Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của ${unit} mới ghi sổ phản ánh cho đơn vị này.`;

export const NOT_HERE: readonly RegExp[] = [
  /^Lệnh \/\w+ chỉ dùng trong nhóm chat của đơn vị\.$/,
  /^Lệnh \/\w+ chỉ dùng khi nhắn riêng với trợ lý\.$/,
  /^Nhóm này chưa được gắn với đơn vị nào nên chưa dùng được lệnh \/\w+\. Quản trị viên gõ \/dangky <mã đơn vị> trong nhóm để gắn\.$/,
  /^Bạn chưa có vai trò ở đơn vị nào\. Hãy ghi mã đơn vị, ví dụ: \/(nhiemvu|donvi) BVDK\.$/,
  /^Hãy ghi mã đơn vị, ví dụ: \/minhchung NV12 BVDK\.$/,
  /^Bạn ghi sổ phản ánh cho nhiều đơn vị \(hoặc chưa cho đơn vị nào\): hãy dùng lệnh trong nhóm chat của đơn vị\.$/,
  /^Để bảo mật, thông tin liên hệ của người phản ánh chỉ gửi qua tin nhắn riêng với trợ lý\.$/,
  /^Phản ánh PA-\d{4}-\d+ thuộc .+: hãy xem hoặc xử lý trong nhóm chat của đơn vị đó, hoặc nhắn riêng với trợ lý\.$/,
];
export const APOLOGY = /^Xin lỗi, trợ lý gặp lỗi/;

export interface Fixtures {
  /** "NV<id>": a yearly report due 14/12/2026, open for every reporting unit (BVĐK and CDC among them) */
  task: string;
  /** a feedback ticket of BVĐK, received but not handled, with the complainant's contact kept apart */
  ticket: string;
  /** one of CDC, with a contact too */
  cdcTicket: string;
  /** the phone number in the BVĐK ticket's contact (what must never reach a group, nor anyone but its readers) */
  contactPhone: string;
  cdcContactPhone: string;
  /** a document BVĐK's and CDC's groups follow */
  followed: string;
  /** a day recorded as an announced day off (dd/mm/yyyy) */
  dayOff: string;
  /** person id → display name */
  names: Record<string, string>;
}

/** What the bot answered: its text (HTML entities undone on Telegram), the names of the files it made, how many messages it sent elsewhere. */
export interface Answer {
  text: string;
  files: string[];
  notices: number;
}

interface CellContext {
  role: RoleName;
  place: Place;
  f: Fixtures;
}

/** What an allowed cell must answer: a pattern, or a check that returns what is wrong (null: nothing). */
export type Done = RegExp | ((cell: CellContext, answer: Answer) => string | null);

export interface Row {
  /** how the row is named in the test's output: the command and its form */
  name: string;
  command: string;
  say: (f: Fixtures) => string;
  /** free text only: false when it is not addressed to the bot (group chatter). A private message always is. */
  addressed?: boolean;
  /** what a refusal of someone who has some role says, where the row is denied */
  denied: (cell: CellContext) => string;
  /** what a newcomer with no role at all is told */
  deniedNoRole: (cell: CellContext) => string;
  /** what an allowed run must answer; every row with an allowed cell has one */
  done?: Done;
  /** own, other, unbound, private */
  cells: Record<RoleName, Cells>;
}

const everyone = (cells: Cells): Row['cells'] => Object.fromEntries(ROLES.map((role) => [role, cells])) as Row['cells'];
const anyoneDenial = () => 'never denied';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DEPARTMENT_WIDE: readonly RoleName[] = ['admin', 'department_leader'];
// Who reads a complainant's contact: those who handle the case and those who lead, in a private chat only;
// not an administrator as such (src/core/members/policy.ts, feedbackReader; issue 6).
const CONTACT_READERS: readonly RoleName[] = ['feedback_handler', 'unit_leader', 'department_leader'];

/** Whose list a listing shows: the group's unit; in private every unit for the Department's leaders, else the person's one unit. */
function listedUnit({ role, place }: CellContext): string {
  if (place === 'own') return BVDK;
  if (place === 'other') return CDC;
  return DEPARTMENT_WIDE.includes(role) ? 'tất cả đơn vị' : BVDK;
}

const expect = (ok: boolean, what: string) => (ok ? null : what);
const starts = (pattern: RegExp) => (_: CellContext, answer: Answer) => expect(pattern.test(answer.text), `expected ${pattern}`);
const allOf =
  (...checks: Array<(cell: CellContext, answer: Answer) => string | null>) =>
  (cell: CellContext, answer: Answer) =>
    checks.map((check) => check(cell, answer)).find((problem) => problem !== null) ?? null;
const withFiles =
  (...extensions: string[]) =>
  (_: CellContext, answer: Answer) =>
    expect(
      extensions.every((ext) => answer.files.some((name) => name.endsWith(ext))),
      `expected files ${extensions.join(', ')}, got [${answer.files.join(', ')}]`,
    );
/** A list of feedback shows the redacted case, never the complainant's contact, whoever asks and wherever. */
const noContact = ({ f }: CellContext, answer: Answer) =>
  expect(!answer.text.includes(f.contactPhone) && !answer.text.includes(f.cdcContactPhone), 'a complainant contact was shown');

export const TABLE: readonly Row[] = [
  {
    name: '/start',
    command: 'start',
    say: () => '/start',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^Xin chào /,
    cells: everyone('AAAA'),
  },
  {
    name: '/help',
    command: 'help',
    say: () => '/help',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^Các lệnh bạn dùng được/,
    cells: everyone('AAAA'),
  },
  {
    // unit members (any role in the unit or above it) and the Department-wide roles
    name: '/nhiemvu',
    command: 'nhiemvu',
    say: () => '/nhiemvu',
    denied: ({ place }) =>
      `Lệnh /nhiemvu dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('nhiemvu'),
    // the unit's open tasks, the fixture's yearly report among them (every unit reports it)
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Nhiệm vụ đang mở của ${listedUnit(cell)} (`) && answer.text.includes(`[${cell.f.task}]`),
        `expected the open tasks of ${listedUnit(cell)} with [${cell.f.task}]`,
      ),
    cells: {
      // the Department-wide roles hold no unit: in private they see every unit's open work (issue 3)
      admin: 'AANA',
      department_leader: 'AANA',
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
    name: '/baocao',
    command: 'baocao',
    say: (f) => `/baocao ${f.task} 100% Đã gửi báo cáo tổng kết năm về Sở Y tế`,
    denied: () =>
      'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.',
    deniedNoRole: () => NO_ROLE('baocao', REPORTERS),
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Đã ghi nhận báo cáo của BVĐK tỉnh: [${cell.f.task}]`) && answer.text.includes('(100%)'),
        'expected the report confirmed at 100%',
      ),
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
    // taking back one's last report: whoever may report, where they may (each has a report sent minutes ago)
    name: '/baocao rut',
    command: 'baocao',
    // by its code: without one, the bot first shows the report it would take back and asks
    say: (f) => `/baocao rut ${f.task}`,
    denied: () =>
      'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.',
    deniedNoRole: () => NO_ROLE('baocao', REPORTERS),
    done: (cell, answer) =>
      expect(answer.text.startsWith(`Đã rút lại báo cáo về [${cell.f.task}]`), `expected the report on ${cell.f.task} withdrawn`),
    // the last report names its unit, so a group bound to none does not stop them (as /xuly's case), but
    // another unit's group does
    cells: {
      admin: 'DDDD',
      department_leader: 'DDDD',
      unit_leader: 'DDDD',
      focal_point: 'ADAA',
      deputy: 'ADAA',
      feedback_handler: 'DDDD',
      staff: 'DDDD',
      none: 'DDDD',
    },
  },
  {
    // correcting it on one line: stored at once in place of the last report
    name: '/baocao sua',
    command: 'baocao',
    say: () => '/baocao sua 95% Đã hoàn thiện số liệu tổng kết',
    denied: () =>
      'Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh /baocao. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.',
    deniedNoRole: () => NO_ROLE('baocao', REPORTERS),
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Đã sửa báo cáo của BVĐK tỉnh: [${cell.f.task}]`) && answer.text.includes('(95%)'),
        'expected the last report corrected to 95%',
      ),
    // the last report names its unit, so a group bound to none does not stop them (as /xuly's case), but
    // another unit's group does
    cells: {
      admin: 'DDDD',
      department_leader: 'DDDD',
      unit_leader: 'DDDD',
      focal_point: 'ADAA',
      deputy: 'ADAA',
      feedback_handler: 'DDDD',
      staff: 'DDDD',
      none: 'DDDD',
    },
  },
  {
    // answering a leader's request for an explanation (issue 24): the unit's leader, focal point or deputy, for
    // their own unit only (the fixture: a request waiting on BVĐK's yearly report)
    name: '/giaitrinh',
    command: 'giaitrinh',
    say: (f) => `/giaitrinh ${f.task} Đang chờ số liệu của các khoa, sẽ nộp trước hạn`,
    denied: ({ place }) => `Lệnh /giaitrinh dành cho ${EXPLAINERS} của ${unitOf[place]}.`,
    deniedNoRole: () => NO_ROLE('giaitrinh', EXPLAINERS),
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Đã ghi nhận giải trình của BVĐK tỉnh về [${cell.f.task}]`),
        `expected the explanation on ${cell.f.task} recorded`,
      ),
    cells: {
      admin: 'DDDD',
      department_leader: 'DDDD',
      unit_leader: 'ADNA',
      focal_point: 'ADNA',
      deputy: 'ADNA',
      feedback_handler: 'DDDD',
      staff: 'DDDD',
      none: 'DDDD',
    },
  },
  {
    // anyone: the deadlines of the group's unit, of every unit for leaders in private, of one's own units
    name: '/hanchot',
    command: 'hanchot',
    say: () => '/hanchot',
    denied: ({ place }) =>
      `Lệnh /hanchot dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('hanchot'),
    done: (cell, answer) => {
      const who = escape(listedUnit(cell));
      return expect(
        new RegExp(`^(Hạn chót trong 7 ngày tới của ${who} \\(\\d+\\):|${who} không có hạn chót nào trong 7 ngày tới)`).test(answer.text),
        `expected the deadlines of ${who}`,
      );
    },
    // refused exactly where /nhiemvu is (issue 21): a unit's data is for its people and those above it
    cells: { ...everyone('ADNA'), admin: 'AANA', department_leader: 'AANA', none: 'DDDD' },
  },
  {
    name: '/quahan',
    command: 'quahan',
    say: () => '/quahan',
    denied: ({ place }) =>
      `Lệnh /quahan dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('quahan'),
    done: (cell, answer) => {
      const who = escape(listedUnit(cell));
      return expect(
        new RegExp(`^(Quá hạn, chưa hoàn thành — ${who} \\(\\d+\\):|${who} không có nhiệm vụ nào quá hạn)`).test(answer.text),
        `expected the overdue items of ${who}`,
      );
    },
    // refused exactly where /nhiemvu is (issue 21): a unit's data is for its people and those above it
    cells: { ...everyone('ADNA'), admin: 'AANA', department_leader: 'AANA', none: 'DDDD' },
  },
  {
    // anyone may ask, but only about a unit they belong to (checked by the command itself)
    name: '/minhchung',
    command: 'minhchung',
    say: (f) => `/minhchung ${f.task}`,
    denied: ({ place }) => `Bạn không có vai trò ở ${unitOf[place]} nên không xem được nhiệm vụ của đơn vị này.`,
    deniedNoRole: ({ place }) => `Bạn không có vai trò ở ${unitOf[place]} nên không xem được nhiệm vụ của đơn vị này.`,
    done: (cell, answer) => {
      const unit = escape(listedUnit(cell));
      const task = escape(cell.f.task);
      return expect(
        new RegExp(`^(\\[${task}\\] .* của ${unit} chưa có minh chứng nào\\.|Minh chứng của ${unit} cho \\[${task}\\])`).test(answer.text),
        `expected the evidence of ${unit}`,
      );
    },
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
    name: '/phananh <kênh> <nội dung>',
    command: 'phananh',
    say: () => '/phananh đường dây nóng Người bệnh phản ánh thời gian chờ lấy kết quả xét nghiệm quá lâu',
    denied: ({ place }) => INTAKE_ONLY(unitOf[place]),
    deniedNoRole: ({ place }) => INTAKE_ONLY(unitOf[place]),
    done: /^Đã ghi sổ phản ánh PA-\d{4}-\d+\.|^Thông tin liên hệ của người phản ánh/,
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
    // one case: anyone with a role in its unit (or above) sees it as a group may, but not in another unit's
    // group, where that unit's people would read it; the complainant's contact only in a private chat, and
    // only for its handlers and leaders — not an administrator as such
    name: '/phananh xem <mã>',
    command: 'phananh',
    say: (f) => `/phananh xem ${f.ticket}`,
    denied: ({ f }) => `Bạn không có vai trò ở đơn vị của phản ánh ${f.ticket} nên không xem được.`,
    deniedNoRole: ({ f }) => `Bạn không có vai trò ở đơn vị của phản ánh ${f.ticket} nên không xem được.`,
    done: (cell, answer) => {
      if (!answer.text.includes(cell.f.ticket)) return `expected the case ${cell.f.ticket}`;
      const mayRead = cell.place === 'private' && CONTACT_READERS.includes(cell.role);
      const shown = answer.text.includes(cell.f.contactPhone);
      if (mayRead && !shown) return 'a reader in private did not get the complainant contact';
      if (!mayRead && shown) return 'the complainant contact was shown to someone who may not read it';
      return null;
    },
    cells: { ...everyone('ANAA'), none: 'DDDD' },
  },
  {
    // statistics: whose, as for /hanchot
    name: '/phananh thongke',
    command: 'phananh',
    say: () => '/phananh thongke',
    denied: ({ place }) =>
      `Lệnh /phananh dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('phananh'),
    done: allOf((cell, answer) => {
      const who = escape(listedUnit(cell));
      return expect(
        new RegExp(`^Thống kê phản ánh — ${who}, tháng 11/2026: [1-9]\\d* vụ việc`).test(answer.text),
        `expected the statistics of ${who}`,
      );
    }, noContact),
    // refused exactly where /nhiemvu is (issue 21): a unit's data is for its people and those above it
    cells: { ...everyone('ADNA'), admin: 'AANA', department_leader: 'AANA', none: 'DDDD' },
  },
  {
    // the open cases, as a group sees them: never a contact
    name: '/phananh ds',
    command: 'phananh',
    say: () => '/phananh ds',
    denied: ({ place }) =>
      `Lệnh /phananh dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('phananh'),
    done: allOf((cell, answer) => {
      const who = listedUnit(cell);
      const code = cell.place === 'other' ? cell.f.cdcTicket : cell.f.ticket;
      return expect(
        answer.text.startsWith(`Phản ánh đang chờ xử lý — ${who} (`) && answer.text.includes(code),
        `expected the open cases of ${who} with ${code}`,
      );
    }, noContact),
    // refused exactly where /nhiemvu is (issue 21): a unit's data is for its people and those above it
    cells: { ...everyone('ADNA'), admin: 'AANA', department_leader: 'AANA', none: 'DDDD' },
  },
  {
    // a complainant's contact is given by whoever may log the unit's feedback: in private, or by mistake in the
    // case's unit's group (saved all the same, the message cleaned up; issue 17), never in another unit's group
    name: '/phananh lienhe <mã>',
    command: 'phananh',
    // no phone here: a phone typed into a group is cleaned up (deleted and reposted, or a recall asked), which
    // tests/e2e/telegram-leak-cleanup.test.ts and the feedback scenario check; this row is about who may
    say: (f) => `/phananh lienhe ${f.ticket} Trần Thị Bình, bản Hô Tra`,
    denied: () => INTAKE_ONLY(BVDK),
    deniedNoRole: () => INTAKE_ONLY(BVDK),
    done: (cell, answer) =>
      expect(answer.text.startsWith(`Đã lưu riêng thông tin liên hệ cho ${cell.f.ticket}`), 'expected the contact saved'),
    cells: { ...everyone('DDDD'), focal_point: 'ANAA', deputy: 'ANAA', feedback_handler: 'ANAA' },
  },
  {
    // correcting what a one-line intake guessed: whoever may log the case's unit's feedback; the case names
    // its unit, so a group bound to none does not stop them, but another unit's group does (as for /xuly)
    name: '/phananh <mã> loai',
    command: 'phananh',
    say: (f) => `/phananh ${f.ticket} loai vệ sinh môi trường`,
    denied: () => INTAKE_ONLY(BVDK),
    deniedNoRole: () => INTAKE_ONLY(BVDK),
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Đã sửa ${cell.f.ticket}: loại vệ sinh môi trường, mức độ bình thường.`),
        'expected the category changed',
      ),
    cells: { ...everyone('DDDD'), focal_point: 'ANAA', deputy: 'ANAA', feedback_handler: 'ANAA' },
  },
  {
    name: '/phananh <mã> muc',
    command: 'phananh',
    say: (f) => `/phananh ${f.ticket} muc khẩn`,
    denied: () => INTAKE_ONLY(BVDK),
    deniedNoRole: () => INTAKE_ONLY(BVDK),
    done: (cell, answer) =>
      expect(
        new RegExp(`^Đã sửa ${escape(cell.f.ticket)}: loại .+, mức độ khẩn cấp\\.`).test(answer.text),
        'expected the case made urgent',
      ),
    cells: { ...everyone('DDDD'), focal_point: 'ANAA', deputy: 'ANAA', feedback_handler: 'ANAA' },
  },
  {
    // the feedback handler, for a ticket of a unit they handle; the ticket names the unit, so a group bound to
    // none does not stop them, but another unit's group does
    name: '/xuly',
    command: 'xuly',
    say: (f) => `/xuly ${f.ticket} đã xử lý Đã liên hệ và giải thích cho người bệnh`,
    denied: () =>
      'Chỉ cán bộ xử lý phản ánh mới dùng được lệnh /xuly. Hãy nhờ quản trị viên dùng /phanquyen xử lý phản ánh nếu bạn phụ trách việc này.',
    deniedNoRole: () => NO_ROLE('xuly', 'cán bộ xử lý phản ánh'),
    done: (cell, answer) =>
      expect(answer.text.startsWith(`Đã cập nhật ${cell.f.ticket}`) && answer.text.includes('→'), 'expected the case moved on'),
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
    name: '/homthu <số thư>',
    command: 'homthu',
    say: () => '/homthu 2 Nguyễn Văn A, Trần Thị B',
    denied: () =>
      'Lệnh /homthu dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị. Hãy nhờ quản trị viên dùng /phanquyen nếu bạn phụ trách việc này.',
    deniedNoRole: () => NO_ROLE('homthu', 'cán bộ đầu mối, cán bộ đầu mối dự phòng (cấp phó) hoặc cán bộ xử lý phản ánh'),
    done: /^Đã ghi biên bản mở hòm thư ngày 23\/11\/2026: 2 thư; chứng kiến: Nguyễn Văn A, Trần Thị B\./,
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
    // how often the box is opened: the focal point and the deputy (the handler opens it but does not set it;
    // administrators set it for many units with the units import)
    name: '/homthu lich <n>',
    command: 'homthu',
    say: () => '/homthu lich 14',
    denied: ({ role, place }) =>
      role === 'feedback_handler' && place === 'own'
        ? 'Lịch mở hòm thư do cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị đặt'
        : 'Lệnh /homthu dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị. Hãy nhờ quản trị viên dùng /phanquyen nếu bạn phụ trách việc này.',
    deniedNoRole: () => NO_ROLE('homthu', 'cán bộ đầu mối, cán bộ đầu mối dự phòng (cấp phó) hoặc cán bộ xử lý phản ánh'),
    done: new RegExp(`^Đã đặt lịch mở hòm thư của ${BVDK}: 14 ngày một lần\\.`),
    cells: {
      admin: 'DDDN',
      department_leader: 'DDDN',
      unit_leader: 'DDDN',
      focal_point: 'ADNN',
      deputy: 'ADNN',
      feedback_handler: 'DDNN',
      staff: 'DDDN',
      none: 'DDDN',
    },
  },
  {
    // anyone with a role sets their own leave; only an administrator sets someone else's (here: the focal
    // point's); someone with no role sets nothing
    name: '/nghiphep đến <ngày> @tên',
    command: 'nghiphep',
    say: () => '/nghiphep đến 30/11 @dau-moi',
    denied: () => 'Chỉ quản trị viên mới đặt nghỉ phép cho người khác; bạn có thể đặt cho chính mình: /nghiphep đến 30/11.',
    deniedNoRole: () => NO_ROLE('nghiphep'),
    done: /^Đã ghi nhận Nguyễn Thị Lan nghỉ phép đến hết ngày 30\/11\/2026\./,
    cells: { ...everyone('DDDD'), admin: 'AAAA', focal_point: 'AAAA' },
  },
  {
    // ending one's own leave: anyone with a role, anywhere
    name: '/nghiphep huy',
    command: 'nghiphep',
    say: () => '/nghiphep huy',
    denied: anyoneDenial,
    deniedNoRole: () => NO_ROLE('nghiphep'),
    done: (cell, answer) => {
      const name = cell.f.names[PERSON[cell.role]]!;
      // allowed: the leave ended, or the person told they had none to end (nobody is on leave in the fixtures)
      const ended = answer.text.startsWith(`Đã kết thúc nghỉ phép của ${name};`);
      return expect(
        ended || answer.text.startsWith(`${name} không có nghỉ phép nào đang ghi nhận;`),
        `expected ${name}'s leave ended, or none`,
      );
    },
    cells: { ...everyone('AAAA'), none: 'DDDD' },
  },
  {
    // leaders: the Department's leaders and administrators anywhere; a unit's leader for the units they lead (issue 21)
    name: '/tonghop',
    command: 'tonghop',
    say: () => '/tonghop',
    denied: () => 'Lệnh /tonghop dành cho lãnh đạo Sở, quản trị viên, và lãnh đạo đơn vị cho các đơn vị mình phụ trách.',
    deniedNoRole: () => NO_ROLE('tonghop', 'quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị'),
    done: allOf(starts(/^(Bản tin lãnh đạo tuần 48\/2026 — toàn ngành|Tổng hợp tuần 48\/2026 — .+)\n/), withFiles('.png')),
    cells: { ...everyone('DDDD'), admin: 'AAAA', department_leader: 'AAAA', unit_leader: 'ADAA' },
  },
  {
    // DESIGN: leaders
    name: '/xuatbaocao',
    command: 'xuatbaocao',
    say: () => '/xuatbaocao KH20-2026',
    denied: () => 'Lệnh /xuatbaocao dành cho lãnh đạo Sở, quản trị viên, và lãnh đạo đơn vị cho các đơn vị mình phụ trách.',
    deniedNoRole: () => NO_ROLE('xuatbaocao', 'quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị'),
    done: allOf(starts(/^📑 Báo cáo tổng hợp kết quả năm 2026 thực hiện Kế hoạch số 20\/KH-SYT/), withFiles('.xlsx', '.docx')),
    // a unit's leader gets the report of the units they lead (issue 21), where their role holds
    cells: { ...everyone('DDDD'), admin: 'AAAA', department_leader: 'AAAA', unit_leader: 'ADAA' },
  },
  {
    // the digest schedule of a group: its unit's leader, the Department's leaders, administrators
    name: '/lich <thứ> <giờ>',
    command: 'lich',
    say: () => '/lich thứ 2 7:30',
    denied: () => 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.',
    deniedNoRole: () => NO_ROLE('lich', 'quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị'),
    done: /^Đã lưu\. Nhóm nhận bản tin tuần vào thứ Hai lúc 07:30\./,
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
  {
    name: '/lich tắt',
    command: 'lich',
    say: () => '/lich tắt',
    denied: () => 'Lệnh /lich dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.',
    deniedNoRole: () => NO_ROLE('lich', 'quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị'),
    done: /^Đã lưu\. Nhóm này đã tắt bản tin tuần\./,
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
  {
    name: '/tracuu',
    command: 'tracuu',
    say: () => '/tracuu trang phục y tế',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^📄 Thông tư 45\/2015\/TT-BYT/,
    cells: everyone('AAAA'),
  },
  {
    // a question addressed to the bot without a command (a mention, a reply to it, a private message): the lookup
    name: 'free text addressed to the bot',
    command: 'tracuu',
    say: () => 'thông tư nào quy định về trang phục y tế?',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^📄 Thông tư 45\/2015\/TT-BYT/,
    cells: everyone('AAAA'),
  },
  {
    // group talk not meant for the bot: no answer, and not even the newcomer is written down
    name: 'group chatter',
    command: 'tracuu',
    say: () => 'Chiều nay 14 giờ họp giao ban, mọi người nhớ mang số liệu nhé',
    addressed: false,
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    // (a private message is always addressed to the bot, on every platform: it is read by what it asks, and
    // chatter gets a short answer, never a document — issue 19)
    done: /^(📄|Tôi chưa chắc|Tôi không tìm thấy|Có thể bạn muốn hỏi|Việc này tôi chưa giúp được)/,
    cells: everyone('SSSA'),
  },
  {
    // which documents a unit follows: the people who answer for its paperwork, in its group
    name: '/theodoi <số hiệu>',
    command: 'theodoi',
    say: () => '/theodoi 45/2015/TT-BYT',
    denied: ({ place }) =>
      `Lệnh /theodoi dành cho quản trị viên, lãnh đạo Sở, lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó) của ${unitOf[place]}.`,
    deniedNoRole: () =>
      NO_ROLE('theodoi', 'quản trị viên, lãnh đạo Sở, lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó)'),
    done: (cell, answer) =>
      expect(
        answer.text.startsWith(`Đã theo dõi Thông tư 45/2015/TT-BYT (`) && answer.text.includes(` cho ${listedUnit(cell)}.`),
        'expected the unit to follow it',
      ),
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
    name: '/theodoi bỏ <số hiệu>',
    command: 'theodoi',
    say: (f) => `/theodoi bỏ ${f.followed}`,
    denied: ({ place }) =>
      `Lệnh /theodoi dành cho quản trị viên, lãnh đạo Sở, lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó) của ${unitOf[place]}.`,
    deniedNoRole: () =>
      NO_ROLE('theodoi', 'quản trị viên, lãnh đạo Sở, lãnh đạo đơn vị, cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó)'),
    done: (cell, answer) =>
      expect(answer.text.startsWith(`${listedUnit(cell)} đã thôi theo dõi ${cell.f.followed}.`), 'expected the unit to stop following it'),
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
    name: '/dangky',
    command: 'dangky',
    say: () => '/dangky CDC',
    denied: () => ADMIN_ONLY('dangky'),
    deniedNoRole: () => ADMIN_ONLY('dangky'),
    // (CDC's own group is CDC's already: nothing to change, and it says so)
    done: ({ place }, answer) =>
      place === 'other'
        ? expect(answer.text.startsWith(`Nhóm này đã gắn với ${CDC} (CDC) từ trước, không có gì thay đổi.`), 'expected "already bound"')
        : place === 'unbound'
          ? expect(answer.text.startsWith(`Đã gắn nhóm này với ${CDC} (CDC)`), 'expected the group bound at once')
          : // a bound group is moved only once confirmed: the question names both
            expect(
              answer.text.startsWith('Nhóm này đang gắn với') && answer.text.includes(`Chuyển nhóm này sang ${CDC}`),
              'expected the move asked',
            ),
    cells: { ...everyone('DDDN'), admin: 'AAAN' },
  },
  {
    name: '/phanquyen <vai trò> @tên',
    command: 'phanquyen',
    say: () => '/phanquyen đầu mối @nhan-vien BVDK',
    denied: () => ADMIN_ONLY('phanquyen'),
    deniedNoRole: () => ADMIN_ONLY('phanquyen'),
    done: /^Đã giao vai trò cán bộ đầu mối của Bệnh viện Đa khoa tỉnh Lai Châu cho Hoàng Thị Mai\./,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    name: '/phanquyen bỏ <vai trò> @tên',
    command: 'phanquyen',
    say: () => '/phanquyen bỏ nhân viên @nhan-vien BVDK',
    denied: () => ADMIN_ONLY('phanquyen'),
    deniedNoRole: () => ADMIN_ONLY('phanquyen'),
    done: /^Hoàng Thị Mai không còn là cán bộ, nhân viên của Bệnh viện Đa khoa tỉnh Lai Châu\./,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    // who holds what: administrators and Department leaders everywhere, a unit's leader for the units they lead
    name: '/phanquyen ds',
    command: 'phanquyen',
    say: () => '/phanquyen ds',
    denied: () => 'Danh sách vai trò (lệnh /phanquyen ds) dành cho quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị.',
    deniedNoRole: () => NO_ROLE('phanquyen', 'quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị'),
    done: (cell, answer) => {
      const whole = cell.role !== 'unit_leader' && cell.place !== 'own' && cell.place !== 'other';
      const scope =
        cell.role === 'unit_leader'
          ? cell.place === 'own'
            ? BVDK
            : 'các đơn vị bạn phụ trách'
          : cell.place === 'own'
            ? BVDK
            : cell.place === 'other'
              ? CDC
              : 'toàn Sở';
      return expect(
        answer.text.startsWith(`Vai trò theo đơn vị — ${scope} (`) && answer.text.includes('Nguyễn Thị Lan') === (cell.place !== 'other'),
        `expected the roster of ${scope}${whole ? ' with the Department-wide roles' : ''}`,
      );
    },
    cells: { ...everyone('DDDD'), admin: 'AAAA', department_leader: 'AAAA', unit_leader: 'ADAA' },
  },
  {
    // one unit at a glance: seen by whoever may see the unit's tasks (the rule of /nhiemvu)
    name: '/donvi',
    command: 'donvi',
    say: () => '/donvi',
    denied: ({ place }) =>
      `Lệnh /donvi dành cho cán bộ của ${unitOf[place]}. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.`,
    deniedNoRole: () => NO_ROLE('donvi'),
    done: /^(Bệnh viện Đa khoa tỉnh Lai Châu \(BVDK\)|Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu \(CDC\))\n/,
    cells: { ...everyone('ADNA'), admin: 'AANN', department_leader: 'AANN', none: 'DDDD' },
  },
  {
    name: '/ngonngu',
    command: 'ngonngu',
    say: () => '/ngonngu en',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /English/,
    cells: everyone('AAAA'),
  },
  {
    name: '/ngaynghi thêm',
    command: 'ngaynghi',
    say: () => '/ngaynghi thêm 28/12/2026 Nghỉ bù',
    denied: () => ADMIN_ONLY('ngaynghi'),
    deniedNoRole: () => ADMIN_ONLY('ngaynghi'),
    done: /^Đã ghi 28\/12\/2026/,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    name: '/ngaynghi xóa',
    command: 'ngaynghi',
    say: (f) => `/ngaynghi xóa ${f.dayOff}`,
    denied: () => ADMIN_ONLY('ngaynghi'),
    deniedNoRole: () => ADMIN_ONLY('ngaynghi'),
    done: (cell, answer) =>
      expect(answer.text.startsWith(`Đã xóa ghi chú ngày ${cell.f.dayOff}`), `expected the note of ${cell.f.dayOff} removed`),
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    // issue 18: the saved plans, for anyone with a role, anywhere
    name: '/kehoach',
    command: 'kehoach',
    say: () => '/kehoach',
    denied: anyoneDenial,
    deniedNoRole: () => NO_ROLE('kehoach'),
    done: /^Các kế hoạch đang theo dõi \(\d+\):\n/,
    cells: { ...everyone('AAAA'), none: 'DDDD' },
  },
  {
    // correcting a saved plan: administrators only, wherever typed
    name: '/kehoach sửa',
    command: 'kehoach',
    say: (f) => `/kehoach sửa ${f.task} nguoinhan Văn phòng Sở`,
    denied: () => 'Chỉ quản trị viên mới sửa, bỏ nhiệm vụ hoặc lưu trữ kế hoạch (lệnh /kehoach). Bạn vẫn xem được kế hoạch: /kehoach.',
    deniedNoRole: () => NO_ROLE('kehoach', 'quản trị viên'),
    done: /^Đã sửa người nhận báo cáo của nhiệm vụ NV\d+ \(kế hoạch [^)\n]+\):\n/,
    cells: { ...everyone('DDDD'), admin: 'AAAA' },
  },
  {
    // pasting a plan: administrators, in a private chat
    name: '/nhapkehoach',
    command: 'nhapkehoach',
    say: () => '/nhapkehoach',
    denied: () => ADMIN_ONLY('nhapkehoach'),
    deniedNoRole: () => ADMIN_ONLY('nhapkehoach'),
    done: /^Hãy dán nội dung kế hoạch/,
    cells: { ...everyone('NNND'), admin: 'NNNA' },
  },
  {
    // issue 24: a one-time link to the dashboard, in a private chat only (a group could open it)
    name: '/dangnhap',
    command: 'dangnhap',
    say: () => '/dangnhap',
    denied: () => 'never denied to someone with a role',
    deniedNoRole: () => NO_ROLE('dangnhap'),
    done: /^Mở liên kết sau để đăng nhập bảng điều khiển:\nhttp:\/\/127\.0\.0\.1:8080\/dang-nhap\?t=[\w-]{43}\n/,
    cells: { ...everyone('NNNA'), none: 'NNND' },
  },
  {
    // ends the person's own dashboard sessions, wherever typed: nobody else's, so anyone may
    name: '/dangxuat',
    command: 'dangxuat',
    say: () => '/dangxuat',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^Bạn không đăng nhập bảng điều khiển ở trình duyệt nào\.$/,
    cells: everyone('AAAA'),
  },
  {
    // nothing is waiting in this chat: it says so (a flow it cancels: the last test of the console matrix)
    name: '/huy',
    command: 'huy',
    say: () => '/huy',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^Không có thao tác nào đang chờ để hủy\.$/,
    cells: everyone('AAAA'),
  },
  {
    // nothing was set aside in this chat: it says so (issue 19)
    name: '/tieptuc',
    command: 'tieptuc',
    say: () => '/tieptuc',
    denied: anyoneDenial,
    deniedNoRole: anyoneDenial,
    done: /^Không có thao tác nào đang tạm dừng để tiếp tục\.$/,
    cells: everyone('AAAA'),
  },
];

/**
 * What is wrong with one cell's answer, or null. `answer` null is silence. The database check (a refusal or
 * a silence changes nothing) is the caller's: it knows how to read the database of its platform.
 */
export function judge(row: Row, role: RoleName, place: Place, f: Fixtures, answer: Answer | null): string | null {
  const expected = row.cells[role][PLACES.indexOf(place)] as Outcome;
  const cell: CellContext = { role, place, f };
  const text = answer?.text ?? '';
  if (APOLOGY.test(text)) return 'got an apology';
  if (expected === 'S') return answer && (text || answer.notices > 0) ? `expected silence, got: ${text.slice(0, 200)}` : null;
  if (!text) return 'got silence';
  if (expected === 'A') {
    if (
      NOT_HERE.some((pattern) => pattern.test(text)) ||
      text.startsWith(row.denied(cell)) ||
      text === row.deniedNoRole(cell) ||
      text === NO_ROLE(row.command)
    ) {
      return `got a refusal: ${text}`;
    }
    if (!row.done) return 'the row says nothing of what an allowed run must do';
    const problem = row.done instanceof RegExp ? expect(row.done.test(text), `expected ${row.done}`) : row.done(cell, answer!);
    return problem && `${problem}; the command answered: ${text.slice(0, 300)}`;
  }
  if (expected === 'D') {
    const wanted = role === 'none' ? row.deniedNoRole(cell) : row.denied(cell);
    if (!text.startsWith(wanted)) return `expected "${wanted}", got: ${text}`;
  } else if (!NOT_HERE.some((pattern) => pattern.test(text))) {
    return `expected "not here", got: ${text}`;
  }
  // A refusal is short, polite and has nothing for another chat or person.
  if (text.length > 400 || answer!.notices > 0 || answer!.files.length > 0)
    return `the refusal is ${text.length} characters with ${answer!.notices} notices`;
  return null;
}
