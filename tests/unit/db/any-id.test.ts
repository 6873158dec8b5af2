import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { anyId } from '../../../src/db/any-id.js';
import { occurrences } from '../../../src/db/schema/index.js';

const dialect = new PgDialect();

describe('anyId', () => {
  it('sends a list of ids of any length as one parameter, so that every length is the same statement', () => {
    const one = dialect.sqlToQuery(anyId(occurrences.unitId, [7]));
    const many = dialect.sqlToQuery(
      anyId(
        occurrences.unitId,
        Array.from({ length: 2000 }, (_, i) => i + 1),
      ),
    );
    expect(one.sql).toBe('"occurrences"."unit_id" = any($1::int[])');
    expect(many.sql).toBe(one.sql);
    expect(one.params).toEqual(['{7}']);
    expect(many.params).toHaveLength(1);
    expect(dialect.sqlToQuery(anyId(occurrences.unitId, [])).params).toEqual(['{}']);
  });

  it('refuses anything but whole numbers, which go into the parameter as text', () => {
    expect(() => anyId(occurrences.unitId, [1, 2.5])).toThrow(TypeError);
    expect(() => anyId(occurrences.unitId, [Number.NaN])).toThrow(TypeError);
    expect(() => anyId(occurrences.unitId, ['1},{2' as unknown as number])).toThrow(TypeError);
  });
});
