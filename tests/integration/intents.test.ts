import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DOCUMENT = /\d+\/\d{4}\/[A-ZĐ-]+/;

describe('free text addressed to the bot goes where it belongs (issue 19)', () => {
  it('a deadlines question gets the deadlines, not a document', async () => {
    const reply = await t.ask('hạn nộp báo cáo tổng kết năm là khi nào vậy?', { kind: 'private' });
    expect(reply).not.toMatch(/không tìm thấy văn bản/i);
    expect(reply).toBe(await t.ask('/hanchot 31', { kind: 'private' }));
    expect(await t.ask('còn nợ báo cáo gì không', { kind: 'private' })).toBe(await t.ask('/quahan', { kind: 'private' }));
  });

  it('help gets /help', async () => {
    expect(await t.ask('hướng dẫn dùng bot')).toBe(await t.ask('/help'));
  });

  it('greetings, introductions and chatter never get a document', async () => {
    for (const text of ['chào mọi người, em là Sinh, y sĩ trạm', 'ai là giám đốc sở y tế lai châu', 'cảm ơn bot nhiều', 'xin chào']) {
      const reply = await t.ask(text);
      expect(reply, text).not.toMatch(DOCUMENT);
      expect(reply.length, text).toBeLessThan(300);
    }
    expect(await t.ask('chào mọi người, em là Sinh, y sĩ trạm')).toContain('rất vui được làm quen');
    expect((await t.say('👍👍')).reply).toBeNull();
  });

  it('a regulation question still gets the lookup', async () => {
    expect(await t.ask('đường dây nóng theo chỉ thị nào')).toBe(await t.ask('/tracuu đường dây nóng theo chỉ thị nào'));
  });

  it('a progress statement proposes /baocao with what was understood, and the choice starts it', async () => {
    const proposal = await t.ask('bao cao NV1 80%');
    expect(proposal).toContain('NV1, 80%');
    expect(proposal).toContain('/baocao NV1 80%');
    const started = await t.ask('1');
    expect(started).toBe(
      await (async () => {
        await t.ask('/huy');
        return t.ask('/baocao NV1 80%');
      })(),
    );
    await t.ask('/huy');
  });

  it('"how do I report" explains and offers to start; "no" drops the question', async () => {
    expect(await t.ask('làm sao để báo cáo')).toContain('/baocao');
    expect(await t.ask('2')).toBe('Vâng ạ.');
  });

  it('a proposal left unanswered does not swallow the next message', async () => {
    await t.ask('làm sao để báo cáo');
    expect(await t.ask('hướng dẫn dùng bot')).toBe(await t.ask('/help'));
  });

  it('feedback proposes /phananh with the channel', async () => {
    const reply = await t.ask('có bệnh nhân gọi đường dây nóng phản ánh');
    expect(reply).toContain('đường dây nóng');
    expect(reply).toContain('/phananh hotline');
    await t.ask('2');
  });
});
