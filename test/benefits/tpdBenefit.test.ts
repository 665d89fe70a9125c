import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tpdBenefitDefinition } from '../../src/benefits/tpdBenefit.js';
import { addDays, compareDates, weekdayOf } from '../../src/core/dates.js';
import { type TpdBenefitInput, tpdBenefit } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const WAGE = '1200';
const INJURY = '2024-11-15';
/** Two weeks of Monday–Friday from a Monday. */
const twoWeeks = (start: string, earnings: string) => ({ start, end: addDays(start, 11), earnings });

describe('BEN-2 tpdBenefit: values', () => {
  it('BEN-2 BEN-3 two periods: weekly earnings = earnings / weeks, 2/3 of the loss, rounded per week', () => {
    const r = tpdBenefit({
      injuryDate: INJURY,
      weeklyWage: WAGE,
      periods: [twoWeeks('2025-03-03', '1500'), twoWeeks('2025-03-17', '1100')],
    });
    expect(r).toEqual({
      periods: [
        {
          start: '2025-03-03',
          end: '2025-03-14',
          weeks: '2',
          weeklyEarnings: '750.00',
          weeklyBenefit: '300.00',
          amount: '600.00',
          paid: true,
        },
        {
          start: '2025-03-17',
          end: '2025-03-28',
          weeks: '2',
          weeklyEarnings: '550.00',
          weeklyBenefit: '433.33',
          amount: '866.66',
          paid: true,
        },
      ],
      total: '1466.66',
      weeksPaid: '4',
      weeksLeft: '271',
      endsOn: '2033-07-01',
    });
  });

  it('BEN-2 the weekly TPD is never above the TTD maximum, and the minimum does not apply', () => {
    const high = tpdBenefit({ injuryDate: INJURY, weeklyWage: '5000', periods: [twoWeeks('2025-03-03', '0')] });
    expect(high.periods[0]).toMatchObject({ weeklyBenefit: '1481.76', amount: '2963.52', paid: true });
    // 2/3 × (1200 − 1140) = 40.00, far below the $296.35 minimum: paid as is.
    const low = tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, periods: [twoWeeks('2025-03-03', '2280')] });
    expect(low.periods[0]).toMatchObject({ weeklyEarnings: '1140.00', weeklyBenefit: '40.00', amount: '80.00' });
  });

  it('BEN-2 earnings not below the wage: reported, not paid, and the weeks do not count', () => {
    const r = tpdBenefit({
      injuryDate: INJURY,
      weeklyWage: WAGE,
      periods: [twoWeeks('2025-03-03', '2400'), twoWeeks('2025-03-17', '3000')],
    });
    expect(r.periods.map((p) => [p.weeklyBenefit, p.amount, p.paid])).toEqual([
      ['0.00', '0.00', false],
      ['0.00', '0.00', false],
    ]);
    expect([r.total, r.weeksPaid, r.weeksLeft]).toEqual(['0.00', '0', '275']);
  });

  it('BEN-2 weeks limit: 225 weeks for injuries to 2018-09-30, 275 from 2018-10-01', () => {
    const period = [twoWeeks('2019-03-04', '500')];
    const before = tpdBenefit(
      { injuryDate: '2018-09-30', weeklyWage: '900', periods: period },
      { maxMinTable: [{ from: '2018-09-01', to: '2018-09-30', maximum: '1000', minimum: '130' }] },
    );
    const after = tpdBenefit({ injuryDate: '2018-10-01', weeklyWage: '900', periods: period });
    expect([before.weeksLeft, after.weeksLeft]).toEqual(['223', '273']);
  });

  it('BEN-2 a period crossing the weeks limit is reported as its paid part and its unpaid part', () => {
    const r = tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, weeksPaidBefore: '274', periods: [twoWeeks('2025-03-03', '1500')] });
    expect(r.periods).toEqual([
      {
        start: '2025-03-03',
        end: '2025-03-07',
        weeks: '1',
        weeklyEarnings: '750.00',
        weeklyBenefit: '300.00',
        amount: '300.00',
        paid: true,
      },
      {
        start: '2025-03-08',
        end: '2025-03-14',
        weeks: '1',
        weeklyEarnings: '750.00',
        weeklyBenefit: '300.00',
        amount: '0.00',
        paid: false,
      },
    ]);
    expect([r.total, r.weeksPaid, r.weeksLeft]).toEqual(['300.00', '275', '0']);
  });

  it('BEN-2 a limit inside a work day: that day is in both parts, the weeks split exactly', () => {
    const r = tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, weeksPaidBefore: '274.3', periods: [twoWeeks('2025-03-03', '1500')] });
    expect(r.periods.map((p) => [p.start, p.end, p.weeks, p.amount, p.paid])).toEqual([
      ['2025-03-03', '2025-03-06', '0.7', '210.00', true],
      ['2025-03-06', '2025-03-14', '1.3', '0.00', false],
    ]);
  });

  it('BEN-2 nothing after 450 weeks: the day on endsOn is paid, the days after it are not', () => {
    // Injury 2019-01-02 (Wednesday): endsOn = 2027-08-18, a Wednesday.
    const input = { injuryDate: '2019-01-02', weeklyWage: '1000', periods: [{ start: '2027-08-16', end: '2027-08-27', earnings: '1000' }] };
    const r = tpdBenefit(input);
    expect(r.endsOn).toBe('2027-08-18');
    expect(r.periods.map((p) => [p.start, p.end, p.weeks, p.weeklyBenefit, p.amount, p.paid])).toEqual([
      ['2027-08-16', '2027-08-18', '0.6', '333.33', '200.00', true],
      ['2027-08-19', '2027-08-27', '1.4', '333.33', '0.00', false],
    ]);
    expect(r.weeksPaid).toBe('0.6');
    const late = tpdBenefit({ ...input, periods: [{ start: '2027-09-06', end: '2027-09-10', earnings: '0' }] });
    expect(late.periods.map((p) => p.paid)).toEqual([false]);
  });

  it('BEN-2 weeksPaidBefore already past the limit: nothing paid, weeksLeft 0, weeksPaid includes it', () => {
    const r = tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, weeksPaidBefore: 280, periods: [twoWeeks('2025-03-03', '0')] });
    expect([r.periods.length, r.periods[0]?.paid, r.total, r.weeksPaid, r.weeksLeft]).toEqual([1, false, '0.00', '280', '0']);
  });

  it('BEN-3 four-day weeks and listed holidays change the weeks and so the weekly earnings', () => {
    const input = { injuryDate: INJURY, weeklyWage: WAGE, periods: [twoWeeks('2025-03-03', '1500')] };
    const four = tpdBenefit(input, { daysPerWeek: 4 });
    expect(four.periods[0]).toMatchObject({ weeks: '2', weeklyEarnings: '750.00' });
    const holiday = tpdBenefit(input, { holidays: ['2025-03-05'] });
    // 9 work days = 1.8 weeks; 1500 / 1.8 = 833.33…; 2/3 × 366.66… = 244.44; 244.44 × 1.8 = 439.992.
    expect(holiday.periods[0]).toMatchObject({ weeks: '1.8', weeklyEarnings: '833.33', weeklyBenefit: '244.44', amount: '439.99' });
    const six = tpdBenefit({ ...input, periods: [{ start: '2025-03-03', end: '2025-03-03', earnings: '1000' }] }, { daysPerWeek: 6 });
    // The BEN-3 figure 0.166667 is the divisor: 1000 / 0.166667 = 5999.988.
    expect(six.periods[0]).toMatchObject({ weeks: '0.166667', weeklyEarnings: '5999.99' });
  });

  it('BEN-2 options.rounding rounds the weekly TPD and the amounts', () => {
    const input = { injuryDate: INJURY, weeklyWage: '1000', periods: [twoWeeks('2025-03-03', '0')] };
    expect(tpdBenefit(input).periods[0]).toMatchObject({ weeklyBenefit: '666.67', amount: '1333.34' });
    expect(tpdBenefit(input, { rounding: 'trunc' }).periods[0]).toMatchObject({ weeklyBenefit: '666.66', amount: '1333.32' });
  });

  it('BEN-2 half a cent on the amount rounds half-up: 433.33 x 0.2 = 86.666 and 300.05 x 0.2 = 60.01', () => {
    const day = (earnings: string) =>
      tpdBenefit({ injuryDate: INJURY, weeklyWage: '1200', periods: [{ start: '2025-03-03', end: '2025-03-03', earnings }] });
    expect(day('110').periods[0]).toMatchObject({ weeklyEarnings: '550.00', weeklyBenefit: '433.33', amount: '86.67' });
    // 2/3 × (1200 − 749.925) = 300.05; 300.05 × 0.2 = 60.010 exactly.
    expect(day('149.985').periods[0]).toMatchObject({ weeklyBenefit: '300.05', amount: '60.01' });
  });
});

