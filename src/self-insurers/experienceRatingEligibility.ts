import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { invalidInput, issue, WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { formatMoney, type MoneyLike, toDecimal } from '../core/money.js';
import { type ExplainOption, explainOptionShape, integer, money, nonEmptyList, year } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { ELIGIBILITY_THRESHOLDS } from '../rules/experienceRating.js';
import { step } from '../rules/step.js';

/** The SI-8 eligibility tests, in the order they are tried. */
export type EligibilityTest = 'first-year' | 'two-year-average' | 'three-year-average';

const FIGURES = ['firstYear', 'twoYearAverage', 'threeYearAverage'] as const;

/** Input schema of {@link experienceRatingEligibility}. */
export const ExperienceRatingEligibilityInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ratingYear: year(),
    yearsInBusiness: integer(0, 1000, 'a number of years'),
    unmodifiedPremiums: nonEmptyList(money({ nonNegative: true }), 'unmodified premiums'),
    thresholds: z.optional(
      z.strictObject({
        firstYear: z.optional(money({ nonNegative: true })),
        twoYearAverage: z.optional(money({ nonNegative: true })),
        threeYearAverage: z.optional(money({ nonNegative: true })),
      }),
    ),
  }))();

/** Input of {@link experienceRatingEligibility}. */
export interface ExperienceRatingEligibilityInput {
  /** The rating year of the mod (its effective date is 1 January of that year); picks the SI-8 figures. */
  readonly ratingYear: number;
  /** Whole years the risk has been in business; fewer than 2 is never eligible (SI-8). */
  readonly yearsInBusiness: number;
  /** Unmodified premium of each year of the experience period, oldest first (up to three years). */
  readonly unmodifiedPremiums: ReadonlyArray<MoneyLike>;
  /** Figures the built-in table lacks for `ratingYear` (e.g. the 2025 third-test figure); giving one the table has is a `conflict`. */
  readonly thresholds?: {
    /** Unmodified premium needed in the first year. */
    readonly firstYear?: MoneyLike;
    /** Average unmodified premium needed over the first two years. */
    readonly twoYearAverage?: MoneyLike;
    /** Average annual unmodified premium needed with more than 2 years of experience. */
    readonly threeYearAverage?: MoneyLike;
  };
}

/** Options schema of {@link experienceRatingEligibility}. */
export const ExperienceRatingEligibilityOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link experienceRatingEligibility}. */
export interface ExperienceRatingEligibilityOptions extends ExplainOption {}

/** Result of {@link experienceRatingEligibility}. */
export interface ExperienceRatingEligibilityResult extends Explained {
  /** Whether the risk qualifies for experience rating (SI-8). */
  readonly eligible: boolean;
  /** The first test that passes, or `null` when none does. */
  readonly test: EligibilityTest | null;
  /** Why no test passes (`'under-two-years'` or `'premium-below-thresholds'`), `null` when eligible. */
  readonly reason: 'under-two-years' | 'premium-below-thresholds' | null;
}

type Figures = Record<(typeof FIGURES)[number], Dec>;

/** The three SI-8 figures for a year: table first, caller's for the gaps; strict. @internal */
export function resolveThresholds(yr: number, given: { readonly [K in (typeof FIGURES)[number]]?: Dec | undefined } = {}): Figures {
  const row = ELIGIBILITY_THRESHOLDS.find((r) => r.year === yr);
  const out: Partial<Figures> = {};
  const conflicts = FIGURES.filter((f) => row?.[f] != null && given[f] !== undefined);
  if (conflicts.length > 0)
    throw invalidInput(conflicts.map((f) => issue(['thresholds', f], 'conflict', MESSAGES.conflict(`thresholds.${f}`, 'ratingYear'))));
  for (const f of FIGURES) {
    const fromTable = row?.[f];
    const value = fromTable != null ? toDecimal(fromTable) : given[f];
    if (value === undefined)
      throw new WcraError(
        'UNKNOWN_YEAR',
        `No SI-8 ${f} figure for rating year ${yr}: the built-in table covers ${ELIGIBILITY_THRESHOLDS.map((r) => r.year).join(', ')}. Supply it as \`thresholds.${f}\`.`,
        { details: { year: yr } },
      );
    out[f] = value;
  }
  return out as Figures;
}

