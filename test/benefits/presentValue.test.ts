import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentValueDefinition } from '../../src/benefits/presentValue.js';
import { D, type Dec } from '../../src/core/decimal.js';
import { presentValue } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

/**
 * Differential oracle: every payment discounted one by one, with the weekly factor taken by
 * decimal.js's own power (exp/ln), not by the Newton root and closed form of the library.
 */
function bruteForce(rate: string, d: string, count: number, last: string | null, e = '0', atEnd = false): string {
  const v = new D(1).dividedBy(new D(1).plus(d).pow(new D(1).dividedBy(52)));
  let pv: Dec = new D(0);
  let factor: Dec = atEnd ? v : new D(1);
  const payments = [...Array.from({ length: count }, () => rate), ...(last === null ? [] : [last])];
  payments.forEach((amount, k) => {
    pv = pv.plus(new D(amount).times(new D(1).plus(e).pow(Math.floor(k / 52))).times(factor));
    factor = factor.times(v);
  });
  return pv.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
}

const arbRateCents = fc.bigInt({ min: 1n, max: 300_000n });
const arbDiscount = fc.integer({ min: 0, max: 2000 }).map((bp) => (bp / 10_000).toString()); // 0 … 20% in basis points

describe('BEN-7 presentValue: values', () => {
  it('BEN-7 at 0% the present value is the plain sum', () => {
    expect(presentValue({ weeklyRate: '800', discountRate: '0', weeks: 10 })).toEqual({
      payments: { count: 10, amount: '800.00', last: null },
      presentValue: '8000.00',
      aboveLumpSumCap: false,
    });
    expect(presentValue({ weeklyRate: '800', discountRate: '0', weeks: '10.5' }).payments).toEqual({
      count: 10,
      amount: '800.00',
      last: '400.00',
    });
    expect(presentValue({ weeklyRate: '800', discountRate: '0', years: 2, escalationRate: '0.1' }).presentValue).toBe('87360.00'); // 41,600 + 45,760
  });
  it('BEN-7 a PPD award paid at the TTD rate: full payments, the remainder a week after them', () => {
    const r = presentValue({ weeklyRate: '800', discountRate: '0.05', award: '85377.60' }, { settlementPercent: '0.9' });
    expect(r).toEqual({
      payments: { count: 106, amount: '800.00', last: '577.60' },
      presentValue: '81280.22',
      settlementValue: '73152.20',
      aboveLumpSumCap: false,
    });
    expect(r.presentValue).toBe(bruteForce('800', '0.05', 106, '577.60'));
    expect(presentValue({ weeklyRate: '800', discountRate: '0.05', award: '8000' }).payments).toEqual({
      count: 10,
      amount: '800.00',
      last: null,
    });
  });
  it('BEN-7 timing at the end of the week discounts every payment one more week', () => {
    const start = presentValue({ weeklyRate: '1000', discountRate: '0.05', weeks: 52 });
    const end = presentValue({ weeklyRate: '1000', discountRate: '0.05', weeks: 52 }, { timing: 'end' });
    expect(start.presentValue).toBe(bruteForce('1000', '0.05', 52, null));
    expect(end.presentValue).toBe(bruteForce('1000', '0.05', 52, null, '0', true));
    expect(strCents(end.presentValue) < strCents(start.presentValue)).toBe(true);
  });
  it('BEN-7 escalation raises the payments at each anniversary (the first 52 are not escalated)', () => {
    const r = presentValue({ weeklyRate: '800', discountRate: '0.06', years: 2, escalationRate: '0.1' }, { timing: 'end' });
    expect(r.presentValue).toBe(bruteForce('800', '0.06', 104, null, '0.1', true));
    expect(presentValue({ weeklyRate: '800', discountRate: '0', weeks: 53, escalationRate: '0.1' }).presentValue).toBe('42480.00'); // 52 × 800 + 880
  });
  it('BEN-7 a discount rate above 5% is flagged, not refused', () => {
    expect(presentValue({ weeklyRate: '800', discountRate: '0.05', award: '1000' }).aboveLumpSumCap).toBe(false);
    expect(presentValue({ weeklyRate: '800', discountRate: '0.0501', award: '1000' }).aboveLumpSumCap).toBe(true);
  });
  it('BEN-7 rounding: the present value is rounded once, at the end, with options.rounding', () => {
    const half = presentValue({ weeklyRate: '0.01', discountRate: '0', weeks: '0.5' }); // last = 0.005 → 0.01 half-up
    expect(half.payments).toEqual({ count: 0, amount: '0.01', last: '0.01' });
    const down = presentValue({ weeklyRate: '0.01', discountRate: '0', weeks: '0.5' }, { rounding: 'halfTrunc' });
    expect([down.payments.last, down.presentValue]).toEqual([null, '0.00']);
    // The exact value is not a whole number of cents: floor and ceil differ by a cent, half-up is one of them.
    const pv = (rounding: 'floor' | 'ceil') =>
      strCents(presentValue({ weeklyRate: '1000', discountRate: '0.05', weeks: 52 }, { rounding }).presentValue);
    expect(pv('ceil') - pv('floor')).toBe(1n);
    expect(pv('floor')).toBe(strCents(bruteForce('1000', '0.05', 52, null)));
  });
  it('BEN-7 half a cent: escalated payments are not rounded, the present value is, once', () => {
    // 52 × 0.01 + 0.01 × 1.5 (the 53rd payment, escalated) = 0.535 exactly.
    const input = { weeklyRate: '0.01', discountRate: '0', weeks: 53, escalationRate: '0.5' };
    expect(presentValue(input).presentValue).toBe('0.54');
    expect(presentValue(input, { rounding: 'halfTrunc' }).presentValue).toBe('0.53');
    expect(presentValue(input, { rounding: 'halfEven' }).presentValue).toBe('0.54');
  });
  it('BEN-7 a present value past the money range is RESULT_OUT_OF_RANGE', () => {
    expectWcraError(() => presentValue({ weeklyRate: '1', discountRate: '0', years: 1000, escalationRate: '1' }), 'RESULT_OUT_OF_RANGE');
  });
});

