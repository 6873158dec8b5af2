import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

// Issue 21: who holds what, units by name, and confirmation of what is hard to undo.
const AT = '2026-11-23T09:00:00+07:00';
const NEW_GROUP = 'console:nhom-moi';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
});

const privately = (user: string) => ({ user, chat: `console:dm-${user}` });
const grantsOf = async (user: string) => {
  const member = await t.app.store.members.findByUsername('console', user);
  return t.app.store.members.grantsOf(member!.memberId);
};

describe('who holds what', () => {
  it('answers "who is the focal point of TYT Sìn Hồ, and is its group bound?" in one message', async () => {
    const text = await t.ask('/donvi trạm y tế xã sin ho', privately('quan-tri'));
    expect(text.split('\n')[0]).toBe('Trạm Y tế xã Sìn Hồ (TYT-SINHO)');
    expect(text).toContain('Nhóm: nhóm “Nhóm TYT Sìn Hồ” (Console (dùng thử))');
    expect(text).toContain('⚠ chưa có cán bộ đầu mối');
    const bvdk = await t.ask('/donvi BVĐK tỉnh', privately('quan-tri'));
    expect(bvdk).toContain('cán bộ đầu mối: Nguyễn Thị Lan');
    expect(bvdk).toContain('cán bộ đầu mối dự phòng (cấp phó): Phạm Thu Hà');
    expect(bvdk).toContain('Nhiệm vụ đang mở: ');
  });

  it('lists roles by unit for an administrator, with the gaps counted', async () => {
    const text = await t.ask('/phanquyen ds', privately('quan-tri'));
    expect(text.split('\n')[0]).toBe('Vai trò theo đơn vị — toàn Sở (18 đơn vị):');
    expect(text).toContain('Toàn Sở — lãnh đạo Sở: Lò Văn Thắng');
    expect(text).toMatch(/• TYT Sìn Hồ \(TYT-SINHO\) — nhóm “Nhóm TYT Sìn Hồ” \(Console \(dùng thử\)\)\n {3}⚠ chưa có cán bộ đầu mối/);
    expect(text).toMatch(/Đơn vị chưa có đầu mối: \d+; chưa gắn nhóm: 0\.$/);
  });

  it('shows a unit leader their own branch only, and says so for another', async () => {
    const own = await t.ask('/phanquyen ds', privately('lanh-dao-tamduong'));
    expect(own.split('\n')[0]).toBe('Vai trò theo đơn vị — các đơn vị bạn phụ trách (3 đơn vị):');
    expect(own).toContain('TYT Bình Lư (TYT-BINHLU)');
    expect(own).not.toContain('BVDK');
    expect(own).not.toContain('Toàn Sở');
    expect(await t.ask('/phanquyen ds BVDK', privately('lanh-dao-tamduong'))).toBe(
      'Bạn chỉ xem được danh sách vai trò của đơn vị mình lãnh đạo và các đơn vị trực thuộc; Bệnh viện Đa khoa tỉnh Lai Châu không thuộc phạm vi đó.',
    );
    expect(await t.ask('/phanquyen ds', privately('dau-moi'))).toContain('dành cho quản trị viên, lãnh đạo Sở hoặc lãnh đạo đơn vị');
    // a unit below the leader's, by name
    expect(await t.ask('/phanquyen ds tram y te binh lu', privately('lanh-dao-tamduong'))).toContain('Trạm Y tế xã Bình Lư (1 đơn vị)');
  });

  it('refuses /donvi for a unit the person may not see, as /nhiemvu does, each saying what is withheld', async () => {
    const refusal = 'Bạn không có vai trò ở Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu nên không xem được';
    expect(await t.ask('/nhiemvu CDC', privately('dau-moi'))).toBe(`${refusal} nhiệm vụ của đơn vị này.`);
    expect(await t.ask('/donvi CDC', privately('dau-moi'))).toMatch(new RegExp(`^${refusal} thông tin của đơn vị này \\(đầu mối`));
    expect(await t.ask('/donvi', { user: consoleUser('la', 'Người lạ'), chat: 'console:dm-la' })).toContain('Bạn chưa có vai trò nào');
  });
});

