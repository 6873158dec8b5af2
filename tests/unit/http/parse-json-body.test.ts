import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../../../src/http/server.js';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('a webhook body read as JSON', () => {
  it('reads an ordinary update as it is, Vietnamese and emoji included', () => {
    const update = { update_id: 7, message: { text: 'Báo cáo NV12 80% 😀 "xong"', chat: { id: -100 } } };
    expect(parseJsonBody(body(JSON.stringify(update)))).toEqual(update);
    expect(parseJsonBody(body('{"text":"\\ud83d\\ude00 \\u0041"}'))).toEqual({ text: '😀 A' });
  });

  it('makes what PostgreSQL cannot store storable, in values and in keys, whatever the escape’s case', () => {
    expect(parseJsonBody(body('{"text":"a\\u0000b","k\\u0000ey":1}'))).toEqual({ text: 'ab', key: 1 });
    expect(parseJsonBody(body('{"text":"half \\uD83D pair","other":"\\udc00"}'))).toEqual({ text: 'half \ufffd pair', other: '\ufffd' });
    expect(parseJsonBody(body('["\\uDE00", {"x": ["\\u0000"]}]'))).toEqual(['\ufffd', { x: [''] }]);
  });

  it('answers undefined for what is not JSON or nests too deep', () => {
    expect(parseJsonBody(body('{"text": '))).toBeUndefined();
    expect(parseJsonBody(body(`${'['.repeat(200)}${']'.repeat(200)}`))).toBeUndefined();
  });
});
