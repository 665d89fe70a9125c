/**
 * A seeded, documented pseudo-random generator and the samplers the library's simulations use
 * (RET-12). Never `Math.random`: the same seed gives the same sequence on every run, in Node and
 * in a browser. The integer stream and the uniforms are bit-exact everywhere (32-bit integer
 * arithmetic and `Math.imul` only); the derived draws also use `Math.sqrt` (exactly rounded by
 * IEEE 754) and `Math.log`, `Math.exp`, `Math.expm1`, which ECMAScript lets engines approximate:
 * Node and Chromium browsers share V8's fdlibm-derived implementation and agree bit for bit; an
 * engine whose functions differed in a last bit could move a simulated figure by a cent.
 *
 * - Generator: **xoshiro128\*\*** (Blackman and Vigna, 2018; period 2^128 − 1), its four state words
 *   seeded from one 32-bit seed with SplitMix32 (state += 0x9E3779B9, then MurmurHash3's 32-bit
 *   finalizer).
 * - Uniform on (0, 1): (x + 0.5) / 2^32 for a 32-bit output x (never 0 or 1).
 * - Normal: Marsaglia's polar method (the second normal of a pair is kept for the next call).
 * - Gamma: Marsaglia and Tsang (2000) for shape ≥ 1; shape < 1 by G(a) = G(a + 1) · U^(1/a).
 * - Poisson: inversion by sequential search for a mean below 10; Hörmann's transformed
 *   rejection PTRS (1993, as in NumPy) from 10 up.
 * @internal
 * @module
 */
import { logGamma } from './special.js';

const TWO_POW_M32 = 2 ** -32;

/** MurmurHash3's 32-bit finalizer. */
function fmix32(h0: number): number {
  let h = h0 >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * xoshiro128** seeded by SplitMix32 from a 32-bit seed, with the samplers above. One instance
 * per simulation; not shared. @internal
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  /** @param seed - An integer from 0 to 2^32 − 1. */
  constructor(seed: number) {
    let x = seed >>> 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      words.push(fmix32(x));
    }
    // The all-zero state (xoshiro's one forbidden state) cannot occur: fmix32 is a bijection of
    // the 32-bit integers with fmix32(0) = 0, and the four inputs x + k·0x9E3779B9 (k = 1 … 4, an
    // odd step) are distinct, so at most one word is 0.
    [this.s0, this.s1, this.s2, this.s3] = words as [number, number, number, number];
  }

  /** The next 32-bit output (an unsigned integer). */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform number in the open interval (0, 1): (x + 0.5) / 2^32. */
  uniform(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_M32;
  }

  /** A standard normal number (Marsaglia's polar method). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    // s is never 0: 2·uniform − 1 = (2x + 1 − 2^32) / 2^32 has an odd numerator, so u, v ≠ 0
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** A gamma number of the given shape and scale 1 (Marsaglia–Tsang; boosted below shape 1). */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.exp(Math.log(this.uniform()) / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** A Poisson count of the given mean (≥ 0). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 10) return this.poissonInversion(mean);
    return this.poissonPtrs(mean);
  }

  private poissonInversion(mean: number): number {
    let p = Math.exp(-mean);
    let cumulative = p;
    const u = this.uniform();
    let k = 0;
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  // PTRS constants of the last mean (a fixed-mean Poisson computes them once).
  private ptrsMean = Number.NaN;
  private ptrs = { slam: 0, loglam: 0, a: 0, b: 0, invalpha: 0, vr: 0 };

  private poissonPtrs(mean: number): number {
    if (mean !== this.ptrsMean) {
      const slam = Math.sqrt(mean);
      const b = 0.931 + 2.53 * slam;
      this.ptrs = {
        slam,
        loglam: Math.log(mean),
        a: -0.059 + 0.02483 * b,
        b,
        invalpha: 1.1239 + 1.1328 / (b - 3.4),
        vr: 0.9277 - 3.6224 / (b - 2),
      };
      this.ptrsMean = mean;
    }
    const { loglam, a, b, invalpha, vr } = this.ptrs;
    for (;;) {
      const u = this.uniform() - 0.5;
      const v = this.uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logGamma(k + 1)) return k;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
