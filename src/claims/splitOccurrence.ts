import * as z from 'zod/mini';
import { allocateUnits } from '../core/allocate.js';
import { invalidInput } from '../core/errors.js';
import { centsToMoney, MAX_MONEY, type Money, type MoneyLike } from '../core/money.js';
import { addIssue, cents, duplicateIssues, type ExplainOption, ExplainOptionsSchema, nonEmptyList, oneOf } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { excessCents } from '../retention/excess.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { type Claim, ClaimSchema, moneyOf, namingClaims, type ParsedClaim } from './claimSchema.js';

/** What a split is based on: paid losses (the default, CLM-5/CLM-6) or incurred losses. */
export const SPLIT_BASES = /* @__PURE__ */ Object.freeze(['paid', 'incurred'] as const);

/** Input schema of {@link splitOccurrence}. */
export const SplitOccurrenceInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      claims: nonEmptyList(ClaimSchema, 'claim'),
      retention: cents(),
      basis: z.optional(oneOf(SPLIT_BASES)),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const i of duplicateIssues(v.claims, 'claims', 'claimId', 'claim')) addIssue(ctx, i.path, i.code, i.message);
      }),
    ))();

/** Input of {@link splitOccurrence}. */
export interface SplitOccurrenceInput {
  /** The claims of one occurrence (at least one, claim IDs unique); see {@link ClaimSchema}. */
  readonly claims: ReadonlyArray<Claim>;
  /** The retention in force at the date of injury (RET-4), whole cents, not negative. */
  readonly retention: MoneyLike;
  /** Split on `'paid'` (default) or `'incurred'` amounts. */
  readonly basis?: (typeof SPLIT_BASES)[number];
}

/** Options schema of {@link splitOccurrence}. */
export const SplitOccurrenceOptionsSchema = ExplainOptionsSchema;

/** Options of {@link splitOccurrence}. */
export type SplitOccurrenceOptions = ExplainOption;

/** One claim's part of an occurrence. */
export interface ClaimShare {
  /** The claim. */
  readonly claimId: string;
  /** The claim's amount on the basis (paid or incurred). */
  readonly total: Money;
  /** total − reimbursable: the part the member keeps. */
  readonly retained: Money;
  /** The claim's share of the occurrence's reimbursable amount (GEN-3). */
  readonly reimbursable: Money;
}

/** Result of {@link splitOccurrence}. */
export interface SplitOccurrenceResult extends Explained {
  /** Σ of the claims' amounts. */
  readonly total: Money;
  /** min(total, retention): what the member keeps. */
  readonly retained: Money;
  /** max(0, total − retention). */
  readonly reimbursable: Money;
  /** One share per claim, in input order. */
  readonly shares: ReadonlyArray<ClaimShare>;
}

/** The split in integer cents (unchecked core). @internal */
export interface SplitCents {
  readonly total: number;
  readonly reimbursable: number;
  readonly parts: ReadonlyArray<number>;
}

/**
 * Splits an occurrence in integer cents: total = Σ amounts, reimbursable = max(0, total −
 * retention), allocated pro rata to the amounts (GEN-3). Throws `INVALID_INPUT` when the total
 * is beyond {@link MAX_MONEY}. @internal
 */
export function splitCents(amounts: ReadonlyArray<number>, retention: number): SplitCents {
  let total = 0;
  for (const a of amounts) total += a;
  if (!Number.isSafeInteger(total)) {
    throw invalidInput([{ path: ['claims'], code: 'out_of_range', message: `the occurrence's total must be at most ${MAX_MONEY}` }]);
  }
  // RULES: RET-1 — the WCRA reimburses what exceeds the retention, per occurrence.
  const reimbursable = excessCents(total, retention);
  // RULES: GEN-3 — shares floored to the cent, leftover cents to the largest remainders.
  const parts = reimbursable === 0 ? amounts.map(() => 0) : allocateUnits(reimbursable, amounts);
  return { total, reimbursable, parts };
}

/** One share per claim, from the amounts and reimbursable parts in cents. @internal */
export function claimShares(
  claims: ReadonlyArray<ParsedClaim>,
  amounts: ReadonlyArray<number>,
  parts: ReadonlyArray<number>,
): ClaimShare[] {
  const shares = new Array<ClaimShare>(claims.length);
  for (let i = 0; i < claims.length; i++)
    shares[i] = claimShare((claims[i] as ParsedClaim).claimId, amounts[i] as number, parts[i] as number);
  return shares;
}

/** One claim's share from its amount and reimbursable part in cents. @internal */
export function claimShare(claimId: string, amount: number, part: number): ClaimShare {
  const total = moneyOf(amount);
  return { claimId, total, retained: part === 0 ? total : moneyOf(amount - part), reimbursable: moneyOf(part) };
}

