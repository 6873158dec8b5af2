import { addDays, type LocalDate, localDate, parts } from '../dates/local-date.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's published algorithm: mean new
 * moons corrected by the main periodic terms (Jean Meeus, "Astronomical Algorithms") and the solar terms
 * that place the leap month, all evaluated at the meridian of UTC+7.
 *
 * Why not a package: the maintained lunar libraries compute the Chinese calendar, whose day starts at
 * UTC+8; a new moon between 23:00 and 24:00 Hà Nội time lands on different days, so Tết differs in some
 * years (2007: 17/02 in Việt Nam, 18/02 in China). The Vietnamese ports in the registry are one-person 0.x
 * packages; the algorithm itself is short, standard, and pinned by tests against published Tết dates.
 */

const VIETNAM_UTC_OFFSET_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
// Julian day number of the first new moon of the series (1900-01-01).
const NEW_MOON_EPOCH_JD = 2415021.076998695;
// Julian day number of 1970-01-01, to move between JDN and our calendar days.
const UNIX_EPOCH_JDN = 2440588;

const int = Math.floor;
const DEG = Math.PI / 180;

function jdnOf(date: LocalDate): number {
  const { year, month, day } = parts(date);
  return UNIX_EPOCH_JDN + Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function dateOfJdn(jdn: number): LocalDate {
  return addDays('1970-01-01', jdn - UNIX_EPOCH_JDN);
}

/** The day (JDN, local to the zone) of the k-th new moon after the epoch. */
function newMoonDay(k: number, zone: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEG) + 0.0021 * Math.sin(2 * DEG * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DEG * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * F) - 0.0051 * Math.sin(DEG * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (M - Mpr)) + 0.0004 * Math.sin(DEG * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * F - M)) - 0.0006 * Math.sin(DEG * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * F - Mpr)) + 0.0005 * Math.sin(DEG * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return int(jd1 + c1 - deltaT + 0.5 + zone / 24);
}

/** Which of the twelve 30° sectors the sun is in at the start of a local day (0 = from the March equinox). */
function sunSector(jdn: number, zone: number): number {
  const T = (jdn - 2451545.5 - zone / 24) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const DL =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEG * M) +
    (0.019993 - 0.000101 * T) * Math.sin(DEG * 2 * M) +
    0.00029 * Math.sin(DEG * 3 * M);
  let L = (L0 + DL) * DEG;
  L -= Math.PI * 2 * int(L / (Math.PI * 2));
  return int((L / Math.PI) * 6);
}

/** The first day of the 11th lunar month (the one holding the winter solstice) of a solar year. */
function month11Start(year: number, zone: number): number {
  const off = jdnOf(localDate(year, 12, 31)) - 2415021;
  const k = int(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, zone);
  return sunSector(nm, zone) >= 9 ? newMoonDay(k - 1, zone) : nm;
}

/** How many months after month 11 the leap month comes (the first month without a major solar term). */
function leapMonthOffset(a11: number, zone: number): number {
  const k = int((a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, zone), zone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, zone), zone);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** The solar day of a lunar date, or null when that date does not exist (a leap month the year lacks). */
export function solarFromLunar(lunar: LunarDate, zone = VIETNAM_UTC_OFFSET_HOURS): LocalDate | null {
  const { day, month, year, leap } = lunar;
  const [a11, b11] =
    month < 11 ? [month11Start(year - 1, zone), month11Start(year, zone)] : [month11Start(year, zone), month11Start(year + 1, zone)];
  const k = int(0.5 + (a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, zone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return dateOfJdn(newMoonDay(k + off, zone) + day - 1);
}

/** The lunar date of a solar day. */
export function lunarFromSolar(date: LocalDate, zone = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const jdn = jdnOf(date);
  const k = int((jdn - 2415021.076998695) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, zone);
  if (monthStart > jdn) monthStart = newMoonDay(k, zone);
  const { year } = parts(date);
  let a11 = month11Start(year, zone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1, zone);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1, zone);
  }
  const day = jdn - monthStart + 1;
  const diff = int((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = leapMonthOffset(a11, zone);
    if (diff >= leapMonthDiff) {
      month = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Mùng 1 Tết of the lunar year that starts in this solar year. */
export function tetDate(year: number): LocalDate {
  return solarFromLunar({ day: 1, month: 1, year, leap: false })!;
}
