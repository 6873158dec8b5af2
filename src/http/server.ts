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
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  routes: WebhookRoute[];
  /** true when the database answers */
  health(): Promise<boolean>;
  logger: Logger;
  maxBodyBytes?: number;
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
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * The small HTTP surface of DESIGN: POST /webhooks/<platform> and GET /healthz. Size and content type are
 * checked before a body is read or parsed; each route checks its own secret or signature.
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
        const healthy = await options.health().catch(() => false);
        return send(healthy ? 200 : 503, JSON.stringify({ ok: healthy }));
      }
      const route = routes.get(path);
      if (!route) return send(404);
      if (request.method !== 'POST') return send(405);
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return send(415);
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
