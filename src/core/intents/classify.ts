import { DAY_NAMED } from '../dates/date-words.js';
import { INTENTS, type Intent, type IntentReading, type IntentValues } from './intent.js';
import { normalizeMessage } from './normalize.js';
import {
  asksIfDone,
  asksWhenDue,
  readBoxOpening,
  readPercentInText,
  readStatusInText,
  readTaskNumber,
  readTicketCode,
  reportContentIn,
} from './values.js';

type Lexicon = ReadonlyArray<readonly [string, number]>;

// Folded phrases (see normalizeMessage) and how strongly each points at its intent. A phrase counts once,
// wherever it stands, as whole words.
const LEXICON: Readonly<Record<Intent, Lexicon>> = {
  deadlines: [
    ['han', 1.5],
    ['han chot', 3],
    ['han nop', 3],
    ['nop han', 2],
    ['han bao cao', 2.5],
    ['het han', 3],
    ['den han', 2.5],
    ['sap den han', 2],
    ['qua han', 3.5],
    ['cham bao cao', 3.5],
    ['tre han', 3.5],
    ['cham nop', 3],
    ['nop cham', 3],
    ['con no', 3],
    ['ton dong', 3],
    ['chua nop', 2.5],
    ['chua bao cao', 2.5],
    ['chua gui', 2],
    ['deadline', 3],
    ['khi nao', 1.5],
    ['bao gio', 1.5],
    ['ngay nao', 1.5],
    ['ngay may', 2],
    ['nop', 1],
    ['phai nop', 2.5],
    ['can nop', 2.5],
    ['lich nop', 3],
    ['han cuoi', 3],
    ['thieu bao cao', 3],
    ['phai gui', 2],
    ['phai lam', 1.5],
    // "đơn vị nào chậm nhất", "tình hình thế nào rồi": who is behind, where things stand
    ['cham nhat', 2],
    // "đơn vị nào đang chậm nhiều nhất", "ai chậm trễ": late, in this domain
    ['cham', 1],
    ['cham tre', 2],
    ['don vi nao', 1],
    ['tinh hinh', 1.5],
    // "hôm nay có việc gì không", "tuần này cần làm gì": what is due
    ['viec gi', 2],
    ['co viec', 1],
    // "hôm nay có gì không", "mai có gì không", "tuần này có gì không": what is due then
    ['nay co gi', 2],
    ['mai co gi', 2],
    ['can lam', 2],
    // "tuần này cần báo cáo gì", "đơn vị nào cần báo cáo tuần này", "phải nộp những gì": what is due
    ['can bao cao gi', 2.5],
    ['phai bao cao gi', 2.5],
    ['can nop gi', 2.5],
    ['phai nop gi', 2.5],
    ['nao can bao cao', 2],
    ['nao phai bao cao', 2],
    ['bao cao nhung gi', 2.5],
    ['nop nhung gi', 2.5],
    ['nhung gi', 0.5],
    ['lam gi', 1],
    ['nhiem vu gi', 2.5],
    ['nhiem vu nao', 2],
    ['sap toi', 1.5],
    ['nop truoc', 2],
    ['truoc ngay', 1.5],
    ['bao nhieu ngay', 1.5],
    ['nhac', 1],
    // asked in English: "what is due this week", "which tasks are overdue"
    ['due', 2.5],
    ['overdue', 3.5],
    ['late', 2],
    ['deadlines', 3],
  ],
  report: [
    ['bao cao', 1],
    ['bao cao tien do', 3],
    ['tien do', 2],
    ['cap nhat', 1],
    ['em bao cao', 2.5],
    ['xin bao cao', 2.5],
    ['bao cao ket qua', 2.5],
    ['ket qua', 1],
    ['minh chung', 2.5],
    ['treo', 0.5],
    ['tap huan', 0.5],
    ['da to chuc', 1.5],
    ['da gui', 1.5],
    ['duoc', 0.3],
    ['dat', 0.5],
  ],
  feedback: [
    ['phan anh', 3],
    ['gop y', 1.5],
    ['thu gop y', 1],
    ['khieu nai', 3],
    ['phan nan', 3],
    ['to cao', 3],
    ['hom thu', 2],
    ['duong day nong', 2],
    ['hotline', 2],
    ['goi dien', 1.5],
    ['cuoc goi', 1.5],
    ['nguoi dan', 1],
    ['nguoi nha', 1],
    ['benh nhan', 0.5],
    ['khen', 1.5],
    ['nac danh', 2],
    ['co nguoi', 1],
    ['nhan duoc', 1],
    ['xu ly', 2],
    ['thong ke', 1],
    ['khong co thu', 1.5],
  ],
  help: [
    ['huong dan', 2.5],
    ['huong dan su dung', 2],
    ['tro giup', 4],
    ['help', 4],
    ['giup', 1.5],
    ['giup voi', 2],
    ['giup em voi', 2],
    ['lenh', 2.5],
    ['chuc nang', 3],
    ['dung bot', 3],
    ['su dung', 2],
    ['lam duoc gi', 3],
    // "bot là gì", "trợ lý là gì": what this is
    ['bot la gi', 3],
    ['tro ly la gi', 3],
    ['lam gi voi bot', 3],
    ['ho tro', 2],
    ['menu', 4],
    ['cach dung', 3],
    ['dung sao', 3],
    ['dung the nao', 3],
    ['dung nhu the nao', 3],
    ['khong biet', 1.5],
    ['what can you do', 4],
    ['how to use', 4],
    ['commands', 3],
  ],
  chatter: [
    ['xin chao', 3],
    ['chao', 2.5],
    ['hi', 2.5],
    ['hello', 2.5],
    ['alo', 3],
    ['chuc mung', 3],
    ['chuc', 1.5],
    ['tam biet', 3],
    ['bye', 3],
    ['ngu ngon', 3],
    ['good morning', 3],
    ['how are you', 3],
    ['bot oi', 1],
    ['cam on', 3],
    ['thank you', 3],
    ['moi duoc phan cong', 3],
    ['ai la', 3],
    ['ten gi', 3],
    ['an gi', 2.5],
    ['troi', 2],
    ['di hop', 2],
    ['giao ban', 2],
    ['hop', 1],
    ['so dien thoai', 2],
    ['mat dien', 2],
    ['nghi om', 2],
    ['thong minh', 2],
    ['bot do', 2],
    ['sinh nhat', 2],
    ['cuoi tuan', 1.5],
    ['vui ve', 1.5],
    ['co ai khong', 3],
    ['thu xem', 2],
  ],
  lookup: [
    ['thong tu', 4],
    ['nghi dinh', 4],
    ['quyet dinh', 3],
    ['chi thi', 4],
    ['luat', 3],
    ['quy dinh', 3],
    ['theo quy dinh', 1],
    ['van ban', 3],
    ['can cu', 3],
    ['phap ly', 2],
    ['hieu luc', 4],
    ['quy che', 3],
    ['quy tac', 3],
    ['trang phuc', 2.5],
    ['ao blu', 2.5],
    ['mau ao', 2],
    ['mau gi', 1],
    ['the ten', 2],
    ['bien ten', 2],
    ['deo the', 2],
    ['ung xu', 2.5],
    ['dan chu', 2],
    ['rac thai', 2],
    ['chat thai', 2],
    ['nhua', 1],
    ['hai long', 2],
    ['van hoa cong so', 3],
    ['qua bieu', 2],
    ['tiep cong dan', 2],
    ['gio lam viec', 2],
    ['xu phat', 2.5],
    ['vi pham', 1.5],
    ['thai do phuc vu', 3],
    ['may lan', 1],
    ['nao', 0.5],
    ['theo', 0.5],
    ['circular', 4],
    ['decree', 4],
    ['regulation', 4],
    ['which document', 4],
    ['uniform', 3],
  ],
};

