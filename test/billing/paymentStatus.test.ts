import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, installmentSchedule, paymentStatus } from 'wcra-calc';
import { paymentStatusDefinition } from '../../src/billing/paymentStatus.js';
import { exampleWorksheet } from '../worksheet.js';
import { money as centsStr, deepFreeze, expectIssues, onlyWcraErrors } from './helpers.js';

describe('paymentStatus: worked examples', () => {
  it('GEN-4 received on the due date is on time (0 days late)', () => {
    expect(paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01' })).toStrictEqual({ late: false, daysLate: 0 });
  });

  it('GEN-4 the day after the due date is 1 day late', () => {
    expect(paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-02' })).toStrictEqual({ late: true, daysLate: 1 });
  });

  it('BIL-4 received before the due date is on time', () => {
    expect(paymentStatus({ dueDate: '2024-04-01', receivedOn: '2024-03-12' })).toStrictEqual({ late: false, daysLate: 0 });
  });

  it('BIL-4 each installment of a schedule checked against its due date', () => {
    const { installments } = installmentSchedule({ coverageYear: 2025, amount: '1000', plan: 'quarterly' });
    const received = ['2025-01-30', '2025-04-01', '2025-07-03', '2025-10-31'];
    expect(installments.map((i, k) => paymentStatus({ dueDate: i.dueDate, receivedOn: received[k] as string }))).toStrictEqual([
      { late: false, daysLate: 0 },
      { late: false, daysLate: 0 },
      { late: true, daysLate: 2 },
      { late: true, daysLate: 30 },
    ]);
  });

  it('BIL-4 explain: a GEN-4 day count then the BIL-4 status', () => {
    const r = paymentStatus({ dueDate: '2024-10-01', receivedOn: '2024-10-04' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'BIL-4']);
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Days late', value: '3', kind: 'number' });
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Status', value: 'late', kind: 'text' });
    expect(formatWorksheet(r.steps ?? [])).toContain('2024-10-04');
    const onTime = paymentStatus({ dueDate: '2024-10-01', receivedOn: '2024-10-01' }, { explain: true });
    expect(onTime.steps?.[1]?.result.value).toBe('on time');
  });
});

describe('paymentStatus: late fee (BIL-4, the caller supplies it)', () => {
  const late = { dueDate: '2024-02-01', receivedOn: '2024-02-05' };
  const onTime = { dueDate: '2024-02-01', receivedOn: '2024-02-01' };

  it('BIL-4 a fixed fee is owed in full when late, "0.00" when on time', () => {
    expect(paymentStatus({ ...late, lateFee: { amount: '250' } })).toStrictEqual({ late: true, daysLate: 4, lateFee: '250.00' });
    expect(paymentStatus({ ...onTime, lateFee: { amount: '250' } })).toStrictEqual({ late: false, daysLate: 0, lateFee: '0.00' });
    expect(paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-01-15', lateFee: { amount: 99.99 } }).lateFee).toBe('0.00');
  });

  it('BIL-4 a rate fee is that share of the amount due, rounded once to the cent', () => {
    expect(paymentStatus({ ...late, amountDue: '25000.25', lateFee: { rate: '0.015' } })).toStrictEqual({
      late: true,
      daysLate: 4,
      lateFee: '375.00',
    });
    expect(paymentStatus({ ...onTime, amountDue: '25000.25', lateFee: { rate: '0.015' } }).lateFee).toBe('0.00');
    expect(paymentStatus({ ...late, amountDue: '1000.50', lateFee: { rate: '0.01' } }).lateFee).toBe('10.01'); // 10.005 half-up
  });

  it('GEN-1 the rounding option applies to a rate fee', () => {
    const input = { ...late, amountDue: '1000.50', lateFee: { rate: '0.01' } }; // 10.005
    expect(paymentStatus(input, { rounding: 'halfEven' }).lateFee).toBe('10.00');
    expect(paymentStatus(input, { rounding: 'trunc' }).lateFee).toBe('10.00');
    expect(paymentStatus(input, { rounding: 'halfExpand' }).lateFee).toBe('10.01');
    expect(paymentStatus({ ...late, amountDue: '0.50', lateFee: { rate: '0.01' } }, { rounding: 'ceil' }).lateFee).toBe('0.01');
    expect(paymentStatus({ ...late, amountDue: '0.50', lateFee: { rate: '0.01' } }).lateFee).toBe('0.01'); // 0.005 half-up
    expect(paymentStatus({ ...late, amountDue: '0.49', lateFee: { rate: '0.01' } }).lateFee).toBe('0.00');
  });

  it('BIL-4 without a late fee there is no lateFee field', () => {
    expect(paymentStatus({ ...late, amountDue: '100' })).toStrictEqual({ late: true, daysLate: 4 });
  });

  it('BIL-4 explain: a third step shows the fee', () => {
    const r = paymentStatus({ ...late, amountDue: '25000.25', lateFee: { rate: '0.015' } }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'BIL-4', 'BIL-4']);
    expect(r.steps?.[2]?.inputs.map((i) => i.value)).toStrictEqual(['late', '25000.25', '0.015']);
    expect(r.steps?.[2]?.result).toStrictEqual({ label: 'Late fee owed', value: '375.00', kind: 'money' });
    const fixed = paymentStatus({ ...onTime, lateFee: { amount: '250' } }, { explain: true });
    expect(fixed.steps?.[2]?.inputs.map((i) => i.value)).toStrictEqual(['on time', '250.00']);
    expect(fixed.steps?.[2]?.result.value).toBe('0.00');
    expect(paymentStatus(late, { explain: true }).steps).toHaveLength(2);
  });

  it('BIL-4 bad fees: both or neither, not whole cents, a rate above 1, a rate without the amount due', () => {
    expectIssues(
      () => paymentStatus({ ...late, amountDue: '100', lateFee: { amount: '10', rate: '0.01' } } as never),
      [{ path: ['lateFee', 'rate'], code: 'conflict' }],
    );
    expectIssues(() => paymentStatus({ ...late, lateFee: {} } as never), [{ path: ['lateFee', 'amount'], code: 'required' }]);
    expectIssues(() => paymentStatus({ ...late, lateFee: null } as never), [{ path: ['lateFee'], code: 'wrong_type' }]);
    expectIssues(
      () => paymentStatus({ ...late, lateFee: { amount: '10.005' } }),
      [{ path: ['lateFee', 'amount'], code: 'too_many_decimals' }],
    );
    expectIssues(() => paymentStatus({ ...late, lateFee: { amount: '-1' } }), [{ path: ['lateFee', 'amount'], code: 'out_of_range' }]);
    expectIssues(
      () => paymentStatus({ ...late, amountDue: '100', lateFee: { rate: '1.5' } }),
      [{ path: ['lateFee', 'rate'], code: 'out_of_range' }],
    );
    expectIssues(() => paymentStatus({ ...late, lateFee: { rate: '0.01' } }), [{ path: ['amountDue'], code: 'required' }]);
    expectIssues(
      () => paymentStatus({ ...late, amountDue: '1.001', lateFee: { rate: '0.01' } }),
      [{ path: ['amountDue'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => paymentStatus({ ...late, lateFee: { amount: '1', per: 'day' } } as never),
      [{ path: ['lateFee', 'per'], code: 'unknown_field' }],
    );
    expectIssues(() => paymentStatus(late, { rounding: 'up' as never }), [{ path: ['options', 'rounding'], code: 'not_one_of' }]);
  });
});

describe('paymentStatus: edge cases', () => {
  it('GEN-4 leap years: February 1 to March 1 is 29 days in 2024, 28 in 2023, 28 in 2100, 29 in 2000', () => {
    expect(paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-03-01' }).daysLate).toBe(29);
    expect(paymentStatus({ dueDate: '2023-02-01', receivedOn: '2023-03-01' }).daysLate).toBe(28);
    expect(paymentStatus({ dueDate: '2100-02-01', receivedOn: '2100-03-01' }).daysLate).toBe(28);
    expect(paymentStatus({ dueDate: '2000-02-01', receivedOn: '2000-03-01' }).daysLate).toBe(29);
  });

  it('GEN-4 across a year end and across daylight-saving changes', () => {
    expect(paymentStatus({ dueDate: '2024-12-31', receivedOn: '2025-01-01' }).daysLate).toBe(1);
    expect(paymentStatus({ dueDate: '2024-03-09', receivedOn: '2024-03-11' }).daysLate).toBe(2);
    expect(paymentStatus({ dueDate: '2024-11-02', receivedOn: '2024-11-04' }).daysLate).toBe(2);
    expect(paymentStatus({ dueDate: '2023-10-01', receivedOn: '2024-10-01' }).daysLate).toBe(366);
  });

  it('GEN-4 the earliest and latest accepted dates', () => {
    expect(paymentStatus({ dueDate: '1900-01-01', receivedOn: '2200-12-31' }).daysLate).toBe(109_937);
    expect(paymentStatus({ dueDate: '2200-12-31', receivedOn: '1900-01-01' })).toStrictEqual({ late: false, daysLate: 0 });
  });
});

describe('properties', () => {
  const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2200, 11, 31) / 86_400_000 });
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

  it('GEN-4 daysLate is the calendar-day difference when positive, else 0; late iff daysLate > 0', () => {
    fc.assert(
      fc.property(day, day, (d, r) => {
        const res = paymentStatus({ dueDate: iso(d), receivedOn: iso(r) });
        expect(res.daysLate).toBe(Math.max(0, r - d));
        expect(res.late).toBe(r > d);
      }),
    );
  });
});

describe('properties: late fee', () => {
  const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 });
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const dueCents = fc.bigInt({ min: 0n, max: 10n ** 13n });
  const rateMillionths = fc.bigInt({ min: 0n, max: 1_000_000n });

  it('BIL-4 a fixed fee is owed exactly when late', () => {
    fc.assert(
      fc.property(day, day, dueCents, (d, r, fee) => {
        const res = paymentStatus({ dueDate: iso(d), receivedOn: iso(r), lateFee: { amount: centsStr(fee) } });
        expect(res.lateFee).toBe(r > d ? centsStr(fee) : '0.00');
      }),
    );
  });

  it('GEN-1 a rate fee = amountDue × rate rounded half-up to the cent (integer check)', () => {
    fc.assert(
      fc.property(day, day, dueCents, rateMillionths, (d, r, due, rm) => {
        const rateStr = `${rm / 1_000_000n}.${(rm % 1_000_000n).toString().padStart(6, '0')}`;
        const res = paymentStatus({ dueDate: iso(d), receivedOn: iso(r), amountDue: centsStr(due), lateFee: { rate: rateStr } });
        // fee in cents = due × rm / 10^6, half-up on the exact millionths-of-a-cent product.
        const halfUp = (due * rm + 500_000n) / 1_000_000n;
        expect(res.lateFee).toBe(r > d ? centsStr(halfUp) : '0.00');
        expect(res.late).toBe(r > d);
      }),
    );
  });
});

describe('paymentStatus: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ dueDate: '2024-02-01', receivedOn: '2024-02-05' });
    expect(paymentStatus(input, deepFreeze({ explain: true })).daysLate).toBe(4);
    expect(input).toStrictEqual({ dueDate: '2024-02-01', receivedOn: '2024-02-05' });
  });

  it('bad input: impossible dates, wrong formats, null, missing fields', () => {
    expectIssues(() => paymentStatus({ dueDate: '2019-02-30', receivedOn: '2019-03-01' }), [{ path: ['dueDate'], code: 'not_a_date' }]);
    expectIssues(() => paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-2-1' }), [{ path: ['receivedOn'], code: 'not_a_date' }]);
    expectIssues(
      () => paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01T00:00:00Z' }),
      [{ path: ['receivedOn'], code: 'not_a_date' }],
    );
    expectIssues(() => paymentStatus({ dueDate: '2023-02-29', receivedOn: '2024-02-01' }), [{ path: ['dueDate'], code: 'not_a_date' }]);
    expectIssues(
      () => paymentStatus({ dueDate: 20240201 as never, receivedOn: '2024-02-01' }),
      [{ path: ['dueDate'], code: 'not_a_date' }],
    );
    expectIssues(() => paymentStatus({ dueDate: '2024-02-01' } as never), [{ path: ['receivedOn'], code: 'required' }]);
    expectIssues(() => paymentStatus(null as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(() => paymentStatus(undefined as never), [{ path: [], code: 'required' }]);
    expectIssues(
      () => paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01' }, { explain: 1 as never }),
      [{ path: ['options', 'explain'], code: 'wrong_type' }],
    );
  });
  it('GEN-1 any value for the input, a field or the options throws only WcraError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        onlyWcraErrors(() => paymentStatus(x as never));
        onlyWcraErrors(() => paymentStatus({ ...{ dueDate: '2024-02-01', receivedOn: '2024-02-01' }, receivedOn: x } as never, y as never));
        onlyWcraErrors(() => paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01' }, { explain: true, other: y } as never));
      }),
    );
  });
});

describe('paymentStatus: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(paymentStatusDefinition)).toMatchInlineSnapshot(`
      "GEN-4  Days late = calendar days from the due date to receipt (0 if received by the due date)
        Due date                                                    2024-02-01
        Received on                                                 2024-03-01
        ----------------------------------------------------------------------
        Days late                                                           29

      BIL-4  On time only if received at the bank by the due date; otherwise late fees apply
        Days late                                                           29
        ----------------------------------------------------------------------
        Status                                                            late

      BIL-4  A late payment owes your late fee (rounded to the cent)
        Status                                                            late
        Amount due                                                  $25,000.25
        Late fee rate (yours)                                           x 1.5%
        ----------------------------------------------------------------------
        Late fee owed                                                  $375.00"
    `);
  });
});
