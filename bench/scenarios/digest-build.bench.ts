import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { buildDigests, runDigests } from '../../src/jobs/digest.job.js';
import { createLogger } from '../../src/logger.js';
import { createBenchDatabase } from '../support/bench-postgres.js';

// Monday 30/11/2026 at 08:05: every unit group and the leaders' group are due.
const MONDAY = '2026-11-30T08:05:00+07:00';

/**
 * Builds every digest of a Monday when the Department has 10 000 units, each with a group, a focal point and
 * 20 open occurrences (overdue, due this week, later), some reports last week and some late feedback; then
 * claims and queues them as the job does. On PostgreSQL.
 */
export async function digestBuildBenchmark({ quick }: { quick: boolean }) {
  const units = quick ? 2000 : 10_000;
  const tasks = 20;
  const database = await createBenchDatabase('digest');
  const { url, sql } = database;
  const clock = fixedClock(MONDAY);
  const parsed = parseConfig({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock });
  try {
    const seeding = performance.now();
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Trung tâm Y tế số ' || i, 'TTYT ' || i, 'health_center', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    await sql`insert into chats (chat_ref, platform, kind, title, unit_id) select 'telegram:' || (-1000000000000 - u.id), 'telegram', 'group', u.name, u.id from units u where u.code like 'DV%'`;
    await sql`insert into chats (chat_ref, platform, kind, title, is_leaders_chat) values ('telegram:-999', 'telegram', 'group', 'Lãnh đạo Sở', true)`;
    await sql`insert into members (display_name) select 'Đầu mối ' || i from generate_series(1, ${units}) i`;
    await sql`insert into identities (member_id, platform, external_id, username, display_name) select m.id, 'telegram', (100000 + m.id)::text, 'dm' || m.id, m.display_name from members m`;
    await sql`insert into member_roles (member_id, role, unit_id) select m.id, 'focal_point', u.id from members m join units u on u.code = 'DV' || (m.id)::text`;
    await sql`insert into plans (code, title, short_title, year) values ('BENCH', 'Kế hoạch đo tải', 'KH đo tải', 2026)`;
    // Twenty tasks a week apart around the Monday: six overdue, one due this week, the rest later.
    await sql`insert into tasks (plan_id, title, rule, position)
      select (select id from plans where code = 'BENCH'), 'Nhiệm vụ số ' || k || ' của kế hoạch đo tải',
             jsonb_build_object('kind', 'once', 'due', to_char(date '2026-10-23' + (k * 7), 'YYYY-MM-DD'), 'inclusive', true, 'precision', 'day'), k
      from generate_series(1, ${tasks}) k`;
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date, status) select a.id, 'once', (t.rule->>'due')::date, 'open' from assignments a join tasks t on t.id = a.task_id`;
    // A third of the units reported last week on the task due this week.
    await sql`insert into reports (occurrence_id, reporter_id, percent, status, text, created_at)
      select o.id, m.id, 60, 'in_progress', 'Đã triển khai', timestamptz '2026-11-25 10:00+07'
      from occurrences o join assignments a on a.id = o.assignment_id join tasks t on t.id = a.task_id
      join members m on m.id = a.unit_id - 1
      where t.position = 6 and a.unit_id % 3 = 0`;
    // Every fifth unit has a complaint past its deadline.
    await sql`insert into feedback_tickets (code, unit_id, channel, received_at, category, severity, content, sla_due)
      select 'PA-2026-' || lpad(u.id::text, 5, '0'), u.id, 'hotline', timestamptz '2026-11-02 09:00+07', 'attitude', 'normal', 'Chờ khám lâu', date '2026-11-05'
      from units u where u.code like 'DV%' and u.id % 5 = 0`;
    await sql`analyze`;
    const seedMs = Math.round(performance.now() - seeding);

    const deps = { store: app.store, i18n: app.i18n, calendar: app.calendar, timezone: app.config.defaultTimezone };
    const building = performance.now();
    const { messages } = await buildDigests(deps, new Date(MONDAY));
    const seconds = (performance.now() - building) / 1000;
    if (messages.length !== units + 1) throw new Error(`expected ${units + 1} digests, built ${messages.length}`);
    const longest = Math.max(...messages.map((m) => m.text.length));

    const queueing = performance.now();
    const queued = await runDigests(deps, new Date(MONDAY));
    const queueSeconds = (performance.now() - queueing) / 1000;
    if (queued.length !== units + 1) throw new Error(`expected ${units + 1} queued, got ${queued.length}`);
    return {
      units,
      seconds: Number(seconds.toFixed(2)),
      openOccurrencesPerUnit: tasks,
      digests: messages.length,
      seedMs,
      buildAndQueueSeconds: Number(queueSeconds.toFixed(2)),
      longestDigestChars: longest,
    };
  } finally {
    await app.close();
    await database.drop();
  }
}
