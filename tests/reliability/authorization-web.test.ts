import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { pageText, webOf, type WebClient } from '../support/web.js';
import { changedTables, databaseState, type DatabaseState } from './support/auth-harness.js';
import { PERSON, type RoleName, ROLES } from './support/authorization-table.js';

/*
 * Issue 24, item 4: the authorization matrix of the dashboard. Every page (a unit's and a case's with the unit
 * in their path) × every role (and none: a person
 * with no session, who cannot even get a link) × four scopes: the person's own view (no unit named), their own
 * unit (BVĐK, `?don-vi=BVDK`), another unit (CDC) and the whole Department (its root, SYT). The outcomes are
 * written here by hand from the issue and the policy's intent, never computed from `isAllowed`:
 *
 *   A  the page, showing what it should for that person there
 *   D  403 in Vietnamese, saying whom the page is for
 *   L  not signed in: sent to the sign-in page
 *
 * Reading a page, and a refusal, write nothing: the whole database (every table's rows) is compared after
 * each request (the clock is fixed, so a session's idle clock never needs moving).
 */

const AT = '2026-11-23T09:00:00+07:00';
const SCOPES = ['view', 'own', 'other', 'department'] as const;
type Scope = (typeof SCOPES)[number];
const QUERY: Record<Scope, string> = { view: '', own: '?don-vi=BVDK', other: '?don-vi=CDC', department: '?don-vi=SYT' };
type Outcome = 'A' | 'D' | 'L';
type Cells = `${Outcome}${Outcome}${Outcome}${Outcome}`;

interface PageRow {
  path: string;
  /** a page about one thing named in its path: the address for each scope (else `path` + the scope's `?don-vi=`) */
  paths?: Record<Scope, string>;
  /** what an allowed page must show, for this role and scope */
  done: (role: RoleName, scope: Scope, text: string) => string | null;
  /** whom a refusal names */
  forWhom: string;
  cells: Record<RoleName, Cells>;
}

const everyone = (cells: Cells, overrides: Partial<Record<RoleName, Cells>> = {}): Record<RoleName, Cells> => ({
  ...(Object.fromEntries(ROLES.map((role) => [role, cells])) as Record<RoleName, Cells>),
  none: 'LLLL',
  ...overrides,
});
const has = (text: string, wanted: string) => (text.includes(wanted) ? null : `expected "${wanted}"`);
const DEPARTMENT_WIDE: readonly RoleName[] = ['admin', 'department_leader'];
/** who may read a complainant's contact (permissions.feedbackReader): not the administrator as such */
const FEEDBACK_READERS: readonly RoleName[] = ['department_leader', 'unit_leader', 'feedback_handler'];

/** What the start page and "Cách tính" say of the scope they were opened with. */
const scopeLine = (role: RoleName, scope: Scope, text: string) => {
  if (scope === 'own') return has(text, 'Đang xem: Bệnh viện Đa khoa tỉnh Lai Châu và 0 đơn vị trực thuộc.');
  if (scope === 'other') return has(text, 'Đang xem: Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu và 0 đơn vị trực thuộc.');
  if (scope === 'department') return has(text, 'Đang xem: Sở Y tế tỉnh Lai Châu và 17 đơn vị trực thuộc.');
  // one's own view: every unit for a Department-wide role, else BVĐK (no units below it)
  return DEPARTMENT_WIDE.includes(role) ? has(text, 'Bạn xem được toàn Sở: 18 đơn vị.') : has(text, 'Bạn xem được 1 đơn vị');
};

