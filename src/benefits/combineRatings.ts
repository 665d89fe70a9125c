import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { MESSAGES } from '../core/issues.js';
import { type DecimalLike, formatDecimal, toDecimal } from '../core/money.js';
import { exactProduct } from '../core/power.js';
import { type ExplainOption, ExplainOptionsSchema, nonEmptyList } from '../core/schema.js';
import { type Explained, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { rating } from '../rules/ppdSchedules.js';
import { step } from '../rules/step.js';

/** The most ratings one call combines. */
export const MAX_RATINGS = 100;

/** A list of 1 to {@link MAX_RATINGS} ratings (percent of the whole body, 0 to 100). @internal */
export function ratingList() {
  return nonEmptyList(rating(), 'rating').check(
    z.maxLength(MAX_RATINGS, { error: (iss) => MESSAGES.tooMany(MAX_RATINGS, (iss.input as unknown[]).length) }),
  );
}

/** Input schema of {@link combineRatings}. */
export const CombineRatingsInputSchema = /* @__PURE__ */ (() => z.strictObject({ ratings: ratingList() }))();

/** Input of {@link combineRatings}. */
export interface CombineRatingsInput {
  /**
   * The ratings to combine, each a percent of the whole body from 0 to 100 (`"12.5"` is 12.5%),
   * one to 100 of them, in any order.
   */
  readonly ratings: ReadonlyArray<DecimalLike>;
}

/** Options schema of {@link combineRatings}. */
export const CombineRatingsOptionsSchema = ExplainOptionsSchema;

/** Options of {@link combineRatings}. */
export interface CombineRatingsOptions extends ExplainOption {}

/** Result of {@link combineRatings}. */
export interface CombineRatingsResult extends Explained {
  /** The combined rating, a percent of the whole body, exact (`"48"`, `"47.98"`; never above `"100"`). */
  readonly combined: string;
}

/**
 * The combined rating of several ratings (BEN-6), exact, as a percent: with fractions fᵢ = rᵢ / 100,
 * combined = 100 × (1 − Π(1 − fᵢ)), the same as A + B(1 − A) applied from the largest down. The
 * product is exact (core `exactProduct`). @internal
 */
export function combineCore(ratings: ReadonlyArray<Dec>): Dec {
  const hundred = toDecimal(100);
  const remaining = exactProduct(ratings.map((r) => hundred.minus(r).times('0.01'))); // RULES: BEN-6
  return remaining.times(-100).plus(100);
}

/**
 * Combines permanent partial disability ratings (BEN-6): A + B(1 − A), where A is the largest
 * rating and B the next, applied again with each next largest; the same as
 * 100 × (1 − Π(1 − rᵢ/100)) for ratings rᵢ written as percents. Never above 100.
 *
 * Convention (BEN-6): the combined rating is kept exact, not rounded (n ratings with two
 * decimals give at most 4n − 2 decimals: 12.34% and 5.67% combine to 17.310322%); the schedule
 * band and the PPD amount use it as it is (see `ppdAmount`).
 *
 * @param input - `{ ratings }`: one to 100 ratings, percents of the whole body (`"12.5"`).
 * @param options - `{ explain? }`.
 * @returns `{ combined }`, a percent string.
 * @throws {@link WcraError} `INVALID_INPUT` for an empty list (code `empty_list`), more than 100
 *   ratings (`too_many`), a rating that is not a number (`not_a_number`), or a rating below 0 or
 *   above 100 (`out_of_range`).
 *
 * @example
 * ```ts
 * import { combineRatings } from 'wcra-calc';
 * combineRatings({ ratings: ['20', '35'] }) //=> { combined: '48' }
 * combineRatings({ ratings: ['35', '20', '2'] }) //=> { combined: '49.04' }
 * ```
 */
export function combineRatings(input: CombineRatingsInput, options?: CombineRatingsOptions): CombineRatingsResult {
  return combineRatingsDefinition.run(input, options);
}

/** The definition of {@link combineRatings}. */
export const combineRatingsDefinition = /* @__PURE__ */ defineCalculator({
  name: 'combineRatings',
  feature: 'benefits',
  summary: 'Combined permanent partial disability rating of several ratings, A + B(1 - A)',
  rules: ['BEN-6'],
  uncitedRules: {},
  input: CombineRatingsInputSchema,
  options: CombineRatingsOptionsSchema,
  example: { ratings: ['20', '35'] },
  explains: true,
  compute: (v, opts): CombineRatingsResult => {
    const result: CombineRatingsResult = { combined: formatDecimal(combineCore(v.ratings)) };
    return withSteps(result, opts.explain, () => [combineStep(v.ratings, result.combined)]);
  },
});

/** The BEN-6 step: the ratings, largest first, and their combination. @internal */
export function combineStep(ratings: ReadonlyArray<Dec>, combined: string): TraceStep {
  const sorted = [...ratings].sort((a, b) => b.comparedTo(a));
  return step(
    'BEN-6',
    'Combined rating = A + B(1 - A) from the largest rating down (exact)',
    sorted.map((r, i) => textValue(`Rating ${i + 1} (%)`, formatDecimal(r), 'number')),
    textValue('Combined rating (%)', combined, 'number'),
  );
}
