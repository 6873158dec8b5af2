import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

/*
 * Every sentence a person reads lives in locales/vi/*.ftl and locales/en/*.ftl, so that each reader gets their
 * language. A Vietnamese letter with a diacritic in a string literal of the code is therefore either a word
 * the bot reads (input, not output) or data, and those places are listed here with their reason; anywhere
 * else it is text that bypassed the locales (as the holiday names once did: "Quốc khánh" in English).
 * Comments and regular expressions are not looked at: a pattern is always something the bot reads.
 */
const READS_OR_DATA: Record<string, string> = {
  'src/core/feedback/words.ts': 'channels, categories and severities as people type them',
  'src/core/feedback/personal.ts': 'honorifics, family names and address words as complaints write them: what redaction looks for',
  'src/core/feedback/sensitive.ts': 'the words of a complaint about bribes, extortion, harassment or threats',
  'src/core/plans/import/': "a plan's own wording: section titles, recipients, the names of its units",
  'src/core/documents/lookup/': 'questions as staff type them',
  'src/core/deadlines/extraction/': 'deadlines as plans write them',
  'src/core/text/': 'the folding table of Vietnamese letters',
  'src/commands/schedule.command.ts': 'the words of /lich (tắt, bật…)',
  'src/core/reports/report-line.ts': 'the words of a one-line report around its figure (rồi, nhé, ạ), as people type them',
  'src/demo/': 'the demo Department, its units and chats',
  'src/exports/report-docx.ts': "the issuer's name in a Word report, derived from the Department's name as Nghị định 30 writes it",
};

const DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat().filter((file) => file.endsWith('.ts'));
}

/** The text of every string and template literal in a file, with its line (regular expressions and comments left out). */
function literals(file: string, text: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text', () => {
  it('lives in the locales: no Vietnamese in string literals outside the code that reads words or carries data', async () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const file of await sourceFiles(path.join(projectRoot, 'src'))) {
      const relative = path.relative(projectRoot, file).split(path.sep).join('/');
      if (Object.keys(READS_OR_DATA).some((allowed) => relative === allowed || (allowed.endsWith('/') && relative.startsWith(allowed))))
        continue;
      scanned += 1;
      for (const literal of literals(file, await readFile(file, 'utf8'))) {
        if (DIACRITIC.test(literal.text)) offenders.push(`${relative}:${literal.line} ${JSON.stringify(literal.text.slice(0, 80))}`);
      }
    }
    expect(scanned).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });

  it('sees a Vietnamese literal where there is one, and not in a comment or a pattern', () => {
    const found = literals('x.ts', "// Quốc khánh\nconst a = /tắt/u;\nconst b = 'Quốc khánh';\nconst c = `Nghỉ bù ${b}`;");
    expect(found.filter((literal) => DIACRITIC.test(literal.text))).toEqual([
      { line: 3, text: 'Quốc khánh' },
      { line: 4, text: 'Nghỉ bù ' },
    ]);
  });

  it('lists only places that exist', async () => {
    const files = (await sourceFiles(path.join(projectRoot, 'src'))).map((file) =>
      path.relative(projectRoot, file).split(path.sep).join('/'),
    );
    for (const allowed of Object.keys(READS_OR_DATA))
      expect(
        files.some((file) => file === allowed || file.startsWith(allowed)),
        allowed,
      ).toBe(true);
  });
});
