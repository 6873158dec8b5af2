import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ticketLines } from '../../../../src/chat/format/ticket-lines.js';
import type { ComplainantContact, Ticket } from '../../../../src/core/feedback/feedback.js';
import { redact } from '../../../../src/core/feedback/redact.js';
import type { Translate } from '../../../../src/core/text/translate.js';
import { loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';
import { complaint as generatedComplaint } from '../../../support/generated-complaints.js';
import { leaks, type Secret } from '../../../support/privacy-guard.js';

/** Digits with what people put between them: nothing mostly, sometimes a space, a dot or a dash. */
const written = (digits: string) =>
  fc
    .array(fc.constantFrom('', '', '', ' ', '.', '-'), { minLength: digits.length - 1, maxLength: digits.length - 1 })
    .map((seps) => [...digits].map((d, i) => d + (seps[i] ?? '')).join(''));
const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

/** A Vietnamese mobile number as written on a complaint: 0, 84, +84 or 0084 in front, separators anywhere. */
const mobile = fc
  .tuple(fc.constantFrom('0', '84', '+84', '0084', '+84 ', '0084 ', '+84 (0) '), fc.constantFrom('3', '5', '7', '8', '9'), digitString(8))
  .chain(([prefix, first, rest]) => written(first + rest).map((body) => prefix + body));
/** A landline with its area code: 024 3822 1234, (0213) 387 6543. */
const landline = fc
  .tuple(fc.constantFrom('0', '(0', '+84 ', '84'), digitString(9))
  .chain(([prefix, rest]) =>
    written(`2${rest}`).map((body) => (prefix === '(0' ? `(0${body.slice(0, 3)})${body.slice(3)}` : prefix + body)),
  );
const phone = fc.oneof(mobile, landline).map((value): Secret => ({ kind: 'phone', value }));
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{1,12}[a-z0-9]$/), fc.constantFrom('gmail.com', 'yahoo.com.vn', 'laichau.gov.vn', 'bvdk.vn'))
  .map(([local, domain]): Secret => ({ kind: 'email', value: `${local}@${domain}` }));
// A CCCD begins with its province code (001–096); a CMND is any nine digits, except that one written in
// thousands ending in 000 ("123.456.000") reads as money and is left alone (src/core/feedback/redact.ts).
const idNumber = fc
  .oneof(
    digitString(11).map((d) => `0${d}`),
    digitString(9),
  )
  .chain((digits) => fc.constantFrom('', ' ', '.').map((sep) => digits.replace(/(\d{3})(?=\d)/g, `$1${sep}`)))
  .filter((value) => !/^[1-9]\d{0,2}(?:[.\s]\d{3})*[.\s]000$/.test(value))
  .map((value): Secret => ({ kind: 'id', value }));

// What surrounds them in a complaint: words, room numbers, dates, amounts of money.
const filler = fc.array(
  fc.constantFrom(
    'Người nhà',
    'phản ánh',
    'khoa Nhi',
    'phòng 204',
    'giường 12',
    'ngày 20/11/2026',
    'lúc 14:30',
    'thu 150.000 đồng',
    'số',
    'gọi lại',
    'email',
    'SĐT:',
    'hoặc',
    'cảm ơn',
    '3 lần',
    'CCCD',
    '—',
    ',',
  ),
  { maxLength: 6 },
);

const complaint = fc
  .tuple(filler, fc.oneof(phone, email, idNumber), filler)
  .map(([before, secret, after]) => ({ secret, content: [...before, secret.value, ...after].join(' ') }));

function ticket(content: string): Ticket {
  return {
    id: 1,
    code: 'PA-2026-0042',
    unitId: 1,
    channel: 'hotline',
    receivedAt: new Date('2026-11-20T02:00:00Z'),
    receivedTimeKnown: true,
    category: 'attitude',
    severity: 'urgent',
    sensitive: false,
    content,
    slaDue: '2026-11-20',
    status: 'received',
    duplicateOf: null,
    resolvedAt: null,
    closedOnTime: null,
    createdBy: null,
  };
}

let translators: Translate[];
beforeAll(async () => {
  const i18n = await loadI18n(localesDir);
  translators = [i18n.translator('vi'), i18n.translator('en')];
});

