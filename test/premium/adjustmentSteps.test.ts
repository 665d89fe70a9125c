import { describe, expect, it } from 'vitest';
import { annualAdjustment, settleAdjustment } from '../../src/index.js';

describe('PRM-7 annualAdjustment: the whole explain trace', () => {
  it('PRM-7 seed 002 Calculation 3 for a self-insurer: adjustment, tax and total steps', () => {
    // 1,033,500 − 954,000 = 79,500.00; tax 2% = 1,590.00; total 81,090.00.
    const r = annualAdjustment({ estimatedPremium: '954000', actualPremium: '1033500', memberType: 'self-insurer' }, { explain: true });
    expect(r.steps).toEqual([
      {
        rule: 'PRM-7',
        description: expect.any(String),
        inputs: [
          { label: 'Actual premium', value: '1033500.00', kind: 'money' },
          { label: 'Less estimated premium', value: '954000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Annual adjustment', value: '79500.00', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        description: expect.any(String),
        inputs: [
          { label: 'Annual adjustment', value: '79500.00', kind: 'money' },
          { label: 'Premium tax rate', value: '0.02', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Premium tax', value: '1590.00', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        description: expect.any(String),
        inputs: [
          { label: 'Annual adjustment', value: '79500.00', kind: 'money' },
          { label: 'Premium tax', value: '1590.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Total adjustment', value: '81090.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-7 an insurer (member type omitted): one step, no tax', () => {
    // 900 − 1,000 = −100.00, a credit.
    const r = annualAdjustment({ estimatedPremium: '1000', actualPremium: '900' }, { explain: true });
    expect(r).toMatchObject({ adjustment: '-100.00', taxRate: '0', tax: '0.00', total: '-100.00' });
    expect(r.steps).toEqual([
      {
        rule: 'PRM-7',
        description: expect.any(String),
        inputs: [
          { label: 'Actual premium', value: '900.00', kind: 'money' },
          { label: 'Less estimated premium', value: '1000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Annual adjustment', value: '-100.00', kind: 'money' },
      },
    ]);
  });
});

describe('PRM-8 settleAdjustment: the whole explain trace', () => {
  it('PRM-8 no adjustment: one step with the adjustment and nothing due', () => {
    const r = settleAdjustment(
      { coverageYear: 2022, adjustment: '0', openCharges: [{ dueDate: '2023-07-01', amount: '10' }] },
      { explain: true },
    );
    expect(r.steps).toEqual([
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [{ label: 'Annual adjustment', value: '0.00', kind: 'money' }],
        result: { label: 'Amount due', value: '0', kind: 'money' },
      },
    ]);
  });

  it('PRM-8 a credit fully applied (no refund) still shows the application and refund steps', () => {
    // Credit 300.00 against charges 100.00 (due 2023-07-01) and 500.00 (due 2023-10-01):
    // 100.00 to the first, 200.00 to the second, refund 0.00.
    const r = settleAdjustment(
      {
        coverageYear: 2022,
        adjustment: '-300',
        openCharges: [
          { dueDate: '2023-10-01', amount: '500' },
          { dueDate: '2023-07-01', amount: '100' },
        ],
      },
      { explain: true },
    );
    expect(r).toMatchObject({ amountDue: '0.00', dueDate: null, creditApplied: '300.00', refund: '0.00' });
    expect(r.steps).toEqual([
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [{ label: 'Open charge due 2023-07-01', value: '100.00', kind: 'money' }],
        result: { label: 'Credit applied', value: '100.00', kind: 'money' },
      },
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [{ label: 'Open charge due 2023-10-01', value: '500.00', kind: 'money' }],
        result: { label: 'Credit applied', value: '200.00', kind: 'money' },
      },
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [
          { label: 'Credit', value: '300.00', kind: 'money' },
          { label: 'Less credit applied', value: '300.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Refund', value: '0.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-8 a credit with no open charges: only the refund step', () => {
    const r = settleAdjustment({ coverageYear: 2022, adjustment: '-12.34' }, { explain: true });
    expect(r.steps).toEqual([
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [
          { label: 'Credit', value: '12.34', kind: 'money' },
          { label: 'Less credit applied', value: '0.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Refund', value: '12.34', kind: 'money' },
      },
    ]);
  });
});
