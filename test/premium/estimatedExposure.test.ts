import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatedExposure, formatWorksheet } from 'wcra-calc';
import { estimatedExposureDefinition } from '../../src/premium/estimatedExposure.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, cents, deepFreeze, expectIssues, MAX_CENTS, toCents } from './helpers.js';

/** A decimal string as an exact fraction num / 10^places. */
function fraction(s: string): { num: bigint; den: bigint } {
  const [w = '0', f = ''] = s.split('.');
  return { num: BigInt(w + f), den: 10n ** BigInt(f.length) };
}
/** Round half-up a non-negative fraction to an integer. */
const roundHalfUp = (num: bigint, den: bigint): bigint => (2n * num + den) / (2n * den);

describe('estimatedExposure: worked examples', () => {
  it('PRM-4 seed 002: a 0.2% share of a $6,000,000,000 projection is the $12,000,000 estimated exposure', () => {
    expect(estimatedExposure({ memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' })).toStrictEqual({
      share: '0.002',
      exposure: '12000000.00',
    });
  });

  it('PRM-4 a non-terminating share is rounded up to 12 significant digits and reproduces the exposure', () => {
    expect(estimatedExposure({ memberActual: '1', totalActual: '3', projectedTotal: '100' })).toStrictEqual({
      share: '0.333333333334',
      exposure: '33.33',
    });
    const r = estimatedExposure({ memberActual: '7654321.09', totalActual: '4987654321.98', projectedTotal: '5432109876.54' });
    // 7,654,321.09 x 5,432,109,876.54 / 4,987,654,321.98 = 8,336,406.3571...
    expect(r).toStrictEqual({ share: '0.00153465348557', exposure: '8336406.36' });
  });

  it('PRM-4 explanation: share, then member actual x projected / total actual; prints as a worksheet', () => {
    const r = estimatedExposure({ memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'PRM-4',
        description: expect.any(String),
        inputs: [
          { label: "Member's actual exposure (Y - 2)", value: '10000000.00', kind: 'money' },
          { label: 'WCRA total actual exposure (Y - 2)', value: '5000000000.00', kind: 'money', operator: '/' },
        ],
        result: { label: 'Pro rata share', value: '0.002', kind: 'number' },
      },
      {
        rule: 'PRM-4',
        description: expect.any(String),
        inputs: [
          { label: "Member's actual exposure (Y - 2)", value: '10000000.00', kind: 'money' },
          { label: 'WCRA projected total exposure (Y)', value: '6000000000.00', kind: 'money', operator: 'x' },
          { label: 'WCRA total actual exposure (Y - 2)', value: '5000000000.00', kind: 'money', operator: '/' },
        ],
        result: { label: 'Estimated exposure (Y)', value: '12000000.00', kind: 'money' },
      },
    ]);
    expect(
      formatWorksheet(r.steps ?? [])
        .split('\n')
        .at(-1),
    ).toMatch(/^ {2}Estimated exposure \(Y\) +\$12,000,000\.00$/);
  });
});

describe('estimatedExposure: edge cases', () => {
  it('PRM-4 GEN-1 a half-cent tie with a non-terminating share: 0.05 x 0.03 / 0.06 = 0.025 -> 0.03', () => {
    // The share 0.8333... rounded half-up (0.833333333333) would give 0.0249999... -> 0.02: rounding it up keeps the tie.
    expect(estimatedExposure({ memberActual: '0.05', totalActual: '0.06', projectedTotal: '0.03' })).toStrictEqual({
      share: '0.833333333334',
      exposure: '0.03',
    });
  });

  it('PRM-4 zero exposure: a member with none, or a zero projection', () => {
    expect(estimatedExposure({ memberActual: '0', totalActual: '5000000000', projectedTotal: '6000000000' })).toStrictEqual({
      share: '0',
      exposure: '0.00',
    });
    expect(estimatedExposure({ memberActual: '1', totalActual: '3', projectedTotal: '0' })).toStrictEqual({
      share: '0.333333333334',
      exposure: '0.00',
    });
  });

  it('PRM-4 a single member holding all the exposure gets the whole projection', () => {
    expect(estimatedExposure({ memberActual: '123.45', totalActual: '123.45', projectedTotal: '999.99' })).toStrictEqual({
      share: '1',
      exposure: '999.99',
    });
  });

  it('PRM-4 amounts near 2^53 cents: more digits where a 12-digit share would not reproduce the exposure', () => {
    expect(
      estimatedExposure({ memberActual: '90071992547409.90', totalActual: '90071992547409.91', projectedTotal: '90071992547409.91' }),
    ).toStrictEqual({ share: '0.9999999999999999', exposure: '90071992547409.90' });
    expect(
      estimatedExposure({ memberActual: '0.01', totalActual: '90071992547409.91', projectedTotal: '90071992547409.91' }),
    ).toStrictEqual({
      share: '0.000000000000000111022302463',
      exposure: '0.01',
    });
  });
});

