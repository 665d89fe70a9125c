import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, installmentSchedule, reinsurancePremium } from 'wcra-calc';
import { installmentScheduleDefinition } from '../../src/billing/installmentSchedule.js';
import { catchWcra } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues, money, onlyWcraErrors } from './helpers.js';

const amounts = (r: { installments: ReadonlyArray<{ amount: string }> }) => r.installments.map((i) => i.amount);

describe('installmentSchedule: worked examples', () => {
  it('GEN-3 100,000.03 quarterly: leftover cents to the earliest installments', () => {
    const r = installmentSchedule({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' });
    expect(r).toStrictEqual({
      installments: [
        { number: 1, dueDate: '2024-02-01', invoiceDate: '2024-01-12', amount: '25000.01' },
        { number: 2, dueDate: '2024-04-01', invoiceDate: '2024-03-12', amount: '25000.01' },
        { number: 3, dueDate: '2024-07-01', invoiceDate: '2024-06-11', amount: '25000.01' },
        { number: 4, dueDate: '2024-10-01', invoiceDate: '2024-09-11', amount: '25000.00' },
      ],
    });
  });

  it('BIL-2 seed 002 estimate $954,000 paid annually: one installment due February 1', () => {
    const premium = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' });
    const r = installmentSchedule({ coverageYear: 2022, amount: premium.total, plan: 'annual' });
    expect(r.installments).toStrictEqual([{ number: 1, dueDate: '2022-02-01', invoiceDate: '2022-01-12', amount: '954000.00' }]);
  });

  it('BIL-2 seed 002 estimate $954,000 quarterly: four equal installments of $238,500', () => {
    const r = installmentSchedule({ coverageYear: 2022, amount: 954000, plan: 'quarterly' });
    expect(amounts(r)).toStrictEqual(['238500.00', '238500.00', '238500.00', '238500.00']);
  });

  it('BIL-3 invoiceLeadDays changes the invoice dates, not the due dates', () => {
    const r = installmentSchedule({ coverageYear: 2023, amount: '4', plan: 'quarterly' }, { invoiceLeadDays: 30 });
    expect(r.installments.map((i) => [i.invoiceDate, i.dueDate])).toStrictEqual([
      ['2023-01-02', '2023-02-01'],
      ['2023-03-02', '2023-04-01'],
      ['2023-06-01', '2023-07-01'],
      ['2023-09-01', '2023-10-01'],
    ]);
  });

  it('BIL-2 explain: steps name the plan, each split (GEN-3) and each invoice date (BIL-3)', () => {
    const r = installmentSchedule({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BIL-2', 'GEN-3', 'BIL-3', 'GEN-3', 'BIL-3', 'GEN-3', 'BIL-3', 'GEN-3', 'BIL-3']);
    expect(r.steps?.[7]?.result).toStrictEqual({ label: 'Installment 4 (due 2024-10-01)', value: '25000.00', kind: 'money' });
    expect(r.steps?.[2]?.result).toStrictEqual({ label: 'Invoice 1 date', value: '2024-01-12', kind: 'date' });
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$25,000.01');
    expect(sheet).toContain('$100,000.03');
    const annual = installmentSchedule({ coverageYear: 2024, amount: '10', plan: 'annual' }, { explain: true });
    expect(annual.steps?.map((s) => s.rule)).toStrictEqual(['BIL-2', 'BIL-2', 'BIL-3']);
    expect(annual.steps?.[0]?.result.value).toBe('1');
  });

  it('BIL-2 without explain there are no steps', () => {
    expect('steps' in installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { explain: false })).toBe(false);
  });
});

describe('installmentSchedule: edge cases', () => {
  it('GEN-3 0.03 split four ways: 0.01, 0.01, 0.01, 0.00', () => {
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: '0.03', plan: 'quarterly' }))).toStrictEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.00',
    ]);
  });

  it('GEN-3 zero amount: four installments of 0.00 (and -0 is zero)', () => {
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: '0', plan: 'quarterly' }))).toStrictEqual([
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: '-0.00', plan: 'annual' }))).toStrictEqual(['0.00']);
  });

  it('GEN-3 a total near 2^53 cents (90,071,992,547,409.91) splits exactly', () => {
    const r = installmentSchedule({ coverageYear: 2024, amount: '90071992547409.91', plan: 'quarterly' });
    expect(amounts(r)).toStrictEqual(['22517998136852.48', '22517998136852.48', '22517998136852.48', '22517998136852.47']);
    expect(amounts(r).reduce((s, a) => s + cents(a), 0n)).toBe(9007199254740991n);
    const r2 = installmentSchedule({ coverageYear: 2024, amount: '90071992547409.90', plan: 'quarterly' });
    expect(amounts(r2)).toStrictEqual(['22517998136852.48', '22517998136852.48', '22517998136852.47', '22517998136852.47']);
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: '90071992547409.91', plan: 'annual' }))).toStrictEqual([
      '90071992547409.91',
    ]);
  });

  it('GEN-1 one cent above 2^53 − 1 cents is rejected', () => {
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '90071992547409.92', plan: 'quarterly' }),
      [{ path: ['amount'], code: 'out_of_range' }],
    );
  });

  it('BIL-3 leap years: 45 days before April 1 is February 16 in 2024, February 15 in 2023', () => {
    const leap = installmentSchedule({ coverageYear: 2024, amount: '4', plan: 'quarterly' }, { invoiceLeadDays: 45 });
    const common = installmentSchedule({ coverageYear: 2023, amount: '4', plan: 'quarterly' }, { invoiceLeadDays: 45 });
    expect(leap.installments[1]?.invoiceDate).toBe('2024-02-16');
    expect(common.installments[1]?.invoiceDate).toBe('2023-02-15');
    const century = installmentSchedule({ coverageYear: 2100, amount: '4', plan: 'quarterly' }, { invoiceLeadDays: 45 });
    expect(century.installments[1]?.invoiceDate).toBe('2100-02-15');
    const y2000 = installmentSchedule({ coverageYear: 2000, amount: '4', plan: 'quarterly' }, { invoiceLeadDays: 45 });
    expect(y2000.installments[1]?.invoiceDate).toBe('2000-02-16');
  });

  it('BIL-3 invoice lead of 0 days: invoiced on the due date; 366 days: the year before', () => {
    const r0 = installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { invoiceLeadDays: 0 });
    expect(r0.installments[0]?.invoiceDate).toBe('2024-02-01');
    const r366 = installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { invoiceLeadDays: 366 });
    expect(r366.installments[0]?.invoiceDate).toBe('2023-01-31');
  });

  it('GEN-3 amounts given as numbers and with trailing zeros are read exactly', () => {
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: 0.07, plan: 'quarterly' }))).toStrictEqual([
      '0.02',
      '0.02',
      '0.02',
      '0.01',
    ]);
    expect(amounts(installmentSchedule({ coverageYear: 2024, amount: '1.2500', plan: 'quarterly' }))).toStrictEqual([
      '0.32',
      '0.31',
      '0.31',
      '0.31',
    ]);
  });

  it('BIL-2 first and last accepted coverage years', () => {
    expect(installmentSchedule({ coverageYear: 1900, amount: '1', plan: 'annual' }).installments[0]?.invoiceDate).toBe('1900-01-12');
    expect(installmentSchedule({ coverageYear: 2200, amount: '1', plan: 'quarterly' }).installments[3]?.dueDate).toBe('2200-10-01');
  });
});

