import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/cli-process.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

// Issue 21: `cli members` and `cli groups`, the operator's view of who holds what. The demo is loaded by a real
// process; the commands themselves run in this one (the command is the point, not the process start).
let dir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tda-e2e-members-'));
  if (process.env.DATABASE_URL) {
    pg = await openTestDatabase();
    env = { DATABASE_URL: pg.url! };
  } else {
    env = { DATA_DIR: path.join(dir, 'data') };
  }
  expect((await runCli(['demo'], env)).code).toBe(0);
}, 120_000);

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli members and cli groups', () => {
  it('lists a branch named by its name as JSON, flagging a unit with no focal point', async () => {
    const run = await runCliInProcess(['members', '--unit', 'TTYT Tam Đường', '--json'], env);
    expect(run.code).toBe(0);
    const roster = JSON.parse(run.stdout) as {
      units: Array<{ code: string; noFocalPoint: boolean; people: Array<{ name: string; role: string }> }>;
    };
    expect(roster.units.map((unit) => unit.code)).toEqual(['TTYT-TD', 'TYT-BINHLU', 'TYT-BANBO']);
    expect(roster.units[0]!.people).toEqual([
      expect.objectContaining({ name: 'Lường Thị Hoa', role: 'focal_point' }),
      expect.objectContaining({ name: 'Tòng Văn Khải', role: 'unit_leader' }),
    ]);
    expect(roster.units.find((unit) => unit.code === 'TYT-BANBO')!.noFocalPoint).toBe(true);
  }, 60_000);

  it('says which units a name fits when it fits several, with exit code 1', async () => {
    const run = await runCliInProcess(['members', '--unit', 'sin ho'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Có 2 đơn vị khớp với “sin ho”:\n1. TTYT-SH — Trung tâm Y tế Sìn Hồ\n2. TYT-SINHO — Trạm Y tế xã Sìn Hồ');
  }, 60_000);

  it('lists every group with its unit', async () => {
    const run = await runCliInProcess(['groups', '--json'], env);
    expect(run.code).toBe(0);
    const groups = JSON.parse(run.stdout) as Array<{ ref: string; unit: string | null; leadersChat: boolean; active: boolean }>;
    expect(groups).toContainEqual(expect.objectContaining({ ref: 'console:nhom-bvdk', unit: 'BVDK', active: true }));
    expect(groups).toContainEqual(expect.objectContaining({ ref: 'console:nhom-lanh-dao-so', leadersChat: true }));
    // one group per demo unit (18, the five offices of the Sở included) and the leaders' group
    expect(groups).toHaveLength(19);
  }, 60_000);
});
