import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runZaloCli, type CliIo } from '../../src/adapters/zalo-oa/oa.cli.js';
import { OA_GROUP, OA_OTHER_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

let h: ZaloHarness;
beforeAll(async () => {
  h = await startZaloHarness({ bot: false });
  await h.fake.waitFor(() => h.fake.refreshCalls().length === 1);
});
afterAll(() => h.stop());

async function cli(argv: string[], answer?: (printed: string[]) => string | null): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [] };
  const io: CliIo = {
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
    ...(answer ? { ask: async () => answer(run.out) } : {}),
  };
  run.code = await runZaloCli(h.app, argv, io, 'vi');
  return run;
}

const storedAccessToken = async () => {
  const { createZaloTokensRepository } = await import('../../src/db/repositories/zalo-tokens.repository.js');
  return (await createZaloTokensRepository({ db: h.db.db, driver: h.db.driver }).read(h.fake.appId))?.accessToken;
};

describe('cli zalo auth', () => {
  it('prints the authorization link with PKCE, then exchanges the code Zalo redirected with', async () => {
    const printed = await cli(['auth', '--redirect-uri', 'https://bot.example.vn/zalo/callback']);
    expect(printed.code).toBe(0);
    const link = new URL(printed.out.find((line) => line.startsWith('http'))!);
    expect(link.origin + link.pathname).toBe(`${h.fake.base}/v4/oa/permission`);
    expect(link.searchParams.get('app_id')).toBe(h.fake.appId);
    expect(link.searchParams.get('redirect_uri')).toBe('https://bot.example.vn/zalo/callback');
    expect(link.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(printed.out.join('\n')).toContain('zalo auth --url');

    const before = await storedAccessToken();
    const code = h.fake.approve(link.searchParams.get('code_challenge')!);
    const redirected = `https://bot.example.vn/zalo/callback?code=${code}&oa_id=${h.fake.oaId}&state=${link.searchParams.get('state')}`;
    const exchanged = await cli(['auth', '--url', redirected]);
    expect(exchanged).toMatchObject({ code: 0, err: [] });
    expect(exchanged.out).toEqual([
      'Đã lưu token mới cho OA “Sở Y tế Lai Châu” (token truy cập dùng được khoảng 25 giờ; trợ lý tự làm mới khoảng 12 giờ một lần).',
    ]);
    expect(await storedAccessToken()).not.toBe(before);
    expect(h.fake.calls.filter((c) => c.path === '/v4/oa/access_token').at(-1)!.body).toMatchObject({
      grant_type: 'authorization_code',
      code,
    });
    // the request served once
    expect(await cli(['auth', '--url', redirected])).toMatchObject({
      code: 1,
      err: [expect.stringContaining('Không có yêu cầu cấp quyền nào đang chờ')],
    });
  });

  it('takes the pasted address at a terminal in one go', async () => {
    const run = await cli(['auth', '--redirect-uri', 'https://bot.example.vn/zalo/callback'], (printed) => {
      const link = new URL(printed.find((line) => line.startsWith('http'))!);
      return `https://bot.example.vn/zalo/callback?code=${h.fake.approve(link.searchParams.get('code_challenge')!)}&state=${link.searchParams.get('state')}`;
    });
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toContain('Đã lưu token mới');
  });

  it('explains a refused code, and a missing redirect address, in the operator’s language', async () => {
    await cli(['auth', '--redirect-uri', 'https://bot.example.vn/zalo/callback']);
    const wrong = await cli(['auth', '--code', h.fake.approve('not-the-challenge-of-this-request-00000000')]);
    expect(wrong).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^Zalo từ chối: máy chủ cấp quyền của Zalo từ chối.*\(mã lỗi -14003\)\.$/)],
    });
    expect(await cli(['auth'])).toMatchObject({ code: 1, err: [expect.stringContaining('ZALO_OA_REDIRECT_URI')] });
    expect(await cli(['auth', '--url', 'https://bot.example.vn/zalo/callback?error=access_denied'])).toMatchObject({
      code: 1,
      err: [expect.stringContaining('Không tìm thấy mã code')],
    });
  });
});

