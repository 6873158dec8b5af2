import type { MessageArgs } from '../errors.js';

/** Looks up a message in the reader's language; the domain only ever sees this function, never Fluent. */
export type Translate = (key: string, args?: MessageArgs) => string;
