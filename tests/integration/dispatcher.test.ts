import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUTTON_CAPABILITIES, consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026, 09:00 in Việt Nam: the demo's one-off deadlines sit around this day.
const AT = '2026-11-23T09:00:00+07:00';
const BVDK = 'console:nhom-bvdk';
const NEW_GROUP = 'console:nhom-moi';

let t: TestApp;

// Free text addressed to the bot is read by what it asks (issue 19); text asking nothing the bot does gets
// this, and changes nothing.
const NOT_UNDERSTOOD =
  'Việc này tôi chưa giúp được. Tôi trả lời về hạn chót (/hanchot), báo cáo tiến độ (/baocao), phản ánh (/phananh) và văn bản quy định (/tracuu); gõ /help để xem các lệnh.';

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
});

/** Row counts of every table except the directory of people the bot has seen (identities, members). */
async function domainCounts() {
  const { identities: _i, members: _m, ...rest } = await t.db.counts();
  return rest;
}

describe('/help and /start', () => {
  it('shows a focal point only what they may do, in Vietnamese', async () => {
    const text = await t.ask('/help');
    expect(text).toContain('Các lệnh bạn dùng được trong nhóm của Bệnh viện Đa khoa tỉnh Lai Châu');
    expect(text).toContain('/nhiemvu');
    expect(text).not.toContain('/dangky');
    expect(text).not.toContain('/phanquyen');
    expect(text).toContain('cán bộ đầu mối (BVĐK tỉnh)');
  });

  it('shows an admin the admin commands, whatever spelling of /help is used', async () => {
    for (const spelling of ['/help', '/trogiup', '/Trợgiúp', '/HELP']) {
      const text = await t.ask(spelling, { user: 'quan-tri' });
      expect(text).toContain('/dangky');
      expect(text).toContain('/phanquyen');
    }
  });

  it('tells a newcomer in an unbound group how the group gets bound', async () => {
    const start = await t.ask('/start', { user: consoleUser('moi', 'Người mới'), chat: NEW_GROUP });
    expect(start).toContain('Xin chào Người mới');
    expect(start).toContain('chưa gắn với đơn vị nào');
    const help = await t.ask('/help', { user: consoleUser('moi', 'Người mới'), chat: NEW_GROUP });
    expect(help).toContain('/dangky <mã đơn vị>');
    expect(help).toContain('Bạn chưa có vai trò nào');
  });
});

describe('/nhiemvu', () => {
  it("lists the unit's open tasks soonest first with Vietnamese dates", async () => {
    const text = await t.ask('/nhiemvu');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu \(\d+\):$/);
    // "trước ngày 10/11 hằng năm": the last day was 09/11
    expect(text).toContain('quá hạn 14 ngày (hạn thứ Hai, 09/11/2026)');
    expect(text).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày)'); // this week's one-off
    expect(text).toContain('hạn thứ Hai, 14/12/2026 (còn 21 ngày)'); // "trước ngày 15/12"
    expect(text).toContain('định kỳ, chưa có ngày cụ thể');
    expect(text).toMatch(/báo cáo \d{2}\/\d{2}: 70%/);
    // reported done: the 6-month review is no longer open
    expect(text).not.toContain('Báo cáo sơ kết 6 tháng');
    const overdue = text.indexOf('quá hạn');
    const upcoming = text.indexOf('còn ');
    const undated = text.indexOf('chưa có ngày cụ thể');
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(upcoming);
    expect(upcoming).toBeLessThan(undated);
  });

  it('answers the same with or without diacritics, and with an alias', async () => {
    expect(await t.ask('/nhiệmvụ')).toBe(await t.ask('/nhiemvu'));
    expect(await t.ask('/nv')).toBe(await t.ask('/nhiemvu'));
  });

  it('in a private chat shows the units the person holds a role in', async () => {
    const text = await t.ask('/nhiemvu', { kind: 'private' });
    expect(text).toContain('Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu');
  });

  it('lets a Department leader look at any unit, but not a focal point at another unit', async () => {
    expect(await t.ask('/nhiemvu cdc', { user: 'lanh-dao-so', kind: 'private' })).toContain('Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu');
    expect(await t.ask('/nhiemvu CDC')).toBe(
      'Bạn không có vai trò ở Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu nên không xem được nhiệm vụ của đơn vị này.',
    );
  });

  it('lets a unit leader see the commune stations below their health centre', async () => {
    expect(await t.ask('/nhiemvu TYT-BINHLU', { user: 'lanh-dao-tamduong', kind: 'private' })).toContain('Trạm Y tế xã Bình Lư');
  });

  it('refuses a person with no role, saying what to do, and writes nothing', async () => {
    const before = await domainCounts();
    const text = await t.ask('/nhiemvu', { user: consoleUser('khach', 'Khách') });
    expect(text).toContain('Bạn chưa có vai trò nào');
    expect(text).toContain('/phanquyen');
    expect(await domainCounts()).toEqual(before);
  });

  it('in an unbound group says the group must be bound first', async () => {
    expect(await t.ask('/nhiemvu', { chat: NEW_GROUP })).toContain('Quản trị viên gõ /dangky <mã đơn vị>');
  });
});

