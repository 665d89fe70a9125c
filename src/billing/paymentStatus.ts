import * as z from 'zod/mini';
import { calendarDaysLate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { type IssueCode, MESSAGES } from '../core/issues.js';
import { centsToMoney, type DecimalLike, formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney } from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  cents,
  describeValue,
  type ExplainOption,
  explainOptionShape,
  isoDate,
  JSON_TAGS,
  type RoundingOption,
  rate,
  roundingOptionShape,
  toIssues,
  withJsonRules,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** A late fee given as a fixed amount, in whole cents (BIL-4). */
export interface LateFeeAmount {
  /** The fee owed when the payment is late, a non-negative amount in whole cents (`"250.00"`). */
  readonly amount: MoneyLike;
}

/** A late fee given as a rate of the amount due (BIL-4). */
export interface LateFeeRate {
  /** The fee as a fraction of `amountDue` (1.5% is `"0.015"`), from 0 to 1. */
  readonly rate: DecimalLike;
}

/** The caller's late fee (BIL-4: the fee is not published): exactly one of `amount` and `rate`. */
export type LateFee = LateFeeAmount | LateFeeRate;

/** A late fee as read: integer cents, or an exact rate. @internal */
type ParsedLateFee = { readonly amount: number } | { readonly rate: Dec };

/** Why a late fee rate needs the amount due (BIL-4). */
const NEEDS_AMOUNT_DUE = 'is required when lateFee is a rate (the fee is that rate of the amount due)';

/**
 * The `lateFee` field: an object with exactly one of `amount` (whole cents) and `rate` (0 to 1).
 * Both given is `conflict`, neither `required`. Tagged as a JSON Schema `oneOf` of the two
 * shapes. @internal
 */
function lateFeeSchema(): z.ZodMiniType<ParsedLateFee, LateFee> {
  const branches = {
    amount: z.strictObject({ amount: cents({ noun: 'a late fee' }) }),
    rate: z.strictObject({ rate: rate('a late fee rate') }),
  };
  const schema = z.transform<unknown, unknown>((v, ctx) => {
    const push = (path: PropertyKey[], code: IssueCode, message: string) =>
      ctx.issues.push({ code: 'custom', path, message, params: { code }, input: undefined });
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      push([], 'wrong_type', MESSAGES.wrongType('an object with named fields', describeValue(v)));
      return z.NEVER;
    }
    const has = (k: string) => Object.hasOwn(v, k) && (v as Record<string, unknown>)[k] !== undefined;
    if (has('amount') && has('rate')) {
      push(['rate'], 'conflict', 'cannot be given together with amount: a late fee is an amount or a rate of the amount due, not both');
      return z.NEVER;
    }
    const r = z.safeParse(has('rate') ? branches.rate : branches.amount, v, { reportInput: true });
    if (r.success) return r.data;
    for (const i of toIssues(r.error.issues)) push([...i.path], i.code, i.message);
    return z.NEVER;
  });
  JSON_TAGS.set(schema, ['oneOf', 'lateFee', branches]);
  return schema as unknown as z.ZodMiniType<ParsedLateFee, LateFee>;
}

/** Input schema of {@link paymentStatus}. */
export const PaymentStatusInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      dueDate: isoDate(),
      receivedOn: isoDate(),
      amountDue: z.optional(cents({ noun: 'an amount due' })),
      lateFee: z.optional(lateFeeSchema()),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.lateFee !== undefined && 'rate' in v.lateFee && v.amountDue === undefined)
          addIssue(ctx, ['amountDue'], 'required', NEEDS_AMOUNT_DUE);
      }),
    );
  // Its JSON form (BIL-4): a late fee given as a rate needs amountDue.
  /* @__PURE__ */ withJsonRules(schema, {
    anyOf: [
      { required: ['amountDue'] },
      { not: { required: ['lateFee'], properties: { lateFee: { type: 'object', required: ['rate'] } } } },
    ],
  });
  return schema;
})();

/** Input of {@link paymentStatus}. */
export interface PaymentStatusInput {
  /** The date the payment is due, `YYYY-MM-DD` (an invoice or installment due date, BIL-4). */
  readonly dueDate: string;
  /** The date the payment was received at the WCRA's bank, `YYYY-MM-DD`. */
  readonly receivedOn: string;
  /**
   * The amount the payment was due for, in whole cents (`"25000.00"`): required when `lateFee`
   * is a rate (the fee is that rate of it), otherwise not used.
   */
  readonly amountDue?: MoneyLike;
  /**
   * Your late fee (BIL-4: the WCRA does not publish it): `{ amount }`, a fixed fee in whole
   * cents, or `{ rate }`, a fraction of `amountDue` (exactly one of them). Without it no fee is
   * computed and the result has no `lateFee`.
   */
  readonly lateFee?: LateFee;
}

/** Options schema of {@link paymentStatus}. */
export const PaymentStatusOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape, ...roundingOptionShape }))();

/** Options of {@link paymentStatus}. */
export interface PaymentStatusOptions extends ExplainOption, RoundingOption {}

/** Result of {@link paymentStatus}. */
export interface PaymentStatusResult extends Explained {
  /** True when the payment was received after the due date (BIL-4). */
  readonly late: boolean;
  /** Calendar days after the due date (GEN-4); 0 when received on or before it. */
  readonly daysLate: number;
  /**
   * The late fee owed, a two-decimal money string (BIL-4): `"0.00"` when the payment is on
   * time; the fee `amount`, or `amountDue × rate` rounded to the cent (`options.rounding`,
   * default half-up), when late. Present only when the input gives a `lateFee`.
   */
  readonly lateFee?: Money;
}

