import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../../src/commands/command.js';
import { allCommands } from '../../../src/commands/index.js';
import { createCommandRegistry } from '../../../src/commands/registry.js';
import { permissions } from '../../../src/core/members/policy.js';

const command = (name: string, aliases: string[] = []) =>
  defineCommand({
    name,
    aliases,
    descriptionKey: 'x',
    usageKey: 'x',
    scope: 'any',
    permission: permissions.anyone,
    args: z.array(z.string()),
    run: async () => ({ text: name }),
  });

describe('command registry', () => {
  it('builds from the real command list and finds commands by name, alias and folded spelling', () => {
    const registry = createCommandRegistry(allCommands);
    expect(registry.find('help')?.name).toBe('help');
    expect(registry.find('trogiup')?.name).toBe('help');
    expect(registry.find('TroGiup')?.name).toBe('help');
    expect(registry.find('nope')).toBeNull();
  });

  it('fails at start-up when two commands share a name', () => {
    expect(() => createCommandRegistry([command('baocao'), command('baocao')])).toThrow(/already used by \/baocao/);
  });

  it('fails when an alias collides with another command', () => {
    expect(() => createCommandRegistry([command('help', ['trogiup']), command('trogiup')])).toThrow(/already used/);
    expect(() => createCommandRegistry([command('bao_cao'), command('baocao')])).toThrow(/already used/);
  });

  it('lets at most one command answer free text', () => {
    const answering = (name: string) => ({ ...command(name), freeText: true });
    expect(createCommandRegistry([answering('tracuu'), command('help')]).freeText?.name).toBe('tracuu');
    expect(createCommandRegistry([command('help')]).freeText).toBeNull();
    expect(() => createCommandRegistry([answering('a'), answering('b')])).toThrow(/only one command/);
  });

  it('rejects names Telegram would not accept', () => {
    expect(() => createCommandRegistry([command('báo-cáo')])).toThrow(/a–z/);
    expect(() => createCommandRegistry([command('x'.repeat(33))])).toThrow(/a–z/);
  });
});
