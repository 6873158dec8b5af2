import type { ChoiceNeeded } from '../core/errors.js';

/**
 * A command that could not tell which of several things the person meant (units named "trạm y tế") offers
 * them as numbered choices, a page at a time; the answer runs the same command again with the chosen value
 * in place of the words typed. No command owns this flow: the dispatcher answers it.
 */
export const CHOICE_FLOW = 'chon-muc';
export const CHOICE_PAGE_SIZE = 10;
/** The value of the "show more" choice (codes never start with a tilde). */
export const MORE_CHOICES = '~more';

export type ChoiceData = {
  command: string;
  /** the command's arguments as they ran, and the words in them the choice replaces */
  argsText: string;
  typed: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  page: number;
  /** the message that asks: the error's own key with "-choose" ("unit-ambiguous-choose") */
  questionKey: string;
};

/** The arguments with the chosen value in place of what was typed, or null when the typed words are not in them. */
export function argumentsWithChoice(data: Pick<ChoiceData, 'argsText' | 'typed'>, value: string): string | null {
  const typed = data.typed.trim();
  const at = typed ? data.argsText.indexOf(typed) : -1;
  if (at < 0) return null;
  return `${data.argsText.slice(0, at)}${value}${data.argsText.slice(at + typed.length)}`;
}

/** The state to keep for a choice, or null when the choice could not be answered (the typed words are not in the arguments). */
export function choiceData(command: string, argsText: string, error: ChoiceNeeded, page = 0): ChoiceData | null {
  if (error.options.length < 2 || argumentsWithChoice({ argsText, typed: error.typed }, '') === null) return null;
  return { command, argsText, typed: error.typed, options: error.options, page, questionKey: `${error.i18nKey}-choose` };
}

/** One page of the choices, and how many come after it. */
export function choicePage(data: ChoiceData): { shown: ChoiceData['options']; from: number; to: number; rest: number } {
  const start = data.page * CHOICE_PAGE_SIZE;
  const shown = data.options.slice(start, start + CHOICE_PAGE_SIZE);
  return { shown, from: start + 1, to: start + shown.length, rest: Math.max(0, data.options.length - start - shown.length) };
}
