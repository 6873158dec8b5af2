import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import postgres from 'postgres';
import { localDateOf } from '../../src/core/dates/local-date.js';
import { digestPeriod } from '../../src/core/digest/schedule.js';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { groupMessage, person } from '../../tests/support/telegram-updates.js';

// What the webhook and soak benchmarks share: a throwaway database, the Department they load, and the
// one-line /baocao updates its focal points send.

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function databaseUrl(name: string): { server: string; url: string } {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const server = new URL(base);
  server.pathname = '/postgres';
  base.pathname = `/${name}`;
  return { server: server.toString(), url: base.toString() };
}

/**
 * The address the measured bot is given: `url` itself (TCP), or with BENCH_DATABASE_TRANSPORT=unix-socket the
 * local server's Unix socket (see src/db/connection-url.ts), where Debian's PostgreSQL puts it.
 */
export function botDatabaseUrl(url: string): { url: string; transport: 'unix-socket' | 'tcp' } {
  if (process.env.BENCH_DATABASE_TRANSPORT !== 'unix-socket') return { url, transport: 'tcp' };
  const parsed = new URL(url);
  const port = parsed.port || '5432';
  const directory = '/var/run/postgresql';
  if (!['127.0.0.1', 'localhost'].includes(parsed.hostname) || !existsSync(`${directory}/.s.PGSQL.${port}`))
    throw new Error(`no local PostgreSQL socket for ${parsed.host} in ${directory}`);
  const credentials = `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}`;
  return {
    url: `postgres://${credentials}@localhost:${port}${parsed.pathname}${parsed.search ? `${parsed.search}&` : '?'}host=${directory}`,
    transport: 'unix-socket',
  };
}

/**
 * The load benchmarks' Department: `units` units, each with a bound Telegram group, a focal point and
 * `tasksPerUnit` open tasks due in two months, written with a few set-based statements.
 */
export async function seedReportingDepartment(url: string, units: number, tasksPerUnit: number) {
  const parsed = parseConfig({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error('bad bench configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock: systemClock });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Đơn vị số ' || i, 'ĐV ' || i, 'hospital', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    await sql`insert into chats (chat_ref, platform, kind, title, unit_id)
      select 'telegram:' || (-1000000000000 - i), 'telegram', 'group', 'Nhóm ĐV ' || i, (select id from units where code = 'DV' || i) from generate_series(1, ${units}) i`;
    await sql`insert into members (display_name) select 'Đầu mối ' || i from generate_series(1, ${units}) i`;
    await sql`insert into identities (member_id, platform, external_id, username, display_name)
      select m.id, 'telegram', (100000 + m.id)::text, 'dm' || m.id, m.display_name from members m`;
    await sql`insert into member_roles (member_id, role, unit_id)
      select m.id, 'focal_point', u.id from members m join units u on u.code = 'DV' || replace(m.display_name, 'Đầu mối ', '')`;
    await sql`insert into plans (code, title, short_title, year) values ('BENCH', 'Kế hoạch đo tải', 'KH đo tải', 2026)`;
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    for (let k = 1; k <= tasksPerUnit; k += 1) {
      const rule = { kind: 'once', due, inclusive: true, precision: 'day' };
      await sql`insert into tasks (plan_id, title, rule, position) values ((select id from plans where code = 'BENCH'), ${`Nhiệm vụ đo tải số ${k}`}, ${sql.json(rule)}, ${k})`;
    }
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date) select a.id, 'once', ${due} from assignments a`;
    // This week's digests count as sent (the steady state after Monday morning): otherwise a run on a Monday
    // has the bot build and queue a thousand groups' digests in the middle of the measured load.
    const week = digestPeriod(localDateOf(new Date(), parsed.config.defaultTimezone));
    await sql`insert into digest_runs (chat_ref, period) select chat_ref, ${week} from chats on conflict do nothing`;
    const [{ first }] = (await sql`select min(id)::int as first from tasks`) as unknown as [{ first: number }];
    const [{ memberBase }] = (await sql`select min(id)::int as "memberBase" from members`) as unknown as [{ memberBase: number }];
    return { firstTaskId: first, memberBase };
  } finally {
    await sql.end();
    await app.close();
  }
}

/**
 * The i-th report of the load: units take turns, each reporting on its tasks in order; `updateId` makes it its
 * own platform message (a distinct message_id), as it would be in real groups.
 */
export function reportUpdate(
  department: { firstTaskId: number; memberBase: number },
  units: number,
  tasksPerUnit: number,
  i: number,
  updateId: number,
) {
  const unit = (i % units) + 1;
  const task = department.firstTaskId + (Math.floor(i / units) % tasksPerUnit);
  const memberId = department.memberBase + unit - 1;
  const from = person(100000 + memberId, `Đầu mối ${unit}`, `dm${memberId}`);
  return groupMessage(updateId, -1000000000000 - unit, from, `/baocao NV${task} ${10 + (i % 80)}% đã triển khai nội dung đợt ${i}`);
}
