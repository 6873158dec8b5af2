import { describe, expect, it } from 'vitest';
import { redact } from '../../../../src/core/feedback/redact.js';
import { loadCorpus, measureRedaction } from '../../../support/redaction-corpus.js';

const corpus = loadCorpus();

describe('redaction corpus (tests/fixtures/redaction-corpus.txt)', () => {
  it('holds at least 150 complaint texts, some with no personal data at all', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((entry) => entry.personal.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it('hides at least 99 % of the personal data and at most 5 % of the other capitalised words', () => {
    const measure = measureRedaction(corpus);
    expect(measure.recall, JSON.stringify(measure.misses)).toBeGreaterThanOrEqual(0.99);
    expect(measure.overRedaction, JSON.stringify(measure.overs)).toBeLessThanOrEqual(0.05);
  });

  it('shows a case with no personal data as typed', () => {
    for (const entry of corpus.filter((e) => e.personal.length === 0 && !/\d{9}/.test(e.text.replace(/[\s.]/g, '')))) {
      expect(redact(entry.text, { placeholder: '[đã ẩn]' })).toBe(entry.text);
    }
  });

  it.each(['Bệnh viện Đa khoa', 'Trung tâm Y tế', 'Sở Y tế', 'Thông tư 45', 'Bộ Y tế', 'Trung tâm Kiểm soát bệnh tật'])(
    'leaves "%s" alone, after a title as well',
    (name) => {
      expect(redact(name, { placeholder: '[đã ẩn]' })).toBe(name);
      expect(redact(`ông ${name}`, { placeholder: '[đã ẩn]' })).toBe(`ông ${name}`);
    },
  );
});
