import * as z from 'zod/mini';
import { calendarDaysLate } from '../core/dates.js';
import { type ExplainOption, explainOptionShape, isoDate } from '../core/schema.js';
import { type Explained, step, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';

/** Input schema of {@link paymentStatus}. */
export const PaymentStatusInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    dueDate: isoDate(),
    receivedOn: isoDate(),
  }))();

/** Input of {@link paymentStatus}. */
export interface PaymentStatusInput {
  /** The date the payment is due, `YYYY-MM-DD` (an invoice or installment due date, BIL-4). */
  readonly dueDate: string;
  /** The date the payment was received at the WCRA's bank, `YYYY-MM-DD`. */
  readonly receivedOn: string;
}

/** Options schema of {@link paymentStatus}. */
export const PaymentStatusOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link paymentStatus}. */
export interface PaymentStatusOptions extends ExplainOption {}

/** Result of {@link paymentStatus}. */
export interface PaymentStatusResult extends Explained {
  /** True when the payment was received after the due date (BIL-4). */
  readonly late: boolean;
  /** Calendar days after the due date (GEN-4); 0 when received on or before it. */
  readonly daysLate: number;
}

/**
 * Whether a payment was on time (BIL-4, GEN-4): a payment counts as on time only if received
 * at the WCRA's bank by the due date. Days are calendar days: received on the due date is on
 * time (0 days late), the day after is 1 day late, and an early payment is 0 days late.
 *
 * Conventions: no grace period and no business-day shift (a due date falling on a weekend is
 * not moved; the sources do not move it). Late fees are not published, so none is computed:
 * multiply `daysLate` or apply your own fee to `late`.
 *
 * @param input - `{ dueDate, receivedOn }`, both `YYYY-MM-DD`.
 * @param options - `{ explain? }`.
 * @returns `{ late, daysLate }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a missing or invalid date (e.g. `'2019-02-30'`).
 *
 * @example
 * ```ts
 * import { paymentStatus } from 'wcra-calc';
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01' }) //=> { late: false, daysLate: 0 }
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-03-01' }) //=> { late: true, daysLate: 29 }
 * paymentStatus({ dueDate: '2024-04-01', receivedOn: '2024-03-15' }) //=> { late: false, daysLate: 0 }
 * ```
 */
export function paymentStatus(input: PaymentStatusInput, options?: PaymentStatusOptions): PaymentStatusResult {
  return paymentStatusDefinition.run(input, options);
}

/** The definition of {@link paymentStatus}: name, rules, schemas, example. */
export const paymentStatusDefinition = /* @__PURE__ */ defineCalculator({
  name: 'paymentStatus',
  feature: 'billing',
  summary: 'Whether a payment was on time, and how many calendar days late',
  rules: ['BIL-4', 'GEN-4'],
  uncitedRules: {},
  input: PaymentStatusInputSchema,
  options: PaymentStatusOptionsSchema,
  example: { dueDate: '2024-02-01', receivedOn: '2024-03-01' },
  explains: true,
  compute: (v, opts): PaymentStatusResult => {
    const daysLate = calendarDaysLate(v.dueDate, v.receivedOn); // RULES: GEN-4
    const result: PaymentStatusResult = { late: daysLate > 0, daysLate }; // RULES: BIL-4
    return withSteps(result, opts.explain, () => [
      step(
        'GEN-4',
        'Days late = calendar days from the due date to receipt (0 if received by the due date)',
        [textValue('Due date', v.dueDate, 'date'), textValue('Received on', v.receivedOn, 'date')],
        textValue('Days late', String(daysLate), 'number'),
      ),
      step(
        'BIL-4',
        'On time only if received at the bank by the due date; otherwise late fees apply',
        [textValue('Days late', String(daysLate), 'number')],
        textValue('Status', result.late ? 'late' : 'on time'),
      ),
    ]);
  },
});
