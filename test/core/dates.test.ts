import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  calendarDaysLate,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  endOfMonth,
  isIsoDate,
  isWeekendDate,
  makeDate,
  startOfMonth,
  yearOf,
} from '../../src/core/dates.js';

describe('GEN-2 validating YYYY-MM-DD', () => {
  it.each(['2019-02-28', '2020-02-29', '2000-02-29', '1900-01-01', '2200-12-31', '2024-12-31'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  it.each([
    '2019-02-30',
    '2019-02-29',
    '1900-02-29',
    '2019-2-3',
    '2019-13-01',
    '2019-00-10',
    '2019-01-00',
    '2019-04-31',
    '2019-01-01T00:00:00Z',
    '2019-01-01 ',
    '20190101',
    '1899-12-31',
    '2201-01-01',
    '',
  ])('rejects %s', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('GEN-2 calendar arithmetic', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', 18)).toBe('2025-09-15');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
  });

  it('adds days across months, years and daylight-saving changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-02-01', -20)).toBe('2025-01-12');
    expect(addDays('2024-03-09', 2)).toBe('2024-03-11');
    expect(addDays('2024-11-02', 2)).toBe('2024-11-04');
  });

  it('adds business days, skipping weekends and holidays', () => {
    // 2024-07-01 is a Monday.
    expect(addBusinessDays('2024-07-01', 10)).toBe('2024-07-15');
    expect(addBusinessDays('2024-07-01', 10, ['2024-07-04'])).toBe('2024-07-16');
    expect(addBusinessDays('2024-07-05', 1)).toBe('2024-07-08');
    expect(addBusinessDays('2024-07-06', 0)).toBe('2024-07-06');
    expect(isWeekendDate('2024-07-06')).toBe(true);
    expect(isWeekendDate('2024-07-08')).toBe(false);
  });

  it('month start and end', () => {
    expect(startOfMonth('2024-02-17')).toBe('2024-02-01');
    expect(endOfMonth('2024-02-17')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28');
    expect(endOfMonth('2024-12-05')).toBe('2024-12-31');
  });

  it('GEN-4 day differences: on the due date is 0, the day after is 1', () => {
    expect(daysBetween('2025-02-01', '2025-02-01')).toBe(0);
    expect(daysBetween('2025-02-01', '2025-02-02')).toBe(1);
    expect(daysBetween('2025-02-02', '2025-02-01')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-01', '2024-11-30')).toBe(274);
    expect(calendarDaysLate('2025-02-01', '2025-02-01')).toBe(0);
    expect(calendarDaysLate('2025-02-01', '2025-01-15')).toBe(0);
    expect(calendarDaysLate('2025-02-01', '2025-02-02')).toBe(1);
  });

  it('small helpers', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(yearOf('2024-06-30')).toBe(2024);
    expect(dateParts('2024-06-30')).toEqual({ year: 2024, month: 6, day: 30 });
    expect(makeDate(2023, 2, 31)).toBe('2023-02-28');
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
  });
});

describe('GEN-2 properties', () => {
  const dateArb = fc
    .record({ y: fc.integer({ min: 1950, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => makeDate(y, m, d));

  it('addDays then daysBetween round-trips', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
      }),
    );
  });

  it('addMonths lands in the right month and never past its end', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const r = addMonths(date, n);
        const a = dateParts(date);
        const b = dateParts(r);
        expect((b.year - a.year) * 12 + (b.month - a.month)).toBe(n);
        expect(b.day).toBe(Math.min(a.day, daysInMonth(b.year, b.month)));
      }),
    );
  });
});

describe('GEN-2 isIsoDate reads by character codes exactly what the YYYY-MM-DD pattern and the calendar accept', () => {
  const byPattern = (s: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (m === null) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  };
  it('agrees with the pattern on near-dates (digits, signs, spaces, other characters in any place)', () => {
    const ch = fc.constantFrom(...'0123456789-+ .:/a٣０'.split(''), '\n');
    const near = fc.oneof(
      fc.array(ch, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')),
      fc
        .date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2210, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(near, (s) => isIsoDate(s) === byPattern(s)),
      { numRuns: 2000 },
    );
  });
});
