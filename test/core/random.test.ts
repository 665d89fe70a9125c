// The seeded generator and samplers of RET-12's simulations (src/core/random.ts): known answers
// from an independent Python reference written from the published algorithms
// (test/core/reference/random_reference.py, which prints random_reference.json), and goodness of
// fit of each sampler against its exact distribution on fixed seeds (so the figures never move).
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.js';
import { normalCdf } from '../../src/core/special.js';
import reference from './reference/random_reference.json' with { type: 'json' };

/** `count` draws of `draw` from a generator seeded with `seed`. */
function draws(seed: number, count: number, draw: (r: Random) => number): number[] {
  const r = new Random(seed);
  return Array.from({ length: count }, () => draw(r));
}

/** |a − b| / |b| (or |a| when b is 0). */
const relative = (a: number, b: number): number => Math.abs(a - b) / (b === 0 ? 1 : Math.abs(b));

/** The 99.9% point of χ² with `df` degrees of freedom (Wilson–Hilferty; z = 3.090). */
function chiSquare999(df: number): number {
  const c = 2 / (9 * df);
  return df * (1 - c + 3.09 * Math.sqrt(c)) ** 3;
}

/** Pearson's χ² of Poisson counts against the exact pmf, tail cells merged until each expects ≥ 5. */
function poissonChiSquare(xs: readonly number[], mean: number): { stat: number; df: number } {
  const n = xs.length;
  const counts = new Map<number, number>();
  for (const k of xs) counts.set(k, (counts.get(k) ?? 0) + 1);
  const cells: Array<{ observed: number; expected: number }> = [];
  let observed = 0;
  let expected = 0;
  let below = 0;
  let logPmf = -mean; // ln pmf(k) = −mean + k ln mean − ln k!, stepped (no overflow at large means)
  for (let k = 0; below < 1 - 1e-12 || k <= mean; k++) {
    if (k > 0) logPmf += Math.log(mean) - Math.log(k);
    const p = Math.exp(logPmf);
    below += p;
    observed += counts.get(k) ?? 0;
    expected += n * p;
    if (expected >= 5 && n * (1 - below) >= 5) {
      cells.push({ observed, expected });
      observed = 0;
      expected = 0;
    }
  }
  // the rest of the upper tail (everything above the last cell)
  const seen = cells.reduce((s, c) => s + c.observed, 0);
  cells.push({ observed: n - seen, expected: n * Math.max(0, 1 - cells.reduce((s, c) => s + c.expected / n, 0)) });
  const stat = cells.reduce((s, c) => s + (c.observed - c.expected) ** 2 / c.expected, 0);
  return { stat, df: cells.length - 1 };
}

