import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Logger } from '../logger.js';

export interface WebhookRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface WebhookResponse {
  status: number;
  body?: string;
}

export interface WebhookRoute {
  /** e.g. "/webhooks/telegram" */
  path: string;
  /**
   * Whether the headers alone could belong to the platform (its secret, or a signature of the right shape).
   * Asked before the body is read, so that a stranger cannot make the server take in a megabyte per request.
   */
  authorize?(headers: IncomingHttpHeaders): boolean;
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  routes: WebhookRoute[];
  /** true (or a report whose `ok` is true) when the database answers; a report's other fields are shown too */
  health(): Promise<boolean | { ok: boolean; [detail: string]: unknown }>;
  logger: Logger;
  maxBodyBytes?: number;
  /**
   * What answers every other path (the dashboard's pages); without it, 404. Webhook paths and /healthz never
   * reach it, so the webhooks' raw-body handling above stays as it is.
   */
  fallback?: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void>;
}

export interface HttpServer {
  listen(): Promise<{ port: number }>;
  close(): Promise<void>;
}

// Telegram updates are a few kilobytes; anything near a megabyte is not one.
const DEFAULT_MAX_BODY = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(request: import('node:http').IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        // Destroying the socket here would lose the 413 too; what still arrives is dropped unread until the
        // answer is out, and then the connection closes (it says "connection: close").
        over = true;
        chunks = [];
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

// A platform's update nests a dozen levels at most (a reply to a message with its keyboard); anything deeper is
// not one, and a value thousands of levels deep overflows the stack of whatever walks it later (JSON.stringify
// when it is stored), which would answer 500 and have the platform send it again and again.
const MAX_JSON_DEPTH = 64;

/** How deep arrays and objects nest in a JSON text, counted without parsing it (brackets in strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return deepest;
}

const NUL = /\u0000/g;
// half of a surrogate pair without its other half: valid in JSON ("\ud83d"), refused by PostgreSQL's jsonb
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const storable = (text: string) => text.replace(NUL, '').replace(LONE_SURROGATE, '\ufffd');

/** Makes a parsed string, or an object's keys, something PostgreSQL can store. */
function storableJson(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return storable(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((key) => storable(key) !== key)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storable(key), inner]));
  }
  return value;
}

/**
 * A copy of a value already parsed elsewhere (a polled update) made storable the same way as a webhook body:
 * NUL dropped and half a surrogate pair replaced in every string and key.
 */
export function storableCopy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value), storableJson) as unknown);
}

// What can put NUL or half a surrogate pair into a parsed value: their escapes (decoding UTF-8 never yields
// either). A body without them, nearly every one, is parsed without the reviver, which costs a call per value.
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * A webhook body as JSON, or undefined when it is not JSON or nests deeper than any platform's update. What a
 * chat message may carry but PostgreSQL's jsonb cannot hold is made storable in every string and key: NUL is
 * dropped (the dispatcher drops control characters anyway), half a surrogate pair becomes U+FFFD.
 */
export function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (jsonDepth(text) > MAX_JSON_DEPTH) return undefined;
  try {
    return (UNSTORABLE_ESCAPE.test(text) ? JSON.parse(text, storableJson) : JSON.parse(text)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The small HTTP surface of DESIGN: POST /webhooks/<platform>, GET /healthz, and the dashboard behind them. The route's secret (as far as
 * headers show it), the content type and the declared size are checked before a body is read; a body that
 * grows past the limit is dropped as it arrives, never buffered whole. Each route then checks its signature.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const routes = new Map(options.routes.map((route) => [route.path, route]));
  let server: Server | null = null;

  const handler = async (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    const send = (status: number, body = '') => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(body);
    };
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    try {
      if (path === '/healthz') {
        if (request.method !== 'GET') return send(405);
        const health = await options.health().catch(() => false);
        const report = typeof health === 'boolean' ? { ok: health } : health;
        return send(report.ok ? 200 : 503, JSON.stringify(report));
      }
      const route = routes.get(path);
      if (!route) return options.fallback ? await options.fallback(request, response) : send(404);
      if (request.method !== 'POST') return send(405);
      if (route.authorize && !route.authorize(request.headers)) {
        response.setHeader('connection', 'close');
        return send(401);
      }
      if (!/^application\/json(\s*;|\s*$)/i.test(request.headers['content-type'] ?? '')) return send(415);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limit) {
        response.setHeader('connection', 'close');
        return send(413);
      }
      const body = await readBody(request, limit);
      const result = await route.handle({ headers: request.headers, body });
      return send(result.status, result.body ?? '');
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        response.setHeader('connection', 'close');
        return send(413);
      }
      // The platform retries on 5xx: right when the database is down, harmless otherwise (updates are deduplicated).
      options.logger.error({ err: error, path }, 'webhook request failed');
      return send(500);
    }
  };

  return {
    listen() {
      return new Promise((resolve, reject) => {
        server = createServer((request, response) => void handler(request, response));
        server.once('error', reject);
        server.listen(options.port, options.host ?? '0.0.0.0', () => {
          const address = server?.address();
          resolve({ port: typeof address === 'object' && address ? address.port : options.port });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
