import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCLUDED_CATEGORIES, PAYMENT_CATEGORIES, REIMBURSABLE_CATEGORIES, reimbursableAmount } from 'wcra-calc';
import { reimbursableAmountDefinition } from '../../src/claims/reimbursableAmount.js';
import { stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, m, toC } from './helpers.js';
import { thrown } from './thrown.js';

describe('reimbursableAmount', () => {
  it('CLM-4 benefits count; penalties, interest, expenses and employer’s liability do not', () => {
    const r = reimbursableAmount({
      payments: [
        { category: 'indemnity', amount: '400000' },
        { category: 'medical', amount: '250000.50' },
        { category: 'rehabilitation', amount: 12000 },
        { category: 'other-benefit', amount: '1000' },
        { category: 'penalty', amount: '5000' },
        { category: 'interest', amount: '250.25' },
        { category: 'claim-expense', amount: '30000' },
        { category: 'employers-liability', amount: '100000' },
        { category: 'medical', amount: '0.50' },
      ],
    });
    expect(r).toStrictEqual({
      reimbursable: '663001.00',
      excluded: '135250.25',
      byCategory: {
        indemnity: '400000.00',
        medical: '250001.00',
        rehabilitation: '12000.00',
        'other-benefit': '1000.00',
        penalty: '5000.00',
        interest: '250.25',
        'claim-expense': '30000.00',
        'employers-liability': '100000.00',
      },
    });
  });

  it('CLM-4 no payments: all zero', () => {
    const r = reimbursableAmount({ payments: [] });
    expect(r.reimbursable).toBe('0.00');
    expect(Object.values(r.byCategory)).toStrictEqual(Array(8).fill('0.00'));
  });

  it('GEN-1 sums up to 2^53 − 1 cents; one cent more → INVALID_INPUT', () => {
    expect(
      reimbursableAmount({
        payments: [
          { category: 'medical', amount: '90071992547409.90' },
          { category: 'penalty', amount: '0.01' },
        ],
      }).excluded,
    ).toBe('0.01');
    const e = thrown(() =>
      reimbursableAmount({
        payments: [
          { category: 'medical', amount: '90071992547409.91' },
          { category: 'penalty', amount: '0.01' },
        ],
      }),
    );
    expect([e.code, e.issues.map((i) => ({ path: i.path, code: i.code }))]).toStrictEqual([
      'INVALID_INPUT',
      [{ path: ['payments'], code: 'out_of_range' }],
    ]);
  });

  it('CLM-4 explain lists both steps in full, each category once', () => {
    const r = reimbursableAmount(
      {
        payments: [
          { category: 'indemnity', amount: '400' },
          { category: 'medical', amount: '250.50' },
          { category: 'rehabilitation', amount: '12' },
          { category: 'other-benefit', amount: '1' },
          { category: 'penalty', amount: '5' },
          { category: 'interest', amount: '0.25' },
          { category: 'claim-expense', amount: '30' },
          { category: 'employers-liability', amount: '100' },
        ],
      },
      { explain: true },
    );
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'CLM-4',
        inputs: [
          { label: 'indemnity', value: '400.00', kind: 'money' },
          { label: 'medical', value: '250.50', kind: 'money', operator: '+' },
          { label: 'rehabilitation', value: '12.00', kind: 'money', operator: '+' },
          { label: 'other-benefit', value: '1.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Reimbursable', value: '663.50', kind: 'money' },
      },
      {
        rule: 'CLM-4',
        inputs: [
          { label: 'penalty', value: '5.00', kind: 'money' },
          { label: 'interest', value: '0.25', kind: 'money', operator: '+' },
          { label: 'claim-expense', value: '30.00', kind: 'money', operator: '+' },
          { label: 'employers-liability', value: '100.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Excluded', value: '135.25', kind: 'money' },
      },
    ]);
  });

  it('CLM-4 explain has one step per side', () => {
    const r = reimbursableAmount({ payments: [{ category: 'medical', amount: '10' }] }, { explain: true });
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([
      ['CLM-4', '10.00'],
      ['CLM-4', '0.00'],
    ]);
  });

  describe('properties', () => {
    it('CLM-4 reimbursable + excluded = Σ payments; each side = Σ of its categories', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ category: fc.constantFrom(...PAYMENT_CATEGORIES), amount: fc.integer({ min: 0, max: 2 ** 45 }) }), {
            maxLength: 20,
          }),
          (rows) => {
            const r = reimbursableAmount({ payments: rows.map((p) => ({ category: p.category, amount: m(p.amount) })) });
            const all = rows.reduce((s, p) => s + BigInt(p.amount), 0n);
            expect(toC(r.reimbursable) + toC(r.excluded)).toBe(all);
            expect(REIMBURSABLE_CATEGORIES.reduce((s, c) => s + toC(r.byCategory[c]), 0n)).toBe(toC(r.reimbursable));
            expect(EXCLUDED_CATEGORIES.reduce((s, c) => s + toC(r.byCategory[c]), 0n)).toBe(toC(r.excluded));
          },
        ),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ payments: [{ category: 'medical' as const, amount: '10' }] });
    reimbursableAmount(input);
    expect(input).toStrictEqual({ payments: [{ category: 'medical', amount: '10' }] });
  });

  it.each([
    [null, []],
    [{ payments: 'x' }, ['payments']],
    [{ payments: [{ category: 'legal', amount: '1' }] }, ['payments', 0, 'category']],
    [{ payments: [{ category: 'medical', amount: '-1' }] }, ['payments', 0, 'amount']],
    [{ payments: [{ category: 'medical', amount: '1.234' }] }, ['payments', 0, 'amount']],
    [{ payments: [{ category: 'medical' }] }, ['payments', 0, 'amount']],
  ])('bad input %j → INVALID_INPUT', (input, path) => {
    const e = thrown(() => reimbursableAmount(input as never));
    expect([e.code, e.issues[0]?.path]).toStrictEqual(['INVALID_INPUT', path]);
  });
});

describe('reimbursableAmount: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(reimbursableAmountDefinition)).toMatchInlineSnapshot(`
      "CLM-4  Reimbursable = benefits paid (indemnity + medical + rehabilitation + other)
        indemnity                                                  $400,000.00
        medical                                                  + $250,000.50
        rehabilitation                                                 + $0.00
        other-benefit                                                  + $0.00
        ----------------------------------------------------------------------
        Reimbursable                                               $650,000.50

      CLM-4  Excluded = penalties + interest + claim expenses + employer's liability
        penalty                                                      $1,200.00
        interest                                                       + $0.00
        claim-expense                                                  + $0.00
        employers-liability                                            + $0.00
        ----------------------------------------------------------------------
        Excluded                                                     $1,200.00"
    `);
  });
});
