import { stripControlCharacters } from '../../text/vietnamese.js';
import { type DocumentKind, normalizeNumber, splitLetterCode } from '../symbol.js';
import { ISSUER_CODES, issuersNamed } from './issuers.js';
import type { Lexicon } from './lexicon.js';
import { foldKeepingPositions, type SearchToken } from './normalize.js';

/** A document number the question names: "45/2015/TT-BYT", "TT 45/2015", "thông tư 45", "QĐ 2151", "số 114". */
export interface NumberRef {
  /** as written, for messages: "09", "45/2015", "07/2017/TT-BYT" */
  label: string;
  number: string;
  year: number | null;
  kind: DocumentKind | null;
  issuer: string | null;
  /**
   * How it was written: a whole symbol; a kind and a number ("chỉ thị 16"); "số 114"; or a number standing
   * alone, which may also be a quantity, so it only counts when a document has that number; or a number and a
   * year with neither kind nor issuer ("45/2015"), which may also be a month ("5/2021"), so a number that could
   * be one only counts when a document has it.
   */
  form: 'symbol' | 'kind' | 'numbered' | 'number-year' | 'bare';
  /**
   * The kind asked for by a kind word with no number written before this number: "thông tư hướng dẫn nghị
   * định 61" asks for a circular and names the decree as context. A kind word after the number does not
   * make it context: "nghị định 61/2018 hướng dẫn thế nào…" asks about the decree.
   */
  kindAskedBefore: DocumentKind | null;
  /**
   * A kind was asked for and the words right before this number relate the document asked for to it
   * ("nghị quyết sửa đổi nghị quyết 30c", "văn bản hướng dẫn nghị định 04"): the number is context, even of
   * the same kind.
   */
  relationBefore: boolean;
}

export interface ParsedQuestion {
  /** at most MAX_QUESTION_LENGTH characters of what was asked, control characters removed */
  text: string;
  refs: NumberRef[];
  /** years named apart from a symbol: "năm 2013", "ngày 22/11/2013", "2019" */
  years: number[];
  /** the kind of document asked for ("thông tư nào…", "theo chỉ thị nào") when no number goes with it */
  askedKind: DocumentKind | null;
  /** the subject words, folded and with synonyms rewritten; null marks where stop phrases were removed */
  tokens: Array<SearchToken | null>;
  /**
   * The name of the law asked for, when the question's kind word is "luật" followed by subject words ("luật
   * khiếu nại", "luật tiếp công dân năm 2013": "khieu nai", "tiep cong dan"), folded and with synonyms
   * rewritten; empty otherwise ("luật nào quy định…", "luật về…").
   */
  lawName: string[];
  /**
   * The issuers the question names in words apart from a number ("chỉ thị của thủ tướng về…": ttg), as the
   * codes their symbols carry. "cán bộ y tế" names people, not the ministry.
   */
  issuers: string[];
}

/** A question longer than this is cut: nobody types a regulation's subject in more than a few lines. */
export const MAX_QUESTION_LENGTH = 500;

// Kind words as they are typed, folded. Full names first so that "quyết định" is not read as "quy".
const KIND_WORDS: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['thong tu', 'tt'],
  ['nghi dinh', 'nd'],
  ['quyet dinh', 'qd'],
  ['quy dinh', 'qd'],
  ['chi thi', 'ct'],
  ['nghi quyet', 'nq'],
  ['ke hoach', 'kh'],
  ['ket luan', 'kl'],
  ['huong dan', 'hd'],
  ['chuong trinh', 'ctr'],
  ['cong van', 'cv'],
  ['thong bao', 'tb'],
  ['luat', 'luat'],
  // in English: "circular 45/2015", "Decision 2151 of the Ministry of Health"
  ['circular', 'tt'],
  ['decree', 'nd'],
  ['decision', 'qd'],
  ['directive', 'ct'],
  ['resolution', 'nq'],
  ['conclusion', 'kl'],
  ['law', 'luat'],
  ['plan', 'kh'],
  ['programme', 'ctr'],
  ['program', 'ctr'],
  ['guidance', 'hd'],
  ['ctr', 'ctr'],
  ['tt', 'tt'],
  ['nd', 'nd'],
  ['qd', 'qd'],
  ['ct', 'ct'],
  ['nq', 'nq'],
  ['kh', 'kh'],
  ['kl', 'kl'],
  ['hd', 'hd'],
  ['cv', 'cv'],
  ['tb', 'tb'],
];
const KIND_ALTERNATION = KIND_WORDS.map(([word]) => word.replace(' ', '\\s+')).join('|');
const KIND_OF = new Map(KIND_WORDS.map(([word, kind]) => [word, kind]));

