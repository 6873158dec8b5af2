import { describe, expect, it } from 'vitest';
import { proposePlanFromText } from '../../../../src/core/plans/import/propose-plan.js';
import { applyReviewEdit, readReviewEdit, type ReviewState } from '../../../../src/core/plans/import/review-proposal.js';
import { demoUnits, REPORTING_UNITS } from '../../../support/demo-units.js';

const units = demoUnits();
const TODAY = '2026-12-06';
const PLAN = `Số: 9/KH-SYT
Lai Châu, ngày 01 tháng 12 năm 2026
KẾ HOẠCH
Thử nghiệm năm 2027
II. NỘI DUNG
1. Văn phòng Sở rà soát quy chế làm việc; tổng hợp báo cáo trước ngày 15/6/2027.
2. Các đơn vị trực thuộc tổ chức tập huấn trong quý II/2027.
`;

function start(): ReviewState {
  return { proposal: proposePlanFromText(PLAN, { units, referenceDate: TODAY }), dropped: [] };
}

function apply(state: ReviewState, text: string): ReviewState {
  const edit = readReviewEdit(text);
  expect(edit, text).not.toBeNull();
  const result = applyReviewEdit(state, edit!, { units, referenceDate: TODAY });
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('correcting a proposal like a draft', () => {
  it('reads every correction with or without diacritics', () => {
    expect(readReviewEdit('sửa 3 Tập huấn cán bộ')).toEqual({ kind: 'rename', number: 3, title: 'Tập huấn cán bộ' });
    expect(readReviewEdit('sua 3 Tap huan')).toEqual({ kind: 'rename', number: 3, title: 'Tap huan' });
    expect(readReviewEdit('giao 3 cho các bệnh viện')).toEqual({ kind: 'assign', number: 3, who: 'các bệnh viện' });
    expect(readReviewEdit('han 2 truoc ngay 15/6 hang nam')).toEqual({ kind: 'deadline', number: 2, phrase: 'truoc ngay 15/6 hang nam' });
    expect(readReviewEdit('nhận 1 Văn phòng Sở')).toEqual({ kind: 'recipient', number: 1, name: 'Văn phòng Sở' });
    expect(readReviewEdit('gộp 2 3')).toEqual({ kind: 'merge', into: 2, from: 3 });
    expect(readReviewEdit('tach 4')).toEqual({ kind: 'split', number: 4 });
    expect(readReviewEdit('thêm Báo cáo quý trước ngày 20 của tháng cuối quý')).toEqual({
      kind: 'add',
      text: 'Báo cáo quý trước ngày 20 của tháng cuối quý',
    });
    expect(readReviewEdit('có')).toBeNull();
  });

  it('applies them, keeping the numbers shown', () => {
    let state = start();
    const count = state.proposal.tasks.length;
    expect(count).toBeGreaterThanOrEqual(2);
    state = apply(state, 'giao 1 cho các bệnh viện');
    expect(state.proposal.tasks[0]!.unitCodes).toEqual(['BVDK', 'BVYHCT', 'BVPHOI']);
    state = apply(state, 'giao 1 cho cac don vi truc thuoc');
    expect(state.proposal.tasks[0]!.unitCodes).toEqual(REPORTING_UNITS);
    state = apply(state, 'hạn 1 trước ngày 15/6 và 15/12 hằng năm');
    expect(state.proposal.tasks[0]!.rule).toEqual({ kind: 'yearly', month: 6, day: 15, inclusive: false });
    state = apply(state, 'sửa 1 Rà soát quy chế');
    expect(state.proposal.tasks[0]!.title).toBe('Rà soát quy chế');
    state = apply(state, 'nhận 1 Sở Y tế (qua Văn phòng Sở)');
    expect(state.proposal.tasks[0]!.recipient).toBe('Sở Y tế (qua Văn phòng Sở)');
    state = apply(state, 'thêm Các bệnh viện báo cáo quý trước ngày 20 của tháng cuối quý');
    expect(state.proposal.tasks[count]).toMatchObject({
      rule: { kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: false },
      unitCodes: ['BVDK', 'BVYHCT', 'BVPHOI'],
    });
    state = apply(state, `gộp 1 ${count + 1}`);
    expect(state.dropped).toEqual([count + 1]);
    // a struck-out number is not a task any more
    const again = applyReviewEdit(state, { kind: 'rename', number: count + 1, title: 'x' }, { units, referenceDate: TODAY });
    expect(again).toEqual({ error: 'plan-review-no-task' });
    expect(applyReviewEdit(state, { kind: 'assign', number: 1, who: 'Bộ Quốc phòng' }, { units, referenceDate: TODAY })).toEqual({
      error: 'plan-review-unit-unknown',
    });
  });

  it('gives a task to every unit of a list, or asks again: never to some of them in silence', () => {
    let state = start();
    state = apply(state, 'giao 1 cho CDC, TTYT Tam Đường');
    expect(state.proposal.tasks[0]!.unitCodes).toEqual(['CDC', 'TTYT-TD']);
    state = apply(state, 'giao 1 cho bv phoi va bvdk');
    expect(state.proposal.tasks[0]!.unitCodes).toEqual(['BVPHOI', 'BVDK']);
    state = apply(state, 'giao 1 cho các bệnh viện và CDC');
    expect(state.proposal.tasks[0]!.unitCodes).toEqual(['BVDK', 'BVYHCT', 'BVPHOI', 'CDC']);
    const partial = applyReviewEdit(state, readReviewEdit('giao 1 cho CDC và Bộ Quốc phòng')!, { units, referenceDate: TODAY });
    expect(partial).toEqual({ error: 'plan-review-unit-unknown' });
  });
});
