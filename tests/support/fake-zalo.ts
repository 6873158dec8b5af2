import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { signOaBody } from '../../src/adapters/zalo-oa/oa.webhook.js';
import { OA_APP_ID, OA_ID } from './zalo-events.js';

export interface FakeZaloCall {
  /** "/v3.0/oa/group/message", "/v4/oa/access_token", or "bot:sendMessage" */
  path: string;
  method: string;
  body: Record<string, unknown>;
  query: Record<string, string>;
  accessToken: string | null;
  /** what the fake answered: Zalo's error code (0 on success) or the Bot API's error_code */
  error: number;
  at: number;
}

export interface UploadedFile {
  name: string;
  type: string;
  data: Buffer;
}

/** The attachment id (an image) or token (a file) a sent message refers to, if any. */
function uploadHandle(body: Record<string, unknown>): string | null {
  const attachment = (body.message as { attachment?: { type?: string; payload?: Record<string, unknown> } } | undefined)?.attachment;
  if (!attachment?.payload) return null;
  if (attachment.type === 'file') return typeof attachment.payload.token === 'string' ? attachment.payload.token : null;
  const element = (attachment.payload.elements as Array<{ attachment_id?: string }> | undefined)?.[0];
  return element?.attachment_id ?? null;
}

interface TokenState {
  expired: boolean;
}

// `after`: calls to let through before this one fails (the second part of a long message)
type OaFailure = { error: number; message: string; status?: number; after?: number };
type BotFailure = { status: number; errorCode: number; description: string; after?: number };

/** The failure the next call gets from a queue of them, counting down the calls a failure lets through first. */
function takeFailure<F extends { after?: number }>(queue: F[] | undefined): F | undefined {
  const first = queue?.[0];
  if (!first) return undefined;
  if (first.after) {
    first.after -= 1;
    return undefined;
  }
  return queue.shift();
}

export interface FakeZaloOptions {
  appSecret?: string;
  oaSecretKey?: string;
  botToken?: string;
}

/**
 * An in-process Zalo on 127.0.0.1 speaking the real HTTP protocol: the OAuth v4 token endpoint, the OA Open API
 * (getoa, group and consultation messages, user detail, group management, quota), and the Zalo Bot API
 * (/bot<token>/<method>). It answers errors the way Zalo does (HTTP 200 with a non-zero `error`), enforces the
 * single use of refresh tokens, can be told to fail or to be slow, and posts signed webhook events.
 */
export class FakeZalo {
  readonly appId = OA_APP_ID;
  readonly oaId = OA_ID;
  readonly oaName = 'Sở Y tế Lai Châu';
  readonly appSecret: string;
  readonly oaSecretKey: string;
  readonly botToken: string;
  /**
   * The bot as the platform knows it: getMe gives its id and its account handle (as the docs' example,
   * "bot.VDKyGxQvc"); people mention it by the display name they see in Zalo, which getMe does not give.
   */
  readonly bot = { id: '7305812945601234', account_name: 'bot.VDKyGxQvc', display_name: 'Bot Trợ lý Đầu mối' };
  readonly calls: FakeZaloCall[] = [];
  readonly groups = new Map<string, { name: string; link: string; members: string[]; status: string }>();
  readonly userNames = new Map<string, string>();
  /** users who last wrote to the OA more than 7 days ago: /message/cs refuses them (-230) */
  readonly outsideWindow = new Set<string>();
  readonly assets = new Map<string, 'available' | 'used'>([['a-gmf10-0001', 'available']]);
  botWebhook: { url: string; secret: string } | null = null;
  /**
   * How getoa names the OA's id: "oa_id" as a string (the page's table, what practitioners read), or "oaid" as a
   * bare JSON number (the page's own example, typed "long": 18 digits, beyond a double's precision).
   */
  getoaShape: 'oa_id' | 'oaid-number' = 'oa_id';
  /** files uploaded to the OA, by the attachment id or token it answered with */
  readonly uploads = new Map<string, UploadedFile>();
  /**
   * Zalo's file servers (photo-stal.zdn.vn, f21-zpc.zdn.vn…), reached through `cdnFetch`: the photos and files
   * people send, by path. A link works until it expires (then 403, as a signed link does); a path never put here
   * answers a small JPEG, so that any photo a test sends can be fetched.
   */
  readonly media = new Map<string, { data: Buffer; type: string; expired: boolean; failures: number }>();
  /** requests to the file servers, by path */
  readonly mediaRequests: string[] = [];

