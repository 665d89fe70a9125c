import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitStatSchedule } from 'wcra-calc';
import { addMonths, dateParts, daysInMonth, endOfMonth } from '../../src/core/dates.js';
import { unitStatScheduleDefinition } from '../../src/unit-stat/unitStatSchedule.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, isoDateArb } from './helpers.js';

describe('unitStatSchedule worked examples', () => {
  it('USR-2 mid-month policy: valued at 18 months, filed in the 18th through 20th month after the effective month', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-03-15' });
    expect(r.reports).toHaveLength(10);
    expect(r.reports[0]).toStrictEqual({ report: 1, valuationDate: '2025-09-15', filingStart: '2025-09-01', filingEnd: '2025-11-30' });
    expect(r.reports[1]).toStrictEqual({ report: 2, valuationDate: '2026-09-15', filingStart: '2026-09-01', filingEnd: '2026-11-30' });
    expect(r.reports[9]).toStrictEqual({ report: 10, valuationDate: '2034-09-15', filingStart: '2034-09-01', filingEnd: '2034-11-30' });
  });

  it('USR-2 reports option limits the schedule', () => {
    expect(unitStatSchedule({ policyEffectiveDate: '2024-01-01', reports: 1 })).toStrictEqual({
      reports: [{ report: 1, valuationDate: '2025-07-01', filingStart: '2025-07-01', filingEnd: '2025-09-30' }],
    });
  });
});

describe('unitStatSchedule edge cases', () => {
  it('USR-2 effective on the 31st: valuation clamped to the month end', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-01-31', reports: 1 }).reports[0];
    expect(r).toStrictEqual({ report: 1, valuationDate: '2025-07-31', filingStart: '2025-07-01', filingEnd: '2025-09-30' });
    const s = unitStatSchedule({ policyEffectiveDate: '2023-05-31', reports: 1 }).reports[0];
    expect(s).toStrictEqual({ report: 1, valuationDate: '2024-11-30', filingStart: '2024-11-01', filingEnd: '2025-01-31' });
  });

  it('USR-2 valued in February: the 28th, and the 29th in leap years (computed from the effective date)', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2023-08-31', reports: 4 }).reports.map((x) => x.valuationDate);
    expect(r).toStrictEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    const w = unitStatSchedule({ policyEffectiveDate: '2022-08-30', reports: 2 }).reports;
    expect(w[0]).toStrictEqual({ report: 1, valuationDate: '2024-02-29', filingStart: '2024-02-01', filingEnd: '2024-04-30' });
    expect(w[1]?.valuationDate).toBe('2025-02-28');
  });

  it('USR-2 effective on February 29 of a leap year', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-02-29', reports: 1 }).reports[0];
    expect(r).toStrictEqual({ report: 1, valuationDate: '2025-08-29', filingStart: '2025-08-01', filingEnd: '2025-10-31' });
    const s = unitStatSchedule({ policyEffectiveDate: '2000-02-29', reports: 1 }).reports[0];
    expect(s?.valuationDate).toBe('2001-08-29');
  });

  it('USR-2 a window ending in February ends on the 29th in a leap year', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2022-06-15', reports: 2 }).reports;
    expect(r[0]).toStrictEqual({ report: 1, valuationDate: '2023-12-15', filingStart: '2023-12-01', filingEnd: '2024-02-29' });
    expect(r[1]?.filingEnd).toBe('2025-02-28');
    const c = unitStatSchedule({ policyEffectiveDate: '2098-06-01', reports: 1 }).reports[0];
    expect(c?.filingEnd).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('USR-2 a December policy crosses two years', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-12-31', reports: 1 }).reports[0];
    expect(r).toStrictEqual({ report: 1, valuationDate: '2026-06-30', filingStart: '2026-06-01', filingEnd: '2026-08-31' });
  });

  it('USR-2 first-of-month policy: the window opens on the valuation date', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2025-10-01', reports: 1 }).reports[0];
    expect(r).toStrictEqual({ report: 1, valuationDate: '2027-04-01', filingStart: '2027-04-01', filingEnd: '2027-06-30' });
  });
});

