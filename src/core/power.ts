/**
 * Powers, roots and products beyond the plain arithmetic of the decimal engine: the fractional
 * power of a discount rate (BEN-7) and the exact product of rating complements (BEN-6).
 *
 * Precision. The library's engine keeps 120 significant digits (`decimal.ts`). The largest
 * amount the library accepts is about 9 × 10^13 (16 digits to the cent), so a value computed to
 * a relative error of 10^-115 is off by less than 10^-100 of a cent: rounding it to cents gives
 * the cents of the exact value unless that value lies within 10^-100 of a half cent. The roots
 * below reach that accuracy; the products are exact.
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';
import { D, type Dec } from './decimal.js';

/**
 * A wide clone of the engine (10,000 significant digits) for products whose digits add up: a
 * product of factors with d₁, d₂, … significant digits has at most d₁ + d₂ + … digits, so it is
 * exact here while it is below 10,000. Multiplying small numbers costs the same whatever the
 * precision: the precision only caps the digits kept.
 */
const W = /* @__PURE__ */ Decimal.clone({
  precision: 10_000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** The most significant digits {@link exactProduct} keeps exactly. @internal */
export const EXACT_PRODUCT_DIGITS = 10_000;

/**
 * The product of `values`, exact while it has at most {@link EXACT_PRODUCT_DIGITS} significant
 * digits (the sum of the factors' digits: a hundred factors of 40 digits fit). The result is a
 * value of the wide engine: arithmetic with it as the receiver (`p.times(x)`, `p.plus(x)`)
 * keeps that precision, so `p.times(-100).plus(100)` is exact too. @internal
 */
export function exactProduct(values: ReadonlyArray<Dec>): Dec {
  let p: Dec = new W(1);
  for (const v of values) p = p.times(v);
  return p;
}

const ROOT_CACHE_SIZE = 256;
/** Memo of {@link rootPowerTable} by `n:x` (bounded: cleared when full). */
const rootTables = /* @__PURE__ */ new Map<string, RootPowerTable>();

/**
 * The n-th root of x > 0 at the engine's 120 digits, by Newton's method
 * u ← ((n − 1)·u + x / u^(n−1)) / n from the binary-float estimate (about 15 correct digits;
 * each step doubles them, so four steps reach 120). It stops when a step moves u by less than
 * 10^-118 of u: the root is then within a few units of the 120th digit. x = 1 gives exactly 1.
 * @internal
 */
export function nthRoot(x: Dec, n: number): Dec {
  if (x.eq(1) || n === 1) return new D(x);
  const start = x.toNumber() ** (1 / n);
  let u = Number.isFinite(start) && start > 0 ? new D(start) : new D(x).pow(new D(1).dividedBy(n));
  const tolerance = u.times('1e-118');
  for (let i = 0; i < 12; i++) {
    const next = u
      .times(n - 1)
      .plus(new D(x).dividedBy(u.pow(n - 1)))
      .dividedBy(n);
    const moved = next.minus(u).abs();
    u = next;
    if (moved.lte(tolerance)) break;
  }
  return u;
}

/**
 * The powers and partial sums of v = x^(−1/n) (the per-period discount factor of a rate
 * compounded n times: x = 1 + annual rate, n = 52 for weeks). Memoized by x and n, so a book of
 * claims valued at one discount rate takes the root once.
 * @internal
 */
export interface RootPowerTable {
  /** `powers[j]` = v^j for j = 0 … n (successive products of v). */
  readonly powers: ReadonlyArray<Dec>;
  /** `sums[j]` = v^0 + v^1 + … + v^(j−1) for j = 0 … n (`sums[0]` = 0). */
  readonly sums: ReadonlyArray<Dec>;
}

/**
 * {@link RootPowerTable} of x^(−1/n) for x > 0 and a whole n ≥ 1: v = 1 / {@link nthRoot}(x, n),
 * then n multiplications and additions (each within a unit of the 120th digit, so the table is
 * within about 10^-116 relative). x = 1 gives exactly 1 for every power. @internal
 */
export function rootPowerTable(x: Dec, n: number): RootPowerTable {
  const key = `${n}:${x.toString()}`;
  const cached = rootTables.get(key);
  if (cached !== undefined) return cached;
  const v = new D(1).dividedBy(nthRoot(x, n));
  const powers: Dec[] = [new D(1)];
  const sums: Dec[] = [new D(0)];
  for (let j = 1; j <= n; j++) {
    powers.push((powers[j - 1] as Dec).times(v));
    sums.push((sums[j - 1] as Dec).plus(powers[j - 1] as Dec));
  }
  const table: RootPowerTable = /* @__PURE__ */ Object.freeze({
    powers: /* @__PURE__ */ Object.freeze(powers),
    sums: /* @__PURE__ */ Object.freeze(sums),
  });
  if (rootTables.size >= ROOT_CACHE_SIZE) rootTables.clear();
  rootTables.set(key, table);
  return table;
}
