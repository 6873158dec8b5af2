import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

/*
 * /help lists what this person may do here, and nothing that would then refuse. The lists are written by
 * hand from the command table (README "Commands in chat") and the authorization matrix, never computed
 * from the policy, so that a wrong policy fails here.
 */

const AT = '2026-11-23T09:00:00+07:00';
const PLACES = ['own', 'other', 'unbound', 'private'] as const;
type Place = (typeof PLACES)[number];

const CHAT: Record<Place, { chat?: string; kind: 'group' | 'private' }> = {
  own: { chat: 'console:nhom-bvdk', kind: 'group' },
  other: { chat: 'console:nhom-cdc', kind: 'group' },
  unbound: { chat: 'console:nhom-chua-gan', kind: 'group' },
  private: { kind: 'private' },
};

// What everyone may do everywhere: introduce, help, look up a document, choose a language, cancel.
const BASE = ['start', 'help', 'tracuu', 'ngonngu', 'huy', 'tieptuc'];
// Anyone with a role may sign out of the dashboard anywhere, and ask for a sign-in link in private (issue 24).
// A unit member's reading commands where their unit is in view; /kehoach (the plans, issue 18) goes with
// /nghiphep: anyone with a role, anywhere.
const MEMBER = ['nhiemvu', 'hanchot', 'quahan', 'minhchung', 'phananh', 'nghiphep', 'kehoach', 'donvi'];
const LEADER = ['tonghop', 'xuatbaocao'];

/** Demo person → place → the commands /help must list (in any order; the test sorts). */
const EXPECTED: Record<string, Record<Place, string[]>> = {
  // someone the bot has only met: nothing of a unit's, nothing that changes anything
  'nguoi-la': {
    own: BASE,
    other: BASE,
    unbound: BASE,
    private: BASE,
  },
  'nhan-vien': {
    own: [...BASE, ...MEMBER, 'dangxuat'],
    other: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    private: [...BASE, ...MEMBER, 'dangxuat', 'dangnhap'],
  },
  'dau-moi': {
    own: [...BASE, ...MEMBER, 'baocao', 'giaitrinh', 'homthu', 'theodoi', 'dangxuat'],
    other: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    private: [...BASE, ...MEMBER, 'baocao', 'giaitrinh', 'dangxuat', 'dangnhap'],
  },
  'pho-dau-moi': {
    own: [...BASE, ...MEMBER, 'baocao', 'giaitrinh', 'homthu', 'theodoi', 'dangxuat'],
    other: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    private: [...BASE, ...MEMBER, 'baocao', 'giaitrinh', 'dangxuat', 'dangnhap'],
  },
  'xu-ly-pa': {
    own: [...BASE, ...MEMBER, 'xuly', 'homthu', 'dangxuat'],
    other: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    // a ticket names its unit, so /xuly works in a group bound to none
    unbound: [...BASE, 'nghiphep', 'kehoach', 'xuly', 'dangxuat'],
    private: [...BASE, ...MEMBER, 'xuly', 'dangxuat', 'dangnhap'],
  },
  'lanh-dao-bvdk': {
    own: [...BASE, ...MEMBER, ...LEADER, 'giaitrinh', 'lich', 'theodoi', 'dangxuat'],
    other: [...BASE, 'nghiphep', 'kehoach', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', ...LEADER, 'dangxuat'],
    private: [...BASE, ...MEMBER, ...LEADER, 'giaitrinh', 'dangxuat', 'dangnhap'],
  },
  'lanh-dao-so': {
    own: [...BASE, ...MEMBER, ...LEADER, 'lich', 'theodoi', 'dangxuat'],
    other: [...BASE, ...MEMBER, ...LEADER, 'lich', 'theodoi', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', ...LEADER, 'dangxuat'],
    private: [...BASE, ...MEMBER, ...LEADER, 'dangxuat', 'dangnhap'],
  },
  'quan-tri': {
    own: [...BASE, ...MEMBER, ...LEADER, 'lich', 'theodoi', 'dangky', 'phanquyen', 'ngaynghi', 'dangxuat'],
    other: [...BASE, ...MEMBER, ...LEADER, 'lich', 'theodoi', 'dangky', 'phanquyen', 'ngaynghi', 'dangxuat'],
    unbound: [...BASE, 'nghiphep', 'kehoach', ...LEADER, 'dangky', 'phanquyen', 'ngaynghi', 'dangxuat'],
    private: [...BASE, ...MEMBER, ...LEADER, 'phanquyen', 'ngaynghi', 'nhapkehoach', 'dangxuat', 'dangnhap'],
  },
};

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());

/** The command names of a /help answer, in the order shown. */
const listed = (text: string) => [...text.matchAll(/^\/([a-z]+) — /gm)].map((match) => match[1]!);
const order = (names: readonly string[]) => allCommands.map((command) => command.name).filter((name) => names.includes(name));

describe('/help', () => {
  for (const [user, places] of Object.entries(EXPECTED)) {
    it(`lists for ${user} exactly what they may do, in each place`, async () => {
      for (const place of PLACES) {
        const text = await t.ask('/help', { user: user === 'nguoi-la' ? consoleUser('nguoi-la', 'Người lạ') : user, ...CHAT[place] });
        expect(listed(text), `${user} × ${place}`).toEqual(order(places[place]));
      }
    });
  }

  it('never lists a command that then refuses (each listed command, tried as the person would after reading /help)', async () => {
    // A refusal for who the person is or for where they are. "Name a unit" hints (in private, with no unit
    // of one's own in view) are not refusals: the command works with a unit code.
    const refusal =
      /^(Bạn chưa có vai trò nào trong hệ thống|Chỉ quản trị viên mới|Lệnh \/\w+ (dành cho|chỉ dùng)|Chỉ cán bộ|Nhóm này chưa được gắn|Bạn không có vai trò ở)/;
    const tryForm: Record<string, string> = { phananh: '/phananh ds', minhchung: '/minhchung NV1' };
    // the leaders' digest and report build charts and files: their gate is covered by the authorization matrix
    const skip = ['huy', 'tieptuc', 'ngonngu', 'tonghop', 'xuatbaocao'];
    for (const [user, places] of Object.entries(EXPECTED)) {
      const who = user === 'nguoi-la' ? consoleUser('nguoi-la', 'Người lạ') : user;
      for (const place of Object.keys(places) as Place[]) {
        const shown = listed(await t.ask('/help', { user: who, ...CHAT[place] }));
        for (const name of shown.filter((n) => !skip.includes(n))) {
          const reply = await t.ask(tryForm[name] ?? `/${name}`, { user: who, ...CHAT[place] });
          expect(reply, `/${name} × ${user} × ${place}`).not.toMatch(refusal);
          await t.ask('/huy', { user: who, ...CHAT[place] });
        }
      }
    }
  }, 180_000);

  it('speaks the person’s language', async () => {
    await t.ask('/ngonngu en', { user: 'nhan-vien' });
    const text = await t.ask('/help', { user: 'nhan-vien' });
    expect(text).toMatch(/^Commands you can use in the group of /);
    expect(text).toContain('/help — ');
    expect(text).not.toMatch(/Các lệnh|Giới thiệu trợ lý/);
    expect(listed(text)).toEqual(order(EXPECTED['nhan-vien']!.own));
    await t.ask('/ngonngu vi', { user: 'nhan-vien' });
  });
});
