import { foldInPlace } from '../../deadlines/extraction/fold.js';
import { findParties, subjectSpans } from './responsible.js';

/** Splits a paragraph into sentences: at ". ", "! ", "? " followed by a capital letter or an opening mark. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Verbs of work a plan assigns (folded). Matched after the names of units are blanked out, so that
// "Phòng Tổ chức cán bộ" or "Phòng Kế hoạch - Tài chính" do not count as "tổ chức" or "kế hoạch".
const ACTION =
  /\b(?:bao cao|gui|nop|to chuc|xay dung|ban hanh|thanh lap|kien toan|trien khai|kiem tra|giam sat|thanh tra|tap huan|huong dan|tham muu|phoi hop|chu tri|theo doi|don doc|danh gia|so ket|tong ket|tuyen truyen|pho bien|dang tai|tap hop|thu thap|viet bai|nghien cuu|ra soat|phat dong|khao sat|cap nhat|hoan thanh|du tap huan|dang ky|quan triet|hoc tap|thuc hien|dau moi|tiep nhan|cung cap|ho tro|bo tri|dam bao|san sang|duy tri|tu van|xet nghiem|su dung|cong khai|phan bo|thong bao|lap danh sach|ky ket|cu can bo|cu vien chuc|tham dinh|can doi|chi dao|huong dan|mo rong|dieu tra|chuan bi)\b/;

// What makes a sentence a task even when it says nothing of when: something to produce or to hold, or a
// standing duty of a health facility that is checked (receiving citizens, the complaint box).
const DELIVERABLE =
  /\b(?:xay dung(?:,? (?:va )?ban hanh)?(?:,? sua doi, bo sung)? (?:cac |mot )?(?:ke hoach|quy che|quy dinh|chuong trinh|tieu chi|bo tieu chi|khau hieu|de an|noi quy)|ban hanh (?:ke hoach|quy che|quy dinh|quyet dinh|chuong trinh|van ban)|thanh lap|kien toan|to chuc (?:hoi nghi|hoi thi|hoi thao|toa dam|tap huan|kiem tra|giam sat|so ket|tong ket|hoc tap|tuyen truyen|thanh tra|khao sat|phat dong|danh gia)|tap huan|phat dong|ra soat|tu kiem tra|bao cao (?:ve|ket qua|so ket|tong ket|dinh ky|dot xuat)|gui (?:ve|bao cao)|(?:to chuc |cong tac )?tiep (?:cong )?dan|(?:dat|thuc hien|trien khai(?: dat)?) hom thu|xu ly thu gop y)\b/;

// "Trang phục y tế của nhân viên y tế: thực hiện theo Thông tư 45/2015/TT-BYT …", "Thực hiện hòm thư góp ý:
// triển khai … theo quy định tại thông tư số 25/TT-BYT": a subject, then what to do and the regulation that
// says how. The duty is the task, however it is worded.
const LABELLED_DUTY = /^([^:]{3,60}):\s*(.+)$/;
const BY_REGULATION =
  /\b(?:theo|dung)\s+(?:(?:cac\s+)?(?:quy dinh|huong dan)\s+(?:tai|cua)\s+)?(?:thong tu|nghi dinh|chi thi|quyet dinh|luat)\b/;

function isLabelledDuty(blanked: string): boolean {
  const labelled = LABELLED_DUTY.exec(blanked.replace(/^[\s\-+•*–]+/, ''));
  if (!labelled) return false;
  const verb = ACTION.exec(labelled[2]!);
  return verb !== null && verb.index <= 20 && BY_REGULATION.test(labelled[2]!);
}

// A sentence that only says when the tasks above happen: "Thời gian tổ chức tập huấn từ Quý III/2014…",
// "Việc thành lập các Ban Chỉ đạo … phải được thực hiện xong trong Quý II/2014".
const MODIFIER = /^(?:thoi gian|thoi han|viec)\b/;

const LEADING_CONNECTIVES =
  /^(?:(?:dong thoi|ben canh do|ngoai ra|dac biet|mat khac|ve to chuc thuc hien|tren co so ke hoach nay|can cu ke hoach nay|giao|de nghi|yeu cau)\s*,?\s*)+/;
const PREAMBLE = /^(?:can cu|tren co so|sau (?:khi )?hoc tap|thuc hien theo|de|nham)\b/;

/** The folded sentence with every unit's name blanked out. */
function withoutParties(folded: string, original: string = folded): string {
  let out = folded;
  for (const party of findParties(folded, original))
    out = out.slice(0, party.start) + ' '.repeat(party.end - party.start) + out.slice(party.end);
  return out;
}

