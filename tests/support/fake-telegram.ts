import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** what a successful call returned (the message a send made, with its message_id) */
  result?: unknown;
  /** when the call arrived, ms since the server started */
  at: number;
}

export interface FakeTelegramOptions {
  token?: string;
  bot?: { id: number; username: string; first_name: string };
  /** the clock limits and latency run on (a simulated one in the fan-out benchmark); default: real time */
  time?: { now(): number; sleep(ms: number): Promise<void> };
  /** enforce Telegram's limits with 429 + retry_after, as the real server does */
  limits?: { perSecond: number; perGroupPerMinute: number };
  /** how long the server takes to answer a send */
  latencyMs?: number;
  /** told when a request has arrived and when its answer leaves (a simulated clock holds still in between) */
  traffic?: { arrived(): void; answering(): void };
  /**
   * Privacy mode, on by default as BotFather sets it: in a group the bot gets only commands, replies to its
   * own messages, messages that mention it, service messages, and button presses. Off: it gets everything.
   */
  privacyMode?: boolean;
}

// The methods that post into a chat, which Telegram's flood limits count.
const SENDING = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'forwardMessage', 'copyMessage']);

type Failure = { status: number; body: Record<string, unknown> /** calls of the method to let through first */; after?: number };

/**
 * An in-process Telegram Bot API server on 127.0.0.1 that speaks the real HTTP protocol: grammY reaches it
 * through `client.apiRoot`. It records every call, queues updates for getUpdates, posts updates to a webhook
 * set with setWebhook, and fails chosen calls on demand (429 with retry_after, 5xx).
 */
export class FakeTelegram {
  readonly token: string;
  readonly bot: { id: number; username: string; first_name: string; is_bot: true };
  readonly calls: RecordedCall[] = [];
  webhook: { url: string; secret: string | null; allowedUpdates: string[] | null } | null = null;

  private server: Server | null = null;
  private port = 0;
  private started = Date.now();
  private queue: Update[] = [];
  private waiting: Array<() => void> = [];
  private failures = new Map<string, Failure[]>();
  private nextMessageId = 1000;
  private nextUpdate = 5000;
  private readonly options: FakeTelegramOptions;
  private readonly now: () => number;
  private recentSends: number[] = [];
  private recentByGroup = new Map<string, number[]>();
  /** sends refused for breaking the limits (only with `limits`) */
  status429 = 0;
  /** group messages privacy mode kept from the bot: Telegram never delivered them */
  readonly withheld: Update[] = [];
  /** groups where the bot sees every message anyway (it is an administrator there) */
  readonly adminIn = new Set<number>();

  constructor(options: FakeTelegramOptions = {}) {
    this.options = options;
    this.now = options.time ? () => options.time!.now() : () => Date.now();
    this.token = options.token ?? '123456789:TEST-token-for-the-fake-server-000';
    this.bot = { is_bot: true, ...(options.bot ?? { id: 777000001, username: 'troly_daumoi_bot', first_name: 'Trợ lý Đầu mối' }) };
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.started = this.now();
    return this;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiting.splice(0)) wake();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** A fresh update id, increasing like Telegram's. */
  updateId(): number {
    this.nextUpdate += 1;
    return this.nextUpdate;
  }

  /**
   * Whether Telegram hands this update to the bot. With privacy mode on, a group message reaches it only as a
   * command (bare, or "/cmd@thisbot"; a bare one reaches the last bot that wrote in the group, which here is
   * this one), a reply to one of its messages, a message that mentions it, or a service message.
   */
  reachesBot(update: Update): boolean {
    const message = update.message ?? update.edited_message;
    // (a malformed update, which tests post on purpose, is handed over as it is)
    if (!message?.chat || (message.chat.type !== 'group' && message.chat.type !== 'supergroup')) return true;
    if (this.options.privacyMode === false || this.adminIn.has(message.chat.id)) return true;
    if (message.migrate_to_chat_id || message.migrate_from_chat_id || message.new_chat_members || message.left_chat_member) return true;
    if (message.reply_to_message?.from?.id === this.bot.id) return true;
    const text = message.text ?? message.caption ?? '';
    const me = this.bot.username.toLowerCase();
    for (const entity of message.entities ?? message.caption_entities ?? []) {
      const part = text.slice(entity.offset, entity.offset + entity.length).toLowerCase();
      if (entity.type === 'bot_command' && entity.offset === 0 && (!part.includes('@') || part.endsWith(`@${me}`))) return true;
      if (entity.type === 'mention' && part === `@${me}`) return true;
      if (entity.type === 'text_mention' && entity.user.id === this.bot.id) return true;
    }
    return false;
  }