describe('redaction, property', () => {
  it('never lets a generated phone, e-mail or ID number through redact()', () => {
    fc.assert(
      fc.property(complaint, ({ secret, content }) => {
        expect(leaks(redact(content, { placeholder: '[đã ẩn]' }), [secret])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets one into a case rendered for a group, in either language, nor the contact’s name', async () => {
    await fc.assert(
      fc.asyncProperty(
        complaint,
        fc.constantFrom('Trần Văn Bình', 'Lò Thị Mai', 'Nguyễn Thị Hoa'),
        fc.boolean(),
        async ({ secret, content }, name, plain) => {
          // the name typed in the content with or without its diacritics
          const typed = plain
            ? name
                .normalize('NFD')
                .replace(/[\u0300-\u036f]/g, '')
                .replace(/đ/g, 'd')
                .replace(/Đ/g, 'D')
            : name;
          const contact: ComplainantContact = { name: `Ông ${name}`, phone: null, email: null, idNumber: null, note: null };
          const store = { feedback: { contactsOf: async () => new Map([[1, [contact]]]) } } as unknown as Parameters<typeof ticketLines>[1];
          for (const t of translators) {
            const [line] = await ticketLines(t, store, [ticket(`${typed} ${content}`)]);
            expect(leaks(line!, [secret, { kind: 'name', value: name }])).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not take amounts of money for ID numbers', () => {
    const amount = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 2, max: 3 }), fc.constantFrom(' đồng', 'đ', ' VND', ' triệu', ' đ'))
      .map(([lead, groups, unit]) => `${lead}${'.000'.repeat(groups)}${unit}`);
    fc.assert(
      fc.property(amount, (text) => {
        expect(redact(`Bị thu ${text} tiền giường`, { placeholder: '[đã ẩn]' })).toBe(`Bị thu ${text} tiền giường`);
      }),
    );
  });
});

describe('redaction of people and places, property', () => {
  it('never lets a generated Vietnamese name (in full or given name after a title) or address into a group view', async () => {
    await fc.assert(
      fc.asyncProperty(generatedComplaint, fc.boolean(), async ({ text, secrets, person }, registered) => {
        // with the complainant's contact registered in private, or only from the words of the complaint
        const contact: ComplainantContact = { name: registered ? person.full : null, phone: null, email: null, idNumber: null, note: null };
        const store = { feedback: { contactsOf: async () => new Map([[1, [contact]]]) } } as unknown as Parameters<typeof ticketLines>[1];
        expect(leaks(redact(text, { placeholder: '[đã ẩn]', contacts: [contact] }), secrets), text).toEqual([]);
        for (const t of translators) {
          const [line] = await ticketLines(t, store, [ticket(text)]);
          expect(leaks(line!, secrets), `${text}\n${line}`).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('the guard itself sees a name in every form, and an address', () => {
    const name: Secret = { kind: 'name', value: 'Lò Văn Pấu' };
    const place: Secret = { kind: 'address', value: 'bản Hô Tra' };
    for (const text of ['Lò Văn Pấu', 'lo van pau', 'anh Pấu bị thu', 'vợ anh pau', 'chị Văn Pấu', 'bác sĩ Pấu'])
      expect(leaks(text, [name]), text).toEqual([name]);
    for (const text of ['anh [đã ẩn]', 'Pấu', 'xã Bình Lư']) expect(leaks(text, [name]), text).toEqual([]);
    // a title and a name are read within one clause: the place "Tam Duong" ends in a word that folds to
    // "dượng", and "bi" (bị) opens the next clause; found by the property below, seed 1855499539
    const bi: Secret = { kind: 'name', value: 'Nguyễn Văn Bi' };
    expect(leaks('thi tran Tam Duong: bi thu them 200.000d', [bi])).toEqual([]);
    expect(leaks('vo ong Bi la chi Nguyen', [bi])).toEqual([bi]);
    expect(leaks('ở Ban Ho Tra', [place])).toEqual([place]);
    // a name is its words with their diacritics or typed without any: "hạn xử lý thứ Sáu" folds like "Lý Thu
    // Sầu" but is a Friday (found by the property below)
    const sau: Secret = { kind: 'name', value: 'Lý Thu Sầu' };
    expect(leaks('hạn xử lý thứ Sáu, 20/11/2026', [sau])).toEqual([]);
    for (const text of ['ly thu sau', 'LÝ THU SẦU', 'Lý Thu Sau']) expect(leaks(text, [sau]), text).toEqual([sau]);
    expect(leaks('ở bản [đã ẩn]', [place])).toEqual([]);
  });
});
