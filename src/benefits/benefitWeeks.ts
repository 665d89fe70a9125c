import * as z from 'zod/mini';
import { compareDates, daysBetween, weekdayOf } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { formatDecimal, roundTo, toDecimal } from '../core/money.js';
import { addIssue, type ExplainOption, explainOptionShape, integer, isoDate } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link benefitWeeks}. */
export const BenefitWeeksInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ start: isoDate(), end: isoDate() }).check(
    z.superRefine((v, ctx) => {
      if (compareDates(v.end, v.start) < 0) addIssue(ctx, ['end'], 'out_of_range', 'must not be before start');
    }),
  ))();

/** Input of {@link benefitWeeks}. */
export interface BenefitWeeksInput {
  /** First day of the span (`YYYY-MM-DD`), counted. */
  readonly start: string;
  /** Last day of the span (`YYYY-MM-DD`), counted; not before `start`. */
  readonly end: string;
}

/** Options schema of {@link benefitWeeks}. */
export const BenefitWeeksOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    // A whole number 4–7 (the same values as 4 | 5 | 6 | 7), read with the library's own
    // message and code instead of zod's generic one for a union.
    daysPerWeek: z.optional(integer(4, 7, 'a number of work days per week')),
    holidays: z.optional(z.array(isoDate())),
  }))();

/** Options of {@link benefitWeeks}. */
export interface BenefitWeeksOptions extends ExplainOption {
  /** The employee's work days per week: 4 (Mon–Thu), 5 (Mon–Fri, default), 6 (Mon–Sat) or 7. */
  readonly daysPerWeek?: 4 | 5 | 6 | 7;
  /** Dates not worked (removed from the work days when they fall on one). */
  readonly holidays?: ReadonlyArray<string>;
}

/** Result of {@link benefitWeeks}. */
export interface BenefitWeeksResult extends Explained {
  /** The number of work days in the span, both dates included. */
  readonly workDays: number;
  /** workDays × (1 / daysPerWeek), a decimal string (`"0.2"` per day on a five-day week; 6 places for 6 and 7). */
  readonly weeks: string;
}

/**
 * Work days from start to end inclusive (BEN-3): the first `daysPerWeek` days of each week
 * (Monday first), less the listed holidays that fall on one. Counted by whole weeks, not day by
 * day, so a span of years costs the same as a span of days. @internal
 */
export function countWorkDays(start: string, end: string, daysPerWeek: number, holidays: ReadonlyArray<string>): number {
  const span = daysBetween(start, end) + 1;
  const first = weekdayOf(start);
  let n = Math.floor(span / 7) * daysPerWeek;
  for (let k = 0; k < span % 7; k++) if ((first + k) % 7 < daysPerWeek) n++;
  for (const h of new Set(holidays)) {
    if (compareDates(h, start) >= 0 && compareDates(h, end) <= 0 && weekdayOf(h) < daysPerWeek) n--;
  }
  return n;
}

/**
 * Benefit weeks of a number of work days (BEN-3): workDays × 1/daysPerWeek, rounded half-up to
 * 6 places (exact for four- and five-day weeks). The one conversion of the library. @internal
 */
export function weeksOfWorkDays(workDays: number, daysPerWeek: number): Dec {
  return roundTo(toDecimal(workDays).dividedBy(daysPerWeek), 6);
}

/**
 * Benefit weeks between two dates (BEN-3): the work days in the span (both dates count; holidays
 * removed only when listed) × the week fraction of a work day (0.2 on a five-day week, 0.25 on a
 * four-day week, 1/6 and 1/7, rounded half-up to 6 places, on six- and seven-day weeks).
 *
 * @param input - `{ start, end }`.
 * @param options - `{ explain?, daysPerWeek?, holidays? }`.
 * @returns `{ workDays, weeks }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad dates or `end` before `start` (code `out_of_range`).
 *
 * @example
 * ```ts
 * import { benefitWeeks } from 'wcra-calc';
 * benefitWeeks({ start: '2025-03-03', end: '2025-03-12' }) //=> { workDays: 8, weeks: '1.6' }
 * ```
 */
export function benefitWeeks(input: BenefitWeeksInput, options?: BenefitWeeksOptions): BenefitWeeksResult {
  return benefitWeeksDefinition.run(input, options);
}

/** The definition of {@link benefitWeeks}. */
export const benefitWeeksDefinition = /* @__PURE__ */ defineCalculator({
  name: 'benefitWeeks',
  feature: 'benefits',
  summary: 'Work days and benefit weeks between two dates',
  rules: ['BEN-3'],
  uncitedRules: {},
  input: BenefitWeeksInputSchema,
  options: BenefitWeeksOptionsSchema,
  example: { start: '2025-03-03', end: '2025-03-12' },
  explains: true,
  compute: (v, opts): BenefitWeeksResult => {
    const perWeek = opts.daysPerWeek ?? 5;
    const workDays = countWorkDays(v.start, v.end, perWeek, opts.holidays ?? []); // RULES: BEN-3
    const weeks = formatDecimal(weeksOfWorkDays(workDays, perWeek));
    const result: BenefitWeeksResult = { workDays, weeks };
    return withSteps(result, opts.explain, () => [
      step(
        'BEN-3',
        `Benefit weeks = work days x 1/${perWeek} (both dates count)`,
        [textValue('From', v.start, 'date'), textValue('To', v.end, 'date'), textValue('Work days', String(workDays), 'number')],
        textValue('Benefit weeks', weeks, 'number'),
      ),
    ]);
  },
});
