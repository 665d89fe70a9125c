// Whole explain traces and boundary cases written out by hand, so every rule, label, value and
// branch of the billing calculators is pinned (the wording of the step descriptions is checked once,
// by test/worksheets.test.ts).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { billingCalendar, installmentSchedule, paymentPlanFromFirstPayment, paymentStatus, selectAuditSample } from 'wcra-calc';
import { fnv1a32 } from '../../src/billing/selectAuditSample.js';
import { expectIssues } from './helpers.js';

const year = { label: 'Coverage year', value: '2024', kind: 'number' };

describe('billingCalendar: whole trace', () => {
  it('BIL-6 explain: the annual plan of 2024, every step written out', () => {
    const r = billingCalendar({ coverageYear: 2024, plan: 'annual' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'RET-5',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Date', value: '2023-12-01', kind: 'date' },
      },
      {
        rule: 'BIL-1',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Window', value: '2023-12-01 to 2023-12-31', kind: 'date' },
      },
      {
        rule: 'BIL-3',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Date', value: '2024-01-12', kind: 'date' },
      },
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Date', value: '2024-02-01', kind: 'date' },
      },
      {
        rule: 'BIL-6',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Window', value: '2025-05-01 to 2025-07-31', kind: 'date' },
      },
      {
        rule: 'BIL-6',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Window', value: '2025-08-01 to 2025-08-31', kind: 'date' },
      },
      {
        rule: 'BIL-6',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Window', value: '2025-09-01 to 2025-09-30', kind: 'date' },
      },
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [year],
        result: { label: 'Date', value: '2025-10-01', kind: 'date' },
      },
    ]);
  });

  it('BIL-3 invoices 366 days early sort before the retention deadline; same-day events keep their order', () => {
    // 2024 is a leap year: 366 days before 2024-02-01 is 2023-01-31, before 2024-04-01 is 2023-04-01.
    const r = billingCalendar({ coverageYear: 2024 }, { invoiceLeadDays: 366 });
    expect(r.events.map((e) => [e.event, e.date ?? e.start, e.description])).toStrictEqual([
      ['installment-1-invoice', '2023-01-31', 'Installment 1 invoice e-mailed, 366 days before due'],
      ['installment-2-invoice', '2023-04-01', 'Installment 2 invoice e-mailed, 366 days before due'],
      ['installment-3-invoice', '2023-07-01', 'Installment 3 invoice e-mailed, 366 days before due'],
      ['installment-4-invoice', '2023-10-01', 'Installment 4 invoice e-mailed, 366 days before due'],
      ['retention-election-deadline', '2023-12-01', '2024 retention change form deadline; if late or missing, the level in force stays'],
      ['estimate-billed', '2023-12-01', 'Estimated 2024 premium billed, from actual 2022 exposure projected to 2024 (PRM-4)'],
      ['installment-1-due', '2024-02-01', 'Full premium (annual) or first quarterly installment due'],
      ['installment-2-due', '2024-04-01', 'Quarterly installment 2 due'],
      ['installment-3-due', '2024-07-01', 'Quarterly installment 3 due'],
      ['installment-4-due', '2024-10-01', 'Quarterly installment 4 due'],
      ['adjustment-computation', '2025-05-01', '2024 adjustment computed from actual 2024 exposure: actual - estimated premium (PRM-7)'],
      ['adjustment-billed', '2025-08-01', '2024 adjustment billed'],
      [
        'september-statement',
        '2025-09-01',
        'Premium notice with the 2024 adjustment; a credit goes to premiums still due, the rest is refunded (PRM-8)',
      ],
      ['adjustment-due', '2025-10-01', 'Additional premium from the 2024 adjustment due'],
    ]);
  });
});

