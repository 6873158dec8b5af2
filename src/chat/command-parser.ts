import { compactKey } from '../core/text/vietnamese.js';

export type ParsedInput =
  | {
      kind: 'command';
      /** folded: "/TroGiup", "/trợgiúp" and "/trogiup" all give "trogiup" */
      name: string;
      rawName: string;
      /** "bot" in "/help@bot", lower-cased; null when no bot was named */
      botName: string | null;
      argsText: string;
      args: string[];
    }
  | { kind: 'text'; text: string };

const COMMAND = /^\/([^\s@/]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/u;

/** Splits arguments on spaces; "double" or “curly” quotes keep several words together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/gu;
  for (const match of text.matchAll(pattern)) {
    const token = match[1] ?? match[2] ?? match[3] ?? '';
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}

export function parseInput(text: string): ParsedInput {
  const trimmed = text.trim();
  const match = COMMAND.exec(trimmed);
  if (!match) return { kind: 'text', text: trimmed };
  const rawName = match[1] ?? '';
  const argsText = (match[3] ?? '').trim();
  return {
    kind: 'command',
    name: compactKey(rawName),
    rawName,
    botName: match[2] ? match[2].toLowerCase() : null,
    argsText,
    args: tokenize(argsText),
  };
}
