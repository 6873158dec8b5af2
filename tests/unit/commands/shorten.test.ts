import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/chat/format/due-lines.js';

describe('shorten', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(shorten('Báo cáo quý', 20)).toBe('Báo cáo quý');
    expect(shorten('Báo cáo kết quả thực hiện kế hoạch', 20)).toBe('Báo cáo kết quả…');
  });

  it('never leaves half of an emoji, which PostgreSQL refuses to store', () => {
    for (let max = 2; max < 12; max += 1) {
      const cut = shorten('😀😀😀😀😀😀😀😀', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
