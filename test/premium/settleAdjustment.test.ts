import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualAdjustment, formatWorksheet, settleAdjustment } from 'wcra-calc';
import { addDays } from '../../src/core/dates.js';
import { settleAdjustmentDefinition } from '../../src/premium/settleAdjustment.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues, MAX_CENTS, toCents } from './helpers.js';

const none = { creditApplied: '0.00', applications: [], refund: '0.00' };

describe('settleAdjustment: worked examples', () => {
  it('PRM-8 BIL-6 seed 002: the 2022 additional premium of $79,500 is due October 1, 2023', () => {
    const adjustment = annualAdjustment({ estimatedPremium: '954000', actualPremium: '1033500' }).total;
    expect(settleAdjustment({ coverageYear: 2022, adjustment })).toStrictEqual({ amountDue: '79500.00', dueDate: '2023-10-01', ...none });
  });

  it('PRM-8 an additional premium ignores open charges (nothing to apply)', () => {
    const r = settleAdjustment({ coverageYear: 2024, adjustment: '10.00', openCharges: [{ dueDate: '2025-10-01', amount: '500' }] });
    expect(r).toStrictEqual({ amountDue: '10.00', dueDate: '2025-10-01', ...none });
  });

  it('PRM-8 a credit larger than the open charges: applied earliest due date first, the rest refunded', () => {
    const r = settleAdjustment({
      coverageYear: 2022,
      adjustment: '-5000',
      openCharges: [
        { dueDate: '2023-10-01', amount: '3000' },
        { dueDate: '2023-07-01', amount: '1000' },
      ],
    });
    expect(r).toStrictEqual({
      amountDue: '0.00',
      dueDate: null,
      creditApplied: '4000.00',
      applications: [
        { dueDate: '2023-07-01', amount: '1000.00', index: 1 },
        { dueDate: '2023-10-01', amount: '3000.00', index: 0 },
      ],
      refund: '1000.00',
    });
  });

  it('PRM-8 a credit smaller than the open charges is used up, nothing refunded', () => {
    const r = settleAdjustment({
      coverageYear: 2022,
      adjustment: '-2500',
      openCharges: [
        { dueDate: '2023-10-01', amount: '3000' },
        { dueDate: '2023-07-01', amount: '1000' },
      ],
    });
    expect(r.applications).toStrictEqual([
      { dueDate: '2023-07-01', amount: '1000.00', index: 1 },
      { dueDate: '2023-10-01', amount: '1500.00', index: 0 },
    ]);
    expect([r.creditApplied, r.refund, r.amountDue, r.dueDate]).toStrictEqual(['2500.00', '0.00', '0.00', null]);
  });

  it('PRM-6 PRM-8 a self-insurer credit carries its 2% tax into the settlement', () => {
    const adj = annualAdjustment({ estimatedPremium: '973080', actualPremium: '900000', memberType: 'self-insurer' });
    expect(adj.total).toBe('-74541.60');
    const r = settleAdjustment({ coverageYear: 2024, adjustment: adj.total, openCharges: [{ dueDate: '2025-10-01', amount: '50000' }] });
    expect(r).toStrictEqual({
      amountDue: '0.00',
      dueDate: null,
      creditApplied: '50000.00',
      applications: [{ dueDate: '2025-10-01', amount: '50000.00', index: 0 }],
      refund: '24541.60',
    });
  });

  it('PRM-8 explanation: an additional premium', () => {
    const r = settleAdjustment({ coverageYear: 2022, adjustment: '79500' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'PRM-8',
        description: expect.any(String),
        inputs: [
          { label: 'Annual adjustment', value: '79500.00', kind: 'money' },
          { label: 'Due date', value: '2023-10-01', kind: 'date' },
        ],
        result: { label: 'Amount due', value: '79500.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-8 explanation: a credit, step by step, prints as a worksheet', () => {
    const r = settleAdjustment(
      {
        coverageYear: 2022,
        adjustment: '-5000',
        openCharges: [
          { dueDate: '2023-10-01', amount: '3000' },
          { dueDate: '2023-07-01', amount: '1000' },
        ],
      },
      { explain: true },
    );
    expect(r.steps?.map((s) => [s.rule, s.inputs[0]?.value, s.result.value])).toStrictEqual([
      ['PRM-8', '1000.00', '1000.00'],
      ['PRM-8', '3000.00', '3000.00'],
      ['PRM-8', '5000.00', '1000.00'],
    ]);
    expect(
      formatWorksheet(r.steps ?? [])
        .split('\n')
        .at(-1),
    ).toMatch(/^ {2}Refund +\$1,000\.00$/);
  });
});

describe('settleAdjustment: edge cases', () => {
  it('PRM-8 no adjustment: nothing due, dueDate null', () => {
    expect(settleAdjustment({ coverageYear: 2022, adjustment: '0' })).toStrictEqual({ amountDue: '0.00', dueDate: null, ...none });
    const r = settleAdjustment(
      { coverageYear: 2022, adjustment: '-0.00', openCharges: [{ dueDate: '2023-07-01', amount: '1' }] },
      { explain: true },
    );
    expect(r.dueDate).toBeNull();
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([['PRM-8', '0']]);
  });

  it('PRM-8 a credit with no open charges is refunded in full', () => {
    expect(settleAdjustment({ coverageYear: 2022, adjustment: '-0.01', openCharges: [] })).toStrictEqual({
      amountDue: '0.00',
      dueDate: null,
      creditApplied: '0.00',
      applications: [],
      refund: '0.01',
    });
  });

  it('PRM-8 a credit exactly equal to the open charges leaves no refund', () => {
    const r = settleAdjustment({
      coverageYear: 2022,
      adjustment: '-4000',
      openCharges: [
        { dueDate: '2023-07-01', amount: '1000' },
        { dueDate: '2023-10-01', amount: '3000' },
      ],
    });
    expect([r.creditApplied, r.refund]).toStrictEqual(['4000.00', '0.00']);
  });

  it('PRM-8 charges due the same day take the credit in the order given; zero charges get nothing', () => {
    const r = settleAdjustment({
      coverageYear: 2023,
      adjustment: '-150',
      openCharges: [
        { dueDate: '2024-10-01', amount: '100' },
        { dueDate: '2024-02-29', amount: '0' },
        { dueDate: '2024-10-01', amount: '100' },
      ],
    });
    expect(r.applications).toStrictEqual([
      { dueDate: '2024-10-01', amount: '100.00', index: 0 },
      { dueDate: '2024-10-01', amount: '50.00', index: 2 },
    ]);
  });

  it('PRM-8 dates sort as calendar dates across years and month ends (leap day)', () => {
    const r = settleAdjustment({
      coverageYear: 2023,
      adjustment: '-3',
      openCharges: [
        { dueDate: '2025-01-01', amount: '1' },
        { dueDate: '2024-12-31', amount: '1' },
        { dueDate: '2024-02-29', amount: '1' },
      ],
    });
    expect(r.applications.map((a) => a.dueDate)).toStrictEqual(['2024-02-29', '2024-12-31', '2025-01-01']);
  });

  it('PRM-8 amounts near 2^53 cents', () => {
    expect(settleAdjustment({ coverageYear: 2199, adjustment: '90071992547409.91' })).toStrictEqual({
      amountDue: '90071992547409.91',
      dueDate: '2200-10-01',
      ...none,
    });
    const r = settleAdjustment({
      coverageYear: 2022,
      adjustment: '-90071992547409.91',
      openCharges: [
        { dueDate: '2023-10-01', amount: '90071992547409.91' },
        { dueDate: '2023-10-02', amount: '90071992547409.91' },
      ],
    });
    expect([r.creditApplied, r.refund, r.applications.length]).toStrictEqual(['90071992547409.91', '0.00', 1]);
  });
});

describe('properties', () => {
  const chargesArb = fc.array(
    fc.record({
      dueDate: fc.integer({ min: 0, max: 3 * 366 }).map((d) => addDays('2023-01-01', d)),
      amount: fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(cents),
    }),
    { maxLength: 8 },
  );

  it('PRM-8 credit applied + refund = |credit|, the applications add up to the credit applied', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_CENTS, max: -1n }), chargesArb, (credit, openCharges) => {
        const r = settleAdjustment({ coverageYear: 2022, adjustment: cents(credit), openCharges });
        expect(toCents(r.creditApplied) + toCents(r.refund)).toBe(-credit);
        expect(r.applications.reduce((s, a) => s + toCents(a.amount), 0n)).toBe(toCents(r.creditApplied));
        expect([r.amountDue, r.dueDate]).toStrictEqual(['0.00', null]);
      }),
    );
  });

  it('PRM-8 each charge gets at most its amount, in due-date order; a refund only once every charge is paid', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -100_000_000_000n, max: -1n }), chargesArb, (credit, openCharges) => {
        const r = settleAdjustment({ coverageYear: 2022, adjustment: cents(credit), openCharges });
        for (const a of r.applications) {
          expect(toCents(a.amount) > 0n && toCents(a.amount) <= toCents(openCharges[a.index]?.amount ?? '0')).toBe(true);
          expect(a.dueDate).toBe(openCharges[a.index]?.dueDate);
        }
        const dates = r.applications.map((a) => a.dueDate);
        expect(dates).toStrictEqual([...dates].sort());
        const open = openCharges.reduce((s, c) => s + toCents(c.amount), 0n);
        expect(toCents(r.creditApplied)).toBe(open < -credit ? open : -credit);
      }),
    );
  });

  it('PRM-8 BIL-6 an additional premium is due in full on October 1 of the next year', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: MAX_CENTS }), fc.integer({ min: 1900, max: 2199 }), chargesArb, (amount, year, openCharges) => {
        expect(settleAdjustment({ coverageYear: year, adjustment: cents(amount), openCharges })).toStrictEqual({
          amountDue: cents(amount),
          dueDate: `${year + 1}-10-01`,
          ...none,
        });
      }),
    );
  });

  it('PRM-7 PRM-8 the adjustment is zero when actual = estimate, so nothing is due or refunded', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MAX_CENTS }),
        fc.constantFrom('insurer', 'self-insurer'),
        chargesArb,
        (premium, memberType, openCharges) => {
          const adj = annualAdjustment({ estimatedPremium: cents(premium), actualPremium: cents(premium), memberType });
          expect([adj.adjustment, adj.kind, adj.total]).toStrictEqual(['0.00', 'none', '0.00']);
          expect(settleAdjustment({ coverageYear: 2022, adjustment: adj.total, openCharges })).toStrictEqual({
            amountDue: '0.00',
            dueDate: null,
            ...none,
          });
        },
      ),
    );
  });
});

