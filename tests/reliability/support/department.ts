import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { groupMessage, person } from '../../support/telegram-updates.js';

/** Unit i's Telegram group. */
export const groupOf = (unit: number) => -1000000000000 - unit;
/** The Telegram user id of unit i's focal point. */
export const focalOf = (unit: number) => 500000 + unit;
export const LEADERS_GROUP = -1000000000000;

export interface Department {
  units: number;
  tasksPerUnit: number;
  /** the id of the unit-independent task k (1-based): every unit is assigned tasks first…first+tasksPerUnit-1 */
  taskId(k: number): number;
}

/**
 * A synthetic Department straight into the database with set-based SQL (the webhook benchmark's shape):
 * `units` units, each with its Telegram group bound to it, a focal point on Telegram and `tasksPerUnit`
 * open tasks due in two months; optionally a leaders' group. Thousands of rows in a second, not through the app.
 */
export async function seedDepartment(
  url: string,
  options: { units: number; tasksPerUnit: number; leadersChat?: boolean; digestDueNow?: boolean },
): Promise<Department> {
  const { units, tasksPerUnit } = options;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Đơn vị số ' || i, 'ĐV ' || i, 'hospital', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    // "due since Monday 00:00 this week": every digest is due whatever the real date, without touching a clock.
    // Otherwise digests are off (/lich tat): the replicas' own digest job, every five minutes, would otherwise
    // post this week's digest into every group in the middle of a test that counts the bot's replies.
    const schedule = options.digestDueNow ? { enabled: true, weekday: 1, time: '00:00' } : { enabled: false, weekday: 1, time: '07:30' };
    await sql`insert into chats (chat_ref, platform, kind, title, unit_id, digest_schedule)
      select 'telegram:' || (${groupOf(0)}::bigint - i), 'telegram', 'group', 'Nhóm ĐV ' || i, (select id from units where code = 'DV' || i), ${sql.json(schedule)}
      from generate_series(1, ${units}) i`;
    if (options.leadersChat) {
      await sql`insert into chats (chat_ref, platform, kind, title, unit_id, is_leaders_chat, digest_schedule)
        values (${`telegram:${LEADERS_GROUP}`}, 'telegram', 'group', 'Lãnh đạo Sở', null, true, ${sql.json(schedule)})`;
    }
    await sql`insert into members (display_name) select 'Đầu mối ' || i from generate_series(1, ${units}) i`;
    await sql`insert into identities (member_id, platform, external_id, username, display_name)
      select m.id, 'telegram', (${focalOf(0)} + replace(m.display_name, 'Đầu mối ', '')::int)::text, 'dm' || replace(m.display_name, 'Đầu mối ', ''), m.display_name from members m`;
    await sql`insert into member_roles (member_id, role, unit_id)
      select m.id, 'focal_point', u.id from members m join units u on u.code = 'DV' || replace(m.display_name, 'Đầu mối ', '')`;
    await sql`insert into plans (code, title, short_title, year) values ('TAI', 'Kế hoạch thử độ bền', 'KH thử độ bền', 2026)`;
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const rule = { kind: 'once', due, inclusive: true, precision: 'day' };
    await sql`insert into tasks (plan_id, title, rule, position)
      select (select id from plans where code = 'TAI'), 'Nhiệm vụ thử số ' || k, ${sql.json(rule)}, k from generate_series(1, ${tasksPerUnit}) k`;
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date) select a.id, 'once', ${due} from assignments a`;
    // every complaint box opened today: the start-up reminder job has nothing to post, so every message the
    // fake server sees is one the test caused
    await sql`insert into box_openings (unit_id, opened_on, letters)
      select id, (now() at time zone 'Asia/Ho_Chi_Minh')::date, 0 from units where code like 'DV%'`;
    const [{ first }] = (await sql`select min(id)::int as first from tasks`) as unknown as [{ first: number }];
    return { units, tasksPerUnit, taskId: (k) => first + k - 1 };
  } finally {
    await sql.end();
  }
}

export interface ReportUpdate {
  update: Update;
  unit: number;
  /** the task's id (what /baocao NV<id> names) */
  taskId: number;
  percent: number;
  /** a phrase only this report's text contains */
  marker: string;
  /** what reports.source_message_id is for it: "<chat ref>:<message id>" */
  source: string;
}

/**
 * `count` one-line reports, one per (unit, task) pair, spread so that consecutive updates come from different
 * groups (Telegram sends a chat's updates one at a time; a burst comes from many groups).
 */
export function reportUpdates(department: Department, count: number, firstUpdateId: number): ReportUpdate[] {
  if (count > department.units * department.tasksPerUnit) throw new Error('more reports than (unit, task) pairs');
  return Array.from({ length: count }, (_, i) => {
    const unit = (i % department.units) + 1;
    const taskId = department.taskId(Math.floor(i / department.units) + 1);
    const percent = 1 + ((i * 37) % 98);
    const marker = `đợt thử ${i}`;
    const from = person(focalOf(unit), `Đầu mối ${unit}`, `dm${unit}`);
    const update = groupMessage(firstUpdateId + i, groupOf(unit), from, `/baocao NV${taskId} ${percent}% ${marker} đã triển khai`);
    return { update, unit, taskId, percent, marker, source: `telegram:${groupOf(unit)}:${update.message!.message_id}` };
  });
}
