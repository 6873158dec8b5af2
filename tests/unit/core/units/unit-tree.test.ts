import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../src/core/units/unit.js';
import { inTreeOrder, rootOf } from '../../../../src/core/units/unit-tree.js';

const unit = (id: number, code: string, parentId: number | null): Unit => ({
  id,
  code,
  name: code,
  shortName: null,
  kind: 'other',
  parentId,
  timezone: null,
});

// Listed out of order on purpose: the tree, not the list, decides.
const units = [
  unit(5, 'TYT-A', 3),
  unit(1, 'SYT', null),
  unit(4, 'BV', 1),
  unit(3, 'TTYT', 1),
  unit(2, 'PHONG', 1),
  unit(6, 'TYT-B', 3),
  unit(7, 'ORPHAN', 99),
];

describe('inTreeOrder', () => {
  it('puts each unit before the units under it, siblings in the order they were added', () => {
    expect(inTreeOrder(units).map((u) => u.code)).toEqual(['SYT', 'PHONG', 'TTYT', 'TYT-A', 'TYT-B', 'BV', 'ORPHAN']);
  });

  it('keeps units caught in a loop of parents instead of losing them', () => {
    const loop = [unit(1, 'A', 2), unit(2, 'B', 1), unit(3, 'ROOT', null)];
    expect(
      inTreeOrder(loop)
        .map((u) => u.code)
        .sort(),
    ).toEqual(['A', 'B', 'ROOT']);
  });
});

describe('rootOf', () => {
  it('climbs to the top of the tree', () => {
    expect(rootOf(units, 5)?.code).toBe('SYT');
    expect(rootOf(units, 1)?.code).toBe('SYT');
    expect(rootOf(units, 7)?.code).toBe('ORPHAN');
    expect(rootOf(units, 42)).toBeNull();
  });
});
