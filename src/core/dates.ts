/**
 * Plain calendar dates, `YYYY-MM-DD` in and out (GEN-2, GEN-4).
 *
 * Dates are turned into a `Date` at local noon only inside these helpers (date-fns works in the
 * process's local time): noon is never skipped or repeated by a daylight-saving change, so every
 * helper gives the same answer in every time zone. No `Date` ever leaves this module.
 * @module
 */
import { addDays as dfAddDays } from 'date-fns/addDays';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isWeekend } from 'date-fns/isWeekend';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Earliest and latest years a date may have. @internal */
export const MIN_YEAR = 1900;
/** @internal */
export const MAX_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
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

function toLocalNoon(date: IsoDate): Date {
  const { year, month, day } = dateParts(date);
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(year, month - 1, day);
  return d;
}

function fromLocal(d: Date): IsoDate {
  return makeDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The date `months` calendar months later (or earlier), clamped to the month's end. @internal */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromLocal(dfAddMonths(toLocalNoon(date), months));
}

/** The date `days` calendar days later (or earlier). @internal */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromLocal(dfAddDays(toLocalNoon(date), days));
}

/** The day of the week, 0 = Monday … 6 = Sunday (counted from Monday 2000-01-03). @internal */
export function weekdayOf(date: IsoDate): number {
  return (((daysBetween('2000-01-03', date) % 7) + 7) % 7) as number;
}

/** True for Saturday or Sunday. @internal */
export function isWeekendDate(date: IsoDate): boolean {
  return isWeekend(toLocalNoon(date));
}

/**
 * The date `days` business days after `date` (Monday–Friday, skipping `holidays`); the start
 * date itself is not counted. `days` ≥ 0.
 * @internal
 */
export function addBusinessDays(date: IsoDate, days: number, holidays: ReadonlyArray<IsoDate> = []): IsoDate {
  const skip = new Set(holidays);
  let d = toLocalNoon(date);
  let left = days;
  while (left > 0) {
    d = dfAddDays(d, 1);
    if (!isWeekend(d) && !skip.has(fromLocal(d))) left--;
  }
  return fromLocal(d);
}

/** First day of the date's month. @internal */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** Last day of the date's month. @internal */
export function endOfMonth(date: IsoDate): IsoDate {
  return fromLocal(lastDayOfMonth(toLocalNoon(date)));
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later): received on the due date is
 * 0 days late, the day after is 1 (GEN-4).
 * @internal
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from));
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
