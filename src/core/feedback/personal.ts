/**
 * Where a complaint names a person or a place below the commune: the parts a group must not read. Found from
 * the words around them, as a reader would: a name after an honorific, a kinship word or a role ("anh Pấu",
 * "bác Tư", "điều dưỡng Lan"), a run of capitalised words that begins with a Vietnamese family name
 * ("Nguyễn Văn Bình", "Lo Van Pau"), a village, hamlet or group of houses with its name or number ("bản Hô
 * Tra", "thôn 3", "tổ dân phố 7"), a house number and its street ("số 12 đường Trần Phú", "ngõ 45"), and a
 * patient's bed ("giường 12"). The honorific, the role, the keyword stay: "anh [đã ẩn]", "điều dưỡng [đã
 * ẩn]", "bản [đã ẩn]"; so do the unit, the hospital's department, amounts of money and dates. Words typed
 * without diacritics count as well (a word with no diacritics matches the word that has them).
 */

export type Range = [number, number];

interface Token {
  start: number;
  end: number;
  text: string;
  /** lower case, diacritics kept */
  lower: string;
  /** lower case, no diacritics, đ → d */
  folded: string;
  /** typed without any diacritic: matched against the folded forms of known words */
  plain: boolean;
  capital: boolean;
  number: boolean;
}

const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/**
 * Words as typed: a word with diacritics matches only itself; one typed without matches any word it folds
 * from, unless `exact` (a list of words that are not names must not swallow names: "Thu" is not "thứ").
 */
class Words {
  private readonly exact = new Set<string>();
  private readonly folded = new Set<string>();
  constructor(
    words: readonly string[],
    private readonly exactOnly = false,
  ) {
    for (const word of words) {
      this.exact.add(word.normalize('NFC').toLowerCase());
      this.folded.add(foldWord(word));
    }
  }
  has(token: Token | undefined): boolean {
    if (!token || token.number) return false;
    return token.plain && !this.exactOnly ? this.folded.has(token.folded) : this.exact.has(token.lower);
  }
}

/** Phrases of one or more words, longest first. */
class Phrases {
  private readonly phrases: Words[][];
  /**
   * `casedLikeTheFirst`: a word capitalised after a first word that is not is no longer the phrase: "bac Si"
   * typed so is uncle Sĩ, not "bác sĩ" (a doctor); "Bác sĩ" and "BÁC SĨ" are the doctor.
   */
  constructor(
    phrases: readonly string[],
    private readonly casedLikeTheFirst = false,
  ) {
    this.phrases = phrases.map((phrase) => phrase.split(' ').map((word) => new Words([word]))).sort((a, b) => b.length - a.length);
  }
  /** How many tokens from `at` make one of the phrases (0 if none), the words separated by spaces only. */
  matchAt(tokens: readonly Token[], at: number, text: string): number {
    for (const phrase of this.phrases) {
      if (
        phrase.every(
          (word, k) => word.has(tokens[at + k]) && (k === 0 || this.continues(text, tokens[at]!, tokens[at + k - 1]!, tokens[at + k]!)),
        )
      )
        return phrase.length;
    }
    return 0;
  }
  private continues(text: string, first: Token, before: Token, word: Token): boolean {
    return spaced(text, before, word) && !(this.casedLikeTheFirst && word.capital && !first.capital);
  }
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+(?:[\p{L}]{1,2}\b)?(?:\/\p{N}+[\p{L}]?)*/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const word = m[0];
    const lower = word.normalize('NFC').toLowerCase();
    const folded = foldWord(word);
    return {
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower,
      folded,
      plain: folded === lower,
      capital: /^\p{Lu}/u.test(word),
      number: /^\p{N}/u.test(word),
    };
  });
}

/** Only spaces between the two tokens (no punctuation, no new line). */
function spaced(text: string, a: Token, b: Token): boolean {
  return /^[^\S\n]+$/.test(text.slice(a.end, b.start));
}

