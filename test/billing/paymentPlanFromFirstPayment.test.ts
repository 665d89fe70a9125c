import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, installmentSchedule, paymentPlanFromFirstPayment } from 'wcra-calc';
import { paymentPlanFromFirstPaymentDefinition } from '../../src/billing/paymentPlanFromFirstPayment.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues, money, onlyWcraErrors } from './helpers.js';

const sum = (list: ReadonlyArray<{ amount: string }>) => list.reduce((s, i) => s + cents(i.amount), 0n);

describe('paymentPlanFromFirstPayment: worked examples', () => {
  it('BIL-2 the first quarterly installment paid: quarterly, the other three invoiced', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '25000.01' })).toStrictEqual({
      plan: 'quarterly',
      firstInstallment: '25000.01',
      remaining: [
        { number: 2, dueDate: '2024-04-01', invoiceDate: '2024-03-12', amount: '25000.01' },
        { number: 3, dueDate: '2024-07-01', invoiceDate: '2024-06-11', amount: '25000.01' },
        { number: 4, dueDate: '2024-10-01', invoiceDate: '2024-09-11', amount: '25000.00' },
      ],
      shortfall: '0.00',
      overpayment: '0.00',
    });
  });

  it('BIL-2 the full premium paid: annual, nothing remains', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2022, amount: '954000', firstPayment: '954000.00' })).toStrictEqual({
      plan: 'annual',
      firstInstallment: '238500.00',
      remaining: [],
      shortfall: '0.00',
      overpayment: '0.00',
    });
  });

  it('BIL-2 less than the first installment: shortfall, the unpaid part of installment 1 stays due February 1', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '20000' })).toStrictEqual({
      plan: 'shortfall',
      firstInstallment: '25000.01',
      remaining: [
        { number: 1, dueDate: '2024-02-01', invoiceDate: '2024-01-12', amount: '5000.01' },
        { number: 2, dueDate: '2024-04-01', invoiceDate: '2024-03-12', amount: '25000.01' },
        { number: 3, dueDate: '2024-07-01', invoiceDate: '2024-06-11', amount: '25000.01' },
        { number: 4, dueDate: '2024-10-01', invoiceDate: '2024-09-11', amount: '25000.00' },
      ],
      shortfall: '5000.01',
      overpayment: '0.00',
    });
  });

  it('BIL-2 convention: a payment between the first installment and the amount is quarterly, the excess credited to the next installments', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '30000' });
    expect(r.plan).toBe('quarterly');
    expect(r.remaining.map((i) => [i.number, i.amount])).toStrictEqual([
      [2, '20000.02'],
      [3, '25000.01'],
      [4, '25000.00'],
    ]);
    // The excess covers April entirely and part of July: April is not invoiced.
    const big = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '60000' });
    expect(big.remaining.map((i) => [i.number, i.amount])).toStrictEqual([
      [3, '15000.03'],
      [4, '25000.00'],
    ]);
    const oneCentShort = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '100000.02' });
    expect(oneCentShort.plan).toBe('quarterly');
    expect(oneCentShort.remaining).toStrictEqual([{ number: 4, dueDate: '2024-10-01', invoiceDate: '2024-09-11', amount: '0.01' }]);
  });

  it('BIL-2 more than the amount paid: annual, the excess reported as overpayment', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '1000', firstPayment: '1000.50' });
    expect(r).toStrictEqual({ plan: 'annual', firstInstallment: '250.00', remaining: [], shortfall: '0.00', overpayment: '0.50' });
  });

  it('BIL-2 explain: first installment (GEN-3), the decision, then the shortfall or overpayment and each remaining installment', () => {
    const q = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '25000.01' }, { explain: true });
    expect(q.steps?.map((s) => s.rule)).toStrictEqual(['GEN-3', 'BIL-2', 'BIL-2', 'BIL-2', 'BIL-2']);
    expect(q.steps?.[1]?.result).toStrictEqual({ label: 'Plan', value: 'quarterly', kind: 'text' });
    expect(q.steps?.[2]?.result).toStrictEqual({ label: 'Installment 2 (due 2024-04-01)', value: '25000.01', kind: 'money' });
    const s = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '10' }, { explain: true });
    expect(s.steps?.[2]?.result).toStrictEqual({ label: 'Shortfall', value: '15.00', kind: 'money' });
    const a = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '101' }, { explain: true });
    expect(a.steps?.map((x) => x.result.label)).toStrictEqual(['First installment', 'Plan', 'Overpayment']);
    const exact = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '100' }, { explain: true });
    expect(exact.steps?.length).toBe(2);
    expect(formatWorksheet(s.steps ?? [])).toContain('$15.00');
  });
});