const PAGES: readonly PageRow[] = [
  {
    path: '/',
    done: (role, scope, text) => has(text, 'Xin chào') ?? scopeLine(role, scope, text),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    path: '/cach-tinh',
    done: (_role, _scope, text) => has(text, 'Tỉ lệ đúng hạn = số kỳ xong đúng hạn'),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    path: '/han-chot',
    done: (role, scope, text) => has(text, 'Hạn chót 30 ngày tới') ?? scopeLine(role, scope, text),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    path: '/phan-anh',
    done: (role, scope, text) => has(text, 'Sổ phản ánh') ?? scopeLine(role, scope, text),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    path: '/ke-hoach/KH20-2026',
    done: (role, scope, text) => has(text, 'Tiến độ kế hoạch KH20-2026') ?? scopeLine(role, scope, text),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    // a unit's page: one's own view is one's own unit; the Department's page is its root's
    path: '/don-vi/<mã>',
    paths: { view: '/don-vi/BVDK', own: '/don-vi/BVDK', other: '/don-vi/CDC', department: '/don-vi/SYT' },
    done: (_role, scope, text) =>
      has(
        text,
        scope === 'other'
          ? 'Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu'
          : scope === 'department'
            ? 'Sở Y tế tỉnh Lai Châu'
            : 'Mã đơn vị: BVDK.',
      ) ?? has(text, 'Người phụ trách'),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    cells: everyone('AADD', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    // a case: BVĐK's (own; also what one's own view and the Department's open) and CDC's (another unit's). The
    // button that reveals the complainant is there only for those who may read a contact in private chat.
    path: '/phan-anh/<mã>',
    paths: {
      view: '/phan-anh/PA-2026-0001',
      own: '/phan-anh/PA-2026-0001',
      other: '/phan-anh/PA-2026-0002',
      department: '/phan-anh/PA-2026-0001',
    },
    done: (role, scope, text) =>
      has(text, scope === 'other' ? 'Phản ánh PA-2026-0002' : 'Phản ánh PA-2026-0001') ??
      (FEEDBACK_READERS.includes(role) === text.includes('Xem nội dung đầy đủ và liên hệ') ? null : `reveal button wrong for ${role}`),
    forWhom: 'Trang này dành cho cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên.',
    // a case belongs to one unit, so the Department column asks BVĐK's case again: still one's own
    cells: everyone('AADA', { admin: 'AAAA', department_leader: 'AAAA' }),
  },
  {
    // the consolidated report and the downloads: as /xuatbaocao, leaders (a unit's leader for their branch)
    path: '/bao-cao',
    done: (role, scope, text) => has(text, 'Báo cáo và tệp tải về') ?? scopeLine(role, scope, text),
    forWhom: 'Trang này dành cho lãnh đạo Sở, quản trị viên và lãnh đạo đơn vị (cho các đơn vị mình phụ trách).',
    cells: everyone('DDDD', { admin: 'AAAA', department_leader: 'AAAA', unit_leader: 'AADD' }),
  },
  {
    path: '/quan-tri',
    done: (_role, scope, text) =>
      has(text, 'Quản trị: tình trạng hệ thống') ??
      (scope === 'view' ? has(text, 'Toàn Sở.') : scope === 'own' ? has(text, 'Đang xem: Bệnh viện Đa khoa tỉnh Lai Châu') : null),
    forWhom: 'Trang này dành cho quản trị viên.',
    cells: everyone('DDDD', { admin: 'AAAA' }),
  },
];

let t: TestApp;
const browsers = new Map<RoleName, WebClient>();
let baseline: DatabaseState;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  // a case in BVĐK's book (PA-2026-0001) and one in CDC's (PA-2026-0002)
  await t.ask('/phananh hòm thư Nhà vệ sinh khoa Nội chưa sạch', { user: 'dau-moi', chat: 'console:nhom-bvdk' });
  await t.ask('/phananh hòm thư Phòng tiêm chủng đông, chờ lâu', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' });
  const web = webOf(t);
  for (const role of ROLES) {
    const client = web.client();
    if (role !== 'none') {
      const response = await client.signInAs(PERSON[role]);
      if (response.status !== 303) throw new Error(`${role} could not sign in: ${response.status}`);
    }
    browsers.set(role, client);
  }
  // the stranger cannot even get a link (and has now been met: the one write a first message makes)
  const refused = await t.ask('/dangnhap', { user: PERSON.none, kind: 'private' });
  if (!refused.startsWith('Bạn chưa có vai trò nào trong hệ thống')) throw new Error(`the stranger got: ${refused}`);
  // one page each first: the sign-in's own writes are done before the baseline
  for (const client of browsers.values()) await client.request('/cach-tinh');
  baseline = await databaseState(t);
});
afterAll(() => t?.close());

