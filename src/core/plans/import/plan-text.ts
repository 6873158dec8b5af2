import { isLocalDate, type LocalDate, localDate } from '../../dates/local-date.js';
import { foldVietnamese } from '../../text/vietnamese.js';

/**
 * A plan's plain text (as copied from a PDF, a Word file or a web page) read into its parts: the header
 * (number, place and date, title), the sections (I. MỤC ĐÍCH…, II. NỘI DUNG…, III. TỔ CHỨC THỰC HIỆN) and
 * their paragraphs, with line wrapping undone.
 */
export interface PlanText {
  symbol: string | null;
  place: string | null;
  issuedOn: LocalDate | null;
  /** "2019-03" when the header gives the month but leaves the day blank ("ngày   tháng 3 năm 2019") */
  issuedMonth: string | null;
  year: number | null;
  title: string;
  issuer: string | null;
  paragraphs: Paragraph[];
  /** no "KẾ HOẠCH" heading: a news article or a note about a plan, whose first line is not the plan's name */
  untitled: boolean;
}

export type SectionKind = 'preamble' | 'purpose' | 'overview' | 'content' | 'organization';

export type ParagraphKind = 'section' | 'numbered' | 'bullet' | 'sub_bullet' | 'label' | 'plain';

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  /** "1.2." or "-"; empty for plain paragraphs */
  marker: string;
  /** the text without its marker, wrapped lines joined */
  text: string;
  /** deeper is larger; a paragraph belongs to the closest paragraph above it with a smaller level */
  level: number;
  section: SectionKind;
  /** the paragraphs it belongs to, outermost first (numbered headings, labels, a bullet ending in ":") */
  parents: number[];
}

const END_MARKERS = /^(?:noi nhan|co the ban quan tam|tin khac|tin lien quan|nen xem|bai viet lien quan)\b/;
const ROMAN = /^([IVX]{1,4})\.\s*(.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*\.)(?!\d)\s*(.*)$/;
const BULLET = /^([-–•*])\s*(.*)$/;
// "a) Rà soát …", "đ) Trường hợp …": lettered items, under the numbered item or the label above them
const LETTERED = /^([a-zđ])\)\s+(.*)$/u;
const SUB_BULLET = /^(\+)\s*(.*)$/;
const ENDS_SENTENCE = /[.:;!?"”)]$/;

const LEVEL: Record<ParagraphKind, number> = { section: 0, numbered: 1, label: 25, plain: 25, bullet: 30, sub_bullet: 31 };
const LETTERED_LEVEL = 28;

// A Word table copied as text: cells separated by tabs (or " | "), one row a line.
const CELL_SEPARATOR = /\t|\s\|\s/;

/**
 * The rows of a flattened table read as items: "1. <what>. <lead unit> chủ trì, <other units> phối hợp.
 * Thời hạn: <when>." when the header row names those columns; other rows are left as they are.
 */
function untable(lines: string[]): string[] {
  const out: string[] = [];
  let columns: { what: number; lead: number; others: number; when: number } | null = null;
  for (const line of lines) {
    const cells = line.split(CELL_SEPARATOR).map((c) => c.trim());
    if (cells.length < 3) {
      columns = null;
      out.push(line);
      continue;
    }
    const folded = cells.map((c) => foldVietnamese(c));
    const find = (pattern: RegExp) => folded.findIndex((c) => pattern.test(c));
    const header = {
      what: find(/noi dung|cong viec|nhiem vu|hoat dong/),
      lead: find(/chu tri|thuc hien|don vi/),
      others: find(/phoi hop/),
      when: find(/thoi gian|thoi han|tien do/),
    };
    if (header.what >= 0 && header.lead >= 0 && header.when >= 0 && header.lead !== header.others) {
      columns = header;
      continue;
    }
    if (!columns) {
      out.push(line);
      continue;
    }
    const number = /^\d{1,2}\.?$/.test(cells[0] ?? '') ? `${cells[0]!.replace(/\.$/, '')}. ` : '- ';
    const what = (cells[columns.what] ?? '').replace(/[.;]+$/, '');
    const lead = cells[columns.lead] ?? '';
    const others = columns.others >= 0 ? (cells[columns.others] ?? '') : '';
    const when = cells[columns.when] ?? '';
    const lower = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text);
    const who = lead ? `${lead} chủ trì${others ? `, phối hợp với ${lower(others)}` : ''}: ` : '';
    out.push(`${number}${who}${who ? lower(what) : what}${when ? `, ${lower(when)}` : ''}.`);
  }
  return out;
}

