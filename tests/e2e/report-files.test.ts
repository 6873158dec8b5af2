import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-process.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { groupMessage, privateMessage } from '../support/telegram-updates.js';
import { OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

// The files a leader asks for must arrive as files on each platform, and be what they claim to be: a workbook
// whose rows are the plan's, a Word document whose heading is the report's.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sheetNames(data: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

const documentXml = (data: Buffer) => strFromU8(unzipSync(new Uint8Array(data))['word/document.xml']!);
const isPng = (data: Buffer) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('report files on Telegram', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    // as npm start runs: the files drawn by the render process, out of the bot's capped heap
    h = await startTelegramHarness({ renderFilesApart: true });
  });
  afterAll(() => h.stop());

  async function say(update: ReturnType<typeof privateMessage>, chatId: number, uploads: number) {
    const before = h.fake.uploadsTo(chatId).length;
    h.fake.push(update);
    await h.fake.waitFor(() => h.fake.uploadsTo(chatId).length >= before + uploads, 20_000);
    return h.fake.uploadsTo(chatId).slice(before);
  }

  it('sends /xuatbaocao as an .xlsx and a .docx upload, after the summary', async () => {
    const admin = h.people.admin;
    const files = await say(privateMessage(h.fake.updateId(), admin, '/xuatbaocao KH20-2026 năm 2026'), admin.id, 2);
    expect(files.map((f) => f.name)).toEqual(['bao-cao-kh20-2026-nam-2026.xlsx', 'bao-cao-kh20-2026-nam-2026.docx']);
    expect(await sheetNames(files[0]!.data)).toEqual(['Tổng hợp', 'Theo đơn vị']);
    expect(documentXml(files[1]!.data)).toContain('Kết quả năm 2026 thực hiện Kế hoạch số 20/KH-SYT');
    const summary = h.fake
      .callsOf('sendMessage')
      .filter((c) => Number(c.payload.chat_id) === admin.id)
      .at(-1)!;
    expect(summary.payload.text).toContain('Báo cáo tổng hợp kết quả năm 2026 thực hiện Kế hoạch số 20/KH-SYT');
    expect(summary.payload.text).toContain('Tỷ lệ hoàn thành đúng hạn');
    // drawn by the render process, not in the bot's heap
    expect(h.app.renderPool?.pid()).toEqual(expect.any(Number));
  });

  it('sends the leaders’ chart with /tonghop as a photo', async () => {
    const admin = h.people.admin;
    const [chart] = await say(privateMessage(h.fake.updateId(), admin, '/tonghop'), admin.id, 1);
    expect(chart!.name).toBe('bieu-do-2026-11-23.png');
    expect(isPng(chart!.data)).toBe(true);
    expect(h.fake.callsOf('sendPhoto').at(-1)!.payload.chat_id).toBe(String(admin.id));
  });

  it('refuses /xuatbaocao to a focal point, and uploads nothing', async () => {
    const before = h.fake.callsOf('sendDocument').length;
    const group = -1001234567890;
    h.fake.push(groupMessage(h.fake.updateId(), group, h.people.focal, '/xuatbaocao KH20-2026'));
    await h.fake.waitFor(() => h.fake.callsOf('sendMessage').some((c) => String(c.payload.text).includes('dành cho lãnh đạo Sở')));
    expect(h.fake.callsOf('sendDocument').length).toBe(before);
  });
});

describe('report files on the Zalo OA', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ bot: false });
  });
  afterAll(() => h.stop());

  it('uploads the Word report and says the spreadsheet cannot go through the OA', async () => {
    const replies = await h.oaPrivateSay(h.people.admin, '/xuatbaocao KH20-2026');
    const text = replies.join('\n');
    expect(text).toContain('thực hiện Kế hoạch số 20/KH-SYT');
    // Zalo's file upload takes PDF and Word only: the spreadsheet is named, not dropped in silence.
    expect(text).toContain('Không gửi được tệp bao-cao-kh20-2026-nam-2026.xlsx qua nền tảng này');
    const files = h.fake.oaUserFiles(h.people.admin.id);
    expect(files.map((f) => [f.name, f.type])).toEqual([['bao-cao-kh20-2026-nam-2026.docx', DOCX]]);
    expect(documentXml(files[0]!.data)).toContain('BÁO CÁO');
    expect(h.fake.successful('/v2.0/oa/upload/file')).toHaveLength(1);
    expect(h.fake.calls.some((c) => c.path === '/v2.0/oa/upload/file' && (c.body.file as { type: string }).type === XLSX)).toBe(false);
  });

  it('uploads the chart of /tonghop as an image into the group', async () => {
    await h.app.store.members.grant(
      (
        await h.app.store.members.resolveActor(
          { platform: 'zalo-oa', id: h.people.admin.id, displayName: h.people.admin.name },
          h.clock.now(),
        )
      ).memberId,
      { role: 'department_leader', unitId: null },
      null,
    );
    const replies = await h.oaGroupSay(OA_GROUP, h.people.admin, '/tonghop');
    expect(replies.join('\n')).toContain('Bản tin lãnh đạo');
    const [chart] = h.fake.oaGroupFiles(OA_GROUP);
    expect(chart!.type).toBe('image/png');
    expect(isPng(chart!.data)).toBe(true);
  });
});

describe('cli digest', () => {
  let dir: string;
  let pg: TestDatabase | null = null;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tda-e2e-digest-'));
    if (process.env.DATABASE_URL) pg = await openTestDatabase();
    env = pg ? { DATABASE_URL: pg.url! } : { DATA_DIR: path.join(dir, 'data') };
  });
  afterAll(async () => {
    await pg?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) => runCli(args, env);

  it('says a unit code it does not know is unknown, on standard error, and exits 2', async () => {
    const run = await cli(['digest', '--dry-run', '--json', '--unit', 'NOPE']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Không có đơn vị mã “NOPE”.');
  }, 60_000);
});