/** The public view of a split. @internal */
export function toSplitResult(claims: ReadonlyArray<ParsedClaim>, amounts: ReadonlyArray<number>, s: SplitCents): SplitOccurrenceResult {
  return {
    total: centsToMoney(s.total),
    retained: centsToMoney(s.total - s.reimbursable),
    reimbursable: centsToMoney(s.reimbursable),
    shares: claimShares(claims, amounts, s.parts),
  };
}

/**
 * Splits one occurrence between the WCRA and the member, claim by claim (RET-1, CLM-1, GEN-3).
 *
 * total = Σ claim amounts (`basis` `'paid'` by default, or `'incurred'`); reimbursable =
 * max(0, total − retention); each claim's reimbursable share is the occurrence's reimbursable
 * amount allocated pro rata to the claims' amounts with the library's one allocation (GEN-3:
 * floored to the cent, leftover cents to the largest remainders, ties to the earlier claim);
 * its retained share is its amount minus its reimbursable share. The shares add up exactly to
 * the occurrence's figures, and no claim's share exceeds its amount.
 *
 * Conventions: claim money is whole cents (payments are cent amounts), so no rounding happens
 * except inside the allocation; the claims given are split as one occurrence (group them with
 * `groupOccurrences` first); shares follow the input order.
 *
 * @param input - `{ claims, retention, basis? }`.
 * @param options - `{ explain? }`.
 * @returns `{ total, retained, reimbursable, shares: { claimId, total, retained, reimbursable }[] }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a bad claim (the message names its claim ID), a
 *   duplicate claim ID, no claims, a retention that is not whole cents, or a total above
 *   `MAX_MONEY`.
 *
 * @example
 * ```ts
 * import { splitOccurrence } from 'wcra-calc';
 * const fire = { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury' as const };
 * const claims = [
 *   { ...fire, claimId: 'A', employeeId: 'E1', paid: '300000' },
 *   { ...fire, claimId: 'B', employeeId: 'E2', paid: '250000' },
 *   { ...fire, claimId: 'C', employeeId: 'E3', paid: '150000' },
 * ];
 * const split = splitOccurrence({ claims, retention: '500000' });
 * split.reimbursable //=> '200000.00'
 * split.shares.map((s) => s.reimbursable) //=> ['85714.29', '71428.57', '42857.14']
 * split.shares[0] //=> { claimId: 'A', total: '300000.00', retained: '214285.71', reimbursable: '85714.29' }
 * ```
 */
export function splitOccurrence(input: SplitOccurrenceInput, options?: SplitOccurrenceOptions): SplitOccurrenceResult {
  return namingClaims(input, () => splitOccurrenceDefinition.run(input, options));
}

/** The definition of {@link splitOccurrence}. */
export const splitOccurrenceDefinition = /* @__PURE__ */ defineCalculator({
  name: 'splitOccurrence',
  feature: 'claims',
  summary: 'One occurrence split between the WCRA and the member, claim by claim',
  rules: ['CLM-1', 'RET-1', 'GEN-3'],
  uncitedRules: {},
  input: SplitOccurrenceInputSchema,
  options: SplitOccurrenceOptionsSchema,
  example: {
    claims: [
      { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', claimId: 'A', employeeId: 'E1', paid: '300000' },
      { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', claimId: 'B', employeeId: 'E2', paid: '250000' },
      { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', claimId: 'C', employeeId: 'E3', paid: '150000' },
    ],
    retention: '500000',
  },
  explains: true,
  compute: (v, opts): SplitOccurrenceResult => {
    const claims: ReadonlyArray<ParsedClaim> = v.claims;
    const basis = v.basis ?? 'paid';
    const retention = v.retention;
    const amounts = claims.map((c) => (basis === 'paid' ? c.paid : c.incurred));
    const result = toSplitResult(claims, amounts, splitCents(amounts, retention));
    return withSteps(result, opts.explain, () => {
      const steps: TraceStep[] = [
        step(
          'CLM-1',
          `Occurrence total = sum of the claims' ${basis} amounts`,
          result.shares.map((s, i) => moneyValue(`Claim ${s.claimId}`, s.total, i === 0 ? undefined : '+')),
          moneyValue(`Total ${basis}`, result.total),
        ),
        step(
          'RET-1',
          'Reimbursable = max(0, total - retention)',
          [moneyValue(`Total ${basis}`, result.total), moneyValue('Retention', centsToMoney(retention), '-')],
          moneyValue('Reimbursable', result.reimbursable),
        ),
      ];
      for (const s of result.shares) {
        steps.push(
          step(
            'GEN-3',
            `Claim ${s.claimId}: share = reimbursable x claim / total, floored to the cent, leftover cents to largest remainders`,
            [moneyValue('Reimbursable', result.reimbursable), textValue('Claim / total', `${s.total} / ${result.total}`, 'number')],
            moneyValue(`Claim ${s.claimId} reimbursable share`, s.reimbursable),
          ),
        );
      }
      return steps;
    });
  },
});