describe('properties', () => {
  /** memberActual ≤ totalActual, projection, all in cents up to 2^53 − 1. */
  const amounts = fc
    .tuple(fc.bigInt({ min: 1n, max: MAX_CENTS }), fc.bigInt({ min: 0n, max: MAX_CENTS }), fc.bigInt({ min: 0n, max: MAX_CENTS }))
    .map(([t, m, p]) => ({ t, m: m % (t + 1n), p }));
  /** Constructed half-cent ties: m·p/t = o/2 cents, with a share o/(2p) that rarely terminates. */
  const ties = fc
    .tuple(fc.bigInt({ min: 1n, max: 1_000_000n }), fc.bigInt({ min: 1n, max: 1_000_000n }), fc.bigInt({ min: 0n, max: 1_000_000n }))
    .map(([p, q, j]) => ({ p, t: 2n * p * q, m: (2n * (j % p) + 1n) * q }));
  const check = ({ m, t, p }: { m: bigint; t: bigint; p: bigint }): void => {
    const r = estimatedExposure({ memberActual: cents(m), totalActual: cents(t), projectedTotal: cents(p) });
    // The exposure is memberActual x projectedTotal / totalActual rounded half-up, in exact integers.
    expect(toCents(r.exposure)).toBe(roundHalfUp(m * p, t));
    // share x projectedTotal, rounded to cents half-up, reproduces the exposure.
    const s = fraction(r.share);
    expect(roundHalfUp(s.num * p, s.den)).toBe(toCents(r.exposure));
    // The share is never below memberActual / totalActual, less than one unit of its last digit
    // above it, at least 12 significant digits accurate, and at most 33 decimal places long.
    const excess = s.num * t - m * s.den;
    expect(excess >= 0n).toBe(true);
    expect((s.num - 1n) * t < m * s.den).toBe(true);
    expect(excess * 10n ** 11n < m * s.den || excess === 0n).toBe(true);
    expect(s.den <= 10n ** 33n).toBe(true);
  };

  it('PRM-4 share x projectedTotal reproduces the exposure, and the exposure is exact (random amounts)', () => {
    fc.assert(fc.property(amounts, check));
  });

  it('PRM-4 share x projectedTotal reproduces the exposure on constructed half-cent ties', () => {
    fc.assert(
      fc.property(ties, (c) => {
        expect(roundHalfUp(c.m * c.p, c.t) * 2n * c.t - 2n * c.m * c.p).toBe(c.t); // it is a tie
        check(c);
      }),
    );
  });

  it('PRM-4 the estimated exposures of members sum to the projection within half a cent per member', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10_000_000_000n }), { minLength: 1, maxLength: 10 }),
        fc.bigInt({ min: 0n, max: MAX_CENTS / 2n }),
        (members, p) => {
          const t = members.reduce((a, b) => a + b, 0n);
          fc.pre(t > 0n);
          const sum = members.reduce(
            (s, m) => s + toCents(estimatedExposure({ memberActual: cents(m), totalActual: cents(t), projectedTotal: cents(p) }).exposure),
            0n,
          );
          const diff = sum - p;
          expect(2n * (diff < 0n ? -diff : diff) <= BigInt(members.length)).toBe(true);
        },
      ),
    );
  });
});

describe('estimatedExposure: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ memberActual: '1', totalActual: '3', projectedTotal: '100' });
    estimatedExposure(input, { explain: true });
    expect(input).toStrictEqual({ memberActual: '1', totalActual: '3', projectedTotal: '100' });
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['a missing field', { memberActual: '1', totalActual: '3' }, ['projectedTotal'], 'required'],
    ['a negative amount', { memberActual: '-1', totalActual: '3', projectedTotal: '1' }, ['memberActual'], 'out_of_range'],
    ['text', { memberActual: '1', totalActual: 'three', projectedTotal: '1' }, ['totalActual'], 'not_money'],
    ['text for the member', { memberActual: 'abc', totalActual: '0', projectedTotal: '1' }, ['memberActual'], 'not_money'],
    ['Infinity', { memberActual: '1', totalActual: '3', projectedTotal: Number.POSITIVE_INFINITY }, ['projectedTotal'], 'not_money'],
    ['a zero total', { memberActual: '0', totalActual: '0', projectedTotal: '1' }, ['totalActual'], 'out_of_range'],
    ['a member above the total', { memberActual: '3.01', totalActual: '3', projectedTotal: '1' }, ['memberActual'], 'inconsistent'],
  ])('PRM-4 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => estimatedExposure(input as never), [{ path, code }]);
  });

  it('bad options are INVALID_INPUT under options', () => {
    const e = catchWcra(() => estimatedExposure({ memberActual: '1', totalActual: '3', projectedTotal: '1' }, { explain: 1 } as never));
    expect(e.issues[0]?.path).toStrictEqual(['options', 'explain']);
  });
});

describe('estimatedExposure: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(estimatedExposureDefinition)).toMatchInlineSnapshot(`
      "PRM-4  Pro rata share = member's actual exposure / WCRA total actual exposure (Y - 2)
        Member's actual exposure (Y - 2)                        $10,000,000.00
        WCRA total actual exposure (Y - 2)                 / $5,000,000,000.00
        ----------------------------------------------------------------------
        Pro rata share                                                   0.002

      PRM-4  Estimated exposure = member's actual exposure x WCRA projected total (Y) / WCRA total actual (Y - 2), rounded half-up to cents
        Member's actual exposure (Y - 2)                        $10,000,000.00
        WCRA projected total exposure (Y)                  x $6,000,000,000.00
        WCRA total actual exposure (Y - 2)                 / $5,000,000,000.00
        ----------------------------------------------------------------------
        Estimated exposure (Y)                                  $12,000,000.00"
    `);
  });
});
