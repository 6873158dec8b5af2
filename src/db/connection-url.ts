/**
 * How postgres.js is to reach the server a `DATABASE_URL` names.
 *
 * A server on the same machine can be reached through its Unix socket rather than TCP on the loopback (no TCP
 * stack on either side of a statement: a few per cent of the client's CPU, README "Running on PostgreSQL"),
 * and Debian's own tools connect that way. libpq and psql spell the socket's directory as a `host` parameter,
 * `postgres://user@localhost/db?host=/var/run/postgresql` or `postgres:///db?host=/var/run/postgresql`;
 * postgres.js takes it only as its `host` option, refuses an address with no host, and would send a `host`
 * parameter to the server as a setting, which the server rejects. So the directory is taken out of the address
 * and handed over as the option; any other address is passed on as it is.
 */
export interface PostgresConnection {
  url: string;
  /** the directory holding the server's socket, when the address names one */
  host?: string;
}

const ADDRESS = /^(postgres(?:ql)?:\/\/)([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/;

export function postgresConnection(address: string): PostgresConnection {
  const parts = ADDRESS.exec(address);
  if (!parts?.[4]) return { url: address };
  const [, scheme, authority = '', path = '', query = ''] = parts;
  const parameters = new URLSearchParams(query);
  const socketDirectory = parameters.get('host');
  if (!socketDirectory?.startsWith('/')) return { url: address };
  parameters.delete('host');
  // "user@" or nothing before the path: a host postgres.js accepts, which the socket then stands in for
  const server = authority === '' || authority.endsWith('@') ? `${authority}localhost` : authority;
  const rest = parameters.toString();
  return { url: `${scheme}${server}${path}${rest ? `?${rest}` : ''}`, host: socketDirectory };
}
