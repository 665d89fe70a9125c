import * as z from 'zod/mini';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, ExplainOptionsSchema } from '../core/schema.js';
import { type Explained, moneyValue, withSteps } from '../core/trace.js';
import { excessCents } from '../retention/excess.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link reimbursementDue}. */
export const ReimbursementDueInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    paid: cents(),
    retention: cents(),
    reimbursed: z.optional(cents()),
  }))();

/** Input of {@link reimbursementDue}. */
export interface ReimbursementDueInput {
  /** Reimbursable losses paid on the occurrence to date (CLM-4), whole cents, not negative. */
  readonly paid: MoneyLike;
  /** The retention in force at the date of injury (RET-4), whole cents, not negative. */
  readonly retention: MoneyLike;
  /** What the WCRA has reimbursed on the occurrence so far (default 0), whole cents, not negative. */
  readonly reimbursed?: MoneyLike;
}

/** Options schema of {@link reimbursementDue}. */
export const ReimbursementDueOptionsSchema = ExplainOptionsSchema;

/** Options of {@link reimbursementDue}. */
export type ReimbursementDueOptions = ExplainOption;

/** Result of {@link reimbursementDue}. */
export interface ReimbursementDueResult extends Explained {
  /** max(0, paid − retention): what the WCRA owes in all. */
  readonly excess: Money;
  /** max(0, excess − reimbursed): what may be requested now. */
  readonly due: Money;
  /** max(0, reimbursed − excess): what the member owes back to the WCRA. */
  readonly overpaid: Money;
}

/** The amount due in integer cents (unchecked core). @internal */
export function dueCents(paid: number, retention: number, reimbursed: number): { excess: number; due: number; overpaid: number } {
  const excess = excessCents(paid, retention); // RULES: CLM-6
  const diff = excess - reimbursed;
  return { excess, due: diff > 0 ? diff : 0, overpaid: diff < 0 ? -diff : 0 };
}

/**
 * The amount due on a reimbursement request for one occurrence (CLM-6).
 *
 * excess = max(0, paid − retention); due = excess − reimbursed to date when positive; a
 * negative value is an overpayment owed back to the WCRA, reported as `overpaid` (and `due`
 * is then 0). At most one of `due` and `overpaid` is above zero.
 *
 * Convention: amounts are whole cents (payments are cent amounts), so no rounding is needed;
 * `reimbursed` defaults to 0.
 *
 * @param input - `{ paid, retention, reimbursed? }` for one occurrence.
 * @param options - `{ explain? }`.
 * @returns `{ excess, due, overpaid }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a negative amount or one with fractions of a cent.
 *
 * @example
 * ```ts
 * import { reimbursementDue } from 'wcra-calc';
 * reimbursementDue({ paid: '700000', retention: '500000', reimbursed: '150000' })
 * //=> { excess: '200000.00', due: '50000.00', overpaid: '0.00' }
 * reimbursementDue({ paid: '600000', retention: '500000', reimbursed: '150000' }).overpaid //=> '50000.00'
 * ```
 */
export function reimbursementDue(input: ReimbursementDueInput, options?: ReimbursementDueOptions): ReimbursementDueResult {
  return reimbursementDueDefinition.run(input, options);
}

/** The definition of {@link reimbursementDue}. */
export const reimbursementDueDefinition = /* @__PURE__ */ defineCalculator({
  name: 'reimbursementDue',
  feature: 'claims',
  summary: 'Amount due on a reimbursement request (or overpaid) for one occurrence',
  rules: ['CLM-6'],
  uncitedRules: {},
  input: ReimbursementDueInputSchema,
  options: ReimbursementDueOptionsSchema,
  example: { paid: '700000', retention: '500000', reimbursed: '150000' },
  explains: true,
  compute: (v, opts): ReimbursementDueResult => {
    const { paid, retention } = v;
    const reimbursed = v.reimbursed ?? 0;
    const r = dueCents(paid, retention, reimbursed);
    const result: ReimbursementDueResult = { excess: centsToMoney(r.excess), due: centsToMoney(r.due), overpaid: centsToMoney(r.overpaid) };
    return withSteps(result, opts.explain, () => [
      step(
        'CLM-6',
        'Excess = max(0, paid - retention)',
        [moneyValue('Paid', centsToMoney(paid)), moneyValue('Retention', centsToMoney(retention), '-')],
        moneyValue('Excess', result.excess),
      ),
      step(
        'CLM-6',
        'Due = excess - reimbursed to date (below zero: overpaid, owed back)',
        [moneyValue('Excess', result.excess), moneyValue('Reimbursed to date', centsToMoney(reimbursed), '-')],
        r.overpaid > 0 ? moneyValue('Overpaid', result.overpaid) : moneyValue('Due', result.due),
      ),
    ]);
  },
});
