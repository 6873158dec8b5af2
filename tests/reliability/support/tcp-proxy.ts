import { createServer, type Server, type Socket, connect } from 'node:net';

export interface TcpProxy {
  /** 127.0.0.1 port the proxy listens on (the same one across outages) */
  readonly port: number;
  /** connections accepted and forwarded since the start */
  readonly accepted: number;
  /**
   * PostgreSQL "stops" for whoever connects through the proxy: every open connection is cut and new ones are
   * refused (the port is closed, as a stopped server's is). The real server keeps running for everyone else.
   */
  down(): Promise<void>;
  /** PostgreSQL is back on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A small TCP proxy in front of PostgreSQL (or anything), so that a test can take the database away from one
 * process without touching the machine's shared server.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let accepted = 0;
  let server: Server | null = null;
  let port = 0;

  const onConnection = (client: Socket) => {
    accepted += 1;
    const upstream = connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    // Either side going away takes the other with it, as a dying server does to its clients.
    const cut = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', cut).on('close', cut);
    upstream.on('error', cut).on('close', cut);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  async function listen(on: number) {
    // The port was ours a moment ago; if the kernel is slow to release it, try again briefly.
    for (let attempt = 0; ; attempt += 1) {
      try {
        server = createServer(onConnection);
        await new Promise<void>((resolve, reject) => {
          server!.once('error', reject);
          server!.listen(on, '127.0.0.1', () => resolve());
        });
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : on;
        return;
      } catch (error) {
        if (attempt >= 50 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async function stopListening() {
    const closing = server;
    server = null;
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  }

  await listen(0);

  return {
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    async down() {
      const closed = stopListening();
      // RST rather than FIN: a killed server leaves no goodbye
      for (const socket of open) socket.resetAndDestroy();
      open.clear();
      await closed;
    },
    async up() {
      if (!server) await listen(port);
    },
    async close() {
      for (const socket of open) socket.destroy();
      open.clear();
      await stopListening();
    },
  };
}