// Honorifics, kinship words and roles a name follows ("anh Pấu", "vợ anh Pấu là chị Lò", "bác sĩ Hùng").
const BEFORE_NAME = new Phrases(
  [
    'ông',
    'bà',
    'anh',
    'chị',
    'em',
    'cô',
    'chú',
    'bác',
    'cháu',
    'cụ',
    'bé',
    'mẹ',
    'bố',
    'vợ',
    'chồng',
    'con',
    'cậu',
    'dì',
    'thím',
    'mợ',
    'dượng',
    'má',
    'cha',
    'tên',
    'họ tên',
    'tên là',
    'bác sĩ',
    'bs',
    'bsck',
    'bscki',
    'bsckii',
    'ths',
    'ts',
    'y sĩ',
    'điều dưỡng',
    'đd',
    'y tá',
    'hộ lý',
    'hộ sinh',
    'nữ hộ sinh',
    'kỹ thuật viên',
    'ktv',
    'dược sĩ',
    'lễ tân',
    'bảo vệ',
    'nhân viên',
    'nv',
    'cán bộ',
    'thu ngân',
    'kế toán',
    'lái xe',
    'tài xế',
    'trưởng trạm',
    'trạm trưởng',
    'giám đốc',
    'phó giám đốc',
    'bệnh nhân',
    'bn',
    'người bệnh',
    'bệnh nhi',
    'sản phụ',
    'người nhà',
    'học sinh',
  ],
  true,
);
// Abbreviated roles may be followed by a dot: "BS. Hùng", "ĐD. Lan".
const ABBREVIATIONS = new Words(['bs', 'đd', 'ths', 'ts', 'ktv', 'nv', 'bn', 'bsck']);
// Between a kinship word and the name: "con gái là Lan", "chồng chị là anh Tuấn".
const FILLER = new Words(['gái', 'trai', 'nội', 'ngoại', 'ruột', 'cả', 'út', 'dâu', 'rể', 'nuôi', 'là', 'tên', 'có', 'của', 'tôi', 'mình']);

// Capitalised words that are not a person's name: they end a name and never begin one.
const NOT_A_NAME = new Words(
  [
    'phòng',
    'bệnh',
    'viện',
    'trạm',
    'sở',
    'cục',
    'bộ',
    'trưởng',
    'phó',
    'giám',
    'y',
    'ubnd',
    'bv',
    'bvđk',
    'ttyt',
    'cdc',
    'tỉnh',
    'huyện',
    'xã',
    'phường',
    'quận',
    'thông',
    'nghị',
    'quyết',
    'luật',
    'chỉ',
    'khu',
    'thôn',
    'bản',
    'xóm',
    'tổ',
    'ấp',
    'phố',
    'ngõ',
    'số',
    'giường',
    'khám',
    'thứ',
    'chủ',
    'tết',
    'ngày',
    'tháng',
    'nội',
    'ngoại',
    'sản',
    'bhyt',
    'cccd',
    'cmnd',
    'sđt',
    'đt',
    'email',
    'zalo',
    'hotline',
    'điều',
    'bác',
    'hộ',
    'dược',
    'kỹ',
    'lễ',
    'cán',
    'đội',
    'vợ',
    'chồng',
    'ông',
    'bà',
    'chị',
    'em',
    'cô',
    'chú',
    'cháu',
    'cụ',
    'mẹ',
    'bố',
    'con',
    'bvdk',
  ],
  true,
);
/** "Trung" is a name, "Trung tâm" is not; "anh Khoa" is a name, "Khoa Nội" is not. */
const notAName = (tokens: readonly Token[], at: number) =>
  NOT_A_NAME.has(tokens[at]) ||
  (tokens[at]!.folded === 'trung' && tokens[at + 1]?.folded === 'tam') ||
  (tokens[at]!.folded === 'khoa' && (tokens[at + 1]?.capital || tokens[at + 1]?.number) === true) ||
  // "Đường Trần Phú", "Đường 30/4" are streets; "chú Đường phản ánh" is a man called Đường
  ((tokens[at]!.lower === 'đường' || (tokens[at]!.plain && tokens[at]!.folded === 'duong')) &&
    (tokens[at + 1]?.capital || tokens[at + 1]?.number) === true);