describe('properties', () => {
  const year = fc.integer({ min: 1900, max: 2200 });
  const total = fc.bigInt({ min: 0n, max: 9007199254740991n });

  it('GEN-3 installments sum exactly to the amount and differ by at most one cent', () => {
    fc.assert(
      fc.property(year, total, fc.constantFrom('annual' as const, 'quarterly' as const), (coverageYear, c, plan) => {
        const parts = installmentSchedule({ coverageYear, amount: money(c), plan }).installments.map((i) => cents(i.amount));
        expect(parts.length).toBe(plan === 'annual' ? 1 : 4);
        expect(parts.reduce((s, p) => s + p, 0n)).toBe(c);
        const max = parts.reduce((m, p) => (p > m ? p : m));
        const min = parts.reduce((m, p) => (p < m ? p : m));
        expect(max - min <= 1n).toBe(true);
      }),
    );
  });

  it('GEN-3 earlier installments are never smaller than later ones; each is the exact quarter rounded to the cent', () => {
    fc.assert(
      fc.property(year, total, (coverageYear, c) => {
        const parts = installmentSchedule({ coverageYear, amount: money(c), plan: 'quarterly' }).installments.map((i) => cents(i.amount));
        for (let i = 1; i < parts.length; i++) expect((parts[i - 1] as bigint) >= (parts[i] as bigint)).toBe(true);
        // The first (c mod 4) installments carry the extra cent.
        parts.forEach((p, i) => {
          expect(p).toBe(c / 4n + (BigInt(i) < c % 4n ? 1n : 0n));
        });
      }),
    );
  });

  it('BIL-2 due dates strictly increase and each invoice comes invoiceLeadDays before its due date', () => {
    fc.assert(
      fc.property(
        year.filter((y) => y > 1900),
        fc.integer({ min: 0, max: 366 }),
        (coverageYear, lead) => {
          const r = installmentSchedule({ coverageYear, amount: '1000', plan: 'quarterly' }, { invoiceLeadDays: lead });
          const due = r.installments.map((i) => i.dueDate);
          for (let i = 1; i < due.length; i++) expect((due[i - 1] as string) < (due[i] as string)).toBe(true);
          for (const inst of r.installments) {
            const [y, m, d] = inst.dueDate.split('-').map(Number) as [number, number, number];
            const [iy, im, id] = inst.invoiceDate.split('-').map(Number) as [number, number, number];
            expect(Date.UTC(y, m - 1, d) - Date.UTC(iy, im - 1, id)).toBe(lead * 86_400_000);
          }
        },
      ),
    );
  });
});