const YEAR = '(?:19|20)\\d{2}';
const NUMBER = '\\d{1,5}[a-z]?';
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';

const DATE = new RegExp(`${B}\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(${YEAR})${E}`, 'g');
// what people put between a kind and its number: "TT.45", "QĐ-2151", "CT: 09", "thông tư số.45", "số: 45"
const SEP = '\\s*[.:-]?\\s*';
const SO = `(?:so${SEP})?`;
const SYMBOL = new RegExp(
  `${B}(?:(${KIND_ALTERNATION})${SEP}${SO})?(${NUMBER})\\s*(?:[/-]\\s*(${YEAR})\\s*)?[/-]\\s*([a-z]{1,8}\\d{0,2})(?:\\s*[/-]\\s*([a-z]{1,8}\\d{0,2}))?${E}`,
  'g',
);
const KIND_NUMBER = new RegExp(
  `${B}(${KIND_ALTERNATION})${SEP}${SO}(${NUMBER})(?:\\s*[/-]\\s*(${YEAR}))?${E}(?:\\s*[/-]\\s*([a-z]{2,8}\\d{0,2})${E}|(?!\\s*[/-])(?:\\s+([a-z]{2,5}\\d{0,2})${E})?)`,
  'g',
);
// "45/2015", "số 2151/2015": what staff write when they remember the number and the year but not the kind
const NUMBER_YEAR = new RegExp(`(?<![a-z0-9/.,-])(${NUMBER})\\s*/\\s*(${YEAR})(?![a-z0-9%]|\\s*[/-]\\s*[a-z0-9])`, 'g');
const NUMBERED = new RegExp(`${B}so(?:\\s+hieu)?(?:\\s*[.:]\\s*|\\s+)(${NUMBER})${E}(?!\\s*[/%.-])`, 'g');
const NAMED_YEAR = new RegExp(`${B}nam\\s+(${YEAR})${E}`, 'g');
const BARE_NUMBER = new RegExp(`(?<![a-z0-9/.,-])(\\d{2,5}[a-z]?)(?![a-z0-9/.,%-])`, 'g');
const LONE_YEAR = new RegExp(`${B}(${YEAR})${E}`, 'g');

// A number after these words is not a document number: "trung ương 4", "khóa 12", "lần thứ 13", "điều 5".
const NOT_A_DOCUMENT_AFTER =
  /(?<![a-z])(?:thang|khoa|uong|tw|thu|quy|hoi|doan|chuong|dieu|khoan|muc|diem|lan|phong|khu|to|so nha|duong)\s*$/;
// …nor a number before a unit: "6 tháng", "100 người", "24 giờ".
const NOT_A_DOCUMENT_BEFORE =
  /^\s*(?:thang|ngay|nam|gio|phut|tuan|nguoi|lan|giuong|tuoi|trieu|nghin|ngan|ti|dong|phan|km|m|kg|cai|buoi|khoa|xa|huyen|tinh|don vi)(?![a-z0-9])/;

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/**
 * Reads a question: the document numbers it names (in every form staff write them), the years, the kind of
 * document asked for, and the subject words. Pure: the same text always gives the same reading.
 */