// Words that make a question about rules: with one of them, the lookup outweighs the subject's own words.
const REGULATION_MARKERS = [
  'thong tu',
  'nghi dinh',
  'quyet dinh',
  'chi thi',
  'luat',
  'quy dinh',
  'van ban',
  'can cu',
  'hieu luc',
  'quy che',
  'quy tac',
];
// A document's symbol: "45/2015/TT-BYT", "02/2017", "09/CT-BYT".
const SYMBOL = /(?:^|\s)\d{1,4}\/(?:\d{4}|[a-z])/;
// …but "em phải báo cáo gì tuần này" asks what is due
const WANTS_TO_REPORT =
  / (?:toi|em|minh|chung toi|chung em|ben em) (?:muon|can|xin phep|phai) (?:gui |nop )?bao cao (?!(?:gi|nhung gi|cai gi|nao) )/;
const HOW_TO = ['the nao', 'nhu the nao', 'nhu nao', 'lam sao', 'cach', 'o dau', 'lam the nao'];
const OVERDUE = [
  'qua han',
  'tre han',
  'cham nop',
  'nop cham',
  'con no',
  'ton dong',
  'chua nop',
  'chua bao cao',
  'chua gui',
  'tre',
  'thieu bao cao',
  'con thieu',
  // "đơn vị nào chậm nhất", "chậm nhiều nhất", "chậm trễ": who is most behind
  'cham nhat',
  'cham nhieu',
  'cham tre',
  'cham bao cao',
  'overdue',
  'late',
];
// A whole message that only acknowledges, laughs or tests.
const ACKNOWLEDGEMENTS = new Set([
  'ok',
  'oke',
  'okee',
  'vang',
  'vang a',
  'da',
  'da a',
  'da vang',
  'u',
  'uh',
  'um',
  'uk',
  'hihi',
  'haha',
  'hehe',
  'hi hi',
  'ha ha',
  'hay qua',
  'tuyet voi',
  'test',
  'test bot',
  'bot oi',
  'dung roi',
  'yes',
  'no',
]);
// "em là Sinh", "tôi là Hùng", "mình là…": a person introducing themselves
const INTRODUCTION = /(?:^|\s)(?:em|toi|minh|anh|chi) la [a-z]/;
// "bot để làm gì", "nhóm này là nhóm gì", "nhóm này của đơn vị nào": what the bot and this chat are for ("bạn là
// ai" is small talk, and its answer says who the bot is)
const ABOUT_HERE =
  / (?:bot|tro ly)(?: nay)? (?:la gi|de lam gi|dung de lam gi) | nhom (?:nay )?(?:la )?(?:nhom gi|nhom cua ai|cua ai|cua don vi nao|thuoc don vi nao|dung de lam gi|de lam gi|lam gi)(?: (?:vay|the|a|ha|nhi))* $/;
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ENGLISH_WORDS = new Set([
  'the',
  'what',
  'how',
  'is',
  'are',
  'you',
  'can',
  'do',
  'which',
  'everyone',
  'please',
  'good',
  'where',
  'due',
  'overdue',
]);
// Vietnamese typed without diacritics too: "thế", "do", "cần" ("tinh hinh the nao roi" is not English)
const ALSO_VIETNAMESE = new Set(['the', 'do', 'can']);

