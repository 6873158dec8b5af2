import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlChunks, questionMarkup, replyMarkup } from '../../../../src/adapters/telegram/telegram.format.js';

describe('Telegram formatting', () => {
  it('escapes what would open a tag or an entity', () => {
    expect(escapeHtml('<b>Hòm thư & "góp ý"</b>')).toBe('&lt;b&gt;Hòm thư &amp; "góp ý"&lt;/b&gt;');
  });

  it('keeps a short message whole', () => {
    expect(htmlChunks('Dòng 1\nDòng 2')).toEqual(['Dòng 1\nDòng 2']);
  });

  it('splits a long message at line boundaries, each chunk within the limit once escaped', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Báo cáo <tiến độ> & kết quả của đơn vị số ${i + 1}`);
    const chunks = htmlChunks(lines.join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(4096);
    expect(chunks.join('\n')).toBe(escapeHtml(lines.join('\n')));
    // every chunk begins at the start of a line of the list
    for (const chunk of chunks) expect(chunk).toMatch(/^\d+\. Báo cáo/);
  });

  it('hard-splits a single line longer than the limit without breaking an escape', () => {
    const chunks = htmlChunks('<'.repeat(5000));
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(4096);
      expect(chunk).toMatch(/^(&lt;)+$/);
    }
    expect(chunks.join('')).toBe('&lt;'.repeat(5000));
  });

  it('makes buttons an inline keyboard and a question in a group a forced reply', () => {
    expect(replyMarkup({ text: 'x', buttons: [{ label: 'Đầu mối', data: 'focal_point' }] }, true)).toEqual({
      inline_keyboard: [[{ text: 'Đầu mối', callback_data: 'focal_point' }]],
    });
    expect(replyMarkup({ text: 'x', expectsAnswer: true }, true)).toEqual({ force_reply: true, selective: true });
    expect(replyMarkup({ text: 'x', expectsAnswer: true }, false)).toBeUndefined();
    expect(() => replyMarkup({ text: 'x', buttons: [{ label: 'a', data: 'x'.repeat(65) }] }, true)).toThrow(/64 bytes/);
  });

  it('asks for a typed or uploaded answer with a single way out (skip the evidence) by force_reply in a group, buttons elsewhere', () => {
    const evidence = {
      text: 'Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc gõ “bỏ qua”.',
      buttons: [{ label: 'Bỏ qua', data: 'skip' }],
      expectsAnswer: true,
    };
    // with privacy mode a photo that is not a reply never reaches the bot: the app must open a reply
    expect(replyMarkup(evidence, true)).toEqual({ force_reply: true, selective: true });
    expect(replyMarkup(evidence, false)).toEqual({ inline_keyboard: [[{ text: 'Bỏ qua', callback_data: 'skip' }]] });
    // a choice among several is a button press, which reaches the bot anyway
    const status = {
      text: 'Tình trạng?',
      buttons: [
        { label: 'Hoàn thành', data: 'done' },
        { label: 'Gặp khó khăn', data: 'blocked' },
      ],
      expectsAnswer: true,
    };
    expect(replyMarkup(status, true)).toHaveProperty('inline_keyboard');
  });

  it('names the person a question is for when it replies to nothing of theirs (after a pressed button)', () => {
    const lan = { platform: 'telegram' as const, id: '1001', displayName: 'Nguyễn Thị <Lan>' };
    expect(questionMarkup({ text: 'Bao nhiêu phần trăm?', expectsAnswer: true, replyToMessageId: '55', addressee: lan }, true)).toEqual({
      markup: { force_reply: true, selective: true },
      naming: '',
    });
    expect(questionMarkup({ text: 'Bao nhiêu phần trăm?', expectsAnswer: true, addressee: lan }, true)).toEqual({
      markup: { force_reply: true, selective: true },
      naming: '👉 <a href="tg://user?id=1001">Nguyễn Thị &lt;Lan&gt;</a>\n',
    });
    // no one to name: anyone may answer rather than no one
    expect(questionMarkup({ text: 'x', expectsAnswer: true }, true)).toEqual({ markup: { force_reply: true }, naming: '' });
  });
});