describe('/dangky', () => {
  it('lets an admin bind a group, with an audit entry', async () => {
    const text = await t.ask('/dangky cdc', { user: 'quan-tri', chat: NEW_GROUP });
    expect(text).toContain('Đã gắn nhóm này với Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC).');
    expect((await t.app.store.chats.get(NEW_GROUP))?.unitId).toBe((await t.app.store.units.findByCode('CDC'))?.id);
    expect(await t.ask('/nhiemvu', { user: 'dau-moi-cdc', chat: NEW_GROUP })).toContain(
      'Nhiệm vụ đang mở của Trung tâm Kiểm soát bệnh tật',
    );
    expect(await t.ask('/dangky CDC', { user: 'quan-tri', chat: NEW_GROUP })).toContain('đã gắn với');
  });

  it('says who may bind a group when someone else tries, and changes nothing', async () => {
    const before = await domainCounts();
    const text = await t.ask('/dangky CDC', { chat: NEW_GROUP });
    expect(text).toBe('Chỉ quản trị viên mới dùng được lệnh /dangky. Quản trị viên hiện nay: Trần Quốc Minh.');
    expect(await domainCounts()).toEqual(before);
  });

  it('asks for the code when none is given, then binds with the answer', async () => {
    const question = await t.ask('/dangky', { user: 'quan-tri', chat: NEW_GROUP });
    expect(question).toContain('Nhóm này thuộc đơn vị nào?');
    expect(question).toContain('BVDK — BVĐK tỉnh');
    expect(await t.ask('ttyt-td', { user: 'quan-tri', chat: NEW_GROUP })).toContain('Trung tâm Y tế Tam Đường (TTYT-TD)');
  });

  it('asks before moving a bound group to another unit, and changes nothing without “Có”', async () => {
    const bvdkGroup = 'console:nhom-bvdk';
    const bvdk = (await t.app.store.chats.get(bvdkGroup))!.unitId;
    const question = await t.ask('/dangky CDC', { user: 'quan-tri', chat: bvdkGroup });
    expect(question).toContain(
      'Nhóm này đang gắn với Bệnh viện Đa khoa tỉnh Lai Châu (BVDK). Chuyển nhóm này sang Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC)?',
    );
    expect((await t.app.store.chats.get(bvdkGroup))?.unitId).toBe(bvdk);
    expect(await t.ask('không', { user: 'quan-tri', chat: bvdkGroup })).toBe(
      'Không thay đổi: nhóm vẫn gắn với Bệnh viện Đa khoa tỉnh Lai Châu (BVDK).',
    );
    expect((await t.app.store.chats.get(bvdkGroup))?.unitId).toBe(bvdk);
    // making it the leaders' group asks too
    expect(await t.ask('/dangky lanhdao', { user: 'quan-tri', chat: bvdkGroup })).toContain(
      'Chuyển nhóm này sang nhóm lãnh đạo của Sở Y tế tỉnh Lai Châu?',
    );
    await t.ask('khong', { user: 'quan-tri', chat: bvdkGroup });
    expect(await t.app.store.chats.get(bvdkGroup)).toMatchObject({ unitId: bvdk, isLeadersChat: false });
  });

  it('suggests the closest codes for a typo and binds nothing', async () => {
    const before = await domainCounts();
    expect(await t.ask('/dangky BVDKK', { user: 'quan-tri', chat: NEW_GROUP })).toContain('Có phải bạn muốn: BVDK (BVĐK tỉnh)');
    expect(await t.ask('/dangky khong-co', { user: 'quan-tri', chat: NEW_GROUP })).toContain('Không tìm thấy đơn vị có mã KHONG-CO');
    expect(await domainCounts()).toEqual(before);
  });

  it('makes a group the Department leaders’ group with /dangky lanhdao, and a unit code makes it a unit’s group again', async () => {
    const syt = (await t.app.store.units.findByCode('SYT'))!;
    expect(await t.ask('/dangky lãnh đạo', { user: 'quan-tri', chat: NEW_GROUP })).toContain(
      'Đã đặt nhóm này làm nhóm lãnh đạo của Sở Y tế',
    );
    expect(await t.app.store.chats.get(NEW_GROUP)).toMatchObject({ unitId: syt.id, isLeadersChat: true, active: true });
    expect(await t.ask('/dangky LANHDAO', { user: 'quan-tri', chat: NEW_GROUP })).toBe(
      'Nhóm này đã là nhóm lãnh đạo Sở từ trước, không có gì thay đổi.',
    );
    expect(await t.ask('/dangky lanhdao', { chat: NEW_GROUP })).toContain('Chỉ quản trị viên mới dùng được lệnh /dangky');
    // moving a bound group asks first, with both names
    expect(await t.ask('/dangky CDC', { user: 'quan-tri', chat: NEW_GROUP })).toContain(
      'Nhóm này đang gắn với nhóm lãnh đạo của Sở Y tế tỉnh Lai Châu. Chuyển nhóm này sang Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC)?',
    );
    expect(await t.ask('có', { user: 'quan-tri', chat: NEW_GROUP })).toContain('Đã gắn nhóm này với Trung tâm Kiểm soát bệnh tật');
    expect((await t.app.store.chats.get(NEW_GROUP))?.isLeadersChat).toBe(false);
    // asked for the code, "lanh dao" answers too, and is confirmed as a move
    await t.ask('/dangky', { user: 'quan-tri', chat: NEW_GROUP });
    expect(await t.ask('lanh dao', { user: 'quan-tri', chat: NEW_GROUP })).toContain(
      'Chuyển nhóm này sang nhóm lãnh đạo của Sở Y tế tỉnh Lai Châu?',
    );
    expect(await t.ask('1', { user: 'quan-tri', chat: NEW_GROUP })).toContain('nhóm lãnh đạo của Sở Y tế');
  });

  it('only works in a group', async () => {
    expect(await t.ask('/dangky BVDK', { user: 'quan-tri', kind: 'private' })).toBe('Lệnh /dangky chỉ dùng trong nhóm chat của đơn vị.');
  });
});