// Vietnamese family names, the Kinh ones and those of the peoples of the northern mountains.
const FAMILY_NAMES = new Words(
  (
    'nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý lò lường quàng tòng giàng sùng vàng hạng ' +
    'thào phan trương đinh đoàn lâm mai trịnh cao lưu tạ hà kiều tô chu đào lương thái khổng quách tăng triệu ' +
    'mạc lục nông hứa thân kim bạch lã từ vương hầu mùa lầu pờ phàn tẩn lù chảo vừ cứ cà điêu khoàng sần lỳ hờ ' +
    'chẻo lèo sầm lộc quan tống doãn mẫn diệp âu thạch giáp phùng lại nghiêm ninh bế ma vi'
  ).split(' '),
);
// Places and landmarks that begin with a family name; a name run starting with one of these is left alone.
const PLACES = [
  'ha noi',
  'ha giang',
  'ha tinh',
  'ha nam',
  'ha dong',
  'ha long',
  'ho chi minh',
  'ho guom',
  'cao bang',
  'cao loc',
  'mai chau',
  'lam dong',
  'thai nguyen',
  'thai binh',
  'bach mai',
  'ca mau',
  'luong son',
  'kim boi',
  'tu liem',
  'tu son',
  'quan hoa',
  'luc yen',
  'hoang lien',
  'hoang sa',
  'phan si pang',
  'phan xi pang',
  'viet duc',
  'vi xuyen',
  'dinh lap',
  'tan uyen',
  'kim dong',
  'lai chau',
  'mai son',
  'ha hoa',
  'ha trung',
].map((place) => place.split(' '));
// A name after these is a place's: "đường Lê Lợi", "xã Tả Lèng", "trường Lê Quý Đôn".
const PLACE_BEFORE = new Words([
  'đường',
  'phố',
  'xã',
  'phường',
  'huyện',
  'tỉnh',
  'tp',
  'quận',
  'trấn',
  'trường',
  'viện',
  'bv',
  'bvđk',
  'trạm',
  'ttyt',
  'ngõ',
  'hẻm',
  'cầu',
  'chợ',
  'sông',
  'núi',
  'đèo',
  'hồ',
  'thành',
  'tượng',
  'khu',
  'thcs',
  'thpt',
  'học',
]);

// Below the commune: a name or a number after these is where someone lives.
const SETTLEMENT = new Phrases([
  'thôn',
  'bản',
  'xóm',
  'ấp',
  'khóm',
  'buôn',
  'làng',
  'sóc',
  'tiểu khu',
  'khu phố',
  'kp',
  'tổ dân phố',
  'tdp',
  'ngõ',
  'ngách',
  'hẻm',
  'kiệt',
  'số nhà',
  'sn',
  'nhà số',
  'căn hộ',
  'khu tập thể',
  'ktt',
  'chung cư',
]);
// These take a number only ("tổ 5", "khu 3", "khối 2", "đội 4"): followed by a word they are other things.
const NUMBERED_SETTLEMENT = new Words(['tổ', 'khu', 'khối', 'đội']);
// "văn bản", "cơ bản": not a village
const NOT_BEFORE_BAN = new Words([
  'văn',
  'cơ',
  'căn',
  'phiên',
  'nguyên',
  'tài',
  'xuất',
  'kịch',
  'bảng',
  'một',
  'hai',
  'ba',
  'các',
  'những',
]);
const ADMINISTRATIVE = new Words(['xã', 'phường', 'huyện', 'tỉnh', 'trấn', 'quận', 'tp', 'thị']);
const STREET = new Words(['đường', 'phố']);
const NOT_BEFORE_STREET = new Words(['thành', 'khu', 'dân', 'hè', 'xuống', 'ra']);
const BED = new Words(['giường', 'gường']);
const NUMBER_WORD = new Words(['số']);

// Middle names a full name never ends with: the capitalised word after one is the given name, even a word
// that is also an honorific ("Lục Văn Bà", "Lò Thị Cô").
const MIDDLE_NAMES = new Words(['văn', 'thị']);

/**
 * The capitalised words from `at` that make a name (at most `max`), or 0. `afterTitle`: "vo Duong Xuan Duong"
 * typed without diacritics is "vợ Dương Xuân Đương", not a street ("đường Xuân Thủy") after a title.
 */
function nameLength(tokens: readonly Token[], at: number, text: string, max = 4, afterTitle = false): number {
  let length = 0;
  const afterMiddle = (k: number) => k > 0 && MIDDLE_NAMES.has(tokens[k - 1]);
  const familyAfterTitle = (k: number) =>
    afterTitle && k === at && tokens[k]!.plain && FAMILY_NAMES.has(tokens[k]) && !NOT_A_NAME.has(tokens[k]);
  while (
    length < max &&
    tokens[at + length]?.capital &&
    !tokens[at + length]!.number &&
    (!notAName(tokens, at + length) || (length > 1 && afterMiddle(at + length)) || familyAfterTitle(at + length)) &&
    (length === 0 || spaced(text, tokens[at + length - 1]!, tokens[at + length]!))
  )
    length += 1;
  return length;
}