describe('settleAdjustment: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({
      coverageYear: 2022,
      adjustment: '-5000',
      openCharges: [
        { dueDate: '2023-10-01', amount: '3000' },
        { dueDate: '2023-07-01', amount: '1000' },
      ],
    });
    const copy = structuredClone(input);
    settleAdjustment(input, { explain: true });
    expect(input).toStrictEqual(copy);
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['a year out of range', { coverageYear: 2200, adjustment: '1' }, ['coverageYear'], 'out_of_range'],
    ['a year as text', { coverageYear: '2022', adjustment: '1' }, ['coverageYear'], 'not_an_integer'],
    ['a non-amount', { coverageYear: 2022, adjustment: 'lots' }, ['adjustment'], 'not_money'],
    [
      'an impossible date',
      { coverageYear: 2022, adjustment: '-1', openCharges: [{ dueDate: '2019-02-30', amount: '1' }] },
      ['openCharges', 0, 'dueDate'],
      'not_a_date',
    ],
    [
      'a negative charge',
      { coverageYear: 2022, adjustment: '-1', openCharges: [{ dueDate: '2023-07-01', amount: '-1' }] },
      ['openCharges', 0, 'amount'],
      'out_of_range',
    ],
    ['charges not a list', { coverageYear: 2022, adjustment: '-1', openCharges: {} }, ['openCharges'], 'wrong_type'],
    ['fractions of a cent', { coverageYear: 2022, adjustment: '-1.005' }, ['adjustment'], 'too_many_decimals'],
    [
      'a charge with fractions of a cent',
      { coverageYear: 2022, adjustment: '-1', openCharges: [{ dueDate: '2023-07-01', amount: '0.001' }] },
      ['openCharges', 0, 'amount'],
      'too_many_decimals',
    ],
  ])('PRM-8 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => settleAdjustment(input as never), [{ path, code }]);
  });
});

describe('settleAdjustment: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(settleAdjustmentDefinition)).toMatchInlineSnapshot(`
      "PRM-8  Credit applied to the charge due 2023-07-01 (in due-date order)
        Open charge due 2023-07-01                                   $1,000.00
        ----------------------------------------------------------------------
        Credit applied                                               $1,000.00

      PRM-8  Credit applied to the charge due 2023-10-01 (in due-date order)
        Open charge due 2023-10-01                                   $3,000.00
        ----------------------------------------------------------------------
        Credit applied                                               $3,000.00

      PRM-8  Refund = credit - credit applied to premiums still due
        Credit                                                       $5,000.00
        Less credit applied                                        - $4,000.00
        ----------------------------------------------------------------------
        Refund                                                       $1,000.00"
    `);
  });
});
