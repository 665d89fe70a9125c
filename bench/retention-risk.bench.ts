// Benchmark (not a test): retentionRiskProfile for 100,000 simulated years, Poisson mean 50
// occurrences, lognormal severity, all four levels of 2025 (issue 16), against a plain loop in
// the same process that only draws the same random numbers (the same generator, seed and
// samplers, written out here) and sums them. Targets: ratio ≤ 1.5×, peak RSS < 200 MB.
// Run: npx tsup >/dev/null && node .ci/run-ts.mjs bench retention-risk
// (BENCH_YEARS=20000 BENCH_RUNS=3 for a shorter run)

import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { retentionRiskProfile } from 'wcra-calc';

const YEARS = Number(process.env.BENCH_YEARS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEED = 20261203;
const MU = 10;
const SIGMA = 1.6;
const MEAN = 50;

// ---- the plain loop: xoshiro128** (SplitMix32 seeding), polar normals, PTRS Poisson ----
function fmix32(h0: number): number {
  let h = h0 >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
const STIRLING = [
  0.08333333333333333, -0.002777777777777778, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4, -0.001917526917526918,
  0.00641025641025641, -0.02955065359477124, 0.1796443723688307, -1.3924322169059,
];
function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = 1 / (x0 * x0);
  let s = STIRLING[9] as number;
  for (let k = 8; k >= 0; k--) s = s * x2 + (STIRLING[k] as number);
  let gl = s / x0 + 0.9189385332046728 + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= n; k++) {
    gl -= Math.log(x0 - 1);
    x0 -= 1;
  }
  return gl;
}

function plainLoop(years: number): number {
  let x = SEED >>> 0;
  const w: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    w.push(fmix32(x));
  }
  let [s0, s1, s2, s3] = w as [number, number, number, number];
  const uniform = (): number => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return (r + 0.5) * 2 ** -32;
  };
  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  };
  const slam = Math.sqrt(MEAN);
  const loglam = Math.log(MEAN);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  const poisson = (): number => {
    for (;;) {
      const u = uniform() - 0.5;
      const v = uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + MEAN + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -MEAN + k * loglam - logGamma(k + 1)) return k;
    }
  };
  let total = 0;
  for (let y = 0; y < years; y++) {
    const n = poisson();
    for (let i = 0; i < n; i++) total += Math.exp(MU + SIGMA * normal());
  }
  return total;
}

function library(years: number) {
  return retentionRiskProfile(
    {
      year: 2025,
      exposure: '25000000',
      memberType: 'self-insurer',
      frequency: { kind: 'poisson', mean: MEAN },
      severity: { kind: 'lognormal', mu: MU, sigma: SIGMA },
    },
    { simulations: years, seed: SEED },
  );
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
library(2_000); // warm up
plainLoop(2_000);
const libTimes: number[] = [];
const loopTimes: number[] = [];
let gross = 0;
let expectedGross = '';
for (let r = 0; r < RUNS; r++) {
  gc();
  let t0 = performance.now();
  const result = library(YEARS);
  libTimes.push(performance.now() - t0);
  expectedGross = result.expectedGross;
  gc();
  t0 = performance.now();
  gross = plainLoop(YEARS);
  loopTimes.push(performance.now() - t0);
}
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] as number;
const ratio = median(libTimes) / median(loopTimes);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`retentionRiskProfile, ${YEARS.toLocaleString('en-US')} years x Poisson ${MEAN} x lognormal, 4 levels; ${RUNS} runs`);
console.log(`  library     median ${median(libTimes).toFixed(0)} ms  runs ${libTimes.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`  plain loop  median ${median(loopTimes).toFixed(0)} ms  runs ${loopTimes.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`  ratio ${ratio.toFixed(2)} (target <= 1.5)  peak RSS ${rssMb.toFixed(0)} MiB (target < 200 MB)`);
console.log(`  plain loop mean annual gross ${(gross / YEARS).toFixed(2)}; closed-form expected gross ${expectedGross}`);
if (ratio > 1.5 || rssMb > 190) process.exitCode = 1;
