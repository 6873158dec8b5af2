import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

/** The variables `.env.example` sets (`KEY=` at the start of a line). */
async function envExampleKeys(): Promise<string[]> {
  const text = await readFile(path.join(projectRoot, '.env.example'), 'utf8');
  return [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
}

/** The variables named in the first column of the README's configuration table. */
async function readmeTableKeys(): Promise<string[]> {
  const text = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
  const section = /^## Configuration\n([\s\S]*?)(?=^## )/m.exec(text)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}

const sorted = (keys: readonly string[]) => [...new Set(keys)].sort();

describe('configuration documentation', () => {
  it('.env.example sets every variable the configuration reads, and no other', async () => {
    const keys = await envExampleKeys();
    expect(sorted(keys)).toEqual(sorted(CONFIG_KEYS));
    expect(keys.length, 'a variable is listed twice').toBe(new Set(keys).size);
  });

  it("the README's configuration table lists every variable the configuration reads, and no other", async () => {
    expect(sorted(await readmeTableKeys())).toEqual(sorted(CONFIG_KEYS));
  });
});
