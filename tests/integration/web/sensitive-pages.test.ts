import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, webOf, type WebClient } from '../../support/web.js';

/*
 * Issue 17, part 4 on the dashboard: a case handled privately (tiêu cực, nhũng nhiễu) shows on /phan-anh, on
 * its case page and on its unit's page only by its code, "cần xử lý riêng", its date and status: no summary,
 * no category, no notes. Its full text is for an allowed reader after the audited click, as any case's.
 */

const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;
let leader: WebClient;
let focal: WebClient;
const guard = new PrivacyGuard();

async function read(client: WebClient, path: string): Promise<string> {
  const response = await client.request(path);
  expect(response.status, path).toBe(200);
  const text = await pageText(response);
  guard.inspect(path, text);
  return text;
}

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  guard.register({ kind: 'content', value: 'phong bì' }, { kind: 'content', value: 'khoa Ngoại' }, { kind: 'content', value: 'tiêu cực' });
  await t.ask('/phananh hotline Bác sĩ khoa Ngoại đòi phong bì hai triệu mới mổ', { user: 'dau-moi', kind: 'private' });
  // logged in private, the contact is asked for: none
  expect(await t.ask('1', { user: 'dau-moi', kind: 'private' })).toMatch(/^Đã tiếp nhận một phản ánh cần xử lý riêng \(PA-2026-0001\)\./);
  await t.ask('/xuly PA-2026-0001 đang xử lý đã mời bác sĩ khoa Ngoại làm việc về phong bì', { user: 'xu-ly-pa', kind: 'private' });
  leader = webOf(t).client();
  await leader.signInAs('lanh-dao-so');
  focal = webOf(t).client();
  await focal.signInAs('dau-moi');
});
afterAll(() => t?.close());

describe('a case handled privately on the dashboard', () => {
  it('is listed, shown and counted without its content or category', async () => {
    const list = await read(leader, '/phan-anh');
    expect(list).toMatch(/PA-2026-0001 BVĐK tỉnh cần xử lý riêng cần xử lý riêng · đường dây nóng/);
    const page = await read(focal, '/phan-anh/PA-2026-0001');
    expect(page).toContain('cần xử lý riêng');
    expect(page).toContain('đang xử lý');
    const unit = await read(leader, '/don-vi/BVDK');
    expect(unit).toMatch(/PA-2026-0001 ?: cần xử lý riêng/);
    expect(guard.inspected).toBe(3);
    guard.assertClean();
  });
});
