/**
 * The complainants' privacy, checked on everything the bot says where a group can read it. Tests register the
 * phones, e-mails, ID numbers, names and addresses they give as a complainant's; the drivers and harnesses
 * that carry the bot's messages call `inspect` on every text bound for a group chat; a test (or the scenario
 * suite) ends with `assertClean`. A phone is found however it is written (spaces, dots, dashes, +84/0084/84 in
 * front: its nine significant digits); a name with or without diacritics, in full or by its given name (or
 * middle and given name) after an honorific, a kinship word or a role ("anh Pấu", "chi Van Pau", "bác sĩ
 * Hùng"); an address ("bản Hô Tra", "số 12 đường Trần Phú", "thôn 3") with or without diacritics.
 */

// 'content': words of a case handled apart (tiêu cực, nhũng nhiễu), of which a group may read none
export type SecretKind = 'phone' | 'email' | 'id' | 'name' | 'address' | 'content';

export interface Secret {
  kind: SecretKind;
  value: string;
}

export interface Violation {
  chat: string;
  secret: Secret;
  text: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The digits of each number in the text, read across the separators people put inside numbers. */
function digitRuns(text: string): string[] {
  return [...text.matchAll(/\d(?:[\s.\-()+]{0,2}\d)*/g)].map((m) => m[0].replace(/\D/g, ''));
}

// What a name is called by when it is not said in full: "anh Pấu", "vợ anh Pấu", "bác sĩ Hùng" (the last
// word of a title of several). A word typed with diacritics is only itself ("ánh" is not "anh"); one typed
// without stands for any word it folds from.
const TITLES = (
  'ông bà anh chị em cô chú bác cháu cụ bé mẹ bố vợ chồng con cậu dì thím mợ dượng má cha tên bs sĩ đd tá lý sinh ' +
  'viên nhân nhà phụ nhi ktv ths'
).split(' ');
const HONORIFICS = ['ong', 'ba', 'anh', 'chi', 'em', 'co', 'chu', 'bac', 'chau', 'cu', 'be', 'me', 'bo', 'vo', 'chong', 'con'];

const sameWord = (typed: string, word: string) => typed === word || (typed === fold(typed) && typed === fold(word));

/** The given name (and middle and given name) of a name, as said after a title. */
function shortForms(name: string): string[][] {
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 2 && HONORIFICS.includes(fold(words[0]!))) words.shift();
  if (words.length < 2) return [];
  return [words.slice(-1), words.slice(1)].filter((form) => form.join('').length >= 2);
}

/**
 * The name said by its given name after a title somewhere in the text. A title and a name are read within one
 * clause: in "thị trấn Tam Duong: bi thu thêm" the place's last word folds to "dượng" and the next clause's
 * first to the name "Bi", but nobody is called "dượng Bi" there.
 */
function calledByTitle(text: string, name: string): boolean {
  return text.split(/[,.;:!?()\n]+/).some((clause) => calledByTitleInClause(clause, name));
}

function calledByTitleInClause(text: string, name: string): boolean {
  const typed = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const words = typed.map((word) => word.toLowerCase());
  // a given name that is also a title ("Ba", "Chu") is a name only when capitalised: "vo ba Ba" is "vợ bà Ba"
  const isTitle = (word: string) => TITLES.some((title) => sameWord(word, title));
  const given = (at: number, part: string) =>
    words[at] !== undefined && sameWord(words[at]!, part) && (!isTitle(words[at]!) || /^\p{Lu}/u.test(typed[at]!));
  return shortForms(name).some((form) =>
    words.some(
      (word, i) =>
        isTitle(word) &&
        // "phan anh" is "phản ánh" (to report), "benh vien" is "bệnh viện" (hospital): not titles
        !(word === 'anh' && words[i - 1] === 'phan') &&
        !(word === 'vien' && words[i - 1] === 'benh') &&
        form.every((part, k) => given(i + 1 + k, part)),
    ),
  );
}

const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A name or an address said in full, each word as itself or typed without diacritics: "lo van pau" and "Lò
 * Van Pấu" name Lò Văn Pấu; "xử lý thứ Sáu" (on Friday) does not name Lý Thu Sầu, though it folds the same.
 */
function saidInFull(typed: readonly string[], value: string): boolean {
  const wanted = wordsOf(value);
  if (wanted.length < 2) return false;
  return typed.some((_, i) => wanted.every((word, k) => typed[i + k] !== undefined && sameWord(typed[i + k]!, word)));
}

function needle(secret: Secret): string | null {
  const digits = secret.value.replace(/\D/g, '');
  if (secret.kind === 'phone') return digits.length >= 9 ? digits.slice(-9) : null;
  if (secret.kind === 'id') return digits.length >= 9 ? digits : null;
  if (secret.kind === 'email') return secret.value.trim().toLowerCase();
  if (secret.kind === 'address') {
    const words = fold(secret.value)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return words.length >= 2 ? words.join(' ') : null;
  }
  const words = fold(secret.value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length >= 2 ? words.join(' ') : null;
}

/** The secrets the text gives away. */
export function leaks(shown: string, secrets: readonly Secret[]): Secret[] {
  // what stands for a hidden part is not a word of the text: "ông [đã ẩn]" does not name "ông Đa"
  const text = shown.replace(/\[(?:đã ẩn|hidden)\]/gu, ' hiddenpart ');
  const runs = digitRuns(text);
  const lower = text.toLowerCase();
  const words = ` ${fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  const typedWords = wordsOf(text);
  return secrets.filter((secret) => {
    const wanted = needle(secret);
    if (!wanted) return false;
    if (secret.kind === 'phone' || secret.kind === 'id') return runs.some((run) => run.includes(wanted));
    if (secret.kind === 'email') return lower.includes(wanted);
    if (secret.kind === 'content') return words.includes(` ${wanted} `);
    if (saidInFull(typedWords, secret.value)) return true;
    // a name is also given away by its given name after a title: "anh Pau", "chi Van Pau"
    return secret.kind === 'name' && calledByTitle(text, secret.value);
  });
}

/** Collects what went to groups and what leaked; one per test file or suite (the drivers share the default). */
export class PrivacyGuard {
  private readonly secrets: Secret[] = [];
  readonly violations: Violation[] = [];
  /** how many group-bound texts were inspected: a check that saw nothing proves nothing */
  inspected = 0;

  register(...secrets: Secret[]): void {
    for (const secret of secrets)
      if (!this.secrets.some((s) => s.kind === secret.kind && s.value === secret.value)) this.secrets.push(secret);
  }

  /** Every text the bot sends to a group chat passes here. */
  inspect(chat: string, text: string): void {
    this.inspected += 1;
    for (const secret of leaks(text, this.secrets)) this.violations.push({ chat, secret, text });
  }

  assertClean(): void {
    if (this.violations.length === 0) return;
    const list = this.violations.map((v) => `- ${v.secret.kind} "${v.secret.value}" in ${v.chat}:\n${v.text}`).join('\n');
    throw new Error(`a complainant's contact reached a group chat:\n${list}`);
  }

  reset(): void {
    this.secrets.length = 0;
    this.violations.length = 0;
    this.inspected = 0;
  }
}

/** The guard the scenario drivers report to. */
export const groupPrivacy = new PrivacyGuard();