  private server: Server | null = null;
  private port = 0;
  private started = Date.now();
  private accessTokens = new Map<string, TokenState>();
  private refreshTokens = new Map<string, 'fresh' | 'used'>();
  private codes = new Map<string, string>();
  private oaFailures = new Map<string, OaFailure[]>();
  private botFailures = new Map<string, BotFailure[]>();
  private delays = new Map<string, number>();
  private botQueue: Record<string, unknown>[] = [];
  private botWaiting: Array<() => void> = [];
  private nextId = 0x7a000000;

  constructor(options: FakeZaloOptions = {}) {
    this.appSecret = options.appSecret ?? 'app-secret-for-the-fake';
    this.oaSecretKey = options.oaSecretKey ?? 'oa-secret-key-for-the-fake';
    this.botToken = options.botToken ?? '7305812945601234:fake-bot-secret-token';
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.started = Date.now();
    return this;
  }

  async stop(): Promise<void> {
    for (const wake of this.botWaiting.splice(0)) wake();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // --- tokens -----------------------------------------------------------------------------------------------

  /** A token pair as the API Explorer would give an admin (for ZALO_OA_ACCESS_TOKEN / _REFRESH_TOKEN). */
  issuePair(): { accessToken: string; refreshToken: string } {
    const accessToken = `at-${randomBytes(12).toString('hex')}`;
    const refreshToken = `rt-${randomBytes(12).toString('hex')}`;
    this.accessTokens.set(accessToken, { expired: false });
    this.refreshTokens.set(refreshToken, 'fresh');
    return { accessToken, refreshToken };
  }

  /** Every access token issued so far stops working, as after 25 hours. */
  expireAccessTokens(): void {
    for (const state of this.accessTokens.values()) state.expired = true;
  }

  /** The refresh token was used by someone else (another process), so using it again fails with -14020. */
  markRefreshTokenUsed(refreshToken: string): void {
    this.refreshTokens.set(refreshToken, 'used');
  }

  /** The OA admin approved the authorization page shown with this challenge; returns the code Zalo redirects with. */
  approve(codeChallenge: string): string {
    const code = `code-${randomBytes(10).toString('hex')}`;
    this.codes.set(code, codeChallenge);
    return code;
  }

  refreshCalls(): FakeZaloCall[] {
    return this.calls.filter((c) => c.path === '/v4/oa/access_token' && c.body.grant_type === 'refresh_token');
  }

  // --- failures and slowness --------------------------------------------------------------------------------

  /** The next call to this OA path answers with this error (HTTP 200 unless `status` says otherwise). */
  failOaNext(path: string, failure: OaFailure): void {
    this.oaFailures.set(path, [...(this.oaFailures.get(path) ?? []), failure]);
  }

  failBotNext(method: string, failure: BotFailure): void {
    this.botFailures.set(method, [...(this.botFailures.get(method) ?? []), failure]);
  }

  /** Answers to this path (or "bot:<method>") take `ms` longer; 0 ends it. */
  slow(path: string, ms: number): void {
    if (ms > 0) this.delays.set(path, ms);
    else this.delays.delete(path);
  }

  // --- OA messages ------------------------------------------------------------------------------------------

  addGroup(groupId: string, name: string, members: string[] = []): void {
    this.groups.set(groupId, { name, link: `https://zalo.me/g/${groupId.slice(0, 9)}`, members, status: 'enabled' });
  }

  /** Texts the OA sent to a group or a user (successful sends only). */
  sentToGroup(groupId: string): string[] {
    return this.successful('/v3.0/oa/group/message')
      .filter((c) => (c.body.recipient as { group_id?: string }).group_id === groupId)
      .map((c) => (c.body.message as { text?: string }).text ?? '[media]');
  }

  sentToUser(userId: string): string[] {
    return this.successful('/v3.0/oa/message/cs')
      .filter((c) => (c.body.recipient as { user_id?: string }).user_id === userId)
      .map((c) => (c.body.message as { text?: string }).text ?? '[media]');
  }

  /** The message id the OA's last successful group send got (for quoting it). */
  lastGroupMessageId(groupId: string): string | null {
    const call = this.successful('/v3.0/oa/group/message')
      .filter((c) => (c.body.recipient as { group_id?: string }).group_id === groupId)
      .at(-1);
    return (call?.body.__messageId as string | undefined) ?? null;
  }

  successful(path: string): FakeZaloCall[] {
    return this.calls.filter((c) => c.path === path && c.error === 0);
  }

  /** Posts an OA event to the bot's webhook, signed as Zalo signs it; returns the HTTP status. */
  async postOaEvent(
    url: string,
    event: Record<string, unknown>,
    options: { signature?: string | null; prefix?: boolean; secretKey?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; ms: number }> {
    const body = options.body ?? JSON.stringify(event);
    const mac = signOaBody(this.appId, options.secretKey ?? this.oaSecretKey, body, String(event.timestamp));
    const signature = options.signature === undefined ? (options.prefix ? `mac=${mac}` : mac) : options.signature;
    const begun = Date.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-zevent-signature': signature } : {}), ...options.headers },
      body,
    });
    await response.arrayBuffer();
    return { status: response.status, ms: Date.now() - begun };
  }

