import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { BUTTON_CAPABILITIES, consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026 in Việt Nam.
const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.reset();
  t.clock.set(AT);
  await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
});

/** The code /nhiemvu shows for a task of the demo hospital, found by words of its title. */
async function codeOf(words: string): Promise<string> {
  const list = await t.ask('/nhiemvu');
  const line = list.split('\n').find((l) => l.includes(words));
  const code = line && /\[(NV\d+)\]/.exec(line)?.[1];
  if (!code) throw new Error(`no task "${words}" in:\n${list}`);
  return code;
}

async function reportsCount(): Promise<number> {
  return (await t.db.counts()).reports ?? 0;
}

describe('/baocao, guided', () => {
  it('walks task → status → percent → content → evidence → confirm, then stores one report', async () => {
    const before = await reportsCount();
    const pick = await t.ask('/baocao');
    expect(pick).toContain('Báo cáo nhiệm vụ nào?');
    const line = pick.split('\n').find((l) => l.includes('Báo cáo tổng kết năm'))!;
    expect(await t.ask(line.split('.')[0]!)).toContain('tình trạng thế nào?');
    expect(await t.ask('2')).toContain('bao nhiêu phần trăm');
    expect(await t.ask('45')).toContain('Nội dung báo cáo');
    expect(await t.ask('Đang tổng hợp số liệu từ các khoa')).toContain('minh chứng');
    const summary = await t.ask('bo qua');
    expect(summary).toContain('Tình trạng: Đang thực hiện (45%)');
    expect(summary).toContain('Nội dung: Đang tổng hợp số liệu từ các khoa');
    expect(await reportsCount()).toBe(before);
    expect(await t.ask('1')).toMatch(/^Đã ghi nhận báo cáo của BVĐK tỉnh: \[NV\d+\] Báo cáo tổng kết năm thực hiện kế hoạch — Đang thực hiện \(45%\)\.$/);
    expect(await reportsCount()).toBe(before + 1);
    expect(await t.ask('/nhiemvu')).toContain('đã báo cáo 45%');
  });

  it('takes a photo sent with its caption as both content and evidence, and passes it on with /minhchung', async () => {
    const code = await codeOf('Thành lập Tổ công tác xã hội');
    await t.ask(`/baocao ${code}`);
    await t.ask('hoan thanh');
    const photo = { kind: 'photo' as const, fileId: 'AgACAgUAAxkBAAIB', name: null };
    const result = await t.app.dispatcher.dispatch(
      {
        chat: 'console:nhom-bvdk',
        chatKind: 'group',
        chatTitle: null,
        sender: consoleUser('dau-moi', 'Nguyễn Thị Lan'),
        text: 'Quyết định thành lập tổ CTXH số 45/QĐ-BV',
        messageId: 'photo-1',
        addressedToBot: false,
        attachments: [photo],
        receivedAt: t.clock.now(),
      },
      { capabilities: BUTTON_CAPABILITIES, botUsername: null },
    );
    expect(result.reply?.text).toContain('Minh chứng: 1 tệp');
    expect(await t.ask('1')).toContain('Hoàn thành (100%), hoàn thành đúng hạn. Kèm 1 tệp minh chứng.');
    const evidence = await t.say(`/minhchung ${code}`, { user: 'lanh-dao-bvdk' });
    expect(evidence.reply?.text).toContain('1 tệp');
    expect(evidence.reply?.attachments).toEqual([photo]);
  });

  it('re-asks politely when an answer does not fit the step, and /huy stops without storing', async () => {
    const before = await reportsCount();
    await t.ask('/baocao');
    expect(await t.ask('99')).toContain('Tôi chưa rõ nhiệm vụ');
    expect(await t.ask('/huy')).toBe('Đã hủy thao tác /baocao đang làm dở.');
    expect(await reportsCount()).toBe(before);
  });
});

