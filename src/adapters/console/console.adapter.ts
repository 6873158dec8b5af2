import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AdapterCapabilities, ChatAdapter } from '../../chat/chat-adapter.js';
import type { ChatRef, IncomingMessage } from '../../chat/messages.js';
import type { Clock } from '../../core/clock.js';
import type { ChatKind } from '../../core/chats/chat.js';
import type { PlatformUser } from '../../core/members/member.js';

export interface ConsoleAdapterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  user: PlatformUser;
  chatId: string;
  chatKind: ChatKind;
  chatTitle: string | null;
  clock: Clock;
  /** shown before each line when a person types (not when a script is piped in) */
  prompt?: string | null;
  /** where files the bot makes (reports, charts) are written, since a terminal cannot show them */
  filesDir?: string | null;
  /**
   * one JSON line per message the bot sends, `{"in", "chat", "text", "choices"}`, `in` being the number of the
   * input line it answers (from 1), so that a script can tell which answer belongs to which message
   */
  json?: boolean;
}

async function saveFile(dir: string, name: string, data: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, path.basename(name));
  await writeFile(target, data);
  return target;
}

const capabilities: AdapterCapabilities = { buttons: false, edit: false, files: false, threads: false, maxTextLength: 100_000 };
// A script reads choices as a list rather than numbered lines in the text; it still answers with their numbers.
const jsonCapabilities: AdapterCapabilities = { ...capabilities, buttons: true };

/**
 * One person in one chat on standard input and output: each input line is a message; the bot's replies in
 * that chat are printed as they are, messages to any other chat on lines prefixed "[→ <ChatRef>] ".
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ChatAdapter & { readonly chat: ChatRef } {
  const chat: ChatRef = `console:${options.chatId}`;
  let closing: (() => void) | null = null;
  let counter = 0;
  // the input line being answered, blank lines counted, so that it matches the script's own line numbers
  let lineNumber = 0;
  // Message ids must not repeat across runs: a report remembers the message it came from.
  const session = randomUUID().slice(0, 8);

  const write = (text: string) =>
    new Promise<void>((resolve) => {
      if (!options.output.write(text)) options.output.once('drain', resolve);
      else resolve();
    });

  return {
    platform: 'console',
    capabilities: options.json ? jsonCapabilities : capabilities,
    botUsername: null,
    chat,
    privateChatOf: (userId) => `console:dm-${userId}`,
    async start(sink) {
      const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
      closing = () => lines.close();
      if (options.prompt) await write(options.prompt);
      // Lines are handled one at a time, in order, as a person in a chat would see them answered.
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim().length > 0) {
          counter += 1;
          const message: IncomingMessage = {
            chat,
            chatKind: options.chatKind,
            chatTitle: options.chatTitle,
            sender: options.user,
            text: line,
            messageId: `${session}-${counter}`,
            addressedToBot: true,
            receivedAt: options.clock.now(),
          };
          await sink.message(message);
        }
        if (options.prompt) await write(options.prompt);
      }
    },
    async stop() {
      closing?.();
    },
    async send(target, message) {
      const lines = [message.text];
      const files: string[] = [];
      for (const file of message.files ?? []) {
        const where = options.filesDir ? await saveFile(options.filesDir, file.name, file.data) : file.name;
        files.push(where);
        lines.push(`📎 ${where}`);
      }
      if (options.json) {
        const choices = (message.buttons ?? []).map((button) => button.label);
        const line = { in: lineNumber, chat: target, text: message.text, choices, ...(files.length > 0 ? { files } : {}) };
        await write(`${JSON.stringify(line)}\n`);
        return;
      }
      const body = lines.join('\n');
      const text =
        target === chat
          ? body
          : body
              .split('\n')
              .map((line) => `[→ ${target}] ${line}`)
              .join('\n');
      await write(`${text}\n\n`);
    },
  };
}
