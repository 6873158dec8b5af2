import { formatDateTimeVi, formatDateVi, localDateOf } from '../core/dates/local-date.js';

/** dd/mm/yyyy in the Department's timezone, as every date the bot writes. */
export const dateOf = (instant: Date, timezone: string) => formatDateVi(localDateOf(instant, timezone));

/** "hh:mm dd/mm/yyyy" in the Department's timezone. */
export const dateTimeOf = (instant: Date, timezone: string) => formatDateTimeVi(instant, timezone);
