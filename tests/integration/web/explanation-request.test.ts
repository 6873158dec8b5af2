import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { csrfOf, pageText, postForm, signedIn as signedInAs, webOf, type WebClient } from '../../support/web.js';
import { loadDemo } from '../../../src/demo/load-demo.js';

/*
 * Issue 24: "Yêu cầu giải trình" on an overdue occurrence (`POST /ky-bao-cao/<id>/giai-trinh`, beside "Nhắc đơn
 * vị"), and the unit's answer in chat (`/giaitrinh NV1 <lý do>`), shown in the grid's cell and on the
 * occurrence. The group's message and the pages go through the privacy guard with a real complainant in the book.
 */

const AT = '2026-11-23T09:00:00+07:00';
const COMPLAINANT = { name: 'Trần Thị Khiếu Nại', phone: '0987 654 321' };
const GRID = '/ke-hoach/KH20-2026?ky=2026';
let t: TestApp;
const guard = new PrivacyGuard();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await t.db.db.execute(query)) as unknown as { rows?: T[] } & T[];
  return (result.rows ?? result) as T[];
}
const signedIn = (user: string) => signedInAs(t, user);
const post = (client: WebClient, page: string, action: string) => postForm(client, page, action, guard);

/** A page's text, through the privacy guard. */
async function read(client: WebClient, path: string): Promise<string> {
  const text = await pageText(await client.request(path));
  guard.inspect(path, text);
  return text;
}

/** The occurrence behind the first cell of a unit's row in the plan's grid labelled `label`. */
async function cellOf(client: WebClient, unit: string, label: string): Promise<string> {
  const html = await (await client.request(`${GRID}&don-vi=${unit}`)).text();
  const id = new RegExp(`href="/ky-bao-cao/(\\d+)"\\s*>${label}`).exec(html)?.[1];
  expect(id, `${unit}: ${label}`).toBeDefined();
  return id!;
}

const queued = () =>
  rows<{ chat: string; text: string }>(
    sql`select chat_ref as chat, payload->>'text' as text from outbox where key like 'explain:%' order by id`,
  );
const requests = () =>
  rows<{ occurrence_id: number; answer: string | null; answered_by: number | null }>(
    sql`select occurrence_id, answer, answered_by from explanation_requests order by id`,
  );
const audited = (action: string) => rows<{ entity_id: string }>(sql`select entity_id from audit_log where action = ${action} order by id`);
const nameOf = async (user: string) => (await t.app.store.members.findByExternalId('console', user))!.displayName;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  guard.register({ kind: 'name', value: COMPLAINANT.name }, { kind: 'phone', value: COMPLAINANT.phone });
});
beforeEach(async () => {
  await t.db.reset();
  t.clock.set(AT);
  await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
  const intake = await t.ask(`/phananh hòm thư Bà ${COMPLAINANT.name} (${COMPLAINANT.phone}) phản ánh nhân viên khoa Nội thiếu niềm nở`, {
    user: 'dau-moi',
  });
  expect(intake).toContain('Đã ghi sổ phản ánh');
});
afterAll(() => t?.close());