export function parseQuestion(question: string, lexicon: Lexicon): ParsedQuestion {
  const text = stripControlCharacters(question).trim().slice(0, MAX_QUESTION_LENGTH);
  // folded one character per character, so that what is left after blanking out numbers can still be read
  // back as it was typed
  const { folded, lower } = foldKeepingPositions(text.replace(/\s/g, ' '));
  let work = folded;
  // the original at the same positions (lower case only changes the length of letters no Vietnamese uses)
  const original = text.normalize('NFC').length === lower.length ? text.normalize('NFC') : lower;
  const written = (start: number, end: number) => original.slice(start, end).replace(/\s+/g, '');
  // each number with where it was written (start and end in the text), in the order they are read
  const found: Array<{ ref: Omit<NumberRef, 'kindAskedBefore' | 'relationBefore'>; start: number; end: number }> = [];
  const add = (ref: Omit<NumberRef, 'kindAskedBefore' | 'relationBefore'>, start: number, end: number) => found.push({ ref, start, end });
  const years: number[] = [];

  for (const match of work.matchAll(DATE)) {
    years.push(Number(match[1]));
    work = blank(work, match.index, match[0].length);
  }

  for (const match of work.matchAll(SYMBOL)) {
    const [, kindWord, number, year, first, second] = match;
    const head = splitLetterCode(first!);
    if (!head.kind) continue; // "45/tuần" is not a symbol
    const issuer = [head.issuer, second].filter((part): part is string => Boolean(part)).join('') || null;
    const numberAt = match.index + match[0].indexOf(number!, kindWord ? kindWord.length : 0);
    add(
      {
        label: written(numberAt, match.index + match[0].length),
        number: normalizeNumber(number!),
        year: year ? Number(year) : null,
        kind: head.kind ?? (kindWord ? KIND_OF.get(kindWord.replace(/\s+/g, ' '))! : null),
        issuer,
        form: 'symbol',
      },
      match.index,
      match.index + match[0].length,
    );
    work = blank(work, match.index, match[0].length);
  }

  for (const match of work.matchAll(KIND_NUMBER)) {
    const [, kindWord, number, year, slashed, after] = match;
    // "thông tư 45/BTC": an issuer's code after a slash; "thông tư 45/tuần" is no document number
    if (slashed && !ISSUER_CODES.has(slashed)) continue;
    const issuer = slashed ?? (after && ISSUER_CODES.has(after) ? after : null);
    // a following word that is not an issuer code ("chỉ thị 16 năm…") stays in the text
    const consumed = after && !issuer ? match[0].lastIndexOf(after) : match[0].length;
    const numberAt = match.index + match[0].indexOf(number!, kindWord!.length);
    const numberEnd = year ? match.index + match[0].indexOf(year, numberAt - match.index) + year.length : numberAt + number!.length;
    add(
      {
        label: written(numberAt, numberEnd),
        number: normalizeNumber(number!),
        year: year ? Number(year) : null,
        kind: KIND_OF.get(kindWord!.replace(/\s+/g, ' ')) ?? null,
        issuer,
        form: 'kind',
      },
      match.index,
      match.index + consumed,
    );
    work = blank(work, match.index, consumed);
  }

  for (const match of work.matchAll(NUMBER_YEAR)) {
    const [, number, year] = match;
    // "tháng 5/2021", "quý 4/2026" are periods; "2016/2020" is two years
    if (NOT_A_DOCUMENT_AFTER.test(work.slice(0, match.index)) || /^(?:19|20)\d{2}$/.test(number!)) continue;
    add(
      {
        label: written(match.index, match.index + match[0].length),
        number: normalizeNumber(number!),
        year: Number(year),
        kind: null,
        issuer: null,
        form: 'number-year',
      },
      match.index,
      match.index + match[0].length,
    );
    work = blank(work, match.index, match[0].length);
  }

  for (const match of work.matchAll(NUMBERED)) {
    // "số 114", but not "cơ sở 2022" nor "Sở Y tế": "so" folds from "sở" too
    const typed = lower.slice(match.index, match.index + 2);
    if (/(?<![a-z])co\s*$/.test(work.slice(0, match.index)) || (typed !== 'số' && typed !== 'so')) continue;
    const numberAt = match.index + match[0].lastIndexOf(match[1]!);
    add(
      {
        label: written(numberAt, numberAt + match[1]!.length),
        number: normalizeNumber(match[1]!),
        year: null,
        kind: null,
        issuer: null,
        form: 'numbered',
      },
      match.index,
      match.index + match[0].length,
    );
    work = blank(work, match.index, match[0].length);
  }

  // "năm 2019" stays in the text as well: plans carry their year in the title
  for (const match of work.matchAll(NAMED_YEAR)) years.push(Number(match[1]));

  for (const match of work.matchAll(BARE_NUMBER)) {
    const value = match[1]!;
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    if (NOT_A_DOCUMENT_AFTER.test(work.slice(0, match.index))) continue;
    if (
      NOT_A_DOCUMENT_BEFORE.test(work.slice(match.index + value.length)) ||
      countsSomething(work, lower, match.index + value.length, lexicon)
    ) {
      // a count says nothing about the subject either: "02" must not find titles citing a document 02
      work = blank(work, match.index, value.length);
      continue;
    }
    add(
      {
        label: written(match.index, match.index + value.length),
        number: normalizeNumber(value),
        year: null,
        kind: null,
        issuer: null,
        form: 'bare',
      },
      match.index,
      match.index + value.length,
    );
    work = blank(work, match.index, value.length);
  }

  // a year standing alone stays a subject word too ("chuyên đề năm 2020" is in a title)
  for (const match of work.matchAll(LONE_YEAR)) years.push(Number(match[1]));

  const words = lexicon.language.words;
  const tokens = lexicon.canonical(words(work, lower));
  const { askedKind, rest, lawName } = takeAskedKind(tokens, lexicon);
  const issuers = issuersNamed(work);
  const refs = found.map(({ ref, start, end }): NumberRef => {
    const named = ref.issuer === null ? issuerNear(work, issuers, found, start, end) : null;
    return {
      ...ref,
      ...(named ? { issuer: named.code, label: `${ref.label} (${original.slice(named.start, named.end)})` } : {}),
      kindAskedBefore: takeAskedKind(lexicon.canonical(words(work.slice(0, start), lower.slice(0, start))), lexicon).askedKind,
      relationBefore: askedKind !== null && (RELATION_BEFORE.test(work.slice(0, start)) || RELATION_BEFORE_EN.test(work.slice(0, start))),
    };
  });
  const named = issuers
    .filter((mention) => !refs.some((ref) => ref.issuer === mention.code))
    .filter((mention) => !/(?:^|[^a-z0-9])can $/.test(work.slice(Math.max(0, mention.start - 4), mention.start)))
    .map((mention) => mention.code);
  return {
    text,
    refs,
    years: [...new Set(years)],
    askedKind,
    tokens: lexicon.withoutStopPhrases(rest),
    lawName,
    issuers: [...new Set(named)],
  };
}

