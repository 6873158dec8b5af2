/**
 * The complainants' privacy, checked on everything the bot says where a group can read it. Tests register the
 * phones, e-mails, ID numbers and names they give as a complainant's; the drivers and harnesses that carry the
 * bot's messages call `inspect` on every text bound for a group chat; a test (or the scenario suite) ends with
 * `assertClean`. A phone is found however it is written (spaces, dots, dashes, +84/0084/84 in front: its nine
 * significant digits), a name with or without diacritics.
 */

export type SecretKind = 'phone' | 'email' | 'id' | 'name';

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

function needle(secret: Secret): string | null {
  const digits = secret.value.replace(/\D/g, '');
  if (secret.kind === 'phone') return digits.length >= 9 ? digits.slice(-9) : null;
  if (secret.kind === 'id') return digits.length >= 9 ? digits : null;
  if (secret.kind === 'email') return secret.value.trim().toLowerCase();
  const words = fold(secret.value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length >= 2 ? words.join(' ') : null;
}

/** The secrets the text gives away. */
export function leaks(text: string, secrets: readonly Secret[]): Secret[] {
  const runs = digitRuns(text);
  const lower = text.toLowerCase();
  const words = ` ${fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  return secrets.filter((secret) => {
    const wanted = needle(secret);
    if (!wanted) return false;
    if (secret.kind === 'phone' || secret.kind === 'id') return runs.some((run) => run.includes(wanted));
    if (secret.kind === 'email') return lower.includes(wanted);
    return words.includes(` ${wanted} `);
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
