import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapBotUpdate, unwrapBotUpdate } from '../../../../src/adapters/zalo-bot/bot.inbound.js';
import { neutralizeMentions } from '../../../../src/adapters/zalo-oa/oa.adapter.js';
import { codeFromPasted } from '../../../../src/adapters/zalo-oa/oa.cli.js';
import { createPkcePair, pkceChallenge } from '../../../../src/adapters/zalo-oa/oa.oauth.js';
import { withoutLeadingMention } from '../../../../src/adapters/zalo/mentions.js';
import {
  classifyOaError,
  OPERATOR_ALERT_KINDS,
  toAdapterError,
  ZALO_ERROR_KINDS,
  ZaloApiError,
} from '../../../../src/adapters/zalo/zalo-errors.js';
import { botErrorKind } from '../../../../src/adapters/zalo-bot/bot.client.js';
import { splitText } from '../../../../src/adapters/zalo/zalo-text.js';
import { loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';
import { botImage, botSticker, botText, botUpdate } from '../../../support/zalo-events.js';

describe('splitText', () => {
  it('keeps short text whole and splits long text at line breaks under 2 000 characters', () => {
    expect(splitText('Xin chào')).toEqual(['Xin chào']);
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Nhiệm vụ số ${i + 1} của đơn vị`);
    const chunks = splitText(lines.join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect([...chunk].length).toBeLessThanOrEqual(2000);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
  });

  it('hard-splits one over-long line within 2 000 both in code points and in UTF-16 units, never inside an emoji', () => {
    // Zalo does not say which it counts: an emoji is one code point but two UTF-16 units
    const line = '😀'.repeat(2500);
    const chunks = splitText(line);
    expect(chunks.map((c) => c.length)).toEqual([2000, 2000, 1000]);
    for (const chunk of chunks) expect(chunk).not.toMatch(/\p{Cs}/u); // no half of a surrogate pair
    expect(chunks.join('')).toBe(line);
  });

  it('never cuts a grapheme: a family emoji or a letter with its marks stays whole', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, one grapheme
    const chunks = splitText(family.repeat(300));
    const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(2000);
      expect([...segmenter.segment(chunk)].every(({ segment }) => segment === family)).toBe(true);
    }
    expect(chunks.join('')).toBe(family.repeat(300));
    // decomposed Vietnamese: "ệ" written as e + two combining marks
    const decomposed = 'Bệnh viện '.normalize('NFD').repeat(400);
    // no chunk may begin with a mark torn from its letter
    for (const chunk of splitText(decomposed)) expect(chunk).not.toMatch(/^\p{M}/u);
    expect(splitText(decomposed).join('')).toBe(decomposed);
  });
});

describe('mentions', () => {
  it('removes a leading @name typed with or without diacritics', () => {
    expect(withoutLeadingMention('@Sở Y tế Lai Châu thông tư nào quy định?', 'Sở Y tế Lai Châu')).toEqual({
      text: 'thông tư nào quy định?',
      mentioned: true,
    });
    expect(withoutLeadingMention('@so y te lai chau, /help', 'Sở Y tế Lai Châu')).toEqual({ text: '/help', mentioned: true });
    expect(withoutLeadingMention('@Sở Y tế Lai Châuxyz', 'Sở Y tế Lai Châu').mentioned).toBe(false);
    expect(withoutLeadingMention('xin chào @Sở Y tế Lai Châu', 'Sở Y tế Lai Châu').mentioned).toBe(false);
    expect(withoutLeadingMention('@Lan ơi', null)).toEqual({ text: '@Lan ơi', mentioned: false });
  });

  it('keeps text a user typed from mentioning anyone in an OA message', () => {
    expect(neutralizeMentions('Đã nhận báo cáo: [@123456] xem giúp')).toBe('Đã nhận báo cáo: [ @123456] xem giúp');
  });
});

describe('errors', () => {
  it("maps Zalo's error codes to what the pipeline does about them", () => {
    const adapterCode = (code: number) => toAdapterError(new ZaloApiError(classifyOaError(code), code, '/v3.0/oa/group/message', 'x')).code;
    expect(classifyOaError(-216)).toBe('token_invalid');
    expect(classifyOaError(-220)).toBe('token_invalid');
    expect(adapterCode(-32)).toBe('RATE_LIMITED');
    expect(adapterCode(-403)).toBe('FORBIDDEN');
    // a group whose GMF asset expired can be renewed: the message fails, the group stays bound
    expect(adapterCode(-237)).toBe('REJECTED');
    // what only a person can fix fails at once (and alerts the administrators, see OPERATOR_ALERT_KINDS)
    expect(classifyOaError(-219)).toBe('app_removed');
    expect(adapterCode(-219)).toBe('AUTH_FAILED');
    expect(classifyOaError(-204)).toBe('oa_unavailable');
    expect(classifyOaError(-205)).toBe('oa_unavailable');
    expect(adapterCode(-205)).toBe('AUTH_FAILED');
    expect(classifyOaError(-248)).toBe('policy_violation');
    expect(adapterCode(-248)).toBe('REJECTED');
    for (const code of [-219, -204, -205, -248, -237]) expect(OPERATOR_ALERT_KINDS.has(classifyOaError(code)), String(code)).toBe(true);
    // the Zalo Bot platform's table calls 403 an internal server error: worth another try, never a dropped chat
    expect(botErrorKind(403)).toBe('server');
    expect(toAdapterError(new ZaloApiError(botErrorKind(403), 403, 'sendMessage', 'Internal server error')).retryable).toBe(true);
    expect(adapterCode(-224)).toBe('AUTH_FAILED');
    expect(adapterCode(-230)).toBe('NOT_SUPPORTED');
    expect(adapterCode(-201)).toBe('REJECTED');
    expect(toAdapterError(new ZaloApiError('invalid_input', 400, 'sendMessage', 'Bad Request')).retryable).toBe(false);
    expect(adapterCode(-99999)).toBe('PLATFORM');
    expect(classifyOaError(-14020)).toBe('refresh_reused');
    expect(toAdapterError(new ZaloApiError('timeout', null, 'x', 'slow')).retryable).toBe(true);
  });

  it('explains each error to the operator with a hint, and in both languages', async () => {
    const error = new ZaloApiError('not_owned', -403, '/v3.0/oa/group/message', 'OA is not in group');
    expect(error.message).toContain('groups the OA created');
    const i18n = await loadI18n(localesDir);
    for (const kind of ZALO_ERROR_KINDS) {
      const key = `zalo-error-${kind.replace(/_/g, '-')}`;
      expect(i18n.has('vi', key) && i18n.has('en', key), key).toBe(true);
    }
  });

  it('never puts a URL (the Bot API token lives in it) into an error message', async () => {
    const source = await readFile(path.join(localesDir, '..', 'src/adapters/zalo/zalo-http.ts'), 'utf8');
    expect(source).not.toMatch(/ZaloApiError\([^)]*url/);
  });
});

describe('PKCE and the pasted code', () => {
  it('makes a 43-character verifier and its unpadded base64url SHA-256', () => {
    const { verifier, challenge } = createPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(challenge).toBe(pkceChallenge(verifier));
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifier).toMatch(/[A-Z]/);
    expect(verifier).toMatch(/[a-z]/);
    expect(verifier).toMatch(/\d/);
    // RFC 7636 appendix B
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('always puts upper case, lower case and a digit in the verifier, as Zalo requires, even when the draw gives none', () => {
    // A source that gives letters only for the first 43 draws, then anything: the first verifier lacks a digit.
    let draws = 0;
    const lettersFirst = (size: number) => (draws++ < 43 ? draws % 52 : (draws * 7) % size);
    const { verifier, challenge } = createPkcePair(lettersFirst);
    expect(verifier).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(verifier).toMatch(/\d/);
    expect(challenge).toBe(pkceChallenge(verifier));
    // and over many real draws (about one in 2 000 lacked a digit before the redraw: 20 000 draws catch that almost surely)
    for (let i = 0; i < 20_000; i += 1) expect(createPkcePair().verifier).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z0-9]{43}$/);
  });

  it('finds the code in the whole redirect address or takes it bare', () => {
    expect(codeFromPasted('https://bot.example.vn/zalo/callback?code=AbC123xyz789&oa_id=579745863508352884&state=s1')).toEqual({
      code: 'AbC123xyz789',
      state: 's1',
    });
    expect(codeFromPasted('  AbC123xyz789 ')).toEqual({ code: 'AbC123xyz789', state: null });
    expect(codeFromPasted('https://bot.example.vn/zalo/callback?error=denied')).toBeNull();
    expect(codeFromPasted('không có')).toBeNull();
  });
});

describe('mapBotUpdate', () => {
  const me = { id: '9001', name: 'Bot Trợ lý' };
  const now = new Date('2026-11-23T02:00:00Z');

  it('maps a private text, with the display name the platform gives', () => {
    const update = botText('2001', '/start', { name: 'Nguyễn Thị Lan', messageId: 'm1' });
    expect(mapBotUpdate(update, me, now)).toMatchObject({
      kind: 'message',
      message: {
        chat: 'zalo-bot:2001',
        chatKind: 'private',
        sender: { platform: 'zalo-bot', id: '2001', displayName: 'Nguyễn Thị Lan' },
        text: '/start',
        eventId: 'm1',
        addressedToBot: true,
      },
    });
  });

  it('takes updates wrapped in {ok, result} as well as bare', () => {
    const update = botText('2001', '/start');
    expect(unwrapBotUpdate({ ok: true, result: update })).toBe(update);
    expect(unwrapBotUpdate(update)).toBe(update);
  });

  it('treats every group message as addressed (the platform passes on only mentions and replies) and drops the @name', () => {
    const update = botText('2001', '@Bot Trợ lý /nhiemvu', { chatType: 'GROUP', chatId: 'g-77' });
    expect(mapBotUpdate(update, me, now)).toMatchObject({
      message: { chat: 'zalo-bot:g-77', chatKind: 'group', text: '/nhiemvu', addressedToBot: true },
    });
  });

  it('keeps a photo as evidence, a sticker as no text, and ignores bots and unknown events', () => {
    expect(mapBotUpdate(botImage('2001', 'ảnh minh chứng'), me, now)).toMatchObject({
      message: { text: 'ảnh minh chứng', attachments: [{ kind: 'photo', fileId: 'https://photo-stal.zdn.vn/bot/evidence.jpg' }] },
    });
    expect(mapBotUpdate(botSticker('2001'), me, now)).toMatchObject({ message: { text: '', attachments: [] } });
    expect(mapBotUpdate(botText('9001', 'echo'), me, now)).toMatchObject({ kind: 'ignored' });
    expect(mapBotUpdate(botUpdate('message.poll.received', '2001', {}), me, now)).toEqual({
      kind: 'unknown',
      eventName: 'message.poll.received',
    });
    expect(mapBotUpdate({ event_name: 'message.text.received', message: { text: 'x' } }, me, now)).toMatchObject({ kind: 'ignored' });
  });
});