describe('BEN-2 tpdBenefit: tables and codes', () => {
  it('BEN-2 an injury without a TTD maximum is UNKNOWN_PERIOD unless maxMinTable covers it', () => {
    const input = { injuryDate: '2016-05-05', weeklyWage: '900', periods: [twoWeeks('2016-06-06', '300')] };
    expectWcraError(() => tpdBenefit(input), 'UNKNOWN_PERIOD');
    const table = [{ from: '2015-10-01', to: '2016-09-30', maximum: '200', minimum: '100' }];
    expect(tpdBenefit(input, { maxMinTable: table }).periods[0]?.weeklyBenefit).toBe('200.00');
  });

  it('BEN-2 an injury before 1992-10-01 needs options.maxWeeks', () => {
    const input = { injuryDate: '1990-01-10', weeklyWage: '600', periods: [twoWeeks('1990-03-05', '600')] };
    const table = [{ from: '1989-10-01', to: '1990-09-30', maximum: '400', minimum: '100' }];
    expectWcraError(() => tpdBenefit(input, { maxMinTable: table }), 'UNKNOWN_PERIOD');
    expect(tpdBenefit(input, { maxMinTable: table, maxWeeks: 100 }).weeksLeft).toBe('98');
  });

  it('BEN-2 a 450-week date past 2200-12-31 is RESULT_OUT_OF_RANGE', () => {
    const table = [{ from: '2195-01-01', to: '2195-12-31', maximum: '1000', minimum: '100' }];
    const input = { injuryDate: '2195-06-01', weeklyWage: '900', periods: [twoWeeks('2195-06-03', '300')] };
    expectWcraError(() => tpdBenefit(input, { maxMinTable: table }), 'RESULT_OUT_OF_RANGE');
  });

  it('BEN-2 codes for bad fields and periods', () => {
    expectIssues(
      () =>
        tpdBenefit({
          injuryDate: '2024-02-30',
          weeklyWage: 'abc',
          periods: [{ start: '2025-03-03', end: 'x', earnings: '-1' }],
          weeksPaidBefore: '-2',
        }),
      [
        { path: ['injuryDate'], code: 'not_a_date' },
        { path: ['weeklyWage'], code: 'not_money' },
        { path: ['periods', 0, 'end'], code: 'not_a_date' },
        { path: ['periods', 0, 'earnings'], code: 'out_of_range' },
        { path: ['weeksPaidBefore'], code: 'out_of_range' },
      ],
    );
    expectIssues(() => tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, periods: [] }), [{ path: ['periods'], code: 'empty_list' }]);
    expectIssues(
      () =>
        tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, periods: [twoWeeks('2025-03-03', '1')] }, { daysPerWeek: 3 as 4, maxWeeks: 0 }),
      [
        { path: ['options', 'daysPerWeek'], code: 'out_of_range' },
        { path: ['options', 'maxWeeks'], code: 'out_of_range' },
      ],
    );
  });

  it('BEN-2 periods: end before start, before the injury, overlapping or out of order, without work days', () => {
    const bad = (periods: TpdBenefitInput['periods'], holidays?: string[]) => () =>
      tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, periods }, holidays === undefined ? {} : { holidays });
    expectIssues(bad([{ start: '2025-03-14', end: '2025-03-03', earnings: '1' }]), [{ path: ['periods', 0, 'end'], code: 'out_of_range' }]);
    expectIssues(bad([twoWeeks('2024-11-11', '1')]), [{ path: ['periods', 0, 'start'], code: 'out_of_range' }]);
    expectIssues(bad([twoWeeks('2025-03-03', '1'), twoWeeks('2025-03-14', '1')]), [
      { path: ['periods', 1, 'start'], code: 'inconsistent' },
    ]);
    expectIssues(bad([twoWeeks('2025-03-17', '1'), twoWeeks('2025-03-03', '1')]), [
      { path: ['periods', 1, 'start'], code: 'inconsistent' },
    ]);
    expectIssues(bad([{ start: '2025-03-08', end: '2025-03-09', earnings: '1' }]), [{ path: ['periods', 0], code: 'not_allowed' }]);
    expectIssues(bad([{ start: '2025-03-07', end: '2025-03-07', earnings: '1' }], ['2025-03-07']), [
      { path: ['periods', 0], code: 'not_allowed' },
    ]);
  });
});

