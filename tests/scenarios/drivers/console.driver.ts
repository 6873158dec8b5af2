import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../../src/adapters/console/console.adapter.js';
import { createBot } from '../../../src/chat/bot.js';
import type { ChatAdapter } from '../../../src/chat/chat-adapter.js';
import { groupPrivacy } from '../../support/privacy-guard.js';
import { startTestApp } from '../../support/test-app.js';
import { parseNumberedChoices, type Need, type Person, type Place, type Reply, type ScenarioDriver } from '../scenario.js';

const PEOPLE: Record<Person, { id: string; name: string }> = {
  admin: { id: 'quan-tri', name: 'Trần Quốc Minh' },
  focal: { id: 'dau-moi', name: 'Nguyễn Thị Lan' },
  stranger: { id: 'khach', name: 'Khách' },
};

interface Line {
  adapter: ChatAdapter;
  input: PassThrough;
  output: string[];
  done: (() => void) | null;
}

/**
 * The console adapter as `npm run cli -- chat` runs it: one adapter per person and chat, each reading lines
 * from its own input and printing the bot's answers, on the real app with the demo Department.
 */
export async function startConsoleDriver(): Promise<ScenarioDriver> {
  const t = await startTestApp();
  // What the bot sends to chats other than the one answered (a notice to a group, to a person in private)
  // goes here: a group's is shown to the privacy guard, as the replies printed in a group are.
  const elsewhere: ChatAdapter = {
    platform: 'console',
    capabilities: { buttons: false, edit: false, files: false, threads: false, maxTextLength: 100_000 },
    botUsername: null,
    privateChatOf: (userId) => `console:dm-${userId}`,
    start: async () => {},
    stop: async () => {},
    send: async (chat, message) => {
      if (!chat.startsWith('console:dm-')) groupPrivacy.inspect(chat, message.text);
    },
  };
  const bot = createBot({
    dispatcher: t.app.dispatcher,
    adapters: [elsewhere],
    store: t.app.store,
    i18n: t.app.i18n,
    clock: t.app.clock,
    logger: t.app.logger,
  });
  const lines = new Map<string, Line>();
  let newGroup = 'nhom-moi-0';

  function lineFor(person: Person, place: Place): Line {
    const user = PEOPLE[person];
    const chatId = place === 'unit' ? 'nhom-bvdk' : place === 'newGroup' ? newGroup : `dm-${user.id}`;
    const key = `${user.id}|${chatId}`;
    const existing = lines.get(key);
    if (existing) return existing;
    const input = new PassThrough();
    const output: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const adapter = createConsoleAdapter({
      input,
      output: sink,
      user: { platform: 'console', id: user.id, displayName: user.name, username: user.id },
      chatId,
      chatKind: place === 'private' ? 'private' : 'group',
      chatTitle: place === 'private' ? null : chatId,
      clock: t.clock,
    });
    const line: Line = { adapter, input, output, done: null };
    void adapter.start({
      message: async (message) => {
        await bot.handle(adapter, message);
        line.done?.();
      },
      lifecycle: async () => {},
    });
    lines.set(key, line);
    return line;
  }

  return {
    platform: 'console',
    can: new Set<Need>(),
    idOf: (person) => PEOPLE[person].id,
    async beginScenario(index) {
      newGroup = `nhom-moi-${index}`;
    },
    async send(message): Promise<Reply | null> {
      const content = message.content;
      if (!('text' in content) && !('choice' in content)) throw new Error('the console carries text only');
      const line = lineFor(message.as, message.in);
      line.output.length = 0;
      const handled = new Promise<void>((resolve) => (line.done = resolve));
      line.input.write(`${'text' in content ? content.text : String(content.choice + 1)}\n`);
      await handled;
      await new Promise((resolve) => setImmediate(resolve));
      const printed = line.output.join('').replace(/\n+$/, '');
      if (printed && message.in !== 'private') groupPrivacy.inspect(message.in, printed);
      return printed ? parseNumberedChoices(printed) : null;
    },
    async stop() {
      for (const line of lines.values()) {
        line.input.end();
        await line.adapter.stop();
      }
      await t.close();
    },
  };
}
