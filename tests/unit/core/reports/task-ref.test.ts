import { describe, expect, it } from 'vitest';
import { taskCodeSpan } from '../../../../src/core/reports/task-ref.js';

describe('the codes of the tasks a plan saved, in the order of its review', () => {
  it.each([
    [[18, 19, 20, 21, 22], 'NV18–NV22'],
    [[7], 'NV7'],
    [[7, 8], 'NV7, NV8'],
    // another import in between took a number
    [[18, 19, 21], 'NV18, NV19, NV21'],
    [[], ''],
  ])('%j → %s', (ids, span) => {
    expect(taskCodeSpan(ids)).toBe(span);
  });
});