const PREAMBLE_PART = /^\s*(?:can cu|tren co so|sau (?:khi )?(?:hoc tap|nghien cuu)|thuc hien theo|de |nham)/;

/**
 * Where the sentence starts saying what to do: after its bullet, connectives ("Đồng thời,"), a preamble
 * ("Căn cứ kết quả công tác năm 2022, trên cơ sở rà soát …,") and the doer ("Các đơn vị trực thuộc").
 */
export function mainClauseStart(sentence: string): number {
  const nfc = sentence.normalize('NFC');
  const folded = foldInPlace(nfc);
  const blanked = withoutParties(folded, nfc);
  let at = /^[\s\-+•*–]*/.exec(folded)![0].length;
  at += LEADING_CONNECTIVES.exec(folded.slice(at))?.[0].length ?? 0;
  at = afterPreamble(nfc, folded, blanked, at);
  while (folded[at] === ' ') at += 1;
  // the doer at the start, with every party coordinated with it ("Các bệnh viện, Trung tâm Y tế các huyện",
  // "… và Trung tâm …"): a title that kept the second of them began "Và Trung tâm Y tế … xây dựng"
  const subject = subjectSpans(nfc.slice(at));
  const doer = subject.length > 0 && subject[0]!.start <= 12 ? subject : [];
  if (doer.length > 0) {
    let after = at + doer[doer.length - 1]!.end;
    const trailer = /^\s*(?:trong toan tinh|trong toan nganh|cac cap|hang nam|dinh ky)?\s*[,:]?\s*/.exec(folded.slice(after));
    after += trailer?.[0].length ?? 0;
    // "Các đơn vị trực thuộc Sở căn cứ chức năng, nhiệm vụ … để xây dựng kế hoạch": a preamble after the doer
    if (nfc.length - after > 10) at = afterPreamble(nfc, folded, blanked, after);
  }
  return at;
}

/**
 * Skips "Căn cứ …, trên cơ sở …," to the comma-separated part that names a doer or starts doing something
 * ("xây dựng," alone counts; "nghiên cứu," before "từng đảng viên …" does not), else to the first verb.
 */