describe('/phanquyen', () => {
  it('gives and removes a role in the group’s unit by @username', async () => {
    expect(await t.ask('/phanquyen phó đầu mối @nhan-vien', { user: 'quan-tri' })).toBe(
      'Đã giao vai trò cán bộ đầu mối dự phòng (cấp phó) của Bệnh viện Đa khoa tỉnh Lai Châu cho Hoàng Thị Mai.',
    );
    expect(await t.ask('/phanquyen pho dau moi @nhan-vien', { user: 'quan-tri' })).toContain('đã có vai trò');
    expect(await t.ask('/phanquyen bỏ phó đầu mối @nhan-vien', { user: 'quan-tri' })).toContain('không còn là');
    expect(await t.ask('/phanquyen bo pho dau moi @nhan-vien', { user: 'quan-tri' })).toContain('không có vai trò');
  });

  it('takes the person from a replied-to message or a mention, even someone new', async () => {
    const newcomer = { platform: 'console' as const, id: 'bs-tuan', displayName: 'BS. Lê Anh Tuấn' };
    expect(await t.ask('/phanquyen xử lý phản ánh', { user: 'quan-tri', replyTo: newcomer })).toContain('cho BS. Lê Anh Tuấn');
    expect(await t.ask('/help', { user: newcomer })).toContain('cán bộ xử lý phản ánh (BVĐK tỉnh)');
    const mentioned = { platform: 'console' as const, id: 'ys-hoa', displayName: 'YS. Hoa' };
    expect(await t.ask('/phanquyen nhân viên', { user: 'quan-tri', mentions: [mentioned] })).toContain('cho YS. Hoa');
  });

  it('accepts an explicit unit code, and Department roles need none', async () => {
    expect(await t.ask('/phanquyen đầu mối @nhan-vien TTYT-PT', { user: 'quan-tri', kind: 'private' })).toContain(
      'của Trung tâm Y tế Phong Thổ',
    );
    // rights over the whole Department are given only after a yes
    expect(await t.ask('/phanquyen lãnh đạo Sở @nhan-vien', { user: 'quan-tri', kind: 'private' })).toContain(
      'Giao vai trò lãnh đạo Sở cho Hoàng Thị Mai?',
    );
    expect(await t.ask('có', { user: 'quan-tri', kind: 'private' })).toBe('Đã giao vai trò lãnh đạo Sở cho Hoàng Thị Mai.');
    expect(await t.ask('/phanquyen đầu mối @nhan-vien', { user: 'quan-tri', kind: 'private' })).toContain('Vai trò này gắn với một đơn vị');
  });

  it('asks for the role with numbered choices, and takes the number as the answer', async () => {
    const question = await t.ask('/phanquyen @nhan-vien', { user: 'quan-tri' });
    expect(question).toContain('Giao vai trò nào cho Hoàng Thị Mai?');
    expect(question).toContain('1. cán bộ đầu mối');
    expect(question).toContain('Trả lời 1, 2, 3, 4, 5, 6 hoặc 7');
    expect(await t.ask('3', { user: 'quan-tri' })).toContain('Đã giao vai trò lãnh đạo đơn vị của Bệnh viện Đa khoa tỉnh Lai Châu');
  });

  it('offers buttons where the platform has them, answered by the button’s value', async () => {
    const result = await t.say('/phanquyen @nhan-vien', { user: 'quan-tri', capabilities: BUTTON_CAPABILITIES });
    expect(result.reply?.text).toBe('Giao vai trò nào cho Hoàng Thị Mai?');
    expect(result.reply?.buttons?.map((b) => b.data)).toContain('deputy');
    expect(await t.ask('', { user: 'quan-tri', callbackData: 'deputy', capabilities: BUTTON_CAPABILITIES })).toContain(
      'cán bộ đầu mối dự phòng',
    );
  });

  it('refuses non-admins, unknown people and unknown roles without changing anything', async () => {
    const before = await domainCounts();
    expect(await t.ask('/phanquyen quản trị @dau-moi')).toContain('Chỉ quản trị viên mới dùng được lệnh /phanquyen');
    expect(await t.ask('/phanquyen đầu mối @ai-do', { user: 'quan-tri' })).toContain('Tôi chưa biết @ai-do là ai');
    expect(await t.ask('/phanquyen giám khảo @nhan-vien', { user: 'quan-tri' })).toContain('Tôi không hiểu vai trò “giám”');
    expect(await t.ask('/phanquyen đầu mối', { user: 'quan-tri' })).toContain('Giao vai trò cho ai?');
    expect(await domainCounts()).toEqual(before);
  });

  it('never removes the last admin', async () => {
    expect(await t.ask('/phanquyen bỏ quản trị @quan-tri', { user: 'quan-tri' })).toContain('quản trị viên cuối cùng');
    const unbound = await t.ask('/dangky', { user: 'quan-tri', chat: NEW_GROUP });
    expect(unbound).toContain('Nhóm này thuộc đơn vị nào?');
    expect(unbound).not.toContain('đang gắn với');
    await t.ask('/huy', { user: 'quan-tri', chat: NEW_GROUP });
    // a bound group says to what before asking whether to change it
    const bound = await t.ask('/dangky', { user: 'quan-tri' });
    expect(bound.split('\n')[0]).toBe(
      'Nhóm này đang gắn với Bệnh viện Đa khoa tỉnh Lai Châu. Trả lời đơn vị khác để đổi, hoặc gõ /huy để giữ nguyên.',
    );
    expect(await t.ask('/huy', { user: 'quan-tri' })).toBe('Đã hủy thao tác /dangky đang làm dở.');
  });
});