describe('/baocao on one line', () => {
  it('stores "code percent content" at once, and matches a task by title words without diacritics', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code.toLowerCase()} 30% đã lập đề cương báo cáo`)).toContain('Đang thực hiện (30%)');
    expect(await t.ask('/baocao tong ket nam 40% dang tong hop so lieu')).toContain('Báo cáo tổng kết năm thực hiện kế hoạch — Đang thực hiện (40%)');
  });

  it('closes the task with "hoàn thành", on time or with the days late, and lists it no more', async () => {
    const late = await codeOf('Xây dựng, ban hành kế hoạch công tác năm');
    expect(await t.ask(`/baocao ${late} hoàn thành đã ban hành kế hoạch số 12/KH-BV`)).toContain('Hoàn thành (100%), hoàn thành trễ 3 ngày.');
    const onTime = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    expect(await t.ask(`/baocao ${onTime} xong đã ban hành`)).toContain('hoàn thành đúng hạn');
    const open = await t.ask('/nhiemvu');
    expect(open).not.toContain(`[${late}]`);
    expect(open).not.toContain(`[${onTime}]`);
    expect(await t.ask('/quahan')).not.toContain(`[${late}]`);
  });

  it('lets the deputy report, but not staff, a leader or another unit’s focal point, and changes nothing then', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code} 10% bắt đầu`, { user: 'pho-dau-moi' })).toContain('Đã ghi nhận');
    const before = await reportsCount();
    expect(await t.ask(`/baocao ${code} 20% x y`, { user: 'nhan-vien' })).toContain('Chỉ cán bộ đầu mối hoặc đầu mối dự phòng');
    expect(await t.ask(`/baocao ${code} 20% x y`, { user: 'lanh-dao-bvdk' })).toContain('Chỉ cán bộ đầu mối');
    expect(await t.ask(`/baocao ${code} 20% x y`, { user: 'dau-moi-cdc' })).toContain('Chỉ cán bộ đầu mối');
    expect(await t.ask(`/baocao ${code} 20% x y`, { user: 'quan-tri' })).toContain('Chỉ cán bộ đầu mối');
    expect(await reportsCount()).toBe(before);
  });

  it.each([
    ['/baocao {code} 150% xong', 'Phần trăm phải từ 0 đến 100 (bạn gõ 150).'],
    ['/baocao {code} hoàn thành 80% còn thiếu', 'Báo cáo “Hoàn thành” phải là 100%.'],
    ['/baocao 80% không ghi nhiệm vụ', 'Hãy ghi mã nhiệm vụ trước'],
    ['/baocao NV9999 50% abc', 'Không tìm thấy nhiệm vụ “NV9999”'],
    ['/baocao khong co viec nay 50% abc', 'Không tìm thấy nhiệm vụ'],
  ])('%s is refused with a clear answer and nothing stored', async (input, answer) => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const before = await t.db.counts();
    expect(await t.ask(input.replace('{code}', code))).toContain(answer);
    const after = await t.db.counts();
    expect(after.reports).toBe(before.reports);
    expect(after.occurrences).toBe(before.occurrences);
  });

  it('refuses a report on another unit’s task and on a task already done', async () => {
    const cdcOnly = (await t.ask('/nhiemvu', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' })).split('\n').find((l) => l.includes('minh chứng tuyên truyền'))!;
    const code = /\[(NV\d+)\]/.exec(cdcOnly)![1]!;
    expect(await t.ask(`/baocao ${code} 50% abc`)).toContain(`Không tìm thấy nhiệm vụ “${code}”`);
    const mine = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    await t.ask(`/baocao ${mine} xong đã ban hành`);
    expect(await t.ask(`/baocao ${mine} 100% lần nữa`)).toContain(`Không tìm thấy nhiệm vụ “${mine}”`);
  });

  it('asks for what is missing: the status, then the content', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code}`)).toContain('tình trạng thế nào?');
    expect(await t.ask('/huy')).toContain('Đã hủy');
    expect(await t.ask(`/baocao ${code} 50%`)).toContain('Nội dung báo cáo');
    expect(await t.ask('   ')).toContain('Tôi cần nội dung báo cáo bằng chữ');
  });
});

describe('taking a report back', () => {
  it('withdraws the last report within 30 minutes and reopens what it closed', async () => {
    const code = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    await t.ask(`/baocao ${code} xong đã ban hành`);
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    t.clock.advance(10 * 60_000);
    expect(await t.ask('/baocao rut')).toContain('Đã rút lại báo cáo');
    expect(await t.ask('/nhiemvu')).toContain(`[${code}]`);
  });

  it('refuses after the window, and /baocao sua starts the correction at the status', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 20% đã lập đề cương`);
    expect(await t.ask('/baocao sua')).toContain('tình trạng thế nào?');
    await t.ask('/huy');
    t.clock.advance(31 * 60_000);
    await t.ask(`/baocao ${code} 30% tiếp`);
    t.clock.advance(31 * 60_000);
    expect(await t.ask('/baocao rut')).toContain('trong 30 phút sau khi gửi');
  });
});

describe('/hanchot and /quahan', () => {
  it('shows the unit’s deadlines in the window with weekday and date', async () => {
    const week = await t.ask('/hanchot');
    expect(week).toMatch(/^Hạn chót trong 7 ngày tới của Bệnh viện Đa khoa tỉnh Lai Châu \(\d+\):/);
    expect(week).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày)');
    expect(week).not.toContain('14/12/2026');
    expect(await t.ask('/hanchot 30')).toContain('hạn thứ Hai, 14/12/2026 (còn 21 ngày)');
    const overdue = await t.ask('/quahan');
    expect(overdue).toContain('quá hạn 14 ngày (hạn thứ Hai, 09/11/2026)');
    expect(overdue).not.toContain('còn');
  });

  it('shows every unit, with unit names, to a Department leader in private and in the leaders’ group', async () => {
    const all = await t.ask('/quahan', { user: 'lanh-dao-so', kind: 'private' });
    expect(all).toMatch(/^Quá hạn, chưa hoàn thành — tất cả đơn vị \(\d+\):/);
    expect(all).toContain('Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu — ');
    expect(all).toContain('… và ');
    expect(await t.ask('/hanchot', { user: 'lanh-dao-so', chat: 'console:nhom-lanh-dao-so' })).toContain('tất cả đơn vị');
  });

  it('rejects a window that is not a number', async () => {
    expect(await t.ask('/hanchot mai')).toContain('Cách dùng');
  });
});

describe('/nghiphep', () => {
  it('records and ends one’s own leave; only an admin sets someone else’s', async () => {
    expect(await t.ask('/nghiphep đến 30/11')).toBe(
      'Đã ghi nhận Nguyễn Thị Lan nghỉ phép đến hết ngày 30/11/2026. Trong thời gian này, nhắc hạn gửi cho đầu mối dự phòng.',
    );
    expect(await t.ask('/nghiphep huy')).toContain('Đã kết thúc nghỉ phép');
    expect(await t.ask('/nghiphep đến 30/11 @pho-dau-moi')).toContain('Chỉ quản trị viên');
    expect(await t.ask('/nghiphep đến 5/1 @dau-moi', { user: 'quan-tri' })).toContain('đến hết ngày 05/01/2027');
    expect(await t.ask('/nghiphep đến 31/02')).toContain('Tôi không hiểu ngày');
  });
});
