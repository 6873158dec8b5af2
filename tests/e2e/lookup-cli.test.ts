import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessRun, runCli, runCliInProcess } from '../support/cli-process.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

/** Runs `npm run cli -- <args>` in this process: the command is the point here, not the process. */
const cli = (args: string[], env: Record<string, string>): Promise<ProcessRun> => runCliInProcess(args, env);
/** The same as its own process, as an operator runs it. */
const cliProcess = (args: string[], env: Record<string, string>): Promise<ProcessRun> => runCli(args, env);

let dir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tda-e2e-lookup-'));
  if (process.env.DATABASE_URL) {
    pg = await openTestDatabase();
    env = { DATABASE_URL: pg.url! };
  } else {
    env = { DATA_DIR: dir };
  }
});

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli ask', () => {
  it('prints exactly the contract object: the answer, or no answer and the candidates', async () => {
    const run = await cliProcess(['ask', 'thông tư nào quy định về trang phục y tế?', '--json'], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(Object.keys(json)).toEqual(['query', 'answer', 'candidates']);
    expect(json.query).toBe('thông tư nào quy định về trang phục y tế?');
    expect(json.answer).toEqual({
      symbol: '45/2015/TT-BYT',
      type: 'Thông tư',
      title: 'Quy định về trang phục y tế',
      issued: '2015-11-30',
      status: 'in_force',
      replacedBy: null,
      score: expect.any(Number),
    });
    expect(Object.keys(json.answer)).toEqual(['symbol', 'type', 'title', 'issued', 'status', 'replacedBy', 'score']);

    const ambiguous = JSON.parse((await cli(['ask', 'chi thi 30', '--json'], env)).stdout);
    expect(ambiguous.answer).toBeNull();
    expect(ambiguous.candidates.map((c: { symbol: string }) => c.symbol)).toEqual(['30-CT/TW', '30-CT/TU']);
  }, 120_000);

  it('answers a file of questions with --batch: one JSON line per question, in the same order, in one run', async () => {
    const file = path.join(dir, 'cau-hoi.txt');
    const questions = ['thông tư nào quy định về trang phục y tế?', '', 'chi thi 30', 'hôm nay ăn gì mọi người', 'duong day nong'];
    // a byte-order mark and Windows line ends, as a spreadsheet exports them
    await writeFile(file, `\uFEFF${questions.join('\r\n')}\r\n`);
    const run = await cli(['ask', '--json', '--batch', file], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(questions);
    for (const line of lines) expect(Object.keys(line)).toEqual(['query', 'answer', 'candidates']);
    expect(lines.map((line) => line.answer?.symbol ?? null)).toEqual(['45/2015/TT-BYT', null, null, null, '09/CT-BYT']);
    // the same object as a single `cli ask --json`
    const single = JSON.parse((await cli(['ask', 'chi thi 30', '--json'], env)).stdout);
    expect(lines[2]).toEqual(single);

    const missing = await cli(['ask', '--json', '--batch', path.join(dir, 'khong-co.txt')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp câu hỏi');
    expect(missing.stdout).toBe('');
  }, 120_000);

  it('answers in Vietnamese without --json, and shows the usage without a question', async () => {
    const run = await cli(['ask', 'duong', 'day', 'nong'], env);
    expect(run.stdout).toContain('📄 Chỉ thị 09/CT-BYT — Bộ Y tế (Bộ trưởng), ban hành ngày 22/11/2013');
    const bare = await cli(['ask'], env);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Cách dùng: npm run cli -- ask "<câu hỏi>" [--json]');
  }, 120_000);
});

describe('cli import documents', () => {
  it('adds and updates documents, and the lookup answers with them at once', async () => {
    const file = path.join(dir, 'van-ban.json');
    await writeFile(
      file,
      JSON.stringify([
        {
          symbol: '20/2026/TT-BYT',
          type: 'Thông tư',
          issuer: 'Bộ Y tế',
          issued: '2026-10-01',
          title_vi: 'Quy định về trang phục y tế',
          status: 'in force',
          keywords: ['đồng phục'],
        },
        { symbol: '45/2015/TT-BYT', status: 'replaced by 20/2026/TT-BYT' },
      ]),
    );
    const run = await cli(['import', 'documents', file], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã nhập 2 văn bản: 1 mới, 1 cập nhật.');
    expect(run.stdout).toContain('• 45/2015/TT-BYT đã được thay thế bởi 20/2026/TT-BYT: 0 thông báo');

    const json = JSON.parse((await cli(['ask', '45/2015/TT-BYT', '--json'], env)).stdout);
    expect(json.answer).toMatchObject({ symbol: '45/2015/TT-BYT', status: 'replaced', replacedBy: '20/2026/TT-BYT' });
    expect(json.candidates[0]).toMatchObject({ symbol: '20/2026/TT-BYT', status: 'in_force' });
  }, 120_000);

  it('refuses a broken file, an unknown kind and a missing file with a short message, changing nothing', async () => {
    const broken = path.join(dir, 'hong.json');
    await writeFile(broken, '[{"symbol": "45/2015/TT-BYT", "status": ');
    const run = await cli(['import', 'documents', broken], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không phải JSON hợp lệ');
    expect(run.stdout).toBe('');

    const missing = await cli(['import', 'documents', path.join(dir, 'khong-co.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');

    const kind = await cli(['import', 'thuoc', broken], env);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Không có loại nhập “thuoc”');
  }, 120_000);
});
