import * as z from 'zod/mini';
import { calendarDaysLate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { formatMoney, inMoneyRange, MAX_MONEY, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import { addIssue, type ExplainOption, explainOptionShape, integer, isoDate, money } from '../core/schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';

/** The fine per calendar day for each report past due: $100 (SI-1). */
export const LATE_REPORT_FINE_PER_DAY = '100';

/** Input schema of {@link lateReportFine}. */
export const LateReportFineInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      dueDate: isoDate(),
      receivedOn: z.optional(isoDate()),
      asOf: z.optional(isoDate()),
      reports: z.optional(integer(1, 10_000, 'a number of reports past due')),
      finePerDay: z.optional(money({ nonNegative: true })),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.receivedOn === undefined && v.asOf === undefined) {
          addIssue(ctx, ['receivedOn'], 'required', 'is required unless asOf is given (a missing report counts to asOf)');
        }
        if (v.receivedOn !== undefined && v.asOf !== undefined && v.receivedOn > v.asOf) {
          addIssue(ctx, ['receivedOn'], 'inconsistent', `cannot be after asOf (${v.asOf}), the date the fine is computed on`);
        }
      }),
    ))();

/** Input of {@link lateReportFine}. */
export interface LateReportFineInput {
  /** The date the payroll report was due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The date it was received, `YYYY-MM-DD`; omit when it is still missing (counted to `asOf`). */
  readonly receivedOn?: string;
  /** The date the fine is computed on, `YYYY-MM-DD` (required when `receivedOn` is omitted). */
  readonly asOf?: string;
  /** Reports past due with this due date and received date, 1–10,000 (default 1). */
  readonly reports?: number;
  /** The fine per calendar day per report, a non-negative amount (default $100, SI-1). */
  readonly finePerDay?: MoneyLike;
}

/** Options schema of {@link lateReportFine}. */
export const LateReportFineOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link lateReportFine}. */
export interface LateReportFineOptions extends ExplainOption {}

/** Result of {@link lateReportFine}. */
export interface LateReportFineResult extends Explained {
  /** Calendar days past the due date (0 when received on or before it, GEN-4). */
  readonly daysLate: number;
  /** finePerDay × daysLate × reports, rounded to cents half-up (a payable amount, GEN-1). */
  readonly fine: string;
  /** True when any day is late: late reporting is reported to the Department of Commerce (SI-1). */
  readonly notifyCommerce: boolean;
}

/** Days late and fine from exact inputs (unchecked core). @internal */
export function lateReportFineCore(dueDate: string, countedTo: string, reports: number, finePerDay: Dec) {
  const daysLate = calendarDaysLate(dueDate, countedTo); // RULES: GEN-4
  const fine = roundMoney(finePerDay.times(daysLate).times(reports)); // RULES: SI-1
  return { daysLate, fine };
}

/**
 * The fine for a self-insurer's prior-year payroll report filed late (SI-1, GEN-4).
 *
 * fine = finePerDay ($100 by default) × calendar days late × reports past due (default 1),
 * rounded to cents half-up once (GEN-1; a whole-cent `finePerDay` needs no rounding). Days late
 * are calendar days from `dueDate` to `receivedOn` (GEN-4: received on the due date is 0 days
 * late, the day after is 1); early reports are 0 days late.
 *
 * Conventions: a report still missing is counted to `asOf` (the date you compute the fine on,
 * e.g. today); one of `receivedOn` and `asOf` is required. When both are given, `receivedOn` is
 * used and must not be after `asOf`. `reports` is the number of reports past due with the same
 * due date and the same received date (count separate filings separately and add the fines).
 * `notifyCommerce` is true whenever a day is late: the WCRA reports late reporting to the
 * Department of Commerce.
 *
 * @param input - `{ dueDate, receivedOn?, asOf?, reports?, finePerDay? }`.
 * @param options - `{ explain? }`.
 * @returns `{ daysLate, fine, notifyCommerce }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad dates, neither `receivedOn` nor `asOf`,
 *   `receivedOn` after `asOf`, `reports` below 1, a negative `finePerDay`, or a fine above the
 *   largest amount the library handles.
 *
 * @example
 * ```ts
 * import { lateReportFine } from 'wcra-calc';
 * lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-11' })
 * //=> { daysLate: 10, fine: '1000.00', notifyCommerce: true }
 * lateReportFine({ dueDate: '2025-03-01', asOf: '2025-03-04', reports: 2 }).fine //=> '600.00'
 * lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-01' }).daysLate //=> 0
 * ```
 */
export function lateReportFine(input: LateReportFineInput, options?: LateReportFineOptions): LateReportFineResult {
  return lateReportFineDefinition.run(input, options);
}

/** The definition of {@link lateReportFine}: name, rules, schemas, example. */
export const lateReportFineDefinition = /* @__PURE__ */ defineCalculator({
  name: 'lateReportFine',
  feature: 'self-insurers',
  summary: 'Fine of $100 per calendar day per report past due, and whether Commerce is told',
  rules: ['SI-1', 'GEN-4'],
  uncitedRules: {},
  input: LateReportFineInputSchema,
  options: LateReportFineOptionsSchema,
  example: { dueDate: '2025-03-01', receivedOn: '2025-03-11' },
  explains: true,
  compute: (v, opts): LateReportFineResult => {
    const countedTo = (v.receivedOn ?? v.asOf) as string;
    const reports = v.reports ?? 1;
    const perDay = toDecimal(v.finePerDay ?? LATE_REPORT_FINE_PER_DAY);
    const { daysLate, fine } = lateReportFineCore(v.dueDate, countedTo, reports, perDay);
    if (!inMoneyRange(fine)) {
      throw invalidInput([
        { path: ['finePerDay'], code: 'out_of_range', message: `gives a fine above the largest amount handled (${MAX_MONEY})` },
      ]);
    }
    const result: LateReportFineResult = { daysLate, fine: formatMoney(fine), notifyCommerce: daysLate > 0 };
    return withSteps(result, opts.explain, () => [
      step(
        'GEN-4',
        v.receivedOn === undefined
          ? 'Days late = calendar days from due date to as-of date (report missing)'
          : 'Days late = calendar days from due date to receipt (0 if on time)',
        [
          textValue('Due date', v.dueDate, 'date'),
          textValue(v.receivedOn === undefined ? 'Still missing as of' : 'Received on', countedTo, 'date'),
        ],
        textValue('Calendar days late', String(daysLate), 'number'),
      ),
      step(
        'SI-1',
        'Fine = fine per day x days late x reports past due, half-up to cents',
        [
          moneyValue('Fine per calendar day', formatMoney(perDay)),
          textValue('Days late', `x ${daysLate}`, 'number'),
          textValue('Reports past due', `x ${reports}`, 'number'),
        ],
        moneyValue('Fine', result.fine),
      ),
    ]);
  },
});
