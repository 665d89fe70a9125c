import * as z from 'zod/mini';
import { addMonths, dateParts, endOfMonth, startOfMonth } from '../core/dates.js';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, ExplainOptionsSchema, isoDate } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { dueCents } from './reimbursementDue.js';

/** Input schema of {@link nextReimbursementWindow}. */
export const NextReimbursementWindowInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ dateOfLoss: isoDate(), asOf: isoDate(), paid: cents(), retention: cents(), reimbursed: z.optional(cents()) }))();

/** Input of {@link nextReimbursementWindow}. */
export interface NextReimbursementWindowInput {
  /** The date of loss (the injury date) of the occurrence, `YYYY-MM-DD`: the cycle runs from its month. */
  readonly dateOfLoss: string;
  /** The date the question is asked, `YYYY-MM-DD`: the window returned has not ended by then. */
  readonly asOf: string;
  /** Reimbursable losses paid on the occurrence to date (CLM-4), whole cents, not negative. */
  readonly paid: MoneyLike;
  /** The retention in force at the date of injury (RET-4), whole cents, not negative. */
  readonly retention: MoneyLike;
  /** What the WCRA has reimbursed on the occurrence so far (default 0), whole cents. */
  readonly reimbursed?: MoneyLike;
}

/**
 * Why an occurrence has no request window (CLM-5): `'not-above-retention'` — paid losses do not
 * exceed the retention, so no first request may be filed; `'nothing-due'` — they do, but the
 * WCRA has already reimbursed all of the excess (or more: an overpayment, CLM-6).
 */
export type NoRequestReason = 'not-above-retention' | 'nothing-due';

/** The CLM-5 test: `null` when there is something to request, else why not. @internal */
export function noRequestReason(paid: number, retention: number, due: number): NoRequestReason | null {
  if (paid <= retention) return 'not-above-retention'; // RULES: CLM-5 — paid must exceed the retention
  return due > 0 ? null : 'nothing-due'; // RULES: CLM-6 — and an amount must be due
}

/** Options schema of {@link nextReimbursementWindow}. */
export const NextReimbursementWindowOptionsSchema = ExplainOptionsSchema;

/** Options of {@link nextReimbursementWindow}. */
export type NextReimbursementWindowOptions = ExplainOption;

/** Which month of the six-month cycle a window is. */
export type ReimbursementWindowKind = 'half-year-anniversary' | 'anniversary';

/** Result of {@link nextReimbursementWindow}: a calendar month in which a request may be filed. */
export interface NextReimbursementWindowResult extends Explained {
  /** First day of the window's month; `null` when there is nothing to request. */
  readonly start: string | null;
  /** Last day of the window's month; `null` when there is nothing to request. */
  readonly end: string | null;
  /** Half-year anniversary month or anniversary month of the date of loss; `null` when there is nothing to request. */
  readonly kind: ReimbursementWindowKind | null;
  /** max(0, paid − retention) − reimbursed when positive: what a request would ask for (CLM-6). */
  readonly due: Money;
  /** `null` when there is something to request (and so a window); otherwise why not (CLM-5). */
  readonly noRequestReason: NoRequestReason | null;
}

/** The window in plain fields (unchecked core). @internal */
export function windowCore(
  dateOfLoss: string,
  asOf: string,
): { start: string; end: string; kind: ReimbursementWindowKind; months: number } {
  const loss = dateParts(dateOfLoss);
  const at = dateParts(asOf);
  const gap = at.year * 12 + at.month - (loss.year * 12 + loss.month);
  // RULES: CLM-5 — six-month cycle; the first month whose end is on or after asOf.
  const steps = gap <= 6 ? 1 : Math.ceil(gap / 6);
  const months = steps * 6;
  const start = addMonths(startOfMonth(dateOfLoss), months);
  return { start, end: endOfMonth(start), kind: steps % 2 === 1 ? 'half-year-anniversary' : 'anniversary', months };
}

