import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReviewAnswer } from '../../../../src/core/plans/import/describe-proposal.js';
import { proposePlanFromData } from '../../../../src/core/plans/import/plan-file.js';
import { readPlanText } from '../../../../src/core/plans/import/plan-text.js';
import { projectRoot } from '../../../../src/paths.js';
import { demoUnits, REPORTING_UNITS } from '../../../support/demo-units.js';

const units = demoUnits();
const options = { units, referenceDate: '2026-11-23' };

describe('plans from YAML/JSON', () => {
  it('reads the shipped example: rules given, rules in words, units by code or by name', () => {
    const data = parse(readFileSync(path.join(projectRoot, 'resources/plans/example-plan.yaml'), 'utf8'));
    const result = proposePlanFromData(data, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { plan, tasks } = result.proposal;
    expect(plan).toMatchObject({ symbol: '112/KH-SYT', code: 'TCMR-2026', year: 2026, issuedOn: '2026-03-02' });
    expect(tasks.map((t) => [t.title, t.rule, t.unitCodes])).toEqual([
      ['Báo cáo tiêm chủng thường xuyên hằng tháng', { kind: 'after_period', period: 'month', offset: 5, unit: 'working_days' }, ['CDC']],
      ['Báo cáo sơ kết 6 tháng (15/06)', { kind: 'yearly', month: 6, day: 15, inclusive: false }, REPORTING_UNITS],
      ['Báo cáo sơ kết 6 tháng (15/12)', { kind: 'yearly', month: 12, day: 15, inclusive: false }, REPORTING_UNITS],
      [
        'Tổ chức chiến dịch tiêm bổ sung sởi',
        { kind: 'once', due: '2026-04-30', inclusive: true, precision: 'day' },
        ['BVDK', 'TTYT-TD', 'TTYT-PT', 'TTYT-SH'],
      ],
      ['Báo cáo đột xuất khi có ca bệnh nghi sởi', { kind: 'unscheduled', reason: 'ad_hoc' }, ['SYT-TCCB']],
    ]);
    expect(tasks[3]!.warnings.map((w) => w.code)).toEqual(['past_deadline']);
  });

  it('reads JSON the same way (it is YAML too)', () => {
    const result = proposePlanFromData(
      JSON.parse('{"title":"Kế hoạch thử","year":2027,"tasks":[{"title":"Nộp báo cáo","deadline":"trước ngày 10/01","assign":["cdc"]}]}'),
      options,
    );
    expect(result.ok && result.proposal.tasks).toEqual([
      expect.objectContaining({
        title: 'Nộp báo cáo',
        rule: { kind: 'once', due: '2027-01-10', inclusive: false, precision: 'day' },
        unitCodes: ['CDC'],
      }),
    ]);
  });

  it('lists every problem of a file that does not follow the format, and proposes nothing', () => {
    const result = proposePlanFromData(
      {
        title: '',
        year: 1800,
        tasks: [{ title: 'A', rule: { kind: 'yearly', month: 13, day: 1, inclusive: true } }, { rule: { kind: 'once' } }],
        extra: 1,
      },
      options,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'title', kind: 'invalid' },
        { path: 'year', kind: 'invalid' },
        { path: 'tasks.1.title', kind: 'missing' },
        { path: 'extra', kind: 'unknown_field' },
      ]),
    );
    expect(result.problems.some((p) => p.path.startsWith('tasks.0.rule'))).toBe(true);
    expect(proposePlanFromData('not a plan', options).ok).toBe(false);
  });

  it('refuses a day that is not on the calendar, naming the task and the day, and proposes nothing', () => {
    const result = proposePlanFromData(
      {
        title: 'K',
        year: 2026,
        tasks: [
          { title: 'Nộp báo cáo quý', rule: { kind: 'once', due: '2026-02-31', inclusive: true, precision: 'day' } },
          { title: 'Báo cáo năm', rule: { kind: 'yearly', month: 2, day: 30, inclusive: true } },
          { title: 'Báo cáo nhuận', rule: { kind: 'yearly', month: 2, day: 29, inclusive: true } },
        ],
      },
      options,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'tasks.0.rule.due', kind: 'no_such_date', task: 'Nộp báo cáo quý', value: '31/02/2026' },
        { path: 'tasks.1.rule.day', kind: 'no_such_date', task: 'Báo cáo năm', value: '30/02' },
      ],
    });
    const words = proposePlanFromData(
      { title: 'K', year: 2026, tasks: [{ title: 'Báo cáo tháng', deadline: 'trước ngày 31/04/2026' }] },
      options,
    );
    expect(words).toEqual({
      ok: false,
      problems: [{ path: 'tasks.0.deadline', kind: 'no_such_date', task: 'Báo cáo tháng', value: '31/04/2026' }],
    });
  });

  it('takes the plan’s reminder ladder, what is left out keeping the default', () => {
    const task = { title: 'Nộp báo cáo', rule: { kind: 'yearly', month: 12, day: 15, inclusive: false } };
    const ladder = (reminders: unknown) => {
      const result = proposePlanFromData({ title: 'K', year: 2026, reminders, tasks: [task] }, options);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.proposal.plan.reminderLadder;
    };
    expect(ladder({ before: 5, on_due: false, escalate_after: 2 })).toEqual({
      beforeWorkingDays: 5,
      onDueDate: false,
      afterWorkingDays: 2,
    });
    expect(ladder({ escalate_after: 'never' })).toEqual({ beforeWorkingDays: 3, onDueDate: true, afterWorkingDays: null });
    expect(ladder(undefined)).toBeNull();
    const bad = proposePlanFromData({ title: 'K', reminders: { before: 40, often: true }, tasks: [task] }, options);
    expect(bad.ok ? [] : bad.problems).toEqual(
      expect.arrayContaining([
        { path: 'reminders.before', kind: 'invalid' },
        { path: 'reminders.often', kind: 'unknown_field' },
      ]),
    );
  });

  it('says so when a unit it names does not exist', () => {
    const result = proposePlanFromData({ title: 'K', tasks: [{ title: 'T', assign: ['KHONGCO', 'Bệnh viện Nhi tỉnh'] }] }, options);
    expect(result.ok && result.proposal.tasks[0]!.warnings.map((w) => [w.code, w.params.name])).toEqual([
      ['unit_not_found', 'KHONGCO'],
      ['unit_not_found', 'Bệnh viện Nhi tỉnh'],
      ['no_deadline', undefined],
    ]);
  });
});

