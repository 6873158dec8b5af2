/**
 * Where the dashboard is, as links must name it. WEB_BASE_URL when set (the public HTTPS address behind a
 * reverse proxy); otherwise the server's own address, known once it listens (PORT=0 picks a free port).
 */
export interface WebAddress {
  /** the root address, without a trailing slash */
  base(): string;
  /** an absolute link to a path of the dashboard ("/dang-nhap?t=…") */
  url(path: string): string;
  /** true when links are https: cookies are then Secure, and Telegram accepts a login button */
  secure(): boolean;
  /** the server listens on this port now (fills in the default address) */
  listening(port: number): void;
}

export function createWebAddress(configured: string | null, port: number): WebAddress {
  let actualPort = port;
  const base = () => configured ?? `http://127.0.0.1:${actualPort}`;
  return {
    base,
    url: (path) => `${base()}${path.startsWith('/') ? path : `/${path}`}`,
    secure: () => base().startsWith('https://'),
    listening(bound) {
      actualPort = bound;
    },
  };
}
