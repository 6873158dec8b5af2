import postgres from 'postgres';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { buildConsolidatedReport } from '../../src/core/reports/consolidated-report.js';
import { leaderChartData } from '../../src/core/reports/leader-chart-data.js';
import { reportPeriod } from '../../src/core/reports/report-period.js';
import { renderLeaderChart } from '../../src/exports/leader-chart.js';
import { renderReportDocx } from '../../src/exports/report-docx.js';
import { renderReportXlsx } from '../../src/exports/report-xlsx.js';
import { createLogger } from '../../src/logger.js';

function urls(name: string) {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const server = new URL(base);
  server.pathname = '/postgres';
  base.pathname = `/${name}`;
  return { server: server.toString(), url: base.toString() };
}

const timed = async <T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
};

/**
 * The consolidated report of one plan with 20 tasks for every unit of a large Department (1 000 units, 20 000
 * rows; --quick: 200), on PostgreSQL: the data, the spreadsheet, the Word document, and the leaders' chart.
 */
export async function reportBuildBenchmark({ quick }: { quick: boolean }) {
  const units = quick ? 200 : 1000;
  const tasks = 20;
  const name = `tda_bench_report_${process.pid}`;
  const { server, url } = urls(name);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const clock = fixedClock('2026-11-23T09:00:00+07:00');
  const parsed = parseConfig({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế tỉnh Lai Châu', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Trung tâm Y tế số ' || i, 'TTYT ' || i, 'health_center', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    await sql`insert into plans (symbol, code, title, year) values ('99/KH-SYT', 'BENCH', 'Kế hoạch đo tải năm 2026', 2026)`;
    // Deadlines spread over the year, so the report has every bucket.
    await sql`insert into tasks (plan_id, title, rule, position)
      select (select id from plans where code = 'BENCH'), 'Nhiệm vụ số ' || k || ' của kế hoạch đo tải',
             jsonb_build_object('kind', 'once', 'due', to_char(date '2026-01-15' + (k * 17), 'YYYY-MM-DD'), 'inclusive', true, 'precision', 'day'), k
      from generate_series(1, ${tasks}) k`;
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date) select a.id, 'once', (t.rule->>'due')::date from assignments a join tasks t on t.id = a.task_id`;
    // Half of them reported on, two thirds of those finished (some after the due date).
    await sql`insert into reports (occurrence_id, percent, status, text, evidence, created_at)
      select o.id, case when o.id % 3 = 0 then 50 else 100 end, case when o.id % 3 = 0 then 'in_progress' else 'done' end,
             'Đơn vị đã triển khai và gửi báo cáo kết quả thực hiện nhiệm vụ.', '[{"platform":"console","kind":"photo","fileId":"f"}]'::jsonb,
             (o.due_date + (o.id % 5 - 2))::timestamp at time zone 'Asia/Ho_Chi_Minh'
      from occurrences o where o.id % 2 = 0 and o.due_date < date '2026-11-23'`;
    await sql`update occurrences o set status = 'done', completed_at = r.created_at from reports r where r.occurrence_id = o.id and r.status = 'done'`;
    await sql`analyze`;

    const t = app.i18n.translator('vi');
    const options = { today: '2026-11-23', timezone: 'Asia/Ho_Chi_Minh' };
    const calendar = await app.calendar.current();
    const build = await timed(() =>
      buildConsolidatedReport(app.store, { planCode: 'BENCH', period: reportPeriod('year', 2026), calendar, ...options }),
    );
    const xlsx = await timed(() => renderReportXlsx(build.value, t));
    const docx = await timed(() => renderReportDocx(build.value, t));
    const chart = await timed(async () => renderLeaderChart(await leaderChartData(app.store, options), t));
    return {
      units,
      rows: build.value.totals.total,
      buildMs: build.ms,
      xlsxMs: xlsx.ms,
      xlsxBytes: xlsx.value.length,
      docxMs: docx.ms,
      docxBytes: docx.value.length,
      chartMs: chart.ms,
    };
  } finally {
    await sql.end();
    await app.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
