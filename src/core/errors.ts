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

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