// A message longer than this is a paste (a plan, a forwarded text): not a question for the lookup.
const LONG_PASTE = 600;
// Below this, nothing in the message points anywhere.
const FLOOR = 1.5;
// Two intents this close (the second at least this share of the first) are asked about.
const CLOSE = 0.85;

const has = (padded: string, phrase: string) => padded.includes(` ${phrase} `);

const SUBJECTS = /\b(?:so duong day nong|duong day nong|hom thu gop y|hom thu|thu gop y|gop y|hotline|trang phuc y te|trang phuc)\b/g;
const FILLER = new Set(['bot', 'oi', 'a', 'nhe', 'vay', 've', 'cho', 'hoi', 'em']);

function isBareSubject(normalized: string): boolean {
  if (!SUBJECTS.test(normalized)) return false;
  SUBJECTS.lastIndex = 0;
  const rest = normalized
    .replace(SUBJECTS, ' ')
    .split(' ')
    .filter((word) => word && !FILLER.has(word));
  return rest.length === 0;
}

// the words that make a sentence a question: "… không", "bao nhiêu", "mấy", "bao lâu", "thế nào", "gì", "nào"
const QUESTION = [' bao nhieu ', ' may ', ' bao lau ', ' the nao ', ' gi ', ' co phai '];
// a case ("có người phản ánh", "không có thư nào"), a report on one's own work, or a deadline ("nộp hạn khi nào")
const CASE_WORDS = [
  'phan anh',
  'khieu nai',
  'phan nan',
  'to cao',
  'co nguoi',
  'nhan duoc',
  'goi den',
  'goi dien',
  'nguoi dan',
  'nguoi nha',
  'benh nhan',
  'co thu',
  'bao cao',
  'han',
  'khi nao',
  'nop',
];

