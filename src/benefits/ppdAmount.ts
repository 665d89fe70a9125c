import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { invalidInput, issue } from '../core/errors.js';
import { type DecimalLike, formatDecimal, formatMoney, type Money, roundMoney, toDecimal } from '../core/money.js';
import { type ExplainOption, explainOptionShape, isoDate, type RoundingOption, roundingOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { lookupPpdSchedule, type PpdBand, type PpdScheduleInput, PpdScheduleSchema, rating } from '../rules/ppdSchedules.js';
import { step } from '../rules/step.js';
import { combineCore, combineStep, ratingList } from './combineRatings.js';

/** Input schema of {@link ppdAmount}. */
export const PpdAmountInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ injuryDate: isoDate(), ratings: ratingList(), preExisting: z.optional(rating()) }))();

/** Input of {@link ppdAmount}. */
export interface PpdAmountInput {
  /** The date of injury (`YYYY-MM-DD`): it picks the schedule in force (BEN-5). */
  readonly injuryDate: string;
  /**
   * The current ratings of the injury, each a percent of the whole body from 0 to 100
   * (`"12.5"`), one to 100 of them: several are combined (BEN-6).
   */
  readonly ratings: ReadonlyArray<DecimalLike>;
  /**
   * A pre-existing disability of the same body part, one rating (percent of the whole body), not
   * above the combined current rating: it is deducted from the rating paid (Minn. R. 5223.0250).
   */
  readonly preExisting?: DecimalLike;
}

/** Options schema of {@link ppdAmount}. */
export const PpdAmountOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, ...roundingOptionShape, schedule: z.optional(PpdScheduleSchema) }))();

/** Options of {@link ppdAmount}. */
export interface PpdAmountOptions extends ExplainOption, RoundingOption {
  /**
   * Your own schedule `{ from, to?, bands: [{ from, to, amount }], source? }` (for injuries before
   * 2000-10-01, or to replace the built-in one): used when the injury date falls from `from` to
   * `to` (open-ended without `to`), else the built-in schedules apply. Bands run from 0 to 100
   * without gaps; a rating from a band's `from` to less than its `to` falls in it (the last band
   * includes 100); `amount` is the amount for 100% in whole cents.
   */
  readonly schedule?: PpdScheduleInput;
}

/** Result of {@link ppdAmount}: money as two-decimal strings, ratings as percent strings. */
export interface PpdAmountResult extends Explained {
  /** The combined current rating (BEN-6), exact (`"48"`). */
  readonly combinedRating: string;
  /** The rating paid: the combined rating less the pre-existing rating (the combined one without it). */
  readonly payableRating: string;
  /** The schedule used: its era as an ISO interval (`"2023-10-01/2026-09-30"`, open-ended `"2026-10-01/.."`). */
  readonly schedule: string;
  /** The band of the combined current rating: edges as written in the schedule and its amount for 100%. */
  readonly band: PpdBand;
  /** payableRating % × band amount, rounded to cents (half-up by default). */
  readonly amount: Money;
}

/** The band a rating falls in: from ≤ rating < to, the last band including its `to`. @internal */
export function bandOf(bands: ReadonlyArray<PpdBand>, r: Dec): PpdBand {
  const last = bands.length - 1;
  const found = bands.find((b, i) => r.gte(b.from) && (r.lt(b.to) || (i === last && r.eq(b.to))));
  return found ?? (bands[last] as PpdBand); // unreachable: bands cover 0–100 and ratings are within it
}