/** A work day by day model of the limits (five-day weeks, weeksPaidBefore in whole days): paid days. */
function naivePaidDays(periods: ReadonlyArray<{ start: string; end: string }>, endsOn: string, limitDays: number): number {
  let paidDays = 0;
  for (const p of periods) {
    for (let d = p.start; compareDates(d, p.end) <= 0; d = addDays(d, 1)) {
      if (weekdayOf(d) < 5 && compareDates(d, endsOn) <= 0 && paidDays < limitDays) paidDays++;
    }
  }
  return paidDays;
}

describe('BEN-2 tpdBenefit: properties', () => {
  const periodsArb = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 40 }),
        len: fc.integer({ min: 0, max: 60 }),
        weekly: fc.bigInt({ min: 0n, max: 140_000n }),
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((rows) => {
      let day = '2027-06-07';
      return rows.map((r) => {
        const start = addDays(day, r.gap);
        // Start on a Monday so every period has work days.
        const monday = addDays(start, (7 - weekdayOf(start)) % 7);
        const end = addDays(monday, r.len);
        day = addDays(end, 1);
        const days = Math.floor((r.len + 1) / 7) * 5 + Math.min(5, (r.len + 1) % 7);
        return { start: monday, end, earnings: centsStr((r.weekly * BigInt(days)) / 5n) };
      });
    });

  it('BEN-2 BEN-3 the limits match a day-by-day model; totals add up; no paid part after endsOn; benefit at most the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }).map((n) => addDays('2018-10-01', n)),
        periodsArb,
        fc.integer({ min: 1300, max: 1380 }),
        (injuryDate, periods, beforeDays) => {
          const r = tpdBenefit({ injuryDate, weeklyWage: '1500', periods, weeksPaidBefore: String(beforeDays / 5) });
          const max = injuryDate < '2019-10-01' ? 109854n : 113424n;
          let total = 0n;
          let paidDays = 0;
          for (const p of r.periods) {
            expect(strCents(p.weeklyBenefit) <= max).toBe(true);
            if (p.paid) {
              expect(compareDates(p.end, r.endsOn) <= 0).toBe(true);
              paidDays += Math.round(Number(p.weeks) * 5);
            } else expect(p.amount).toBe('0.00');
            total += strCents(p.amount);
          }
          expect(centsStr(total)).toBe(r.total);
          const naiveDays = naivePaidDays(periods, r.endsOn, Math.max(0, 1375 - beforeDays));
          expect(paidDays).toBe(naiveDays);
          expect(Number(r.weeksPaid)).toBeCloseTo((beforeDays + naiveDays) / 5, 9);
          expect(Number(r.weeksLeft)).toBeCloseTo(Math.max(0, 275 - Number(r.weeksPaid)), 9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('BEN-2 more earnings never raise the weekly TPD', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: 0n, max: 1_000_000n }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const at = (e: bigint) =>
          strCents(
            tpdBenefit({ injuryDate: INJURY, weeklyWage: '2000', periods: [twoWeeks('2025-03-03', centsStr(e))] }).periods[0]
              ?.weeklyBenefit ?? '',
          );
        expect(at(hi) <= at(lo)).toBe(true);
      }),
    );
  });

  it('BEN-2 does not mutate its input or options', () => {
    const input = deepFreeze({ injuryDate: INJURY, weeklyWage: WAGE, weeksPaidBefore: '274.3', periods: [twoWeeks('2025-03-03', '1500')] });
    const options = deepFreeze({
      holidays: ['2025-03-05'],
      maxMinTable: [{ from: '2000-01-01', to: '2000-12-31', maximum: '1', minimum: '1' }],
      explain: true,
    });
    expect(() => tpdBenefit(input, options)).not.toThrow();
  });
});