describe('a group bound to no unit', () => {
  it('names the command that was typed, not another', async () => {
    for (const command of ['/quahan', '/hanchot', '/phananh thongke', '/phananh ds']) {
      const name = command.split(' ')[0]!;
      expect(await t.ask(command, { chat: NEW_GROUP })).toBe(
        `Nhóm này chưa được gắn với đơn vị nào nên chưa dùng được lệnh ${name}. Quản trị viên gõ /dangky <mã đơn vị> trong nhóm để gắn.`,
      );
    }
  });
});

describe('/nghiphep', () => {
  const leaveOf = async (externalId: string) => {
    const rows = await t.db.db.execute(
      sql`select m.on_leave_until::text as until from members m join identities i on i.member_id = m.id where i.platform = 'console' and i.external_id = ${externalId}`,
    );
    return ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows)[0] as { until: string | null } | undefined)?.until ?? null;
  };

  it('refuses someone with no role, politely, and writes nothing', async () => {
    const stranger = consoleUser('nguoi-la', 'Người lạ');
    await t.ask('/start', { user: stranger }); // met once: the one write a first message makes
    const before = await t.db.counts();
    for (const chat of [BVDK, NEW_GROUP]) {
      expect(await t.ask('/nghiphep đến 10/12', { user: stranger, chat })).toBe(
        'Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh /nghiphep. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.',
      );
    }
    expect(await t.ask('/nghiphep đến 10/12', { user: stranger, kind: 'private' })).toContain('Bạn chưa có vai trò nào');
    // a command for some roles only says which
    expect(await t.ask('/tonghop', { user: stranger, kind: 'private' })).toBe(
      'Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh /tonghop — lệnh này dành cho quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.',
    );
    expect(await t.db.counts()).toEqual(before);
    expect(await leaveOf('nguoi-la')).toBeNull();
  });

  it('lets anyone with a role set their own leave, and only an admin someone else’s', async () => {
    // staff on leave move no reminders: only a focal point's go to the deputy
    expect(await t.ask('/nghiphep đến 10/12', { user: 'nhan-vien' })).toBe(
      'Đã ghi nhận Hoàng Thị Mai nghỉ phép đến hết ngày 10/12/2026. Nhắc hạn của đơn vị vẫn gửi cho cán bộ đầu mối như thường.',
    );
    expect(await leaveOf('nhan-vien')).toBe('2026-12-10');
    expect(await t.ask('/nghiphep đến 10/12 @dau-moi', { user: 'nhan-vien' })).toContain(
      'Chỉ quản trị viên mới đặt nghỉ phép cho người khác',
    );
    expect(await leaveOf('dau-moi')).toBeNull();
    expect(await t.ask('/nghiphep đến 10/12 @dau-moi', { user: 'quan-tri', chat: NEW_GROUP })).toBe(
      'Đã ghi nhận Nguyễn Thị Lan nghỉ phép đến hết ngày 10/12/2026. Trong thời gian này, nhắc hạn gửi cho đầu mối dự phòng.',
    );
    expect(await leaveOf('dau-moi')).toBe('2026-12-10');
  });

  it('asks the last day of leave told by its length, offering its working days from today', async () => {
    // today is Monday 23/11/2026: six working days run to Monday 30/11, over the weekend
    expect(await t.ask('em xin nghỉ phép 6 ngày ạ', { user: 'dau-moi' })).toBe(
      'Nghỉ 6 ngày làm việc từ hôm nay là đến hết thứ Hai, 30/11/2026. Chọn để ghi, hoặc gõ ngày nghỉ đến (ví dụ: 30/11, thứ Sáu).\n' +
        '1. Đến hết thứ Hai, 30/11/2026\nTrả lời 1, hoặc gõ /huy để thôi.',
    );
    expect(await leaveOf('dau-moi')).toBeNull();
    expect(await t.ask('1', { user: 'dau-moi' })).toContain('nghỉ phép đến hết ngày 30/11/2026');
    expect(await leaveOf('dau-moi')).toBe('2026-11-30');
    // or another day typed instead
    await t.ask('/nghiphep huy', { user: 'dau-moi' });
    await t.ask('/nghiphep 2 ngay', { user: 'dau-moi' });
    expect(await t.ask('thứ 6', { user: 'dau-moi' })).toContain('nghỉ phép đến hết ngày 27/11/2026');
  });

  it('reads "từ … đến …" as the leave’s first and last day, and does not set ahead leave that starts later', async () => {
    // today is Monday 23/11/2026: leave from 01/12 would move the reminders to the deputy from today
    expect(await t.ask('/nghiphep từ 01/12 đến 05/12', { user: 'nhan-vien' })).toBe(
      'Nghỉ phép từ 01/12/2026 chưa bắt đầu: ghi bây giờ thì trợ lý tính là nghỉ từ hôm nay (nhắc hạn của cán bộ đầu mối chuyển ngay cho đầu mối dự phòng). Hãy gõ vào ngày bắt đầu nghỉ: /nghiphep đến 05/12/2026.',
    );
    expect(await leaveOf('nhan-vien')).toBeNull();
    // before, the first date was taken for the last day
    expect(await t.ask('/nghiphep tu 20/11 den 05/12', { user: 'nhan-vien' })).toContain('nghỉ phép đến hết ngày 05/12/2026');
    expect(await leaveOf('nhan-vien')).toBe('2026-12-05');
    expect(await t.ask('/nghiphep 23/11 - 27/11', { user: 'nhan-vien' })).toContain('nghỉ phép đến hết ngày 27/11/2026');
    expect(await leaveOf('nhan-vien')).toBe('2026-11-27');
  });

  it('asks until when for /nghiphep alone, asks again for an answer naming no day, and reads leave told in a sentence', async () => {
    expect(await t.ask('/nghiphep', { user: 'nhan-vien' })).toContain('Bạn nghỉ đến hết ngày nào?');
    expect(await t.ask('không biết nữa', { user: 'nhan-vien' })).toContain('Tôi chưa hiểu ngày nghỉ.');
    expect(await leaveOf('nhan-vien')).toBeNull();
    // today is Monday 23/11/2026: "thứ Sáu" is the 27th
    expect(await t.ask('đến thứ 6 nhé', { user: 'nhan-vien' })).toContain('nghỉ phép đến hết ngày 27/11/2026');
    expect(await leaveOf('nhan-vien')).toBe('2026-11-27');
    expect(await t.ask('em nghi phep tu 23/11 den 04/12 nhe', { user: 'nhan-vien' })).toContain('nghỉ phép đến hết ngày 04/12/2026');
    expect(await leaveOf('nhan-vien')).toBe('2026-12-04');
    // back at work, in three words: the leave ends
    expect(await t.ask('/nghiphep đi làm lại', { user: 'nhan-vien' })).toContain('Đã kết thúc nghỉ phép của Hoàng Thị Mai');
    expect(await leaveOf('nhan-vien')).toBeNull();
    // no leave to end: said so, not "ended"
    expect(await t.ask('/nghiphep huy', { user: 'nhan-vien' })).toBe(
      'Hoàng Thị Mai không có nghỉ phép nào đang ghi nhận; nhắc hạn vẫn gửi như thường.',
    );
  });
});