describe("the reviewer's answer", () => {
  it.each([
    ['có', { kind: 'yes' }],
    ['Co', { kind: 'yes' }],
    ['lưu', { kind: 'yes' }],
    ['không', { kind: 'no' }],
    ['huỷ', { kind: 'no' }],
    // the same words as the /baocao confirmation (readYesNo)
    ['ok', { kind: 'yes' }],
    ['đồng ý', { kind: 'yes' }],
    ['gửi', { kind: 'yes' }],
    ['Hủy.', { kind: 'no' }],
    ['thôi', { kind: 'no' }],
    ['bỏ 2 5', { kind: 'drop', numbers: [2, 5] }],
    ['bo 2,5, 7-9', { kind: 'drop', numbers: [2, 5, 7, 8, 9] }],
    ['bỏ 40', { kind: 'unclear' }],
    ['để mai', { kind: 'unclear' }],
  ] as const)('%s', (text, expected) => {
    expect(readReviewAnswer(text, 10)).toEqual(expected);
  });
});

describe("reading a plan's header", () => {
  it('takes the number, place, date, title and year; a blank number or day stays unknown', () => {
    const doc = readPlanText(
      'Số: **20** /KH-SYT\n\nLai châu, ngày **07** tháng 02 năm 2020\n\nKẾ HOẠCH\n\nHọc tập và làm theo\n\nnăm 2020\n\nThực hiện Kế hoạch số 1510/KH-BYT.\n\nI. MỤC ĐÍCH\n',
    );
    expect(doc).toMatchObject({
      symbol: '20/KH-SYT',
      place: 'Lai Châu',
      issuedOn: '2020-02-07',
      year: 2020,
      title: 'Học tập và làm theo năm 2020',
      issuer: 'Sở Y tế tỉnh Lai Châu',
    });
    const blank = readPlanText('Số: /KH-SYT\nKhánh Hòa, ngày tháng 3 năm 2019\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n');
    expect(blank).toMatchObject({ symbol: null, issuedOn: null, year: 2019, place: 'Khánh Hòa' });
  });
});
