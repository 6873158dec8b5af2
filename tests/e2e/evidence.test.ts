import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReportCommand } from '../../src/cli/export-report.js';
import { listEvidence, readEvidence } from '../../src/core/evidence/evidence.js';
import { botImage, botText, oaGroupFile, oaGroupImage } from '../support/zalo-events.js';
import { BOT_GROUP, OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

// Evidence sent on Zalo is a link to Zalo's file servers that stops working after a while: the bot downloads
// it at receipt and keeps it, so that /minhchung, the consolidated report and (later) the dashboard still
// show it once the link is dead. The fake Zalo plays the file servers, links that expire included.

const rows = async <T>(h: ZaloHarness, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = await h.db.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
};
const keptFiles = (h: ZaloHarness) =>
  rows<{ id: number; platform: string; status: string; name: string | null; size_bytes: number | null; mime_type: string | null }>(
    h,
    sql`select id, platform, status, name, size_bytes, mime_type from evidence_files order by id`,
  );
const occurrenceOf = async (h: ZaloHarness, task: number) => {
  const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
  return (await h.app.store.plans.latestOccurrenceOf(task, bvdk.id))!;
};
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('ảnh buổi tập huấn phòng chống dịch'.repeat(40))]);

describe('evidence on the Zalo OA', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ bot: 'polling', env: { EVIDENCE_MAX_MB: '0.05' } });
  });
  afterAll(() => h.stop());

  it('downloads a photo sent with /baocao, and still shows it with /minhchung after the link expired', async () => {
    const url = h.fake.putMedia('tap-huan.jpg', PHOTO, 'image/jpeg');
    const event = oaGroupImage(OA_GROUP, h.people.focal.id, '/baocao NV16 60% đã tập huấn cho 120 cán bộ', { at: h.clock.now(), url });
    expect(await h.oaPost(event)).toBe(200);
    await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_GROUP).at(-1)).toContain('Kèm 1 tệp minh chứng');
    expect(await h.runtime.evidence.runOnce()).toBe(1);
    expect(await keptFiles(h)).toEqual([
      expect.objectContaining({
        platform: 'zalo-oa',
        status: 'stored',
        name: 'tap-huan.jpg',
        size_bytes: PHOTO.length,
        mime_type: 'image/jpeg',
      }),
    ]);

    h.fake.expireMedia();
    const before = h.fake.oaGroupFiles(OA_GROUP).length;
    const [answer] = await h.oaGroupSay(OA_GROUP, h.people.focal, '/minhchung NV16');
    expect(answer).toContain('1 tệp trợ lý đã lưu');
    // uploaded from what was kept (the link answers 403 now), with a caption as a group image needs
    expect(h.fake.oaGroupFiles(OA_GROUP).slice(before)).toEqual([expect.objectContaining({ type: 'image/jpeg', data: PHOTO })]);

    // the domain port a page serves files through: only a file of that occurrence
    const occurrence = await occurrenceOf(h, 16);
    const [entry] = await listEvidence(h.app.store, occurrence);
    expect(entry?.kept).toMatchObject({ status: 'stored', name: 'tap-huan.jpg' });
    expect((await readEvidence(h.app.store, occurrence, entry!.kept!.id))?.data).toEqual(PHOTO);
    expect(await readEvidence(h.app.store, (await occurrenceOf(h, 17)) ?? -1, entry!.kept!.id)).toBeNull();
  });

  it('puts the kept files in the consolidated report and beside it when exported', async () => {
    const [plan] = await rows<{ code: string; due: string | null }>(
      h,
      sql`select p.code, o.due_date::text as due from tasks t join plans p on p.id = t.plan_id
        join assignments a on a.task_id = t.id join occurrences o on o.assignment_id = a.id where t.id = 16 order by o.id desc limit 1`,
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'tda-export-'));
    try {
      const period = plan!.due ? `năm ${plan!.due.slice(0, 4)}` : 'năm 2026';
      expect(await exportReportCommand(h.app, 'vi', [plan!.code, period, '--out', dir])).toBe(0);
      const unitDir = path.join(dir, 'minh-chung', 'BVDK', 'NV16');
      const [name] = await readdir(unitDir);
      expect(name).toMatch(/^MC-\d+-tap-huan\.jpg$/);
      expect(await readFile(path.join(unitDir, name!))).toEqual(PHOTO);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tries a failing download again, and reports in the group what cannot be kept, without holding the report back', async () => {
    const flaky = h.fake.putMedia('danh-sach.pdf', Buffer.from('%PDF-1.4 danh sách'), 'application/pdf', { failures: 1 });
    const file = oaGroupFile(OA_GROUP, h.people.focal.id, 'danh-sach.pdf', { at: h.clock.now() });
    (file.message as { attachments: Array<{ payload: { url: string } }> }).attachments[0]!.payload.url = flaky;
    (file.message as { text?: string }).text = '/baocao NV16 70% danh sách học viên';
    expect(await h.oaPost(file)).toBe(200);
    await h.processed('zalo-oa', (file.message as { msg_id: string }).msg_id);
    await h.runtime.evidence.runOnce(); // the file server fails once: tried again later
    expect((await keptFiles(h)).at(-1)).toMatchObject({ status: 'pending' });
    h.clock.advance(60_000);
    await h.runtime.evidence.runOnce();
    expect((await keptFiles(h)).at(-1)).toMatchObject({ status: 'stored', name: 'danh-sach.pdf', mime_type: 'application/pdf' });

    // over EVIDENCE_MAX_MB (50 KB here), and a link already dead: neither can be kept; both are said in the group
    const big = h.fake.putMedia('video.jpg', Buffer.alloc(80 * 1024, 1), 'image/jpeg');
    const dead = h.fake.putMedia('het-han.jpg', PHOTO, 'image/jpeg');
    h.fake.media.get(`/cdn${new URL(dead).pathname}`)!.expired = true;
    for (const url of [big, dead]) {
      const event = oaGroupImage(OA_GROUP, h.people.focal.id, '/baocao NV16 80% ảnh hiện trường', { at: h.clock.now(), url });
      expect(await h.oaPost(event)).toBe(200);
      await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    }
    await h.runtime.evidence.runOnce();
    expect((await keptFiles(h)).slice(-2).map((f) => f.status)).toEqual(['too_large', 'failed']);
    const notices = await rows<{ text: string }>(
      h,
      sql`select payload->>'text' as text from outbox where key like 'evidence-failed:%' and chat_ref = ${`zalo-oa:${OA_GROUP}`} order by id`,
    );
    expect(notices.map((n) => n.text)).toEqual([
      expect.stringContaining('không lưu được ảnh gửi làm minh chứng cho NV16: tệp lớn hơn 0,05 MB'),
      expect.stringContaining('đường dẫn của tệp đã hết hạn'),
    ]);
    // the reports themselves were stored at once
    const reports = await rows<{ n: number }>(h, sql`select count(*)::int as n from reports where text like 'ảnh hiện trường%'`);
    expect(Number(reports[0]!.n)).toBe(2);
  });

  it('deletes kept files after the retention period, and says so', async () => {
    const expired = await h.app.store.evidence.expireBefore(new Date(h.clock.now().getTime() + 731 * 86_400_000));
    expect(expired).toBeGreaterThan(0);
    expect((await keptFiles(h)).filter((f) => f.status === 'stored')).toEqual([]);
    const [answer] = await h.oaGroupSay(OA_GROUP, h.people.focal, '/minhchung NV16');
    expect(answer).toContain('đã xoá sau thời hạn lưu trữ');
  });
});