describe('conversations', () => {
  it('times out a flow that waited too long', async () => {
    await t.ask('/phanquyen @nhan-vien', { user: 'quan-tri' });
    t.clock.advance(16 * 60_000);
    expect(await t.ask('1', { user: 'quan-tri' })).toBe(
      'Thao tác trước đã quá thời gian chờ nên đã dừng. Gõ lại /phanquyen để bắt đầu lại.',
    );
    expect(await t.app.store.conversations.get(BVDK, 'console:quan-tri')).toBeNull();
  });

  it('takes a request typed after the question lapsed as a new message, not as the late answer it cannot be', async () => {
    await t.ask('/nghiphep', { user: 'nhan-vien' });
    t.clock.advance(16 * 60_000);
    const reply = await t.ask('em nghỉ phép từ 23/11 đến 04/12 nhé', { user: 'nhan-vien' });
    expect(reply.split('\n')[0]).toBe('Thao tác trước đã quá thời gian chờ nên đã dừng. Gõ lại /nghiphep để bắt đầu lại.');
    expect(reply).toContain('nghỉ phép đến hết ngày 04/12/2026');
    expect(await t.app.store.conversations.get(BVDK, 'console:nhan-vien')).toBeNull();
  });

  it('is abandoned by a new command, and /huy says what it cancelled', async () => {
    await t.ask('/phanquyen @nhan-vien', { user: 'quan-tri' });
    expect(await t.ask('/huy', { user: 'quan-tri' })).toBe('Đã hủy thao tác /phanquyen đang làm dở.');
    expect(await t.ask('/huy', { user: 'quan-tri' })).toBe('Không có thao tác nào đang chờ để hủy.');
    expect(await t.ask('1', { user: 'quan-tri' })).toBe(NOT_UNDERSTOOD);
  });

  it("belongs to one person: another member's answer does not continue it", async () => {
    await t.ask('/phanquyen @nhan-vien', { user: 'quan-tri' });
    expect(await t.ask('2', { user: 'dau-moi' })).toBe(NOT_UNDERSTOOD);
    expect(await t.ask('2', { user: 'quan-tri' })).toContain('Đã giao vai trò');
  });

  it('picks up a flow in the group from a reply even when not addressed to the bot', async () => {
    await t.ask('/dangky', { user: 'quan-tri', chat: NEW_GROUP });
    expect(await t.ask('BVYHCT', { user: 'quan-tri', chat: NEW_GROUP, addressed: false })).toContain('(BVYHCT)');
  });
});

