import * as z from 'zod/mini';
import { compareDates, type IsoDate } from '../core/dates.js';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape, integer, isoDate } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { ADJUSTMENT_DUE_DATE } from '../rules/billing.js';
import { defineCalculator } from '../rules/define.js';
import { coverageYearDate } from '../rules/figures.js';
import { step } from '../rules/step.js';

/** Input schema of {@link settleAdjustment}. */
export const SettleAdjustmentInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coverageYear: integer(1900, 2199, 'a coverage year'),
    adjustment: cents({ nonNegative: false }),
    openCharges: z.optional(z.array(z.strictObject({ dueDate: isoDate(), amount: cents() }))),
  }))();

/** Input of {@link settleAdjustment}. */
export interface SettleAdjustmentInput {
  /** The coverage year Y adjusted (an additional premium is due October 1 of Y + 1), 1900–2199. */
  readonly coverageYear: number;
  /** The adjustment as billed, whole cents, signed: positive is additional premium, negative a credit. */
  readonly adjustment: MoneyLike;
  /** The member's premiums still due, which a credit is applied to first (default none). */
  readonly openCharges?: ReadonlyArray<{
    /** The charge's due date, `YYYY-MM-DD`. */
    readonly dueDate: string;
    /** The amount still due, a non-negative whole number of cents. */
    readonly amount: MoneyLike;
  }>;
}

/** Options schema of {@link settleAdjustment}. */
export const SettleAdjustmentOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link settleAdjustment}. */
export interface SettleAdjustmentOptions extends ExplainOption {}

/** Part of a credit applied to one open charge. */
export interface CreditApplication {
  /** Due date of the charge the credit was applied to. */
  readonly dueDate: IsoDate;
  /** Amount of credit applied to it (positive). */
  readonly amount: Money;
  /** Position of the charge in `openCharges` (tells apart charges due the same day). */
  readonly index: number;
}

/** Result of {@link settleAdjustment}. */
export interface SettleAdjustmentResult extends Explained {
  /** Additional premium the member pays (`"0.00"` for a credit or no adjustment). */
  readonly amountDue: Money;
  /** October 1 of coverageYear + 1 when an additional premium is due; otherwise `null`. */
  readonly dueDate: IsoDate | null;
  /** Part of the credit applied to open charges (positive; `"0.00"` when there is no credit). */
  readonly creditApplied: Money;
  /** Where the credit went, earliest due date first. */
  readonly applications: ReadonlyArray<CreditApplication>;
  /** Part of the credit refunded to the member (positive; `"0.00"` when none). */
  readonly refund: Money;
}

/** Settlement from integer cents (unchecked core). Charges must be sorted by due date. @internal */
export function settlementCore(
  adjustmentCents: number,
  charges: ReadonlyArray<{ dueDate: IsoDate; cents: number; index: number }>,
): {
  dueCents: number;
  appliedCents: number;
  refundCents: number;
  applications: Array<{ dueDate: IsoDate; cents: number; index: number }>;
} {
  if (adjustmentCents >= 0) return { dueCents: adjustmentCents, appliedCents: 0, refundCents: 0, applications: [] };
  let left = -adjustmentCents;
  const applications: Array<{ dueDate: IsoDate; cents: number; index: number }> = [];
  for (const c of charges) {
    if (left === 0) break;
    const applied = Math.min(left, c.cents);
    if (applied === 0) continue;
    applications.push({ dueDate: c.dueDate, cents: applied, index: c.index }); // RULES: PRM-8
    left -= applied;
  }
  return { dueCents: 0, appliedCents: -adjustmentCents - left, refundCents: left, applications };
}