function afterPreamble(nfc: string, folded: string, blanked: string, at: number): number {
  if (!PREAMBLE.test(folded.slice(at))) return at;
  const found = partAfterPreamble(nfc, folded, blanked, at);
  // "căn cứ chức năng, nhiệm vụ … để xây dựng kế hoạch cụ thể": the purpose is the task
  const purpose = /\bde\s+/g;
  purpose.lastIndex = at;
  for (let m = purpose.exec(blanked); m && m.index < found; m = purpose.exec(blanked)) {
    const verb = ACTION.exec(blanked.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (verb && verb.index === 0) return m.index + m[0].length;
  }
  return found;
}

function partAfterPreamble(nfc: string, folded: string, blanked: string, at: number): number {
  for (let part = folded.indexOf(',', at); part >= 0; part = folded.indexOf(',', part + 1)) {
    const from = part + 1 + (/^\s*/.exec(folded.slice(part + 1))?.[0].length ?? 0);
    const rest = folded.slice(from);
    if (PREAMBLE_PART.test(rest)) continue;
    const startsWithDoer = findParties(rest, nfc.slice(from)).some((m) => m.start === 0);
    const action = ACTION.exec(blanked.slice(from, from + 30));
    const words = rest.split(/[,;]/)[0]!.trim().split(/\s+/).length;
    const next = folded.indexOf(',', from);
    const nextIsDoer = next >= 0 && findParties(folded.slice(next + 1).trimStart()).some((m) => m.start === 0);
    if (startsWithDoer || (action && action.index === 0 && (words > 2 || !nextIsDoer))) return from;
  }
  // "Căn cứ vào chức năng, nhiệm vụ, điều kiện thực tế xây dựng kế hoạch …": the first verb that is not
  // itself part of the preamble ("trên cơ sở rà soát …")
  const verbs = new RegExp(ACTION.source, 'g');
  verbs.lastIndex = at + 8;
  for (let verb = verbs.exec(blanked); verb; verb = verbs.exec(blanked)) {
    const segment = Math.max(folded.lastIndexOf(',', verb.index), at) + 1;
    if (!PREAMBLE_PART.test(folded.slice(segment))) return verb.index;
  }
  return at;
}

// "Trong quá trình triển khai … nếu có khó khăn, vướng mắc liên hệ …": what to do if, not a task
// and a cited document ("Quyết định số 4089/QĐ-UBND … ban hành Kế hoạch …") is not one either
const NOT_A_TASK =
  /^\s*(?:trong qua trinh|(?:neu|truong hop)\b[^.]*\bkho khan|moi kho khan|khi co kho khan|tren day la|(?:nghi quyet|quyet dinh|thong tu|chi thi|nghi dinh|ke hoach|chuong trinh(?: hanh dong)?|ket luan|quy dinh|huong dan|cong van|luat)\s+(?:so\s+)?[^\s]*\d)/;

export function hasAction(sentence: string): boolean {
  const nfc = sentence.normalize('NFC');
  const folded = withoutParties(foldInPlace(nfc), nfc);
  return !NOT_A_TASK.test(folded.replace(/^[\s\-+•*–]+/, '')) && ACTION.test(folded);
}

/** Something to produce or hold, said as the sentence's main verb (not "trên cơ sở rà soát …"). */
export function hasDeliverable(sentence: string): boolean {
  const nfc = sentence.normalize('NFC');
  const at = mainClauseStart(nfc);
  const blanked = withoutParties(foldInPlace(nfc), nfc);
  const main = blanked.slice(at);
  if (NOT_A_TASK.test(main)) return false;
  return DELIVERABLE.test(main.slice(0, 80)) || isLabelledDuty(blanked);
}

/**
 * The main clause starts with a piece of work named by its verb ("tiếp nhận, phân bổ vắc xin …", "bố trí khu
 * vực điều trị …"), not with "triển khai/thực hiện …" in general or a state ("có công trình …").
 */
export function startsWithWork(sentence: string): boolean {
  const nfc = sentence.normalize('NFC');
  const at = mainClauseStart(nfc);
  const main = withoutParties(foldInPlace(nfc), nfc)
    .slice(at)
    .replace(/^[\s,:]+/, '');
  if (/^(?:trien khai|thuc hien|tiep tuc|tich cuc|yeu cau|phai|co|la|can)\b/.test(main)) return false;
  const verb = ACTION.exec(main.slice(0, 30));
  return verb !== null && verb.index <= 3;
}

export function isModifier(sentence: string): boolean {
  return MODIFIER.test(foldInPlace(sentence.normalize('NFC')).replace(/^[\s\-+•*]+/, ''));
}

const RECIPIENT_NAME = String.raw`(?:Ban [Cc]hỉ đạo (?:[\p{L}]+ ){0,6}?)?(?:Sở Y tế|Bộ Y tế|UBND (?:tỉnh|thành phố)|Ủy ban nhân dân (?:tỉnh|thành phố)|Sở Nội vụ|Tỉnh ủy|Thành ủy|Trung tâm Kiểm soát bệnh tật(?: tỉnh)?)(?:\s+(?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?)?(?:\s*\((?:qua|thông qua)[^)]*\))?(?:\s+hoặc\s+(?:Sở Y tế|Bộ Y tế|UBND tỉnh|Ủy ban nhân dân tỉnh))?`;
// whom else a report goes to: the Department's director and offices, a steering committee, a Ministry department
const OTHER_RECIPIENT = String.raw`(?:Giám đốc Sở(?: Y tế)?|Văn phòng Sở(?: Y tế)?|Thanh tra Sở(?: Y tế)?|Phòng (?:Tổ chức cán bộ|Nghiệp vụ Y|Nghiệp vụ Dược|Kế hoạch\s*-\s*Tài chính)|Ban [Cc]hỉ đạo(?: [\p{L}\d]+){1,6}?(?=\s+(?:trước|chậm|trong|vào|hằng|hàng|định|khi|theo|kết quả|về)(?=[\s,.;]|$)|[,.;]|$)|Cục [\p{L}, /]+?(?=\s+(?:kết quả|trước|chậm|trong|vào|hằng|hàng|định|khi|theo)(?=[\s,.;]|$)|[.;]|$))`;
const RECIPIENT_ANY = String.raw`(?:${RECIPIENT_NAME}|${OTHER_RECIPIENT})(?:\s+và\s+(?:${OTHER_RECIPIENT}|cơ quan (?:Công an|[\p{L}]+)))?`;
const RECIPIENT_AFTER_PREPOSITION = new RegExp(String.raw`\s(?:về|lên|tới|cho)\s+(${RECIPIENT_ANY})`, 'u');
const RECIPIENT_DIRECT = new RegExp(String.raw`(?:[Gg]ửi|[Bb]áo cáo|[Nn]ộp|[Tt]rình)\s+(?:cho\s+)?(${RECIPIENT_ANY})`, 'u');
const RECIPIENT_REQUESTER = new RegExp(String.raw`(?:theo|khi có) yêu cầu của\s+(${RECIPIENT_ANY})`, 'u');

/** Whom the result goes to: "Sở Y tế (qua phòng Tổ chức cán bộ)", "Bộ Y tế", "Bộ Y tế hoặc UBND tỉnh". */
export function findRecipient(sentence: string): { name: string; start: number; end: number } | null {
  const reports = /(?:gửi|báo cáo|nộp|trình)/iu.test(sentence);
  const afterPreposition = reports ? RECIPIENT_AFTER_PREPOSITION.exec(sentence) : null;
  if (afterPreposition)
    return {
      name: tidyName(afterPreposition[1]!),
      start: afterPreposition.index,
      end: afterPreposition.index + afterPreposition[0].length,
    };
  const direct = RECIPIENT_DIRECT.exec(sentence) ?? RECIPIENT_REQUESTER.exec(sentence);
  if (direct) return { name: tidyName(direct[1]!), start: -1, end: -1 };
  return null;
}

function tidyName(name: string): string {
  // "Sở Y tế Tình" would be a capitalised word of the next phrase; keep place names only after "tỉnh"
  return name
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:Tình|Báo|Kết|Về)\b.*$/u, '')
    .trim();
}