describe('installmentSchedule: the supported range (issue 14 item 5)', () => {
  it('BIL-2 an invoice date that would fall before 1900-01-01 is RESULT_OUT_OF_RANGE, never returned', () => {
    const first = installmentSchedule({ coverageYear: 1900, amount: '1000', plan: 'quarterly' }, { invoiceLeadDays: 31 });
    expect(first.installments[0]?.invoiceDate).toBe('1900-01-01');
    expect(
      catchWcra(() => installmentSchedule({ coverageYear: 1900, amount: '1000', plan: 'quarterly' }, { invoiceLeadDays: 32 })).code,
    ).toBe('RESULT_OUT_OF_RANGE');
  });
});

describe('installmentSchedule: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' as const });
    const options = deepFreeze({ explain: true, invoiceLeadDays: 20 });
    expect(() => installmentSchedule(input, options)).not.toThrow();
    expect(input).toStrictEqual({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' });
  });

  it('GEN-1 negative amounts are INVALID_INPUT (credits are settled by settleAdjustment)', () => {
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '-0.01', plan: 'quarterly' }),
      [{ path: ['amount'], code: 'out_of_range' }],
    );
  });

  it('GEN-1 fractions of a cent are INVALID_INPUT', () => {
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '100.005', plan: 'quarterly' }),
      [{ path: ['amount'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: 0.1 + 0.2, plan: 'annual' }),
      [{ path: ['amount'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: 1e-7, plan: 'annual' }),
      [{ path: ['amount'], code: 'too_many_decimals' }],
    );
  });

  it('bad input: null, wrong types, unknown plan, bad year, unknown fields, bad options', () => {
    expectIssues(() => installmentSchedule(null as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(() => installmentSchedule([] as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: 'abc', plan: 'annual' }),
      [{ path: ['amount'], code: 'not_money' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: null as never, plan: 'annual' }),
      [{ path: ['amount'], code: 'not_money' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: Number.NaN, plan: 'annual' }),
      [{ path: ['amount'], code: 'not_money' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'monthly' as never }),
      [{ path: ['plan'], code: 'not_one_of' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: '2024' as never, amount: '1', plan: 'annual' }),
      [{ path: ['coverageYear'], code: 'not_an_integer' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024.5, amount: '1', plan: 'annual' }),
      [{ path: ['coverageYear'], code: 'not_an_integer' }],
    );
    expectIssues(() => installmentSchedule({ amount: '1', plan: 'annual' } as never), [{ path: ['coverageYear'], code: 'required' }]);
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual', extra: 1 } as never),
      [{ path: ['extra'], code: 'unknown_field' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { invoiceLeadDays: -1 }),
      [{ path: ['options', 'invoiceLeadDays'], code: 'out_of_range' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { invoiceLeadDays: 2.5 }),
      [{ path: ['options', 'invoiceLeadDays'], code: 'not_an_integer' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, { explain: 'yes' as never }),
      [{ path: ['options', 'explain'], code: 'wrong_type' }],
    );
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'annual' }, null as never),
      [{ path: ['options'], code: 'wrong_type' }],
    );
  });
  it('GEN-1 any value for the input, a field or the options throws only WcraError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        onlyWcraErrors(() => installmentSchedule(x as never));
        onlyWcraErrors(() =>
          installmentSchedule({ ...{ coverageYear: 2024, amount: '1', plan: 'quarterly' }, amount: x } as never, y as never),
        );
        onlyWcraErrors(() =>
          installmentSchedule({ coverageYear: 2024, amount: '1', plan: 'quarterly' }, { explain: true, other: y } as never),
        );
      }),
    );
  });
});

