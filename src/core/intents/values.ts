import type { ReportStatus } from '../plans/plan.js';
import { contactDetailRanges } from '../feedback/redact.js';
import { foldVietnamese } from '../text/vietnamese.js';
import { normalizeMessage } from './normalize.js';

/**
 * A task's number in every form the bot prints or people write: "[NV7]", "NV7", "nv 7", "nhiệm vụ 7",
 * "nhiệm vụ số 7", "#7". Null when the text names none.
 */
export function readTaskNumber(text: string): number | null {
  const normalized = normalizeMessage(text.replace(/\[\s*nv\s*(\d+)\s*\]/giu, ' nv $1 '));
  const match = /(?:^|\s)(?:nhiem vu(?: so)?|#)\s*(\d{1,6})(?=\s|$|%)/.exec(normalized) ?? /(?:^|\s)#(\d{1,6})\b/.exec(normalized);
  return match ? Number(match[1]) : null;
}

const TICKET_CODE = /(?:^|[^\p{L}\p{N}])pa[\s_.-]*(\d{4})[\s_.-]*(\d{1,6})(?![\p{N}])/iu;

/** A feedback ticket's code in any case and spacing ("pa-2026-1", "PA 2026 1", "PA-2026-0001"), canonical. */
export function readTicketCode(text: string): string | null {
  const match = TICKET_CODE.exec(text);
  if (!match) return null;
  return `PA-${match[1]}-${match[2]!.padStart(4, '0')}`;
}

/** The text without the ticket's code and the punctuation around it ("PA-2026-1: đã xử lý …" → "đã xử lý …"). */
export function withoutTicketCode(text: string): string {
  const match = TICKET_CODE.exec(text);
  if (!match) return text.trim();
  const before = text.slice(0, match.index + (match[0].length - match[0].trimStart().length));
  const after = text.slice(match.index + match[0].length);
  const head = before.replace(/[\s,:;.-]+$/u, '');
  // "đã xử lý xong PA-2026-3, đã hoàn tiền": the comma after the code still parts the two
  const joint = head && /^\s*[,;]/.test(after) ? ', ' : ' ';
  return `${head}${joint}${after.replace(/^[\s,:;.-]+/u, '')}`.trim();
}

const DIGITS: Readonly<Record<string, number>> = {
  khong: 0,
  linh: 0,
  le: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** "tám mươi" → 80, "chín mươi lăm" → 95, "một trăm" → 100, "mười" → 10, "hai lăm" → 25; null if not a number. */
export function readNumberWords(words: readonly string[]): number | null {
  if (words.length === 0 || words.length > 4) return null;
  if (words.length === 2 && words[1] === 'tram' && DIGITS[words[0]!] !== undefined) return DIGITS[words[0]!]! * 100;
  let value: number;
  let index = 0;
  const first = words[index];
  if (first === 'muoi') {
    value = 10;
    index += 1;
  } else if (first !== undefined && DIGITS[first] !== undefined) {
    value = DIGITS[first]!;
    index += 1;
    if (words[index] === 'muoi') {
      value *= 10;
      index += 1;
    } else if (index < words.length && DIGITS[words[index]!] !== undefined && words.length === 2) {
      // "hai lăm" (25), "tám lăm" (85): tens then units without "mươi"
      return value * 10 + DIGITS[words[index]!]!;
    }
  } else return null;
  if (index < words.length) {
    const unit = DIGITS[words[index]!];
    if (unit === undefined) return null;
    value += unit;
    index += 1;
  }
  return index === words.length ? value : null;
}

/**
 * A percentage said in a sentence: "khoảng 85% rồi ạ", "đạt 70 phần trăm", "được tám mươi phần trăm". Only a
 * number marked as a percentage: "120 người" is not one. Null when there is none.
 */
export function readPercentInText(text: string): number | null {
  const normalized = normalizeMessage(text);
  const digits = /(?:^|\s)(\d{1,3})\s*(?:%|phan tram)(?=\s|$)/.exec(normalized);
  if (digits) return Number(digits[1]);
  const spoken = /((?:\S+ ){1,4})phan tram(?=\s|$)/.exec(normalized);
  if (spoken) {
    const words = spoken[1]!.trim().split(' ');
    // the longest run of number words right before "phần trăm"
    for (let start = 0; start < words.length; start += 1) {
      const value = readNumberWords(words.slice(start));
      if (value !== null) return value;
    }
  }
  return null;
}

const STATUS_PHRASES: ReadonlyArray<readonly [ReportStatus, readonly string[]]> = [
  ['not_started', ['chua bat dau', 'chua lam', 'chua thuc hien', 'chua trien khai']],
  ['blocked', ['vuong', 'kho khan', 'bi tac', 'chua the', 'thieu kinh phi', 'khong the', 'khong hoan thanh']],
  // "chưa xong" before "xong": not done yet is work under way
  ['in_progress', ['dang thuc hien', 'dang lam', 'dang trien khai', 'dang tien hanh', 'dang to chuc', 'chua xong', 'chua hoan thanh']],
  ['done', ['xong', 'hoan thanh', 'hoan tat', 'da gui', 'da nop', 'da treo', 'da to chuc', 'da thuc hien xong']],
];

// "NV16 xong chưa?", "đã nộp chưa": asks whether it is done, and says nothing of it
// "xong chưa", "đã nộp báo cáo NV1 chưa": with the task named before "chưa" too
const DONE_YET =
  / (?:xong|hoan thanh|hoan tat|nop|gui|bao cao)(?: (?:nv|nhiem vu(?: so)?) ?\d{1,4})? chua (?:(?:vay|a|nhi|the|ha|nhe|ban|bot|oi|ad) )*$/;

// "ai chưa báo cáo", "còn đơn vị nào chưa gửi báo cáo NV5": who has not yet done it
const WHO_NOT_YET = / (?:ai|don vi nao|nhung don vi nao|nhung ai|noi nao|co so nao) (?:con )?chua (?:nop|gui|bao cao|lam|xong|hoan thanh)/;

// "NV7 hạn khi nào", "hạn nộp NV7 là ngày nào", "bao giờ hết hạn NV7": when it is due
const WHEN_DUE =
  / (?:han|het han|han nop|han chot)(?: (?:nop|cua|la|nv ?\d{1,4}|nhiem vu(?: so)? ?\d{1,4}))* (?:khi nao|bao gio|ngay nao|ngay may|luc nao)| (?:khi nao|bao gio) (?:het han|den han)/;

/** Whether the text asks when something is due ("NV7 hạn khi nào"): a question, not a report. */
export function asksWhenDue(text: string): boolean {
  return WHEN_DUE.test(` ${normalizeMessage(text)} `);
}

/** Whether the text asks if something is done yet ("xong chưa", "đã nộp chưa", "ai chưa báo cáo"). */
export function asksIfDone(text: string): boolean {
  const padded = ` ${normalizeMessage(text)} `;
  return DONE_YET.test(padded) || WHO_NOT_YET.test(padded);
}

// The words of a report message that say nothing of what was done: the task, its figure, its status, filler.
const NOT_CONTENT = new Set(
  (
    'nhiem vu so bao cao tien do cap nhat em xin da dang duoc dat khoang tam hien nay roi nha nhe a ' +
    'xong hoan thanh tat lam thuc hien trien khai tien hanh chua bat dau phan tram voi ok oi bot ad anh chi ' +
    'vuong mac kho khan'
  ).split(' '),
);

/**
 * The message as a report's content, when it says what was done beyond naming the task, its figure and its
 * status ("Đã hoàn thành NV16, đã gửi công văn số 123/BC-BV ngày 05/12"); null when it says no more ("nv7
 * xg r", "bc nv5 dc 80%"), so that the report asks for it.
 */
export function reportContentIn(text: string): string | null {
  // a phone, an e-mail or an ID number is not repeated, in the proposal or in a report a group reads: the
  // message itself is cleaned up, and the content asked for
  if (contactDetailRanges(text).length > 0) return null;
  const said = normalizeMessage(text)
    .split(' ')
    .filter((word) => word && !NOT_CONTENT.has(word) && !/^\d{1,3}%?$/.test(word));
  return said.length >= 3 ? text.trim() : null;
}

// Work still under way ("đang", "còn", "chưa"), beside a "xong" that then closed only a step of it
const STILL_GOING = / (?:dang|con|chua) /;

/**
 * A report's status named in a sentence ("đã xong", "đang vướng", "chưa bắt đầu"), or null; none in a question,
 * and none when a step is done and the work goes on ("đã họp xong, còn chờ số liệu", "tổng hợp xong, đang trình
 * ký"): then it is asked, not guessed.
 */
export function readStatusInText(text: string): ReportStatus | null {
  if (asksIfDone(text)) return null;
  const padded = ` ${normalizeMessage(text)} `;
  for (const [status, phrases] of STATUS_PHRASES) {
    if (!phrases.some((phrase) => padded.includes(` ${phrase} `))) continue;
    return status === 'done' && STILL_GOING.test(padded) ? null : status;
  }
  // "được 2/3": a share of the work done
  if (/ (?:duoc|dat) \d\/\d /.test(padded)) return 'in_progress';
  return null;
}

// "ai là đầu mối của TYT Sìn Hồ", "đầu mối BVĐK tỉnh là ai vậy", "who is the focal point of CDC", "xem đơn vị
// CDC", "BVĐK đã báo cáo chưa": the words naming the unit. Only roles a unit card shows (focal point, deputy, leader, feedback handler).
const ROLE_WORDS = '(?:can bo |nguoi )?(?:pho dau moi|dau moi|lanh dao(?: don vi)?|thu truong|xu ly phan anh|focal point|leader)';
const UNIT_ROLE_QUESTIONS = [
  new RegExp(`^(?:cho (?:em|toi|minh|chau) hoi )?ai (?:la|lam) ${ROLE_WORDS}(?: cua| o| tai| ben)? (.+)$`),
  new RegExp(`^(?:cho (?:em|toi|minh|chau) hoi )?${ROLE_WORDS}(?: cua| o| tai| ben)? (.+?) (?:la ai|ten (?:la )?gi)$`),
  new RegExp(`^who (?:is|are) the ${ROLE_WORDS}s? (?:of|at|for) (.+)$`),
  // "xem đơn vị TTYT Tam Đường", "cho mình xem thông tin đơn vị CDC": the unit's card
  /^(?:cho (?:em|toi|minh|chau) )?(?:xem|tra cuu|tim)(?: thong tin)?(?: (?:ve|cua))? don vi (.+)$/,
  /^thong tin (?:ve |cua )?don vi (.+)$/,
  // "bệnh viện đa khoa có báo cáo chưa", "CDC đã nộp báo cáo NV1 chưa": the card lists its open tasks and reports
  /^(?:don vi )?(.+?) (?:da co |da |co )?(?:nop |gui )?(?:bao cao|nop|gui)(?: (?:nv|nhiem vu(?: so)?) ?\d{1,4})? chua$/,
];
// words before "báo cáo chưa" that name no unit: "đã báo cáo chưa", "em gửi chưa", "đơn vị mình nộp chưa"
const NOT_A_UNIT = /^(?:(?:da|co|em|anh|chi|minh|toi|ban|ho|don vi|ben|nay|do|kia|cac|moi|nguoi|nv ?\d+|nhiem vu(?: so)? ?\d+)\s*)+$/;
const QUESTION_TAIL = /(?:\s+(?:vay|va|a|nhi|the|ha|nhe|day|ban|bot|oi|ad))+$/;

/** The words a question's first pattern that matches gives as a unit's name, or null. */
function unitNamedIn(text: string, patterns: readonly RegExp[]): string | null {
  const folded = foldVietnamese(text)
    .replace(/[?!.,;:“”"']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(QUESTION_TAIL, '');
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    const unit = match?.[1]?.replace(QUESTION_TAIL, '').trim();
    if (unit && unit.length >= 2 && unit.split(' ').length <= 8 && !NOT_A_UNIT.test(unit)) return unit;
  }
  return null;
}

/** The words naming a unit in a question about who holds a role there, or null when the text asks no such thing. */
export function readUnitRoleQuestion(text: string): string | null {
  return unitNamedIn(text, UNIT_ROLE_QUESTIONS);
}

// "tình hình TTYT Tam Đường thế nào", "tinh hinh cua bv phoi ra sao": how a unit stands on its work, which its
// open tasks say ("tình hình NV5 thế nào" names a task, not a unit)
const UNIT_STANDING_QUESTIONS = [
  /^(?:cho (?:em|toi|minh|chau) (?:hoi|xem) )?tinh hinh (?:(?:cua|o|tai|ben) )?(?:don vi )?(.+?) (?:the nao|ra sao|sao roi|nhu the nao|nhu nao|den dau roi)$/,
];

/** The words naming a unit in a question about how it stands on its tasks, or null. */
export function readUnitStandingQuestion(text: string): string | null {
  return unitNamedIn(text, UNIT_STANDING_QUESTIONS);
}

// "ai là đầu mối", "đầu mối đơn vị mình là ai", "ai đang nghỉ phép", "chị Lan nghỉ đến bao giờ", "đầu mối có
// đang nghỉ không": who holds a role here or is away, with no unit named; the unit's card says both
const OWN_UNIT =
  '(?: (?:cua |o |tai |ben )?(?:don vi|nhom|benh vien|bv|trung tam|ttyt|co quan)(?: (?:minh|nay|ta|em|chung ta))?| (?:minh|nay))?';
const OWN_UNIT_QUESTIONS = [
  new RegExp(`^(?:cho (?:em|toi|minh|chau) hoi )?ai (?:la|lam|dang la) ${ROLE_WORDS}${OWN_UNIT}$`),
  new RegExp(`^(?:cho (?:em|toi|minh|chau) hoi )?${ROLE_WORDS}${OWN_UNIT} (?:la ai|ten (?:la )?gi)$`),
  /^(?:cho (?:em|toi|minh|chau) hoi )?(?:ai|co ai|nhung ai)(?: o (?:don vi|nhom)(?: (?:minh|nay))?)? (?:dang )?nghi phep(?: (?:khong|ko|k|chua|the|a|nhi))*$/,
  /^(?:cho (?:em|toi|minh|chau) hoi )?(?:(?:anh|chi|em|co|chu|ban) [a-z]+|dau moi|pho dau moi) (?:co )?(?:dang )?nghi(?: phep)? (?:den|toi|het) (?:bao gio|khi nao|ngay nao|hom nao|ngay bao nhieu)$/,
  /^(?:cho (?:em|toi|minh|chau) hoi )?(?:dau moi|pho dau moi|(?:anh|chi) [a-z]+) (?:co )?(?:dang )?nghi(?: phep)? (?:khong|ko|k|a)$/,
];

/** Whether the text asks who holds a role in the chat's own unit, or who there is on leave (no unit named). */
export function asksAboutOwnUnit(text: string): boolean {
  const folded = foldVietnamese(text)
    .replace(/[?!.,;:“”"']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(QUESTION_TAIL, '');
  return OWN_UNIT_QUESTIONS.some((pattern) => pattern.test(folded));
}

/**
 * A box opening told in words ("hôm nay mở hòm thư có 2 thư", "mo hom thu hom qua ko co thu nao", "đã mở
 * hòm thư góp ý 18/11 được 3 lá thư"): what /homthu reads for it ("hom nay 2 thu", "hom qua 0 thu"), or null
 * when the text does not say the box was opened with a count of letters.
 */
export function readBoxOpening(text: string): string | null {
  const folded = ` ${foldVietnamese(text)
    .replace(/[^a-z0-9/\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  if (!/ mo (?:(?:xong|duoc|ra) )?hom thu | hom thu (?:gop y )?(?:da |vua )?(?:duoc )?mo /.test(folded)) return null;
  const none = / (?:khong|ko|k|chua) co (?:la )?thu | 0 (?:la )?thu /.test(folded);
  const count = none ? 0 : Number(/ (\d{1,3}) (?:la )?thu /.exec(folded)?.[1] ?? Number.NaN);
  if (!Number.isInteger(count)) return null;
  const day = / (hom nay|hom qua) /.exec(folded)?.[1] ?? / (\d{1,2}\/\d{1,2}(?:\/\d{4})?) /.exec(folded)?.[1] ?? '';
  const witnesses = boxWitnesses(text);
  return [day, `${count} thu`, witnesses ? `chung kien: ${witnesses}` : ''].filter(Boolean).join(' ');
}

const WITNESSED = /(?:với\s+sự\s+|voi\s+su\s+)?(?:chứng\s*kiến|chung\s*kien)/iu;
// where the witnesses' names begin when they come before "chứng kiến": after a comma, "có", "với", "cùng", or
// the count of letters ("được 3 thư, có chị Hà phòng TCHC chứng kiến")
const BEFORE_WITNESSES = /[,;]|\s(?:có|co|với|voi|cùng|cung)\s|\d+\s+(?:lá\s+|la\s+)?(?:thư|thu)(?=\s|$)/giu;

/**
 * Who witnessed the opening, as the text names them: after "chứng kiến" ("chứng kiến: chị Hà, anh Nam", "với
 * sự chứng kiến của anh Nam") or before it ("có chị Hà phòng TCHC chứng kiến"); null when it names none. An
 * opening's record must not lose them: the proposal carries them to /homthu.
 */
function boxWitnesses(text: string): string | null {
  const typed = text.normalize('NFC').trim();
  const label = WITNESSED.exec(typed);
  if (!label) return null;
  // the names end with their sentence: what follows may be the letters' content, never to be echoed
  const after = typed
    .slice(label.index + label[0].length)
    .replace(/^\s*(?:của|cua|gồm|gom|là|la)?\s*[:\-–]?\s*/iu, '')
    .split(/[.;!?\n]/)[0]!
    .trim();
  const before = typed.slice(0, label.index);
  let start = 0;
  for (const match of before.matchAll(BEFORE_WITNESSES)) start = match.index + match[0].length;
  const named = after.length >= 2 ? after : before.slice(start).trim();
  // shown back in the group in the proposal: a few names, and never a phone or an address of e-mail
  return named.length >= 2 && named.length <= MAX_WITNESSES && contactDetailRanges(named).length === 0 ? named : null;
}

const MAX_WITNESSES = 80;
