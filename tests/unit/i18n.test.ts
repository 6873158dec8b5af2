import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { ROLES } from '../../src/core/members/roles.js';
import { loadI18n } from '../../src/i18n/i18n.js';
import { localesDir, projectRoot } from '../../src/paths.js';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return files.flat().filter((file) => file.endsWith('.ts'));
}

describe('locales', () => {
  it('Vietnamese and English hold the same messages', async () => {
    const i18n = await loadI18n(localesDir);
    expect(i18n.keys('en').sort()).toEqual(i18n.keys('vi').sort());
    expect(i18n.keys('vi').length).toBeGreaterThan(50);
  });

  it('every key the code names literally exists in both files', async () => {
    const i18n = await loadI18n(localesDir);
    const used = new Set<string>();
    const patterns = [
      /\bt\(\s*'([a-z0-9-]+)'/g,
      /\bt\([^,()]*,\s*'([a-z0-9-]+)'/g,
      /Key:\s*'([a-z0-9-]+)'/g,
      /new DomainError\(\s*'[^']+',\s*'([a-z0-9-]+)'/g,
    ];
    for (const file of await sourceFiles(path.join(projectRoot, 'src'))) {
      const text = await readFile(file, 'utf8');
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.add(match[1]!);
    }
    // i18n.t('vi', 'key') names the locale first
    for (const locale of ['vi', 'en']) used.delete(locale);
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !i18n.has('vi', key) || !i18n.has('en', key));
    expect(missing).toEqual([]);
  });

  it('every command has a description and a usage line, and every role a name', async () => {
    const i18n = await loadI18n(localesDir);
    for (const command of allCommands) {
      expect(i18n.has('vi', command.descriptionKey), command.descriptionKey).toBe(true);
      expect(i18n.has('vi', command.usageKey), command.usageKey).toBe(true);
    }
    for (const role of ROLES) expect(i18n.has('vi', `role-${role.replace(/_/g, '-')}`)).toBe(true);
  });

  it('formats arguments and falls back to Vietnamese, then to the key', async () => {
    const i18n = await loadI18n(localesDir);
    expect(i18n.t('vi', 'tasks-more', { count: 3 })).toBe('… và 3 nhiệm vụ khác.');
    expect(i18n.t('en', 'due-overdue', { days: 1, date: '19/11/2026' })).toBe('1 day overdue (due 19/11/2026)');
    expect(i18n.t('en', 'no-such-key')).toBe('no-such-key');
    expect(i18n.resolve('en-US')).toBe('en');
    expect(i18n.resolve('fr')).toBe('vi');
  });

  it('fails a test whose message is given too few values, rather than showing the key to a person', async () => {
    expect(process.env.TDA_I18N_STRICT).toBe('1');
    const i18n = await loadI18n(localesDir);
    expect(() => i18n.t('vi', 'plan-edit-done', { code: 'NV4', field: 'deadline' })).toThrow(/plan-edit-done \(vi\): .*plan/);
    expect(i18n.t('vi', 'plan-edit-done', { code: 'NV4', field: 'deadline', plan: 'KH20-2026' })).toBe(
      'Đã sửa hạn của nhiệm vụ NV4 (kế hoạch KH20-2026):',
    );
  });
});