describe('paymentPlanFromFirstPayment: edge cases', () => {
  it('BIL-2 exactly at the first installment is quarterly; one cent less is a one-cent shortfall', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '0.03', firstPayment: '0.01' }).plan).toBe('quarterly');
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '0.03', firstPayment: '0.00' });
    expect(r.plan).toBe('shortfall');
    expect(r.shortfall).toBe('0.01');
    // 0.03 split four ways leaves a 0.00 fourth installment: nothing to invoice, so it is left out.
    expect(r.remaining.map((i) => i.number)).toStrictEqual([1, 2, 3]);
  });

  it('BIL-2 exactly the amount is annual; one cent less is quarterly', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '1000', firstPayment: '1000' }).plan).toBe('annual');
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '1000', firstPayment: '999.99' }).plan).toBe('quarterly');
  });

  it('BIL-2 zero amount is annual with nothing remaining', () => {
    expect(paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '0', firstPayment: '0' })).toStrictEqual({
      plan: 'annual',
      firstInstallment: '0.00',
      remaining: [],
      shortfall: '0.00',
      overpayment: '0.00',
    });
  });

  it('BIL-2 nothing paid: the whole quarterly schedule remains and the shortfall is the first installment', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: 0 });
    expect(r.shortfall).toBe('25000.01');
    expect(r.remaining).toStrictEqual(installmentSchedule({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' }).installments);
  });

  it('GEN-3 a total near 2^53 cents', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '90071992547409.91', firstPayment: '22517998136852.48' });
    expect(r.plan).toBe('quarterly');
    expect(r.remaining.map((i) => i.amount)).toStrictEqual(['22517998136852.48', '22517998136852.48', '22517998136852.47']);
    const over = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '0', firstPayment: '90071992547409.91' });
    expect(over.overpayment).toBe('90071992547409.91');
  });

  it('BIL-3 invoiceLeadDays applies to the remaining installments (leap year 2024)', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '4', firstPayment: '1' }, { invoiceLeadDays: 45 });
    expect(r.remaining[0]?.invoiceDate).toBe('2024-02-16');
  });
});

describe('properties', () => {
  const year = fc.integer({ min: 1900, max: 2200 });
  const amountAndPaid = fc
    .bigInt({ min: 0n, max: 9007199254740991n })
    .chain((a) => fc.tuple(fc.constant(a), fc.oneof(fc.bigInt({ min: 0n, max: a }), fc.bigInt({ min: 0n, max: 9007199254740991n }))));

  it('BIL-2 first payment + remaining installments = amount (when no more than the amount is paid)', () => {
    fc.assert(
      fc.property(year, amountAndPaid, (coverageYear, [a, p]) => {
        const r = paymentPlanFromFirstPayment({ coverageYear, amount: money(a), firstPayment: money(p) });
        if (p >= a) {
          expect(r.plan).toBe('annual');
          expect(r.remaining).toStrictEqual([]);
          expect(cents(r.overpayment)).toBe(p - a);
        } else {
          expect(sum(r.remaining) + p).toBe(a);
          expect(cents(r.overpayment)).toBe(0n);
          expect(r.plan).toBe(p >= cents(r.firstInstallment) ? 'quarterly' : 'shortfall');
          expect(cents(r.shortfall)).toBe(r.plan === 'shortfall' ? cents(r.firstInstallment) - p : 0n);
        }
      }),
    );
  });

  it('BIL-2 remaining installments are positive, due dates strictly increase, and none exceeds its scheduled amount', () => {
    fc.assert(
      fc.property(year, amountAndPaid, (coverageYear, [a, p]) => {
        const r = paymentPlanFromFirstPayment({ coverageYear, amount: money(a), firstPayment: money(p) });
        const schedule = installmentSchedule({ coverageYear, amount: money(a), plan: 'quarterly' }).installments;
        expect(r.firstInstallment).toBe(schedule[0]?.amount);
        for (let i = 0; i < r.remaining.length; i++) {
          const inst = r.remaining[i];
          expect(cents(inst?.amount ?? '0') > 0n).toBe(true);
          expect(cents(inst?.amount ?? '0') <= cents(schedule[(inst?.number ?? 1) - 1]?.amount ?? '0')).toBe(true);
          if (i > 0) expect((r.remaining[i - 1]?.dueDate ?? '') < (inst?.dueDate ?? '')).toBe(true);
        }
      }),
    );
  });
});

