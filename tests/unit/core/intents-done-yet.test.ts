import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/core/intents/classify.js';
import { asksIfDone, readStatusInText } from '../../../src/core/intents/values.js';

describe('a question whether a task is done, and "not done yet"', () => {
  it.each(['NV16 xong chưa?', 'nv16 xong chua', 'bao cao NV5 da nop chua vay', 'NV7 hoàn thành chưa ạ'])(
    '%s asks, and reports nothing',
    (text) => {
      expect(asksIfDone(text)).toBe(true);
      expect(readStatusInText(text)).toBeNull();
      // the open tasks answer it; it was offered as "/baocao NV16 xong"
      expect(classifyIntent(text).intent).not.toBe('report');
    },
  );

  it('reads "chưa xong" as under way and "không hoàn thành được" as stuck, never as done', () => {
    expect(asksIfDone('NV16 chưa xong')).toBe(false);
    expect(readStatusInText('NV16 chưa xong')).toBe('in_progress');
    expect(readStatusInText('nv16 chua hoan thanh, dang cho ky')).toBe('in_progress');
    expect(readStatusInText('NV16 không hoàn thành được vì thiếu kinh phí')).toBe('blocked');
    expect(readStatusInText('NV16 đã xong')).toBe('done');
  });
});