function cleanLines(text: string): string[] {
  return untable(text.normalize('NFC').split(/\r\n?|\n/))
    .join('\n')
    .replace(/\*{2,3}|!\[\]\([^)]*\)/g, '') // markdown bold and empty images of web copies
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

function sectionKind(heading: string): SectionKind {
  const folded = foldVietnamese(heading);
  if (/to chuc thuc hien/.test(folded)) return 'organization';
  if (/muc dich|yeu cau|muc tieu|chi tieu/.test(folded) && !/noi dung|nhiem vu|hoat dong|giai phap/.test(folded)) return 'purpose';
  return 'content';
}

interface Header {
  symbol: string | null;
  place: string | null;
  issuedOn: LocalDate | null;
  issuedMonth: string | null;
  untitled: boolean;
  headerYear: number | null;
  title: string;
  bodyStart: number;
}

const titleCase = (words: string) =>
  words
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');

function readHeader(lines: string[]): Header {
  let symbol: string | null = null;
  let place: string | null = null;
  let issuedOn: LocalDate | null = null;
  let issuedMonth: string | null = null;
  let headerYear: number | null = null;
  const marker = lines.findIndex((line) => /^ke hoach\b/.test(foldVietnamese(line)) && line.length < 200);
  const firstSection = lines.findIndex((line) => ROMAN.test(line));
  const headerEnd = marker >= 0 && (firstSection < 0 || marker < firstSection) ? marker : 0;

  for (const line of lines.slice(0, Math.max(headerEnd, 0) + 1)) {
    const number = /Số\s*:\s*([0-9A-Za-z.]*)\s*\/\s*([A-ZĐ][A-ZĐ0-9-]*)/u.exec(line);
    if (number && !symbol) symbol = number[1] ? `${number[1]}/${number[2]}` : null;
    // "Lai châu, ngày 07 tháng 02 năm 2020": the place is the capitalised words before ", ngày"
    const dated = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,3}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(line);
    if (dated) {
      place = titleCase(dated[1]!.trim()) || null;
      headerYear = Number(dated[4]);
      const date = dated[2] ? localDate(headerYear, Number(dated[3]), Number(dated[2])) : null;
      if (date && isLocalDate(date)) issuedOn = date;
      const month = Number(dated[3]);
      if (month >= 1 && month <= 12) issuedMonth = `${headerYear}-${String(month).padStart(2, '0')}`;
    }
  }

  let title: string;
  let bodyStart: number;
  if (marker >= 0 && (firstSection < 0 || marker < firstSection)) {
    const sameLine = lines[marker]!.replace(/^\S+\s+\S+\s*/u, '').trim(); // "KẾ HOẠCH Triển khai…"
    const parts = sameLine ? [sameLine] : [];
    let i = marker + 1;
    for (; i < lines.length; i += 1) {
      const line = lines[i]!;
      if (!line) continue;
      // The title's wrapped lines start in lower case; the preamble ("Thực hiện…", "Căn cứ…") does not.
      if (parts.length > 0 && !/^\p{Ll}/u.test(line)) break;
      if (ROMAN.test(line)) break;
      parts.push(line);
    }
    title = parts.join(' ');
    bodyStart = i;
  } else {
    const first = lines.findIndex((line) => line.length > 0);
    title = first >= 0 ? lines[first]! : '';
    bodyStart = first + 1;
  }
  const untitled = !(marker >= 0 && (firstSection < 0 || marker < firstSection));
  return { symbol, place, issuedOn, issuedMonth, untitled, headerYear, title: title.replace(/\s+/g, ' ').trim(), bodyStart };
}

/**
 * The width a document's lines were wrapped at, when it was wrapped (text copied from a PDF): the usual
 * length of a line whose sentence goes on in lower case on the next line. Null for unwrapped text.
 */