describe('installmentSchedule: whole trace', () => {
  it('BIL-2 explain: the annual plan, every step written out', () => {
    const r = installmentSchedule({ coverageYear: 2024, amount: '954000', plan: 'annual' }, { explain: true, invoiceLeadDays: 10 });
    expect(r.steps).toStrictEqual([
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [year, { label: 'Payment plan', value: 'annual', kind: 'text' }],
        result: { label: 'Installments', value: '1', kind: 'number' },
      },
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [
          { label: 'Total amount', value: '954000.00', kind: 'money' },
          { label: 'Installments', value: '1', kind: 'number' },
        ],
        result: { label: 'Installment 1 (due 2024-02-01)', value: '954000.00', kind: 'money' },
      },
      {
        rule: 'BIL-3',
        description: expect.any(String),
        inputs: [
          { label: 'Due date', value: '2024-02-01', kind: 'date' },
          { label: 'Days before the due date', value: '- 10', kind: 'number' },
        ],
        result: { label: 'Invoice 1 date', value: '2024-01-22', kind: 'date' },
      },
    ]);
  });

  it('GEN-3 explain: the quarterly plan, every step written out', () => {
    const r = installmentSchedule({ coverageYear: 2024, amount: '0.06', plan: 'quarterly' }, { explain: true });
    const total = { label: 'Total amount', value: '0.06', kind: 'money' };
    const four = { label: 'Installments', value: '4', kind: 'number' };
    const split = (n: number, due: string, amount: string) => ({
      rule: 'GEN-3',
      description: expect.any(String),
      inputs: [total, four],
      result: { label: `Installment ${n} (due ${due})`, value: amount, kind: 'money' },
    });
    const invoice = (n: number, due: string, on: string) => ({
      rule: 'BIL-3',
      description: expect.any(String),
      inputs: [
        { label: 'Due date', value: due, kind: 'date' },
        { label: 'Days before the due date', value: '- 20', kind: 'number' },
      ],
      result: { label: `Invoice ${n} date`, value: on, kind: 'date' },
    });
    // 6 cents / 4 = 1 each, 2 left over: 2, 2, 1, 1.
    expect(r.steps).toStrictEqual([
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [year, { label: 'Payment plan', value: 'quarterly', kind: 'text' }],
        result: four,
      },
      split(1, '2024-02-01', '0.02'),
      invoice(1, '2024-02-01', '2024-01-12'),
      split(2, '2024-04-01', '0.02'),
      invoice(2, '2024-04-01', '2024-03-12'),
      split(3, '2024-07-01', '0.01'),
      invoice(3, '2024-07-01', '2024-06-11'),
      split(4, '2024-10-01', '0.01'),
      invoice(4, '2024-10-01', '2024-09-11'),
    ]);
  });
});

describe('paymentPlanFromFirstPayment: whole trace', () => {
  const billed = (value: string) => ({ label: 'Amount billed', value, kind: 'money' });
  const paidIn = (value: string) => ({ label: 'First payment', value, kind: 'money' });
  const first = (value: string) => ({ label: 'First installment', value, kind: 'money' });
  const split = (amount: string, firstInst: string) => ({
    rule: 'GEN-3',
    description: expect.any(String),
    inputs: [billed(amount), { label: 'Installments', value: '4', kind: 'number' }],
    result: first(firstInst),
  });
  const decision = (paid: string, amount: string, firstInst: string, plan: string) => ({
    rule: 'BIL-2',
    description: expect.any(String),
    inputs: [paidIn(paid), billed(amount), first(firstInst)],
    result: { label: 'Plan', value: plan, kind: 'text' },
  });
  const left = (n: number, due: string, _invoiced: string, amount: string, paid: string, value: string) => ({
    rule: 'BIL-2',
    description: expect.any(String),
    inputs: [billed(amount), { ...paidIn(paid), operator: '-' }],
    result: { label: `Installment ${n} (due ${due})`, value, kind: 'money' },
  });

  it('BIL-2 explain: a quarterly payment with an excess credited to installment 2', () => {
    // 100000.03 / 4 → 25000.01 x 3 and 25000.00; 30000.00 pays installment 1 and 4999.99 of installment 2.
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '30000' }, { explain: true });
    expect(r.steps).toStrictEqual([
      split('100000.03', '25000.01'),
      decision('30000.00', '100000.03', '25000.01', 'quarterly'),
      left(2, '2024-04-01', '2024-03-12', '100000.03', '30000.00', '20000.02'),
      left(3, '2024-07-01', '2024-06-11', '100000.03', '30000.00', '25000.01'),
      left(4, '2024-10-01', '2024-09-11', '100000.03', '30000.00', '25000.00'),
    ]);
    // The invoice dates (once only in the step descriptions) as values of the result.
    expect(r.remaining.map((i) => i.invoiceDate)).toStrictEqual(['2024-03-12', '2024-06-11', '2024-09-11']);
  });

  it('BIL-2 explain: a shortfall, then every installment still to pay', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '10' }, { explain: true });
    expect(r.steps).toStrictEqual([
      split('100.00', '25.00'),
      decision('10.00', '100.00', '25.00', 'shortfall'),
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [first('25.00'), { ...paidIn('10.00'), operator: '-' }],
        result: { label: 'Shortfall', value: '15.00', kind: 'money' },
      },
      left(1, '2024-02-01', '2024-01-12', '100.00', '10.00', '15.00'),
      left(2, '2024-04-01', '2024-03-12', '100.00', '10.00', '25.00'),
      left(3, '2024-07-01', '2024-06-11', '100.00', '10.00', '25.00'),
      left(4, '2024-10-01', '2024-09-11', '100.00', '10.00', '25.00'),
    ]);
  });

  it('BIL-2 explain: an overpaid annual payment, and an exact one without an overpayment step', () => {
    const r = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '101' }, { explain: true });
    expect(r.steps).toStrictEqual([
      split('100.00', '25.00'),
      decision('101.00', '100.00', '25.00', 'annual'),
      {
        rule: 'BIL-2',
        description: expect.any(String),
        inputs: [paidIn('101.00'), { ...billed('100.00'), operator: '-' }],
        result: { label: 'Overpayment', value: '1.00', kind: 'money' },
      },
    ]);
    const exact = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100', firstPayment: '100' }, { explain: true });
    expect(exact.steps).toStrictEqual([split('100.00', '25.00'), decision('100.00', '100.00', '25.00', 'annual')]);
  });
});