describe('cli zalo groups', () => {
  it('lists the OA’s groups with their links and the units they are bound to', async () => {
    const run = await cli(['groups']);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      `${OA_GROUP}  Nhóm BVĐK tỉnh  (2 thành viên, enabled)  đơn vị: BVDK  mời: https://zalo.me/g/${OA_GROUP.slice(0, 9)}`,
      `${OA_OTHER_GROUP}  Nhóm mới  (1 thành viên, enabled)  đơn vị: chưa gắn  mời: https://zalo.me/g/${OA_OTHER_GROUP.slice(0, 9)}`,
    ]);
  });

  it('creates a unit group from an asset with the admins in it, prints its invite link and binds it', async () => {
    const assets = await cli(['assets']);
    expect(assets.out).toEqual(['a-gmf10-0001  gmf10  available  hạn đến 2027-06-30']);
    const run = await cli(['group', 'create', '--unit', 'cdc', '--asset', 'a-gmf10-0001']);
    expect(run.code).toBe(0);
    const created = h.fake.calls.filter((c) => c.path === '/v3.0/oa/group/creategroupwithoa').at(-1)!;
    expect(created.body).toMatchObject({
      group_name: 'CDC tỉnh — Trợ lý Đầu mối',
      asset_id: 'a-gmf10-0001',
      member_user_ids: [h.people.admin.id],
    });
    const groupId = [...h.fake.groups.keys()].at(-1)!;
    expect(run.out).toEqual([
      `Đã tạo nhóm ${groupId} với 1 thành viên và gắn với Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC).`,
      `Liên kết mời vào nhóm (gửi cho cán bộ của đơn vị): https://zalo.me/g/${groupId.slice(0, 9)}`,
    ]);
    const chat = await h.app.store.chats.get(`zalo-oa:${groupId}`);
    expect(chat).toMatchObject({
      platform: 'zalo-oa',
      kind: 'group',
      unitId: (await h.app.store.units.findByCode('CDC'))!.id,
      active: true,
    });
    // The new group works: its focal point can ask for the unit's tasks.
    expect((await h.oaGroupSay(groupId, h.people.admin, '/nhiemvu'))[0]).toMatch(
      /^Nhiệm vụ đang mở của Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu/,
    );

    const again = await cli(['group', 'create', '--unit', 'CDC', '--asset', 'a-gmf10-0001']);
    expect(again).toMatchObject({ code: 1, err: [expect.stringContaining('gói nhóm (asset) này đã dùng')] });
  });

  it('binds an existing group, and says what is wrong with a bad unit or missing options', async () => {
    expect(await cli(['group', 'bind', '--group', OA_OTHER_GROUP, '--unit', 'TTYT-PT'])).toMatchObject({
      code: 0,
      out: [`Đã gắn nhóm ${OA_OTHER_GROUP} với Trung tâm Y tế Phong Thổ (TTYT-PT).`],
    });
    expect((await cli(['group', 'bind', '--group', OA_OTHER_GROUP, '--unit', 'TTYT-PTT'])).err[0]).toContain('TTYT-PT');
    // moved to another unit: said so, with the unit it leaves
    const moved = await cli(['group', 'bind', '--group', OA_OTHER_GROUP, '--unit', 'CDC']);
    expect(moved.out[1]).toBe(
      'Lưu ý: nhóm này trước đây gắn với Trung tâm Y tế Phong Thổ (TTYT-PT); từ nay nhắc hạn và bản tin của đơn vị đó không gửi vào nhóm này nữa.',
    );
    expect((await cli(['group', 'bind', '--group', OA_OTHER_GROUP, '--unit', 'CDC'])).out).toHaveLength(1);
    expect(await cli(['group', 'create', '--unit', 'CDC'])).toMatchObject({
      code: 2,
      err: [expect.stringContaining('Cách dùng: zalo group create')],
    });
  });

  it('shows the token status and the OA, and the usage for an unknown subcommand', async () => {
    const status = await cli(['status']);
    expect(status.out[0]).toMatch(/^Token truy cập hết hạn lúc \d{4}-/);
    expect(status.out[1]).toBe(`OA: Sở Y tế Lai Châu (mã ${h.fake.oaId}), gói Gói Nâng cao, hạn đến 31/12/2027.`);
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: [expect.stringContaining('zalo group create --unit MÃ --asset ID')] });
  });
});
