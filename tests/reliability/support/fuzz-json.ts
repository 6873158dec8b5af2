import fc from 'fast-check';

/**
 * Mutations of realistic platform payloads: a field deleted, replaced by any JSON value (or by something JSON
 * cannot even say, like undefined), or wrapped in an array. The paths are chosen among the payload's own, so
 * every nesting level gets hit, and a failure shrinks to the one mutation that matters.
 */

type Json = unknown;

export interface Mutation {
  at: number;
  action: 'delete' | 'replace' | 'wrap' | 'stringify' | 'null';
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('delete', 'replace', 'replace', 'wrap', 'stringify', 'null'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.anything({ maxDepth: 1 }),
    fc.constantFrom(-1, 0, 1e20, 2 ** 53 + 1, '', ' ', 'private', 'group', 'supergroup', true, [], {}),
  ),
});

function pathsOf(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf((value as Record<string, unknown>)[key], path, out);
    }
  }
  return out;
}

export function applyMutations(original: Json, mutations: readonly Mutation[]): Json {
  let payload: Json = structuredClone(original);
  for (const m of mutations) {
    const paths = pathsOf(payload);
    if (paths.length === 0) {
      payload = m.value;
      continue;
    }
    const path = paths[m.at % paths.length]!;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, key) => node[key] as Record<string | number, unknown>,
        payload as Record<string, unknown>,
      );
    const key = path.at(-1)!;
    if (m.action === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.action === 'replace') parent[key] = m.value;
    else if (m.action === 'wrap') parent[key] = [parent[key]];
    else if (m.action === 'stringify') parent[key] = typeof parent[key] === 'string' ? Number(parent[key]) : String(parent[key]);
    else parent[key] = null;
  }
  return payload;
}

/** A realistic payload with up to `max` mutations. */
export function mutated(realistic: fc.Arbitrary<Json>, max = 4): fc.Arbitrary<Json> {
  return fc.tuple(realistic, fc.array(mutation, { maxLength: max })).map(([payload, mutations]) => applyMutations(payload, mutations));
}
