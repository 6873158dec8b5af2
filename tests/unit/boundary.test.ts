import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

// The lint rule that keeps the domain free of platform and database code must actually fire.
async function lint(file: string, code: string) {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

// A second line of defence that does not depend on the lint configuration: the libraries the domain and the
// commands may not load, found in the text of their sources even when loaded dynamically.
const RESTRICTED_MODULES = ['grammy', '@grammyjs', 'drizzle-orm', 'postgres', '@electric-sql/pglite', 'node-cron', 'pino'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const DYNAMIC_IMPORT = new RegExp(
  String.raw`\b(?:import|require(?:\s*\.\s*resolve)?)\s*\(\s*(['"\x60])((?:${RESTRICTED_MODULES.map(escapeRegExp).join('|')})(?:/[^'"\x60]*)?)\1`,
  'g',
);

/** The restricted modules a source loads with `import(…)` or `require(…)`. */
function dynamicImportsIn(source: string): string[] {
  return [...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[2]!);
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
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
    // loaded dynamically, which no-restricted-imports does not see
    ['src/commands/x.command.ts', "const { Bot } = await import('grammy');"],
    ['src/commands/x.command.ts', 'const types = await import(`grammy/types`);'],
    ['src/core/x.ts', "const orm = await import('drizzle-orm/pg-core');"],
    ['src/core/x.ts', "const { PGlite } = await import('@electric-sql/pglite');"],
    ['src/core/x.ts', "const sql = await import('postgres');"],
    ['src/commands/x.command.ts', "const cron = await import('node-cron');"],
    ['src/core/x.ts', "const pino = require('pino');"],
    ['src/core/x.ts', "type Bot = import('grammy').Bot;"],
    // the dashboard's pages present domain queries: no database of their own
    ['src/web/pages/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src/web/x.ts', "import { createStore } from '../db/store.js';"],
    // one query layer (issue 24): the jobs, the chat presenters, the pages and the domain never reach into a command
    ['src/jobs/x.job.ts', "import { taskLines } from '../commands/format/due-lines.js';"],
    ['src/jobs/x.job.ts', "import { summaryCommand } from '../commands/summary.command.js';"],
    ['src/web/pages/x.ts', "import { tasksCommand } from '../../commands/tasks.command.js';"],
    ['src/chat/format/x.ts', "import type { CommandContext } from '../../commands/command.js';"],
    ['src/chat/format/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src/core/plans/x.ts', "import { tasksCommand } from '../../commands/tasks.command.js';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await lint(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it('adapters and the database layer may use their libraries', async () => {
    expect(await lint('src/db/x.ts', "import { eq } from 'drizzle-orm';\nexport { eq };\n")).toEqual([]);
    expect(await lint('src/db/x.ts', "export const orm = await import('drizzle-orm');\n")).toEqual([]);
    expect(await lint('src/core/x.ts', "import { z } from 'zod';\nexport { z };\n")).toEqual([]);
    expect(await lint('src/jobs/x.job.ts', "import { taskLines } from '../chat/format/due-lines.js';\nexport { taskLines };\n")).toEqual(
      [],
    );
    expect(await lint('src/core/x.ts', "export const zod = await import('zod');\nexport const pinot = await import('pinot');\n")).toEqual(
      [],
    );
  });

  it('the detector finds a dynamic import or require of a restricted library, and nothing else', () => {
    expect(dynamicImportsIn("const { Bot } = await import('grammy');")).toEqual(['grammy']);
    expect(
      dynamicImportsIn(
        [
          'await import("drizzle-orm/pg-core")',
          'await import(`@electric-sql/pglite`)',
          "require('pino')",
          "require.resolve('node-cron')",
          "type Sql = import( 'postgres' ).Sql",
          "import('@grammyjs/runner')",
        ].join('\n'),
      ),
    ).toEqual(['drizzle-orm/pg-core', '@electric-sql/pglite', 'pino', 'node-cron', 'postgres', '@grammyjs/runner']);
    expect(dynamicImportsIn("await import('zod'); await import('pinot'); await import('./grammy.js'); await import('postgresql')")).toEqual(
      [],
    );
    expect(dynamicImportsIn("import { Bot } from 'grammy';")).toEqual([]);
  });

  it('no source in src/core or src/commands loads a restricted library dynamically', async () => {
    const files = [...(await sourceFiles('src/core')), ...(await sourceFiles('src/commands'))];
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      for (const module of dynamicImportsIn(await readFile(file, 'utf8'))) found.push(`${path.relative(projectRoot, file)}: ${module}`);
    }
    expect(found).toEqual([]);
  });
});
