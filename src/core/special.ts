/**
 * Special functions in double precision for the library's statistical analysis (RET-12): the
 * complementary error function, the standard normal distribution function and the logarithm of
 * the gamma function. Not used for money: their results are estimates or inputs to closed forms
 * that are rounded to the cent afterwards.
 * @internal
 * @module
 */

// W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of
// Computation 23 (1969) 631-637; the coefficients of SPECFUN's CALERF (netlib.org/specfun/erf).
// Written as the doubles the published 18-digit coefficients round to.
const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315] as const;
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171] as const;
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716,
  1230.3393547979972, 2.1531153547440383e-8,
] as const;
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216,
  1230.3393548037495,
] as const;
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378, 0.016315387137302097,
] as const;
const Q = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918] as const;
const SQRPI = 0.5641895835477563; // 1 / sqrt(pi)
const XSMALL = 1.11e-16;
const XBIG = 26.543;

/** exp(−y²) × r computed as CALERF does (y² split so the large part is exact). */
function scaled(y: number, r: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del) * r;
}

/** erfc(|x|) for |x| > 0.46875 (CALERF's second and third intervals). */
function erfcTail(y: number): number {
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * y;
      den = (den + (D[i] as number)) * y;
    }
    return scaled(y, (num + C[7]) / (den + D[7]));
  }
  if (y >= XBIG) return 0;
  const ysq = 1 / (y * y);
  let num = P[5] * ysq;
  let den = ysq;
  for (let i = 0; i < 4; i++) {
    num = (num + (P[i] as number)) * ysq;
    den = (den + (Q[i] as number)) * ysq;
  }
  const r = (ysq * (num + P[4])) / (den + Q[4]);
  return scaled(y, (SQRPI - r) / y);
}

/**
 * The complementary error function erfc(x) = 1 − erf(x), within a few units of 1e-16 relative
 * error over the whole line (W. J. Cody's rational Chebyshev approximations, 1969, as in
 * SPECFUN's CALERF), except that it is 0 from x = 26.543 (CALERF's XBIG), where erfc(x) falls
 * below the smallest normal double (about 2.2e-308). NaN gives NaN (no branch needed: every
 * comparison with it is false and every operation keeps it).
 * @internal
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ysq = y > XSMALL ? y * y : 0;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + (A[i] as number)) * ysq;
      den = (den + (B[i] as number)) * ysq;
    }
    return 1 - (x * (num + A[3])) / (den + B[3]);
  }
  const r = erfcTail(y);
  return x < 0 ? 2 - r : r;
}

/**
 * The standard normal distribution function Φ(z) = erfc(−z / √2) / 2, accurate to double
 * precision in both tails (the upper tail 1 − Φ(z) is `normalCdf(−z)`, never `1 − normalCdf(z)`).
 * @internal
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

// Stirling's series for ln Γ (the coefficients B_2k / (2k (2k − 1)) as in NumPy's `loggam`).
const STIRLING = [
  0.08333333333333333, -0.002777777777777778, 0.0007936507936507937, -0.0005952380952380952, 0.0008417508417508418, -0.001917526917526918,
  0.00641025641025641, -0.02955065359477124, 0.1796443723688307, -1.3924322169059,
] as const;
const HALF_LOG_2PI = 0.9189385332046728; // ln(2π) / 2

/**
 * ln Γ(x) for x > 0: Stirling's series at x + n ≥ 7, then the recurrence Γ(x) = Γ(x + 1) / x
 * (the method of NumPy's `loggam`), to about 1e-15 of max(1, |ln Γ(x)|). The recurrence takes
 * the logarithms of x + n − 1, …, x + 1, x from x itself: NumPy's `loggam` steps x + n back down
 * by ones, which loses the digits of a small x (ln Γ(1e-8) off by 6e-9). For a whole x the two
 * are the same operations, bit for bit. @internal
 */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  const x0 = x + n;
  const x2 = 1 / (x0 * x0);
  let series = STIRLING[9];
  for (let k = 8; k >= 0; k--) series = series * x2 + (STIRLING[k] as number);
  let gl = series / x0 + HALF_LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = n - 1; k >= 0; k--) gl -= Math.log(x + k);
  return gl;
}
