// The special functions of RET-12's closed forms and samplers (src/core/special.ts), against
// values of mpmath at 40 digits (`mp.erfc`, `mp.ncdf`, `mp.loggamma`, each rounded once to a
// double), and against the identities they satisfy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, logGamma, normalCdf } from '../../src/core/special.js';

/** The next double above `x` (x finite and positive). */
function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const u = new BigUint64Array(b.buffer);
  u[0] = (u[0] as bigint) + 1n;
  return b[0] as number;
}

/** |a − b| / |b|. */
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

const ERFC: ReadonlyArray<readonly [number, number]> = [
  [-6, 2.0],
  [-4.25, 1.9999999981494259],
  [-3, 1.9999779095030015],
  [-1.5, 1.9661051464753108],
  [-1, 1.8427007929497148],
  [-0.46875, 1.492613473217938],
  [-0.3, 1.3286267594591274],
  [-1e-17, 1.0],
  [0, 1.0],
  [1e-17, 1.0],
  [1e-9, 0.9999999988716208],
  [0.1, 0.887537083981715],
  [0.2, 0.7772974107895215],
  [0.3, 0.6713732405408726],
  [0.46875, 0.507386526782062],
  [nextUp(0.46875), 0.507386526782062],
  [0.5, 0.4795001221869535],
  [0.75, 0.28884436634648486],
  [1, 0.15729920705028513],
  [2, 0.004677734981047266],
  [3.5, 7.430983723414128e-7],
  [3.9, 3.4792248597231765e-8],
  [4, 1.541725790028002e-8],
  [nextUp(4), 1.5417257900279907e-8],
  [4.5, 1.9661604415428876e-10],
  [5, 1.537459794428035e-12],
  [6, 2.1519736712498913e-17],
  [8, 1.1224297172982926e-29],
  [10, 2.088487583762545e-45],
  [12, 1.3562611692059042e-64],
  [20, 5.395865611607901e-176],
  [26, 5.663192408856143e-296],
  [26.5, 2.2109076642637343e-307],
  [26.54, 2.6455581744685104e-308],
];

const NORMAL_CDF: ReadonlyArray<readonly [number, number]> = [
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-1.96, 0.024997895148220435],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.5, 0.6914624612740131],
  [1, 0.8413447460685429],
  [1.6448536269514722, 0.95],
  [3, 0.9986501019683699],
  [8, 0.9999999999999993],
];

const LOG_GAMMA: ReadonlyArray<readonly [number, number]> = [
  [1e-300, 690.7755278982137],
  [1e-8, 18.42068073818021],
  [0.001, 6.907178885383853],
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247001],
  [0.9, 0.06637623973474295],
  [1, 0],
  [1.5, -0.12078223763524522],
  [2, 0],
  [2.5, 0.2846828704729192],
  [3, Math.LN2],
  [4.2, 2.04855563696059],
  [6.5, 5.662562059857142],
  [6.999, 6.577378504451513],
  [7, 6.579251212010101],
  [7.5, 7.534364236758733],
  [10, 12.801827480081469],
  [11, 15.104412573075516],
  [33.3, 82.60372358165495],
  [100, 359.1342053695754],
  [101, 363.73937555556347],
  [1000.5, 5908.674175848678],
  [1e6, 12815504.569147611],
  [1e12, 26631021115915.652],
];

describe('RET-12 erfc (Cody 1969, as SPECFUN CALERF)', () => {
  it('RET-12 erfc is within 5e-16 relative of mpmath in all three intervals, both signs, and at the interval edges', () => {
    for (const [x, want] of ERFC) expect(relative(erfc(x), want), `erfc(${x})`).toBeLessThan(5e-16);
  });

  it('RET-12 erfc is 0 from 26.543 (CALERF XBIG: below the smallest normal double), 2 far left, and keeps NaN', () => {
    expect(erfc(26.5429)).toBeGreaterThan(0);
    expect([erfc(26.543), erfc(27), erfc(Number.POSITIVE_INFINITY)]).toEqual([0, 0, 0]);
    expect([erfc(-27), erfc(Number.NEGATIVE_INFINITY)]).toEqual([2, 2]);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it('RET-12 erfc(x) + erfc(−x) = 2, and erfc decreases across the interval edges', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(erfc(x) + erfc(-x) - 2)).toBeLessThanOrEqual(2 ** -51);
      }),
    );
    // (the values at each edge and one double past it are in the mpmath table above)
    for (const edge of [0.46875, 4]) expect(erfc(edge)).toBeGreaterThanOrEqual(erfc(nextUp(edge)));
  });
});

describe('RET-12 normalCdf', () => {
  it('RET-12 normalCdf is within (1 + z²) × 2^-52 relative of mpmath (the conditioning of Φ: z / √2 is rounded), in both tails', () => {
    for (const [z, want] of NORMAL_CDF) expect(relative(normalCdf(z), want), `Φ(${z})`).toBeLessThan((1 + z * z) * 2 ** -52);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-38)).toBe(0); // Φ(−38) ≈ 2.9e-316 is subnormal: erfc's XBIG
  });

  it('RET-12 Φ(z) + Φ(−z) = 1 (the upper tail is Φ(−z), never 1 − Φ(z))', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (z) => {
        expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThanOrEqual(2 ** -52);
      }),
    );
  });
});

describe('RET-12 logGamma (Stirling at x + n ≥ 7, then the recurrence)', () => {
  it('RET-12 logGamma is within 2e-15 of max(1, |ln Γ|) of mpmath, from 1e-300 to 1e12; exactly 0 at 1 and 2', () => {
    for (const [x, want] of LOG_GAMMA) {
      expect(Math.abs(logGamma(x) - want) / Math.max(1, Math.abs(want)), `lnΓ(${x})`).toBeLessThan(2e-15);
    }
    expect([logGamma(1), logGamma(2)]).toEqual([0, 0]);
  });

  it('RET-12 ln Γ(k + 1) = ln k! for the whole numbers PTRS uses', () => {
    let lnFactorial = 0;
    for (let k = 1; k <= 200; k++) {
      lnFactorial += Math.log(k);
      expect(Math.abs(logGamma(k + 1) - lnFactorial) / Math.max(1, lnFactorial), `ln ${k}!`).toBeLessThan(4e-15);
    }
  });

  it('RET-12 ln Γ(x + 1) = ln Γ(x) + ln x, including small x (the recurrence keeps the digits of x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 40, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        const scale = Math.max(1, Math.abs(logGamma(x)), Math.abs(Math.log(x)));
        expect(Math.abs(lhs - rhs) / scale).toBeLessThan(4e-15);
      }),
    );
  });
});