/**
 * The fee owed for a late payment, as money (unchecked core): the fee amount, or `rate` of the
 * amount due (`amountDue` in cents) rounded once to the cent with `mode`. @internal
 */
export function lateFeeOwed(fee: ParsedLateFee, amountDue: number, mode: RoundingMode): string {
  if ('amount' in fee) return centsToMoney(fee.amount);
  // RULES: BIL-4, GEN-1 — a rate of the amount due, rounded once to the cent (a payable amount).
  return formatMoney(roundMoney(fee.rate.times(amountDue).div(100), mode));
}

/** The explain step of the late fee. @internal */
function feeStep(fee: ParsedLateFee, amountDue: number | undefined, late: boolean, owed: string): TraceStep {
  const inputs =
    'amount' in fee
      ? [moneyValue('Late fee (your amount)', centsToMoney(fee.amount))]
      : [moneyValue('Amount due', centsToMoney(amountDue ?? 0)), rateValue('Late fee rate (yours)', formatDecimal(fee.rate), 'x')];
  return step(
    'BIL-4',
    late ? 'A late payment owes your late fee (rounded to the cent)' : 'A payment on time owes no late fee',
    [textValue('Status', late ? 'late' : 'on time'), ...inputs],
    moneyValue('Late fee owed', owed),
  );
}

/**
 * Whether a payment was on time (BIL-4, GEN-4), and the late fee owed when you give yours: a
 * payment counts as on time only if received at the WCRA's bank by the due date. Days are
 * calendar days: received on the due date is on time (0 days late), the day after is 1 day late,
 * and an early payment is 0 days late.
 *
 * Late fee (BIL-4: "late fees apply", but the fee is not published, so you supply it):
 * `lateFee: { amount }` is a fixed fee in whole cents; `lateFee: { rate }` is a fraction of
 * `amountDue`, fee = amountDue × rate rounded once to the cent (GEN-1, `options.rounding`,
 * default `'halfExpand'`). The result's `lateFee` is that fee when late, `"0.00"` when on time,
 * and absent when no `lateFee` is given.
 *
 * Conventions: no grace period and no business-day shift (a due date falling on a weekend is
 * not moved; the sources do not move it). The fee is charged once per late payment, whatever the
 * number of days late (for a fee per day, multiply your daily fee by `daysLate`).
 *
 * @param input - `{ dueDate, receivedOn, amountDue?, lateFee? }`, dates `YYYY-MM-DD`.
 * @param options - `{ explain?, rounding? }`.
 * @returns `{ late, daysLate, lateFee? }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a missing or invalid date (e.g. `'2019-02-30'`,
 *   code `not_a_date`); a `lateFee` with both `amount` and `rate` (code `conflict` at
 *   `['lateFee', 'rate']`) or neither (`required` at `['lateFee', 'amount']`); a fee amount or
 *   `amountDue` that is not whole cents (`too_many_decimals`); a rate outside 0–1
 *   (`out_of_range`); a rate fee without `amountDue` (`required` at `['amountDue']`).
 *
 * @example
 * ```ts
 * import { paymentStatus } from 'wcra-calc';
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01' }) //=> { late: false, daysLate: 0 }
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-03-01' }) //=> { late: true, daysLate: 29 }
 * paymentStatus({ dueDate: '2024-04-01', receivedOn: '2024-03-15' }) //=> { late: false, daysLate: 0 }
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-05', amountDue: '25000.25', lateFee: { rate: '0.015' } })
 * //=> { late: true, daysLate: 4, lateFee: '375.00' }
 * paymentStatus({ dueDate: '2024-02-01', receivedOn: '2024-02-01', lateFee: { amount: '250' } }).lateFee //=> '0.00'
 * ```
 */
export function paymentStatus(input: PaymentStatusInput, options?: PaymentStatusOptions): PaymentStatusResult {
  return paymentStatusDefinition.run(input, options);
}

/** The definition of {@link paymentStatus}: name, rules, schemas, example. */
export const paymentStatusDefinition = /* @__PURE__ */ defineCalculator({
  name: 'paymentStatus',
  feature: 'billing',
  summary: 'Whether a payment was on time, how many calendar days late, and the late fee you set',
  rules: ['BIL-4', 'GEN-4'],
  uncitedRules: {},
  input: PaymentStatusInputSchema,
  options: PaymentStatusOptionsSchema,
  example: { dueDate: '2024-02-01', receivedOn: '2024-03-01', amountDue: '25000.25', lateFee: { rate: '0.015' } },
  explains: true,
  compute: (v, opts): PaymentStatusResult => {
    const daysLate = calendarDaysLate(v.dueDate, v.receivedOn); // RULES: GEN-4
    const late = daysLate > 0; // RULES: BIL-4
    const fee = v.lateFee;
    const owed = fee === undefined ? undefined : late ? lateFeeOwed(fee, v.amountDue ?? 0, opts.rounding ?? 'halfExpand') : '0.00';
    const result: PaymentStatusResult = owed === undefined ? { late, daysLate } : { late, daysLate, lateFee: owed };
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
        textValue('Status', late ? 'late' : 'on time'),
      ),
      ...(fee === undefined || owed === undefined ? [] : [feeStep(fee, v.amountDue, late, owed)]),
    ]);
  },
});