describe('installmentSchedule: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(installmentScheduleDefinition)).toMatchInlineSnapshot(`
      "BIL-2  Quarterly plan: four equal installments, due February 1, April 1, July 1 and October 1
        Coverage year                                                     2024
        Payment plan                                                 quarterly
        ----------------------------------------------------------------------
        Installments                                                         4

      GEN-3  Installment 1 of 4, due 2024-02-01: total / 4 floored to the cent, leftover cents one each to the earliest
        Total amount                                               $100,000.03
        Installments                                                         4
        ----------------------------------------------------------------------
        Installment 1 (due 2024-02-01)                              $25,000.01

      BIL-3  Invoice 1 is e-mailed 20 days before due
        Due date                                                    2024-02-01
        Days before the due date                                          - 20
        ----------------------------------------------------------------------
        Invoice 1 date                                              2024-01-12

      GEN-3  Installment 2 of 4, due 2024-04-01: total / 4 floored to the cent, leftover cents one each to the earliest
        Total amount                                               $100,000.03
        Installments                                                         4
        ----------------------------------------------------------------------
        Installment 2 (due 2024-04-01)                              $25,000.01

      BIL-3  Invoice 2 is e-mailed 20 days before due
        Due date                                                    2024-04-01
        Days before the due date                                          - 20
        ----------------------------------------------------------------------
        Invoice 2 date                                              2024-03-12

      GEN-3  Installment 3 of 4, due 2024-07-01: total / 4 floored to the cent, leftover cents one each to the earliest
        Total amount                                               $100,000.03
        Installments                                                         4
        ----------------------------------------------------------------------
        Installment 3 (due 2024-07-01)                              $25,000.01

      BIL-3  Invoice 3 is e-mailed 20 days before due
        Due date                                                    2024-07-01
        Days before the due date                                          - 20
        ----------------------------------------------------------------------
        Invoice 3 date                                              2024-06-11

      GEN-3  Installment 4 of 4, due 2024-10-01: total / 4 floored to the cent, leftover cents one each to the earliest
        Total amount                                               $100,000.03
        Installments                                                         4
        ----------------------------------------------------------------------
        Installment 4 (due 2024-10-01)                              $25,000.00

      BIL-3  Invoice 4 is e-mailed 20 days before due
        Due date                                                    2024-10-01
        Days before the due date                                          - 20
        ----------------------------------------------------------------------
        Invoice 4 date                                              2024-09-11"
    `);
  });
});