describe('units by name', () => {
  it('binds a group named as staff say it, and lists every unit a name fits', async () => {
    expect(await t.ask('/dangky tram y te xa sin ho', { user: 'quan-tri', chat: NEW_GROUP })).toContain(
      'Đã gắn nhóm này với Trạm Y tế xã Sìn Hồ (TYT-SINHO)',
    );
    const several = await t.ask('/dangky sin ho', { user: 'quan-tri', chat: 'console:nhom-moi-2' });
    expect(several).toBe(
      [
        'Có 2 đơn vị khớp với “sin ho”. Bạn chọn đơn vị nào?',
        '1. TTYT-SH — Trung tâm Y tế Sìn Hồ',
        '2. TYT-SINHO — Trạm Y tế xã Sìn Hồ',
        'Trả lời 1 hoặc 2, hoặc gõ /huy để thôi.',
      ].join('\n'),
    );
    expect(await t.app.store.chats.get('console:nhom-moi-2')).toBeNull();
    // the answer is a number, typed in the group as an ordinary message
    expect(await t.ask('2', { user: 'quan-tri', chat: 'console:nhom-moi-2', addressed: false })).toContain(
      'Đã gắn nhóm này với Trạm Y tế xã Sìn Hồ (TYT-SINHO)',
    );
    expect((await t.app.store.chats.get('console:nhom-moi-2'))?.unitId).toBe((await t.app.store.units.findByCode('TYT-SINHO'))!.id);
  });

  it('pages a long list of matching units instead of cutting it, and "hủy" drops the choice', async () => {
    for (let i = 1; i <= 14; i += 1) {
      await t.app.store.units.insert({ code: `TYT-XA${i}`, name: `Trạm Y tế xã Nậm ${i}`, kind: 'commune_station', parentCode: 'TTYT-SH' });
    }
    const first = await t.ask('/donvi tram y te nam', privately('quan-tri'));
    const lines = first.split('\n');
    expect(lines[0]).toBe('Có 14 đơn vị khớp với “tram y te nam” (đang xem 1–10). Bạn chọn đơn vị nào?');
    expect(lines).toContain('11. Xem thêm (4 mục nữa)');
    const second = await t.ask('11', privately('quan-tri'));
    expect(second.split('\n')[0]).toBe('Có 14 đơn vị khớp với “tram y te nam” (đang xem 11–14). Bạn chọn đơn vị nào?');
    expect(second).toContain('4. TYT-XA14 — Trạm Y tế xã Nậm 14');
    expect(second).not.toContain('Xem thêm');
    expect((await t.ask('4', privately('quan-tri'))).split('\n')[0]).toBe('Trạm Y tế xã Nậm 14 (TYT-XA14)');
    await t.ask('/donvi tram y te nam', privately('quan-tri'));
    expect(await t.ask('hủy', privately('quan-tri'))).toBe('Đã hủy thao tác /donvi đang làm dở.');
    expect(await t.ask('4', privately('quan-tri'))).not.toContain('TYT-XA');
  });

  it('gives a role in a unit named by its name', async () => {
    expect(await t.ask('/phanquyen đầu mối @nhan-vien TTYT Tam Đường', privately('quan-tri'))).toBe(
      'Đã giao vai trò cán bộ đầu mối của Trung tâm Y tế Tam Đường cho Hoàng Thị Mai.',
    );
    // the person may come before the role, and a unit name that fits several is asked about
    expect(await t.ask('/phanquyen @nhan-vien pho dau moi trung tam y te', privately('quan-tri'))).toContain('Có 3 đơn vị khớp');
    expect(await t.ask('3', privately('quan-tri'))).toBe(
      'Đã giao vai trò cán bộ đầu mối dự phòng (cấp phó) của Trung tâm Y tế Sìn Hồ cho Hoàng Thị Mai.',
    );
  });
});

describe('confirming what is hard to undo', () => {
  it('asks before making someone an administrator, and changes nothing on "không"', async () => {
    const asked = await t.ask('/phanquyen quản trị @dau-moi', privately('quan-tri'));
    expect(asked).toContain('Giao quyền quản trị viên cho Nguyễn Thị Lan?');
    expect(await t.ask('ko', privately('quan-tri'))).toBe('Đã hủy, không thay đổi vai trò nào.');
    expect((await grantsOf('dau-moi')).some((grant) => grant.role === 'admin')).toBe(false);
    await t.ask('/phanquyen quản trị @dau-moi', privately('quan-tri'));
    expect(await t.ask('có', privately('quan-tri'))).toBe('Đã giao vai trò quản trị viên cho Nguyễn Thị Lan.');
    expect((await grantsOf('dau-moi')).some((grant) => grant.role === 'admin')).toBe(true);
  });

  it('asks before removing a Department leader and the last focal point of a unit', async () => {
    expect(await t.ask('/phanquyen bỏ lãnh đạo sở @lanh-dao-so', privately('quan-tri'))).toContain(
      'Bỏ vai trò lãnh đạo Sở của Lò Văn Thắng?',
    );
    expect(await t.ask('khong', privately('quan-tri'))).toBe('Đã hủy, không thay đổi vai trò nào.');
    expect(await t.ask('/phanquyen bỏ đầu mối @dau-moi-sinho TTYT-SH', privately('quan-tri'))).toContain(
      'Vàng Văn Dũng là cán bộ đầu mối duy nhất của Trung tâm Y tế Sìn Hồ.',
    );
    expect(await t.ask('dong y', privately('quan-tri'))).toBe('Vàng Văn Dũng không còn là cán bộ đầu mối của Trung tâm Y tế Sìn Hồ.');
    // a role that changes nothing, or one easy to give back, is made at once
    expect(await t.ask('/phanquyen nhân viên @dau-moi BVDK', privately('quan-tri'))).toBe(
      'Đã giao vai trò cán bộ, nhân viên của Bệnh viện Đa khoa tỉnh Lai Châu cho Nguyễn Thị Lan.',
    );
  });
});
