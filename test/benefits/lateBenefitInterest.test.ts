import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lateBenefitInterestDefinition } from '../../src/benefits/lateBenefitInterest.js';
import { LATE_INTEREST_RATE_TABLE, lateBenefitInterest } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const payments = [
  { amount: '1000', dueDate: '2025-01-10', paidDate: '2025-03-11' },
  { amount: '850.50', dueDate: '2025-01-24', paidDate: '2025-02-07' },
];
const example = { payments, rate: '0.04' };
const table = [
  { from: '2024-01-01', to: '2024-12-31', rate: '0.05', source: 'my 2024 rate' },
  { from: '2025-01-01', to: '2025-12-31', rate: '0.04' },
];

/** A date `days` after 2024-01-01 (test-only arithmetic in UTC). */
function dayAfter(days: number): string {
  return new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
}

describe('BEN-11 lateBenefitInterest: values', () => {
  it('BEN-11 simple interest per payment, days/365: 1,000 × 4% × 60 / 365 and 850.50 × 4% × 14 / 365', () => {
    expect(lateBenefitInterest(example)).toStrictEqual({
      payments: [
        { daysLate: 60, rate: '0.04', interest: '6.58' },
        { daysLate: 14, rate: '0.04', interest: '1.30' },
      ],
      total: '7.88',
    });
  });

  it('BEN-11 weeks/52: the weeks late are the days late / 7, not rounded', () => {
    // 1,000 × 0.04 × (60 / 7) / 52 = 6.5934…; 850.50 × 0.04 × 2 / 52 = 1.3084…
    expect(lateBenefitInterest(example, { basis: 'weeks/52' })).toStrictEqual({
      payments: [
        { daysLate: 60, rate: '0.04', interest: '6.59' },
        { daysLate: 14, rate: '0.04', interest: '1.31' },
      ],
      total: '7.90',
    });
  });

  it('GEN-4 paid on the due date (or before) is 0 days late and no interest; the day after is 1', () => {
    const r = lateBenefitInterest({
      rate: '0.1',
      payments: [
        { amount: '36500', dueDate: '2025-05-01', paidDate: '2025-05-01' },
        { amount: '36500', dueDate: '2025-05-01', paidDate: '2025-04-20' },
        { amount: '36500', dueDate: '2025-05-01', paidDate: '2025-05-02' },
      ],
    });
    expect(r.payments.map((p) => [p.daysLate, p.interest])).toStrictEqual([
      [0, '0.00'],
      [0, '0.00'],
      [1, '10.00'],
    ]);
  });

  it('BEN-11 the rate in force on the due date, from the caller table (not the paid date)', () => {
    const r = lateBenefitInterest(
      { payments: [{ amount: '36500', dueDate: '2024-12-31', paidDate: '2025-01-10' }, payments[0] as (typeof payments)[0]] },
      { rateTable: table },
    );
    expect(r.payments).toStrictEqual([
      { daysLate: 10, rate: '0.05', interest: '50.00' },
      { daysLate: 60, rate: '0.04', interest: '6.58' },
    ]);
    expect(r.total).toBe('56.58');
  });

  it('BEN-11 no rate is built in: without rate or a covering table it is UNKNOWN_PERIOD', () => {
    expect(LATE_INTEREST_RATE_TABLE).toStrictEqual([]);
    expect(Object.isFrozen(LATE_INTEREST_RATE_TABLE)).toBe(true);
    const err = expectWcraError(() => lateBenefitInterest({ payments }), 'UNKNOWN_PERIOD');
    expect(err.details).toStrictEqual({ dueDate: '2025-01-10' });
    expectWcraError(
      () => lateBenefitInterest({ payments }, { rateTable: [{ from: '2025-01-11', to: '2025-12-31', rate: '0.04' }] }),
      'UNKNOWN_PERIOD',
    );
  });

  it('BEN-11 half a cent rounds half-up by default; options.rounding changes it', () => {
    // 18.25 × 0.1 × 1 / 365 = 0.005 exactly; 18.20 × 0.1 × 1 / 364 = 0.005 exactly.
    const one = (amount: string) => ({ rate: '0.1', payments: [{ amount, dueDate: '2025-01-01', paidDate: '2025-01-02' }] });
    expect(lateBenefitInterest(one('18.25')).total).toBe('0.01');
    expect(lateBenefitInterest(one('18.25'), { rounding: 'trunc' }).total).toBe('0.00');
    expect(lateBenefitInterest(one('18.20'), { basis: 'weeks/52' }).total).toBe('0.01');
    expect(lateBenefitInterest(one('18.20'), { basis: 'weeks/52', rounding: 'halfEven' }).total).toBe('0.00');
  });

  it('BEN-11 the total is the sum of the rounded interest, not the rounded sum', () => {
    // Each 14.60 × 0.1 / 365 = 0.004 → 0.00; unrounded the three would make 0.012 → 0.01.
    const p = { amount: '14.60', dueDate: '2025-01-01', paidDate: '2025-01-02' };
    expect(lateBenefitInterest({ rate: '0.1', payments: [p, p, p] }).total).toBe('0.00');
  });
});

