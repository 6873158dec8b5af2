import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proposePlanFromData } from '../../src/core/plans/import/plan-file.js';
import { savePlanProposal } from '../../src/core/plans/import/save-plan.js';
import { BUTTON_CAPABILITIES, startTestApp, type TestApp } from '../support/test-app.js';

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

/** The code /nhiemvu shows for a task of the demo hospital, found by words of its title. */
async function codeOf(words: string): Promise<string> {
  const list = await t.ask('/nhiemvu');
  const line = list.split('\n').find((l) => l.includes(words));
  const code = line && /\[(NV\d+)\]/.exec(line)?.[1];
  if (!code) throw new Error(`no task "${words}" in:\n${list}`);
  return code;
}

/** "/baocao rut" without a code shows the report it would take back and asks; "có" takes it back. */
async function withdrawLast(): Promise<string> {
  const asked = await t.ask('/baocao rut');
  if (!asked.startsWith('Rút lại báo cáo gần nhất của bạn')) return asked;
  return t.ask('có');
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
    expect(await t.ask('1')).toMatch(
      /^Đã ghi nhận báo cáo của BVĐK tỉnh: \[NV\d+\] Báo cáo tổng kết năm thực hiện kế hoạch \(hạn 14\/12\/2026\) — Đang thực hiện \(45%\)\.$/,
    );
    expect(await reportsCount()).toBe(before + 1);
    expect(await t.ask('/nhiemvu')).toContain('báo cáo 23/11: 45%');
  });

  it('keeps words typed where the percentage was asked as the content, and asks the percentage again', async () => {
    const pick = await t.ask('/baocao');
    const line = pick.split('\n').find((l) => l.includes('Báo cáo tổng kết năm'))!;
    await t.ask(line.split('.')[0]!);
    expect(await t.ask('dang lam')).toContain('bao nhiêu phần trăm');
    expect(await t.ask('đã họp triển khai, đang chờ số liệu các khoa')).toBe(
      'Đã ghi nội dung báo cáo. Còn tỷ lệ: đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.',
    );
    // a word or two is not a content: asked again as before
    expect(await t.ask('chua ro')).toBe('Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.');
    const summary = await t.ask('30%');
    expect(summary).toContain('Tình trạng: Đang thực hiện (30%)');
    expect(summary).toContain('Nội dung: đã họp triển khai, đang chờ số liệu các khoa');
    await t.ask('/huy');
  });

  it('takes a photo sent with its caption as both content and evidence, and passes it on with /minhchung', async () => {
    const code = await codeOf('Thành lập Tổ công tác xã hội');
    await t.ask(`/baocao ${code}`);
    await t.ask('hoan thanh');
    const photo = { kind: 'photo' as const, fileId: 'AgACAgUAAxkBAAIB', name: null };
    const result = await t.say('Quyết định thành lập tổ CTXH số 45/QĐ-BV', {
      addressed: false,
      attachments: [photo],
      capabilities: BUTTON_CAPABILITIES,
      botUsername: null,
    });
    expect(result.reply?.text).toContain('Minh chứng: 1 tệp');
    expect(await t.ask('1')).toContain('Hoàn thành (100%), hoàn thành đúng hạn. Kèm 1 tệp minh chứng.');
    const evidence = await t.say(`/minhchung ${code}`, { user: 'lanh-dao-bvdk' });
    expect(evidence.reply?.text).toContain('1 tệp');
    expect(evidence.reply?.attachments).toEqual([photo]);
  });

  it('keeps a photo sent without words at the content step as evidence, and still asks for the words', async () => {
    const code = await codeOf('Thành lập Tổ công tác xã hội');
    await t.ask(`/baocao ${code}`);
    await t.ask('hoan thanh');
    const photo = { kind: 'photo' as const, fileId: 'AgACAgUAAxkBAAIC', name: null };
    const result = await t.say('', { addressed: false, attachments: [photo], capabilities: BUTTON_CAPABILITIES, botUsername: null });
    expect(result.reply?.text).toBe('Đã nhận 1 tệp minh chứng. Giờ hãy gõ nội dung báo cáo: đã làm gì, kết quả ra sao.');
    expect(await t.ask('Đã có quyết định thành lập tổ', { addressed: false })).toContain('Minh chứng: 1 tệp');
    expect(await t.ask('1')).toContain('Kèm 1 tệp minh chứng.');
    expect((await t.say(`/minhchung ${code}`, { user: 'lanh-dao-bvdk' })).reply?.attachments).toEqual([photo]);
  });

  it.each([['có'], ['ok'], ['đồng ý'], ['gui'], ['Gửi báo cáo']])(
    'stores the report when the confirmation is answered “%s”',
    async (yes) => {
      const code = await codeOf('Báo cáo tổng kết năm');
      const before = await reportsCount();
      await t.ask(`/baocao ${code} 50%`);
      await t.ask('Đang tổng hợp');
      await t.ask('bo qua');
      expect(await t.ask(yes)).toContain('Đã ghi nhận báo cáo');
      expect(await reportsCount()).toBe(before + 1);
    },
  );

  it('cancels on “không” or “huỷ”, and says what to type when the answer is not understood', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const before = await reportsCount();
    for (const no of ['không', 'huỷ', 'Hủy']) {
      await t.ask(`/baocao ${code} 50%`);
      await t.ask('Đang tổng hợp');
      await t.ask('bo qua');
      expect(await t.ask('gì vậy')).toContain('Gõ “gửi” (hoặc 1) để gửi báo cáo, hoặc “hủy” (hoặc 2) để thôi.');
      expect(await t.ask(no)).toBe('Đã hủy, chưa gửi báo cáo nào.');
    }
    expect(await reportsCount()).toBe(before);
  });

  it('never takes news of another task, named by its code, as the answer for the task being reported', async () => {
    const before = await reportsCount();
    const pick = await t.ask('/baocao');
    const codes = [...pick.matchAll(/\[NV(\d+)\]/g)].map((m) => Number(m[1]));
    const yearly = Number(/\[NV(\d+)\] Báo cáo tổng kết năm/.exec(pick)![1]);
    const other = codes.find((code) => code !== yearly)!;
    await t.ask('/huy');
    expect(await t.ask(`/baocao NV${yearly}`)).toContain('tình trạng thế nào?');
    const status = await t.ask(`nv ${other} đang lm, dự kiến xong tuần sau`);
    expect(status.split('\n')[0]).toBe(
      `Câu hỏi đang chờ là của báo cáo NV${yearly}; tin nhắn này nói về NV${other} nên chưa ghi vào NV${yearly}. ` +
        `Để báo cáo NV${other}, gõ /baocao NV${other} … (NV${yearly} tạm dừng, gõ /tieptuc để quay lại). ` +
        `Nếu đây là câu trả lời cho NV${yearly}, gõ lại không kèm mã NV${other}.`,
    );
    expect(status.split('\n')[1]).toMatch(new RegExp(`^\\[NV${yearly}\\] .*: tình trạng thế nào\\?`));
    // said again, the question is asked once, not stacked
    expect(await t.ask(`NV${other} xong rồi`)).toBe(status);
    expect(await t.ask('2')).toContain('bao nhiêu phần trăm');
    expect(await t.ask(`nhiệm vụ ${other} được 40%`)).toContain(`tin nhắn này nói về NV${other}`);
    expect(await t.ask('50%')).toContain('Nội dung báo cáo');
    expect(await t.ask(`nv${other}: đã lập dự thảo`)).toContain(`tin nhắn này nói về NV${other}`);
    // the task's own code in an answer is an answer
    expect(await t.ask(`NV${yearly}: đã tổng hợp số liệu các khoa`)).toContain('minh chứng');
    const summary = await t.ask('bỏ qua');
    expect(summary).toContain(`Nội dung: NV${yearly}: đã tổng hợp số liệu các khoa`);
    expect(summary).toContain('Tình trạng: Đang thực hiện (50%)');
    await t.ask('/huy');
    expect(await reportsCount()).toBe(before);
  });

  it('re-asks politely when an answer does not fit the step, and /huy stops without storing', async () => {
    const before = await reportsCount();
    await t.ask('/baocao');
    expect(await t.ask('99')).toContain('Tôi chưa rõ nhiệm vụ');
    // a task of another unit, typed by its code: told it is not this unit's, and the list offered again
    const notOpen = await t.ask('nv3');
    expect(notOpen).toContain('NV3 không có trong các nhiệm vụ đang mở của đơn vị này.');
    expect(notOpen).toContain('1. [');
    expect(await t.ask('/huy')).toBe('Đã hủy thao tác /baocao đang làm dở.');
    expect(await reportsCount()).toBe(before);
  });
});