/**
 * A number standing alone followed by a word of the subject counts that thing: "02 đối tượng", "cán bộ có 02
 * hành vi", "05 cán bộ" (in Vietnamese the number comes before what it counts). Only a number followed by
 * nothing, by chat words ("4448 còn hiệu lực không") or by an issuer's code ("27 ttg") may be a document's.
 */
function countsSomething(work: string, lower: string, end: number, lexicon: Lexicon): boolean {
  const next = /^\s*([a-z]+)/.exec(work.slice(end));
  if (!next) return false;
  const word = next[1]!;
  if (ISSUER_CODES.has(word)) return false;
  const at = end + next[0].length - word.length;
  const following = lexicon.language.words(work.slice(at), lower.slice(at));
  if (lexicon.startsStopPhrase(following)) return false;
  return !lexicon.isStopWord(following[0]!.token, following[0]!.form);
}

// Words that may stand between a number and the issuer named after it ("thông tư 45/2015 của Bộ Tài chính",
// "chỉ thị 05 năm 2023 do Thủ tướng ban hành") or before it ("Bộ Tài chính có thông tư 45", "UBND tỉnh ban
// hành quyết định số 572").
const BETWEEN_NUMBER_AND_ISSUER = new Set(['cua', 'do', 'thuoc', 'nam', 'ngay', 'ban', 'hanh', 'boi']);
const BETWEEN_ISSUER_AND_NUMBER = new Set(['cua', 'co', 'ban', 'hanh', 'van', 'da', 'ra']);

/**
 * The issuer named in words next to a number: right after it, or else right before it, with only linking
 * words (and years) between and no other number. "thông tư 45 của bộ tài chính" names Bộ Tài chính.
 */
function issuerNear(
  work: string,
  issuers: ReturnType<typeof issuersNamed>,
  refs: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
) {
  const clear = (from: number, to: number, linking: ReadonlySet<string>) =>
    !refs.some((r) => r.start >= from && r.end <= to) &&
    work
      .slice(from, to)
      .split(/[^a-z0-9]+/)
      .every((word) => word === '' || linking.has(word) || /^(?:19|20)\d{2}$/.test(word));
  const after = issuers.find((issuer) => issuer.start >= end && clear(end, issuer.start, BETWEEN_NUMBER_AND_ISSUER));
  if (after) return after;
  return [...issuers].reverse().find((issuer) => issuer.end <= start && clear(issuer.end, start, BETWEEN_ISSUER_AND_NUMBER)) ?? null;
}

