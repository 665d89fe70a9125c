// Benchmark (not a test): values 100,000 claims — for each, its TTD rate (ttdRate, BEN-1), a PPD
// amount (ppdAmount, BEN-5/BEN-6) and the present value of 500 weekly payments of that TTD rate
// (presentValue with weeks: 500, BEN-7) — through the library's public, checked calculators, against
// a hand-written decimal.js computation of the same formulas on the same inputs (no validation, no
// explain, its own 40-digit clone; the weekly discount factor cached per discount rate, as the
// library memoizes its root table). Before timing, the two must give the SAME result objects for a
// sample of claims, else the benchmark fails. Target (issue 15): library ≤ 3× the hand-written code.
// Also reported, for information only: a hand-written variant caching the whole 500-week factor.
// Run: npx tsup >/dev/null && node .ci/run-ts.mjs bench claim-valuation
// (BENCH_CLAIMS=20000 BENCH_RUNS=1 for a shorter run)

import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { isDeepStrictEqual } from 'node:util';
import { Decimal } from 'decimal.js';
import { ppdAmount, presentValue, ttdRate } from 'wcra-calc';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SAMPLE = Math.min(1_000, CLAIMS);
const SEED = 20261203;
const WEEKS = 500;
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });

// ---- deterministic claims (mulberry32) ----
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Claim {
  readonly injuryDate: string;
  readonly weeklyWage: string;
  readonly ratings: string[];
  readonly preExisting?: string;
  readonly discountRate: string;
}

/** Dates without a built-in TTD maximum/minimum (BEN-1): 2014-10-01–2018-09-30, 2020-10-01–2022-09-30. */
const inGap = (d: string) => (d >= '2014-10-01' && d <= '2018-09-30') || (d >= '2020-10-01' && d <= '2022-09-30');
const DAY0 = Date.UTC(2001, 0, 1) / 86_400_000;
const DAYS = Date.UTC(2026, 0, 1) / 86_400_000 - DAY0;
const DISCOUNTS = ['0', '0.01', '0.02', '0.025', '0.03', '0.035', '0.04', '0.045', '0.05', '0.055', '0.06'];

function makeClaims(n: number): Claim[] {
  const rnd = mulberry32(SEED);
  const pick = (k: number) => Math.floor(rnd() * k);
  const claims: Claim[] = [];
  while (claims.length < n) {
    const injuryDate = new Date((DAY0 + pick(DAYS)) * 86_400_000).toISOString().slice(0, 10);
    if (inGap(injuryDate)) continue;
    const cents = 5_000 + pick(250_000); // $50.00 to $2,549.99 a week: below the minimum to far above the maximum
    const weeklyWage = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const ratings = Array.from({ length: 1 + pick(3) }, () => (pick(2) === 0 ? String(pick(41)) : `${pick(40)}.${pick(10)}`));
    const claim: Claim = { injuryDate, weeklyWage, ratings, discountRate: DISCOUNTS[pick(DISCOUNTS.length)] as string };
    claims.push(pick(4) === 0 ? { ...claim, preExisting: String(pick(Math.floor(Number(ratings[0])) + 1)) } : claim);
  }
  return claims;
}

// ---- the library: public, checked calls ----
function library(c: Claim) {
  const ttd = ttdRate({ injuryDate: c.injuryDate, weeklyWage: c.weeklyWage });
  const ppd = ppdAmount(
    c.preExisting === undefined
      ? { injuryDate: c.injuryDate, ratings: c.ratings }
      : { injuryDate: c.injuryDate, ratings: c.ratings, preExisting: c.preExisting },
  );
  const pv = presentValue({ weeklyRate: ttd.weeklyRate, discountRate: c.discountRate, weeks: WEEKS });
  return { ttd, ppd, pv };
}