describe('BEN-11 lateBenefitInterest: properties', () => {
  const payment = fc.record({
    cents: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    due: fc.integer({ min: 0, max: 3000 }),
    late: fc.integer({ min: -30, max: 2000 }),
  });

  it('BEN-11 GEN-4 differential: each interest is round-half-up(a × r × days / 365 or / 364) in bigint; the total their sum', () => {
    fc.assert(
      fc.property(
        fc.array(payment, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (list, bp, weekly) => {
          const input = {
            rate: (bp / 10_000).toString(),
            payments: list.map((p) => ({ amount: centsStr(p.cents), dueDate: dayAfter(p.due), paidDate: dayAfter(p.due + p.late) })),
          };
          const r = lateBenefitInterest(input, { basis: weekly ? 'weeks/52' : 'days/365' });
          const den = 10_000n * (weekly ? 364n : 365n);
          let total = 0n;
          list.forEach((p, i) => {
            const days = BigInt(Math.max(0, p.late));
            const expected = (2n * p.cents * BigInt(bp) * days + den) / (2n * den);
            expect(r.payments[i]?.daysLate).toBe(Number(days));
            expect(strCents(r.payments[i]?.interest as string)).toBe(expected);
            total += expected;
          });
          expect(strCents(r.total)).toBe(total);
        },
      ),
    );
  });

  it('BEN-11 does not mutate its input or options', () => {
    const input = deepFreeze({ payments: payments.map((p) => ({ ...p })) });
    const options = deepFreeze({ rateTable: table.map((e) => ({ ...e })), basis: 'weeks/52' as const });
    expect(lateBenefitInterest(input, options).total).toBe('7.90');
    expect(input.payments).toStrictEqual(payments);
  });
});

describe('BEN-11 lateBenefitInterest: bad input', () => {
  it('BEN-11 a rate and a rate table together are a conflict', () => {
    expectIssues(() => lateBenefitInterest(example, { rateTable: table }), [{ path: ['rate'], code: 'conflict' }]);
  });

  it('BEN-11 codes for bad fields and options', () => {
    expectIssues(() => lateBenefitInterest({ payments: [], rate: '0.04' }), [{ path: ['payments'], code: 'empty_list' }]);
    expectIssues(
      () => lateBenefitInterest({ payments: [{ amount: '-1', dueDate: '2025-13-01', paidDate: 20250101 as never }], rate: '4' }),
      [
        { path: ['payments', 0, 'amount'], code: 'out_of_range' },
        { path: ['payments', 0, 'dueDate'], code: 'not_a_date' },
        { path: ['payments', 0, 'paidDate'], code: 'not_a_date' },
        { path: ['rate'], code: 'out_of_range' },
      ],
    );
    expectIssues(
      () =>
        lateBenefitInterest(
          { payments },
          { basis: 'days/360' as never, rateTable: [{ from: '2025-12-31', to: '2025-01-01', rate: '0.04' }] },
        ),
      [
        { path: ['options', 'basis'], code: 'not_one_of' },
        { path: ['options', 'rateTable', 0, 'to'], code: 'inconsistent' },
      ],
    );
  });
});

describe('BEN-11 lateBenefitInterest: explain', () => {
  it('GEN-4 BEN-11 steps cite the declared rules, with the figures of the result', () => {
    const r = lateBenefitInterest(example, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'BEN-11', 'GEN-4', 'BEN-11', 'BEN-11']);
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['60', '6.58', '14', '1.30', '7.88']);
  });

  it('BEN-11 a rate from the table adds a step naming its source', () => {
    const r = lateBenefitInterest(
      { payments: [{ amount: '100', dueDate: '2024-06-01', paidDate: '2024-06-11' }] },
      { rateTable: table, explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'BEN-11', 'BEN-11', 'BEN-11']);
    expect(r.steps?.[1]?.description).toContain('my 2024 rate');
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Payment 1 interest rate', value: '0.05', kind: 'rate' });
  });
});

describe('lateBenefitInterest: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(lateBenefitInterestDefinition)).toMatchInlineSnapshot(`
      "GEN-4  Payment 1: days late = calendar days from the due date to the paid date (0 when paid on or before it)
        Due date                                                    2025-01-10
        Paid date                                                   2025-03-11
        ----------------------------------------------------------------------
        Payment 1 days late                                                 60

      BEN-11  Payment 1: interest = amount x rate x days late / 365, rounded to cents (library convention: simple interest)
        Amount                                                       $1,000.00
        Annual rate                                                       x 4%
        Days late                                                   x 60 / 365
        ----------------------------------------------------------------------
        Payment 1 interest                                               $6.58

      GEN-4  Payment 2: days late = calendar days from the due date to the paid date (0 when paid on or before it)
        Due date                                                    2025-01-24
        Paid date                                                   2025-02-07
        ----------------------------------------------------------------------
        Payment 2 days late                                                 14

      BEN-11  Payment 2: interest = amount x rate x days late / 365, rounded to cents (library convention: simple interest)
        Amount                                                         $850.50
        Annual rate                                                       x 4%
        Days late                                                   x 14 / 365
        ----------------------------------------------------------------------
        Payment 2 interest                                               $1.30

      BEN-11  Total interest = sum of the payments' interest, each rounded to cents
        Payment 1 interest                                               $6.58
        Payment 2 interest                                             + $1.30
        ----------------------------------------------------------------------
        Total interest                                                   $7.88"
    `);
  });
});
