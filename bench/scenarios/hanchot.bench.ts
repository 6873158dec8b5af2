import { createApp } from '../../src/app.js';
import type { IncomingMessage } from '../../src/chat/messages.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { createBenchDatabase } from '../support/bench-postgres.js';

const CAPABILITIES = { buttons: false, edit: false, files: false, threads: false, maxTextLength: 100_000 };

/**
 * /hanchot for one unit when the Department has 10 000 units with 50 tasks each (500 000 occurrences), on
 * PostgreSQL, through the whole pipeline: identity, roles, the unit's group, the query, the rendering.
 */
export async function hanchotBenchmark({ quick }: { quick: boolean }) {
  const units = quick ? 2000 : 10_000;
  const tasks = 50;
  const samples = quick ? 200 : 1000;
  const database = await createBenchDatabase('hanchot');
  const { url, sql } = database;
  const clock = fixedClock('2026-11-23T09:00:00+07:00');
  const parsed = parseConfig({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock });
  try {
    const seeding = performance.now();
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Đơn vị số ' || i, 'ĐV ' || i, 'health_center', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    await sql`insert into chats (chat_ref, platform, kind, title, unit_id) select 'console:dv' || u.code, 'console', 'group', u.name, u.id from units u where u.code like 'DV%'`;
    await sql`insert into members (display_name) select 'Đầu mối ' || i from generate_series(1, ${units}) i`;
    await sql`insert into identities (member_id, platform, external_id, username, display_name) select m.id, 'console', 'dm' || m.id, 'dm' || m.id, m.display_name from members m`;
    await sql`insert into member_roles (member_id, role, unit_id) select m.id, 'focal_point', u.id from members m join units u on u.code = 'DV' || (m.id)::text`;
    await sql`insert into plans (code, title, short_title, year) values ('BENCH', 'Kế hoạch đo tải', 'KH đo tải', 2026)`;
    // Fifty tasks with deadlines spread over the year, so every window holds some.
    await sql`insert into tasks (plan_id, title, rule, position)
      select (select id from plans where code = 'BENCH'), 'Nhiệm vụ số ' || k,
             jsonb_build_object('kind', 'once', 'due', to_char(date '2026-01-05' + (k * 7), 'YYYY-MM-DD'), 'inclusive', true, 'precision', 'day'), k
      from generate_series(1, ${tasks}) k`;
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date, status)
      select a.id, 'once', (t.rule->>'due')::date, case when random() < 0.4 and (t.rule->>'due')::date < date '2026-11-23' then 'done' else 'open' end
      from assignments a join tasks t on t.id = a.task_id`;
    await sql`analyze`;
    const seedMs = Math.round(performance.now() - seeding);

    const latencies: number[] = [];
    for (let i = 0; i < samples + 50; i += 1) {
      const unit = 1 + Math.floor(Math.random() * units);
      const message: IncomingMessage = {
        chat: `console:dvDV${unit}`,
        chatKind: 'group',
        chatTitle: null,
        sender: { platform: 'console', id: `dm${unit + 0}`, displayName: `Đầu mối ${unit}` },
        text: i % 2 === 0 ? '/hanchot 30' : '/quahan',
        messageId: String(i),
        addressedToBot: true,
        receivedAt: clock.now(),
      };
      const started = performance.now();
      const result = await app.dispatcher.dispatch(message, { capabilities: CAPABILITIES, botUsername: null });
      if (i >= 50) latencies.push(performance.now() - started);
      if (!result.reply || result.failed) throw new Error('no answer');
    }
    latencies.sort((a, b) => a - b);
    const at = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(2));
    return { units, tasks, occurrences: units * tasks, samples, seedMs, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
  } finally {
    await app.close();
    await database.drop();
  }
}
