import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const chat = (args: string[], input: string, env: Record<string, string>) => cli(['chat', ...args], env, input);

function cli(args: string[], env: Record<string, string>, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli.ts'), ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(input);
  });
}

const PHONE = '0987 654 321';
const EMAIL = 'nguoibenh.lc@gmail.com';

let dataDir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-fb-'));
  if (process.env.DATABASE_URL) pg = await openTestDatabase();
  env = pg ? { DATABASE_URL: pg.url! } : { DATA_DIR: dataDir };
  // `cli chat` loads the demo only into the embedded database; on PostgreSQL `cli demo` does it on purpose.
  if (pg) await cli(['demo'], env);
});

afterAll(async () => {
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Lines the bot wrote into group chats: its replies in the group session and notices to other groups. */
const groupLines = (output: string) => output.split('\n').filter((line) => !/^\[→ console:dm-/.test(line));

describe('the feedback log book on the console', () => {
  it('takes intake in the group, handling in private, and never shows a complainant’s phone or e-mail in a group', async () => {
    const group = await chat(
      [],
      [
        `/phananh duong day nong Người nhà bệnh nhân giường 12 khoa Nội phản ánh điều dưỡng quát mắng, gọi lại ${PHONE} hoặc ${EMAIL}`,
        '/phananh',
        '1',
        'hom qua',
        'Thư phản ánh bãi gửi xe thu tiền quá giá niêm yết',
        '5',
        '1',
        '/phananh ds',
      ].join('\n'),
      env,
    );
    expect(group).toContain('Đã ghi sổ phản ánh PA-2026-0001.');
    expect(group).toContain('Đã ghi sổ phản ánh PA-2026-0002.');
    expect(group).toContain('[→ console:dm-xu-ly-pa] Phản ánh mới của Bệnh viện Đa khoa tỉnh Lai Châu');
    const handler = await chat(
      ['--user', 'xu-ly-pa', '--private'],
      [`/phananh xem PA-2026-0001`, '/xuly PA-2026-0001 đã xử lý Đã gặp người nhà, điều dưỡng xin lỗi', '/phananh thongke'].join('\n'),
      env,
    );
    expect(handler).toContain(PHONE);
    expect(handler).toContain('tiếp nhận → đã xử lý, đúng hạn');
    expect(handler).toContain('Tỷ lệ xử lý đúng hạn: 100%');
    const later = await chat([], '/phananh xem PA-2026-0001\n/phananh thongke\n', env);
    for (const line of [...groupLines(group), ...groupLines(later)]) {
      expect(line).not.toContain(PHONE);
      expect(line).not.toContain(PHONE.replace(/ /g, ''));
      expect(line).not.toContain(EMAIL);
    }
    expect(later).toContain('đã xử lý');
  }, 120_000);
});
