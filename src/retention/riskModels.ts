/**
 * The frequency and severity models of `retentionRiskProfile` (RET-12): the closed forms of the
 * limited expected value E[min(X, R)] and the mean E[X] of each severity kind, their survival
 * functions, the samplers, and the one shared simulation of annual retained losses.
 * @internal
 * @module
 */
import { D, type Dec } from '../core/decimal.js';
import { toDecimal } from '../core/money.js';
import type { Random } from '../core/random.js';
import { normalCdf } from '../core/special.js';

/** A parsed severity (per occurrence, dollars). @internal */
export type SeverityModel =
  | { readonly kind: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly kind: 'pareto'; readonly shape: number; readonly scale: number }
  | { readonly kind: 'empirical'; readonly losses: ReadonlyArray<number> }
  | { readonly kind: 'mixture'; readonly parts: ReadonlyArray<{ readonly weight: Dec; readonly severity: SeverityModel }> };

/** A parsed frequency (occurrences per year). @internal */
export type FrequencyModel =
  | { readonly kind: 'poisson'; readonly mean: number }
  | { readonly kind: 'negative-binomial'; readonly mean: number; readonly cv: number };

/** A finite double as an exact decimal (its shortest round-trip digits). */
function dec(x: number): Dec {
  return toDecimal(x);
}

/** Σ min(c, R) over integer-cent losses, as dollars (exact). */
function empiricalLimited(losses: ReadonlyArray<number>, limitCents: bigint | undefined): Dec {
  let sum = 0n;
  for (const c of losses) {
    const b = BigInt(c);
    sum += limitCents !== undefined && b > limitCents ? limitCents : b;
  }
  return new D(sum.toString()).div(100).div(losses.length);
}

/** The lognormal mean exp(mu + sigma² / 2). @internal */
export function lognormalMean(mu: number, sigma: number): number {
  return Math.exp(mu + (sigma * sigma) / 2);
}

/**
 * E[X] of a severity, in dollars: lognormal exp(μ + σ²/2); Pareto II θ / (α − 1); empirical the
 * exact average; mixture Σ wᵢ E[Xᵢ]. @internal
 */
export function severityMean(s: SeverityModel): Dec {
  switch (s.kind) {
    case 'lognormal':
      return dec(lognormalMean(s.mu, s.sigma));
    case 'pareto':
      return dec(s.scale / (s.shape - 1));
    case 'empirical':
      return empiricalLimited(s.losses, undefined);
    case 'mixture':
      return s.parts.reduce((sum, p) => sum.plus(p.weight.times(severityMean(p.severity))), new D(0));
  }
}

/**
 * The limited expected value E[min(X, R)] in dollars, in closed form (RET-12):
 * - lognormal: e^(μ+σ²/2) Φ((ln R − μ − σ²)/σ) + R Φ((μ − ln R)/σ) (Φ from Cody's erfc);
 * - Pareto II (Lomax): θ/(α − 1) · (1 − (θ/(R + θ))^(α−1)), computed with expm1 and log1p;
 * - empirical: the exact average of min(xᵢ, R);
 * - mixture: Σ wᵢ E[min(Xᵢ, R)].
 * @internal
 */
export function limitedExpectedValue(s: SeverityModel, limit: Dec): Dec {
  const r = limit.toNumber();
  switch (s.kind) {
    case 'lognormal': {
      if (r <= 0) return new D(0);
      const lnR = Math.log(r);
      const { mu, sigma } = s;
      const body = lognormalMean(mu, sigma) * normalCdf((lnR - mu - sigma * sigma) / sigma);
      return dec(body + r * normalCdf((mu - lnR) / sigma));
    }
    case 'pareto': {
      const { shape, scale } = s;
      return dec((scale / (shape - 1)) * -Math.expm1(-(shape - 1) * Math.log1p(r / scale)));
    }
    case 'empirical':
      return empiricalLimited(s.losses, BigInt(limit.times(100).toFixed(0)));
    case 'mixture':
      return s.parts.reduce((sum, p) => sum.plus(p.weight.times(limitedExpectedValue(p.severity, limit))), new D(0));
  }
}

/** S(R) = P(X > R) of a severity (for checks and the explanation). @internal */
export function survival(s: SeverityModel, r: number): number {
  switch (s.kind) {
    case 'lognormal':
      return r <= 0 ? 1 : normalCdf((s.mu - Math.log(r)) / s.sigma);
    case 'pareto':
      return Math.exp(-s.shape * Math.log1p(r / s.scale));
    case 'empirical':
      return s.losses.filter((c) => c / 100 > r).length / s.losses.length;
    case 'mixture':
      return s.parts.reduce((sum, p) => sum + p.weight.toNumber() * survival(p.severity, r), 0);
  }
}

/**
 * A sampler of the severity, in dollars: lognormal exp(μ + σZ) with Z polar-normal; Pareto II by
 * inversion θ · expm1(−ln(U)/α); empirical xᵢ with i = ⌊U·n⌋; mixture: the part chosen by
 * inversion of the cumulative weights with one uniform, then the part's own draw. @internal
 */
