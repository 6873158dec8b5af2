import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026 in Việt Nam.
const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
});

async function codeOf(words: string): Promise<string> {
  const list = await t.ask('/nhiemvu');
  const line = list.split('\n').find((l) => l.includes(words));
  const code = line && /\[(NV\d+)\]/.exec(line)?.[1];
  if (!code) throw new Error(`no task "${words}" in:\n${list}`);
  return code;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

async function reopenings(): Promise<Array<{ reason: string }>> {
  const result = await t.db.db.execute(sql`select data->>'reason' as reason from audit_log where action = 'occurrence.reopen' order by id`);
  return rowsOf<{ reason: string }>(result);
}

const ONCE = 'Xây dựng kế hoạch tuyên truyền cải cách';

describe('/baocao molai: reopening a task closed by mistake', () => {
  it('refuses a reopen without a reason, of an unknown or open task, by staff or a colleague, and changes nothing', async () => {
    const code = await codeOf(ONCE);
    const open = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} xong đã ban hành`);
    const before = await t.db.counts();
    expect(await t.ask(`/baocao molai ${code}`)).toContain('Cần ghi lý do mở lại');
    expect(await t.ask(`/baocao mo lai ${code}  x `)).toContain('Cần ghi lý do mở lại');
    expect(await t.ask('/baocao molai')).toContain('Cách mở lại một nhiệm vụ đã hoàn thành: /baocao molai <mã nhiệm vụ> <lý do>');
    expect(await t.ask('/baocao molai NV9999 báo cáo nhầm')).toContain('Đơn vị này không có nhiệm vụ NV9999');
    expect(await t.ask(`/baocao molai ${open} báo cáo nhầm`)).toContain(`Nhiệm vụ ${open} của đơn vị đang mở`);
    expect(await t.ask(`/baocao molai ${code} báo cáo nhầm`, { user: 'nhan-vien' })).toContain('Lệnh mở lại nhiệm vụ (/baocao molai)');
    // the deputy did not close it: only its reporter (within 7 days) or a leader may
    expect(await t.ask(`/baocao molai ${code} báo cáo nhầm`, { user: 'pho-dau-moi' })).toContain(
      `Chỉ người đã báo cáo hoàn thành ${code} (trong 7 ngày)`,
    );
    expect(await t.db.counts()).toEqual(before);
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    expect(await reopenings()).toEqual([]);
  });

  it('lets the reporter reopen within 7 days, with a reason, audited; the task is back in /nhiemvu and the group is told', async () => {
    const code = await codeOf(ONCE);
    await t.ask(`/baocao ${code} xong đã ban hành`);
    t.clock.advance(6 * 86_400_000);
    // typed in private: the unit's group gets one line
    const result = await t.say(`/baocao mở lại ${code.toLowerCase()} báo cáo nhầm, chưa ban hành`, { kind: 'private' });
    expect(result.reply?.text).toMatch(
      new RegExp(`^Đã mở lại \\[${code}\\] ${ONCE}.* của BVĐK tỉnh .*lý do: báo cáo nhầm, chưa ban hành\\.`),
    );
    const toGroup = result.notices.filter((n) => n.chat === 'console:nhom-bvdk');
    expect(toGroup).toHaveLength(1);
    expect(toGroup[0]!.message.text.split('\n')).toHaveLength(1);
    expect(toGroup[0]!.message.text).toMatch(new RegExp(`^↩️ .* đã mở lại \\[${code}\\] .*lý do: báo cáo nhầm, chưa ban hành\\.$`));
    const guard = new PrivacyGuard();
    guard.inspect('console:nhom-bvdk', toGroup[0]!.message.text);
    guard.assertClean();
    expect(await t.ask('/nhiemvu')).toContain(`[${code}]`);
    expect(await reopenings()).toEqual([{ reason: 'báo cáo nhầm, chưa ban hành' }]);
    // open again: reopening it twice is refused, and a new report closes it again
    expect(await t.ask(`/baocao molai ${code} lần nữa`)).toContain('đang mở');
    expect(await t.ask(`/baocao ${code} xong đã ban hành thật`)).toContain('Hoàn thành (100%)');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
  });

  it('counts a unit whose only report was taken back as owing one again where the leaders see who still owes', async () => {
    const code = await codeOf(ONCE);
    const owed = async () => (await t.app.store.digests.reporting('2099-12-31', 50)).find((row) => row.title.startsWith(ONCE));
    const before = await owed();
    expect(before?.missing).toContain('BVĐK tỉnh');
    await t.ask(`/baocao ${code} 50% đang soạn dự thảo`);
    expect((await owed())?.missing).not.toContain('BVĐK tỉnh');
    expect((await owed())?.reportedCount).toBe(before!.reportedCount + 1);
    await t.ask('/baocao rut');
    expect(await t.ask('có')).toContain(`Đã rút lại báo cáo về [${code}]`);
    const after = await owed();
    expect(after?.missing).toContain('BVĐK tỉnh');
    expect(after?.reportedCount).toBe(before?.reportedCount);
  });

  it('refuses the reporter after 7 days; the unit leader and a Department leader may reopen at any time', async () => {
    const code = await codeOf(ONCE);
    await t.ask(`/baocao ${code} xong đã ban hành`);
    t.clock.advance(8 * 86_400_000);
    expect(await t.ask(`/baocao molai ${code} báo cáo nhầm`)).toContain('chỉ mở lại được trong 7 ngày');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    expect(await t.ask(`/baocao molai ${code} đơn vị báo cáo nhầm`, { user: 'lanh-dao-bvdk' })).toContain(`Đã mở lại [${code}]`);
    expect(await t.ask('/nhiemvu')).toContain(`[${code}]`);
    await t.ask(`/baocao ${code} xong đã ban hành`);
    t.clock.advance(30 * 86_400_000);
    expect(await t.ask(`/baocao molai ${code} Sở yêu cầu bổ sung`, { user: 'lanh-dao-so' })).toContain(`Đã mở lại [${code}]`);
    expect((await reopenings()).map((r) => r.reason)).toEqual(['đơn vị báo cáo nhầm', 'Sở yêu cầu bổ sung']);
  });

  it('takes back the next period a recurring task opened early when it is reopened', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const before = (await t.db.counts()).occurrences;
    await t.ask(`/baocao ${code} hoàn thành đã gửi báo cáo năm 2026`);
    expect((await t.db.counts()).occurrences).toBe(before! + 1);
    expect(await t.ask(`/baocao molai ${code} số liệu còn thiếu`, { user: 'lanh-dao-bvdk' })).toContain(`Đã mở lại [${code}]`);
    expect((await t.db.counts()).occurrences).toBe(before);
    const lines = (await t.ask('/nhiemvu')).split('\n').filter((l) => l.includes(`[${code}]`));
    expect(lines).toHaveLength(1);
  });
});

describe('/baocao rut without a task code', () => {
  it('shows the report it would take back and asks; "không" keeps it, "có" takes it back', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 40% đã lập đề cương`);
    const asked = await t.ask('/baocao rut');
    expect(asked).toMatch(
      new RegExp(
        `^Rút lại báo cáo gần nhất của bạn: \\[${code}\\] .*, gửi lúc 09:00 23/11/2026, Đang thực hiện \\(40%\\)\\? Trả lời Có hoặc Không\\.`,
      ),
    );
    expect(await t.ask('không')).toBe('Đã giữ nguyên, chưa rút báo cáo nào.');
    expect(await t.ask('/nhiemvu')).toContain('báo cáo 23/11: 40%');
    await t.ask('/baocao rut');
    expect(await t.ask('hmm')).toContain('Trả lời “có”');
    expect(await t.ask('có')).toContain(`Đã rút lại báo cáo về [${code}]`);
    expect(await t.ask('/nhiemvu')).not.toContain('báo cáo 23/11: 40%');
  });

  it('says the last message was not stored when the last /baocao was refused, and takes nothing back', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const other = await codeOf(ONCE);
    await t.ask(`/baocao ${code} 40% đã lập đề cương`);
    t.clock.advance(60_000);
    expect(await t.ask(`/baocao ${other} 150% xong`)).toContain('Phần trăm phải từ 0 đến 100');
    const answer = await t.ask('/baocao rut');
    expect(answer).toContain('Tin nhắn trước của bạn chưa được lưu');
    expect(answer).toContain(`Báo cáo gần nhất đã lưu của bạn là [${code}]`);
    expect(answer).toContain(`/baocao rut ${code}`);
    expect(await t.ask('có')).not.toContain('Đã rút lại');
    expect(await t.ask('/nhiemvu')).toContain('báo cáo 23/11: 40%');
    // once a report is stored again, /baocao rut asks about it as usual
    await t.ask(`/baocao ${other} 20% đã dự thảo`);
    expect(await t.ask('/baocao rut')).toContain(`Rút lại báo cáo gần nhất của bạn: [${other}]`);
  });

  it('takes nothing back when a newer report came (in another chat) between the question and the "có"', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const other = await codeOf(ONCE);
    await t.ask(`/baocao ${code} 40% đã lập đề cương`);
    expect(await t.ask('/baocao rut')).toContain(`[${code}]`);
    expect(await t.ask(`/baocao ${other} 20% đã dự thảo`, { kind: 'private' })).toContain('Đã ghi nhận');
    expect(await t.ask('có')).toContain('Báo cáo đó đã được rút lại hoặc đã có báo cáo mới hơn, nên chưa rút gì.');
    const list = await t.ask('/nhiemvu');
    expect(list).toContain('báo cáo 23/11: 40%');
    expect(list).toContain('báo cáo 23/11: 20%');
  });

  it("refuses to take back someone else's report, by code or not", async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 30% phó đầu mối báo cáo`, { user: 'pho-dau-moi' });
    expect(await t.ask(`/baocao rut ${code}`)).toContain(`Báo cáo gần nhất về ${code} do người khác gửi`);
    // their own last report is an old one (the demo's): it is not withdrawn in the colleague's place either
    expect(await t.ask('/baocao rut')).not.toContain('Đã rút lại');
    expect(await t.ask('/nhiemvu')).toContain('báo cáo 23/11: 30%');
  });
});

describe('both dates when the last day is a day off', () => {
  it('the report reply gives the stated day and the working day it really ends on', async () => {
    // 05/12/2026 is a Saturday: on time up to the end of Monday 07/12 (Bộ luật Dân sự 2015, Đ.148 k.5)
    const code = await codeOf(ONCE);
    expect(await t.ask(`/baocao ${code} 50% đã dự thảo`)).toContain(
      '(hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12) — Đang thực hiện (50%)',
    );
    expect(await t.ask(`/baocao ${code} 50% đã dự thảo`, { user: 'dau-moi' })).toContain('→ nộp đến hết thứ Hai 07/12');
  });
});