  /**
   * What the developer console reportedly does when a webhook URL is saved: an unsigned POST of "{}" that must be
   * answered 200 before the URL is accepted.
   */
  async checkOaWebhookUrl(url: string): Promise<number> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await response.arrayBuffer();
    return response.status;
  }

  /**
   * Zalo's re-sending of an event it could not deliver: the same body, signature and original timestamp, with a
   * num_retry header, unless a proxy on the way drops it (nginx drops header names with an underscore by default).
   */
  async resendOaEvent(url: string, event: Record<string, unknown>, retry: number, options: { proxyDropsHeader?: boolean } = {}) {
    return this.postOaEvent(url, event, { headers: options.proxyDropsHeader ? {} : { num_retry: String(retry) } });
  }

  // --- Zalo's file servers ----------------------------------------------------------------------------------

  /** A file on Zalo's file servers; returns its link (on the real host name, which `cdnFetch` routes here). */
  putMedia(name: string, data: Buffer, type: string, options: { failures?: number } = {}): string {
    const path = `/cdn/${randomBytes(6).toString('hex')}/${encodeURIComponent(name)}`;
    this.media.set(path, { data, type, expired: false, failures: options.failures ?? 0 });
    return `https://photo-stal.zdn.vn${path.slice('/cdn'.length)}`;
  }

  /** Every link handed out so far stops working, as Zalo's do after a while. */
  expireMedia(): void {
    for (const file of this.media.values()) file.expired = true;
  }

  /** fetch, with Zalo's file server hosts (*.zdn.vn) answered by this fake: no test reaches the internet. */
  readonly cdnFetch = (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    if (!/\.zdn\.vn$/.test(url.hostname)) return fetch(input, init);
    return fetch(`${this.base}/cdn${url.pathname}`, init);
  };

  private mediaAnswer(path: string, res: ServerResponse) {
    this.mediaRequests.push(path);
    const file = this.media.get(path);
    if (file?.expired) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      return res.end('Forbidden: the link has expired');
    }
    if (file && file.failures > 0) {
      file.failures -= 1;
      res.writeHead(502, { 'content-type': 'text/plain' });
      return res.end('Bad gateway');
    }
    const data = file?.data ?? TINY_JPEG;
    res.writeHead(200, { 'content-type': file?.type ?? 'image/jpeg', 'content-length': String(data.length) });
    res.end(data);
  }

  // --- Bot API ----------------------------------------------------------------------------------------------

  /**
   * Whether the platform hands this update to the bot. In a group the bot gets only messages that mention it
   * ("@<bot name>") or reply to one of its messages; the docs do not show how an update marks a reply, so the
   * test says so with `replyToBot`. Private chats get everything.
   */
  botReceives(update: Record<string, unknown>, options: { replyToBot?: boolean } = {}): boolean {
    const message = update.message as { chat?: { chat_type?: string }; text?: string; caption?: string } | undefined;
    if ((message?.chat?.chat_type ?? '').toUpperCase() !== 'GROUP') return true;
    if (options.replyToBot) return true;
    return (message?.text ?? message?.caption ?? '').includes(`@${this.bot.display_name}`);
  }

  /** Group messages the platform kept from the bot (neither a mention nor a reply). */
  readonly botWithheld: Record<string, unknown>[] = [];

  /** Queues an update for getUpdates (one per call, as the platform does), if the platform hands it to the bot. */
  pushBot(update: Record<string, unknown>, options: { replyToBot?: boolean } = {}): boolean {
    if (!this.botReceives(update, options)) {
      this.botWithheld.push(update);
      return false;
    }
    this.botQueue.push(update);
    for (const wake of this.botWaiting.splice(0)) wake();
    return true;
  }

  /**
   * Posts an update to the bot's webhook; `wrap` sends it as {ok, result} like the docs show. 'withheld': the
   * platform does not hand it to the bot (group talk that neither mentions nor replies to it), nothing is posted.
   */
  async deliverBot(
    update: Record<string, unknown>,
    options: { secret?: string | null; wrap?: boolean; body?: string; replyToBot?: boolean } = {},
  ): Promise<number | 'withheld'> {
    if (!this.botWebhook) throw new Error('no Zalo Bot webhook set');
    if (options.body === undefined && !this.botReceives(update, options)) {
      this.botWithheld.push(update);
      return 'withheld';
    }
    const secret = options.secret === undefined ? this.botWebhook.secret : options.secret;
    const response = await fetch(this.botWebhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-bot-api-secret-token': secret } : {}) },
      body: options.body ?? JSON.stringify(options.wrap ? { ok: true, result: update } : update),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** The files sent to an OA group, as uploaded (name, type, bytes), in the order they were sent. */
  oaGroupFiles(groupId: string): UploadedFile[] {
    return this.successful('/v3.0/oa/group/message')
      .filter((c) => (c.body.recipient as { group_id?: string }).group_id === groupId)
      .map((c) => uploadHandle(c.body))
      .flatMap((handle) => (handle && this.uploads.has(handle) ? [this.uploads.get(handle)!] : []));
  }

  /** The files sent to one user through message/cs, as uploaded. */
  oaUserFiles(userId: string): UploadedFile[] {
    return this.successful('/v3.0/oa/message/cs')
      .filter((c) => (c.body.recipient as { user_id?: string }).user_id === userId)
      .map((c) => uploadHandle(c.body))
      .flatMap((handle) => (handle && this.uploads.has(handle) ? [this.uploads.get(handle)!] : []));
  }

  /** A message naming an upload must name one this OA made (an attachment id or token expires otherwise). */
  private knownUpload(body: Record<string, unknown>): boolean {
    const handle = uploadHandle(body);
    return handle === null || this.uploads.has(handle);
  }

  botSentTo(chatId: string): string[] {
    return this.calls
      .filter((c) => c.path === 'bot:sendMessage' && c.error === 0 && c.body.chat_id === chatId)
      .map((c) => String(c.body.text));
  }

  /** Waits until `predicate` holds (answers arrive after the webhook was answered). */
  async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; calls: ${this.calls.map((c) => `${c.path}=${c.error}`).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  // --- the server -------------------------------------------------------------------------------------------

  private id(): string {
    this.nextId += 1;
    return `${this.nextId.toString(16)}c0ffee${randomBytes(9).toString('hex')}`;
  }

  private async route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.base);
    if (url.pathname.startsWith('/cdn/')) return this.mediaAnswer(url.pathname, res);
    const bytes = await readBytes(req);
    const raw = bytes.toString('utf8');
    const type = req.headers['content-type'] ?? '';
    let body: Record<string, unknown> = {};
    if (raw && type.includes('application/json')) body = JSON.parse(raw) as Record<string, unknown>;
    else if (raw && type.includes('application/x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(raw));
    else if (bytes.length > 0 && type.includes('multipart/form-data')) {
      // An upload: the file is kept with the call, as bytes, for the test to read back.
      const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData();
      const file = form.get('file');
      if (file && typeof file !== 'string')
        body = { file: { name: file.name, type: file.type, data: Buffer.from(await file.arrayBuffer()) } };
    }
    const bot = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const path = bot ? `bot:${bot[2]}` : url.pathname;
    const call: FakeZaloCall = {
      path,
      method: req.method ?? 'GET',
      body,
      query: Object.fromEntries(url.searchParams),
      accessToken: typeof req.headers.access_token === 'string' ? req.headers.access_token : null,
      error: 0,
      at: Date.now() - this.started,
    };
    this.calls.push(call);
    const delay = this.delays.get(path);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const reply = (status: number, answer: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      // a raw answer carries numbers JSON.stringify cannot write (an id beyond a double's precision)
      res.end(answer instanceof RawJson ? answer.text : JSON.stringify(answer));
    };
    if (bot) {
      const answer = await this.botAnswer(bot[1]!, bot[2]!, body, call, req);
      if (answer) reply(answer.status, answer.body);
      return;
    }
    if (url.pathname === '/v4/oa/access_token') return reply(200, this.oauth(req, body, call));
    const answer = this.oaAnswer(path, body, call);
    reply(answer.status, answer.raw ?? answer.body);
  }

  private oauth(req: IncomingMessage, form: Record<string, unknown>, call: FakeZaloCall): Record<string, unknown> {
    const fail = (error: number, name: string, description: string) => {
      call.error = error;
      return { error, error_name: name, error_reason: name, error_description: description };
    };
    if (req.headers.secret_key !== this.appSecret || form.app_id !== this.appId)
      return fail(-14002, 'Invalid app', 'app id or secret key is wrong');
    const grant = () => {
      const pair = this.issuePair();
      return { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: '90000' };
    };
    if (form.grant_type === 'refresh_token') {
      const state = this.refreshTokens.get(String(form.refresh_token));
      if (state === undefined) return fail(-14014, 'Invalid refresh token', 'refresh token is invalid');
      if (state === 'used') return fail(-14020, 'Invalid refresh token', 'refresh token has been used');
      this.refreshTokens.set(String(form.refresh_token), 'used');
      return grant();
    }
    if (form.grant_type === 'authorization_code') {
      const challenge = this.codes.get(String(form.code));
      if (!challenge) return fail(-14019, 'Invalid code', 'authorization code is invalid or expired');
      const verifier = String(form.code_verifier ?? '');
      if (createHash('sha256').update(verifier, 'ascii').digest('base64url') !== challenge)
        return fail(-14003, 'Invalid code verifier', 'code verifier is invalid');
      this.codes.delete(String(form.code));
      return grant();
    }
    return fail(-14001, 'Invalid grant type', 'unsupported grant_type');
  }

  private oaAnswer(
    path: string,
    body: Record<string, unknown>,
    call: FakeZaloCall,
  ): { status: number; body: Record<string, unknown>; raw?: RawJson } {
    const error = (code: number, message: string, status = 200) => {
      call.error = code;
      return { status, body: { error: code, message } };
    };
    const ok = (data: unknown) => ({ status: 200, body: { error: 0, message: 'Success', data } });
    const token = call.accessToken ? this.accessTokens.get(call.accessToken) : undefined;
    if (!token) return error(-216, 'Access token is invalid');
    if (token.expired) return error(-220, 'Access token has expired');
    const failure = takeFailure(this.oaFailures.get(path));
    if (failure) return error(failure.error, failure.message, failure.status);

    switch (path) {
      case '/v2.0/oa/getoa': {
        const about = {
          name: this.oaName,
          description: 'Cổng thông tin Sở Y tế',
          package_name: 'Gói Nâng cao',
          package_valid_through_date: '31/12/2027',
        };
        if (this.getoaShape === 'oa_id') return ok({ oa_id: this.oaId, ...about });
        const data = JSON.stringify(about).replace(/^\{/, `{"oaid":${this.oaId},`);
        return { ...ok(null), raw: new RawJson(`{"error":0,"message":"Success","data":${data}}`) };
      }
      case '/v3.0/oa/group/message': {
        const groupId = (body.recipient as { group_id?: string } | undefined)?.group_id ?? '';
        const group = this.groups.get(groupId);
        if (!group) return error(-403, 'OA is not in group');
        if (group.status !== 'enabled') return error(-237, 'Group is disabled');
        const text = (body.message as { text?: string } | undefined)?.text;
        if (text !== undefined && overZaloLimit(text)) return error(-210, 'Parameter exceeds the limit');
        if (!this.knownUpload(body)) return error(-201, 'Attachment is invalid');
        // The group image page marks message.text (the caption, up to 2 000 characters) as required.
        if (isMedia(body) && !text?.trim()) return error(-201, 'Parameter text is required');
        const messageId = this.id();
        body.__messageId = messageId;
        return ok({ message_id: messageId, group_id: groupId });
      }
      case '/v2.0/oa/upload/image':
      case '/v2.0/oa/upload/file': {
        const file = body.file as UploadedFile | undefined;
        if (!file) return error(-201, 'Parameter is invalid');
        const image = path.endsWith('/image');
        const allowed = image
          ? ['image/png', 'image/jpeg']
          : ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
        if (!allowed.includes(file.type)) return error(-210, 'File type is not supported');
        if (file.data.length > (image ? 1 : 5) * 1024 * 1024) return error(-210, 'File size exceeds the limit');
        const handle = `${image ? 'att' : 'tok'}-${this.id()}`;
        this.uploads.set(handle, file);
        return ok(image ? { attachment_id: handle } : { token: handle });
      }
      case '/v3.0/oa/message/cs': {
        const userId = (body.recipient as { user_id?: string } | undefined)?.user_id ?? '';
        if (!/^\d+$/.test(userId)) return error(-201, 'Parameter is invalid');
        if (this.outsideWindow.has(userId)) return error(-230, 'User has not interacted with the OA in the past 7 days');
        const text = (body.message as { text?: string } | undefined)?.text;
        if (text !== undefined && overZaloLimit(text)) return error(-210, 'Parameter exceeds the limit');
        if (!this.knownUpload(body)) return error(-201, 'Attachment is invalid');
        return ok({ message_id: this.id(), user_id: userId, quota: { quota_type: 'reply', remain: 7, total: 8 } });
      }
      case '/v3.0/oa/user/detail': {
        const userId = (JSON.parse(call.query.data ?? '{}') as { user_id?: string }).user_id ?? '';
        const name = this.userNames.get(userId);
        return name ? ok({ user_id: userId, display_name: name, user_is_follower: true }) : error(-213, 'User has not followed the OA');
      }
      case '/v3.0/oa/group/getgroupsofoa': {
        const offset = Number(call.query.offset ?? 0);
        const count = Number(call.query.count ?? 5);
        const all = [...this.groups.entries()].map(([id, g]) => ({
          group_id: id,
          name: g.name,
          group_link: g.link,
          total_member: g.members.length,
          status: g.status,
          avatar: '',
        }));
        return ok({ offset, count, total: all.length, group_count: all.length, groups: all.slice(offset, offset + count) });
      }
      case '/v3.0/oa/group/getgroup': {
        const group = this.groups.get(call.query.group_id ?? '');
        if (!group) return error(-403, 'OA is not in group');
        return ok({ group_info: { group_id: call.query.group_id, name: group.name, status: group.status, group_link: group.link } });
      }
      case '/v3.0/oa/group/creategroupwithoa': {
        const asset = String(body.asset_id ?? '');
        if (this.assets.get(asset) !== 'available') return error(-238, 'Asset is used or unavailable');
        const members = (body.member_user_ids as string[] | undefined) ?? [];
        if (members.length < 1 || members.length > 99) return error(-201, 'Parameter is invalid');
        this.assets.set(asset, 'used');
        const groupId = randomBytes(10).toString('hex');
        this.addGroup(groupId, String(body.group_name), members);
        return ok({ group_id: groupId, group_link: this.groups.get(groupId)!.link, status: 'enabled', total_member: members.length + 1 });
      }
      case '/v3.0/oa/quota/group':
        return ok(
          [...this.assets.entries()].map(([id, status]) => ({
            asset_id: id,
            product_type: body.product_type,
            quota_type: body.quota_type,
            status,
            valid_through: '2027-06-30',
            auto_renew: false,
          })),
        );
      default:
        return error(-404, 'empty api', 404);
    }
  }

  private async botAnswer(
    token: string,
    method: string,
    body: Record<string, unknown>,
    call: FakeZaloCall,
    req: IncomingMessage,
  ): Promise<{ status: number; body: Record<string, unknown> } | null> {
    const error = (status: number, code: number, description: string) => {
      call.error = code;
      return { status, body: { ok: false, error_code: code, description } };
    };
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    if (token !== this.botToken) return error(401, 401, 'Unauthorized');
    const failure = takeFailure(this.botFailures.get(method));
    if (failure) return error(failure.status, failure.errorCode, failure.description);
    switch (method) {
      case 'getMe':
        return ok({ id: this.bot.id, account_name: this.bot.account_name, account_type: 'BASIC', can_join_groups: false });
      case 'setWebhook':
        this.botWebhook = { url: String(body.url), secret: String(body.secret_token) };
        return ok({ url: body.url, updated_at: Date.now() });
      case 'deleteWebhook':
        this.botWebhook = null;
        return ok({ url: '', updated_at: Date.now() });
      case 'getWebhookInfo':
        return ok({ url: this.botWebhook?.url ?? '', updated_at: Date.now() });
      case 'getUpdates': {
        if (this.botWebhook) return error(400, 400, 'Bad Request: webhook is active');
        if (this.botQueue.length === 0) {
          let closed = false;
          req.once('close', () => (closed = true));
          const waitMs = Math.min(Number(body.timeout ?? 30), 1) * 1000; // tests need short polls
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, waitMs);
            this.botWaiting.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
          if (closed) return null;
        }
        const update = this.botQueue.shift();
        return update ? ok(update) : error(408, 408, 'Request timeout');
      }
      case 'sendMessage': {
        const text = typeof body.text === 'string' ? body.text : '';
        if (text.length === 0 || overZaloLimit(text)) return error(400, 400, 'Bad Request: text must be 1-2000 characters');
        return ok({ message_id: this.id(), date: Date.now() });
      }
      case 'sendPhoto':
        return ok({ message_id: this.id(), date: Date.now() });
      default:
        return error(404, 404, 'Not Found');
    }
  }
}

/** The smallest JPEG there is (a 1×1 image), what the file servers answer for a photo no test put there. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** Whether a message to send is an image (a media template). */
function isMedia(body: Record<string, unknown>): boolean {
  const attachment = (body.message as { attachment?: { type?: string; payload?: { template_type?: string } } } | undefined)?.attachment;
  return attachment?.type === 'template' && attachment.payload?.template_type === 'media';
}

/** An answer written out as it is, for numbers JSON.stringify cannot write. */
class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Zalo does not say whether its 2 000 characters are code points or UTF-16 units: the fake refuses a text over
 * either count, so that a split that only counts one of them fails here.
 */
function overZaloLimit(text: string): boolean {
  return text.length > 2000 || [...text].length > 2000;
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