  /** File ids this bot may send by: those of files people sent it, and of files it uploaded (Telegram's rule). */
  private readonly knownFiles = new Set<string>();

  private learnFiles(update: Update) {
    const message = update.message ?? update.edited_message;
    for (const photo of message?.photo ?? []) this.knownFiles.add(photo.file_id);
    if (message?.document) this.knownFiles.add(message.document.file_id);
  }

  /** Queues an update for long polling, if Telegram would hand it to the bot; says whether it did. */
  push(update: Update): boolean {
    this.learnFiles(update);
    if (!this.reachesBot(update)) {
      this.withheld.push(update);
      return false;
    }
    this.queue.push(update);
    for (const wake of this.waiting.splice(0)) wake();
    return true;
  }

  /**
   * Posts an update to the webhook as Telegram would; returns the HTTP status the bot answered, or
   * 'withheld' when privacy mode keeps it from the bot (nothing is posted).
   */
  async deliver(
    update: Update,
    options: { secret?: string | null; body?: string; contentType?: string } = {},
  ): Promise<number | 'withheld'> {
    if (!this.webhook) throw new Error('no webhook set');
    this.learnFiles(update);
    if (options.body === undefined && !this.reachesBot(update)) {
      this.withheld.push(update);
      return 'withheld';
    }
    const secret = options.secret === undefined ? this.webhook.secret : options.secret;
    const response = await fetch(this.webhook.url, {
      method: 'POST',
      headers: {
        'content-type': options.contentType ?? 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: options.body ?? JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /**
   * The next call of `method` fails with this answer (several calls queue several failures); with `after`, the
   * call after that many more (the second part of a long message).
   */
  failNext(method: string, failure: Failure): void {
    const list = this.failures.get(method) ?? [];
    list.push(failure);
    this.failures.set(method, list);
  }

  tooManyRequests(method: string, retryAfter: number, after = 0): void {
    this.failNext(method, {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      },
      after,
    });
  }

  /** The next call of `method` (or the one after `after` more) is refused with a 400 and this description. */
  badRequest(method: string, description: string, after = 0): void {
    this.failNext(method, { status: 400, body: { ok: false, error_code: 400, description: `Bad Request: ${description}` }, after });
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Texts the bot sent to one chat (successful sendMessage calls only). */
  sentTo(chatId: number | string): string[] {
    return this.callsOf('sendMessage')
      .filter((call) => String(call.payload.chat_id) === String(chatId) && !call.payload.__failed)
      .map((call) => String(call.payload.text));
  }

  /** Waits until `predicate` holds for the recorded calls (polling mode answers asynchronously). */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /**
   * The files people sent, by file id, as getFile and the file download path serve them. An id never put here
   * is served as a small file all the same; `forgetFile` makes getFile refuse an id, as Telegram does for an id
   * of another bot or a file it no longer has.
   */
  readonly files = new Map<string, { data: Buffer; path: string; forgotten: boolean }>();
  /** requests to the file download path */
  readonly fileDownloads: string[] = [];

  putFile(fileId: string, data: Buffer, path = `photos/file_${this.files.size}.jpg`): void {
    this.files.set(fileId, { data, path, forgotten: false });
  }

  forgetFile(fileId: string): void {
    this.knownFiles.delete(fileId);
    const file = this.files.get(fileId);
    if (file) file.forgotten = true;
    else this.files.set(fileId, { data: Buffer.alloc(0), path: '', forgotten: true });
  }

  private serveFile(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? '');
    if (!match || match[1] !== this.token) {
      res.writeHead(404);
      return res.end();
    }
    const path = decodeURIComponent(match[2]!);
    this.fileDownloads.push(path);
    const file = [...this.files.values()].find((f) => f.path === path && !f.forgotten);
    const data = file?.data ?? (path.startsWith('documents/') ? Buffer.from('%PDF-1.4\n% fake\n') : FAKE_PHOTO);
    // the Bot API's file server says only that these are bytes
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
    res.end(data);
  }

  private async route(req: IncomingMessage, res: ServerResponse) {
    if ((req.url ?? '').startsWith('/file/')) return this.serveFile(req, res);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    let reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!match) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    const payload = await readPayload(req);
    const traffic = this.options.traffic;
    if (traffic) {
      traffic.arrived();
      const answer = reply;
      reply = (status, body) => {
        traffic.answering();
        answer(status, body);
      };
    }
    const call: RecordedCall = { method, payload, at: this.now() - this.started };
    this.calls.push(call);
    if (this.options.latencyMs)
      await (this.options.time?.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(this.options.latencyMs);
    const limited = SENDING.has(method) ? this.overLimit(String(payload.chat_id), call.at + this.started) : null;
    if (limited !== null) {
      this.status429 += 1;
      call.payload.__failed = true;
      return reply(429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${limited}`,
        parameters: { retry_after: limited },
      });
    }
    const failure = this.nextFailure(method);
    if (failure) {
      call.payload.__failed = true;
      return reply(failure.status, failure.body);
    }
    try {
      const result = await this.answer(method, payload, req);
      if (result === undefined) return; // the client went away during a long poll
      if (method !== 'getUpdates') call.result = result;
      reply(200, { ok: true, result });
    } catch (error) {
      reply(400, { ok: false, error_code: 400, description: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The failure this call of `method` gets, counting down the calls a failure lets through first. */
  private nextFailure(method: string): Failure | undefined {
    const first = this.failures.get(method)?.[0];
    if (!first) return undefined;
    if (first.after) {
      first.after -= 1;
      return undefined;
    }
    return this.failures.get(method)!.shift();
  }

  /** Seconds to wait when this send breaks a limit (by when it arrived), or null when it may go. */
  private overLimit(chatId: string, at: number): number | null {
    const limits = this.options.limits;
    if (!limits) return null;
    this.recentSends = this.recentSends.filter((t) => t > at - 1000);
    if (this.recentSends.length >= limits.perSecond) return 1;
    const group = chatId.startsWith('-') ? (this.recentByGroup.get(chatId) ?? []).filter((t) => t > at - 60_000) : null;
    if (group && group.length >= limits.perGroupPerMinute) return Math.ceil((group[0]! + 60_000 - at) / 1000);
    this.recentSends.push(at);
    if (group) this.recentByGroup.set(chatId, [...group, at]);
    return null;
  }

  /** The files the bot uploaded to a chat (documents and photos), in the order they were sent. */
  uploadsTo(chatId: number | string): UploadedFile[] {
    return this.calls
      .filter(
        (call) =>
          (call.method === 'sendDocument' || call.method === 'sendPhoto') &&
          !call.payload.__failed &&
          String(call.payload.chat_id) === String(chatId),
      )
      .flatMap((call) => Object.values((call.payload.__uploads ?? {}) as Record<string, UploadedFile>));
  }

  /** Messages that reached the same chat with the same text more than once. */
  duplicates(): number {
    const seen = new Set<string>();
    let twice = 0;
    for (const call of this.callsOf('sendMessage')) {
      if (call.payload.__failed) continue;
      const key = `${String(call.payload.chat_id)}\u0000${String(call.payload.text)}`;
      if (seen.has(key)) twice += 1;
      seen.add(key);
    }
    return twice;
  }

  private sentMessage(payload: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const chatId = Number(payload.chat_id);
    this.nextMessageId += 1;
    return {
      message_id: this.nextMessageId,
      date: Math.floor(this.now() / 1000),
      chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Nhóm' } : { id: chatId, type: 'private', first_name: 'Người dùng' },
      from: this.bot,
      ...(payload.message_thread_id ? { message_thread_id: payload.message_thread_id, is_topic_message: true } : {}),
      ...extra,
    };
  }

  private async answer(method: string, payload: Record<string, unknown>, req: IncomingMessage): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return { ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'answerCallbackQuery':
        return true;
      // recorded in `calls`; a bot without the right is made with badRequest('deleteMessage', "message can't be deleted")
      case 'deleteMessage':
        return true;
      case 'setWebhook':
        this.webhook = {
          url: String(payload.url),
          secret: payload.secret_token ? String(payload.secret_token) : null,
          allowedUpdates: (payload.allowed_updates as string[] | undefined) ?? null,
        };
        return true;
      case 'deleteWebhook':
        this.webhook = null;
        return true;
      case 'getUpdates':
        return this.longPoll(payload, req);
      case 'sendMessage':
        if (typeof payload.text !== 'string' || payload.text.length === 0) throw new Error('Bad Request: message text is empty');
        if (payload.text.length > 4096) throw new Error('Bad Request: message is too long');
        return this.sentMessage(payload, { text: payload.text });
      case 'editMessageText':
        return this.sentMessage(payload, { text: payload.text, message_id: Number(payload.message_id) });
      case 'sendPhoto':
      case 'sendDocument': {
        // A file is sent again by an id this bot knows (in any chat: a group's evidence to a leader in private),
        // by a URL, or uploaded; any other id is refused as Telegram refuses it.
        const field = method === 'sendPhoto' ? 'photo' : 'document';
        const file = String(payload[field]);
        const uploaded = Boolean((payload.__uploads as Record<string, unknown> | undefined)?.[field]);
        if (!uploaded && !/^https?:\/\//.test(file) && !this.knownFiles.has(file))
          throw new Error('Bad Request: wrong file identifier/HTTP URL specified');
        this.knownFiles.add(file);
        return field === 'photo'
          ? this.sentMessage(payload, { photo: [{ file_id: file, file_unique_id: 'u', width: 1, height: 1 }] })
          : this.sentMessage(payload, { document: { file_id: file, file_unique_id: 'u' } });
      }
      case 'forwardMessage':
        return this.sentMessage(payload, {
          forward_origin: { type: 'chat', date: 0, sender_chat: { id: Number(payload.from_chat_id), type: 'supergroup' } },
        });
      case 'getFile': {
        const id = String(payload.file_id);
        const file = this.files.get(id);
        if (file?.forgotten) throw new Error('Bad Request: wrong file_id or the file is temporarily unavailable');
        if (file) return { file_id: id, file_unique_id: 'u', file_size: file.data.length, file_path: file.path };
        return { file_id: id, file_unique_id: 'u', file_size: FAKE_PHOTO.length, file_path: `photos/${id}.jpg` };
      }
      default:
        throw new Error(`Bad Request: method ${method} not supported by the fake`);
    }
  }

  private async longPoll(payload: Record<string, unknown>, req: IncomingMessage): Promise<Update[] | undefined> {
    const offset = Number(payload.offset ?? 0);
    const limit = Number(payload.limit ?? 100);
    const timeoutMs = Math.min(Number(payload.timeout ?? 0), 2) * 1000; // tests need short polls
    // Confirming an offset forgets everything before it, as Telegram does.
    this.queue = this.queue.filter((update) => update.update_id >= offset);
    if (this.queue.length === 0 && timeoutMs > 0) {
      let closed = false;
      req.once('close', () => (closed = true));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (closed) return undefined;
    }
    return this.queue.filter((update) => update.update_id >= offset).slice(0, limit);
  }
}

/** What the file path serves for a photo no test put there: a few bytes with a JPEG's start. */
const FAKE_PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

/** A file uploaded with a send (multipart/form-data), as the bot sent it. */
export interface UploadedFile {
  name: string;
  type: string;
  data: Buffer;
}

async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const raw = bytes.toString('utf8');
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  if (type.includes('multipart/form-data')) return readUpload(bytes, type);
  return { __raw: raw };
}

/**
 * A send with an upload: the fields, and the file each "attach://<name>" field points to, kept under
 * `__uploads` by field ("document", "photo") with the field itself turned into a file id, as Telegram would.
 */
async function readUpload(bytes: Buffer, type: string): Promise<Record<string, unknown>> {
  const form = parseMultipart(bytes, type);
  const payload: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  for (const part of form) {
    if (part.filename === null) payload[part.name] = part.data.toString('utf8');
    else files.set(part.name, { name: part.filename, type: part.type, data: part.data });
  }
  const uploads: Record<string, UploadedFile> = {};
  for (const [key, value] of Object.entries(payload)) {
    const attached = typeof value === 'string' && value.startsWith('attach://') ? files.get(value.slice('attach://'.length)) : undefined;
    if (!attached) continue;
    uploads[key] = attached;
    payload[key] = `uploaded-${attached.name}`;
  }
  payload.__uploads = uploads;
  return payload;
}

/**
 * The parts of a multipart/form-data body. Written out because grammY's stream (its own boundary, no closing
 * CRLF) is refused by the platform's FormData parser, while Telegram takes it.
 */
function parseMultipart(bytes: Buffer, type: string): Array<{ name: string; filename: string | null; type: string; data: Buffer }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (!boundary) throw new Error('Bad Request: multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Array<{ name: string; filename: string | null; type: string; data: Buffer }> = [];
  let at = bytes.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (bytes.subarray(start, start + 2).toString() === '--') break;
    const next = bytes.indexOf(delimiter, start);
    if (next === -1) break;
    const part = bytes.subarray(start, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    let data = part.subarray(headerEnd + 4);
    if (data.subarray(-2).toString() === '\r\n') data = data.subarray(0, -2);
    const name = /[;\s]name="([^"]*)"/.exec(headers)?.[1] ?? '';
    // grammY writes filename=<name> unquoted; browsers quote it
    const filename =
      /filename=(?:"([^"]*)"|([^;\r\n]*))/
        .exec(headers)
        ?.slice(1)
        .find((v) => v !== undefined) ?? null;
    parts.push({ name, filename, type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '', data: Buffer.from(data) });
    at = next;
  }
  return parts;
}