describe('paymentPlanFromFirstPayment: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ coverageYear: 2024, amount: '100000.03', firstPayment: '30000' });
    expect(paymentPlanFromFirstPayment(input, deepFreeze({ explain: true })).plan).toBe('quarterly');
    expect(input).toStrictEqual({ coverageYear: 2024, amount: '100000.03', firstPayment: '30000' });
  });

  it('bad input: negative amounts, fractions of a cent, null, wrong types, missing fields', () => {
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '-5', firstPayment: '0' }),
      [{ path: ['amount'], code: 'out_of_range' }],
    );
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '5', firstPayment: '-1' }),
      [{ path: ['firstPayment'], code: 'out_of_range' }],
    );
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '5', firstPayment: 'five' }),
      [{ path: ['firstPayment'], code: 'not_money' }],
    );
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '5.001', firstPayment: '1' }),
      [{ path: ['amount'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '5' } as never),
      [{ path: ['firstPayment'], code: 'required' }],
    );
    expectIssues(() => paymentPlanFromFirstPayment(null as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 1899, amount: '5', firstPayment: '1' }),
      [{ path: ['coverageYear'], code: 'out_of_range' }],
    );
    expectIssues(
      () => paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '5', firstPayment: '1' }, { invoiceLeadDays: 367 }),
      [{ path: ['options', 'invoiceLeadDays'], code: 'out_of_range' }],
    );
  });
  it('GEN-1 any value for the input, a field or the options throws only WcraError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        onlyWcraErrors(() => paymentPlanFromFirstPayment(x as never));
        onlyWcraErrors(() =>
          paymentPlanFromFirstPayment({ ...{ coverageYear: 2024, amount: '1', firstPayment: '1' }, firstPayment: x } as never, y as never),
        );
        onlyWcraErrors(() =>
          paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '1', firstPayment: '1' }, { explain: true, other: y } as never),
        );
      }),
    );
  });
});

describe('paymentPlanFromFirstPayment: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(paymentPlanFromFirstPaymentDefinition)).toMatchInlineSnapshot(`
      "GEN-3  First quarterly installment = amount / 4 floored to the cent, leftover cents to the earliest
        Amount billed                                              $100,000.03
        Installments                                                         4
        ----------------------------------------------------------------------
        First installment                                           $25,000.01

      BIL-2  Annual if the first payment covers the amount, quarterly if it covers the first installment, else a shortfall
        First payment                                               $25,000.01
        Amount billed                                              $100,000.03
        First installment                                           $25,000.01
        ----------------------------------------------------------------------
        Plan                                                         quarterly

      BIL-2  Installment 2 left after the first payment (applied in due-date order), due 2024-04-01, invoiced 2024-03-12 (BIL-3)
        Amount billed                                              $100,000.03
        First payment                                             - $25,000.01
        ----------------------------------------------------------------------
        Installment 2 (due 2024-04-01)                              $25,000.01

      BIL-2  Installment 3 left after the first payment (applied in due-date order), due 2024-07-01, invoiced 2024-06-11 (BIL-3)
        Amount billed                                              $100,000.03
        First payment                                             - $25,000.01
        ----------------------------------------------------------------------
        Installment 3 (due 2024-07-01)                              $25,000.01

      BIL-2  Installment 4 left after the first payment (applied in due-date order), due 2024-10-01, invoiced 2024-09-11 (BIL-3)
        Amount billed                                              $100,000.03
        First payment                                             - $25,000.01
        ----------------------------------------------------------------------
        Installment 4 (due 2024-10-01)                              $25,000.00"
    `);
  });
});
