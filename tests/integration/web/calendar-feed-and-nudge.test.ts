import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { csrfOf, pageText, postForm, signedIn as signedInAs, webOf, type WebClient } from '../../support/web.js';
import { secretTokens } from '../../../src/web/secret-tokens.js';

/*
 * Issue 24: the private calendar feed (`/lich/<token>.ics`, made and turned off on /han-chot) and "Nhắc đơn vị"
 * on an overdue occurrence (`POST /ky-bao-cao/<id>/nhac`), asked in-process. Every text that can reach a phone's
 * calendar or a group goes through the privacy guard with a real complainant in the book.
 */

const AT = '2026-11-23T09:00:00+07:00';
const COMPLAINANT = { name: 'Trần Thị Khiếu Nại', phone: '0987 654 321' };
let t: TestApp;
const guard = new PrivacyGuard();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await t.db.db.execute(query)) as unknown as { rows?: T[] } & T[];
  return (result.rows ?? result) as T[];
}
const signedIn = (user: string) => signedInAs(t, user);
const post = (client: WebClient, page: string, action: string) => postForm(client, page, action, guard);

/** Makes the person's feed on /han-chot and returns its address, as the page shows it once. */
async function makeFeed(client: WebClient): Promise<{ address: string; token: string; text: string }> {
  const { status, text } = await post(client, '/han-chot', '/han-chot/lich');
  expect(status).toBe(200);
  const address = new RegExp(`${client.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/lich/([\\w-]+)\\.ics`).exec(text);
  expect(address, text.slice(0, 500)).not.toBeNull();
  return { address: address![0], token: address![1]!, text };
}

/** The feed as a phone's calendar reads it: no cookie, the token in the path. */
async function fetchFeed(token: string) {
  const response = await webOf(t).client().request(`/lich/${token}.ics`);
  const text = await response.text();
  guard.inspect(`/lich/${token}.ics`, text);
  return { status: response.status, type: response.headers.get('content-type'), text };
}

const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
/** unfolds RFC 5545 lines (a long line goes on after CRLF + a space) */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  guard.register({ kind: 'name', value: COMPLAINANT.name }, { kind: 'phone', value: COMPLAINANT.phone });
});
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
  // a case with a complainant in BVĐK's book: none of it may reach a calendar or a group
  const intake = await t.ask(`/phananh hòm thư Bà ${COMPLAINANT.name} (${COMPLAINANT.phone}) phản ánh nhân viên khoa Nội thiếu niềm nở`, {
    user: 'dau-moi',
  });
  expect(intake).toContain('Đã ghi sổ phản ánh');
});
afterAll(() => t?.close());

