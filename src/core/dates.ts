/**
 * Plain calendar dates, `YYYY-MM-DD` in and out (GEN-2, GEN-4).
 *
 * Every computation works on plain day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar, from the year, month and day), never on a `Date`: the process's time zone
 * (`TZ`) cannot change any answer, not even in a zone that skipped a calendar day (Kiritimati
 * 1994-12-31, Apia 2011-12-30). The conversion back is Howard Hinnant's civil-from-days
 * algorithm. Pure integer arithmetic, faster than building a `Date`.
 * @module
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Earliest and latest years a date may have. @internal */
export const MIN_YEAR = 1900;
/** @internal */
export const MAX_YEAR = 2200;

/** Days in a month of the proleptic Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for a real calendar date written `YYYY-MM-DD` between 1900-01-01 and 2200-12-31:
 * `2019-02-30`, `2019-2-3`, times and zones are rejected.
 * @internal
 */
export function isIsoDate(value: string): boolean {
  // Read by character codes (no regular expression, no substring): the batch run checks a date per claim.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // '-'
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The number written by `count` ASCII digits of `s` from `start`, or -1 when one is not a digit. */
function digitsAt(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Splits a valid date into numbers. @internal */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds `YYYY-MM-DD` from numbers (month 1–12), clamping the day to the month's end. @internal */
export function makeDate(year: number, month: number, day: number): IsoDate {
  const dd = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 of a calendar date given by numbers (month 1–12), proleptic Gregorian
 * (Hinnant's days-from-civil). @internal
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number (days since 1970-01-01) of a valid `YYYY-MM-DD` date. @internal */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

/** The `YYYY-MM-DD` date of a day number (Hinnant's civil-from-days). @internal */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return makeDate(era * 400 + yoe + (month <= 2 ? 1 : 0), month, day);
}

/** The date `months` calendar months later (or earlier), clamped to the month's end. @internal */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  return makeDate(y, index - y * 12 + 1, day);
}

/** The date `days` calendar days later (or earlier). @internal */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekdayOfDay(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The day of the week, 0 = Monday … 6 = Sunday. @internal */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDay(toDayNumber(date));
}

/** True for Saturday or Sunday. @internal */
export function isWeekendDate(date: IsoDate): boolean {
  return weekdayOf(date) >= 5;
}

/**
 * The date `days` business days after `date` (Monday–Friday, skipping `holidays`); the start
 * date itself is not counted. `days` ≥ 0.
 * @internal
 */
export function addBusinessDays(date: IsoDate, days: number, holidays: ReadonlyArray<IsoDate> = []): IsoDate {
  const skip = new Set(holidays);
  let d = toDayNumber(date);
  let left = days;
  while (left > 0) {
    d++;
    if (weekdayOfDay(d) < 5 && (skip.size === 0 || !skip.has(fromDayNumber(d)))) left--;
  }
  return fromDayNumber(d);
}

/** First day of the date's month. @internal */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** Last day of the date's month. @internal */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return makeDate(year, month, daysInMonth(year, month));
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later): received on the due date is
 * 0 days late, the day after is 1 (GEN-4).
 * @internal
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Calendar days late: 0 when `on` is on or before `dueDate`, 1 the day after (GEN-4). The one
 * days-late count of the library (payments, reports).
 * @internal
 */
export function calendarDaysLate(dueDate: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(dueDate, on));
}

/** Compares two dates as strings (valid `YYYY-MM-DD` sort correctly): −1, 0 or 1. @internal */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The year of a date. @internal */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
