import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEntry } from '../support/cli-process.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

/** Runs `npm run cli -- <args>` (what operators type) with a script of lines on standard input. */
const cli = (args: string[], input: string, env: Record<string, string>) => runEntry('src/cli.ts', args, env, input);

/** Runs `npm start` (src/main.ts) with standard input piped, as in a container or a script. */
const start = (input: string, env: Record<string, string>) => runEntry('src/main.ts', [], env, input);

let dataDir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-e2e-'));
  // On a PostgreSQL run the child process gets its own fresh database; otherwise a fresh PGlite directory.
  if (process.env.DATABASE_URL) {
    pg = await openTestDatabase();
    env = { DATABASE_URL: pg.url! };
    // A PostgreSQL database is a real one: `cli chat` never loads the demo into it, `cli demo` does.
    const empty = await cli(['chat'], '/nhiemvu\n', env);
    expect(empty.stderr).toContain('Cơ sở dữ liệu chưa có đơn vị nào. Nạp dữ liệu mẫu bằng: npm run cli -- demo');
    expect(await pg.counts()).toMatchObject({ units: 0, plans: 0 });
    expect((await cli(['demo'], '', env)).code).toBe(0);
  } else {
    env = { DATA_DIR: dataDir };
  }
});

afterAll(async () => {
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('cli chat', () => {
  it('answers /help and /nhiemvu as the demo focal point (on a fresh embedded database the demo is loaded first)', async () => {
    const run = await cli(['chat'], '/help\n/nhiemvu\n', env);
    expect(run.code).toBe(0);
    const split = run.stdout.search(/^Nhiệm vụ đang mở của/m);
    const help = run.stdout.slice(0, split);
    const tasks = run.stdout.slice(split);
    expect(help).toContain('Các lệnh bạn dùng được trong nhóm của Bệnh viện Đa khoa tỉnh Lai Châu:');
    expect(help).toContain('/nhiemvu — Nhiệm vụ đang mở của đơn vị và hạn chót');
    expect(tasks).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu \(\d+\):/);
    expect(tasks).toContain('quá hạn');
    expect(run.stdout).not.toContain('[→');
  }, 120_000);

  it('prints one JSON line per answer with --json, naming the input line it answers and the choices offered (issue 19)', async () => {
    const script = ['/help', '', '/donvi tyt', '5', 'chào bạn'].join('\n');
    const run = await cli(['chat', '--user', 'quan-tri', '--private', '--json'], `${script}\n`, env);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { in: number; chat: string; text: string; choices: string[] });
    expect(lines.map((line) => line.in)).toEqual([1, 3, 4, 5]);
    expect(lines.every((line) => line.chat === 'console:dm-quan-tri')).toBe(true);
    expect(lines[0]!.text).toContain('/nhiemvu');
    expect(lines[0]!.choices).toEqual([]);
    // the choices come as a list, not as numbered lines of the text, and are still answered by number
    expect(lines[1]!.text).toBe('Có 5 đơn vị khớp với “tyt”. Bạn chọn đơn vị nào?');
    expect(lines[1]!.choices).toHaveLength(5);
    expect(lines[1]!.choices[4]).toBe('TYT-SINHO — Trạm Y tế xã Sìn Hồ');
    expect(lines[2]!.text.split('\n')[0]).toBe('Trạm Y tế xã Sìn Hồ (TYT-SINHO)');
    expect(lines[3]!.text).not.toMatch(/Thông tư|Nghị định/);
  }, 120_000);

  it('takes --user and --chat, keeps what an admin changed, and exits at the end of input', async () => {
    const admin = await cli(['chat', '--user', 'quan-tri', '--chat', 'nhom-moi'], '/dangky TTYT-SH\n/phanquyen đầu mối @nhan-vien\n', env);
    expect(admin.code).toBe(0);
    expect(admin.stdout).toContain('Đã gắn nhóm này với Trung tâm Y tế Sìn Hồ (TTYT-SH).');
    expect(admin.stdout).toContain('Đã giao vai trò cán bộ đầu mối của Trung tâm Y tế Sìn Hồ cho Hoàng Thị Mai.');

    const focal = await cli(['chat', '--user', 'nhan-vien', '--chat', 'nhom-moi'], '/nhiemvu\n', env);
    expect(focal.stdout).toContain('Nhiệm vụ đang mở của Trung tâm Y tế Sìn Hồ');
  }, 120_000);

  it('talks in private with --private', async () => {
    const run = await cli(['chat', '--private', '--user', 'lanh-dao-so'], '/start\n/nhiemvu CDC\n', env);
    expect(run.stdout).toContain('Đây là trò chuyện riêng giữa bạn và trợ lý.');
    expect(run.stdout).toContain('Nhiệm vụ đang mở của Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu');
  }, 120_000);

  it('stops with one message naming every bad setting and no secret', async () => {
    const run = await cli(['chat'], '', {
      ...env,
      PORT: 'tám nghìn',
      TELEGRAM_BOT_TOKEN: 'leaked-secret-value',
      DEFAULT_TIMEZONE: 'Hanoi',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cấu hình không hợp lệ');
    expect(run.stderr).toContain('PORT: cần một số cổng từ 0 đến 65535');
    expect(run.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(run.stderr).toContain('DEFAULT_TIMEZONE');
    expect(run.stderr).not.toContain('leaked-secret-value');
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe('npm start with no chat platform configured', () => {
  it('opens the demo console on the embedded database, also with a script piped in', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tda-start-'));
    try {
      const run = await start('/help\n', { DATA_DIR: dir, PORT: '0' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Lần chạy đầu tiên: đã nạp dữ liệu mẫu');
      expect(run.stdout).toContain('/nhiemvu — Nhiệm vụ đang mở của đơn vị và hạn chót');
      // the dashboard beside the chat, served by this process, with a one-time link for the demo's Department leader
      expect(run.stdout).toMatch(/Bảng điều khiển trên web: http:\/\/127\.0\.0\.1:\d+\//);
      expect(run.stdout).toMatch(
        /Đăng nhập với tư cách Lò Văn Thắng \(lãnh đạo Sở; .*\): http:\/\/127\.0\.0\.1:\d+\/dang-nhap\?t=[\w-]{43}/,
      );
      expect(run.stdout).toMatch(
        /Hoặc với tư cách Trần Quốc Minh \(quản trị viên, .*\): http:\/\/127\.0\.0\.1:\d+\/dang-nhap\?t=[\w-]{43}/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses to start on PostgreSQL, says which variables to set, and never connects', async () => {
    // Nothing listens on port 1: a start that reached for the database would fail differently.
    const run = await start('', { DATABASE_URL: 'postgres://nobody:secret-password@127.0.0.1:1/production' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Chưa cấu hình nền tảng chat nào, nên trợ lý không khởi động trên cơ sở dữ liệu PostgreSQL này');
    for (const key of ['TELEGRAM_BOT_TOKEN', 'ZALO_OA_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY', 'ZALO_BOT_TOKEN'])
      expect(run.stderr).toContain(key);
    expect(run.stderr).toContain('docker compose run --rm bot node dist/cli.js chat');
    expect(run.stderr).not.toContain('secret-password');
  }, 60_000);

  it('refuses in a deployment without a terminal (NODE_ENV=production) and loads no demo', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'tda-start-')), 'data');
    try {
      const run = await start('', { DATA_DIR: dir, NODE_ENV: 'production', DEFAULT_LOCALE: 'en' });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('No chat platform is configured and there is no terminal to chat in');
      expect(run.stderr).toContain('TELEGRAM_BOT_TOKEN');
      // the embedded database was never even created
      await expect(stat(dir)).rejects.toThrow();
    } finally {
      await rm(path.dirname(dir), { recursive: true, force: true });
    }
  }, 60_000);
});
