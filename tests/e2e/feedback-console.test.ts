import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../../src/core/calendar/vietnam-calendar.js';
import { addDays } from '../../src/core/dates/local-date.js';
import { runCli } from '../support/cli-process.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const cli = async (args: string[], input: string, env: Record<string, string>): Promise<string> => (await runCli(args, env, input)).stdout;
// The bot runs on a clock started at a fixed working morning (`cli chat --at`), never the real date: the test
// passes on a Sunday, in Tết or on 2/9 alike (it failed on Sunday 06/12/2026 when it took "now" from the wall).
const AT = process.env.TEST_FEEDBACK_AT ?? '2026-11-23T09:00:00+07:00';
const chat = (args: string[], lines: string[], env: Record<string, string>) =>
  cli(['chat', '--at', AT, ...args], `${lines.join('\n')}\n`, env);
// codes carry the year of the bot's clock, in Việt Nam
const Y = AT.slice(0, 4);
const PHONE = '0987 654 321';
const EMAIL = 'nguoibenh.lc@gmail.com';
const NAME = 'Hoàng Văn Nam';
const ID = '011203004567';

let dataDir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-fb-'));
  if (process.env.DATABASE_URL) pg = await openTestDatabase();
  env = pg ? { DATABASE_URL: pg.url! } : { DATA_DIR: dataDir };
  // `cli chat` loads the demo only into the embedded database; on PostgreSQL `cli demo` does it on purpose.
  if (pg) await cli(['demo'], '', env);
});

afterAll(async () => {
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * What the bot wrote where a group reads it, from the output of one `cli chat` session: in a group session its
 * own lines, and in any session the lines it sent on to a group ("[→ console:nhom-…] …").
 */
function groupTexts(output: string, session: 'group' | 'private'): string[] {
  const texts: string[] = [];
  for (const block of output.split(/\n{2,}/)) {
    const forwarded = /^\[→ (\S+)\] /.exec(block);
    if (forwarded) {
      if (!forwarded[1]!.includes(':dm-')) texts.push(block);
    } else if (session === 'group' && block.trim()) texts.push(block);
  }
  return texts;
}

/** `cli reminders` prints each message as "[→ chat]" and its text. */
function reminderTexts(output: string): Array<{ chat: string; text: string }> {
  return output
    .split(/\n{2,}/)
    .map((block) => /^\[→ (\S+)\]\n([\s\S]*)$/.exec(block))
    .flatMap((m) => (m ? [{ chat: m[1]!, text: m[2]! }] : []));
}

describe('the feedback log book on the console', () => {
  it('takes intake in the group, handling in private, and never shows a complainant’s contact in a group', async () => {
    const privacy = new PrivacyGuard();
    privacy.register({ kind: 'phone', value: PHONE }, { kind: 'email', value: EMAIL }, { kind: 'id', value: ID });
    const group = await chat(
      [],
      [
        `/phananh duong day nong Người nhà bệnh nhân giường 12 khoa Nội phản ánh điều dưỡng quát mắng, gọi lại ${PHONE} hoặc ${EMAIL}, CCCD ${ID}`,
        '/phananh',
        '1',
        'hom qua',
        `Thư của ông ${NAME} phản ánh bãi gửi xe thu tiền quá giá niêm yết`,
        '5',
        '1',
        '/homthu 1 chứng kiến: Lò Văn Sáng',
        '/phananh ds',
      ],
      env,
    );
    expect(group).toContain(`Đã ghi sổ phản ánh PA-${Y}-0001.`);
    expect(group).toContain(`Đã ghi sổ phản ánh PA-${Y}-0002.`);
    expect(group).toContain('[→ console:dm-xu-ly-pa] Phản ánh mới của Bệnh viện Đa khoa tỉnh Lai Châu');
    expect(group).toContain('1 thư; chứng kiến: Lò Văn Sáng.');
    for (const text of groupTexts(group, 'group')) privacy.inspect('console:nhom-bvdk', text);
    // the focal point gives the letter writer's name in private; from then on no group reads it (before, it was
    // only words of a letter the focal point typed in the group)
    const focal = await chat(['--private'], [`/phananh lienhe PA-${Y}-0002 ${NAME}`], env);
    expect(focal).toContain(`Đã lưu riêng thông tin liên hệ cho PA-${Y}-0002`);
    privacy.register({ kind: 'name', value: NAME });
    const handler = await chat(
      ['--user', 'xu-ly-pa', '--private'],
      [`/phananh xem PA-${Y}-0001`, `/xuly PA-${Y}-0001 đã xử lý Đã gặp người nhà, điều dưỡng xin lỗi`, '/phananh thongke'],
      env,
    );
    expect(handler).toContain(PHONE);
    expect(handler).toContain('tiếp nhận → đã xử lý, đúng hạn');
    expect(handler).toContain('Tỷ lệ xử lý đúng hạn: 100%');
    // a second letter about the same thing: the group is asked, and shown the case without the name
    const later = await chat(
      [],
      [
        `/phananh xem PA-${Y}-0001`,
        `/phananh xem PA-${Y}-0002`,
        '/phananh hom thu Ong Hoang Van Nam phan anh bai gui xe thu tien qua gia niem yet',
        'co',
        '/phananh thongke',
      ],
      env,
    );
    expect(later).toContain('đã xử lý');
    expect(later).toContain('«Thư của ông [đã ẩn] phản ánh bãi gửi xe');
    expect(later).toContain(`Đã ghi PA-${Y}-0003 và gộp vào vụ việc PA-${Y}-0002.`);
    // three weeks on, the open letter has gone past its 10 working days: the leaders' group is told, with the unit named
    // (at 09:00 on a working day: no reminder goes out on a day off)
    const calendar = vietnameseCalendar();
    const later3weeks = calendar.workingDayOnOrAfter(addDays(AT.slice(0, 10), 21));
    const at = `${later3weeks}T09:00:00+07:00`;
    const reminders = reminderTexts(await cli(['reminders', '--dry-run', '--at', at], '', env));
    const escalation = reminders.find((r) => r.chat === 'console:nhom-lanh-dao-so' && r.text.includes(`PA-${Y}-0002`));
    expect(escalation?.text).toContain(`PA-${Y}-0002 · BVĐK tỉnh`);

    for (const text of [...groupTexts(focal, 'private'), ...groupTexts(handler, 'private'), ...groupTexts(later, 'group')]) {
      privacy.inspect('console:nhom-bvdk', text);
    }
    for (const reminder of reminders) if (!reminder.chat.includes(':dm-')) privacy.inspect(reminder.chat, reminder.text);
    expect(privacy.inspected).toBeGreaterThan(10);
    privacy.assertClean();
  }, 180_000);
});