/** Finds the first kind word with no number ("theo thông tư nào"); kind-only words leave the subject. */
// "luật" inside "kỷ luật", "pháp luật", "điều luật", "luật sư" is not a law being asked for
const NOT_A_LAW_BEFORE = new Set(['ki', 'phap', 'dieu', 'vi']);
const NOT_A_LAW_AFTER = new Set(['su']);

const PLAN_ABBREVIATION: readonly [string[], DocumentKind, 'kind-only'] = [['kh'], 'kh', 'kind-only'];

function takeAskedKind(
  tokens: readonly SearchToken[],
  lexicon: Lexicon,
): { askedKind: DocumentKind | null; rest: SearchToken[]; lawName: string[] } {
  let askedKind: DocumentKind | null = null;
  let lawName: string[] = [];
  const rest: SearchToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const isWordLuat =
      tokens[i]?.token === 'luat' && (NOT_A_LAW_BEFORE.has(tokens[i - 1]?.token ?? '') || NOT_A_LAW_AFTER.has(tokens[i + 1]?.token ?? ''));
    // "kh" is "kế hoạch" where a kind is named ("kh giảm rác thải nhựa", "theo kh nào"), elsewhere the teencode
    // for "không" ("kh biết", "có kh")
    const planAbbreviation =
      tokens[i]?.token === 'kh' && tokens[i]?.form === null && (i === 0 || tokens[i - 1]?.token === 'theo') && tokens[i + 1] !== undefined;
    const found = isWordLuat
      ? undefined
      : planAbbreviation
        ? PLAN_ABBREVIATION
        : lexicon.language.askableKinds.find(([words]) => words.every((word, offset) => tokens[i + offset]?.token === word));
    if (found) {
      if (askedKind === null && found[1] === 'luat' && lexicon.language.namesLaws) lawName = nameAfter(tokens.slice(i + 1), lexicon);
      askedKind ??= found[1];
      if (found[2] === 'subject-too') rest.push(...tokens.slice(i, i + found[0].length));
      i += found[0].length;
    } else {
      rest.push(tokens[i]!);
      i += 1;
    }
  }
  return { askedKind, rest, lawName };
}

/** The words naming a law after "luật": up to the first chat word, stop phrase or number. */
/** Words that relate a document to the one numbered after them, with the number's kind word between. */
const RELATION_BEFORE =
  /\b(?:sua doi|bo sung|huong dan(?: thi hanh)?|trien khai(?: thuc hien)?|quy dinh chi tiet|thay the)(?: (?:mot so dieu cua|cac|cua))? (?:(?:nghi quyet|nghi dinh|thong tu|chi thi|quyet dinh|luat|ke hoach|quy dinh|nq|nd|tt|ct|qd|kh)(?: so)? ?)?$/;

/** The same in English: "resolution amending 30c/NQ-CP", "circular guiding decree 61". */
const RELATION_BEFORE_EN =
  /\b(?:amend(?:s|ing)?|amendments? (?:to|of)|guid(?:es|ing)|guidance (?:on|for|to)|implement(?:s|ing)?|detail(?:s|ing)|replac(?:es|ing)|carr(?:ies|ying) out)(?: the)? (?:(?:resolution|decree|circular|directive|decision|law|plan)(?: no)? ?)?\s*$/;

const NAME_ENDS: ReadonlySet<string> = new Set(['moi', 'hien', 'nhat']);

function nameAfter(tokens: readonly SearchToken[], lexicon: Lexicon): string[] {
  const name: string[] = [];
  for (const token of lexicon.withoutStopPhrases(tokens)) {
    if (token === null || /\d/.test(token.token) || (!token.inPhrase && lexicon.isStopWord(token.token, token.form))) break;
    // "luật dân chủ cơ sở mới", "luật tiếp công dân hiện hành": how recent is no part of the name
    if (NAME_ENDS.has(token.token)) break;
    name.push(token.token);
  }
  return name;
}