/**
 * The permanent partial disability (PPD) amount (BEN-5, BEN-6).
 *
 * combined = the ratings combined (BEN-6, exact); band = the band of the schedule in force on the
 * injury date that the combined rating falls in (a rating of x.5 uses the higher band, Herrley);
 * payable = combined − pre-existing; amount = payable / 100 × the band's amount, rounded to
 * cents (half-up by default, `options.rounding`). A pre-existing disability is paid at the band
 * of the current rating (Minn. R. 5223.0250).
 *
 * Built-in schedules (RULES.md BEN-5): injuries 2000-10-01–2018-09-30, 2018-10-01–2023-09-30,
 * 2023-10-01–2026-09-30 and from 2026-10-01 (Laws 2026 ch. 103 § 10). Earlier injuries need
 * `options.schedule`.
 *
 * @param input - `{ injuryDate, ratings, preExisting? }`.
 * @param options - `{ explain?, rounding?, schedule? }`.
 * @returns `{ combinedRating, payableRating, schedule, band: { from, to, amount }, amount }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input: a rating below 0 or above 100 (code
 *   `out_of_range`), no rating (`empty_list`), a pre-existing rating above the combined current
 *   rating (`inconsistent` at `preExisting`), a caller schedule whose bands do not run from 0 to
 *   100 without gaps (`inconsistent`); `UNKNOWN_PERIOD` for an injury before 2000-10-01 that no
 *   `options.schedule` covers.
 *
 * @example
 * ```ts
 * import { ppdAmount } from 'wcra-calc';
 * // 20% and 35% combine to 48%: band 45.5 to less than 50.5 of the 2023 schedule, $177,870.
 * const r = ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'] });
 * [r.combinedRating, r.schedule] //=> ['48', '2023-10-01/2026-09-30']
 * r.band //=> { from: '45.5', to: '50.5', amount: '177870.00' }
 * r.amount //=> '85377.60'
 * ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'], preExisting: '10' }).amount //=> '67590.60'
 * ```
 */
export function ppdAmount(input: PpdAmountInput, options?: PpdAmountOptions): PpdAmountResult {
  return ppdAmountDefinition.run(input, options);
}

/** The definition of {@link ppdAmount}. */
export const ppdAmountDefinition = /* @__PURE__ */ defineCalculator({
  name: 'ppdAmount',
  feature: 'benefits',
  summary: 'Permanent partial disability amount: combined rating, schedule band for the injury date, amount',
  rules: ['BEN-5', 'BEN-6'],
  uncitedRules: {},
  input: PpdAmountInputSchema,
  options: PpdAmountOptionsSchema,
  example: { injuryDate: '2024-03-01', ratings: ['20', '35'], preExisting: '10' },
  explains: true,
  compute: (v, opts): PpdAmountResult => {
    const combined = combineCore(v.ratings); // RULES: BEN-6
    const pre = v.preExisting ?? toDecimal(0);
    if (pre.gt(combined)) {
      const message = `must not be above the combined current rating (${formatDecimal(combined)})`;
      throw invalidInput([issue(['preExisting'], 'inconsistent', message)]);
    }
    const schedule = lookupPpdSchedule(v.injuryDate, opts.schedule); // RULES: BEN-5
    const band = bandOf(schedule.bands, combined);
    const payable = combined.minus(pre);
    const amount = roundMoney(payable.times(band.amount).times('0.01'), opts.rounding); // RULES: BEN-5
    const result: PpdAmountResult = {
      combinedRating: formatDecimal(combined),
      payableRating: formatDecimal(payable),
      schedule: schedule.era,
      band: { from: band.from, to: band.to, amount: band.amount },
      amount: formatMoney(amount),
    };
    return withSteps(result, opts.explain, () => ppdSteps(v, pre, schedule.source, result));
  },
});

function ppdSteps(v: { injuryDate: string; ratings: ReadonlyArray<Dec> }, pre: Dec, source: string, r: PpdAmountResult): TraceStep[] {
  const upTo = r.band.to === '100' ? 'up to and including' : 'to less than';
  return [
    combineStep(v.ratings, r.combinedRating),
    step(
      'BEN-5',
      `Band of the combined rating in the PPD schedule for injuries ${r.schedule} (${source})`,
      [textValue('Date of injury', v.injuryDate, 'date'), textValue('Combined rating (%)', r.combinedRating, 'number')],
      moneyValue(`Band ${r.band.from} ${upTo} ${r.band.to}: amount for 100%`, r.band.amount),
    ),
    step(
      'BEN-5',
      'PPD = (combined rating - pre-existing rating) / 100 x band amount, rounded to cents',
      [
        textValue('Combined rating (%)', r.combinedRating, 'number'),
        textValue('Pre-existing rating (%)', formatDecimal(pre), 'number'),
        textValue('Payable rating (%)', r.payableRating, 'number'),
        moneyValue('Band amount (100%)', r.band.amount, 'x'),
      ],
      moneyValue('PPD amount', r.amount),
    ),
  ];
}