const span = (tokens: readonly Token[], from: number, count: number): Range => [tokens[from]!.start, tokens[from + count - 1]!.end];

// Words that open what is said after a name: "Nguyễn Láo Sở ở bản …", "Lò Văn Cô phản ánh …".
const CLAUSE_OPENERS = new Words(
  'ở tại phản bị đã có là và được đến đề cho nói gọi báo khiếu không chưa thì với từ nhập đi vào cùng'.split(' '),
);

/**
 * A given name may be a word that elsewhere is not a name ("Nguyễn Láo Sở", "bác Sở", "Hà Văn Nội"): after a
 * family name and another name word, or alone after a title, such a word that ends the run of capitalised
 * words, before a punctuation mark, the end of the text or the start of what is said, is the given name.
 * Followed by a capitalised word ("Sở Y tế") or another word ("Chủ tịch"), it is not.
 */
function endsWithGivenName(tokens: readonly Token[], at: number, text: string): boolean {
  const word = tokens[at];
  if (!word?.capital || word.number || !NOT_A_NAME.has(word) || !spaced(text, tokens[at - 1]!, word)) return false;
  const next = tokens[at + 1];
  return !next || !spaced(text, word, next) || (!next.capital && CLAUSE_OPENERS.has(next));
}

function namesAfterTitles(tokens: readonly Token[], text: string, ranges: Range[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const length = BEFORE_NAME.matchAt(tokens, i, text);
    if (length === 0) continue;
    let at = i + length;
    const gap = tokens[at] ? text.slice(tokens[at - 1]!.end, tokens[at]!.start) : '';
    const abbreviated = ABBREVIATIONS.has(tokens[at - 1]) && /^\.[^\S\n]*$/.test(gap);
    if (!tokens[at] || (!spaced(text, tokens[at - 1]!, tokens[at]!) && !abbreviated)) continue;
    for (let skipped = 0; skipped < 3 && FILLER.has(tokens[at]) && !tokens[at]!.capital; skipped += 1) {
      if (!tokens[at + 1] || !spaced(text, tokens[at]!, tokens[at + 1]!)) break;
      at += 1;
    }
    // "bác Sở ở số 4": a word of institutions alone after a title, where what is said begins, is a given name
    const name = nameLength(tokens, at, text, 4, true) || (endsWithGivenName(tokens, at, text) ? 1 : 0);
    if (name > 0) ranges.push(span(tokens, at, name));
  }
}

function isPlace(tokens: readonly Token[], at: number, length: number): boolean {
  return PLACES.some((place) => place.length <= length && place.every((word, k) => tokens[at + k]!.folded === word));
}

function fullNames(tokens: readonly Token[], text: string, ranges: Range[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i]!.capital || !FAMILY_NAMES.has(tokens[i])) continue;
    // inside a run of capitalised words only where the run begins, or after a title ("Ông Nguyễn …")
    const before = tokens[i - 1];
    if (before && PLACE_BEFORE.has(before)) continue;
    let length = nameLength(tokens, i, text, 5);
    if (length >= 2 && length < 5 && endsWithGivenName(tokens, i + length, text)) length += 1;
    if (length < 2 || isPlace(tokens, i, length)) continue;
    ranges.push(span(tokens, i, length));
    i += length - 1;
  }
}

/** A number ("3", "12A", "45/7") or a name after a settlement word, with "số" allowed between. */
function placeAfter(tokens: readonly Token[], at: number, text: string, numberOnly: boolean): Range | null {
  let from = at;
  if (NUMBER_WORD.has(tokens[from]) && tokens[from + 1] && spaced(text, tokens[from]!, tokens[from + 1]!)) from += 1;
  const first = tokens[from];
  if (!first || !spaced(text, tokens[from - 1]!, first)) return null;
  if (first.number) {
    // "xóm 4 Tân Lập": a name may follow the number
    const name = numberOnly ? 0 : nameLength(tokens, from + 1, text);
    return name > 0 && spaced(text, first, tokens[from + 1]!) ? [first.start, tokens[from + name]!.end] : [first.start, first.end];
  }
  if (numberOnly) return null;
  const name = nameLength(tokens, from, text);
  return name > 0 ? span(tokens, from, name) : null;
}