describe('evidence on the Zalo Bot', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ oa: false, bot: 'polling' });
  });
  afterAll(() => h.stop());

  it('downloads the photo_url at receipt; after the link expired the kept photo is still there to serve', async () => {
    const url = h.fake.putMedia('bao-cao.jpg', PHOTO, 'image/jpeg');
    const update = botImage(h.botPeople.focal.id, `@${h.fake.bot.display_name} /baocao NV16 50% ảnh họp triển khai`, {
      chatType: 'GROUP',
      chatId: BOT_GROUP,
      at: h.clock.now(),
    });
    (update.message as { photo_url: string }).photo_url = url;
    expect(await h.botSay(update)).toEqual([expect.stringContaining('Kèm 1 tệp minh chứng')]);
    await h.runtime.evidence.runOnce();
    h.fake.expireMedia();
    const occurrence = await occurrenceOf(h, 16);
    const [entry] = await listEvidence(h.app.store, occurrence);
    expect((await readEvidence(h.app.store, occurrence, entry!.kept!.id))?.data).toEqual(PHOTO);
    // the Zalo Bot can send a photo only by a link: the reply names what it cannot carry, and where to get it
    const [answer] = await h.botSay(botText(h.botPeople.focal.id, '/minhchung NV16 BVDK'));
    expect(answer).toContain('Không gửi được tệp bao-cao.jpg');
    expect(answer).toContain('npm run cli -- xuatbaocao');
  });
});
