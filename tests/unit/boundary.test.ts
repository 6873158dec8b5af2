import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

// The lint rule that keeps the domain free of platform and database code must actually fire.
async function lint(file: string, code: string) {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('domain boundary', () => {
  it.each([
    ['src/core/plans/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src/core/x.ts', "import { PGlite } from '@electric-sql/pglite';"],
    ['src/core/x.ts', "import postgres from 'postgres';"],
    ['src/commands/x.command.ts', "import { Bot } from 'grammy';"],
    ['src/commands/x.command.ts', "import cron from 'node-cron';"],
    ['src/commands/x.command.ts', "import pino from 'pino';"],
    ['src/core/x.ts', "import { createStore } from '../db/store.js';"],
    ['src/commands/x.command.ts', "import type { Database } from '../db/client.js';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await lint(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it('adapters and the database layer may use their libraries', async () => {
    expect(await lint('src/db/x.ts', "import { eq } from 'drizzle-orm';\nexport { eq };\n")).toEqual([]);
    expect(await lint('src/core/x.ts', "import { z } from 'zod';\nexport { z };\n")).toEqual([]);
  });
});