const average = (xs: ReadonlyArray<Dec>): Dec => xs.reduce((a, b) => a.plus(b), toDecimal(0)).dividedBy(xs.length);

/** The first SI-8 test that passes, with the compared figures. @internal */
function firstPassing(
  years: number,
  p: ReadonlyArray<Dec>,
  t: Figures,
): { test: EligibilityTest | null; values: [EligibilityTest, Dec, Dec][] } {
  const candidates: [EligibilityTest, Dec | undefined, Dec][] = [
    ['first-year', p[0], t.firstYear],
    ['two-year-average', p.length >= 2 ? average(p.slice(0, 2)) : undefined, t.twoYearAverage],
    ['three-year-average', years > 2 && p.length >= 3 ? average(p.slice(0, 3)) : undefined, t.threeYearAverage],
  ];
  const values: [EligibilityTest, Dec, Dec][] = [];
  for (const [name, got, need] of candidates) {
    if (got === undefined) continue;
    values.push([name, got, need]);
    if (got.gte(need)) return { test: name, values };
  }
  return { test: null, values };
}

/**
 * Whether a risk qualifies for Minnesota experience rating (SI-8): in business at least 2 years
 * and $14,000 of unmodified premium in the first year of the experience period, or an average of
 * $14,000 over its first two years, or (more than 2 years) an average of $7,000 a year — figures
 * effective 1/1/2024; from 1/1/2025 the first two are $14,500 and the third is caller-supplied.
 *
 * @param input - `{ ratingYear, yearsInBusiness, unmodifiedPremiums (oldest first), thresholds? }`.
 * @param options - `{ explain? }`.
 * @returns `{ eligible, test, reason }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (`conflict` when a figure the table has is also given);
 *   `UNKNOWN_YEAR` for a rating year (or the 2025 third-test figure) the table lacks and not supplied.
 *
 * @example
 * ```ts
 * import { experienceRatingEligibility } from 'wcra-calc';
 * experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['9000', '19000', '8000'] })
 * //=> { eligible: true, test: 'two-year-average', reason: null }
 * ```
 */
export function experienceRatingEligibility(
  input: ExperienceRatingEligibilityInput,
  options?: ExperienceRatingEligibilityOptions,
): ExperienceRatingEligibilityResult {
  return experienceRatingEligibilityDefinition.run(input, options);
}

/** The definition of {@link experienceRatingEligibility}: name, rules, schemas, example. */
export const experienceRatingEligibilityDefinition = /* @__PURE__ */ defineCalculator({
  name: 'experienceRatingEligibility',
  feature: 'self-insurers',
  summary: 'Whether a risk qualifies for Minnesota experience rating, and by which test',
  rules: ['SI-8'],
  uncitedRules: {},
  input: ExperienceRatingEligibilityInputSchema,
  options: ExperienceRatingEligibilityOptionsSchema,
  example: { ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['9000', '19000', '8000'] },
  explains: true,
  compute: (v, opts): ExperienceRatingEligibilityResult => {
    const t = resolveThresholds(v.ratingYear, v.thresholds); // RULES: SI-8
    const tooNew = v.yearsInBusiness < 2;
    const { test, values } = tooNew ? { test: null, values: [] } : firstPassing(v.yearsInBusiness, v.unmodifiedPremiums, t);
    const reason = test !== null ? null : tooNew ? 'under-two-years' : 'premium-below-thresholds';
    const result: ExperienceRatingEligibilityResult = { eligible: test !== null, test, reason };
    return withSteps(result, opts.explain, () => [
      step(
        'SI-8',
        'In business at least 2 years',
        [textValue('Years in business', String(v.yearsInBusiness), 'number')],
        textValue('At least 2 years', tooNew ? 'no' : 'yes'),
      ),
      ...values.map(([name, got, need]) =>
        step(
          'SI-8',
          `Test ${name}: unmodified premium at least the ${v.ratingYear} figure`,
          [moneyValue('Unmodified premium', formatMoney(got)), moneyValue('Needed', formatMoney(need))],
          textValue('Passes', got.gte(need) ? 'yes' : 'no'),
        ),
      ),
    ]);
  },
});