/** A question about what the rules ask of a subject (the hotline, the complaint box, uniforms), not a case. */
function asksAboutRules(padded: string): boolean {
  SUBJECTS.lastIndex = 0;
  const subject = SUBJECTS.test(padded);
  SUBJECTS.lastIndex = 0;
  if (!subject || CASE_WORDS.some((word) => has(padded, word))) return false;
  return padded.endsWith(' khong ') || QUESTION.some((words) => padded.includes(words));
}

function isEnglish(text: string, normalized: string): boolean {
  if (VIETNAMESE_LETTER.test(text)) return false;
  const english = normalized.split(' ').filter((word) => ENGLISH_WORDS.has(word));
  // a word that is also Vietnamese counts only beside another English one ("what is the deadline")
  return english.some((word) => !ALSO_VIETNAMESE.has(word)) || english.length >= 2;
}

const GREETINGS = ['xin chao', 'chao', 'hi', 'hello', 'alo', 'chuc', 'tam biet', 'bye', 'ngu ngon', 'good morning', 'bot oi'];

function smalltalkOf(padded: string): NonNullable<IntentValues['smalltalk']> {
  if (INTRODUCTION.test(padded) || has(padded, 'moi duoc phan cong')) return 'introduction';
  if (has(padded, 'cam on') || has(padded, 'thank you')) return 'thanks';
  if (GREETINGS.some((p) => has(padded, p))) return 'greeting';
  return 'other';
}

// How far ahead a deadlines question looks, from its words; a month when it says nothing.
const WINDOWS: ReadonlyArray<readonly [string, number]> = [
  ['hom nay', 1],
  ['ngay mai', 2],
  ['mai', 2],
  ['tuan nay', 7],
  ['tuan sau', 14],
  ['tuan toi', 14],
  ['thang nay', 31],
  ['thang sau', 62],
  ['thang toi', 62],
  ['quy nay', 92],
  ['nam nay', 365],
  ['today', 1],
  ['tomorrow', 2],
  ['this week', 7],
  ['next week', 14],
  ['this month', 31],
];

function emptyScores(): Record<Intent, number> {
  return { deadlines: 0, report: 0, feedback: 0, help: 0, chatter: 0, lookup: 0 };
}

function readValues(text: string, padded: string, intent: Intent | null): IntentValues {
  const values: IntentValues = {};
  const task = readTaskNumber(text);
  if (task !== null) values.task = task;
  const percent = readPercentInText(text);
  if (percent !== null) values.percent = percent;
  const status = readStatusInText(text);
  if (status !== null) values.status = status;
  const content = intent === 'report' && task !== null ? reportContentIn(text) : null;
  if (content !== null) values.content = content;
  if (ASSIGNS_TASK.test(padded)) values.assignsTask = true;
  if (intent === 'help' && ABOUT_HERE.test(padded)) values.aboutHere = true;
  if (intent === 'help' && GRANTS_ROLE.test(padded)) values.grantsRole = true;
  if (ASKS_REMINDER.test(padded)) values.asksReminder = true;
  const change = reportChange(padded);
  if (change !== null) values.reportChange = change;
  const ticket = readTicketCode(text);
  if (ticket !== null) values.ticket = ticket;
  // "PA-2026-1 đang xử lý thế nào rồi?" asks about the case: it is shown, with no hint to record anything
  const handling =
    ticket === null || ASKS_HOW_IT_STANDS.test(padded) || text.trim().endsWith('?')
      ? undefined
      : HANDLING.find(([pattern]) => pattern.test(padded))?.[1];
  if (handling) values.handling = handling;
  const opening = readBoxOpening(text);
  if (opening !== null) values.boxOpening = opening;
  const asked = casesAsked(padded);
  if (asked !== null) values.casesAsked = asked;
  if (has(padded, 'hom thu') || has(padded, 'thu gop y') || has(padded, 'nac danh') || /\s\d+ thu\s/.test(padded)) values.channel = 'box';
  else if (['duong day nong', 'hotline', 'goi dien', 'cuoc goi', 'goi'].some((p) => has(padded, p))) values.channel = 'hotline';
  else if (has(padded, 'truc tiep')) values.channel = 'in_person';
  if (intent === 'deadlines') values.days = WINDOWS.find(([phrase]) => has(padded, phrase))?.[1] ?? 31;
  // "thứ 6 này phải nộp gì", "đến 15/12 có gì": up to that day
  const dueBy = intent === 'deadlines' ? DAY_NAMED.exec(padded)?.[1] : undefined;
  if (dueBy) values.dueBy = dueBy;
  if (intent === 'deadlines' && (has(padded, 'don vi nao') || has(padded, 'nhung don vi') || has(padded, 'theo don vi')))
    values.byUnit = true;
  if (intent === 'deadlines' || OVERDUE.some((p) => has(padded, p)))
    values.list = OVERDUE.some((p) => has(padded, p)) ? 'overdue' : 'upcoming';
  return values;
}

