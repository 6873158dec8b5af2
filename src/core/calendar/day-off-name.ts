import type { Translate } from '../text/translate.js';

/** The public holidays of Article 112 of the Labor Code 2019 (locale keys `holiday-<key>`). */
export const HOLIDAYS = ['new-year', 'tet', 'hung-kings', 'reunification', 'labour-day', 'national-day'] as const;
export type HolidayKey = (typeof HOLIDAYS)[number];

/** A public holiday, or the working day it is taken on when it falls on a weekend ("nghỉ bù"). */
export interface HolidayName {
  holiday: HolidayKey;
  compensation: boolean;
}

/**
 * Why a day is off: a public holiday, named in the reader's language when shown, or the name an
 * administrator gave an announced day (shown as typed).
 */
export type DayOffName = HolidayName | { announced: string };

/** "Quốc khánh", "Nghỉ bù Tết Nguyên đán", "National Day"…, or the announced day's own name. */
export function dayOffLabel(t: Translate, name: DayOffName): string {
  if ('announced' in name) return name.announced;
  const holiday = t(`holiday-${name.holiday}`);
  return name.compensation ? t('holiday-compensation', { holiday }) : holiday;
}
