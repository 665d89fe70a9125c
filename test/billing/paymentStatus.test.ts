import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, installmentSchedule, paymentStatus } from 'wcra-calc';
import { deepFreeze, expectIssues, onlyWcraErrors } from './helpers.js';

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
