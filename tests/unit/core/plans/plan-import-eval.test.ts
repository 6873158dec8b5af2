import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, EVAL_TODAY, evaluatePlanImport, evaluationUnits } from '../../../../bench/plans/evaluation.js';
import { proposePlanFromText } from '../../../../src/core/plans/import/propose-plan.js';

const REPORTING = ['BVDK', 'BVYHCT', 'BVPHOI', 'CDC', 'TTYT-TD', 'TTYT-PT', 'TTYT-SH'];

describe('importing plans the importer was not tuned on (tests/fixtures/plans-eval)', () => {
  it('meets the targets of issue 18', () => {
    const result = evaluatePlanImport();
    expect(result.plans).toBeGreaterThanOrEqual(10);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.invented).toBeLessThanOrEqual(0.05);
    expect(result.deadlineAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.unitAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.fullyRight).toBeGreaterThanOrEqual(0.8);
  });

  it('215/KH-SYT imports as an officer would write it down', () => {
    const text = readFileSync(path.join(EVAL_DIR, '01-duong-day-nong.txt'), 'utf8');
    const { tasks } = proposePlanFromText(text, { units: evaluationUnits(), referenceDate: EVAL_TODAY });
    const byTitle = (start: string) => tasks.filter((t) => t.title.startsWith(start));
    expect(byTitle('Rà soát, kiện toàn Tổ tiếp nhận')[0]).toMatchObject({
      title: 'Rà soát, kiện toàn Tổ tiếp nhận và xử lý thông tin đường dây nóng của đơn vị',
      rule: { kind: 'once', due: '2027-01-15', inclusive: false },
      unitCodes: REPORTING,
    });
    // item b) is kept, c) is weekly, đ) waits for an event
    expect(byTitle('Công khai số điện thoại đường dây nóng')).toHaveLength(1);
    expect(byTitle('Mở hòm thư góp ý')[0]!.rule).toEqual({ kind: 'weekly', weekday: 1 });
    expect(tasks.find((t) => t.sourcePhrase.includes('sự cố y khoa'))!.rule).toEqual({ kind: 'unscheduled', reason: 'event' });
    // every unit owes the twice-yearly report; "(qua Văn phòng Sở)" is whom it goes through, not who does it
    const reports = byTitle('Tổng hợp, báo cáo kết quả tiếp nhận');
    expect(reports.map((t) => [t.rule, t.unitCodes, t.recipient])).toEqual([
      [{ kind: 'yearly', month: 6, day: 15, inclusive: false }, REPORTING, 'Sở Y tế (qua Văn phòng Sở)'],
      [{ kind: 'yearly', month: 12, day: 15, inclusive: false }, REPORTING, 'Sở Y tế (qua Văn phòng Sở)'],
    ]);
    // no list markers, no "hoàn thành" tail, no "chịu trách nhiệm triển khai Kế hoạch này"
    for (const task of tasks) {
      expect(task.title).not.toMatch(/^[a-zđ]\)|^[A-ZĐ]\)|hoàn thành$/u);
      expect(task.title.length).toBeLessThanOrEqual(125);
    }
    expect(tasks.some((t) => /chịu trách nhiệm triển khai/u.test(t.title))).toBe(false);
  });
});
