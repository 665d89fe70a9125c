// Benchmark (not a test): the cost of one checked call against a hand-written decimal.js
// computation of the same figures (no validation, no explain), for the five calculators a
// billing or claims system calls most. Target (issue 13): each ≤ 2× the hand-written code.
// Run: npx tsup >/dev/null && node .ci/run-ts.mjs bench one-call

import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { Decimal } from 'decimal.js';
import { annualAdjustment, installmentSchedule, reimbursementDue, reinsurancePremium, splitOccurrence } from 'wcra-calc';

const N = Number(process.env.BENCH_CALLS ?? 100_000);
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function time(fn: (i: number) => unknown): number {
  for (let i = 0; i < 2_000; i++) fn(i); // warm up
  const t0 = performance.now();
  for (let i = 0; i < N; i++) fn(i);
  return ((performance.now() - t0) * 1e3) / N; // µs per call
}

const claims = [
  { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E1', claimId: 'A', paid: '300000' },
  { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E2', claimId: 'B', paid: '250000' },
  { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E3', claimId: 'C', paid: '150000' },
] as const;

const cases: Array<{ name: string; library: (i: number) => unknown; hand: (i: number) => unknown }> = [
  {
    name: 'reinsurancePremium',
    library: (i) => reinsurancePremium({ exposure: `${12_000_000 + i}.25`, rate: '0.0795', memberType: 'self-insurer' }),
    hand: (i) => {
      const premium = new D(`${12_000_000 + i}.25`).times('0.0795').toDecimalPlaces(2);
      const tax = premium.times('0.02').toDecimalPlaces(2);
      return { premium: premium.toFixed(2), tax: tax.toFixed(2), total: premium.plus(tax).toFixed(2) };
    },
  },
  {
    name: 'annualAdjustment',
    library: (i) => annualAdjustment({ estimatedPremium: `${954_000 + i}`, actualPremium: '1033500' }),
    // The same figures as the library's result: adjustment, its kind, the tax (an insurer: 0%) and the total.
    hand: (i) => {
      const adjustment = new D('1033500').minus(`${954_000 + i}`).toDecimalPlaces(2);
      const tax = adjustment.times('0').toDecimalPlaces(2);
      const kind = adjustment.isZero() ? 'none' : adjustment.isPositive() ? 'additional' : 'credit';
      return { adjustment: adjustment.toFixed(2), kind, taxRate: '0', tax: tax.toFixed(2), total: adjustment.plus(tax).toFixed(2) };
    },
  },
  {
    name: 'installmentSchedule',
    library: (i) => installmentSchedule({ coverageYear: 2024, amount: `${100_000 + i}.03`, plan: 'quarterly' }),
    hand: (i) => {
      const cents = new D(`${100_000 + i}.03`).times(100);
      const base = cents.dividedToIntegerBy(4);
      const rest = cents.minus(base.times(4)).toNumber();
      const due = ['2023-12-31', '2024-03-31', '2024-06-30', '2024-09-30'];
      return due.map((d, k) => ({
        dueDate: d,
        amount: base
          .plus(k < rest ? 1 : 0)
          .dividedBy(100)
          .toFixed(2),
      }));
    },
  },
  {
    name: 'splitOccurrence',
    library: () => splitOccurrence({ claims, retention: '500000' } as never),
    hand: () => {
      const paid = claims.map((c) => new D(c.paid).times(100));
      const total = paid.reduce((a, b) => a.plus(b), new D(0));
      const excess = D.max(0, total.minus(50_000_000));
      const floors = paid.map((p) => excess.times(p).dividedToIntegerBy(total));
      let left = excess.minus(floors.reduce((a, b) => a.plus(b), new D(0))).toNumber();
      return floors.map((f) =>
        f
          .plus(left-- > 0 ? 1 : 0)
          .dividedBy(100)
          .toFixed(2),
      );
    },
  },
  {
    name: 'reimbursementDue',
    library: (i) => reimbursementDue({ paid: `${700_000 + i}`, retention: '500000', reimbursed: '150000' }),
    hand: (i) => ({
      due: D.max(0, new D(`${700_000 + i}`).minus('500000'))
        .minus('150000')
        .toFixed(2),
    }),
  },
];

let over = 0;
console.log(`one call, ${N.toLocaleString('en-US')} calls each (µs per call)`);
for (const c of cases) {
  const lib = time(c.library);
  const hand = time(c.hand);
  const ratio = lib / hand;
  if (ratio > 2) over++;
  console.log(
    `${ratio <= 2 ? 'ok  ' : 'OVER'} ${c.name.padEnd(20)} library ${lib.toFixed(2)}  hand-written ${hand.toFixed(2)}  ratio ${ratio.toFixed(2)} (target ≤ 2)`,
  );
}
console.log(`one-call benchmark: ${cases.length - over} within target, ${over} over`);
