export type MessageArgs = Record<string, string | number>;

/**
 * Something the user did or asked that cannot be done. The dispatcher answers it in the user's language
 * with the message under `i18nKey`; it is never logged as a bug.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly i18nKey: string,
    readonly params: MessageArgs = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/**
 * Several things match what the person typed (units named "trạm y tế"): the message lists them all for a
 * reader without a chat (the CLI), and `options` lets a chat offer them as numbered choices, answered by
 * running the same command again with the chosen value in place of `typed`.
 */
export class ChoiceNeeded extends DomainError {
  constructor(
    code: string,
    i18nKey: string,
    params: MessageArgs,
    readonly typed: string,
    readonly options: ReadonlyArray<{ value: string; label: string }>,
  ) {
    super(code, i18nKey, params);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