// "giao nv5 cho ttyt sìn hồ", "giao nhiệm vụ 5 cho bv phổi": a task given to a unit, not progress on it
const ASSIGNS_TASK = / giao (?:them )?(?:nhiem vu|nv) ?\d+ (?:them )?cho /;

// "cấp quyền đầu mối BVĐK cho anh Tuấn", "thay đầu mối CDC", "phân quyền cho chị Lan": a role given, which
// /phanquyen does
const GRANTS_ROLE =
  / (?:(?:cap|phan|giao|trao|thu hoi|go) (?:quyen|vai tro)|(?:doi|thay|them|bo) (?:nguoi )?(?:dau moi|pho dau moi|lanh dao don vi|can bo xu ly phan anh)) /;

// "nhắc các đồng chí nộp báo cáo NV5", "nhắc giúp đơn vị chưa báo cáo": a reminder asked for, not a report
const ASKS_REMINDER =
  /^ (?:(?:anh|chi|em|ban|bot|tro ly) )?(?:nhac|nhac nho) (?:giup |ho |lai )?(?:cac|cac dong chi|dong chi|moi nguoi|don vi|dau moi|ae|anh em|nhung)\b/;

// "sửa báo cáo vừa rồi thành 80%", "bc vừa gửi bị nhầm, sửa lại 80%", "rút lại báo cáo vừa gửi": the last report.
// The words must name the report itself ("báo cáo NV7: đã sửa xong nhà vệ sinh" reports a repair).
const LAST_REPORT = ['vua roi', 'vua gui', 'gui nham', 'bao cao nham', 'bao cao bi nham'];
const CORRECT_REPORT = ['sua bao cao', 'sua lai bao cao', 'chinh sua bao cao'];
const CORRECT_WORDS = ['sua', 'chinh sua', 'sua lai', 'nham'];
const WITHDRAW_REPORT = ['rut lai bao cao', 'rut bao cao', 'thu hoi bao cao', 'huy bao cao', 'xoa bao cao'];

/** A change to the last report asked in words: 'withdraw', 'correct', or null. */
function reportChange(padded: string): 'correct' | 'withdraw' | null {
  if (has(padded, 'phan anh')) return null;
  const last = LAST_REPORT.some((p) => has(padded, p));
  if (WITHDRAW_REPORT.some((p) => has(padded, p)) || (last && has(padded, 'rut lai'))) return 'withdraw';
  if (CORRECT_REPORT.some((p) => has(padded, p)) || (last && CORRECT_WORDS.some((p) => has(padded, p)))) return 'correct';
  return null;
}