describe('dashboard authorization matrix', () => {
  for (const page of PAGES) {
    it(`GET ${page.path}`, async () => {
      const wrong: string[] = [];
      for (const role of ROLES) {
        for (const [index, scope] of SCOPES.entries()) {
          const expected = page.cells[role][index] as Outcome;
          const address = page.paths ? page.paths[scope] : `${page.path}${QUERY[scope]}`;
          const cell = `${address} × ${role}: expected ${expected}`;
          const response = await browsers.get(role)!.request(address);
          const text = await pageText(response);
          if (expected === 'A') {
            if (response.status !== 200) wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 200)}`);
            else {
              const problem = page.done(role, scope, text);
              if (problem) wrong.push(`${cell}, ${problem}`);
            }
          } else if (expected === 'D') {
            if (response.status !== 403 || !text.includes(page.forWhom))
              wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 300)}`);
          } else if (response.status !== 303 || response.headers.get('location') !== '/dang-nhap') {
            wrong.push(`${cell}, got ${response.status} → ${response.headers.get('location')}`);
          }
          // reading a page writes nothing, and neither does a refusal
          const after = await databaseState(t);
          const changed = changedTables(baseline, after);
          if (changed.length > 0) wrong.push(`${cell}, the request changed ${changed.join(', ')}`);
          baseline = after;
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('GET /lich/<token>.ics: the token is the credential — no session opens it, a refusal is a bare 404 that writes nothing', async () => {
    const wrong: string[] = [];
    for (const role of ROLES) {
      const before = await databaseState(t);
      for (const path of ['/lich/khong-phai-ma-cua-ai-ca-0123456789abcdef.ics', '/lich/x.ics', '/lich/han-chot']) {
        const response = await browsers.get(role)!.request(path);
        const text = await response.text();
        if (response.status !== 404 || text !== '404') wrong.push(`${path} × ${role}: got ${response.status} ${text.slice(0, 100)}`);
      }
      const changed = changedTables(before, await databaseState(t));
      if (changed.length > 0) wrong.push(`${role}: a refused feed changed ${changed.join(', ')}`);
    }
    // each person's own feed, read with no session: what they could see on /han-chot (BVĐK, or every unit)
    for (const role of ROLES.filter((r) => r !== 'none')) {
      const client = browsers.get(role)!;
      const csrf = /name="csrf" value="([\w-]+)"/.exec(await (await client.request('/han-chot')).text())![1]!;
      const made = await pageText(await client.request('/han-chot/lich', { form: { csrf } }));
      const token = /\/lich\/([\w-]+)\.ics/.exec(made)?.[1];
      if (!token) {
        wrong.push(`${role}: no feed address in ${made.slice(0, 200)}`);
        continue;
      }
      const feed = await browsers.get('none')!.request(`/lich/${token}.ics`);
      const ics = await feed.text();
      if (feed.status !== 200) wrong.push(`${role}'s feed: got ${feed.status}`);
      const departmentWide = DEPARTMENT_WIDE.includes(role);
      if (!ics.includes('— BVĐK tỉnh')) wrong.push(`${role}'s feed lacks BVĐK`);
      if (ics.includes('— CDC tỉnh') !== departmentWide) wrong.push(`${role}'s feed: CDC shown ${!departmentWide}`);
    }
    expect(wrong).toEqual([]);
  });

  it('POST /ky-bao-cao/<id>/nhac × role × own unit (BVĐK) and another (CDC): the unit’s leaders only', async () => {
    const units = await t.app.store.units.list();
    const overdueOf = async (code: string) => {
      const unit = units.find((u) => u.code === code)!;
      const [first] = await t.app.store.plans.openOccurrences({ unitIds: [unit.id], dueTo: '2026-11-19' });
      return first!.occurrenceId;
    };
    const targets = { own: await overdueOf('BVDK'), other: await overdueOf('CDC') };
    // A: the reminder queued (or already queued today); D: 403 naming who may; L: to the sign-in page
    const cells: Record<RoleName, `${'A' | 'D' | 'L'}${'A' | 'D' | 'L'}`> = {
      admin: 'AA',
      department_leader: 'AA',
      unit_leader: 'AD',
      focal_point: 'DD',
      deputy: 'DD',
      feedback_handler: 'DD',
      staff: 'DD',
      none: 'LL',
    };
    const wrong: string[] = [];
    for (const role of ROLES) {
      const client = browsers.get(role)!;
      const csrf = /name="csrf" value="([\w-]+)"/.exec(await (await client.request('/cach-tinh')).text())?.[1] ?? 'none';
      for (const [index, place] of (['own', 'other'] as const).entries()) {
        const expected = cells[role][index];
        const before = await databaseState(t);
        const response = await client.request(`/ky-bao-cao/${targets[place]}/nhac`, { form: { csrf } });
        const text = await pageText(response);
        const cell = `${place} × ${role}: expected ${expected}`;
        if (expected === 'A') {
          if (response.status !== 200 || !/Đã xếp tin nhắc vào nhóm|đã được nhắc về nhiệm vụ này rồi/.test(text))
            wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 200)}`);
          continue;
        }
        if (expected === 'D') {
          if (response.status !== 403 || !text.includes('lãnh đạo Sở, quản trị viên và lãnh đạo của đơn vị này hoặc đơn vị cấp trên'))
            wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 200)}`);
        } else if (response.status !== 303 || response.headers.get('location') !== '/dang-nhap') {
          wrong.push(`${cell}, got ${response.status} → ${response.headers.get('location')}`);
        }
        const changed = changedTables(before, await databaseState(t));
        if (changed.length > 0) wrong.push(`${cell}, a refusal changed ${changed.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('POST /ky-bao-cao/<id>/giai-trinh × role × own unit (BVĐK) and another (CDC): those who may remind the unit', async () => {
    const units = await t.app.store.units.list();
    const overdueOf = async (code: string) => {
      const unit = units.find((u) => u.code === code)!;
      const [first] = await t.app.store.plans.openOccurrences({ unitIds: [unit.id], dueTo: '2026-11-19' });
      return first!.occurrenceId;
    };
    const targets = { own: await overdueOf('BVDK'), other: await overdueOf('CDC') };
    // A: the request sent (or one already waiting for its answer); D: 403 naming who may; L: to the sign-in page
    const cells: Record<RoleName, `${'A' | 'D' | 'L'}${'A' | 'D' | 'L'}`> = {
      admin: 'AA',
      department_leader: 'AA',
      unit_leader: 'AD',
      focal_point: 'DD',
      deputy: 'DD',
      feedback_handler: 'DD',
      staff: 'DD',
      none: 'LL',
    };
    const wrong: string[] = [];
    for (const role of ROLES) {
      const client = browsers.get(role)!;
      const csrf = /name="csrf" value="([\w-]+)"/.exec(await (await client.request('/cach-tinh')).text())?.[1] ?? 'none';
      for (const [index, place] of (['own', 'other'] as const).entries()) {
        const expected = cells[role][index];
        const before = await databaseState(t);
        const response = await client.request(`/ky-bao-cao/${targets[place]}/giai-trinh`, { form: { csrf } });
        const text = await pageText(response);
        const cell = `${place} × ${role}: expected ${expected}`;
        if (expected === 'A') {
          if (response.status !== 200 || !/Đã gửi yêu cầu giải trình vào nhóm|đã được yêu cầu giải trình kỳ này và chưa trả lời/.test(text))
            wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 200)}`);
          continue;
        }
        if (expected === 'D') {
          if (response.status !== 403 || !text.includes('lãnh đạo Sở, quản trị viên và lãnh đạo của đơn vị này hoặc đơn vị cấp trên'))
            wrong.push(`${cell}, got ${response.status}: ${text.slice(0, 200)}`);
        } else if (response.status !== 303 || response.headers.get('location') !== '/dang-nhap') {
          wrong.push(`${cell}, got ${response.status} → ${response.headers.get('location')}`);
        }
        const changed = changedTables(before, await databaseState(t));
        if (changed.length > 0) wrong.push(`${cell}, a refusal changed ${changed.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('POST /dang-xuat: each person signs out their own session only; nobody else is touched', async () => {
    for (const role of ROLES.filter((r) => r !== 'none')) {
      const client = browsers.get(role)!;
      const html = await (await client.request('/')).text();
      const csrf = /name="csrf" value="([\w-]+)"/.exec(html)?.[1];
      expect(csrf, role).toBeDefined();
      expect((await client.request('/dang-xuat', { form: { csrf: csrf! } })).status).toBe(303);
      expect((await client.request('/')).status, `${role} signed out`).toBe(303);
      const next = ROLES[ROLES.indexOf(role) + 1];
      if (next && next !== 'none') expect((await browsers.get(next)!.request('/')).status, `${next} still in`).toBe(200);
    }
    // without a session there is nothing to end, and nothing is written
    const before = await databaseState(t);
    expect((await browsers.get('none')!.request('/dang-xuat', { form: {} })).status).toBe(303);
    expect(changedTables(before, await databaseState(t))).toEqual([]);
  });
});