function wrapWidth(lines: string[]): number | null {
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines.slice(i + 1).find((l) => l.length > 0);
    if (line && next && !ENDS_SENTENCE.test(line) && /^\p{Ll}/u.test(next)) wrapped.push(line.length);
  }
  if (wrapped.length < 3) return null;
  wrapped.sort((a, b) => a - b);
  return wrapped[Math.floor(wrapped.length / 2)]!;
}

function joinParagraphs(lines: string[]): Array<{ kind: ParagraphKind; marker: string; text: string; level: number }> {
  const out: Array<{ kind: ParagraphKind; marker: string; text: string; level: number }> = [];
  const width = wrapWidth(lines);
  let lastLine = '';
  for (const line of lines) {
    if (!line || /^\d{1,3}$/.test(line)) continue; // blank lines and page numbers
    const roman = ROMAN.exec(line);
    const numbered = NUMBERED.exec(line);
    const bullet = BULLET.exec(line);
    const sub = SUB_BULLET.exec(line);
    const lettered = LETTERED.exec(line);
    const previous = out[out.length - 1];
    // A line goes on the previous one's sentence when it starts in lower case (or with a number: "30/5/2019
    // của …"), or, in wrapped text, when the previous line ran to the wrapping width.
    const continues =
      /^[\p{Ll}\d(“"]/u.test(line) ||
      (width !== null && lastLine.length >= width * 0.8 && !(previous?.kind === 'numbered' && previous.text.length <= 160));
    if (roman) {
      out.push({ kind: 'section', marker: `${roman[1]}.`, text: roman[2]!, level: 0 });
    } else if (numbered) {
      out.push({ kind: 'numbered', marker: numbered[1]!, text: numbered[2]!, level: numbered[1]!.split('.').length - 1 });
    } else if (lettered) {
      out.push({ kind: 'bullet', marker: `${lettered[1]})`, text: lettered[2]!, level: LETTERED_LEVEL });
    } else if (bullet) {
      out.push({ kind: 'bullet', marker: bullet[1]!, text: bullet[2]!, level: LEVEL.bullet });
    } else if (sub) {
      out.push({ kind: 'sub_bullet', marker: '+', text: sub[2]!, level: LEVEL.sub_bullet });
    } else if (
      previous &&
      previous.kind !== 'section' &&
      continues &&
      // "… về Sở Y tế (qua Văn phòng Sở)" then "trước ngày 15/6 …": a bracket ends a line, not the sentence
      (!ENDS_SENTENCE.test(previous.text) || (/[)"”]$/.test(previous.text) && /^\p{Ll}/u.test(line)))
    ) {
      previous.text = `${previous.text} ${line}`;
    } else {
      out.push({ kind: 'plain', marker: '', text: line, level: LEVEL.plain });
    }
    lastLine = line;
  }
  for (const paragraph of out) {
    paragraph.text = paragraph.text.replace(/\s+/g, ' ').trim();
    // "Nội dung:", "Thủ trưởng các cơ sở y tế trong toàn tỉnh:": a label that the next bullets belong to
    if (paragraph.kind === 'plain' && paragraph.text.endsWith(':') && paragraph.text.length <= 120) paragraph.kind = 'label';
  }
  return out;
}

// the place's words in the same cell of the same line: "Sở Y tế tỉnh Lai Châu\nSố: …" is not "Lai Châu Số", and
// a table's "…về Sở Y tế<tab>Các Trung tâm Y tế huyện" is no "Sở Y tế Các Trung"
const ISSUER_PATTERN = /Sở Y tế(?: +(tỉnh|thành phố|TP\.?))? +((?:\p{Lu}\p{Ll}*)(?: +\p{Lu}\p{Ll}*){0,2})/gu;

// The header as plans print it, in capitals: "SỞ Y TẾ TỈNH LAI CHÂU", or "UBND TỈNH LAI CHÂU" over "SỞ Y TẾ"
// (words on one line only: a flattened two-column header runs on into "CỘNG HÒA XÃ HỘI…")
const UPPER_ISSUER = /SỞ Y TẾ(?:[ \t]+(TỈNH|THÀNH PHỐ|TP\.?))?[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+){0,2})/gu;
const UPPER_PROVINCE =
  /(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)[ \t]+(TỈNH|THÀNH PHỐ|TP\.?)[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+){0,2})[ \t]*\n\s*SỞ Y TẾ(?![\p{L}])/gu;

const capitalized = (word: string) => word.charAt(0) + word.slice(1).toLocaleLowerCase('vi');

/** The issuer's mentions in the text: "tỉnh"/"thành phố" or none, and the words of the place after it. */
function issuerMentions(text: string): Array<{ kind: string | undefined; words: string[] }> {
  const upper = [...text.matchAll(UPPER_PROVINCE), ...text.matchAll(UPPER_ISSUER)].map((m) => ({
    kind: m[1] === undefined ? undefined : m[1].toLocaleLowerCase('vi'),
    words: m[2]!.split(/[ \t]+/).map(capitalized),
  }));
  const written = [...text.matchAll(ISSUER_PATTERN)].map((m) => ({ kind: m[1], words: m[2]!.split(' ') }));
  // the header in capitals names the issuer; a mention in the body may name it less well
  return [...upper, ...written];
}

function findIssuer(text: string, place: string | null): string | null {
  const placeKey = place ? foldVietnamese(place) : null;
  let fallback: string | null = null;
  for (const { kind, words } of issuerMentions(text)) {
    const prefix = `Sở Y tế ${kind ? `${kind} ` : ''}`;
    // "Sở Y tế Khánh Hoà Ban hành…": keep the words that make the place
    for (let n = words.length; n >= 1; n -= 1) {
      const candidate = words.slice(0, n).join(' ');
      if (placeKey && foldVietnamese(candidate) === placeKey) return `${prefix}${candidate}`;
    }
    if (!fallback && (kind || words.length === 2)) fallback = `${prefix}${words.slice(0, 2).join(' ')}`;
  }
  if (fallback) return fallback;
  return place ? `Sở Y tế tỉnh ${place}` : null;
}

/** Reads a plan's text. Never throws: a text with no recognisable structure is one section of content. */
export function readPlanText(raw: string): PlanText {
  const lines = cleanLines(raw);
  const end = lines.findIndex((line) => END_MARKERS.test(foldVietnamese(line).replace(/[:.]/g, '')));
  const header = readHeader(lines);
  const bodyLines = lines.slice(header.bodyStart, end >= 0 && end > header.bodyStart ? end : lines.length);
  const raws = joinParagraphs(bodyLines);

  // A digitally signed PDF carries the signing time when the header date was left blank.
  const signed = /(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}[+-]\d{4}/.exec(raw);
  const issuedOn = header.issuedOn ?? (signed ? localDate(Number(signed[1]), Number(signed[2]), Number(signed[3])) : null);
  // "năm 2026", "năm học 2026-2027" (a school year is named after the year it starts in)
  const titleYear = [...header.title.matchAll(/năm(?:\s+học)?\s+(\d{4})/giu)].pop();
  const year = titleYear ? Number(titleYear[1]) : (header.headerYear ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null));

  const hasSections = raws.some((p) => p.kind === 'section');
  const detailedTasksFollow = raws.some((p) => p.kind === 'section' && /nhiem vu cu the/.test(foldVietnamese(p.text)));
  let section: SectionKind = hasSections ? 'preamble' : 'content';
  const paragraphs: Paragraph[] = [];
  const stack: Paragraph[] = [];
  for (const [index, p] of raws.entries()) {
    if (p.kind === 'section') {
      section = sectionKind(p.text);
      // "II. NỘI DUNG TRIỂN KHAI" summarising what "III. NHIỆM VỤ CỤ THỂ" then details
      if (section === 'content' && detailedTasksFollow && !/nhiem vu cu the/.test(foldVietnamese(p.text))) section = 'overview';
      stack.length = 0;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= p.level) stack.pop();
    const paragraph: Paragraph = {
      index,
      kind: p.kind,
      marker: p.marker,
      text: p.text,
      level: p.level,
      section,
      parents: stack.map((s) => s.index),
    };
    paragraphs.push(paragraph);
    stack.push(paragraph);
  }

  return {
    symbol: header.symbol,
    place: header.place,
    issuedOn,
    issuedMonth: issuedOn ? issuedOn.slice(0, 7) : header.issuedMonth,
    year,
    title: header.title,
    issuer: findIssuer(raw.normalize('NFC'), header.place),
    paragraphs,
    untitled: header.untitled,
  };
}