describe('BEN-2 tpdBenefit: explain', () => {
  it('BEN-2 BEN-3 steps cite exactly BEN-2 and BEN-3, with the figures of the result', () => {
    const r = tpdBenefit(
      { injuryDate: INJURY, weeklyWage: WAGE, weeksPaidBefore: '274', periods: [twoWeeks('2025-03-03', '1500')] },
      { explain: true },
    );
    const steps = r.steps ?? [];
    expect(new Set(steps.map((s) => s.rule))).toEqual(new Set(['BEN-2', 'BEN-3']));
    expect(steps.map((s) => [s.rule, s.result.value])).toEqual([
      ['BEN-2', '2033-07-01'],
      ['BEN-3', '2'],
      ['BEN-2', '750.00'],
      ['BEN-2', '300.00'],
      ['BEN-2', '300.00'],
      ['BEN-2', '0.00'],
      ['BEN-2', '300.00'],
    ]);
  });

  it('BEN-2 worksheet', () => {
    const r = tpdBenefit({ injuryDate: INJURY, weeklyWage: WAGE, periods: [twoWeeks('2025-03-03', '1500')] }, { explain: true });
    // The wording is the worksheet snapshot's (test/worksheets.test.ts); here the rules and values.
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toMatchInlineSnapshot(`
      [
        [
          "BEN-2",
          "2033-07-01",
        ],
        [
          "BEN-3",
          "2",
        ],
        [
          "BEN-2",
          "750.00",
        ],
        [
          "BEN-2",
          "300.00",
        ],
        [
          "BEN-2",
          "600.00",
        ],
        [
          "BEN-2",
          "600.00",
        ],
      ]
    `);
  });
});