// "đã xử lý xong", "giải quyết xong": a case's handling told, not a question about it
const HANDLING: ReadonlyArray<[RegExp, NonNullable<IntentValues['handling']>]> = [
  [/ (?:da (?:xu ly|xl|giai quyet)|(?:xu ly|giai quyet) xong) /, 'da xu ly'],
  // what was done about it: "đã gọi điện xin lỗi người bệnh, đã kiểm điểm bác sĩ", told to be recorded with /xuly
  [
    / da (?:tra loi|phan hoi|xin loi|kiem diem|khac phuc|nhac nho|chan chinh|goi dien|goi lai|lien he|tiep xuc|doi thoai|giai thich|hoan tra|hoan tien|xac minh|lam viec voi) /,
    'da xu ly',
  ],
  // "mở lại vì người bệnh chưa hài lòng"
  [/ mo lai /, 'mo lai'],
  [/ dang (?:xu ly|xl|giai quyet) /, 'dang xu ly'],
];
const ASKS_HOW_IT_STANDS = / (?:the nao|den dau|toi dau|ra sao|bao nhieu(?: phan tram)?|chua|khong|ko|k) (?:roi |vay |a |ha )*$/;

/** A question about how something stands: its closing words ("… thế nào rồi", "… đến đâu rồi") or a question mark. */
function asksHowItStands(text: string, padded: string): boolean {
  return ASKS_HOW_IT_STANDS.test(padded) || SO_HOW.test(padded) || text.trim().endsWith('?');
}
// "nv5 sao rồi", "NV5 sao vậy": "sao" alone could end a report ("đã gửi bản sao"), with its particle it asks
const SO_HOW = / sao (?:roi|vay|nhi) (?:roi |vay |a |ha |nhi )*$/;
const FEEDBACK_WORDS = ['phan anh', 'khieu nai', 'phan nan', 'gop y', 'to cao'];
const LATE_WORDS = ['qua han', 'tre han', 'ton dong', 'chua xu ly', 'chua giai quyet'];
// "cho xem ds pa đang xử lý", "những phản ánh còn mở"
const OPEN_LIST_WORDS = ['danh sach', 'liet ke', 'xem', 'nhung', 'cac'];
const OPEN_WORDS = ['dang xu ly', 'con mo', 'dang mo', 'chua dong', 'chua xong'];
// "có phản ánh mới nào không", "hôm nay có khiếu nại gì chưa": a question ending in its particle, not a case told
const NEW_CASES_ASKED = / (?:phan anh|khieu nai|phan nan|gop y)(?: moi)? (?:nao|gi)(?: moi)? (?:khong|chua) $/;
const STATS_WORDS = ['bao nhieu', 'thong ke', 'so luong', 'tong so', 'may phan anh', 'may vu'];
const TASK_WORDS = ['nhiem vu', 'bao cao', 'ke hoach', 'nv'];
/** Longer than this, a message naming feedback is a case told ("… chờ bao nhiêu lâu"), not a question about the book. */
const QUESTION_WORDS_AT_MOST = 12;

/**
 * A question about the feedback book with no word of plan work: its late or open cases ('list'), or its
 * figures ('stats'); null for anything else, a case to log included.
 */
function casesAsked(padded: string): 'list' | 'stats' | null {
  if (!FEEDBACK_WORDS.some((p) => has(padded, p)) || TASK_WORDS.some((p) => has(padded, p))) return null;
  if (padded.trim().split(/\s+/).length > QUESTION_WORDS_AT_MOST) return null;
  if (STATS_WORDS.some((p) => has(padded, p))) return 'stats';
  if (LATE_WORDS.some((p) => has(padded, p))) return 'list';
  if (NEW_CASES_ASKED.test(padded)) return 'list';
  if (OPEN_WORDS.some((p) => has(padded, p)) && OPEN_LIST_WORDS.some((p) => has(padded, p))) return 'list';
  return null;
}

/**
 * Reads what a free-text message addressed to the bot asks for: offline, with rules and a weighted lexicon
 * over the folded text (with or without diacritics, shorthand such as "ko", "dc", "j", "bc", "nv" expanded).
 * When two intents are about as likely, `intent` is null and `alternatives` names them, to ask.
 */
