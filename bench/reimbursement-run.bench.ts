// Benchmark (not a test): reimbursementRun on 1,000,000 seeded synthetic claims against a
// plain-float implementation of the same grouping and split, in the same process.
// Run: npx tsup >/dev/null && node .ci/run-ts.mjs bench
// Target (issue 4): exact run ≤ 3× the float baseline; peak RSS ≤ 1 GiB.
import process from 'node:process';
import { type Claim, type Election, reimbursementRun } from 'wcra-calc';

const N = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEMBERS = 20;
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const LEVELS = ['low', 'high', 'super', 'jumbo'] as const;
const LIMIT = { low: 500_000, high: 1_000_000, super: 2_000_000, jumbo: 5_000_000 } as const;

/** mulberry32: a tiny seeded PRNG (no Math.random), uniform in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function money(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Members M0–M19; M0–M3 form two affiliate groups (same levels, RET-7). */
function setup(): { elections: Election[]; affiliateGroups: Record<string, string> } {
  const rand = prng(7);
  const elections: Election[] = [];
  for (const year of YEARS) {
    const groupLevel = [LEVELS[Math.floor(rand() * 3)] ?? 'low', LEVELS[Math.floor(rand() * 3)] ?? 'low'];
    for (let m = 0; m < MEMBERS; m++) {
      const level = m < 4 ? (groupLevel[m >> 1] ?? 'low') : (LEVELS[Math.floor(rand() * 4)] ?? 'low');
      elections.push({ memberId: `M${m}`, year, level });
    }
  }
  return { elections, affiliateGroups: { M0: 'G0', M1: 'G0', M2: 'G1', M3: 'G1' } };
}

/**
 * 1,000,000 claims: ~85% single-claimant injuries, ~10% in multi-claimant incidents (2–6
 * claimants, some across affiliates), ~5% occupational disease sharing a cause. Money as
 * strings with cents, as read from a file; heavy-tailed amounts so some occurrences pierce
 * the retention.
 */
function makeClaims(n: number): Claim[] {
  const rand = prng(20261122);
  const claims: Claim[] = [];
  const amount = () => {
    const u = rand();
    const dollars = u < 0.97 ? rand() * 80_000 : u < 0.995 ? 100_000 + rand() * 900_000 : 1_000_000 + rand() * 6_000_000;
    return Math.floor(dollars * 100);
  };
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  let i = 0;
  let occ = 0;
  while (claims.length < n) {
    const u = rand();
    const year = YEARS[Math.floor(rand() * YEARS.length)] ?? 2024;
    const member = Math.floor(rand() * MEMBERS);
    if (u < 0.85) {
      const paid = amount();
      claims.push({
        claimId: `C${i++}`,
        memberId: `M${member}`,
        employeeId: `E${member}-${i}`,
        injuryDate: date(year),
        kind: 'injury',
        paid: money(paid),
        incurred: money(paid + Math.floor(rand() * 500_000)),
      });
    } else if (u < 0.95) {
      const k = 2 + Math.floor(rand() * 5);
      const injuryDate = date(year);
      const occurrenceId = `O${occ++}`;
      for (let j = 0; j < k && claims.length < n; j++) {
        const m = member < 4 && j % 2 === 1 ? member ^ 1 : member; // affiliates share incidents
        claims.push({
          claimId: `C${i++}`,
          memberId: `M${m}`,
          employeeId: `E${m}-${i}`,
          occurrenceId,
          injuryDate,
          kind: 'injury',
          paid: money(amount()),
          reimbursed: '0',
        });
      }
    } else {
      const k = 1 + Math.floor(rand() * 3);
      const occurrenceId = `D${occ++}`;
      for (let j = 0; j < k && claims.length < n; j++) {
        claims.push({
          claimId: `C${i++}`,
          memberId: `M${member}`,
          employeeId: `E${member}-${i}`,
          occurrenceId,
          injuryDate: date(year),
          kind: 'occupational-disease',
          paid: money(amount()),
        });
      }
    }
  }
  return claims;
}