/** The Kolmogorov–Smirnov distance of a sample from a distribution function. */
function ksDistance(xs: readonly number[], cdf: (x: number) => number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  });
  return d;
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[]): number => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('RET-12 Random: known answers of the independent reference', () => {
  it('RET-12 SplitMix32 seeding then xoshiro128**: the first outputs of seeds 0, 1, 42 and 2^32 − 1', () => {
    for (const [seed, want] of Object.entries(reference.uint32)) {
      expect(
        draws(Number(seed), want.length, (r) => r.nextUint32()),
        `seed ${seed}`,
      ).toEqual(want);
    }
  });

  it('RET-12 the reference next() of Blackman and Vigna: from state [1, 2, 3, 4] it gives 11520, 0, 5927040', () => {
    const r = new Random(0);
    Object.assign(r, { s0: 1, s1: 2, s2: 3, s3: 4 });
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  it('RET-12 a seed is read as a 32-bit unsigned integer, and seeds differ in their streams', () => {
    expect(draws(2 ** 32 + 42, 6, (r) => r.nextUint32())).toEqual(reference.uint32['42']);
    expect(draws(-1, 6, (r) => r.nextUint32())).toEqual(reference.uint32['4294967295']);
    const streams = new Set([0, 1, 2, 3, 42, 43].map((s) => draws(s, 4, (r) => r.nextUint32()).join()));
    expect(streams.size).toBe(6);
  });

  it('RET-12 uniform is (x + 0.5) / 2^32 of the next output, strictly inside (0, 1)', () => {
    const xs = reference.uint32['1'];
    expect(draws(1, xs.length, (r) => r.uniform())).toEqual(xs.map((x) => (x + 0.5) / 2 ** 32));
    const r = new Random(0);
    Object.assign(r, { s0: 0, s1: 0, s2: 0, s3: 0 }); // output 0 (a state never reached; here only to test the map)
    expect(r.uniform()).toBe(0.5 / 2 ** 32);
    const us = draws(3, 5000, (g) => g.uniform());
    expect(us.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it('RET-12 normal (polar method, the second of each pair kept): the reference values', () => {
    const got = draws(7, reference.normal.length, (r) => r.normal());
    for (const [i, z] of got.entries()) expect(relative(z, reference.normal[i] as number), `normal ${i}`).toBeLessThan(1e-14);
  });

  it('RET-12 gamma (Marsaglia–Tsang, boosted below shape 1): the reference values', () => {
    for (const [shape, want] of Object.entries(reference.gamma)) {
      const got = draws(11, want.length, (r) => r.gamma(Number(shape)));
      for (const [i, g] of got.entries()) expect(relative(g, want[i] as number), `gamma ${shape} #${i}`).toBeLessThan(1e-13);
    }
  });

  it('RET-12 Poisson (inversion below 10, PTRS from 10): the reference counts', () => {
    for (const [m, want] of Object.entries(reference.poisson)) {
      expect(
        draws(13, want.length, (r) => r.poisson(Number(m))),
        `Poisson ${m}`,
      ).toEqual(want);
    }
    expect(draws(13, 3, (r) => r.poisson(0))).toEqual([0, 0, 0]);
  });

  it('RET-12 Poisson PTRS: long runs at small means, where a wrong squeeze or quick rejection would change a draw the exact test decides, match the reference digest', () => {
    for (const [m, want] of Object.entries(reference.poissonDigest)) {
      const ks = draws(13, want.draws, (r) => r.poisson(Number(m)));
      const digest = { draws: ks.length, sum: 0, weighted: 0 };
      for (const [i, k] of ks.entries()) {
        digest.sum += k;
        digest.weighted += (i + 1) * k;
      }
      expect(digest, `Poisson ${m}`).toEqual(want);
    }
  });
});

describe('RET-12 Random: each sampler fits its distribution (fixed seeds, 0.1% critical values)', () => {
  const n = 20_000;

  it('RET-12 uniform: Kolmogorov–Smirnov against the identity', () => {
    expect(
      ksDistance(
        draws(21, n, (r) => r.uniform()),
        (x) => x,
      ),
    ).toBeLessThan(1.95 / Math.sqrt(n));
  });

  it('RET-12 normal: Kolmogorov–Smirnov against Φ, mean 0 and variance 1 within 4 standard errors', () => {
    const zs = draws(22, n, (r) => r.normal());
    expect(ksDistance(zs, normalCdf)).toBeLessThan(1.95 / Math.sqrt(n));
    // the odd and even draws (each pair's two halves) fit on their own
    expect(
      ksDistance(
        zs.filter((_, i) => i % 2 === 1),
        normalCdf,
      ),
    ).toBeLessThan(1.95 / Math.sqrt(n / 2));
    expect(Math.abs(mean(zs)) / Math.sqrt(1 / n)).toBeLessThan(4);
    expect(Math.abs(variance(zs) - 1) / Math.sqrt(2 / n)).toBeLessThan(4);
  });

  it('RET-12 gamma: shape 1 fits the exponential; every shape has mean and variance a within 4 standard errors', () => {
    expect(
      ksDistance(
        draws(23, n, (r) => r.gamma(1)),
        (x) => -Math.expm1(-x),
      ),
    ).toBeLessThan(1.95 / Math.sqrt(n));
    for (const a of [0.3, 0.8, 1, 2.5, 6.5, 40]) {
      const gs = draws(24, n, (r) => r.gamma(a));
      expect(gs.every((g) => g > 0)).toBe(true);
      expect(Math.abs(mean(gs) - a) / Math.sqrt(a / n), `gamma ${a} mean`).toBeLessThan(4);
      // Var of the sample variance ≈ (μ₄ − σ⁴) / n with μ₄ = 3a² + 6a
      expect(Math.abs(variance(gs) - a) / Math.sqrt((2 * a * a + 6 * a) / n), `gamma ${a} variance`).toBeLessThan(4);
    }
  });

  it('RET-12 Poisson: Pearson χ² against the exact pmf, on both sides of the mean of 10 where the method changes', () => {
    for (const m of [0.05, 0.7, 4, 9.9, 10, 12, 50, 400, 5000]) {
      const { stat, df } = poissonChiSquare(
        draws(25, n, (r) => r.poisson(m)),
        m,
      );
      expect(df, `Poisson ${m} cells`).toBeGreaterThan(m < 1 ? 0 : 3);
      expect(stat, `Poisson ${m}: χ² with ${df} df`).toBeLessThan(chiSquare999(df));
    }
  });

  it('RET-12 Poisson: a generator reused across means gives each mean its own distribution (PTRS constants are per mean)', () => {
    const r = new Random(26);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < n; i++) {
      a.push(r.poisson(20));
      b.push(r.poisson(300));
    }
    expect(poissonChiSquare(a, 20).stat).toBeLessThan(chiSquare999(poissonChiSquare(a, 20).df));
    expect(poissonChiSquare(b, 300).stat).toBeLessThan(chiSquare999(poissonChiSquare(b, 300).df));
  });
});