export function classifyIntent(text: string): IntentReading {
  const normalized = normalizeMessage(text);
  const padded = ` ${normalized} `;
  const scores = emptyScores();
  const english = isEnglish(text, normalized);
  const decided = (intent: Intent, smalltalk?: IntentValues['smalltalk']): IntentReading => {
    const values = readValues(text, padded, intent);
    if (intent === 'chatter') values.smalltalk = smalltalk ?? smalltalkOf(padded);
    return { intent, alternatives: [], scores, values, english };
  };

  // Nothing but emojis, punctuation or a sticker's placeholder; a long paste: a short answer, never a document.
  if (!/[\p{L}\p{N}]/u.test(normalized)) return decided('chatter', 'acknowledgement');
  if (text.length > LONG_PASTE) return decided('chatter', 'other');
  if (ACKNOWLEDGEMENTS.has(normalized)) return decided('chatter', 'acknowledgement');

  // A bare subject ("hòm thư góp ý", "duong day nong"): what the rules say about it, not a case to log.
  if (isBareSubject(normalized)) return decided('lookup');

  for (const intent of INTENTS) for (const [phrase, weight] of LEXICON[intent]) if (has(padded, phrase)) scores[intent] += weight;

  const regulation = REGULATION_MARKERS.some((marker) => has(padded, marker)) || SYMBOL.test(padded);
  if (regulation) scores.lookup += 4;
  // "đường dây nóng có phải trực 24/7 không", "hòm thư góp ý mở mấy ngày một lần": a question about what the
  // rules ask of a subject, not a case to log (one that says someone complained is)
  if (asksAboutRules(padded)) scores.lookup += 6;
  if (HOW_TO.some((p) => has(padded, p)) && (has(padded, 'bao cao') || has(padded, 'tien do'))) scores.report += 3;
  // "tôi muốn báo cáo", "em cần gửi báo cáo": the speaker's own wish to report ("đơn vị nào cần báo cáo" asks who)
  if (WANTS_TO_REPORT.test(padded)) scores.report += 3;
  if (INTRODUCTION.test(padded)) scores.chatter += 4;
  if (ABOUT_HERE.test(padded)) scores.help += 5;
  if (GRANTS_ROLE.test(padded)) scores.help += 5;

  const task = readTaskNumber(text);
  const percent = readPercentInText(text);
  const status = readStatusInText(text);
  // "NV16 xong chưa?" asks where the task stands (the open tasks say it), it reports nothing
  // so is "NV7 hạn khi nào": when it is due
  // …and "tình hình NV5 thế nào rồi", "nv5 đến đâu rồi?": how it stands (where the task stands is shown)
  const doneYet = asksIfDone(text) || asksWhenDue(text) || (task !== null && asksHowItStands(text, padded));
  if (doneYet) scores.deadlines += 3;
  if (task !== null && !doneYet) scores.report += 3.5;
  // "nv5 xong rồi, đã gửi văn bản số 123/BC-TTYT": a task's code with its state is a report; a document it
  // names is what was sent, not one to look up
  if (task !== null && status !== null && !doneYet && !asksAboutRules(padded)) scores.report += 3;
  if (percent !== null) scores.report += 4;
  if (status !== null) scores.report += 2.5;
  if (readTicketCode(text) !== null) scores.feedback += 4;
  if (reportChange(padded) !== null) scores.report += 3;
  // "phản ánh nào quá hạn", "bao nhiêu phản ánh tồn đọng": the feedback book's cases, not the plans' tasks
  if (casesAsked(padded) !== null) scores.feedback += 3;

  // English without a Vietnamese word: small talk unless it asks about rules
  if (english && scores.lookup < 3) scores.chatter += 1.5;

  const ranked = [...INTENTS].sort((a, b) => scores[b] - scores[a]);
  const [first, second] = [ranked[0]!, ranked[1]!];
  if (scores[first] < FLOOR) {
    // Nothing points anywhere: a question about the domain goes to the lookup (which says when it knows
    // nothing); anything else is chatter.
    return decided(regulation ? 'lookup' : 'chatter');
  }
  if (scores[second] >= FLOOR && scores[second] >= CLOSE * scores[first]) {
    return { intent: null, alternatives: [first, second], scores, values: readValues(text, padded, null), english };
  }
  return decided(first);
}