describe('the private calendar feed', () => {
  it('is made on /han-chot, shown once, stored hashed, audited, and lists the effective deadlines of the next 120 days', async () => {
    const leader = await signedIn('lanh-dao-so');
    const before = await pageText(await leader.request('/han-chot'));
    expect(before).toContain('Đưa hạn chót vào lịch điện thoại');
    expect(before).toContain('Anh/chị chưa bật lịch riêng.');
    const { token, text } = await makeFeed(leader);
    expect(text).toContain('Địa chỉ lịch của anh/chị (chỉ hiện lần này, hãy chép ngay):');
    // shown once: the page opened again says the feed is on, without the address
    const again = await pageText(await leader.request('/han-chot'));
    expect(again).toContain('Lịch riêng của anh/chị đang bật (tạo ngày 23/11/2026).');
    expect(again).not.toContain(token);
    // only the digest is kept
    const stored = await rows<{ token_hash: string }>(sql`select token_hash from calendar_feeds`);
    expect(stored.map((row) => row.token_hash)).toEqual([secretTokens.digest(token)]);
    expect(JSON.stringify(await rows(sql`select * from calendar_feeds`))).not.toContain(token);
    expect(await rows(sql`select action from audit_log where action like 'calendar_feed.%'`)).toEqual([
      { action: 'calendar_feed.created' },
    ]);

    const feed = await fetchFeed(token);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const ics = unfold(feed.text);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Hạn chót — Sở Y tế tỉnh Lai Châu');
    const all = events(ics);
    expect(all).toHaveLength(29);
    // every event: all-day on the EFFECTIVE last day, stamped by the fixed clock, one UID per occurrence
    for (const event of all) {
      expect(event).toMatch(/DTSTART;VALUE=DATE:\d{8}\r?\n/);
      expect(event).toContain('DTSTAMP:20261123T020000Z');
      expect(event).toMatch(/SUMMARY:\[NV\d+\] .+ — .+/);
    }
    const uids = all.map((event) => /UID:(\S+)/.exec(event)![1]);
    expect(new Set(uids).size).toBe(all.length);
    // a last day on a Saturday: the event is on the Monday, and says both days
    const shifted = all.find((event) => event.includes('— BVĐK tỉnh') && event.includes('[NV16]'))!;
    expect(shifted).toContain('DTSTART;VALUE=DATE:20261207');
    expect(shifted).toContain('DTEND;VALUE=DATE:20261208');
    expect(shifted).toContain('SUMMARY:[NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị — BVĐK tỉnh');
    expect(shifted).toContain('DESCRIPTION:Hạn ghi trong văn bản 05/12/2026 rơi vào ngày nghỉ → nộp đến hết 07/12/2026.');
    const plain = all.find((event) => event.includes('[NV15]') && event.includes('— CDC tỉnh'))!;
    expect(plain).toContain('DTSTART;VALUE=DATE:20261125');
    expect(plain).toContain('DESCRIPTION:Hạn nộp: 25/11/2026.');
    // the same occurrence keeps its UID when the feed is read again (a phone updates the event, adds none)
    expect(events(unfold((await fetchFeed(token)).text)).map((event) => /UID:(\S+)/.exec(event)![1])).toEqual(uids);
    // no feedback case, ever
    expect(ics).not.toMatch(/PA-\d{4}/);
    expect(ics).not.toContain('niềm nở');
  });

  it('shows a focal point only their unit, and stops when their roles are removed (read at request time)', async () => {
    const focal = await signedIn('dau-moi');
    const { token } = await makeFeed(focal);
    const ics = unfold((await fetchFeed(token)).text);
    const all = events(ics);
    expect(all.length).toBeGreaterThan(0);
    for (const event of all) expect(event).toMatch(/SUMMARY:.* — BVĐK tỉnh\r?\n/);
    expect(ics).not.toContain('CDC tỉnh');
    expect(ics).toContain('SUMMARY:[NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị — BVĐK tỉnh');
    // roles are read when the feed is: a focal point removed from every role gets nothing
    await t.db.db.execute(
      sql`delete from member_roles where member_id = (select member_id from calendar_feeds where token_hash = ${secretTokens.digest(token)})`,
    );
    const gone = await fetchFeed(token);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('404');
  });

  it('is turned off or replaced on /han-chot (audited); an unknown, old or malformed token is a bare 404', async () => {
    const leader = await signedIn('lanh-dao-so');
    const first = await makeFeed(leader);
    // a new address replaces the old one
    const second = await makeFeed(leader);
    expect(second.token).not.toBe(first.token);
    expect((await fetchFeed(first.token)).status).toBe(404);
    expect((await fetchFeed(second.token)).status).toBe(200);
    expect(await rows(sql`select count(*)::int as n from calendar_feeds`)).toEqual([{ n: 1 }]);
    // turned off: the address answers 404 with no detail
    const off = await post(leader, '/han-chot', '/han-chot/lich/tat');
    expect(off.status).toBe(200);
    expect(off.text).toContain('Đã tắt lịch riêng: địa chỉ cũ không còn dùng được.');
    expect(off.text).toContain('Anh/chị chưa bật lịch riêng.');
    const revoked = await fetchFeed(second.token);
    expect(revoked.status).toBe(404);
    expect(revoked.text).toBe('404');
    expect((await post(leader, '/han-chot', '/han-chot/lich/tat')).text).toContain('chưa bật lịch riêng nên không có gì để tắt');
    expect(await rows(sql`select action from audit_log where action like 'calendar_feed.%' order by id`)).toEqual([
      { action: 'calendar_feed.created' },
      { action: 'calendar_feed.replaced' },
      { action: 'calendar_feed.revoked' },
    ]);
    for (const path of ['/lich/khong-co-ma-nay-dau-nhe-1234567890.ics', '/lich/abc.ics', `/lich/${second.token}`, '/lich/%00.ics']) {
      const response = await webOf(t).client().request(path);
      expect(response.status, path).toBe(404);
    }
  });

  it("speaks its owner's language (/ngonngu)", async () => {
    const leader = await signedIn('lanh-dao-so');
    const { token } = await makeFeed(leader);
    await t.ask('/ngonngu en', { user: 'lanh-dao-so', kind: 'private' });
    const ics = unfold((await fetchFeed(token)).text);
    expect(ics).toContain('X-WR-CALNAME:Deadlines — Sở Y tế tỉnh Lai Châu');
    expect(ics).toContain('DESCRIPTION:The stated last day 05/12/2026 is a day off → due by the end of 07/12/2026.');
  });

  it('is made only by a signed-in person, through the page form (CSRF)', async () => {
    const stranger = webOf(t).client();
    expect((await stranger.request('/han-chot/lich', { form: { csrf: 'x' } })).status).toBe(303);
    const leader = await signedIn('lanh-dao-so');
    expect((await leader.request('/han-chot/lich', { form: { csrf: 'gia-mao' } })).status).toBe(403);
    // a form posted from another site
    const csrf = csrfOf(await (await leader.request('/han-chot')).text());
    expect((await leader.request('/han-chot/lich', { form: { csrf }, origin: 'https://evil.example' })).status).toBe(403);
    expect(await rows(sql`select count(*)::int as n from calendar_feeds`)).toEqual([{ n: 0 }]);
  });
});