describe('"Yêu cầu giải trình" on an overdue occurrence', () => {
  it('queues one message to the unit group naming its leader and focal point, once while unanswered, audited', async () => {
    const leader = await signedIn('lanh-dao-so');
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    const page = await read(leader, `/ky-bao-cao/${id}`);
    expect(page).toContain('Yêu cầu giải trình');
    expect(page).toContain('Gửi vào nhóm của đơn vị một yêu cầu lãnh đạo và cán bộ đầu mối giải trình lý do quá hạn');
    const first = await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    expect(first.status).toBe(200);
    expect(first.text).toContain('Đã gửi yêu cầu giải trình vào nhóm “Nhóm BVĐK tỉnh”.');
    expect(first.text).toContain('Đã yêu cầu giải trình 23/11');
    const messages = await queued();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.chat).toBe('console:nhom-bvdk');
    const [unitLeader, focal] = [await nameOf('lanh-dao-bvdk'), await nameOf('dau-moi')];
    expect(messages[0]!.text).toBe(
      `Lãnh đạo Lò Văn Thắng đề nghị ${unitLeader} và ${focal} giải trình lý do [NV1] Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt động, phân công nhiệm vụ các thành viên (kế hoạch 20/KH-SYT) của BVĐK tỉnh quá hạn 10 ngày (hạn 13/11/2026). Trả lời ngay trong nhóm này hoặc nhắn riêng với trợ lý: /giaitrinh NV1 <lý do>.`,
    );
    guard.inspect('explanation request', messages[0]!.text);
    expect(await requests()).toEqual([{ occurrence_id: Number(id), answer: null, answered_by: null }]);
    expect(await audited('occurrence.explanation_requested')).toEqual([{ entity_id: id }]);
    // the page no longer offers it while the request waits; a second post changes nothing and says so
    expect(await read(leader, `/ky-bao-cao/${id}`)).not.toContain('Gửi vào nhóm của đơn vị một yêu cầu');
    const before = await t.db.counts();
    const second = await post(leader, GRID, `/ky-bao-cao/${id}/giai-trinh`);
    expect(second.status).toBe(200);
    expect(second.text).toContain('Đơn vị đã được yêu cầu giải trình kỳ này và chưa trả lời; không gửi thêm yêu cầu.');
    expect(await t.db.counts()).toEqual(before);
  });

  it('is for those who may remind the unit: refused to a focal point, another unit’s people, staff; allowed to an administrator', async () => {
    const leader = await signedIn('lanh-dao-so');
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    const focal = await signedIn('dau-moi');
    const others = await Promise.all(
      ['dau-moi-cdc', 'lanh-dao-tamduong', 'nhan-vien'].map(async (user) => [user, await signedIn(user)] as const),
    );
    const before = await t.db.counts();
    expect(await read(focal, `/ky-bao-cao/${id}`)).not.toContain('Yêu cầu giải trình');
    const refused = await post(focal, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('lãnh đạo Sở, quản trị viên và lãnh đạo của đơn vị này hoặc đơn vị cấp trên');
    for (const [user, other] of others) {
      const csrf = csrfOf(await (await other.request('/han-chot')).text());
      expect((await other.request(`/ky-bao-cao/${id}/giai-trinh`, { form: { csrf } })).status, user).toBe(403);
    }
    // without a session: to the sign-in page; a forged form: refused
    expect(
      (
        await webOf(t)
          .client()
          .request(`/ky-bao-cao/${id}/giai-trinh`, { form: { csrf: 'x' } })
      ).status,
    ).toBe(303);
    expect((await leader.request(`/ky-bao-cao/${id}/giai-trinh`, { form: { csrf: 'gia-mao' } })).status).toBe(403);
    expect(await t.db.counts()).toEqual(before);
    // the administrator may
    const admin = await signedIn('quan-tri');
    expect((await post(admin, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`)).text).toContain('Đã gửi yêu cầu giải trình');
    expect(await queued()).toHaveLength(1);
  });

  it('is a small button in the red cells of the grid, for those allowed only, and not for a period that is not overdue', async () => {
    const leader = await signedIn('lanh-dao-so');
    const html = await (await leader.request(GRID)).text();
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    // in the cell's one form, beside "Nhắc", posting to its own address
    expect(html).toContain(`<button type="submit" class="explain" formaction="/ky-bao-cao/${id}/giai-trinh"`);
    expect(html).toMatch(/aria-label="Yêu cầu BVĐK tỉnh giải trình về NV1"/);
    expect(html.match(/class="explain" formaction=/g)).toHaveLength((html.match(/<a class="cell bad"/g) ?? []).length);
    const focalGrid = await (await (await signedIn('dau-moi')).request(GRID)).text();
    expect(focalGrid).not.toContain('/giai-trinh');
    const upcoming = await cellOf(leader, 'BVDK', 'Còn 4 ngày');
    const before = await t.db.counts();
    expect((await post(leader, `/ky-bao-cao/${upcoming}`, `/ky-bao-cao/${upcoming}/giai-trinh`)).text).toContain(
      'Kỳ này không còn quá hạn nên không cần yêu cầu giải trình.',
    );
    await t.app.store.chats.setActive('console:nhom-bvdk', false);
    const noGroup = await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    expect(noGroup.text).toContain('Đơn vị chưa gắn nhóm chat nào nên không gửi được yêu cầu giải trình');
    expect(await queued()).toHaveLength(0);
    expect(await requests()).toHaveLength(0);
    expect((await t.db.counts()).explanation_requests).toBe(before.explanation_requests);
  });
});

describe('/giaitrinh: the unit answers in chat', () => {
  it('stores the answer (who, when, what), audited, confirmed, and shows it in the cell and on the occurrence', async () => {
    const leader = await signedIn('lanh-dao-so');
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    expect(await read(leader, GRID)).toContain('Đã yêu cầu giải trình 23/11');
    t.clock.set('2026-11-24T10:00:00+07:00');
    const reason = 'Đang chờ số liệu của các khoa, sẽ nộp trước 27/11';
    const reply = await t.ask(`/giaitrinh NV1 ${reason}`, { user: 'dau-moi', chat: 'console:nhom-bvdk', kind: 'group' });
    expect(reply).toBe(
      'Đã ghi nhận giải trình của BVĐK tỉnh về [NV1] Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt động, phân công nhiệm vụ… — lãnh đạo sẽ xem được trên trang tổng hợp. Cảm ơn anh/chị.',
    );
    const focal = await nameOf('dau-moi');
    expect(await requests()).toEqual([{ occurrence_id: Number(id), answer: reason, answered_by: expect.any(Number) }]);
    expect(await audited('occurrence.explained')).toEqual([{ entity_id: id }]);
    const shown = `Giải trình: ${reason} — ${focal}, 24/11/2026`;
    const again = await signedIn('lanh-dao-so');
    expect(await read(again, GRID)).toContain(shown);
    expect(await read(again, `/ky-bao-cao/${id}`)).toContain(shown);
    // answered: a new request may be made, and answered in private, typed with diacritics and in two words
    expect((await post(again, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`)).text).toContain('Đã gửi yêu cầu giải trình');
    const privately = await t.ask('/giải trình nv 1 Khoa Dược chưa gửi số liệu', { user: 'lanh-dao-bvdk', kind: 'private' });
    expect(privately).toMatch(/^Đã ghi nhận giải trình của BVĐK tỉnh về \[NV1\]/);
    const unitLeader = await nameOf('lanh-dao-bvdk');
    expect(await read(again, `/ky-bao-cao/${id}`)).toContain(`Giải trình: Khoa Dược chưa gửi số liệu — ${unitLeader}, 24/11/2026`);
    // and without the slash nor diacritics, by the deputy
    await post(again, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    expect(await t.ask('giai trinh NV1 Da co so lieu, nop ngay mai', { user: 'pho-dau-moi', kind: 'private' })).toMatch(
      /^Đã ghi nhận giải trình của BVĐK tỉnh về \[NV1\]/,
    );
    const deputy = await nameOf('pho-dau-moi');
    expect(await read(again, GRID)).toContain(`Giải trình: Da co so lieu, nop ngay mai — ${deputy}, 24/11/2026`);
    expect(await audited('occurrence.explained')).toHaveLength(3);
  });

  it('answers bad input politely and changes nothing', async () => {
    const leader = await signedIn('lanh-dao-so');
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    const group = { chat: 'console:nhom-bvdk', kind: 'group' as const };
    // warm-up: every person has written in the group before (meeting someone is a write of its own)
    for (const user of ['dau-moi', 'nhan-vien', 'dau-moi-cdc', 'lanh-dao-so']) await t.ask('/huy', { user, ...group });
    let before = await t.db.counts();
    // no request yet: said first, with or without a reason (asking for a reason no one needs would mislead)
    for (const text of ['/giaitrinh NV1 Đang chờ số liệu', '/giaitrinh NV1'])
      expect(await t.ask(text, { user: 'dau-moi', ...group }), text).toBe(
        'Nhiệm vụ NV1 hiện không có yêu cầu giải trình nào đang chờ trả lời, nên chưa cần giải trình. Để báo tiến độ, anh/chị dùng /baocao NV1.',
      );
    expect(await t.db.counts()).toEqual(before);
    await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/giai-trinh`);
    before = await t.db.counts();
    const cases: Array<[string, string, string | RegExp]> = [
      ['dau-moi', '/giaitrinh NV1', 'Anh/chị cho biết lý do quá hạn nhé: /giaitrinh NV1 <lý do>. Chưa có gì được ghi.'],
      ['dau-moi', '/giaitrinh NV1 ok', 'Anh/chị cho biết lý do quá hạn nhé: /giaitrinh NV1 <lý do>. Chưa có gì được ghi.'],
      ['dau-moi', '/giaitrinh', /^\/giaitrinh <mã nhiệm vụ> <lý do quá hạn>/],
      ['dau-moi', '/giaitrinh vì chờ số liệu', /^\/giaitrinh <mã nhiệm vụ> <lý do quá hạn>/],
      ['dau-moi', '/giaitrinh NV9999 Đang chờ số liệu', /^Đơn vị không có nhiệm vụ NV9999\./],
      ['dau-moi', `/giaitrinh NV1 ${'x'.repeat(1001)}`, /^Lời giải trình dài quá 1\.000 ký tự/],
      ['nhan-vien', '/giaitrinh NV1 Đang chờ số liệu', /^Lệnh \/giaitrinh dành cho lãnh đạo đơn vị, cán bộ đầu mối hoặc/],
      ['dau-moi-cdc', '/giaitrinh NV1 Đang chờ số liệu', /^Lệnh \/giaitrinh dành cho /],
      ['lanh-dao-so', '/giaitrinh NV1 Đang chờ số liệu', /^Lệnh \/giaitrinh dành cho /],
    ];
    for (const [user, text, expected] of cases) {
      const reply = await t.ask(text, { user, ...group });
      if (typeof expected === 'string') expect(reply, text).toBe(expected);
      else expect(reply, `${user}: ${text}`).toMatch(expected);
    }
    expect(await t.db.counts()).toEqual(before);
    // CDC's focal point, privately: CDC has no open request on NV1
    await t.ask('/huy', { user: 'dau-moi-cdc', kind: 'private' });
    before = await t.db.counts();
    expect(await t.ask('/giaitrinh NV1 Đang chờ số liệu', { user: 'dau-moi-cdc', kind: 'private' })).toMatch(
      /^Nhiệm vụ NV1 hiện không có yêu cầu giải trình nào đang chờ/,
    );
    expect(await t.db.counts()).toEqual(before);
    expect(await requests()).toEqual([{ occurrence_id: Number(id), answer: null, answered_by: null }]);
    expect(await audited('occurrence.explained')).toEqual([]);
  });
});