describe('properties', () => {
  it('USR-2 valuation dates are exactly 12 calendar months apart (same month, next year, day of the effective date clamped)', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 2, max: 10 }), (eff, n) => {
        const reports = unitStatSchedule({ policyEffectiveDate: eff, reports: n }).reports;
        const effDay = dateParts(eff).day;
        for (let k = 1; k < reports.length; k++) {
          const a = dateParts(reports[k - 1]?.valuationDate ?? '');
          const b = dateParts(reports[k]?.valuationDate ?? '');
          expect(b.year).toBe(a.year + 1);
          expect(b.month).toBe(a.month);
          expect(b.day).toBe(Math.min(effDay, daysInMonth(b.year, b.month)));
          if (effDay <= 28) expect(addMonths(reports[k - 1]?.valuationDate ?? '', 12)).toBe(reports[k]?.valuationDate);
        }
      }),
    );
  });

  it("USR-2 every filing window starts on the first day of its valuation date's month and runs three calendar months", () => {
    fc.assert(
      fc.property(isoDateArb, (eff) => {
        for (const r of unitStatSchedule({ policyEffectiveDate: eff }).reports) {
          expect(r.filingStart).toBe(`${r.valuationDate.slice(0, 8)}01`);
          expect(r.filingStart <= r.valuationDate && r.valuationDate <= r.filingEnd).toBe(true);
          expect(r.filingEnd).toBe(endOfMonth(addMonths(r.filingStart, 2)));
        }
      }),
    );
  });

  it('USR-2 report k is valued 18 + 12(k-1) months after the effective date', () => {
    fc.assert(
      fc.property(isoDateArb, (eff) => {
        unitStatSchedule({ policyEffectiveDate: eff }).reports.forEach((r, i) => {
          expect(r.report).toBe(i + 1);
          expect(r.valuationDate).toBe(addMonths(eff, 18 + 12 * i));
        });
      }),
    );
  });
});

describe('unitStatSchedule input', () => {
  it.each([
    [null, [], 'wrong_type'],
    [{ policyEffectiveDate: '2019-02-30' }, ['policyEffectiveDate'], 'not_a_date'],
    [{ policyEffectiveDate: 20240315 }, ['policyEffectiveDate'], 'not_a_date'],
    [{}, ['policyEffectiveDate'], 'required'],
    [{ policyEffectiveDate: '2024-03-15', reports: 0 }, ['reports'], 'out_of_range'],
    [{ policyEffectiveDate: '2024-03-15', reports: 11 }, ['reports'], 'out_of_range'],
    [{ policyEffectiveDate: '2024-03-15', reports: 2.5 }, ['reports'], 'not_an_integer'],
    [{ policyEffectiveDate: '2024-03-15', extra: 1 }, ['extra'], 'unknown_field'],
  ])('USR-2 rejects %j', (input, path, code) => {
    expectIssues(() => unitStatSchedule(input as never), [{ path, code }]);
  });
});

describe('unitStatSchedule: inputs are not mutated', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ policyEffectiveDate: '2024-03-15', reports: 3 });
    expect(unitStatSchedule(input).reports).toHaveLength(3);
    expect(input).toStrictEqual({ policyEffectiveDate: '2024-03-15', reports: 3 });
  });
});

describe('unitStatSchedule: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(unitStatScheduleDefinition)).toMatchInlineSnapshot(`
      "USR-2  Report 1: valued 18 months after the effective date, filed in months 18 to 20 after the effective month
        Policy effective date                                       2024-03-15
        Valuation date                                              2025-09-15
        ----------------------------------------------------------------------
        Report 1 filing window                        2025-09-01 to 2025-11-30

      USR-2  Report 2: valued 30 months after the effective date, filed in months 30 to 32 after the effective month
        Policy effective date                                       2024-03-15
        Valuation date                                              2026-09-15
        ----------------------------------------------------------------------
        Report 2 filing window                        2026-09-01 to 2026-11-30

      USR-2  Report 3: valued 42 months after the effective date, filed in months 42 to 44 after the effective month
        Policy effective date                                       2024-03-15
        Valuation date                                              2027-09-15
        ----------------------------------------------------------------------
        Report 3 filing window                        2027-09-01 to 2027-11-30"
    `);
  });
});