function addresses(tokens: readonly Token[], text: string, ranges: Range[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const settlement = SETTLEMENT.matchAt(tokens, i, text);
    // "xã Bản Bo", "Trạm Y tế xã Bản Hon": the commune's own name, which begins with a settlement word
    if (settlement > 0 && ADMINISTRATIVE.has(tokens[i - 1]) && token.capital) continue;
    if (settlement > 0) {
      if (token.folded === 'ban' && settlement === 1 && NOT_BEFORE_BAN.has(tokens[i - 1]) && spaced(text, tokens[i - 1]!, token)) continue;
      const place = placeAfter(tokens, i + settlement, text, false);
      if (place) ranges.push(place);
      continue;
    }
    if (NUMBERED_SETTLEMENT.has(token)) {
      const place = placeAfter(tokens, i + 1, text, true);
      if (place) ranges.push(place);
      continue;
    }
    if (STREET.has(token) && !NOT_BEFORE_STREET.has(tokens[i - 1])) {
      // a street is public; with a house number it is someone's door: "số 12 đường Trần Phú", "45 phố Huế"
      const houseBefore = tokens[i - 1]?.number && spaced(text, tokens[i - 1]!, token) ? tokens[i - 1]! : null;
      const name = nameLength(tokens, i + 1, text);
      const street = name > 0 && spaced(text, token, tokens[i + 1]!) ? span(tokens, i + 1, name) : null;
      let houseAfter: Range | null = null;
      const after = i + 1 + name;
      if (street && NUMBER_WORD.has(tokens[after]) && tokens[after + 1]?.number)
        houseAfter = [tokens[after + 1]!.start, tokens[after + 1]!.end];
      if (houseBefore || houseAfter) {
        if (houseBefore) ranges.push([houseBefore.start, houseBefore.end]);
        if (houseAfter) ranges.push(houseAfter);
        if (street) ranges.push(street);
      }
      continue;
    }
    if (BED.has(token)) {
      const bed = placeAfter(tokens, i + 1, text, true);
      if (bed) ranges.push(bed);
    }
  }
}

/** Where a known person's name, given name or middle and given name stand for them. */
function knownNames(tokens: readonly Token[], text: string, name: readonly string[], ranges: Range[]): void {
  if (name.length < 2) return;
  const given = name.at(-1)!;
  if (given.length < 2) return;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.folded !== given) continue;
    // the given name with the middle names typed before it: "Văn Pấu", "Van Pau"
    let from = i;
    while (from > 0 && name.slice(0, -1).includes(tokens[from - 1]!.folded) && spaced(text, tokens[from - 1]!, tokens[from]!)) from -= 1;
    const before = tokens[from - 1];
    const afterTitle = before && BEFORE_NAME.matchAt(tokens, from - 1, text) === 1 && spaced(text, before, tokens[from]!);
    const titleTwoBack = from >= 2 && BEFORE_NAME.matchAt(tokens, from - 2, text) === 2;
    const next = tokens[i + 1];
    const alone =
      tokens[from]!.capital &&
      !(before && spaced(text, before, tokens[from]!) && (before.capital || PLACE_BEFORE.has(before))) &&
      !(next && next.capital && spaced(text, tokens[i]!, next));
    if (afterTitle || titleTwoBack || alone) ranges.push([tokens[from]!.start, tokens[i]!.end]);
  }
}

/**
 * The ranges of the text that name a person or a place below the commune. `names` are the folded words of
 * names known to be the complainant's (their honorific removed): their given name is hidden on its own too,
 * as is that of a full name the text itself gives.
 */
export function personalRanges(text: string, names: ReadonlyArray<readonly string[]> = []): Range[] {
  const tokens = tokenize(text);
  const ranges: Range[] = [];
  namesAfterTitles(tokens, text, ranges);
  const full: Range[] = [];
  fullNames(tokens, text, full);
  ranges.push(...full);
  addresses(tokens, text, ranges);
  // a full name the text gives is that person's all through it: "Lục Văn Bà … chị Bà phải chờ"
  const written = full.map(([from, to]) => tokenize(text.slice(from, to)).map((token) => token.folded));
  for (const name of [...names, ...written]) knownNames(tokens, text, name, ranges);
  return ranges;
}