describe('bad input', () => {
  it.each([
    ['/khongco', 'Không có lệnh /khongco. Gõ /help để xem các lệnh bạn dùng được.'],
    // free text is read by what it asks (issue 19): an emoji alone gets no answer, thanks a short one
    ['😀😀😀', ''],
    ['你好，我想报告', NOT_UNDERSTOOD],
    ['مرحبا', NOT_UNDERSTOOD],
    ['cảm ơn bot nhé', 'Dạ, không có gì ạ!'],
    [
      '/nhiemvu a b c d e f g h i j k',
      'Lệnh chưa đúng cú pháp. Cách dùng:\n/nhiemvu hoặc /nhiemvu <mã đơn vị>, ví dụ: /nhiemvu BVDK; một nhiệm vụ ở các đơn vị: /nhiemvu NV5',
    ],
    ['/help me please now', 'Lệnh chưa đúng cú pháp. Cách dùng:\n/help'],
  ])('%s gets a short polite answer', async (input, answer) => {
    const before = await domainCounts();
    expect(await t.ask(input)).toBe(answer);
    expect(await domainCounts()).toEqual(before);
  });

  it('offers the command a mistyped name most likely meant, with the words typed after it', async () => {
    const offer = await t.ask('/baocoa NV1 80%');
    expect(offer.split('\n').slice(0, 3)).toEqual([
      'Không có lệnh /baocoa. Có phải bạn muốn gõ /baocao?',
      '1. Dùng /baocao',
      '2. Không, cảm ơn',
    ]);
    const chosen = await t.ask('1');
    await t.ask('/huy');
    expect(chosen).toBe(await t.ask('/baocao NV1 80%'));
    await t.ask('/huy');
    expect(await t.ask('/hanhcot')).toContain('Có phải bạn muốn gõ /hanchot?');
    expect(await t.ask('2')).toBe('Vâng ạ.');
    // a flow waiting for an answer is not replaced: the hint alone
    await t.ask('/baocao');
    expect(await t.ask('/nhiemv')).toBe('Không có lệnh /nhiemv. Có phải bạn muốn gõ /nhiemvu?');
    expect(await t.ask('/huy')).toContain('Đã hủy thao tác /baocao');
    // too far from any name, or as near to two: no guess
    expect(await t.ask('/xyzw')).toBe('Không có lệnh /xyzw. Gõ /help để xem các lệnh bạn dùng được.');
  });

  it('refuses a 10 000-character message before it reaches the database', async () => {
    const before = await t.db.counts();
    const stranger = consoleUser('nguoi-la', 'Người lạ');
    expect(await t.ask(`/nhiemvu ${'x'.repeat(10_000)}`, { user: stranger })).toContain('Tin nhắn dài quá');
    expect(await t.ask('a'.repeat(10_000), { user: stranger })).toContain('Tin nhắn dài quá');
    expect(await t.db.counts()).toEqual(before);
  });

  it('treats SQL and HTML in arguments as plain text', async () => {
    const before = await domainCounts();
    expect(await t.ask("/dangky x';drop-table", { user: 'quan-tri', chat: NEW_GROUP })).toContain(
      "Không tìm thấy đơn vị có mã X';DROP-TABLE",
    );
    expect(await t.ask('/nhiemvu <b>BVDK</b>')).toContain('Không tìm thấy đơn vị có mã <B>BVDK</B>');
    expect(await t.app.store.units.count()).toBe(18);
    expect(await domainCounts()).toEqual(before);
  });

  it('stays silent on group chatter not addressed to the bot, writing nothing at all', async () => {
    const before = await t.db.counts();
    expect((await t.say('hôm nay ai trực?', { user: consoleUser('ai-do'), addressed: false })).reply).toBeNull();
    expect(await t.db.counts()).toEqual(before);
  });

  it('answers /cmd@thisbot and ignores /cmd@otherbot', async () => {
    expect(await t.ask('/help@troly_daumoi_bot')).toContain('/nhiemvu');
    expect((await t.say('/help@other_bot')).reply).toBeNull();
  });

  it('answers with an apology instead of crashing when the database fails', async () => {
    const broken = await startTestApp({ demo: false });
    await broken.db.close();
    expect(await broken.ask('/help', { user: consoleUser('dau-moi', 'Nguyễn Thị Lan') })).toBe(
      'Xin lỗi, trợ lý gặp lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.',
    );
  });
});

