import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineRatingsDefinition } from '../../src/benefits/combineRatings.js';
import { combineRatings } from '../../src/index.js';
import { deepFreeze, expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

/** A rating in hundredths of a percent (0 … 10000) as a percent string ("12.34"). */
const hundredths = (h: number): string => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`.replace(/\.00$/, '');
const arbRating = fc.integer({ min: 0, max: 10_000 });

/** Exact fraction n / 10^k as a plain decimal string without trailing zeros. */
function decimalString(n: bigint, k: number): string {
  if (k === 0) return n.toString();
  const s = n.toString().padStart(k + 1, '0');
  const out = `${s.slice(0, -k)}.${s.slice(-k)}`.replace(/0+$/, '').replace(/\.$/, '');
  return out;
}

/**
 * Differential oracle: A + B(1 − A) applied from the largest rating down, with BigInt rationals
 * (a percent c is kept as c / 10^k with k growing by 4 at each step): a second way of writing BEN-6.
 */
function sequentialCombine(ratings: ReadonlyArray<number>): string {
  const sorted = [...ratings].sort((a, b) => b - a).map(BigInt);
  // The combined percent c is num / 10^k; a rating r (hundredths) is r / 100 percent.
  let num = sorted[0] ?? 0n;
  let k = 2;
  for (const r of sorted.slice(1)) {
    // next = c + (r / 100) × (100 − c) / 100, written over 10^(k + 4).
    num = num * 10_000n + r * (100n * 10n ** BigInt(k) - num);
    k += 4;
  }
  return decimalString(num, k);
}

describe('BEN-6 combineRatings: values', () => {
  it('BEN-6 A + B(1 - A): 35% and 20% give 48%; a third 2% gives 49.04%', () => {
    expect(combineRatings({ ratings: ['20', '35'] })).toEqual({ combined: '48' });
    expect(combineRatings({ ratings: ['35', '20', '2'] })).toEqual({ combined: '49.04' });
  });
  it('BEN-6 the combined rating is kept exact, not rounded', () => {
    expect(combineRatings({ ratings: ['0.5', '0.5'] }).combined).toBe('0.9975');
    expect(combineRatings({ ratings: ['12.34', '5.67'] }).combined).toBe('17.310322');
    expect(combineRatings({ ratings: ['12.34', '5.67', '3.21'] }).combined).toBe('19.9646606638');
  });
  it('BEN-6 one rating is itself; 100% stays 100%; numbers are read exactly', () => {
    expect(combineRatings({ ratings: ['12.5'] }).combined).toBe('12.5');
    expect(combineRatings({ ratings: ['100', '30'] }).combined).toBe('100');
    expect(combineRatings({ ratings: [0, 0] }).combined).toBe('0');
    expect(combineRatings({ ratings: [0.1, 0.2] }).combined).toBe('0.2998');
  });
  it('BEN-6 exact with many ratings (the product is kept past the 120 digits of the engine)', () => {
    const ratings = Array.from({ length: 100 }, () => '0.01');
    const r = combineRatings({ ratings }).combined;
    // 100 × (1 − 0.9999^100): 0.9999^100 has 400 decimals, so the percent has 398.
    expect(r).toBe(sequentialCombine(ratings.map(() => 1)));
    expect(r.split('.')[1]?.length).toBe(398);
  });
});

describe('BEN-6 combineRatings: properties', () => {
  it('BEN-6 equals A + B(1 - A) applied from the largest down (BigInt oracle), in any order', () => {
    fc.assert(
      fc.property(fc.array(arbRating, { minLength: 1, maxLength: 6 }), (hs) => {
        const expected = sequentialCombine(hs);
        expect(combineRatings({ ratings: hs.map(hundredths) }).combined).toBe(expected);
        expect(combineRatings({ ratings: [...hs].reverse().map(hundredths) }).combined).toBe(expected);
      }),
    );
  });
  it('BEN-6 never below the largest rating, never above 100, and rises with each rating', () => {
    fc.assert(
      fc.property(fc.array(arbRating, { minLength: 1, maxLength: 6 }), arbRating, (hs, extra) => {
        const c = Number(combineRatings({ ratings: hs.map(hundredths) }).combined); // order checks only
        const more = Number(combineRatings({ ratings: [...hs, extra].map(hundredths) }).combined);
        expect(c).toBeGreaterThanOrEqual(Math.max(...hs) / 100);
        expect(c).toBeLessThanOrEqual(100);
        expect(more).toBeGreaterThanOrEqual(c);
      }),
    );
  });
  it('BEN-6 does not mutate its input', () => {
    const input = deepFreeze({ ratings: ['20', '35'] });
    expect(combineRatings(input).combined).toBe('48');
    expect(input.ratings).toEqual(['20', '35']);
  });
});

describe('BEN-6 combineRatings: bad input', () => {
  it('BEN-6 codes: no rating, more than 100, not a number, below 0, above 100', () => {
    expectIssues(() => combineRatings({ ratings: [] }), [{ path: ['ratings'], code: 'empty_list' }]);
    expectIssues(() => combineRatings({ ratings: Array.from({ length: 101 }, () => '1') }), [{ path: ['ratings'], code: 'too_many' }]);
    expectIssues(
      () => combineRatings({ ratings: ['abc', '-1', '100.01'] }),
      [
        { path: ['ratings', 0], code: 'not_a_number' },
        { path: ['ratings', 1], code: 'out_of_range' },
        { path: ['ratings', 2], code: 'out_of_range' },
      ],
    );
    expectIssues(() => combineRatings({ ratings: ['1'], extra: 1 } as never), [{ path: ['extra'], code: 'unknown_field' }]);
  });
});

describe('BEN-6 combineRatings: explain', () => {
  it('BEN-6 one step citing BEN-6, the ratings largest first', () => {
    const r = combineRatings({ ratings: ['20', '35', '2'] }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['BEN-6']);
    expect(r.steps?.[0]?.inputs.map((i) => i.value)).toEqual(['35', '20', '2']);
    expect(r.steps?.[0]?.result.value).toBe('49.04');
  });
});

describe('combineRatings: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(combineRatingsDefinition)).toMatchInlineSnapshot(`
      "BEN-6  Combined rating = A + B(1 - A) from the largest rating down (exact)
        Rating 1 (%)                                                        35
        Rating 2 (%)                                                        20
        ----------------------------------------------------------------------
        Combined rating (%)                                                 48"
    `);
  });
});
