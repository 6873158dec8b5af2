import type { Logger } from '../logger.js';
import type { ChatAdapter } from './chat-adapter.js';
import type { Dispatcher } from './dispatcher.js';
import { type ChatRef, type IncomingMessage, type OutgoingMessage, parseChatRef } from './messages.js';

export interface Bot {
  /** Starts every adapter; resolves when all of them have stopped listening. */
  run(): Promise<void>;
  stop(): Promise<void>;
  /** Handles one message as if `adapter` had received it (adapters call this; so do tests). */
  handle(adapter: ChatAdapter, message: IncomingMessage): Promise<void>;
  /** Sends to any chat through the adapter of its platform. */
  deliver(chat: ChatRef, message: OutgoingMessage): Promise<void>;
}

/** Wires the adapters to the dispatcher and routes what it answers, including notes to other chats. */
export function createBot({ dispatcher, adapters, logger }: { dispatcher: Dispatcher; adapters: ChatAdapter[]; logger: Logger }): Bot {
  const byPlatform = new Map(adapters.map((adapter) => [adapter.platform, adapter]));

  async function deliver(chat: ChatRef, message: OutgoingMessage) {
    const adapter = byPlatform.get(parseChatRef(chat).platform);
    if (!adapter) {
      logger.warn({ chat }, 'no adapter runs for this chat platform; message not sent');
      return;
    }
    await adapter.send(chat, message);
  }

  async function handle(adapter: ChatAdapter, message: IncomingMessage) {
    const result = await dispatcher.dispatch(message, { capabilities: adapter.capabilities, botUsername: adapter.botUsername });
    if (result.reply) await adapter.send(message.chat, result.reply);
    for (const notice of result.notices) {
      // One unreachable chat must not cost the others their notice.
      try {
        await deliver(notice.chat, notice.message);
      } catch (error) {
        logger.error({ err: error, chat: notice.chat }, 'notice delivery failed');
      }
    }
  }

  return {
    handle,
    deliver,
    async run() {
      await Promise.all(adapters.map((adapter) => adapter.start((message) => handle(adapter, message))));
    },
    async stop() {
      await Promise.all(adapters.map((adapter) => adapter.stop()));
    },
  };
}