export function severitySampler(s: SeverityModel, rng: Random): () => number {
  switch (s.kind) {
    case 'lognormal': {
      const { mu, sigma } = s;
      return () => Math.exp(mu + sigma * rng.normal());
    }
    case 'pareto': {
      const { shape, scale } = s;
      return () => scale * Math.expm1(-Math.log(rng.uniform()) / shape);
    }
    case 'empirical': {
      const values = Float64Array.from(s.losses, (c) => c / 100);
      const n = values.length;
      return () => values[Math.floor(rng.uniform() * n)] as number;
    }
    case 'mixture': {
      const samplers = s.parts.map((p) => severitySampler(p.severity, rng));
      let acc = new D(0);
      const cumulative = s.parts.map((p) => {
        acc = acc.plus(p.weight);
        return acc.toNumber();
      });
      const last = samplers.length - 1;
      return () => {
        const u = rng.uniform();
        let i = 0;
        while (i < last && u >= (cumulative[i] as number)) i++;
        return (samplers[i] as () => number)();
      };
    }
  }
}

/**
 * A sampler of the annual count: Poisson(λ); negative binomial as gamma–Poisson, N | Λ ~
 * Poisson(Λ) with Λ = λ · G and G ~ Gamma(shape 1/cv², scale cv²) (mean 1, coefficient of
 * variation cv, as in the `aggregate` package); cv = 0 is Poisson. @internal
 */
export function frequencySampler(f: FrequencyModel, rng: Random): () => number {
  const { mean } = f;
  if (f.kind === 'poisson' || f.cv === 0) return () => rng.poisson(mean);
  const cv2 = f.cv * f.cv;
  const shape = 1 / cv2;
  return () => rng.poisson(mean * cv2 * rng.gamma(shape));
}

/** The simulated years: retained per level (one array each) and the largest occurrence. @internal */
export interface SimulatedYears {
  /** `retained[l][y]`: Σ min(x, limit_l) over year y's occurrences. */
  readonly retained: ReadonlyArray<Float64Array>;
  /** `largest[y]`: year y's largest occurrence (0 without one). */
  readonly largest: Float64Array;
}

/**
 * The one simulation shared by every level (RET-12): for each year, draw the count, then each
 * occurrence once, retained at every limit; memory is one number per year and level plus one per
 * year (the largest occurrence), whatever the number of occurrences. Up to four limits (the WCRA
 * levels): the loop keeps four running sums in locals, a missing level's cap being +∞. @internal
 */
export function simulateYears(years: number, count: () => number, severity: () => number, limits: ReadonlyArray<number>): SimulatedYears {
  const [c0 = Infinity, c1 = Infinity, c2 = Infinity, c3 = Infinity] = limits;
  const out = [0, 1, 2, 3].map(() => new Float64Array(years));
  const [o0, o1, o2, o3] = out as [Float64Array, Float64Array, Float64Array, Float64Array];
  const largest = new Float64Array(years);
  for (let y = 0; y < years; y++) {
    let r0 = 0;
    let r1 = 0;
    let r2 = 0;
    let r3 = 0;
    let max = 0;
    const n = count();
    for (let i = 0; i < n; i++) {
      const x = severity();
      if (x > max) max = x;
      r0 += x < c0 ? x : c0;
      r1 += x < c1 ? x : c1;
      r2 += x < c2 ? x : c2;
      r3 += x < c3 ? x : c3;
    }
    o0[y] = r0;
    o1[y] = r1;
    o2[y] = r2;
    o3[y] = r3;
    largest[y] = max;
  }
  return { retained: out.slice(0, limits.length), largest };
}

/** Mean and standard error (sample sd ÷ √n) of simulated values. @internal */
export function meanAndStandardError(values: Float64Array): { mean: number; standardError: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    squares += d * d;
  }
  return { mean, standardError: Math.sqrt(squares / (n - 1) / n) };
}

/**
 * Orders `values` in place so that the k-th smallest (1-based) is at index k − 1, every value
 * before it is ≤ it and the values from it on are sorted ascending (a quickselect with
 * median-of-three pivots, then a sort of the tail only): what RET-12's estimators read for every
 * quantile q with ⌈n·q⌉ ≥ k. @internal
 */
export function sortTailFrom(values: Float64Array, k: number): Float64Array {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  values.subarray(target).sort();
  return values;
}

/**
 * RET-12's estimators on sorted values x(1) ≤ … ≤ x(n): VaR_q = x(k) with k = ⌈n·q⌉; TVaR_q =
 * [Σ_{i>k} x(i) + x(k)·(k − n·q)] / (n·(1 − q)), never below VaR. `nq` is n·q exact. @internal
 */
export function varAndTvar(sorted: Float64Array, q: Dec): { value: number; tail: number } {
  const n = sorted.length;
  const nq = q.times(n);
  const k = nq.ceil().toNumber();
  const xk = sorted[k - 1] as number;
  let above = 0;
  for (let i = k; i < n; i++) above += sorted[i] as number;
  const tvar = (above + xk * new D(k).minus(nq).toNumber()) / new D(n).minus(nq).toNumber();
  return { value: xk, tail: tvar < xk ? xk : tvar };
}
