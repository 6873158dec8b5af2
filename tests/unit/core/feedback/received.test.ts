import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/core/errors.js';
import { parseReceived, readReceivedPrefix } from '../../../../src/core/feedback/received.js';

const TZ = 'Asia/Ho_Chi_Minh';
// Monday 7 December 2026, 16:20 in Lai Châu
const now = new Date('2026-12-07T09:20:00Z');
const at = (text: string) => parseReceived(text, now, TZ);
const local = (iso: string) => new Date(`${iso}+07:00`);

describe('when a case was received, as people say it', () => {
  it.each([
    ['hôm qua 15h', '2026-12-06T15:00:00'],
    ['hom qua 15h30', '2026-12-06T15:30:00'],
    ['Hôm qua lúc 3 giờ chiều', '2026-12-06T15:00:00'],
    ['hqua 8h sáng', '2026-12-06T08:00:00'],
    ['hôm nay 9g', '2026-12-07T09:00:00'],
    ['hôm nay, 14:05', '2026-12-07T14:05:00'],
    ['20/11 14:30', '2026-11-20T14:30:00'],
    ['20/11/2026 7h', '2026-11-20T07:00:00'],
    ['ngày 20/11 lúc 15 giờ 30', '2026-11-20T15:30:00'],
    ['20-11 9 giờ tối', '2026-11-20T21:00:00'],
    ['20/11 12 giờ trưa', '2026-11-20T12:00:00'],
    ['chiều qua 3h', '2026-12-06T15:00:00'],
    ['tối hôm qua lúc 8 giờ', '2026-12-06T20:00:00'],
    ['sáng nay 9h', '2026-12-07T09:00:00'],
    ['hôm kia 10h', '2026-12-05T10:00:00'],
  ])('%s: the day and the time', (text, expected) => {
    expect(at(text)).toEqual({ at: local(expected), timeKnown: true });
  });

  it('keeps a day said alone as a day, its time not made up', () => {
    expect(at('hôm nay')).toEqual({ at: now, timeKnown: false });
    expect(at('Hom qua')).toEqual({ at: local('2026-12-06T08:00:00'), timeKnown: false });
    expect(at('20/11')).toEqual({ at: local('2026-11-20T08:00:00'), timeKnown: false });
    expect(at('bây giờ')).toEqual({ at: now, timeKnown: true });
    // the days before, and a part of the day without its hour
    expect(at('hôm kia')).toEqual({ at: local('2026-12-05T08:00:00'), timeKnown: false });
    expect(at('hom kia')).toEqual({ at: local('2026-12-05T08:00:00'), timeKnown: false });
    expect(at('hôm kìa')).toEqual({ at: local('2026-12-04T08:00:00'), timeKnown: false });
    expect(at('chiều qua')).toEqual({ at: local('2026-12-06T08:00:00'), timeKnown: false });
    expect(at('hôm qua chiều')).toEqual({ at: local('2026-12-06T08:00:00'), timeKnown: false });
    expect(at('sáng nay')).toEqual({ at: now, timeKnown: false });
  });

  it.each(['hôm qua 25h', 'qua', 'nay 9h', 'chiều mai', '32/13', 'Bà Hoa ở bản Nà Tăm phản ánh', '20/11 ngày mưa'])(
    'refuses %s',
    (text) => {
      expect(() => at(text)).toThrow(DomainError);
    },
  );

  it('refuses a time still to come today', () => {
    expect(() => at('hôm nay 18h')).toThrowError('feedback.future');
  });
});

describe('when a one-line intake says it was received', () => {
  it('reads "nhận hôm qua" and "tiếp nhận hôm kia" before the complaint, and leaves a complaint that only starts with a day', () => {
    const words = (text: string) => text.split(' ');
    expect(readReceivedPrefix(words('nhận hôm qua người bệnh chờ lâu'), now, TZ)).toEqual({
      received: { at: local('2026-12-06T08:00:00'), timeKnown: false },
      used: 3,
    });
    expect(readReceivedPrefix(words('tiếp nhận hômkia người bệnh chờ lâu'), now, TZ)).toEqual({
      received: { at: local('2026-12-05T08:00:00'), timeKnown: false },
      used: 3,
    });
    expect(readReceivedPrefix(words('hôm kia người bệnh chờ lâu'), now, TZ)).toBeNull();
  });
});
