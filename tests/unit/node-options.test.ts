import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNodeOptions } from '../../bench/support/bot-process.js';
import { projectRoot } from '../../src/paths.js';

describe("the bot's node options", () => {
  it('cap the heap in npm start, and the image runs the bot with the same options', () => {
    const options = startNodeOptions();
    expect(options.some((option) => option.startsWith('--max-old-space-size='))).toBe(true);
    const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[];
    expect(cmd).toEqual(['node', ...options, 'dist/main.js']);
  });
});