describe('tpdBenefit: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(tpdBenefitDefinition)).toMatchInlineSnapshot(`
      "BEN-2  Limits for the injury date: the TTD maximum (RULES.md BEN-1 (DLI maximum/minimum compensation rates)), at most 275 weeks of paid TPD, none after 450 weeks (3,150 days) from the injury
        Date of injury                                              2024-11-15
        TTD maximum                                                  $1,481.76
        Weeks limit                                                        275
        ----------------------------------------------------------------------
        TPD ends on                                                 2033-07-01

      BEN-3  Benefit weeks 2025-03-03 to 2025-03-14 = work days x 1/5 (both dates count)
        Work days                                                           10
        ----------------------------------------------------------------------
        Benefit weeks                                                        2

      BEN-2  Weekly earnings = earnings in the period / benefit weeks
        Earnings                                                     $1,500.00
        Benefit weeks                                                      / 2
        ----------------------------------------------------------------------
        Weekly earnings                                                $750.00

      BEN-2  Weekly TPD = 2/3 x (weekly wage - weekly earnings), rounded to cents, at least 0, at most the TTD maximum
        Weekly wage                                                  $1,200.00
        Weekly earnings                                              - $750.00
        TTD maximum                                              min $1,481.76
        ----------------------------------------------------------------------
        Weekly TPD                                                     $300.00

      BEN-2  Amount = weekly TPD x benefit weeks, rounded to cents (2025-03-03 to 2025-03-14)
        Weekly TPD                                                     $300.00
        Benefit weeks                                                      x 2
        ----------------------------------------------------------------------
        Amount paid                                                    $600.00

      BEN-3  Benefit weeks 2025-03-17 to 2025-03-28 = work days x 1/5 (both dates count)
        Work days                                                           10
        ----------------------------------------------------------------------
        Benefit weeks                                                        2

      BEN-2  Weekly earnings = earnings in the period / benefit weeks
        Earnings                                                     $1,100.00
        Benefit weeks                                                      / 2
        ----------------------------------------------------------------------
        Weekly earnings                                                $550.00

      BEN-2  Weekly TPD = 2/3 x (weekly wage - weekly earnings), rounded to cents, at least 0, at most the TTD maximum
        Weekly wage                                                  $1,200.00
        Weekly earnings                                              - $550.00
        TTD maximum                                              min $1,481.76
        ----------------------------------------------------------------------
        Weekly TPD                                                     $433.33

      BEN-2  Amount = weekly TPD x benefit weeks, rounded to cents (2025-03-17 to 2025-03-28)
        Weekly TPD                                                     $433.33
        Benefit weeks                                                      x 2
        ----------------------------------------------------------------------
        Amount paid                                                    $866.66

      BEN-2  Total = sum of the amounts paid; weeks left = weeks limit - weeks paid (weeks paid before included)
        Weeks paid before                                                    0
        Weeks paid                                                           4
        Weeks left                                                         271
        ----------------------------------------------------------------------
        Total TPD                                                    $1,466.66"
    `);
  });
});
