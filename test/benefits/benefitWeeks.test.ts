import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitWeeksDefinition, countWorkDays } from '../../src/benefits/benefitWeeks.js';
import { addDays, weekdayOf } from '../../src/core/dates.js';
import { benefitWeeks } from '../../src/index.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

describe('BEN-3 benefitWeeks', () => {
  it('BEN-3 five-day week: 0.2 week per work day, both dates count', () => {
    expect(benefitWeeks({ start: '2025-03-03', end: '2025-03-12' })).toEqual({ workDays: 8, weeks: '1.6' });
    expect(benefitWeeks({ start: '2025-03-08', end: '2025-03-09' })).toEqual({ workDays: 0, weeks: '0' });
  });
  it('BEN-3 four-day week 0.25; six-day 1/6; listed holidays removed', () => {
    expect(benefitWeeks({ start: '2025-03-03', end: '2025-03-09' }, { daysPerWeek: 4 }).weeks).toBe('1');
    expect(benefitWeeks({ start: '2025-03-03', end: '2025-03-03' }, { daysPerWeek: 6 }).weeks).toBe('0.166667');
    expect(benefitWeeks({ start: '2025-03-03', end: '2025-03-07' }, { holidays: ['2025-03-05'] }).workDays).toBe(4);
  });
  it('BEN-3 explain cites BEN-3', () => {
    expect(benefitWeeks({ start: '2025-03-03', end: '2025-03-12' }, { explain: true }).steps?.map((s) => s.rule)).toEqual(['BEN-3']);
  });
  it('BEN-3 property: whole weeks of 7 days give exactly daysPerWeek work days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 20 }), (offset, n) => {
        const start = new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2000, 0, offset + n * 7)).toISOString().slice(0, 10);
        const r = benefitWeeks({ start, end });
        expect(r).toEqual({ workDays: 5 * n, weeks: String(n) });
      }),
    );
  });
  it('BEN-3 bad input codes', () => {
    expectIssues(() => benefitWeeks({ start: '2025-03-12', end: '2025-03-03' }), [{ path: ['end'], code: 'out_of_range' }]);
    expectIssues(() => benefitWeeks({ start: 'x', end: '2025-03-03' }), [{ path: ['start'], code: 'not_a_date' }]);
  });
  it('BEN-3 daysPerWeek: a whole number from 4 to 7, with its own code', () => {
    const span = { start: '2025-03-03', end: '2025-03-09' };
    for (const [days, code] of [
      [3, 'out_of_range'],
      [8, 'out_of_range'],
      [4.5, 'not_an_integer'],
      ['5', 'not_an_integer'],
    ] as const) {
      expectIssues(() => benefitWeeks(span, { daysPerWeek: days as never }), [{ path: ['options', 'daysPerWeek'], code }]);
    }
    expect([4, 5, 6, 7].map((daysPerWeek) => benefitWeeks(span, { daysPerWeek: daysPerWeek as 4 }).workDays)).toEqual([4, 5, 6, 7]);
  });
  it('BEN-3 the whole-week count equals a day-by-day count (any span, week length and holidays)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(4, 5, 6, 7),
        fc.array(day, { maxLength: 8 }),
        (start, len, perWeek, holidays) => {
          const end = addDays(start, len);
          let naive = 0;
          for (let i = 0, d = start; i <= len; i++, d = addDays(d, 1)) if (weekdayOf(d) < perWeek && !holidays.includes(d)) naive++;
          expect(countWorkDays(start, end, perWeek, holidays)).toBe(naive);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('benefitWeeks: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(benefitWeeksDefinition)).toMatchInlineSnapshot(`
      "BEN-3  Benefit weeks = work days x 1/5 (both dates count)
        From                                                        2025-03-03
        To                                                          2025-03-12
        Work days                                                            8
        ----------------------------------------------------------------------
        Benefit weeks                                                      1.6"
    `);
  });
});