describe('BEN-7 presentValue: properties', () => {
  it('BEN-7 equals the payments discounted one by one (decimal.js power), to the cent', () => {
    fc.assert(
      fc.property(
        arbRateCents,
        arbDiscount,
        fc.integer({ min: 0, max: 160 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('0', '0.02', '0.035'),
        fc.boolean(),
        (rate, d, weeks, frac, e, atEnd) => {
          const r = presentValue(
            { weeklyRate: centsStr(rate), discountRate: d, weeks: `${weeks}.${String(frac).padStart(2, '0')}`, escalationRate: e },
            { timing: atEnd ? 'end' : 'start' },
          );
          expect(r.payments.count).toBe(weeks);
          expect(r.presentValue).toBe(bruteForce(r.payments.amount, d, r.payments.count, r.payments.last, e, atEnd));
        },
      ),
      { numRuns: 40 },
    );
  });
  it('BEN-7 one discount rate, many terms and escalations in any order: each still equals the payments one by one (memoized factors)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbRateCents, fc.integer({ min: 0, max: 130 }), fc.constantFrom('0', '0.02', '0.035')), {
          minLength: 2,
          maxLength: 6,
        }),
        (terms) => {
          for (const [rate, weeks, e] of terms) {
            const r = presentValue({ weeklyRate: centsStr(rate), discountRate: '0.0425', weeks, escalationRate: e });
            expect(r.presentValue).toBe(bruteForce(r.payments.amount, '0.0425', weeks, null, e));
          }
        },
      ),
      { numRuns: 15 },
    );
  });
  it('BEN-7 at 0% the present value is the plain sum of the payments; an award is paid in full', () => {
    fc.assert(
      fc.property(arbRateCents, fc.bigInt({ min: 0n, max: 200_000_000n }), fc.boolean(), (rate, award, atEnd) => {
        const r = presentValue(
          { weeklyRate: centsStr(rate), discountRate: '0', award: centsStr(award) },
          { timing: atEnd ? 'end' : 'start' },
        );
        const last = r.payments.last === null ? 0n : strCents(r.payments.last);
        expect(BigInt(r.payments.count) * rate + last).toBe(award);
        expect(last < rate).toBe(true);
        expect(strCents(r.presentValue)).toBe(award);
      }),
    );
  });
  it('BEN-7 the present value falls as the discount rate rises', () => {
    fc.assert(
      fc.property(arbRateCents, arbDiscount, arbDiscount, fc.integer({ min: 1, max: 2000 }), (rate, a, b, weeks) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a]; // basis points, exact as numbers
        const pv = (d: string) => strCents(presentValue({ weeklyRate: centsStr(rate), discountRate: d, weeks }).presentValue);
        expect(pv(hi) <= pv(lo)).toBe(true);
      }),
    );
  });
  it('BEN-7 the settlement value is the rounded present value x the percent, rounded', () => {
    fc.assert(
      fc.property(arbRateCents, fc.integer({ min: 0, max: 100 }), (rate, pct) => {
        const s = (pct / 100).toString();
        const r = presentValue({ weeklyRate: centsStr(rate), discountRate: '0.05', weeks: 100 }, { settlementPercent: s });
        const expected = new D(r.presentValue).times(s).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
        expect(r.settlementValue).toBe(expected);
      }),
    );
  });
  it('BEN-7 does not mutate its input or options', () => {
    const input = deepFreeze({ weeklyRate: '800', discountRate: '0.05', award: '85377.60', escalationRate: '0.02' });
    const options = deepFreeze({ timing: 'end' as const, settlementPercent: '0.9', explain: true });
    expect(presentValue(input, options).payments.count).toBe(106);
  });
});