/**
 * Settles an annual adjustment for coverage year Y (PRM-8, BIL-6).
 *
 * - An additional premium (`adjustment` > 0) is shown on the September statement and due
 *   October 1 of Y + 1: `amountDue` = adjustment, `dueDate` = `Y+1-10-01`.
 * - A credit (`adjustment` < 0) is applied to the member's premiums still due (`openCharges`),
 *   earliest due date first (charges due the same day in the order given), each charge taking
 *   at most its amount; what remains is refunded. `creditApplied + refund = |adjustment|`.
 * - No adjustment: everything is zero. `dueDate` is `null` whenever nothing is due.
 *
 * Pass the adjustment as billed: for a self-insurer, the `total` of `annualAdjustment`
 * (adjustment plus 2% premium tax, PRM-6). This function computes no adjustment itself.
 * Amounts must be whole cents (they are billed amounts). Convention: open charges are the
 * member's unpaid WCRA premiums as the caller knows them on the settlement date; their due dates
 * are not checked against the statement date, and charges of zero receive nothing.
 *
 * @param input - `{ coverageYear, adjustment, openCharges? }`, `adjustment` signed (negative is a
 *   credit), `openCharges: { dueDate, amount }[]`.
 * @param options - `{ explain? }`.
 * @returns `{ amountDue, dueDate, creditApplied, applications, refund }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input or amounts with fractions of a cent.
 *
 * @example
 * ```ts
 * import { settleAdjustment } from 'wcra-calc';
 * // Seed 002, Calculation 3: 2022 adjustment of $79,500, due October 1, 2023.
 * settleAdjustment({ coverageYear: 2022, adjustment: '79500' })
 * //=> { amountDue: '79500.00', dueDate: '2023-10-01', creditApplied: '0.00', applications: [], refund: '0.00' }
 * const credit = settleAdjustment({
 *   coverageYear: 2022,
 *   adjustment: '-5000',
 *   openCharges: [{ dueDate: '2023-10-01', amount: '3000' }, { dueDate: '2023-07-01', amount: '1000' }],
 * });
 * credit.applications //=> [{ dueDate: '2023-07-01', amount: '1000.00', index: 1 }, { dueDate: '2023-10-01', amount: '3000.00', index: 0 }]
 * credit.refund //=> '1000.00'
 * ```
 */
export function settleAdjustment(input: SettleAdjustmentInput, options?: SettleAdjustmentOptions): SettleAdjustmentResult {
  return settleAdjustmentDefinition.run(input, options);
}

/** The definition of {@link settleAdjustment}: name, rules, schemas, example. */
export const settleAdjustmentDefinition = /* @__PURE__ */ defineCalculator({
  name: 'settleAdjustment',
  feature: 'premium',
  summary: 'Settle an annual adjustment: additional premium due October 1, or a credit applied then refunded',
  rules: ['PRM-8', 'BIL-6'],
  uncitedRules: { 'BIL-6': 'BIL-6 repeats the PRM-8 calendar (due October 1 of Y + 1); the steps cite PRM-8' },
  input: SettleAdjustmentInputSchema,
  options: SettleAdjustmentOptionsSchema,
  example: {
    coverageYear: 2022,
    adjustment: '-5000',
    openCharges: [
      { dueDate: '2023-10-01', amount: '3000' },
      { dueDate: '2023-07-01', amount: '1000' },
    ],
  },
  explains: true,
  compute: (v, opts): SettleAdjustmentResult => {
    const adjustmentCents = v.adjustment;
    const charges = (v.openCharges ?? []).map((c, index) => ({ dueDate: c.dueDate, cents: c.amount, index }));
    // Array.prototype.sort is stable: charges due the same day keep their input order.
    const ordered = [...charges].sort((a, b) => compareDates(a.dueDate, b.dueDate));
    const core = settlementCore(adjustmentCents, ordered);
    const dueDate = core.dueCents > 0 ? coverageYearDate(ADJUSTMENT_DUE_DATE.value, v.coverageYear) : null; // RULES: PRM-8, BIL-6
    const result: SettleAdjustmentResult = {
      amountDue: centsToMoney(core.dueCents),
      dueDate,
      creditApplied: centsToMoney(core.appliedCents),
      applications: core.applications.map((a) => ({ dueDate: a.dueDate, amount: centsToMoney(a.cents), index: a.index })),
      refund: centsToMoney(core.refundCents),
    };
    return withSteps(result, opts.explain, () => {
      const adjustment = centsToMoney(adjustmentCents);
      if (dueDate !== null) {
        return [
          step(
            'PRM-8',
            `${v.coverageYear} additional premium, on the September statement, due ${dueDate} (BIL-6)`,
            [moneyValue('Annual adjustment', adjustment), textValue('Due date', dueDate, 'date')],
            moneyValue('Amount due', result.amountDue),
          ),
        ];
      }
      if (core.appliedCents === 0 && core.refundCents === 0) {
        return [
          step(
            'PRM-8',
            `No adjustment for ${v.coverageYear}: nothing due or refunded`,
            [moneyValue('Annual adjustment', adjustment)],
            moneyValue('Amount due', '0'),
          ),
        ];
      }
      const steps: TraceStep[] = result.applications.map((a) =>
        step(
          'PRM-8',
          `Credit applied to the charge due ${a.dueDate} (in due-date order)`,
          [moneyValue(`Open charge due ${a.dueDate}`, centsToMoney(charges[a.index]?.cents ?? 0))],
          moneyValue('Credit applied', a.amount),
        ),
      );
      steps.push(
        step(
          'PRM-8',
          'Refund = credit - credit applied to premiums still due',
          [moneyValue('Credit', centsToMoney(-adjustmentCents)), moneyValue('Less credit applied', result.creditApplied, '-')],
          moneyValue('Refund', result.refund),
        ),
      );
      return steps;
    });
  },
});