/**
 * The next month in which a reimbursement request for an occurrence may be filed (CLM-5).
 *
 * Requests follow a six-month cycle on the date of loss: the half-year anniversary month
 * (6 months after the month of loss), then the anniversary month (12 months), then 18, 24, …
 * The result is the first such month that has not ended by `asOf` (a window whose last day is
 * `asOf` is still open). The WCRA notes that exceptions apply; the library reports the regular
 * schedule.
 *
 * A window is given only with something to request (CLM-5, CLM-6): paid losses above the
 * retention and an amount due (excess − reimbursed > 0). Otherwise `start`, `end` and `kind`
 * are `null` and `noRequestReason` says why: `'not-above-retention'` or `'nothing-due'`.
 *
 * Conventions: a window is the whole calendar month; when `asOf` is before the date of loss,
 * the first half-year window is returned.
 *
 * @param input - `{ dateOfLoss, asOf, paid, retention, reimbursed? }` (dates `YYYY-MM-DD`, whole cents).
 * @param options - `{ explain? }`.
 * @returns `{ start, end, kind, due, noRequestReason }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a date that is not a real `YYYY-MM-DD` date or a bad amount.
 *
 * @example
 * ```ts
 * import { nextReimbursementWindow } from 'wcra-calc';
 * const occurrence = { dateOfLoss: '2023-03-15', paid: '700000', retention: '500000' };
 * nextReimbursementWindow({ ...occurrence, asOf: '2024-05-02' })
 * //=> { start: '2024-09-01', end: '2024-09-30', kind: 'half-year-anniversary', due: '200000.00', noRequestReason: null }
 * nextReimbursementWindow({ ...occurrence, asOf: '2024-03-31' }).start //=> '2024-03-01'
 * nextReimbursementWindow({ ...occurrence, paid: '400000', asOf: '2024-03-31' }).noRequestReason //=> 'not-above-retention'
 * ```
 */
export function nextReimbursementWindow(
  input: NextReimbursementWindowInput,
  options?: NextReimbursementWindowOptions,
): NextReimbursementWindowResult {
  return nextReimbursementWindowDefinition.run(input, options);
}

/** The definition of {@link nextReimbursementWindow}. */
export const nextReimbursementWindowDefinition = /* @__PURE__ */ defineCalculator({
  name: 'nextReimbursementWindow',
  feature: 'claims',
  summary: 'Next month a reimbursement request may be filed, given something to request',
  rules: ['CLM-5', 'CLM-6'],
  uncitedRules: {},
  input: NextReimbursementWindowInputSchema,
  options: NextReimbursementWindowOptionsSchema,
  example: { dateOfLoss: '2023-03-15', asOf: '2024-05-02', paid: '700000', retention: '500000' },
  explains: true,
  compute: (v, opts): NextReimbursementWindowResult => {
    const d = dueCents(v.paid, v.retention, v.reimbursed ?? 0);
    const why = noRequestReason(v.paid, v.retention, d.due);
    const w = why === null ? windowCore(v.dateOfLoss, v.asOf) : undefined;
    const result: NextReimbursementWindowResult = {
      start: w?.start ?? null,
      end: w?.end ?? null,
      kind: w?.kind ?? null,
      due: centsToMoney(d.due),
      noRequestReason: why,
    };
    return withSteps(result, opts.explain, () => [
      step(
        'CLM-6',
        'Due = max(0, paid - retention) - reimbursed to date',
        [
          moneyValue('Paid', centsToMoney(v.paid)),
          moneyValue('Retention', centsToMoney(v.retention), '-'),
          moneyValue('Reimbursed to date', centsToMoney(v.reimbursed ?? 0), '-'),
        ],
        moneyValue('Due', result.due),
      ),
      step(
        'CLM-5',
        w === undefined
          ? 'No request window: a request needs paid losses above the retention and an amount due'
          : 'First half-year or anniversary month of the loss month not ended by the as-of date',
        [
          textValue('Date of loss', v.dateOfLoss, 'date'),
          textValue('As of', v.asOf, 'date'),
          textValue('Months after the month of loss', w === undefined ? '-' : String(w.months), w === undefined ? 'text' : 'number'),
        ],
        textValue('Next request window', w === undefined ? `none (${why})` : `${w.start} to ${w.end}`),
      ),
    ]);
  },
});
