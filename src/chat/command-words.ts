import type { CommandSpec } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { LocalDate } from '../core/dates/local-date.js';
import { readTaskNumber, readTicketCode } from '../core/intents/values.js';
import { leaveArguments } from '../core/members/leave-words.js';
import { editDistance } from '../core/text/edit-distance.js';
import { compactKey, foldVietnamese } from '../core/text/vietnamese.js';
import { tokenize } from './command-parser.js';

/**
 * Commands as people type them: the name split or with diacritics ("/bao cao", "/báo cáo", "/qua han"), task
 * and ticket codes in every form ("[NV7]", "nv 7", "nhiệm vụ 7", "#7"; "pa-2026-1", "PA 2026 1"), sub-commands
 * in two words ("thong ke"), and everyday words where a command expects a number of days or a date ("tuần
 * này", "đến hết 20/12"). Only the words are rewritten; each command still reads and checks its arguments.
 */

/**
 * The command a name and the words after it spell: "/bao cao …" is /baocao with the rest as arguments;
 * `used` words of the arguments spelled the name. "/hanchot15", "/baocaonv7": a number (or a task code) typed
 * onto a command's name is its first argument (`prefix`).
 */
export function findSpelledCommand(
  registry: CommandRegistry,
  name: string,
  args: readonly string[],
): { command: CommandSpec; used: number; prefix?: string } | null {
  const direct = registry.find(name);
  if (direct) return { command: direct, used: 0 };
  const glued = /^([a-z]+?)((?:nv)?\d+)$/.exec(name);
  const stem = glued ? registry.find(glued[1]!) : undefined;
  if (glued && stem) return { command: stem, used: 0, prefix: glued[2]! };
  for (let used = 1; used <= Math.min(2, args.length); used += 1) {
    const joined = compactKey([name, ...args.slice(0, used)].join(''));
    const command = registry.find(joined);
    if (command) return { command, used };
  }
  return null;
}

/**
 * The command a mistyped name most likely meant ("/baocoa", "/hanhcot", "/phanannh"): the one name or alias
 * within one edit (two for names of seven letters or more), when exactly one command is that close.
 */
export function nearestCommand(registry: CommandRegistry, name: string): CommandSpec | null {
  const typed = compactKey(name);
  if (typed.length < 4) return null;
  const allowed = typed.length >= 7 ? 2 : 1;
  let best: { command: CommandSpec; distance: number } | null = null;
  let tied = false;
  for (const command of registry.commands)
    for (const candidate of [command.name, ...command.aliases]) {
      const distance = editDistance(typed, compactKey(candidate), allowed);
      if (distance > allowed) continue;
      if (!best || distance < best.distance) {
        best = { command, distance };
        tied = false;
      } else if (distance === best.distance && best.command !== command) tied = true;
    }
  return best && !tied ? best.command : null;
}

// Sub-commands people split in two words, per command: the words joined as the command reads them.
const SUBCOMMANDS: Readonly<Record<string, readonly string[]>> = {
  phananh: ['thongke', 'danhsach', 'tondong', 'lienhe', 'chitiet'],
  baocao: ['rutlai', 'thuhoi', 'sualai', 'chinhsua', 'suachua', 'molai'],
  homthu: ['lichmo'],
};

// What a deadline list's days are in words, for /hanchot.
const DAY_WINDOWS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:hom nay|nay)$/, 1],
  [/^(?:ngay mai|mai)$/, 2],
  [/^tuan (?:nay|nay nhe)$/, 7],
  [/^tuan (?:sau|toi)$/, 14],
  [/^(?:2|hai) tuan(?: toi)?$/, 14],
  [/^thang (?:nay)$/, 31],
  [/^thang (?:sau|toi)$/, 62],
  [/^quy nay$/, 92],
  [/^nam nay$/, 365],
];