const MAX_TITLE = 125;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf(';'), cut.lastIndexOf(','));
  const space = cut.lastIndexOf(' ');
  const at = boundary > max * 0.6 ? boundary : space > max / 2 ? space : max - 1;
  return `${cut.slice(0, at).trimEnd()}…`;
}

const capitalise = (text: string) => (text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text);

// the verb that says the work before it is due by the deadline after it
const COMPLETION = /^(?:hoan thanh|thuc hien)$/;

/**
 * In a long sentence that ends with a deadline, the run of clauses that lead to it ("…, phù hợp với nhiệm
 * vụ của đơn vị, tổ chức sơ kết, tổng kết và báo cáo kết quả … trước ngày 20/11/2020" → from "tổ chức").
 */
function focusOnDeadline(nfc: string, start: number, cut: Array<{ start: number; end: number }>): number {
  const deadline = cut.find((span) => span.start > start);
  if (!deadline || deadline.start - start < 120) return start;
  const folded = withoutParties(foldInPlace(nfc), nfc);
  const boundaries: number[] = [];
  for (let i = start; i < deadline.start; i += 1) if (folded[i] === ',' || folded[i] === ';') boundaries.push(i + 1);
  const actsAt = (from: number) => {
    const part = folded.slice(from, from + 40);
    // the clause itself, to its next comma: "…, xã, hoàn thành trong quý I" names a place, not work
    const clause = part.split(/[,;]/, 1)[0]!;
    const verb = ACTION.exec(clause.trimStart());
    if (verb === null || verb.index > 25) return false;
    // "…, hoàn thành trong quý I/2027" says when the work before it is due; it is not work of its own
    const verbEnd = from + (clause.length - clause.trimStart().length) + verb.index + verb[0].length;
    return !(COMPLETION.test(verb[0]) && deadline.start - verbEnd <= 2);
  };
  let focus = deadline.start;
  for (let i = boundaries.length - 1; i >= 0; i -= 1) {
    if (!actsAt(boundaries[i]!)) break;
    focus = boundaries[i]!;
  }
  // the run reaches back to the start ("Chủ trì, phối hợp …, tổ chức Hội nghị … vào đầu tháng 04/2019")
  if (focus === boundaries[0] && actsAt(start)) return start;
  return focus < deadline.start && focus > start ? focus : start;
}

/**
 * What a long sentence asks before the run of clauses that lead to its deadline, when that is work of its
 * own: "Căn cứ Kế hoạch này, xây dựng kế hoạch cụ thể, triển khai …, tổ chức sơ kết … và báo cáo … trước ngày
 * 20/11/2020" asks for a plan of the unit's own besides the dated report. Null when the whole sentence is the
 * dated task.
 */