/** The same grouping and split in plain floats (what a naive implementation does). */
function floatRun(claims: ReadonlyArray<Claim>, elections: ReadonlyArray<Election>, affiliateGroups: Record<string, string>) {
  const levels = new Map<string, string>();
  for (const e of elections) levels.set(`${e.memberId}|${e.year}`, e.level);
  const groups = new Map<
    string,
    { claims: Array<{ claimId: string; paid: number; reimbursed: number }>; memberId: string; injuryDate: string }
  >();
  for (const c of claims) {
    let key: string;
    if (c.occurrenceId === undefined) key = `claim|${c.claimId}`;
    else if (c.kind === 'occupational-disease') key = `od|${c.memberId}|${c.occurrenceId}|${c.employeeId}`;
    else {
      const g = affiliateGroups[c.memberId];
      key = g === undefined ? `injury|member|${c.memberId}|${c.occurrenceId}` : `injury|group|${g}|${c.occurrenceId}`;
    }
    const paid = Number(c.paid);
    const reimbursed = Number(c.reimbursed ?? 0);
    const g = groups.get(key);
    if (g === undefined)
      groups.set(key, { claims: [{ claimId: c.claimId, paid, reimbursed }], memberId: c.memberId, injuryDate: c.injuryDate });
    else g.claims.push({ claimId: c.claimId, paid, reimbursed });
  }
  const occurrences = [];
  let tPaid = 0;
  let tReimbursable = 0;
  let tDue = 0;
  for (const [key, g] of groups) {
    const level = levels.get(`${g.memberId}|${g.injuryDate.slice(0, 4)}`) as keyof typeof LIMIT;
    const retention = LIMIT[level];
    let total = 0;
    let reimbursed = 0;
    for (const c of g.claims) {
      total += c.paid;
      reimbursed += c.reimbursed;
    }
    const reimbursable = Math.max(0, total - retention);
    const shares = g.claims.map((c) => {
      const r = total === 0 ? 0 : Math.round(((reimbursable * c.paid) / total) * 100) / 100;
      return { claimId: c.claimId, total: c.paid, retained: c.paid - r, reimbursable: r };
    });
    const due = reimbursable - reimbursed;
    occurrences.push({ key, retention, total, reimbursable, shares, due: Math.max(0, due), overpaid: Math.max(0, -due) });
    tPaid += total;
    tReimbursable += reimbursable;
    tDue += Math.max(0, due);
  }
  return { occurrences, totals: { paid: tPaid, reimbursable: tReimbursable, due: tDue } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const { elections, affiliateGroups } = setup();
const t0 = performance.now();
const claims = makeClaims(N);
console.log(`generated ${claims.length.toLocaleString('en-US')} claims in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
const mem = (label: string) => {
  gc();
  const u = process.memoryUsage();
  console.log(
    `${label}: heap ${(u.heapUsed / 1048576).toFixed(0)} MiB, rss ${(u.rss / 1048576).toFixed(0)} MiB, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
};
mem('after generating the claims');

/** Times one run; only a summary string survives it, so the two results never coexist. */
function timeExact(first: boolean): [number, string] {
  gc();
  const t = performance.now();
  const exact = reimbursementRun({ claims, elections, affiliateGroups }, { asOf: '2026-01-15' });
  const ms = performance.now() - t;
  if (first) mem('after the first exact run (its result held)');
  return [
    ms,
    `${exact.occurrences.length} occurrences, paid ${exact.totals.paid}, reimbursable ${exact.totals.reimbursable}, due ${exact.totals.due}`,
  ];
}

function timeFloat(first: boolean): [number, string] {
  gc();
  const t = performance.now();
  const float = floatRun(claims, elections, affiliateGroups);
  const ms = performance.now() - t;
  if (first) mem('after the first float run (its result held)');
  return [
    ms,
    `${float.occurrences.length} occurrences, paid ${float.totals.paid}, reimbursable ${float.totals.reimbursable}, due ${float.totals.due}`,
  ];
}

const exactTimes: number[] = [];
const floatTimes: number[] = [];
let exactSummary = '';
let floatSummary = '';
for (let r = 0; r < RUNS; r++) {
  const [e, es] = timeExact(r === 0);
  exactTimes.push(e);
  exactSummary = es;
  const [f, fs] = timeFloat(r === 0);
  floatTimes.push(f);
  floatSummary = fs;
}
const exactMs = median(exactTimes);
const floatMs = median(floatTimes);
const ratio = exactMs / floatMs;
const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(`exact : ${exactSummary}`);
console.log(`float : ${floatSummary}`);
console.log(
  `runs  : ${RUNS} each, alternating; exact ms [${exactTimes.map((x) => x.toFixed(0)).join(', ')}], float ms [${floatTimes.map((x) => x.toFixed(0)).join(', ')}]`,
);
console.log(`median exact reimbursementRun: ${exactMs.toFixed(0)} ms`);
console.log(`median float baseline:         ${floatMs.toFixed(0)} ms`);
console.log(`ratio exact / float:           ${ratio.toFixed(2)}x (target <= 3x) ${ratio <= 3 ? 'OK' : 'MISSED'}`);
console.log(`peak RSS (maxRSS):             ${rssMiB.toFixed(0)} MiB (target <= 1024 MiB) ${rssMiB <= 1024 ? 'OK' : 'MISSED'}`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