/** Words at the start of a command's arguments that name a task, as the code the commands read: "NV7". */
function canonicalTaskAtStart(argsText: string): string {
  const match = /^(\[\s*nv\s*\d+\s*\]|nv\s*\d+|#\d+|nhi[eệ]m\s+v[uụ]\s+(?:s[oố]\s+)?\d+)(?=\s|$|[,:;])/iu.exec(argsText);
  if (!match) return argsText;
  const task = readTaskNumber(match[1]!);
  return task === null ? argsText : `NV${task}${argsText.slice(match[0].length)}`;
}

/** Ticket codes anywhere in the arguments, canonical: "pa 2026 1" → "PA-2026-0001". */
function canonicalTickets(argsText: string): string {
  return argsText.replace(/(^|[\s(])pa[\s_.-]*\d{4}[\s_.-]*\d{1,6}(?![\p{N}])/giu, (whole, before: string) => {
    const code = readTicketCode(whole);
    return code ? `${before}${code}` : whole;
  });
}

/** The arguments of `command` as it reads them, from what was typed after its name. */
export function rewriteArguments(command: CommandSpec, argsText: string, today: LocalDate): string {
  let text = canonicalTickets(canonicalTaskAtStart(argsText.trim()));
  const words = tokenize(text);
  const subcommands = SUBCOMMANDS[command.name];
  if (subcommands && words.length >= 2 && subcommands.includes(compactKey(`${words[0]}${words[1]}`))) {
    text = text.replace(/^\S+\s+\S+/, compactKey(`${words[0]}${words[1]}`));
  }
  if (command.name === 'hanchot') {
    const folded = foldVietnamese(text);
    const window = DAY_WINDOWS.find(([pattern]) => pattern.test(folded));
    if (window) return String(window[1]);
  }
  if (command.name === 'nghiphep') return leaveArguments(text, today);
  return text;
}

// "em xin nghỉ phép …", "em nghỉ phép …", "cho em báo cáo …": who speaks, and asking politely
const POLITE = /^(?:(?:em|e|minh|toi|anh|chi)(?: xin)? |xin |cho (?:em|minh|toi) )/;
const LEAVE_WITHOUT_PHEP = /^(nghi(?: om| benh| viec rieng)?) (?:den|toi|het|tu \S+ (?:den|toi))\b/;

/**
 * A message addressed to the bot that starts with a command's name without its slash ("bao cao NV7 xong",
 * "qua han", "han chot tuan nay"): the command and its arguments, when the words after the name fit it, so that a
 * sentence merely starting with those words ("báo cáo tiến độ như thế nào") is left to the intent reader.
 */
export function slashlessCommand(registry: CommandRegistry, text: string): { command: CommandSpec; argsText: string } | null {
  const all = text.trim().split(/\s+/);
  // "em xin nghỉ phép đến thứ Sáu", "cho em báo cáo NV7 xong": the polite words before the name are not part of it
  const polite = POLITE.exec(foldVietnamese(all.slice(0, 3).join(' ')));
  const words = polite ? all.slice(polite[0].trim().split(/\s+/).length) : all;
  if (words.length === 0 || words[0] === '') return null;
  // "em nghỉ từ mai đến hết tuần sau", "nghỉ ốm đến thứ 4": leave, told without the word "phép"
  const leave = LEAVE_WITHOUT_PHEP.exec(foldVietnamese(words.join(' ')));
  if (leave) {
    const command = registry.find('nghiphep');
    const rest = words.slice(leave[1]!.split(' ').length).join(' ');
    if (command && fits(command.name, rest)) return { command, argsText: rest };
  }
  for (let used = Math.min(3, words.length); used >= 1; used -= 1) {
    const command = registry.find(compactKey(words.slice(0, used).join('')));
    if (!command) continue;
    // a one-word name must be typed as the name itself, not a word that folds to it ("Help" yes, "bc" no)
    if (used === 1 && compactKey(words[0]!).length < 5) continue;
    const rest = words.slice(used).join(' ');
    if (fits(command.name, rest)) return { command, argsText: rest };
    return null;
  }
  return null;
}

function fits(name: string, rest: string): boolean {
  const folded = foldVietnamese(rest);
  if (folded === '') return ['baocao', 'hanchot', 'quahan', 'nhiemvu', 'help', 'phananh', 'homthu', 'tonghop'].includes(name);
  switch (name) {
    case 'baocao':
    case 'giaitrinh':
      return readTaskNumber(rest.split(/\s+/).slice(0, 3).join(' ')) !== null && /^(?:\[?\s*nv|#|nhiem vu)/.test(folded);
    case 'hanchot':
      return /^\d{1,3}(?: ngay)?$/.test(folded) || DAY_WINDOWS.some(([pattern]) => pattern.test(folded));
    case 'xuly':
    case 'phananh':
      return /^pa[\s_.-]*\d{4}/.test(folded) || (name === 'phananh' && /^thong ?ke\b/.test(folded));
    case 'nghiphep':
      // "đến thứ Sáu", "từ 10/12 đến 15/12", "10/12 - 15/12"; never a question ("nghỉ đến bao giờ", "… khi nào?")
      if (/\b(?:bao gio|khi nao|ngay nao|hom nao)\b|\?/.test(folded)) return false;
      return (
        /^(?:den|toi|het|den het|tu \S+ (?:den|toi))\b/.test(folded) ||
        /^\d{1,2}[/.-]\d{1,2}\b/.test(folded) ||
        // "nghỉ phép 3 ngày": asked its last day
        /^\d{1,2} ngay(?: lam viec)?(?: (?:nhe|nha|a))?$/.test(folded)
      );
    default:
      return false;
  }
}
