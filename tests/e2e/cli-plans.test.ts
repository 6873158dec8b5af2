import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessRun, runCli, runCliInProcess } from '../support/cli-process.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

/**
 * Runs `npm run cli -- <args>` with a script of lines on standard input, in this process: what these tests
 * check is the commands, not the process (a process start costs seconds). A few go through a real process.
 */
const cli = (args: string[], input = '', extraEnv: Record<string, string> = {}): Promise<ProcessRun> =>
  runCliInProcess(args, { ...env, ...extraEnv }, input);
/** The same as its own process, the way an operator runs it. */
const cliProcess = (args: string[], input = ''): Promise<ProcessRun> => runCli(args, env, input);

let dir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tda-e2e-plans-'));
  if (process.env.DATABASE_URL) {
    pg = await openTestDatabase();
    env = { DATABASE_URL: pg.url! };
  } else {
    env = { DATA_DIR: path.join(dir, 'data') };
  }
  const demo = await cliProcess(['demo']);
  expect(demo.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli deadlines', () => {
  it('prints one JSON object: the rules and the warnings as "code: message"', async () => {
    const run = await cli([
      'deadlines',
      'Báo cáo về Sở trước ngày 15 tháng 6 và 15/12 hằng năm; thành lập xong trong Quý 11/2014',
      '--json',
      '--reference-date',
      '2026-01-10',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      rules: [
        { kind: 'yearly', month: 6, day: 15, inclusive: false },
        { kind: 'yearly', month: 12, day: 15, inclusive: false },
        { kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' },
      ],
      warnings: ['typo_quarter: “Quý 11/2014” được đọc là Quý II/2014 (có vẻ gõ nhầm); cần kiểm tra lại.'],
    });
  }, 60_000);

  it('adds the next 4 occurrences of each rule, stated and effective, on the calendar in the database (Đ.148 k.5)', async () => {
    // an announced day off recorded by `cli holidays` moves a last day on it to the next working day
    expect((await cli(['holidays', 'add', '14/12/2026', 'Nghỉ hoán đổi'])).code).toBe(0);
    const run = await cli([
      'deadlines',
      'Báo cáo trước ngày 15 tháng 6 và chậm nhất ngày 14/12 hằng năm',
      '--json',
      '--reference-date',
      '2026-01-10',
    ]);
    const { occurrences } = JSON.parse(run.stdout);
    expect(occurrences).toHaveLength(8);
    expect(occurrences.slice(0, 2)).toEqual([
      {
        rule: 0,
        period: '2026',
        stated: '2026-06-14',
        effective: '2026-06-15',
        reason: 'hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06',
      },
      { rule: 0, period: '2027', stated: '2027-06-14', effective: '2027-06-14', reason: null },
    ]);
    expect(occurrences[4]).toEqual({
      rule: 1,
      period: '2026',
      stated: '2026-12-14',
      effective: '2026-12-15',
      reason: 'hạn 14/12 (Nghỉ hoán đổi) → nộp đến hết thứ Ba 15/12',
    });
    expect((await cli(['holidays', 'remove', '14/12/2026'])).code).toBe(0);
  }, 90_000);

  it('takes the year of a date without one from --reference-date, and refuses a bad one', async () => {
    const run = await cli(['deadlines', 'gửi trước ngày 10/01', '--json', '--reference-date', '2026-11-22']);
    expect(JSON.parse(run.stdout).rules).toEqual([{ kind: 'once', due: '2027-01-10', inclusive: false, precision: 'day' }]);
    const bad = await cli(['deadlines', 'gửi trước ngày 10/01', '--json', '--reference-date', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--reference-date cần một ngày có thật dạng YYYY-MM-DD');
    const empty = await cli(['deadlines', '--json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Cách dùng: npm run cli -- deadlines');
  }, 60_000);
});

describe('cli import plan', () => {
  it("--dry-run --json shows a seed plan's proposal and saves nothing", async () => {
    const run = await cli(['import', 'plan', 'resources/plans/004_9e6766c84e19ba12.txt', '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const proposal = JSON.parse(run.stdout);
    expect(proposal.plan).toMatchObject({ code: 'TTCCHC-2019', year: 2019 });
    const photos = proposal.tasks.find((task: { title: string }) => task.title.startsWith('Tập hợp các hình ảnh'));
    expect(photos).toMatchObject({
      rule: { kind: 'once', due: '2019-11-20', inclusive: false, precision: 'day' },
      units: ['CDC'],
      recipient: 'Sở Y tế',
    });
    expect(photos.warnings).toEqual(['past_deadline: Hạn 19/11/2019 đã qua.']);
    // an instruction that became no task is there for the reviewer to add
    expect(proposal.unusedSentences).toContain('Thông báo rộng rãi, công khai địa chỉ đường dây nóng.');
  }, 60_000);

  it('asks before saving, takes "bỏ …", saves on "có", and refuses the same plan twice', async () => {
    const file = path.join(dir, 'ke-hoach-sot-xuat-huyet.txt');
    await writeFile(
      file,
      [
        'Số: 45/KH-SYT                    Hà Giang, ngày 12 tháng 10 năm 2026',
        'KẾ HOẠCH',
        'Phòng, chống sốt xuất huyết năm 2026',
        'II. NỘI DUNG',
        '- Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch hằng tháng, gửi về Sở Y tế trước ngày 5 của tháng sau.',
        '- Các Trung tâm Y tế huyện gửi báo cáo giám sát véc-tơ trong 5 ngày làm việc sau khi kết thúc quý.',
        '- Các đơn vị trực thuộc tổ chức chiến dịch diệt lăng quăng chậm nhất ngày 15/12/2026.',
      ].join('\n'),
    );
    const run = await cli(['import', 'plan', file, '--reference-date', '2026-11-23'], 'để xem\nbỏ 3\ncó\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kế hoạch: Phòng, chống sốt xuất huyết năm 2026');
    expect(run.stdout).toContain('Hạn: trong 5 ngày làm việc sau khi kết thúc mỗi quý');
    // under each task: whom it goes to (or that the plan names no one) and the sentence it came from
    expect(run.stdout).toMatch(
      /\n {3}Gửi: Sở Y tế\n(?: {3}⚠ .*\n)* {3}Nguồn: “Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch hằng tháng,[^”]*”/,
    );
    expect(run.stdout).toContain('   Gửi: (kế hoạch không ghi người nhận báo cáo)');
    // the list shown again after "bỏ 3" says the same, shorter
    expect(run.stdout).toContain('   Nhận: Sở Y tế');
    expect(run.stdout).toContain('Chưa rõ ý bạn.');
    expect(run.stdout).toContain('Đã bỏ nhiệm vụ 3; còn 2 nhiệm vụ.');
    expect(run.stdout).toContain('Đã lưu kế hoạch KH45-2026: 2 nhiệm vụ, 4 lượt giao cho đơn vị.');

    const again = await cli(['import', 'plan', file, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Kế hoạch này đã được nhập trước đây (mã KH45-2026); không nhập lại.');

    const unanswered = await cli(['import', 'plan', 'resources/plans/002_787ed9ad3e31e18c.txt'], '');
    expect(unanswered.stdout).toContain('Không nhận được câu trả lời nên chưa lưu gì.');
  }, 120_000);

  it('reads YAML plans and lists the problems of a malformed one', async () => {
    const ok = await cli(['import', 'plan', 'resources/plans/example-plan.yaml', '--dry-run']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('5. Báo cáo đột xuất khi có ca bệnh nghi sởi');
    const file = path.join(dir, 'sai.yaml');
    await writeFile(file, 'title: Kế hoạch\ntasks:\n  - rule: { kind: yearly, month: 13, day: 1, inclusive: true }\n');
    const bad = await cli(['import', 'plan', file, '--dry-run']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Tệp kế hoạch chưa đúng mẫu');
    expect(bad.stderr).toContain('• tasks.0.title: còn thiếu');
    // a day that is not on the calendar: named with its task, nothing saved, no stack trace
    const impossible = path.join(dir, 'ngay-sai.yaml');
    const tasks = (due: string) =>
      `title: Kế hoạch ngày sai\nyear: 2026\ntasks:\n  - title: Nộp báo cáo quý\n    rule: { kind: once, due: "${due}", inclusive: true, precision: day }\n  - title: Báo cáo năm\n    rule: { kind: yearly, month: 2, day: 30, inclusive: true }\n`;
    await writeFile(impossible, tasks('2026-02-31'));
    const refused = await cli(['import', 'plan', impossible, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('• nhiệm vụ “Nộp báo cáo quý” (tasks.0.rule.due): ngày 31/02/2026 không có trên lịch');
    expect(refused.stderr).toContain('• nhiệm vụ “Báo cáo năm” (tasks.1.rule.day): ngày 30/02 không có trên lịch');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    await writeFile(impossible, tasks('2026-02-28').replace('day: 30', 'day: 29'));
    const corrected = await cli(['import', 'plan', impossible, '--yes', '--reference-date', '2026-01-05']);
    expect(corrected.stdout).toContain('Đã lưu kế hoạch');
    const kind = await cli(['import', 'plan', 'README.pdf']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Chỉ nhập được tệp .txt');
  }, 240_000);
});

describe('cli plan ladder, reminders and digest', () => {
  it('shows and changes when a plan is reminded, and refuses what is not a plan or a number', async () => {
    const shown = await cli(['plan', 'ladder', 'danvan-2026']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Nhắc hạn của kế hoạch DANVAN-2026');
    expect(shown.stdout).toContain(
      'nhắc đầu mối 3 ngày làm việc trước hạn; báo lãnh đạo đơn vị vào ngày đến hạn; báo lãnh đạo Sở sau 1 ngày làm việc quá hạn (mặc định).',
    );
    const set = await cli(['plan', 'ladder', 'DANVAN-2026', '--before', '5', '--escalate-after', 'never']);
    expect(set.stdout).toContain('Đã đổi nhắc hạn của kế hoạch DANVAN-2026');
    expect(set.stdout).toContain('nhắc đầu mối 5 ngày làm việc trước hạn; báo lãnh đạo đơn vị vào ngày đến hạn; không báo lãnh đạo Sở.');
    const bad = await cli(['plan', 'ladder', 'DANVAN-2026', '--before', 'năm']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--before chưa đúng');
    const unknown = await cli(['plan', 'ladder', 'KHONG-CO', '--before', '2']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có kế hoạch mã “KHONG-CO”');
  }, 240_000);

  it('shows a plan as JSON, corrects a task, removes one and archives the plan; dry runs and bad input change nothing', async () => {
    const shown = await cli(['plan', 'show', 'qtux-2026', '--json']);
    expect(shown.code).toBe(0);
    const plan = JSON.parse(shown.stdout);
    expect(plan).toMatchObject({ code: 'QTUX-2026', archived: false });
    expect(plan.tasks.length).toBeGreaterThan(1);
    expect(Object.keys(plan.tasks[0]).sort()).toEqual(['code', 'deadline', 'recipient', 'rule', 'title', 'units']);
    const [first, second] = plan.tasks as Array<{ code: string; title: string }>;

    const recipient = await cli(['plan', 'task', 'QTUX-2026', first!.code, '--recipient', 'Văn phòng Sở']);
    expect(recipient.code).toBe(0);
    expect(recipient.stdout).toContain(`Đã sửa người nhận báo cáo của nhiệm vụ ${first!.code} (kế hoạch QTUX-2026):`);
    expect(recipient.stdout).toContain('Gửi báo cáo về: Văn phòng Sở');
    const unread = await cli(['plan', 'task', 'QTUX-2026', first!.code, '--deadline', 'khi nào rảnh']);
    expect(unread.code).toBe(1);
    expect(unread.stderr).toContain('Chưa đọc được hạn từ “khi nào rảnh”, nên chưa sửa gì.');
    expect((await cli(['plan', 'task', 'QTUX-2026', first!.code])).code).toBe(2);
    const elsewhere = await cli(['plan', 'task', 'DANVAN-2026', first!.code, '--title', 'Tên khác']);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`Không có nhiệm vụ ${first!.code}`);

    const dry = await cli(['plan', 'remove-task', 'QTUX-2026', second!.code]);
    expect(dry.stdout).toContain(`Bỏ nhiệm vụ ${second!.code} “${second!.title}” của kế hoạch QTUX-2026?`);
    expect(dry.stdout).toContain('(Chạy thử: chưa thay đổi gì. Thêm --yes để thực hiện.)');
    expect(JSON.parse((await cli(['plan', 'show', 'QTUX-2026', '--json'])).stdout).tasks).toHaveLength(plan.tasks.length);
    const removed = await cli(['plan', 'remove-task', 'QTUX-2026', second!.code, '--yes']);
    expect(removed.stdout).toMatch(new RegExp(`^Đã bỏ nhiệm vụ ${second!.code} `));
    expect(JSON.parse((await cli(['plan', 'show', 'QTUX-2026', '--json'])).stdout).tasks).toHaveLength(plan.tasks.length - 1);

    const archived = await cli(['plan', 'archive', 'QTUX-2026', '--yes']);
    expect(archived.stdout).toMatch(/^Đã lưu trữ kế hoạch QTUX-2026: hủy \d+ lượt hạn đang mở/);
    expect(JSON.parse((await cli(['plan', 'show', 'QTUX-2026', '--json'])).stdout)).toMatchObject({ archived: true, openOccurrences: 0 });
  }, 300_000);

  it('replaces a saved plan by a corrected file: a dry run first, then --yes', async () => {
    const plan = (tasks: string) => `Số: 77/KH-SYT                    Lai Châu, ngày 02 tháng 11 năm 2026

KẾ HOẠCH
Kiểm tra an toàn thực phẩm dịp Tết năm 2026

II. NỘI DUNG
${tasks}
`;
    const first = path.join(dir, 'atTP.txt');
    const corrected = path.join(dir, 'atTP-sua.txt');
    await writeFile(
      first,
      plan(
        '- Các bệnh viện kiểm tra bếp ăn tập thể chậm nhất ngày 15/12/2026.\n- Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu xét nghiệm thực phẩm chậm nhất ngày 20/12/2026.',
      ),
    );
    await writeFile(corrected, plan('- Các bệnh viện kiểm tra bếp ăn tập thể chậm nhất ngày 18/12/2026.'));
    const saved = await cli(['import', 'plan', first, '--yes']);
    expect(saved.code).toBe(0);
    const code = /Đã lưu kế hoạch (\S+):/.exec(saved.stdout)![1]!;
    const refused = await cli(['import', 'plan', corrected, '--yes']);
    expect(refused.stderr).toContain(`đã được nhập trước đây (mã ${code})`);
    const dry = await cli(['import', 'plan', corrected, '--replace', code, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`Thay thế kế hoạch ${code}: thêm 0, bỏ 1, sửa 1, giữ nguyên 0 nhiệm vụ.`);
    expect(dry.stdout).toContain('   hạn: chậm nhất ngày 15/12/2026 → chậm nhất ngày 18/12/2026');
    expect(dry.stdout).toContain('(Chạy thử: chưa thay đổi gì. Thêm --yes để thực hiện.)');
    const no = await cli(['import', 'plan', corrected, '--replace', code], 'không\n');
    expect(no.stdout).toContain('Đã hủy, không lưu gì.');
    expect(JSON.parse((await cli(['plan', 'show', code, '--json'])).stdout).tasks).toHaveLength(2);
    const done = await cli(['import', 'plan', corrected, '--replace', code, '--yes']);
    expect(done.stdout).toContain(`Đã thay thế kế hoạch ${code}: thêm 0, bỏ 1, sửa 1 nhiệm vụ`);
    const after = JSON.parse((await cli(['plan', 'show', code, '--json'])).stdout);
    expect(after.tasks).toHaveLength(1);
    expect(after.tasks[0].deadline).toBe('chậm nhất ngày 18/12/2026');
  }, 300_000);

  it('refuses an --at that is not a moment in Vietnamese, with exit code 2 and no stack trace', async () => {
    for (const command of ['reminders', 'digest']) {
      const run = await cliProcess([command, '--at', 'foo', '--dry-run']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--at cần một thời điểm dạng ISO-8601, ví dụ 2026-11-23T08:00:00+07:00 (bạn gõ “foo”)');
      expect(run.stderr).not.toMatch(/TypeError|\n\s+at /);
    }
  }, 120_000);
});

describe('cli import units and holidays', () => {
  it('adds and updates units from CSV, all rows or none', async () => {
    const good = path.join(dir, 'don-vi.csv');
    await writeFile(
      good,
      'code,name,short name,kind,parent code\nTTYT-MT,Trung tâm Y tế Mường Tè,TTYT Mường Tè,health_center,SYT\n"TYT-KAHO","Trạm Y tế xã Ka Lăng, Mường Tè",TYT Ka Lăng,trạm y tế,TTYT-MT\n',
    );
    const run = await cli(['import', 'units', good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đơn vị: thêm 2, cập nhật 0, giữ nguyên 0.');
    const again = await cli(['import', 'units', good]);
    expect(again.stdout).toContain('Đơn vị: thêm 0, cập nhật 0, giữ nguyên 2.');

    const bad = path.join(dir, 'sai.csv');
    await writeFile(bad, 'TTYT-X,Trung tâm X,,health_center,KHONGCO\nTTYT-Y,,,,SYT\n');
    const refused = await cli(['import', 'units', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('• dòng 1, đơn vị cha: không có đơn vị cha “KHONGCO”');
    expect(refused.stderr).toContain('• dòng 2, tên: còn thiếu');
    expect((await cli(['import', 'units', bad, '--dry-run'])).code).toBe(1);
  }, 90_000);

  it('records, lists and removes announced days', async () => {
    expect((await cli(['holidays', 'add', '13/02/2026', 'Nghỉ', 'Tết', 'theo', 'thông', 'báo'])).stdout).toContain(
      'Đã ghi 13/02/2026 là ngày nghỉ: Nghỉ Tết theo thông báo.',
    );
    const list = await cli(['holidays', 'list', '2026']);
    expect(list.stdout).toContain('13/02/2026 · Nghỉ Tết theo thông báo · nghỉ, theo thông báo');
    expect(list.stdout).toContain('17/02/2026 · Tết Nguyên đán · nghỉ, theo Bộ luật Lao động');
    expect((await cli(['holidays', 'remove', '2026-02-13'])).stdout).toContain('Đã xóa ghi chú ngày 13/02/2026');
    const bad = await cli(['holidays', 'add', '31/02/2026', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('không phải một ngày hợp lệ');
  }, 90_000);
});

describe('a PostgreSQL that cannot be reached', () => {
  it('stops the command with one Vietnamese line naming the host, without the password or a stack trace', async () => {
    const run = await runCli(['ask', 'trang phục y tế'], { DATABASE_URL: 'postgres://u:supersecret@127.0.0.1:1/db' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Không kết nối được PostgreSQL tại 127.0.0.1:1/db (ECONNREFUSED). Kiểm tra DATABASE_URL (máy chủ, cổng, tên cơ sở dữ liệu, mật khẩu) và máy chủ PostgreSQL đang chạy, rồi khởi động lại.',
    );
  }, 60_000);
});

describe('cli help and bad options', () => {
  it('answers --help with the usage, and a wrong option in Vietnamese with the whole usage', async () => {
    const help = await runCli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('Cách dùng: npm run cli -- <lệnh>');
    expect(help.stderr).toContain('zalo');
    const bad = await runCli(['ask', 'trang phục', '--bogus'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Tham số không hợp lệ: không có tùy chọn --bogus\nCách dùng/);
    expect(bad.stderr).not.toContain('Unknown option');
  }, 60_000);
});
