import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators.js';
import { allocateDefinition, allocateUnits, allocateUnitsBig } from '../../src/core/allocate.js';
import { allocate } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

/** The parts of `allocate({ total, weights })`. */
const split = (total: unknown, weights: unknown): string[] => allocate({ total, weights } as never).parts;

describe('GEN-3 allocate: worked examples', () => {
  it('GEN-3 four quarterly installments: leftover cents to the earliest parts', () => {
    expect(split('100000.03', [1, 1, 1, 1])).toEqual(['25000.01', '25000.01', '25000.01', '25000.00']);
  });

  it('GEN-3 pro rata claim shares (300,000 / 250,000 / 150,000 of 200,000)', () => {
    expect(split('200000', ['300000', '250000', '150000'])).toEqual(['85714.29', '71428.57', '42857.14']);
  });

  it('GEN-3 thirds: the largest remainder first, ties to the earlier part', () => {
    expect(split('100', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(split('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
  });

  it('GEN-3 the largest fractional remainder wins over the earlier part', () => {
    // exact shares 0.3 × 0.10 = 0.03, 0.7 × 0.10 = 0.07: no leftover.
    expect(split('0.10', ['0.3', '0.7'])).toEqual(['0.03', '0.07']);
    // exact shares of 0.05 by 1:3 → 1.25 c and 3.75 c: the 0.75 remainder takes the cent.
    expect(split('0.05', [1, 3])).toEqual(['0.01', '0.04']);
  });
});

describe('GEN-3 allocate: edge cases', () => {
  it('zero total', () => {
    expect(split('0', [1, 2, 3])).toEqual(['0.00', '0.00', '0.00']);
  });

  it('negative total mirrors the positive split', () => {
    expect(split('-0.05', [1, 1])).toEqual(['-0.03', '-0.02']);
    expect(split('-100000.03', [1, 1, 1, 1])).toEqual(['-25000.01', '-25000.01', '-25000.01', '-25000.00']);
  });

  it('one part takes everything; zero weights get nothing', () => {
    expect(split('12.34', [5])).toEqual(['12.34']);
    expect(split('12.34', [0, 1, 0])).toEqual(['0.00', '12.34', '0.00']);
  });

  it('amounts near 2^53 cents stay exact', () => {
    const parts = split('90071992547409.91', [1, 1, 1]);
    expect(parts).toEqual(['30023997515803.31', '30023997515803.30', '30023997515803.30']);
    const big = split('90071992547409.91', ['90071992547409.91', '1']);
    expect(big.reduce((s, p) => s + strCents(p), 0n)).toBe(9007199254740991n);
  });

  it('decimal weights of different scales', () => {
    // exact shares 133⅓, 333⅓, 533⅓ cents: equal remainders, the leftover cent goes to the earliest.
    expect(split('10', ['0.5', '1.25', 2])).toEqual(['1.34', '3.33', '5.33']);
  });

  it('the number and bigint paths agree where products exceed 2^53', () => {
    const weights = [9007199254740991, 3, 1];
    const viaNumber = allocateUnits(9007199254740991, weights);
    const viaBig = allocateUnitsBig(9007199254740991n, weights.map(BigInt)).map(Number);
    expect(viaNumber).toEqual(viaBig);
    expect(viaNumber.reduce((a, b) => a + b, 0)).toBe(9007199254740991);
    expect(allocateUnits(-7, [1, 1])).toEqual([-4, -3]);
    expect(allocateUnits(0, [1, 1])).toEqual([0, 0]);
  });

  it('the number path is taken up to 2^53 and left above it, with the same parts', () => {
    // total × sum of weights exactly 2^53 − 1: still plain numbers, exact.
    expect(allocateUnits(9007199254740991, [1])).toEqual([9007199254740991]);
    // Products beyond 2^53: in floats, 7,296,662,759,454,846 × 694 rounds, and the leftover
    // unit would go to the wrong part ([1774433800827079, 5522228958627767]); the bigint path
    // keeps the exact remainders (223 × total ≡ 132 and 694 × total ≡ 785 mod 917: the second part takes it).
    const total = 7_296_662_759_454_846;
    const weights = [223, 694];
    const parts = allocateUnits(total, weights);
    expect(parts).toEqual(allocateUnitsBig(BigInt(total), weights.map(BigInt)).map(Number));
    expect(parts).toEqual([1774433800827078, 5522228958627768]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    // Equal remainders: the earlier parts take the leftover, on both paths.
    expect(allocateUnits(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateUnitsBig(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
    const ones = Array.from({ length: 100 }, () => 1);
    const firstHalf = ones.map((_, i) => (i < 50 ? 1 : 0));
    expect(allocateUnits(50, ones)).toEqual(firstHalf);
    expect(allocateUnitsBig(50n, ones.map(BigInt)).map(Number)).toEqual(firstHalf);
  });

  it('does not mutate its input', () => {
    const weights = deepFreeze(['1', '2', '3']);
    expect(split('1.00', weights)).toEqual(['0.17', '0.33', '0.50']);
    expect(weights).toEqual(['1', '2', '3']);
  });
});

describe('GEN-3 allocate: bad input', () => {
  it('a total with fractions of a cent', () => {
    expectIssues(() => split('0.005', [1]), [{ path: ['total'], code: 'too_many_decimals' }]);
    expectIssues(() => split('1.005', [1]), [{ path: ['total'], code: 'too_many_decimals' }]);
  });

  it('negative, empty or all-zero weights: one issue each', () => {
    const issues = (weights: unknown) => expectIssues(() => split('1', weights), []).issues.map(({ path, code }) => ({ path, code }));
    expect(issues([1, -1])).toEqual([{ path: ['weights', 1], code: 'out_of_range' }]);
    expect(issues([0, 0])).toEqual([{ path: ['weights'], code: 'out_of_range' }]);
    expect(issues([])).toEqual([{ path: ['weights'], code: 'empty_list' }]);
  });

  it('non-money totals, totals beyond MAX_MONEY and non-list weights', () => {
    expectIssues(() => split('abc', [1]), [{ path: ['total'], code: 'not_money' }]);
    expectIssues(() => split('90071992547409.92', [1]), [{ path: ['total'], code: 'out_of_range' }]);
    expectIssues(() => split('1', null), [{ path: ['weights'], code: 'wrong_type' }]);
    expectIssues(
      () => split(undefined, undefined),
      [
        { path: ['total'], code: 'required' },
        { path: ['weights'], code: 'required' },
      ],
    );
  });

  it('the old positional call is rejected, not misread (breaking change of issue 13)', () => {
    expectIssues(() => (allocate as unknown as (t: string, w: number[]) => unknown)('100', [1, 1]), [{ path: [], code: 'wrong_type' }]);
  });

  it('unknown fields and options', () => {
    expectIssues(() => allocate({ total: '1', weights: [1], extra: 1 } as never), [{ path: ['extra'], code: 'unknown_field' }]);
    expectIssues(
      () => allocate({ total: '1', weights: [1] }, { rounding: 'floor' } as never),
      [{ path: ['options', 'rounding'], code: 'unknown_field' }],
    );
  });
});

describe('GEN-3 allocate: the definition and its explanation', () => {
  it('is a calculator definition in CALCULATORS', () => {
    expect(CALCULATORS).toContain(allocateDefinition);
    expect(allocateDefinition.rules).toEqual(['GEN-3']);
    expect(allocateDefinition.run(allocateDefinition.example)).toEqual({ parts: ['25000.01', '25000.01', '25000.01', '25000.00'] });
  });

  it('GEN-3 explains the split in one step citing GEN-3', () => {
    const r = allocate({ total: '100', weights: [1, '1', 1] }, { explain: true });
    expect(r.parts).toEqual(['33.34', '33.33', '33.33']);
    expect(r.steps?.map((s) => s.rule)).toEqual(['GEN-3']);
    expect(r.steps?.[0]?.inputs.map((i) => i.value)).toEqual(['100.00', '1 : 1 : 1']);
    expect(r.steps?.[0]?.result.value).toBe('33.34 + 33.33 + 33.33');
    expect(allocate({ total: '100', weights: [1] })).not.toHaveProperty('steps');
  });
});

describe('GEN-3 allocate: properties', () => {
  const weightsArb = fc
    .array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0));

  it('GEN-3 parts add up exactly to the total', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), weightsArb, (cents, weights) => {
        const parts = split(centsStr(cents), weights);
        expect(parts.reduce((s, p) => s + strCents(p), 0n)).toBe(cents);
      }),
    );
  });

  it('GEN-3 no part differs from its exact share by a cent or more', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), weightsArb, (cents, weights) => {
        const parts = split(centsStr(cents), weights).map(strCents);
        const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
        parts.forEach((p, i) => {
          // |p − cents × w / sum| < 1  ⇔  |p × sum − cents × w| < sum
          const diff = p * sum - cents * BigInt(weights[i] as number);
          expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
        });
      }),
    );
  });

  it('GEN-3 equal weights: parts differ by at most a cent, earlier never smaller', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 12 }), (cents, n) => {
        const parts = split(
          centsStr(cents),
          Array.from({ length: n }, () => 1),
        ).map(strCents);
        for (let i = 1; i < parts.length; i++) {
          expect((parts[i - 1] as bigint) >= (parts[i] as bigint)).toBe(true);
          expect((parts[0] as bigint) - (parts[i] as bigint) <= 1n).toBe(true);
        }
      }),
    );
  });

  it('GEN-3 the number fast path equals the bigint path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger()), weightsArb, (total, weights) => {
        expect(allocateUnits(total, weights)).toEqual(allocateUnitsBig(BigInt(total), weights.map(BigInt)).map(Number));
      }),
    );
  });
});

describe('allocate: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(allocateDefinition)).toMatchInlineSnapshot(`
      "GEN-3  Each part = total x weight / sum of weights, floored to the cent; the leftover cents go to the largest remainders, ties to the earlier part
        Total to split                                             $100,000.03
        Weights                                                  1 : 1 : 1 : 1
        ----------------------------------------------------------------------
        Parts                        25000.01 + 25000.01 + 25000.01 + 25000.00"
    `);
  });
});