// ---- the hand-written decimal.js computation of the same formulas ----
// The tables as in RULES.md BEN-1 / BEN-5: [from, to, maximum, minimum] and [from, to | null, amounts of the 20 bands].
const MAX_MIN: ReadonlyArray<readonly [string, string, string, string]> = [
  ['2000-10-01', '2008-09-30', '750.00', '130.00'],
  ['2008-10-01', '2013-09-30', '850.00', '130.00'],
  ['2013-10-01', '2014-09-30', '963.90', '130.00'],
  ['2018-10-01', '2019-09-30', '1098.54', '130.00'],
  ['2019-10-01', '2020-09-30', '1134.24', '130.00'],
  ['2022-10-01', '2023-09-30', '1312.74', '262.55'],
  ['2023-10-01', '2024-09-30', '1363.74', '272.75'],
  ['2024-10-01', '2025-09-30', '1481.76', '296.35'],
  ['2025-10-01', '2026-09-30', '1536.84', '307.37'],
];
const K = (xs: number[]) => xs.map((x) => `${x}.00`);
const SCHEDULES: ReadonlyArray<readonly [string, string | null, string[]]> = [
  [
    '2000-10-01',
    '2018-09-30',
    K([
      75000, 80000, 85000, 90000, 95000, 100000, 110000, 120000, 130000, 140000, 165000, 190000, 215000, 240000, 265000, 315000, 365000,
      415000, 465000, 515000,
    ]),
  ],
  [
    '2018-10-01',
    '2023-09-30',
    K([
      78800, 84000, 89300, 94500, 99800, 105000, 115500, 126000, 136500, 147000, 173300, 199500, 225800, 252000, 278300, 330800, 383300,
      435800, 488300, 540800,
    ]),
  ],
  [
    '2023-10-01',
    '2026-09-30',
    K([
      114260, 121800, 129485, 137025, 139720, 147000, 150150, 163800, 177450, 177870, 181965, 209475, 237090, 264600, 292215, 347340,
      402465, 457590, 512715, 567840,
    ]),
  ],
  [
    '2026-10-01',
    null,
    K([
      137240, 146297, 155527, 164584, 167821, 176565, 180348, 196744, 213139, 213643, 218562, 251605, 284774, 317817, 350986, 417197,
      483409, 549621, 615833, 682045,
    ]),
  ],
];
/** Band edges: less than 5.5, 5.5 to less than 10.5, …, 95.5 up to and including 100. */
const EDGES = ['0', ...Array.from({ length: 19 }, (_, i) => `${5 * i + 5}.5`), '100'];

function handTtd(injuryDate: string, weeklyWage: string) {
  const mm = MAX_MIN.find(([from, to]) => from <= injuryDate && injuryDate <= to) as (typeof MAX_MIN)[number];
  const wage = new D(weeklyWage);
  const max = new D(mm[2]);
  const min = new D(mm[3]);
  const twoThirds = wage.times(2).dividedBy(3).toDecimalPlaces(2);
  let rate = twoThirds;
  let limitedBy: 'maximum' | 'minimum' | 'actual-wage' | null = null;
  if (twoThirds.gt(max)) [rate, limitedBy] = [max, 'maximum'];
  else if (twoThirds.lt(min)) [rate, limitedBy] = wage.lt(min) ? [wage, 'actual-wage'] : [min, 'minimum'];
  const maxWeeks = injuryDate < '1995-10-01' ? null : injuryDate < '2008-10-01' ? 104 : 130;
  return { weeklyWage: wage.toFixed(2), weeklyRate: rate.toFixed(2), maximum: mm[2], minimum: mm[3], limitedBy, maxWeeks };
}

function handPpd(injuryDate: string, ratings: string[], preExisting: string | undefined) {
  let remaining = new D(1);
  for (const r of ratings) remaining = remaining.times(new D(100).minus(r).dividedBy(100));
  const combined = new D(100).minus(remaining.times(100));
  const [from, to, amounts] = SCHEDULES.find(([f, t]) => f <= injuryDate && (t === null || injuryDate <= t)) as (typeof SCHEDULES)[number];
  let i = 0;
  while (i < 19 && combined.gte(EDGES[i + 1] as string)) i++;
  const payable = combined.minus(preExisting ?? 0);
  const bandAmount = amounts[i] as string;
  return {
    combinedRating: combined.toFixed(),
    payableRating: payable.toFixed(),
    schedule: `${from}/${to ?? '..'}`,
    band: { from: EDGES[i] as string, to: EDGES[i + 1] as string, amount: bandAmount },
    amount: payable.times(bandAmount).dividedBy(100).toDecimalPlaces(2).toFixed(2),
  };
}

/** v = (1 + d)^(−1/52), the weekly discount factor, per discount rate. */
const weeklyFactor = new Map<string, Decimal>();
function handPv(weeklyRate: string, discountRate: string) {
  let v = weeklyFactor.get(discountRate);
  if (v === undefined) {
    v = new D(discountRate).plus(1).pow(new D(-1).dividedBy(52));
    weeklyFactor.set(discountRate, v);
  }
  const rate = new D(weeklyRate);
  // payments at the start of each week: rate × (1 + v + … + v^(n−1)) = rate × (1 − v^n) / (1 − v)
  const pv = v.eq(1) ? rate.times(WEEKS) : rate.times(new D(1).minus(v.pow(WEEKS))).dividedBy(new D(1).minus(v));
  return {
    payments: { count: WEEKS, amount: rate.toFixed(2), last: null },
    presentValue: pv.toDecimalPlaces(2).toFixed(2),
    aboveLumpSumCap: new D(discountRate).gt('0.05'),
  };
}