describe('/ngonngu', () => {
  it('switches one person to English everywhere, and back', async () => {
    expect(await t.ask('/ngonngu en')).toBe('From now on the assistant answers you in English.');
    const help = await t.ask('/help');
    expect(help).toContain('Commands you can use in the group of Bệnh viện Đa khoa tỉnh Lai Châu:');
    expect(help).toContain('/nhiemvu — The unit');
    expect(await t.ask('/nhiemvu', { kind: 'private' })).toMatch(/^Open tasks of Bệnh viện Đa khoa tỉnh Lai Châu/);
    expect(await t.ask('/help', { user: 'pho-dau-moi' })).toContain('Các lệnh bạn dùng được');
    expect(await t.ask('/ngonngu tiếng Việt')).toBe('Từ nay trợ lý trả lời bạn bằng tiếng Việt.');
    expect(await t.ask('/ngonngu klingon')).toContain('Cách dùng');
  });

  it('names public holidays in the reader’s language, and announced days as the administrator typed them', async () => {
    await t.ask('/ngaynghi thêm 31/12/2026 Nghỉ cuối năm', { user: 'quan-tri' });
    await t.ask('/ngonngu en', { user: 'quan-tri' });
    const english = await t.ask('/ngaynghi 2026', { user: 'quan-tri' });
    expect(english).toContain('02/09/2026 · National Day');
    expect(english).toContain('27/04/2026 · Day off in lieu of Hùng Kings');
    expect(english).toContain('31/12/2026 · Nghỉ cuối năm');
    expect(english).not.toMatch(/Quốc khánh|Nghỉ bù|Tết Nguyên đán/);
    await t.ask('/ngonngu vi', { user: 'quan-tri' });
    expect(await t.ask('/ngaynghi 2026', { user: 'quan-tri' })).toContain('27/04/2026 · Nghỉ bù Giỗ Tổ Hùng Vương');
  });
});