describe('"Nhắc đơn vị" on an overdue occurrence', () => {
  /** The occurrence behind the first cell of a unit's row in the plan's grid labelled `label`. */
  async function cellOf(client: WebClient, unit: string, label: string): Promise<string> {
    const html = await (await client.request(`/ke-hoach/KH20-2026?ky=2026&don-vi=${unit}`)).text();
    const id = new RegExp(`href="/ky-bao-cao/(\\d+)"\\s*>${label}`).exec(html)?.[1];
    expect(id, `${unit}: ${label}`).toBeDefined();
    return id!;
  }
  const outbox = () =>
    rows<{ chat: string; text: string; key: string }>(
      sql`select chat_ref as chat, payload->>'text' as text, key from outbox where key like 'nudge:%'`,
    );
  const nudges = () =>
    rows<{ actor_id: number; entity_id: string }>(sql`select actor_id, entity_id from audit_log where action = 'occurrence.nudged'`);

  it('queues one reminder to the unit group through the outbox, once per unit and task a day, audited', async () => {
    const leader = await signedIn('lanh-dao-so');
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    const page = await pageText(await leader.request(`/ky-bao-cao/${id}`));
    expect(page).toContain('Nhắc đơn vị');
    const first = await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`);
    expect(first.status).toBe(200);
    expect(first.text).toContain('Đã xếp tin nhắc vào nhóm “Nhóm BVĐK tỉnh”.');
    const queued = await outbox();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.chat).toBe('console:nhom-bvdk');
    expect(queued[0]!.text).toBe(
      'Lãnh đạo Lò Văn Thắng nhắc: [NV1] Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt động, phân công nhiệm vụ các thành viên — BVĐK tỉnh quá hạn 10 ngày (hạn 13/11/2026). Báo cáo bằng /baocao NV1.',
    );
    guard.inspect('nudge message', queued[0]!.text);
    // a second click the same day queues nothing and says so
    const second = await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`);
    expect(second.text).toContain('Hôm nay đơn vị đã được nhắc về nhiệm vụ này rồi; ngày mai mới nhắc lại được.');
    expect(await outbox()).toHaveLength(1);
    expect(await nudges()).toEqual([{ actor_id: expect.any(Number), entity_id: id }]);
    // the next day it may be sent again, one day later
    t.clock.set('2026-11-24T09:00:00+07:00');
    // (a session idle since yesterday has ended: signed in again)
    const nextDay = await post(await signedIn('lanh-dao-so'), `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`);
    expect(nextDay.text).toContain('Đã xếp tin nhắc vào nhóm');
    const both = await outbox();
    expect(both).toHaveLength(2);
    expect(both.map((row) => row.text).join('\n')).toContain('BVĐK tỉnh quá hạn 11 ngày (hạn 13/11/2026)');
  });

  it('is for those who lead the unit: a focal point sees no button and is refused, so is the leader of another unit', async () => {
    const focal = await signedIn('dau-moi');
    const id = await cellOf(focal, 'BVDK', 'Quá hạn 10 ngày');
    const page = await pageText(await focal.request(`/ky-bao-cao/${id}`));
    expect(page).toContain('Quá hạn 10 ngày');
    expect(page).not.toContain('Nhắc đơn vị');
    const refused = await post(focal, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('lãnh đạo Sở, quản trị viên và lãnh đạo của đơn vị này hoặc đơn vị cấp trên');
    const otherLeader = await signedIn('lanh-dao-tamduong');
    const csrf = csrfOf(await (await otherLeader.request('/han-chot')).text());
    expect((await otherLeader.request(`/ky-bao-cao/${id}/nhac`, { form: { csrf } })).status).toBe(403);
    // without a session: to the sign-in page; a forged form: refused
    expect(
      (
        await webOf(t)
          .client()
          .request(`/ky-bao-cao/${id}/nhac`, { form: { csrf: 'x' } })
      ).status,
    ).toBe(303);
    const leader = await signedIn('lanh-dao-so');
    expect((await leader.request(`/ky-bao-cao/${id}/nhac`, { form: { csrf: 'gia-mao' } })).status).toBe(403);
    expect(await outbox()).toHaveLength(0);
    expect(await nudges()).toHaveLength(0);
    // the unit's own leader may
    const unitLeader = await signedIn('lanh-dao-bvdk');
    expect(await pageText(await unitLeader.request(`/ky-bao-cao/${id}`))).toContain('Nhắc đơn vị');
    expect((await post(unitLeader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`)).text).toContain('Đã xếp tin nhắc vào nhóm');
    expect(await outbox()).toHaveLength(1);
  });

  it('is also a small button in the red cells of the grid, for those who may remind the unit only', async () => {
    const leader = await signedIn('lanh-dao-so');
    const html = await (await leader.request('/ke-hoach/KH20-2026?ky=2026')).text();
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    expect(html).toContain(`<form class="nudge" method="post" action="/ky-bao-cao/${id}/nhac">`);
    expect(html).toMatch(/aria-label="Nhắc BVĐK tỉnh về NV1"/);
    // one per red cell, none elsewhere
    expect(html.match(/class="nudge"/g)).toHaveLength((html.match(/<a class="cell bad"/g) ?? []).length);
    const answer = await post(leader, '/ke-hoach/KH20-2026?ky=2026', `/ky-bao-cao/${id}/nhac`);
    expect(answer.text).toContain('Đã xếp tin nhắc vào nhóm “Nhóm BVĐK tỉnh”.');
    expect(await outbox()).toHaveLength(1);
    // a unit's leader sees it in their unit's row; a focal point nowhere
    const unitLeader = await signedIn('lanh-dao-bvdk');
    expect(await (await unitLeader.request('/ke-hoach/KH20-2026?ky=2026')).text()).toContain(`action="/ky-bao-cao/${id}/nhac"`);
    const focal = await signedIn('dau-moi');
    const focalGrid = await (await focal.request('/ke-hoach/KH20-2026?ky=2026')).text();
    expect(focalGrid).toContain('Quá hạn 10 ngày');
    expect(focalGrid).not.toContain('class="nudge"');
  });

  it('says so when the unit has no group, or the period is not overdue, and queues nothing', async () => {
    const leader = await signedIn('lanh-dao-so');
    const upcoming = await cellOf(leader, 'BVDK', 'Còn 4 ngày');
    expect(await pageText(await leader.request(`/ky-bao-cao/${upcoming}`))).not.toContain('Nhắc đơn vị');
    expect((await post(leader, `/ky-bao-cao/${upcoming}`, `/ky-bao-cao/${upcoming}/nhac`)).text).toContain(
      'Kỳ này không còn quá hạn nên không cần nhắc.',
    );
    const id = await cellOf(leader, 'BVDK', 'Quá hạn 10 ngày');
    await t.app.store.chats.setActive('console:nhom-bvdk', false);
    const page = await pageText(await leader.request(`/ky-bao-cao/${id}`));
    expect(page).toContain('Đơn vị chưa gắn nhóm chat nào nên không nhắc được');
    expect(page).not.toContain('Gửi một tin nhắc vào nhóm');
    const answer = await post(leader, `/ky-bao-cao/${id}`, `/ky-bao-cao/${id}/nhac`);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Đơn vị chưa gắn nhóm chat nào nên không nhắc được');
    expect(await outbox()).toHaveLength(0);
    expect(await nudges()).toHaveLength(0);
    expect(
      (await leader.request('/ky-bao-cao/999999/nhac', { form: { csrf: csrfOf(await (await leader.request('/han-chot')).text()) } }))
        .status,
    ).toBe(404);
  });
});