/**
 * The same present value with the whole factor (1 − v^n) / (1 − v) cached per discount rate: a
 * shortcut open to code that only ever values 500 weeks (the library takes any term). Reported
 * for information; the target is against {@link handPv}.
 */
const annuityFactor = new Map<string, Decimal>();
function handPvCached(weeklyRate: string, discountRate: string) {
  let a = annuityFactor.get(discountRate);
  if (a === undefined) {
    const v = new D(discountRate).plus(1).pow(new D(-1).dividedBy(52));
    a = v.eq(1) ? new D(WEEKS) : new D(1).minus(v.pow(WEEKS)).dividedBy(new D(1).minus(v));
    annuityFactor.set(discountRate, a);
  }
  const rate = new D(weeklyRate);
  return {
    payments: { count: WEEKS, amount: rate.toFixed(2), last: null },
    presentValue: rate.times(a).toDecimalPlaces(2).toFixed(2),
    aboveLumpSumCap: new D(discountRate).gt('0.05'),
  };
}

function hand(c: Claim) {
  const ttd = handTtd(c.injuryDate, c.weeklyWage);
  const ppd = handPpd(c.injuryDate, c.ratings, c.preExisting);
  const pv = handPv(ttd.weeklyRate, c.discountRate);
  return { ttd, ppd, pv };
}

function handCached(c: Claim) {
  const ttd = handTtd(c.injuryDate, c.weeklyWage);
  const ppd = handPpd(c.injuryDate, c.ratings, c.preExisting);
  const pv = handPvCached(ttd.weeklyRate, c.discountRate);
  return { ttd, ppd, pv };
}

// ---- same figures first ----
const claims = makeClaims(CLAIMS);
let differ = 0;
for (const c of claims.slice(0, SAMPLE)) {
  const lib = JSON.parse(JSON.stringify(library(c)));
  const own = hand(c);
  if (!isDeepStrictEqual(lib, own) || !isDeepStrictEqual(lib, handCached(c))) {
    if (differ++ < 3)
      console.error('DIFFERENT FIGURES', JSON.stringify(c), '\n  library', JSON.stringify(lib), '\n  hand   ', JSON.stringify(own));
  }
}
const limited = claims.slice(0, SAMPLE).map((c) => hand(c).ttd.limitedBy);
const count = (k: string | null) => limited.filter((l) => l === k).length;
console.log(
  `same figures: ${SAMPLE - differ} of ${SAMPLE} claims identical (limitedBy: maximum ${count('maximum')}, minimum ${count('minimum')}, actual-wage ${count('actual-wage')}, none ${count(null)})`,
);
if (differ > 0) {
  console.error(`claim-valuation: the hand-written baseline differs from the library on ${differ} claims: no comparison`);
  process.exit(1);
}

// ---- timing ----
function timeAll(fn: (c: Claim) => unknown): number {
  let sink = 0;
  const t0 = performance.now();
  for (const c of claims) sink += (fn(c) as { pv: { presentValue: string } }).pv.presentValue.length;
  const ms = performance.now() - t0;
  if (sink === 0) throw new Error('no result');
  return ms;
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
for (const c of claims.slice(0, 2_000)) {
  library(c); // warm up
  hand(c);
  handCached(c);
}
const libTimes: number[] = [];
const handTimes: number[] = [];
const cachedTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  gc();
  libTimes.push(timeAll(library));
  gc();
  handTimes.push(timeAll(hand));
  gc();
  cachedTimes.push(timeAll(handCached));
}
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] as number;
const ratio = median(libTimes) / median(handTimes);
const perClaim = (ms: number) => ((ms * 1e3) / CLAIMS).toFixed(1);
console.log(`valuing ${CLAIMS.toLocaleString('en-US')} claims (ttdRate + ppdAmount + presentValue over ${WEEKS} weeks); ${RUNS} runs`);
console.log(
  `  library       median ${median(libTimes).toFixed(0)} ms (${perClaim(median(libTimes))} µs/claim)  runs ${libTimes.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(
  `  hand-written  median ${median(handTimes).toFixed(0)} ms (${perClaim(median(handTimes))} µs/claim)  runs ${handTimes.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(
  `  hand-written, factor cached per rate  median ${median(cachedTimes).toFixed(0)} ms (${perClaim(median(cachedTimes))} µs/claim); library / it ${(median(libTimes) / median(cachedTimes)).toFixed(2)} (for information)`,
);
console.log(`  ${ratio <= 3 ? 'ok  ' : 'OVER'} ratio ${ratio.toFixed(2)} (target <= 3)`);
if (ratio > 3) process.exitCode = 1;
