import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitStatSchedule, unitStatStatus } from 'wcra-calc';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { unitStatStatusDefinition } from '../../src/unit-stat/unitStatStatus.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, isoDateArb } from './helpers.js';

// Policy effective 2023-01-10: report 1 window 2024-07-01 … 2024-09-30 (valued 2024-07-10),
// report 2 window 2025-07-01 … 2025-09-30, report 3 window 2026-07-01 … 2026-09-30.
const R1 = { report: 1, valuationDate: '2024-07-10', filingStart: '2024-07-01', filingEnd: '2024-09-30' };
const R2 = { report: 2, valuationDate: '2025-07-10', filingStart: '2025-07-01', filingEnd: '2025-09-30' };
const R3 = { report: 3, valuationDate: '2026-07-10', filingStart: '2026-07-01', filingEnd: '2026-09-30' };
const base = { policyEffectiveDate: '2023-01-10', reports: 3 };

describe('unitStatStatus worked examples', () => {
  it('USR-2 one report overdue, the next expected', () => {
    const r = unitStatStatus({ ...base, filed: [], asOf: '2025-07-15' });
    expect(r).toStrictEqual({ expected: [R2], overdue: [{ ...R1, daysOverdue: 288 }], filedLate: [] });
  });

  it('USR-2 report 1 filed late, report 2 on time, report 3 expected', () => {
    const r = unitStatStatus({
      ...base,
      filed: [
        { report: 2, filedOn: '2025-08-20' },
        { report: 1, filedOn: '2024-10-15' },
      ],
      asOf: '2026-08-01',
    });
    expect(r).toStrictEqual({ expected: [R3], overdue: [], filedLate: [{ ...R1, filedOn: '2024-10-15', daysLate: 15 }] });
  });

  it('USR-2 nothing is due before the first window opens', () => {
    expect(unitStatStatus({ ...base, filed: [], asOf: '2024-06-30' })).toStrictEqual({ expected: [], overdue: [], filedLate: [] });
  });

  it('USR-2 reports defaults to 10', () => {
    const r = unitStatStatus({ policyEffectiveDate: '2000-01-10', filed: [], asOf: '2030-01-01' });
    expect(r.overdue.map((x) => x.report)).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('unitStatStatus edge cases', () => {
  it('GEN-4 a report filed on the last day of its window is on time', () => {
    const r = unitStatStatus({ ...base, filed: [{ report: 1, filedOn: '2024-09-30' }], asOf: '2025-01-01' });
    expect(r).toStrictEqual({ expected: [], overdue: [], filedLate: [] });
  });

  it('GEN-4 a report filed the day after its window is 1 day late', () => {
    const r = unitStatStatus({ ...base, filed: [{ report: 1, filedOn: '2024-10-01' }], asOf: '2024-10-01' });
    expect(r.filedLate).toStrictEqual([{ ...R1, filedOn: '2024-10-01', daysLate: 1 }]);
  });

  it('USR-2 on the last day of the window an unfiled report is still expected; the next day it is 1 day overdue', () => {
    expect(unitStatStatus({ ...base, filed: [], asOf: '2024-09-30' })).toStrictEqual({ expected: [R1], overdue: [], filedLate: [] });
    expect(unitStatStatus({ ...base, filed: [], asOf: '2024-10-01' })).toStrictEqual({
      expected: [],
      overdue: [{ ...R1, daysOverdue: 1 }],
      filedLate: [],
    });
  });

  it('USR-2 expected from the first day of the window (before the valuation date)', () => {
    expect(unitStatStatus({ ...base, filed: [], asOf: '2024-07-01' }).expected).toStrictEqual([R1]);
  });

  it('USR-2 a filing dated after asOf is ignored (status as of a past date)', () => {
    const r = unitStatStatus({ ...base, filed: [{ report: 1, filedOn: '2024-12-01' }], asOf: '2024-11-01' });
    expect(r).toStrictEqual({ expected: [], overdue: [{ ...R1, daysOverdue: 32 }], filedLate: [] });
  });

  it('USR-2 a report filed before its window opens counts as filed', () => {
    const r = unitStatStatus({ ...base, filed: [{ report: 1, filedOn: '2024-06-15' }], asOf: '2024-08-01' });
    expect(r).toStrictEqual({ expected: [], overdue: [], filedLate: [] });
  });

  it('USR-2 policy effective on the 31st, windows in February of a leap year', () => {
    // Effective 2022-06-30: report 1 valued 2023-12-30, window 2023-12-01 … 2024-02-29.
    const r = unitStatStatus({
      policyEffectiveDate: '2022-06-30',
      filed: [{ report: 1, filedOn: '2024-02-29' }],
      asOf: '2024-03-01',
      reports: 1,
    });
    expect(r).toStrictEqual({ expected: [], overdue: [], filedLate: [] });
    const late = unitStatStatus({
      policyEffectiveDate: '2022-06-30',
      filed: [{ report: 1, filedOn: '2024-03-01' }],
      asOf: '2024-03-01',
      reports: 1,
    });
    expect(late.filedLate.map((x) => x.daysLate)).toStrictEqual([1]);
  });
});

describe('properties', () => {
  const caseArb = fc.record({
    eff: isoDateArb,
    asOfOffset: fc.integer({ min: 0, max: 5000 }),
    filings: fc.array(fc.record({ report: fc.integer({ min: 1, max: 10 }), offset: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 10 }),
  });

  it('USR-2 every report whose window has opened is in exactly one place: expected, overdue, or filed by asOf', () => {
    fc.assert(
      fc.property(caseArb, ({ eff, asOfOffset, filings }) => {
        const asOf = addDays(eff, asOfOffset);
        const seen = new Set<number>();
        const filed = filings
          .filter((f) => !seen.has(f.report) && seen.add(f.report))
          .map((f) => ({ report: f.report, filedOn: addDays(eff, f.offset) }));
        const r = unitStatStatus({ policyEffectiveDate: eff, filed, asOf });
        const filedBy = new Map(filed.filter((f) => f.filedOn <= asOf).map((f) => [f.report, f.filedOn]));
        for (const s of unitStatSchedule({ policyEffectiveDate: eff }).reports) {
          const inExpected = r.expected.some((x) => x.report === s.report);
          const inOverdue = r.overdue.some((x) => x.report === s.report);
          const late = r.filedLate.find((x) => x.report === s.report);
          if (s.filingStart > asOf && !filedBy.has(s.report)) {
            expect(inExpected || inOverdue).toBe(false);
          } else {
            expect(Number(inExpected) + Number(inOverdue) + Number(filedBy.has(s.report))).toBe(1);
          }
          const on = filedBy.get(s.report);
          expect(late !== undefined).toBe(on !== undefined && on > s.filingEnd);
          if (late !== undefined) expect(late.daysLate).toBe(daysBetween(s.filingEnd, late.filedOn));
        }
        for (const o of r.overdue) expect(o.daysOverdue).toBeGreaterThanOrEqual(1);
        for (const l of r.filedLate) expect(l.daysLate).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('unitStatStatus input', () => {
  it('USR-2 a filed report number not in the schedule is INVALID_INPUT', () => {
    const e = expectIssues(
      () => unitStatStatus({ ...base, filed: [{ report: 4, filedOn: '2024-10-15' }], asOf: '2025-10-15' }),
      [{ path: ['filed', 0, 'report'], code: 'out_of_range' }],
    );
    expect(e.issues).toHaveLength(1);
  });

  it('USR-2 a report filed twice is INVALID_INPUT', () => {
    const filed = [
      { report: 1, filedOn: '2024-08-15' },
      { report: 1, filedOn: '2024-10-15' },
    ];
    const e = expectIssues(
      () => unitStatStatus({ ...base, filed, asOf: '2025-10-15' }),
      [{ path: ['filed', 1, 'report'], code: 'duplicate' }],
    );
    expect(e.issues).toHaveLength(1);
  });

  it.each([
    [null, [], 'wrong_type'],
    [{ ...base, filed: [], asOf: '2019-02-30' }, ['asOf'], 'not_a_date'],
    [{ ...base, asOf: '2025-01-01' }, ['filed'], 'required'],
    [{ ...base, filed: 'none', asOf: '2025-01-01' }, ['filed'], 'wrong_type'],
    [{ ...base, filed: [{ report: 0, filedOn: '2024-01-01' }], asOf: '2025-01-01' }, ['filed', 0, 'report'], 'out_of_range'],
    [{ ...base, filed: [{ report: 1 }], asOf: '2025-01-01' }, ['filed', 0, 'filedOn'], 'required'],
    [{ ...base, filed: [null], asOf: '2025-01-01' }, ['filed', 0], 'wrong_type'],
  ])('USR-2 rejects %j', (input, path, code) => {
    expectIssues(() => unitStatStatus(input as never), [{ path, code }]);
  });
});

describe('unitStatStatus: inputs are not mutated', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({
      policyEffectiveDate: '2023-01-10',
      reports: 3,
      filed: [{ report: 1, filedOn: '2024-10-15' }],
      asOf: '2025-10-15',
    });
    const copy = structuredClone(input);
    unitStatStatus(input);
    expect(input).toStrictEqual(copy);
  });
});

describe('unitStatStatus: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(unitStatStatusDefinition)).toMatchInlineSnapshot(`
      "GEN-4  Report 1: filed after the window closed; days late = calendar days from its last day to filing
        Filing window                                 2024-07-01 to 2024-09-30
        Filed on                                                    2024-10-02
        As of                                                       2025-07-15
        ----------------------------------------------------------------------
        Report 1                                                  late, 2 days

      USR-2  Report 2: its filing window is open and it is not filed
        Filing window                                 2025-07-01 to 2025-09-30
        Filed on                                                     not filed
        As of                                                       2025-07-15
        ----------------------------------------------------------------------
        Report 2                                                      expected

      USR-2  Report 3: its filing window has not opened
        Filing window                                 2026-07-01 to 2026-09-30
        Filed on                                                     not filed
        As of                                                       2025-07-15
        ----------------------------------------------------------------------
        Report 3                                                        future"
    `);
  });
});