describe('paymentStatus: whole trace', () => {
  it('BIL-4 explain: three days late, every step written out', () => {
    const r = paymentStatus({ dueDate: '2024-10-01', receivedOn: '2024-10-04' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'GEN-4',
        description: expect.any(String),
        inputs: [
          { label: 'Due date', value: '2024-10-01', kind: 'date' },
          { label: 'Received on', value: '2024-10-04', kind: 'date' },
        ],
        result: { label: 'Days late', value: '3', kind: 'number' },
      },
      {
        rule: 'BIL-4',
        description: expect.any(String),
        inputs: [{ label: 'Days late', value: '3', kind: 'number' }],
        result: { label: 'Status', value: 'late', kind: 'text' },
      },
    ]);
  });
});

/** FNV-1a 32-bit over UTF-8 bytes, written independently of the library (TextEncoder for the bytes). */
function referenceFnv(text: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
}

describe('selectAuditSample: hash, ties, seeds and eligibility', () => {
  it('BIL-5 FNV-1a of known texts and of characters at each UTF-8 length boundary', () => {
    expect(fnv1a32('')).toBe(2166136261);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    for (const ch of ['\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}', 'é€😀']) {
      expect(fnv1a32(`x${ch}y`), JSON.stringify(ch)).toBe(referenceFnv(`x${ch}y`));
    }
  });

  it('BIL-5 equal hashes are ranked by memberId, whatever the input order', () => {
    // "c|2024|m422789" and "c|2024|m639192" share the FNV-1a hash 2693727371 (found by search).
    expect(referenceFnv('c|2024|m422789')).toBe(2693727371);
    expect(fnv1a32('c|2024|m639192')).toBe(2693727371);
    const a = { memberId: 'm422789', exposure: '1' };
    const b = { memberId: 'm639192', exposure: '1' };
    for (const members of [
      [a, b],
      [b, a],
    ]) {
      const pick = (fraction: string) => selectAuditSample({ members, year: 2024, seed: 'c', fraction }).selected;
      expect(pick('1')).toStrictEqual([{ memberId: 'm422789' }, { memberId: 'm639192' }]);
      expect(pick('0.5')).toStrictEqual([{ memberId: 'm422789' }]);
    }
  });

  it('BIL-5 a seed may be 200 characters of text or a whole number, nothing else', () => {
    const members = [{ memberId: 'a', exposure: '1' }];
    expect(selectAuditSample({ members, year: 2024, seed: 'x'.repeat(200) }).eligible).toBe(1);
    expect(selectAuditSample({ members, year: 2024, seed: 42 }).eligible).toBe(1);
    for (const seed of ['x'.repeat(201), 1.5, true, null, Number.MAX_SAFE_INTEGER + 1])
      expectIssues(() => selectAuditSample({ members, year: 2024, seed: seed as never }), [{ path: ['seed'], code: 'wrong_type' }]);
  });

  it('BIL-5 eligibility of Decimal exposures: 1e-40 is above zero, zero is not; 1e-400 is outside the supported size', () => {
    expectIssues(
      () => selectAuditSample({ members: [{ memberId: 'tiny', exposure: new Decimal('1e-400') }], year: 2024 }),
      [{ path: ['members', 0, 'exposure'], code: 'not_money' }],
    );
    const r = selectAuditSample({
      members: [
        { memberId: 'tiny', exposure: new Decimal('1e-40') },
        { memberId: 'zero', exposure: new Decimal(0) },
        { memberId: 'num', exposure: 0 },
        { memberId: 'str', exposure: '0.00' },
      ],
      year: 2024,
      fraction: '1',
    });
    expect(r).toStrictEqual({ selected: [{ memberId: 'tiny' }], eligible: 1 });
  });

  it('BIL-5 explain: every step written out', () => {
    const members = [
      { memberId: 'm422789', exposure: '5' },
      { memberId: 'm639192', exposure: 3 },
      { memberId: 'z', exposure: '0' },
    ];
    const r = selectAuditSample({ members, year: 2024, seed: 'c', fraction: '0.5' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'BIL-5',
        description: expect.any(String),
        inputs: [{ label: 'Members listed', value: '3', kind: 'number' }],
        result: { label: 'Eligible members', value: '2', kind: 'number' },
      },
      {
        rule: 'BIL-5',
        description: expect.any(String),
        inputs: [
          { label: 'Eligible members', value: '2', kind: 'number' },
          { label: 'Audit fraction', value: '0.5', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Members to audit', value: '1', kind: 'number' },
      },
      {
        rule: 'BIL-5',
        description: expect.any(String),
        inputs: [
          { label: 'Seed', value: '"c"', kind: 'text' },
          { label: 'Year', value: '2024', kind: 'number' },
        ],
        result: { label: 'Selected', value: 'm422789', kind: 'text' },
      },
    ]);
  });
});