export function leadBeforeDeadline(sentence: string, cut: Array<{ start: number; end: number }>): string | null {
  const nfc = sentence.normalize('NFC');
  const start = mainClauseStart(nfc);
  const focus = focusOnDeadline(nfc, start, cut);
  if (focus <= start) return null;
  const lead = nfc
    .slice(start, focus)
    .replace(/[\s,;:]+$/u, '')
    .trim();
  return lead.length >= 10 ? lead : null;
}

// A clause after ";" that holds an event of its own: "…; tổ chức hội nghị cán bộ công chức, viên chức theo …".
const EVENT_CLAUSE =
  /^\s*(?:dong thoi\s*,?\s*)?to chuc (?:hoi nghi|hoi thi|hoi thao|toa dam|tap huan|kiem tra|so ket|tong ket|phat dong)\b/;

// an undated standing role before a dated duty: "là đầu mối tiếp nhận …", "tiếp nhận, xử lý phản ánh …"
const STANDING = /\b(?:dau moi|tiep nhan|thuong xuyen)\b/;
const WHEN =
  /\b(?:truoc ngay|cham nhat|khi co yeu cau|theo yeu cau|hang (?:thang|quy|nam|tuan)|hang nam|dinh ky|trong vong|trong (?:thang|quy) [\divx]+)\b/;

/**
 * A sentence split where a ";" starts an event to organise: each is a task of its own (the doer of the first
 * carries on to the next). Other clauses stay together: "kiện toàn Ban Chỉ đạo; phân công nhiệm vụ …" is one
 * piece of work. Two dated duties joined by "và" are split too ("báo cáo sơ kết 6 tháng trước ngày 15/6 và
 * tổng kết năm trước ngày 10/12"), the second given the report's verb when it names only what is reported.
 */
export function splitDuties(sentence: string): string[] {
  const folded = foldInPlace(sentence.normalize('NFC'));
  const parts: string[] = [];
  let from = 0;
  let verb: string | null = null;
  for (const { at, width, semicolon } of separators(folded)) {
    if (at < from) continue;
    const before = folded.slice(from, at);
    const after = folded.slice(at + width);
    // "… là đầu mối tiếp nhận …; tổng hợp báo cáo … trước ngày 25/6": a dated duty after an undated one
    const ownWhen =
      semicolon &&
      WHEN.test(after) &&
      !WHEN.test(before) &&
      ACTION.test(after.slice(0, 30)) &&
      (STANDING.test(before) || /^\s*(?:phoi hop|chu tri)\b/.test(after));
    // "báo cáo sơ kết 6 tháng trước ngày 20/6; báo cáo tổng kết năm trước ngày 15/12": two duties, each
    // opening with its own verb and carrying its own deadline (not one duty due twice: "đợt 2 trước 30/9")
    const twoDated = WHEN.test(before) && WHEN.test(after) && new RegExp(`^\\s*${ACTION.source}`).test(after);
    if (((semicolon && EVENT_CLAUSE.test(after)) || ownWhen || twoDated) && ACTION.test(before)) {
      parts.push(`${verb ?? ''}${sentence.slice(from, at).trim()}`);
      // "… và tổng kết năm …" after "báo cáo sơ kết …": a report too
      verb = !semicolon && /\bbao cao\b/.test(before) && REPORTED.test(after) ? 'báo cáo ' : null;
      from = at + width;
    }
  }
  parts.push(`${verb ?? ''}${sentence.slice(from).trim()}`);
  return parts.filter((part) => part.trim().length > 0).map((part, i) => (i > 0 ? capitalise(part.trim()) : part));
}

// What a report is of, named without its verb: "sơ kết 6 tháng", "tổng kết năm", "kết quả …"
const REPORTED = /^\s*(?:so ket|tong ket|ket qua)\b/;

