import { formatDateTimeVi, formatDateVi, localDateOf } from '../core/dates/local-date.js';

/** dd/mm/yyyy in the Department's timezone, as every date the bot writes. */
export const dateOf = (instant: Date, timezone: string) => formatDateVi(localDateOf(instant, timezone));

/** "hh:mm dd/mm/yyyy" in the Department's timezone. */
export const dateTimeOf = (instant: Date, timezone: string) => formatDateTimeVi(instant, timezone);

/** A task period as the pages show it: "2026", "2026-Q4", "2026-11"; a one-off or ongoing task has none ("—"). */
export const periodOf = (period: string) => (period === 'once' || period === 'ongoing' ? '—' : period);
