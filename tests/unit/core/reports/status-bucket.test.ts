import { describe, expect, it } from 'vitest';
import { type BucketFacts, statusBucket, totalsOf } from '../../../../src/core/reports/status-bucket.js';

const open = { done: false, dated: true, completedOnTime: null, completedByDueDate: null, pastDue: false } satisfies BucketFacts;

describe('statusBucket', () => {
  it.each([
    ['open before its due date', { ...open }, 'open_on_time'],
    ['open past its due date', { ...open, pastDue: true }, 'open_overdue'],
    ['open without a date', { ...open, dated: false, pastDue: false }, 'no_deadline'],
    ['done, stored on time', { ...open, done: true, completedOnTime: true, completedByDueDate: false, pastDue: true }, 'done_on_time'],
    ['done, stored late and late by the dates', { ...open, done: true, completedOnTime: false, completedByDueDate: false }, 'done_late'],
    // the old rule stored a Saturday report on a Sunday last day as late: the dates (Đ.148 k.5) correct it
    [
      'done, stored late but on time by the dates',
      { ...open, done: true, completedOnTime: false, completedByDueDate: true },
      'done_on_time',
    ],
    ['done, stored late, no dates', { ...open, done: true, completedOnTime: false, completedByDueDate: null }, 'done_late'],
    ['done without a stored flag, by the due date', { ...open, done: true, completedByDueDate: true, pastDue: true }, 'done_on_time'],
    ['done without a stored flag, after the due date', { ...open, done: true, completedByDueDate: false, pastDue: true }, 'done_late'],
    ['done without a date', { ...open, done: true, dated: false }, 'done_on_time'],
  ] as const)('%s → %s', (_, facts, bucket) => {
    expect(statusBucket(facts)).toBe(bucket);
  });
});

describe('totalsOf', () => {
  it('counts open overdue items against the on-time rate and leaves open items within their deadline out', () => {
    const totals = totalsOf([
      { bucket: 'done_on_time', count: 3 },
      { bucket: 'done_late' },
      { bucket: 'open_overdue', count: 2 },
      { bucket: 'open_on_time', count: 10 },
      { bucket: 'no_deadline', count: 4 },
    ]);
    expect(totals).toEqual({ doneOnTime: 3, doneLate: 1, openOverdue: 2, openOnTime: 10, noDeadline: 4, total: 20, onTimeRate: 0.5 });
  });

  it('has no rate while nothing is done or overdue', () => {
    expect(totalsOf([{ bucket: 'open_on_time' }, { bucket: 'no_deadline' }]).onTimeRate).toBeNull();
    expect(totalsOf([]).total).toBe(0);
  });
});
