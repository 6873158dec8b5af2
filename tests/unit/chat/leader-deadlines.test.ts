import { describe, expect, it } from 'vitest';
import { weekendOnlyCalendar } from '../../../src/core/calendar/working-calendar.js';
import type { OpenTask } from '../../../src/core/plans/plan.js';
import { leaderLines, UNITS_PER_LINE } from '../../../src/chat/format/leader-deadlines.js';

const t = (key: string, args: Record<string, unknown> = {}) => `${key}${JSON.stringify(args)}`;
const task = (unitId: number, taskId = 7): OpenTask => ({
  occurrenceId: unitId * 100 + taskId,
  assignmentId: unitId * 100 + taskId,
  taskId,
  unitId,
  unitName: `Đơn vị ${unitId}`,
  title: 'Báo cáo sơ kết',
  planLabel: 'KH 1',
  period: '2026',
  dueDate: '2026-11-20',
  rule: { kind: 'once', due: '2026-11-20', inclusive: true, precision: 'day' },
  lastReport: null,
});

describe("a leader's list over many units", () => {
  const ctx = { t: t as never, today: '2026-11-23', calendar: weekendOnlyCalendar };
  const names = new Map(Array.from({ length: 40 }, (_, i) => [i + 1, `ĐV${i + 1}`]));

  it('gives one line per task with the units owing it, naming at most a dozen and counting the rest', () => {
    const lines = leaderLines(
      ctx,
      Array.from({ length: 40 }, (_, i) => task(i + 1)),
      'task',
      names,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toContain('"count":40');
    expect(lines[0]!.text).toContain(`leader-units-more`);
    expect(lines[0]!.text).toContain(`\\"count\\":${40 - UNITS_PER_LINE}`);
    expect(lines[0]!.text).toContain('ĐV12');
    expect(lines[0]!.text).not.toContain('ĐV13,');
  });

  it('gives one line per unit with the tasks it owes', () => {
    const lines = leaderLines(ctx, [task(1, 7), task(1, 8), task(2, 7)], 'unit', names);
    expect(lines.map((line) => line.key)).toEqual(['1', '2']);
    expect(lines[0]!.text).toContain('"unit":"ĐV1","count":2');
  });
});
