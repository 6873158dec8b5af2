import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/console.adapter.js';
import type { IncomingMessage } from '../../../src/chat/messages.js';
import { fixedClock } from '../../../src/core/clock.js';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return () => text;
}

describe('console adapter', () => {
  it('turns each non-empty line into one message, in order, from the chosen user in the chosen chat', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const adapter = createConsoleAdapter({
      input,
      output,
      user: { platform: 'console', id: 'dau-moi', displayName: 'Nguyễn Thị Lan' },
      chatId: 'nhom-bvdk',
      chatKind: 'group',
      chatTitle: 'Nhóm BVĐK tỉnh',
      clock: fixedClock('2026-11-23T02:00:00Z'),
    });
    const seen: IncomingMessage[] = [];
    const running = adapter.start({
      message: async (message) => {
        seen.push(message);
      },
      lifecycle: async () => {},
    });
    input.end('/help\n\n/nhiemvu BVDK\r\n');
    await running;
    expect(seen.map((m) => m.text)).toEqual(['/help', '/nhiemvu BVDK']);
    expect(seen[0]).toMatchObject({ chat: 'console:nhom-bvdk', chatKind: 'group', addressedToBot: true, sender: { id: 'dau-moi' } });
    expect(seen[0]?.messageId).not.toBe(seen[1]?.messageId);
  });

  it('prints replies in its chat as they are and messages for other chats prefixed with their ChatRef', async () => {
    const output = new PassThrough();
    const printed = collect(output);
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output,
      user: { platform: 'console', id: 'u', displayName: 'U' },
      chatId: 'nhom-bvdk',
      chatKind: 'group',
      chatTitle: null,
      clock: fixedClock('2026-11-23T02:00:00Z'),
    });
    await adapter.send('console:nhom-bvdk', { text: 'Dòng một\nDòng hai' });
    await adapter.send('telegram:-1001', { text: 'Báo lãnh đạo\nquá hạn' });
    expect(printed()).toBe('Dòng một\nDòng hai\n\n[→ telegram:-1001] Báo lãnh đạo\n[→ telegram:-1001] quá hạn\n\n');
  });
});