describe('BEN-7 presentValue: bad input', () => {
  it('BEN-7 exactly one of weeks, years and award', () => {
    expectIssues(() => presentValue({ weeklyRate: '800', discountRate: '0.05' }), [{ path: ['weeks'], code: 'required' }]);
    expectIssues(
      () => presentValue({ weeklyRate: '800', discountRate: '0.05', weeks: 1, years: 1, award: '1' }),
      [
        { path: ['years'], code: 'conflict' },
        { path: ['award'], code: 'conflict' },
      ],
    );
  });
  it('BEN-7 codes for bad values', () => {
    expectIssues(
      () => presentValue({ weeklyRate: '0', discountRate: '0.05', award: '100' }),
      [{ path: ['weeklyRate'], code: 'out_of_range' }],
    );
    expectIssues(
      () => presentValue({ weeklyRate: '800.001', discountRate: '5', weeks: 52_001, escalationRate: '-0.01' }),
      [
        { path: ['weeklyRate'], code: 'too_many_decimals' },
        { path: ['discountRate'], code: 'out_of_range' },
        { path: ['weeks'], code: 'out_of_range' },
        { path: ['escalationRate'], code: 'out_of_range' },
      ],
    );
    expectIssues(
      () => presentValue({ weeklyRate: '800', discountRate: '0.05', years: '1001' }),
      [{ path: ['years'], code: 'out_of_range' }],
    );
    expectIssues(() => presentValue({ weeklyRate: '800', discountRate: '0.05', award: 'x' }), [{ path: ['award'], code: 'not_money' }]);
    expectIssues(
      () => presentValue({ weeklyRate: '800', discountRate: '0.05', weeks: 1 }, { timing: 'middle' as never, settlementPercent: '1.5' }),
      [
        { path: ['options', 'timing'], code: 'not_one_of' },
        { path: ['options', 'settlementPercent'], code: 'out_of_range' },
      ],
    );
  });
});

describe('BEN-7 presentValue: explain', () => {
  it('BEN-7 steps: weekly rate, payments, present value, settlement', () => {
    const r = presentValue({ weeklyRate: '800', discountRate: '0.05', award: '85377.60' }, { settlementPercent: '0.9', explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['BEN-7', 'BEN-7', 'BEN-7', 'BEN-7']);
    expect(r.steps?.map((s) => s.result.value)).toEqual(['0.000938712703', '106 + 577.60', '81280.22', '73152.20']);
    const capped = presentValue({ weeklyRate: '800', discountRate: '0.06', weeks: 10 }, { explain: true });
    expect(capped.steps?.map((s) => s.rule)).toEqual(['BEN-7', 'BEN-7', 'BEN-7']);
  });
});

describe('presentValue: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(presentValueDefinition)).toMatchInlineSnapshot(`
      "BEN-7  Weekly discount rate = (1 + d)^(1/52) - 1
        Annual discount rate                                                5%
        ----------------------------------------------------------------------
        Weekly discount rate (12 places)                         0.0938712703%

      BEN-7  Payments: full weekly payments, then the remainder a week after the last one
        Award                                                       $85,377.60
        Weekly rate                                                    $800.00
        ----------------------------------------------------------------------
        Full payments + last                                      106 + 577.60

      BEN-7  Present value of the payments (the first at once, then weekly), x (1 + e) at each anniversary, rounded to cents at the end
        Payments                                                           107
        Escalation rate                                                     0%
        ----------------------------------------------------------------------
        Present value                                               $81,280.22

      BEN-7  Settlement value = present value x settlement percent, rounded to cents
        Present value                                               $81,280.22
        Settlement percent                                               x 90%
        ----------------------------------------------------------------------
        Settlement value                                            $73,152.20"
    `);
  });
});