/** Where a sentence may split into duties: at ";", and at "và" between clauses (folded text). */
function separators(folded: string): Array<{ at: number; width: number; semicolon: boolean }> {
  const found: Array<{ at: number; width: number; semicolon: boolean }> = [];
  for (let at = folded.indexOf(';'); at >= 0; at = folded.indexOf(';', at + 1)) found.push({ at, width: 1, semicolon: true });
  for (const match of folded.matchAll(/ va /g)) found.push({ at: match.index, width: match[0].length, semicolon: false });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * A task's title from the plan's sentence: without who does it (that is the assignment), without when
 * (that is the rule) and without to whom (that is the recipient), starting at the verb.
 */
export function titleFrom(sentence: string, cut: Array<{ start: number; end: number }>): string {
  const nfc = sentence.normalize('NFC');
  const start = focusOnDeadline(nfc, mainClauseStart(nfc), cut);
  const chars = nfc.split('');
  for (const span of cut) for (let i = Math.max(0, span.start); i < Math.min(chars.length, span.end); i += 1) chars[i] = '\u0000';
  const text = chars
    .slice(start)
    .join('')
    .replace(/\u0000+/g, ' ')
    .replace(/\s*\.\/\.?\s*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    // "định kỳ 6 tháng (trước ngày 15/6) và năm": the parentheses held only the deadline, and their spaces stay one
    .replace(/\s*\(\s*\)\s*/g, ' ')
    .replace(/[\s,;:.]+$/u, '')
    .replace(/\s(?:và|hoặc|để tổng hợp, báo cáo|để tổng hợp|gửi|nộp)$/u, '')
    .replace(/[\s,;:.]+$/u, '')
    // "…, hoàn thành" before a removed "trước ngày …": the deadline is the rule
    .replace(/[\s,;]+(?:và\s+|để\s+)?(?:phải\s+)?(?:hoàn thành|xong|thực hiện xong)$/u, '')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
  return capitalise(shorten(withoutRole(text), MAX_TITLE));
}

/**
 * The work itself, without the role that introduces it: "Chủ trì, phối hợp với Công an tỉnh … tổ chức các
 * đoàn thanh tra" → "tổ chức các đoàn thanh tra", "Là đầu mối tiếp nhận …" → "Đầu mối tiếp nhận …", a label
 * before the doer ("Tự kiểm tra, đánh giá: các bệnh viện … tự đánh giá …") → what the doer does.
 */
function withoutRole(text: string): string {
  let out = text;
  for (let round = 0; round < 3; round += 1) {
    const folded = foldInPlace(out.normalize('NFC'));
    const lead = /^(?:la\s+(?=dau moi)|chu tri\s*(?:[,:]\s*|va\s+)?|giao\s+)/.exec(folded);
    if (lead) {
      out = out.slice(lead[0].length);
      continue;
    }
    const cooperate = /^phoi hop(?:\s+chat che)?\s+(?:voi\s+)?/.exec(folded);
    if (cooperate) {
      const blanked = withoutParties(folded, out);
      const colon = blanked.indexOf(':', cooperate[0].length);
      const verbs = new RegExp(ACTION.source, 'g');
      verbs.lastIndex = cooperate[0].length;
      let verb = verbs.exec(blanked);
      while (verb && verb.index > 0 && /\S/.test(blanked[verb.index - 1]!)) verb = verbs.exec(blanked);
      const at = colon >= 0 && (!verb || colon < verb.index) ? colon + 1 : verb && !/^phoi hop/.test(verb[0]) ? verb.index : -1;
      if (at > 0 && out.length - at > 12) {
        out = out.slice(at).trimStart();
        continue;
      }
    }
    const label = /^([^:]{3,60}):\s*/.exec(out);
    if (label) {
      const rest = out.slice(label[0].length);
      const restFolded = foldInPlace(rest.normalize('NFC'));
      if (findParties(restFolded, rest).some((m) => m.start === 0)) {
        out = rest.slice(mainClauseStart(rest));
        continue;
      }
    }
    break;
  }
  return capitalise(out.trim());
}

/** The words of a text that say what it is about, for matching a "Thời gian …" sentence to its tasks. */
export function topicWords(text: string): Set<string> {
  const STOP = new Set([
    'thoi',
    'gian',
    'han',
    'viec',
    'thuc',
    'hien',
    'va',
    'cac',
    'cua',
    'tu',
    'nam',
    'quy',
    'duoc',
    'duy',
    'tri',
    'hang',
    'thuong',
    'xuyen',
    'lien',
    'tuc',
    'phai',
    'trong',
    'tai',
    'cho',
    'don',
    'vi',
    'so',
    'y',
    'te',
    'voi',
    'theo',
    'nhung',
    'la',
    'co',
    'khong',
    'xong',
    'den',
    'trien',
    'khai',
  ]);
  return new Set(
    foldInPlace(text.normalize('NFC'))
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)),
  );
}
