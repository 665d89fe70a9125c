// Shared test helpers for the claims feature: money from integer cents, claim generators.
import fc from 'fast-check';
import type { Claim } from 'wcra-calc';
import { centsStr as m } from '../helpers.js';

export { centsStr as m, deepFreeze, toCents as toC } from '../helpers.js';

export const DATES = ['2020-02-29', '2021-06-30', '2022-12-31', '2023-01-15', '2024-03-05', '2024-08-31', '2025-11-30'] as const;

/** A valid claim with the given id; other fields drawn from small pools so groups form. */
export function arbClaim(claimId: string, opts: { maxCents?: number } = {}): fc.Arbitrary<Claim> {
  const amount = fc.integer({ min: 0, max: opts.maxCents ?? 200_000_000 });
  return fc
    .record({
      memberId: fc.constantFrom('M1', 'M2', 'M3'),
      employeeId: fc.constantFrom('E1', 'E2', 'E3', 'E4'),
      occurrenceId: fc.option(fc.constantFrom('O1', 'O2', 'O|3'), { nil: undefined }),
      injuryDate: fc.constantFrom('2024-03-05'),
      kind: fc.constantFrom('injury' as const, 'occupational-disease' as const),
      paid: amount,
      incurred: fc.option(amount, { nil: undefined }),
      reimbursed: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
      asNumber: fc.boolean(),
    })
    .map((r) => {
      const fmt = (c: number) => (r.asNumber && c % 100 === 0 ? c / 100 : m(c));
      const claim: Record<string, unknown> = {
        claimId,
        memberId: r.memberId,
        employeeId: r.employeeId,
        injuryDate: r.injuryDate,
        kind: r.kind,
        paid: fmt(r.paid),
      };
      if (r.occurrenceId !== undefined) claim.occurrenceId = r.occurrenceId;
      if (r.incurred !== undefined) claim.incurred = fmt(Math.max(r.incurred, r.paid));
      if (r.reimbursed !== undefined) claim.reimbursed = fmt(r.reimbursed);
      return claim as Claim;
    });
}

/** A list of valid claims with unique IDs C0, C1, … */
export function arbClaims(minLength = 1, maxLength = 12): fc.Arbitrary<Claim[]> {
  return fc.integer({ min: minLength, max: maxLength }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbClaim(`C${i}`))));
}

/** Base fields of a valid claim. */
export const BASE = {
  claimId: 'C1',
  memberId: 'M1',
  employeeId: 'E1',
  injuryDate: '2024-03-05',
  kind: 'injury',
  paid: '1000.00',
} as const;
