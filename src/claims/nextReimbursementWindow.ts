import * as z from 'zod/mini';
import { addMonths, dateParts, endOfMonth, startOfMonth } from '../core/dates.js';
import { type ExplainOption, ExplainOptionsSchema, isoDate, parseOptions, parseWith } from '../core/schema.js';
import { type Explained, step, textValue, withSteps } from '../core/trace.js';

/** Input schema of {@link nextReimbursementWindow}. */
export const NextReimbursementWindowInputSchema = /* @__PURE__ */ (() => z.strictObject({ dateOfLoss: isoDate(), asOf: isoDate() }))();

/** Input of {@link nextReimbursementWindow}. */
export type NextReimbursementWindowInput = z.input<typeof NextReimbursementWindowInputSchema>;

/** Options schema of {@link nextReimbursementWindow}. */
export const NextReimbursementWindowOptionsSchema = ExplainOptionsSchema;

/** Options of {@link nextReimbursementWindow}. */
export type NextReimbursementWindowOptions = ExplainOption;

/** Which month of the six-month cycle a window is. */
export type ReimbursementWindowKind = 'half-year-anniversary' | 'anniversary';

/** Result of {@link nextReimbursementWindow}: a calendar month in which a request may be filed. */
export interface NextReimbursementWindowResult extends Explained {
  /** First day of the window's month. */
  readonly start: string;
  /** Last day of the window's month. */
  readonly end: string;
  /** Half-year anniversary month or anniversary month of the date of loss. */
  readonly kind: ReimbursementWindowKind;
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
 * Conventions: a window is the whole calendar month; when `asOf` is before the date of loss,
 * the first half-year window is returned. Whether a request may be filed at all (paid losses
 * above the retention) is a separate test (see `reimbursementDue`).
 *
 * @param input - `{ dateOfLoss, asOf }` as `YYYY-MM-DD`.
 * @param options - `{ explain? }`.
 * @returns `{ start, end, kind }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a date that is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { nextReimbursementWindow } from 'wcra-calc';
 * nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02' })
 * //=> { start: '2024-09-01', end: '2024-09-30', kind: 'half-year-anniversary' }
 * nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-03-31' }).start //=> '2024-03-01'
 * ```
 */
export function nextReimbursementWindow(
  input: NextReimbursementWindowInput,
  options?: NextReimbursementWindowOptions,
): NextReimbursementWindowResult {
  const v = parseWith(NextReimbursementWindowInputSchema, input);
  const opts = parseOptions(NextReimbursementWindowOptionsSchema, options);
  const w = windowCore(v.dateOfLoss, v.asOf);
  const result: NextReimbursementWindowResult = { start: w.start, end: w.end, kind: w.kind };
  return withSteps(result, opts.explain, () => [
    step(
      'CLM-5',
      'First half-year or anniversary month of the loss month not ended by the as-of date',
      [
        textValue('Date of loss', v.dateOfLoss, 'date'),
        textValue('As of', v.asOf, 'date'),
        textValue('Months after the month of loss', String(w.months), 'number'),
      ],
      textValue('Next request window', `${w.start} to ${w.end}`),
    ),
  ]);
}
