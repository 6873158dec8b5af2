import { describe, expect, it } from 'vitest';
import { postgresConnection } from '../../../src/db/connection-url.js';

describe('a DATABASE_URL naming the server by its Unix socket, as libpq spells it', () => {
  it.each([
    ['postgres://troly:mk@localhost/troly?host=/var/run/postgresql', 'postgres://troly:mk@localhost/troly', '/var/run/postgresql'],
    ['postgres://troly@/troly?host=/var/run/postgresql', 'postgres://troly@localhost/troly', '/var/run/postgresql'],
    ['postgresql:///troly?host=/run/pg', 'postgresql://localhost/troly', '/run/pg'],
    // the port names the socket's file (.s.PGSQL.5433), other parameters stay
    [
      'postgres://u@localhost:5433/db?sslmode=disable&host=/tmp&application_name=bot',
      'postgres://u@localhost:5433/db?sslmode=disable&application_name=bot',
      '/tmp',
    ],
  ])('%s reaches the socket', (address, url, host) => {
    expect(postgresConnection(address)).toEqual({ url, host });
  });

  it.each([
    'postgres://troly:troly@db:5432/troly',
    'postgres://u@127.0.0.1:5432/db?sslmode=require',
    // a host parameter that is no directory is the server's own business
    'postgres://u@localhost/db?host=db.internal',
  ])('%s is passed on as it is', (address) => {
    expect(postgresConnection(address)).toEqual({ url: address });
  });
});
