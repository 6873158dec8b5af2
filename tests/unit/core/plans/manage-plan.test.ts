import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import type { PlanProposal, ProposedTask } from '../../../../src/core/plans/import/propose-plan.js';
import { readTaskChange, readTaskNumber } from '../../../../src/core/plans/manage-plan.js';
import type { PlanTaskRecord } from '../../../../src/core/plans/plan.js';
import { diffPlan } from '../../../../src/core/plans/replace-plan.js';

const once = (due: string): DeadlineRule => ({ kind: 'once', due, inclusive: true, precision: 'day' });
const saved = (taskId: number, title: string, codes: string[], rule: DeadlineRule, recipient: string | null = null): PlanTaskRecord => ({
  taskId,
  title,
  rule,
  recipient,
  position: taskId,
  units: codes.map((code, i) => ({ unitId: i + 1, code, name: code })),
});
const proposed = (title: string, unitCodes: string[], rule: DeadlineRule, recipient: string | null = null): ProposedTask => ({
  title,
  rule,
  sourcePhrase: title,
  responsible: null,
  unitCodes,
  recipient,
  warnings: [],
});
const proposal = (tasks: ProposedTask[]): PlanProposal => ({
  plan: { symbol: '215/KH-SYT', code: 'KH215-2027', title: 'Đường dây nóng', shortTitle: null, issuer: null, issuedOn: null, year: 2027 },
  tasks,
  warnings: [],
});

describe('diffPlan: matching a corrected plan to the saved one', () => {
  it('matches by title and units, then by title, then by a title mostly the same for the same units', () => {
    const diff = diffPlan(
      [
        saved(1, 'A) Rà soát, kiện toàn Tổ tiếp nhận phản ánh qua đường dây nóng, hoàn thành', ['BVDK', 'CDC'], once('2027-01-15')),
        saved(2, 'Báo cáo kết quả 6 tháng', ['SYT-VP'], once('2027-06-15')),
        saved(3, 'Trực thuộc chịu trách nhiệm triển khai Kế hoạch này', ['BVDK'], { kind: 'unscheduled', reason: 'no_day' }),
        saved(4, 'Công khai số điện thoại đường dây nóng', ['BVDK'], once('2027-01-31')),
      ],
      proposal([
        proposed('Rà soát, kiện toàn Tổ tiếp nhận phản ánh qua đường dây nóng', ['BVDK', 'CDC'], once('2027-01-15')),
        proposed('Báo cáo kết quả 6 tháng', ['BVDK', 'CDC', 'SYT-VP'], once('2027-06-15'), 'Văn phòng Sở'),
        proposed('Công khai số điện thoại đường dây nóng', ['BVDK'], once('2027-01-31')),
        proposed('Mở hòm thư góp ý hằng tuần', ['BVDK', 'CDC'], { kind: 'unscheduled', reason: 'no_day' }),
      ]),
    );
    expect(diff.unchanged).toBe(1);
    expect(diff.removed.map((t) => t.taskId)).toEqual([3]);
    expect(diff.added.map((t) => t.title)).toEqual(['Mở hòm thư góp ý hằng tuần']);
    expect(diff.changed.map((c) => [c.task.taskId, c.fields])).toEqual([
      [2, ['units', 'recipient']],
      [1, ['title']],
    ]);
  });

  it('says nothing changed when the same text is imported again', () => {
    const diff = diffPlan(
      [saved(1, 'Tập huấn', ['BVDK'], once('2027-03-01'))],
      proposal([proposed('Tập huấn', ['BVDK'], once('2027-03-01'))]),
    );
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });
});

describe('reading /kehoach sửa', () => {
  it('reads the task number in every form the bot prints or people write', () => {
    for (const written of ['NV7', 'nv7', '[NV7]', '#7', '7']) expect(readTaskNumber(written), written).toBe(7);
    expect(readTaskNumber('KH7')).toBeNull();
  });

  it('reads the field with or without diacritics, and nothing without a value', () => {
    expect(readTaskChange('tên Tập huấn mới')).toEqual({ field: 'title', value: 'Tập huấn mới' });
    expect(readTaskChange('đơn vị các bệnh viện')).toEqual({ field: 'units', value: 'các bệnh viện' });
    expect(readTaskChange('donvi BVDK, CDC')).toEqual({ field: 'units', value: 'BVDK, CDC' });
    expect(readTaskChange('hạn trước ngày 15/6 hằng năm')).toEqual({ field: 'deadline', value: 'trước ngày 15/6 hằng năm' });
    expect(readTaskChange('người nhận Văn phòng Sở')).toEqual({ field: 'recipient', value: 'Văn phòng Sở' });
    expect(readTaskChange('han')).toBeNull();
    expect(readTaskChange('mau xanh')).toBeNull();
  });
});