describe('/baocao on one line', () => {
  it('stores "code percent content" at once, and matches a task by title words without diacritics', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code.toLowerCase()} 30% đã lập đề cương báo cáo`)).toContain('Đang thực hiện (30%)');
    expect(await t.ask('/baocao tong ket nam 40% dang tong hop so lieu')).toContain(
      'Báo cáo tổng kết năm thực hiện kế hoạch (hạn 14/12/2026) — Đang thực hiện (40%)',
    );
    // written as people write it: "báo cáo" in words, the code with a colon, the figure at the end
    expect(await t.ask(`bao cao ${code.toLowerCase()}: da hop ban chi dao, dang tong hop so lieu, dc khoang 60%`)).toContain(
      'Đang thực hiện (60%)',
    );
  });

  it('"xong" on an ongoing duty asks whether it ends: by default a check-in for the period, the duty still open', async () => {
    const code = await codeOf('Khảo sát, đánh giá sự hài lòng');
    const asked = await t.ask(`/baocao ${code} xong đã khảo sát quý IV`);
    expect(asked).toContain('là nhiệm vụ thường xuyên. Nhiệm vụ này đã kết thúc hẳn chưa?');
    expect(await t.ask('1')).toContain('Đang thực hiện (100%)');
    expect(await t.ask('/nhiemvu')).toContain(`[${code}]`);
    // answering that it ended closes it
    await t.ask(`/baocao ${code} xong đã hoàn tất, không còn thực hiện`);
    expect(await t.ask('kết thúc')).toContain('Hoàn thành');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
  });

  it('confirms in the unit’s group too a report the focal point sent in private', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const result = await t.say(`/baocao ${code} 60% đã xong dự thảo`, { kind: 'private' });
    expect(result.reply?.text).toContain('Đang thực hiện (60%)');
    expect(result.notices.map((n) => n.chat)).toEqual(['console:nhom-bvdk']);
    expect(result.notices[0]?.message.text).toMatch(
      /^.+ gửi báo cáo qua tin nhắn riêng với trợ lý:\nĐã ghi nhận báo cáo của BVĐK tỉnh: .*Đang thực hiện \(60%\)/,
    );
    // in the group itself the reply is the confirmation: nothing more
    expect((await t.say(`/baocao ${code} 70% đã gửi xin ý kiến`)).notices).toEqual([]);
    // one who reads the bot in English gets the reply in English; the group keeps its own language
    await t.ask('/ngonngu en', { kind: 'private' });
    const english = await t.say(`/baocao ${code} 80% sent for comments`, { kind: 'private' });
    expect(english.reply?.text).toContain('In progress (80%)');
    expect(english.notices[0]?.message.text).toMatch(
      /^.+ gửi báo cáo qua tin nhắn riêng với trợ lý:\nĐã ghi nhận báo cáo của BVĐK tỉnh: .*Đang thực hiện \(80%\)/,
    );
    await t.ask('/ngonngu vi', { kind: 'private' });
  });

  it('closes the task with "hoàn thành", on time or with the days late, and lists it no more', async () => {
    const late = await codeOf('Xây dựng, ban hành kế hoạch công tác năm');
    expect(await t.ask(`/baocao ${late} hoàn thành đã ban hành kế hoạch số 12/KH-BV`)).toContain(
      'Hoàn thành (100%), hoàn thành trễ 3 ngày.',
    );
    const onTime = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    expect(await t.ask(`/baocao ${onTime} xong đã ban hành`)).toContain('hoàn thành đúng hạn');
    const open = await t.ask('/nhiemvu');
    expect(open).not.toContain(`[${late}]`);
    expect(open).not.toContain(`[${onTime}]`);
    expect(await t.ask('/quahan')).not.toContain(`[${late}]`);
  });

  it('keeps a recurring task listed with its next due date once this one is done', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code} hoàn thành đã gửi báo cáo năm 2026`)).toContain('hoàn thành đúng hạn');
    const line = (await t.ask('/nhiemvu')).split('\n').findIndex((l) => l.includes(`[${code}]`));
    expect(line).toBeGreaterThan(0);
    expect((await t.ask('/nhiemvu')).split('\n')[line + 1]).toContain('hạn thứ Ba, 14/12/2027');
    // a second report on it goes to next year's occurrence
    expect(await t.ask(`/baocao ${code} 10% đã lập đề cương năm 2027`)).toContain('Đang thực hiện (10%)');
  });

  it('takes back the next occurrence it opened when the closing report is withdrawn or corrected, unless reported on', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const listed = async () => (await t.ask('/nhiemvu')).split('\n').filter((l) => l.includes(`[${code}]`)).length;
    const before = (await t.db.counts()).occurrences;
    await t.ask(`/baocao ${code} hoàn thành đã gửi báo cáo năm 2026`);
    expect((await t.db.counts()).occurrences).toBe(before! + 1);
    await withdrawLast();
    expect(await listed()).toBe(1);
    expect((await t.db.counts()).occurrences).toBe(before);
    await t.ask(`/baocao ${code} hoàn thành đã gửi báo cáo năm 2026`);
    expect(await t.ask('/baocao sua 80% còn thiếu phụ lục')).toContain('Đang thực hiện (80%)');
    expect(await listed()).toBe(1);
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Hai, 14/12/2026');
    expect((await t.db.counts()).occurrences).toBe(before);
  });

  it('points out a percentage lower than the task’s last report (a slip of the finger as often as not), not a higher one', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    expect(await t.ask(`/baocao ${code} 80% đã có dự thảo`)).not.toContain('Lưu ý');
    const lower = await t.ask(`/baocao ${code} 8% đang chỉnh sửa`);
    expect(lower).toContain('Đang thực hiện (8%)');
    expect(lower).toContain('Lưu ý: báo cáo trước của nhiệm vụ này là 80%, nay 8%. Nếu gõ nhầm, gõ /baocao sua trong 30 phút để sửa.');
    // the correction it suggests is deliberate: no note on it
    expect(await t.ask('/baocao sua 70% đang chỉnh sửa')).not.toContain('Lưu ý');
    // the deputy's report counts as the task's last, whoever sends the next one
    expect(await t.ask(`/baocao ${code} 90% gần xong`, { user: 'pho-dau-moi' })).not.toContain('Lưu ý');
    expect(await t.ask(`/baocao ${code} 60% phải làm lại phụ lục`)).toContain('báo cáo trước của nhiệm vụ này là 90%');
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
    // the code as the code, whatever was typed around it
    ['/baocao nv9999: 50% abc', 'Không tìm thấy nhiệm vụ “NV9999” đang mở'],
    ['/baocao khong co viec nay 50% abc', 'Không tìm thấy nhiệm vụ'],
    // the minus sign and the decimal mark are never dropped: "-5%" is not 5%, "50.5%" not 505%
    ['/baocao {code} -5% abc', 'Phần trăm phải là số nguyên từ 0 đến 100, ví dụ 60% (bạn gõ “-5%”).'],
    ['/baocao {code} 50.5% abc', 'Phần trăm phải là số nguyên từ 0 đến 100, ví dụ 60% (bạn gõ “50.5%”).'],
    ['/baocao {code} 50,5 phần trăm abc', 'Phần trăm phải là số nguyên từ 0 đến 100, ví dụ 60% (bạn gõ “50,5 phần trăm”).'],
  ])('%s is refused with a clear answer and nothing stored', async (input, answer) => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const before = await t.db.counts();
    expect(await t.ask(input.replace('{code}', code))).toContain(answer);
    const after = await t.db.counts();
    expect(after.reports).toBe(before.reports);
    expect(after.occurrences).toBe(before.occurrences);
  });

  it('refuses a report on another unit’s task and on a task already done', async () => {
    const cdcOnly = (await t.ask('/nhiemvu', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' }))
      .split('\n')
      .find((l) => l.includes('minh chứng tuyên truyền'))!;
    const code = /\[(NV\d+)\]/.exec(cdcOnly)![1]!;
    expect(await t.ask(`/baocao ${code} 50% abc`)).toContain(`Không tìm thấy nhiệm vụ “${code}”`);
    const mine = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    await t.ask(`/baocao ${mine} xong đã ban hành`);
    expect(await t.ask(`/baocao ${mine} 100% lần nữa`)).toContain(`Không tìm thấy nhiệm vụ “${mine}”`);
  });

  it.each([
    ['vướng thiếu kinh phí', 'Gặp khó khăn (0%)'],
    ['vuong mac chua co kinh phi', 'Gặp khó khăn (0%)'],
    ['gặp khó khăn thiếu nhân lực', 'Gặp khó khăn (0%)'],
    ['chưa bắt đầu chờ hướng dẫn', 'Chưa bắt đầu (0%)'],
    ['dang lam 40% da lap de cuong', 'Đang thực hiện (40%)'],
    ['60 phần trăm đã tập huấn 120 người', 'Đang thực hiện (60%)'],
    ['60 phan tram da tap huan', 'Đang thực hiện (60%)'],
    // "xong" after 80% is what was finished, not the task's status
    ['80% xong phần khảo sát', 'Đang thực hiện (80%)'],
    ['đã xong đã gửi công văn', 'Hoàn thành (100%)'],
  ])('reads the status words staff use: %s', async (words, answer) => {
    const code = await codeOf('Báo cáo tổng kết năm');
    const before = await reportsCount();
    expect(await t.ask(`/baocao ${code} ${words}`)).toContain(answer);
    expect(await reportsCount()).toBe(before + 1);
  });

  it('keeps the last figure when a task is reported blocked ("vướng" says nothing of how far it came)', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 60% đã tổng hợp số liệu các khoa`);
    expect(await t.ask(`/baocao ${code} vướng thiếu số liệu của hai khoa`)).toContain('Gặp khó khăn (60%)');
    expect(await t.ask('/nhiemvu')).toMatch(new RegExp(`\\[${code}\\][^\\n]*\\n[^\\n]*báo cáo 23/11: gặp khó khăn, 60%`));
    expect(await t.ask(`/baocao ${code} vướng 20% làm lại số liệu`)).toContain('Gặp khó khăn (20%)');
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
    expect(await withdrawLast()).toContain('Đã rút lại báo cáo');
    expect(await t.ask('/nhiemvu')).toContain(`[${code}]`);
  });

  it("/baocao rut NV7 withdraws the last report only when it is about NV7; another task's is never taken back", async () => {
    const code = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    const other = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 40% đã dự thảo`);
    const before = await t.db.counts();
    expect(await t.ask(`/baocao rut ${other}`)).toContain(`Báo cáo gần nhất của bạn là về [${code}]`);
    expect(await t.ask(`/baocao rut ${other}`)).toContain('chưa rút báo cáo nào');
    expect(await t.db.counts()).toMatchObject({ reports: before.reports });
    expect(await t.ask(`/baocao rút lại ${code.toLowerCase()}`)).toContain(`Đã rút lại báo cáo về [${code}]`);
  });

  it('/baocao sua then /huy leaves the report as it was: nothing is withdrawn before the correction is sent', async () => {
    const code = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    await t.ask(`/baocao ${code} xong đã ban hành`);
    const before = await t.db.counts();
    const asked = await t.ask('/baocao sua');
    expect(asked).toContain('Sửa báo cáo vừa gửi (Hoàn thành, 100%: đã ban hành). Báo cáo cũ giữ nguyên');
    expect(asked).toContain('tình trạng thế nào?');
    expect(await t.ask('/huy')).toContain('Đã hủy');
    // still closed, still the only report, and still the one /baocao rut would take back
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    expect(await t.db.counts()).toMatchObject({ reports: before.reports, occurrences: before.occurrences });
    await t.ask('/baocao sua');
    await t.ask('2');
    await t.ask('60');
    await t.ask('Mới dự thảo, chưa ban hành');
    expect(await t.ask('bỏ qua')).toContain('Bản này sẽ thay báo cáo vừa gửi.');
    expect(await t.ask('huỷ')).toBe('Đã hủy sửa; báo cáo vừa gửi vẫn giữ nguyên.');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    expect(await withdrawLast()).toContain(`Đã rút lại báo cáo về [${code}]`);
  });

  it('a confirmed correction replaces the last report at once, guided or on one line', async () => {
    const code = await codeOf('Xây dựng kế hoạch tuyên truyền cải cách');
    await t.ask(`/baocao ${code} xong đã ban hành`);
    await t.ask('/baocao sua');
    await t.ask('2');
    await t.ask('60');
    await t.ask('Mới dự thảo, chưa ban hành');
    await t.ask('bo qua');
    expect(await t.ask('gửi')).toMatch(/^Đã sửa báo cáo của BVĐK tỉnh: \[NV\d+\] .* — Đang thực hiện \(60%\)\.$/);
    // the task is open again, with the corrected figure, and one report is active on it
    expect(await t.ask('/nhiemvu')).toMatch(new RegExp(`\\[${code}\\][^\\n]*\\n[^\\n]*báo cáo \\d{2}/\\d{2}: 60%`));
    const before = await reportsCount();
    expect(await t.ask('/baocao sua 90% sửa lại: đã trình ký')).toContain('Đã sửa báo cáo của BVĐK tỉnh');
    expect(await reportsCount()).toBe(before + 1);
    expect(await t.ask('/nhiemvu')).toMatch(new RegExp(`\\[${code}\\][^\\n]*\\n[^\\n]*báo cáo \\d{2}/\\d{2}: 90%`));
    expect(await t.ask(`/baocao sua ${code} hoàn thành đã ban hành`)).toContain('Hoàn thành (100%)');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    expect(await t.ask('/baocao sua NV9999 50% abc')).toContain('/baocao sua chỉ sửa báo cáo vừa gửi');
    // that message was refused: "/baocao rut" right after it takes nothing back, and says so
    expect(await t.ask('/baocao rut')).toContain('Tin nhắn trước của bạn chưa được lưu');
    expect(await t.ask('/nhiemvu')).not.toContain(`[${code}]`);
    // only one report stays active: taking it back by its code leaves nothing on the task
    expect(await t.ask(`/baocao rut ${code}`)).toContain(`Đã rút lại báo cáo về [${code}]`);
    expect(await t.ask('/nhiemvu')).toMatch(new RegExp(`\\[${code}\\][^\\n]*\\n(?![^\\n]*đã báo cáo)`));
  });

  it('refuses after the window, and /baocao sua starts the correction at the status', async () => {
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} 20% đã lập đề cương`);
    expect(await t.ask('/baocao sua')).toContain('tình trạng thế nào?');
    await t.ask('/huy');
    t.clock.advance(31 * 60_000);
    await t.ask(`/baocao ${code} 30% tiếp`);
    t.clock.advance(31 * 60_000);
    expect(await withdrawLast()).toContain('trong 30 phút sau khi gửi');
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

  it('names what is already overdue beside what is coming, so that "nothing due" never reads as "nothing owed"', async () => {
    const overdue = Number(/\((\d+)\):/.exec(await t.ask('/quahan'))![1]);
    expect(overdue).toBeGreaterThan(0);
    const line = `Ngoài ra còn ${overdue} việc đã quá hạn, chưa hoàn thành: gõ /quahan để xem.`;
    expect((await t.ask('/hanchot')).split('\n').at(-1)).toBe(line);
    // "hôm nay có việc gì không": nothing due today, and the overdue still said
    expect(await t.ask('hom nay co viec gi k')).toBe(`Bệnh viện Đa khoa tỉnh Lai Châu không có hạn chót nào trong 1 ngày tới.\n${line}`);
    // a unit with nothing overdue is not told about it
    for (const occurrence of await t.app.store.plans.openOccurrences({ unitIds: null })) {
      if (occurrence.dueDate !== null && occurrence.dueDate < '2026-11-23')
        await t.app.store.plans.cancelOpen({ assignmentId: occurrence.assignmentId });
    }
    expect(await t.ask('/hanchot')).not.toContain('Ngoài ra');
  });

  it('shows every unit, with unit names, to a Department leader in private and in the leaders’ group', async () => {
    const all = await t.ask('/quahan', { user: 'lanh-dao-so', kind: 'private' });
    expect(all).toMatch(/^Quá hạn, chưa hoàn thành — tất cả đơn vị \(\d+\):/);
    // one line per task with the units still owing it (issue 21), and how to see it unit by unit
    expect(all).toMatch(/\n• \[NV\d+\] .+ — quá hạn \d+ ngày \(hạn .+\) — còn \d+ đơn vị: .*CDC tỉnh/);
    expect(all).toContain('(Mỗi dòng một nhiệm vụ và các đơn vị còn nợ; xem theo đơn vị: /quahan theo đơn vị)');
    const byUnit = await t.ask('/quahan theo don vi', { user: 'lanh-dao-so', kind: 'private' });
    expect(byUnit).toMatch(/\n• CDC tỉnh \(\d+\): \[NV\d+\] quá hạn \d+ ngày/);
    expect(byUnit.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(7);
    expect(byUnit).toContain('(Mỗi dòng một đơn vị và các nhiệm vụ còn nợ; xem theo nhiệm vụ: /quahan)');
    // a unit's own list stays one task a line, as before
    expect(await t.ask('/quahan theo don vi', { user: 'dau-moi', chat: 'console:nhom-bvdk' })).not.toContain('Mỗi dòng');
    expect(await t.ask('/hanchot', { user: 'lanh-dao-so', chat: 'console:nhom-lanh-dao-so' })).toContain('tất cả đơn vị');
  });

  it('writes a last day on a day off with the working day it ends on (Đ.148 k.5), counting days to that day', async () => {
    // before the change: "nộp chậm nhất thứ Sáu, 04/12/2026 (còn 11 ngày)"
    expect(await t.ask('/hanchot 30')).toContain('hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12 (còn 14 ngày)');
  });

  it('a Sunday last day ends with Monday: not overdue before Tuesday, in /quahan, /hanchot and a report alike', async () => {
    const proposal = proposePlanFromData(
      {
        title: 'Kế hoạch thử hạn Chủ nhật',
        year: 2026,
        tasks: [
          {
            title: 'Nộp danh sách tập huấn',
            rule: { kind: 'once', due: '2026-11-22', inclusive: true, precision: 'day' },
            assign: ['BVDK'],
          },
        ],
      },
      { units: await t.app.store.units.list(), referenceDate: '2026-11-01' },
    );
    if (!proposal.ok) throw new Error('bad plan');
    await savePlanProposal(t.app.store, proposal.proposal, {
      sourceText: null,
      today: '2026-11-01',
      calendar: await t.app.calendar.current(),
      actorId: null,
    });
    // Monday 23/11, the day after: due today (before the change: "quá hạn 3 ngày … nộp chậm nhất thứ Sáu, 20/11/2026")
    const line = 'Nộp danh sách tập huấn\n   hạn 22/11 (Chủ nhật) → nộp đến hết thứ Hai 23/11 (hôm nay)';
    expect(await t.ask('/hanchot')).toContain(line);
    expect(await t.ask('/nhiemvu')).toContain(line);
    expect(await t.ask('/quahan')).not.toContain('Nộp danh sách tập huấn');
    // on the Saturday before, 2 days left, and /hanchot lists it
    t.clock.set('2026-11-21T09:00:00+07:00');
    expect(await t.ask('/hanchot')).toContain('Nộp danh sách tập huấn\n   hạn 22/11 (Chủ nhật) → nộp đến hết thứ Hai 23/11 (còn 2 ngày)');
    expect(await t.ask('/quahan')).not.toContain('Nộp danh sách tập huấn');
    // on the Tuesday, 1 day overdue
    t.clock.set('2026-11-24T09:00:00+07:00');
    expect(await t.ask('/quahan')).toContain(
      'Nộp danh sách tập huấn\n   quá hạn 1 ngày (hạn 22/11 (Chủ nhật) → nộp đến hết thứ Hai 23/11)',
    );
    expect(await t.ask('/hanchot')).not.toContain('Nộp danh sách tập huấn');
    // reported on the Monday: on time
    t.clock.set(AT);
    const code = await codeOf('Nộp danh sách tập huấn');
    expect(await t.ask(`/baocao ${code} xong đã gửi danh sách`)).toContain('hoàn thành đúng hạn');
  });

  it('/nhiemvu shows a Department leader the open work of every unit, one line per task with the units that owe it', async () => {
    const all = await t.ask('/nhiemvu', { user: 'lanh-dao-so', kind: 'private' });
    expect(all).toMatch(/^Nhiệm vụ đang mở của tất cả đơn vị \(\d+\), hạn gần nhất trước:/);
    expect(all).toMatch(
      /\[NV\d+\] Báo cáo tổng kết năm thực hiện kế hoạch\n {3}hạn thứ Hai, 14\/12\/2026 \(còn 21 ngày\) · .* · 7 đơn vị chưa hoàn thành/,
    );
    // once a unit reports it done, one unit fewer owes it
    const code = await codeOf('Báo cáo tổng kết năm');
    await t.ask(`/baocao ${code} xong đã gửi`);
    expect(await t.ask('/nhiemvu', { user: 'lanh-dao-so', kind: 'private' })).toMatch(
      /Báo cáo tổng kết năm thực hiện kế hoạch\n {3}hạn thứ Hai, 14\/12\/2026 .* · 6 đơn vị chưa hoàn thành/,
    );
    // a unit's own list is still one unit's, and a leader can still name a unit
    expect(await t.ask('/nhiemvu BVDK', { user: 'lanh-dao-so', kind: 'private' })).toMatch(
      /^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/,
    );
  });

  it('rejects a window that is not a number or days in words', async () => {
    expect(await t.ask('/hanchot abc')).toContain('Cách dùng');
    // everyday words are read as days (issue 19): "mai" is up to tomorrow
    expect(await t.ask('/hanchot mai')).toBe(await t.ask('/hanchot 2'));
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
