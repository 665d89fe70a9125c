import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import {
  centsToMoney,
  type DecimalLike,
  formatDecimal,
  formatFixed,
  formatMoney,
  type Money,
  type MoneyLike,
  roundTo,
} from '../core/money.js';
import {
  addIssue,
  cents,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  money,
  nonEmptyList,
  withJsonRules,
  year,
} from '../core/schema.js';
import { displayMoney, type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { ClassPayrollSchema, experienceModFactor } from '../premium/exposureBase.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import {
  type ExpectedLossesInput,
  ExpectedLossRateSchema,
  expectedLossesCore,
  expectedLossesSteps,
  ratePlacesIssues,
  ratePlacesJson,
} from './expectedLosses.js';
import { experienceModCore, experienceModSteps, type ModFigures, weightValue } from './experienceMod.js';
import {
  LimitClaimSchema,
  type LimitLossesClaim,
  type LimitLossesOptions,
  LossLimitationTableSchema,
  limitLossesCore,
  limitLossesSteps,
  resolveLimitation,
} from './limitLosses.js';
import { splitLossCents } from './splitLoss.js';

/** Input schema of {@link experienceModWorksheet}. */
export const ExperienceModWorksheetInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      ratingYear: year(),
      claims: z.array(LimitClaimSchema),
      payroll: nonEmptyList(ClassPayrollSchema, 'class payroll'),
      rates: nonEmptyList(ExpectedLossRateSchema, 'class rate'),
      splitPoint: cents({ noun: 'a split point' }),
      weighting: weightValue(),
      ballast: money({ nonNegative: true }),
      maximumMod: z.optional(experienceModFactor()),
    })
    .check(
      z.superRefine((v, ctx) => {
        const issues = [
          ...duplicateIssues(v.claims, 'claims', 'claimId', 'claim'),
          ...duplicateIssues(v.payroll, 'payroll', 'classCode', 'class'),
          ...duplicateIssues(v.rates, 'rates', 'classCode', 'class'),
          // RULES: USR-7 — 3-decimal expected loss rates only from rating year 2026 (2 decimals before).
          ...ratePlacesIssues(v.rates, v.ratingYear),
        ];
        for (const i of issues) addIssue(ctx, i.path, i.code, i.message);
      }),
    );
  // Its JSON form: 2 decimals for a rating year before 2026 (USR-7).
  /* @__PURE__ */ withJsonRules(schema, ratePlacesJson());
  return schema;
})();

/** Input of {@link experienceModWorksheet}. */
export interface ExperienceModWorksheetInput {
  /**
   * The rating year of the mod: picks the SI-9 loss limitation and the decimals the expected loss
   * rates may carry (USR-7: 3 decimals from 2026, 2 before).
   */
  readonly ratingYear: number;
  /** The claims of the experience period with their incurred losses (may be empty), as for `limitLosses`. */
  readonly claims: ReadonlyArray<LimitLossesClaim>;
  /** The payroll of the experience period by class, as for `expectedLosses`. */
  readonly payroll: ExpectedLossesInput['payroll'];
  /**
   * The bureau's expected loss rates and D-ratios by class, as for `expectedLosses` with the
   * rating year: at most 2 decimals for a rating year before 2026, 3 from 2026 (USR-7).
   */
  readonly rates: ExpectedLossesInput['rates'];
  /** The rating year's split point (published by the rating bureau), whole cents. */
  readonly splitPoint: MoneyLike;
  /** W: the bureau's weighting value, from 0 to 1. */
  readonly weighting: DecimalLike;
  /** B: the bureau's ballast value, zero or more. */
  readonly ballast: MoneyLike;
  /** A cap on the mod, when your plan has one (read down to 2 decimals); none by default. */
  readonly maximumMod?: DecimalLike;
}

/** Options schema of {@link experienceModWorksheet}. */
export const ExperienceModWorksheetOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, limitations: z.optional(LossLimitationTableSchema) }))();

/** Options of {@link experienceModWorksheet}. */
export interface ExperienceModWorksheetOptions extends ExplainOption {
  /** Your own SI-9 limitation figures by year (the single-claim figures from 2024), as for `limitLosses`. */
  readonly limitations?: LimitLossesOptions['limitations'];
}

/** Result of {@link experienceModWorksheet}. */
export interface ExperienceModWorksheetResult extends Explained {
  /** Ap: Σ min(limited loss, split point) over the claims. */
  readonly actualPrimary: Money;
  /** Ae: Σ (limited loss − its primary part). */
  readonly actualExcess: Money;
  /** E: expected losses (Σ payroll ÷ 100 × expected loss rate, per class to the cent). */
  readonly expected: Money;
  /** Ep: expected primary losses (Σ E × D-ratio, per class to the cent). */
  readonly expectedPrimary: Money;
  /** Ee = E − Ep. */
  readonly expectedExcess: Money;
  /** W, as applied (decimal string). */
  readonly weighting: string;
  /** B, as applied (to the cent). */
  readonly ballast: Money;
  /** The experience modification, half-up to 2 decimals (SI-6, SI-7), at most `maximumMod` when given. */
  readonly mod: string;
}

/** Σ of the primary and excess parts of the limited claims, in cents (SI-10). @internal */
function actualParts(limited: ReadonlyArray<number>, splitPoint: number): { primary: number[]; excess: number[]; ap: number; ae: number } {
  const parts = limited.map((l) => splitLossCents(l, splitPoint)); // RULES: SI-10 — per claim, reusing splitLoss
  const primary = parts.map((p) => p.primary);
  const excess = parts.map((p) => p.excess);
  return { primary, excess, ap: primary.reduce((a, b) => a + b, 0), ae: excess.reduce((a, b) => a + b, 0) };
}

/** The Ap and Ae lines of the worksheet. @internal */
function actualSteps(claimIds: ReadonlyArray<string>, a: ReturnType<typeof actualParts>, splitPoint: number): TraceStep[] {
  const lines = (xs: ReadonlyArray<number>) =>
    xs.map((x, i) => moneyValue(`Claim ${claimIds[i]}`, centsToMoney(x), i === 0 ? undefined : '+'));
  return [
    step(
      'SI-10',
      `Actual primary losses (Ap) = sum of min(limited loss, split point ${displayMoney(centsToMoney(splitPoint))})`,
      lines(a.primary),
      moneyValue('Actual primary losses (Ap)', centsToMoney(a.ap)),
    ),
    step(
      'SI-10',
      'Actual excess losses (Ae) = sum of (limited loss - primary loss)',
      lines(a.excess),
      moneyValue('Actual excess losses (Ae)', centsToMoney(a.ae)),
    ),
  ];
}

/** The mod at most the cap (read down to 2 decimals), with its step when it applies. @internal */
function capped(mod: string, maximumMod: Dec | undefined): { mod: string; steps: TraceStep[] } {
  if (maximumMod === undefined) return { mod, steps: [] };
  const cap = roundTo(maximumMod, 2, 'floor');
  if (new D(mod).lte(cap)) return { mod, steps: [] };
  const capText = formatFixed(cap, 2);
  const s = step(
    'SI-7',
    'Mod = min(mod, maximum mod of the plan) (your cap, read down to 2 decimals)',
    [textValue('Experience modification', mod, 'number'), textValue('Maximum mod', capText, 'number')],
    textValue('Experience modification', capText, 'number'),
  );
  return { mod: capText, steps: [s] };
}

/**
 * The experience mod from the member's own data, as a bureau worksheet computes it: the claims
 * limited (SI-9, `limitLosses`), each limited claim split at the split point into primary and
 * excess (SI-10, `splitLoss`) and summed into Ap and Ae, the expected losses E, Ep and Ee from
 * payroll and the bureau's rates (SI-10, `expectedLosses`), then SI-7's formula, computed by
 * `experienceMod`'s own core (one formula):
 *
 * mod = (Ap + W·Ae + (1 − W)·Ee + B) ÷ (E + B), rounded half-up to 2 decimals (SI-6, SI-7).
 *
 * The split point, W, B, the expected loss rates and D-ratios are published yearly by the rating
 * bureau: you supply them. The rates are checked against the rating year (USR-7): 3 decimals
 * only from 2026-01-01, so a rating year before 2026 takes rates with at most 2. With `maximumMod` the mod is at most that cap (read down to 2
 * decimals; a convention: the sources set none). The mod is a valid `priorMod` for
 * `fallbackExperienceMod` in the years without data.
 *
 * @param input - `{ ratingYear, claims, payroll, rates, splitPoint, weighting, ballast, maximumMod? }`.
 * @param options - `{ explain?, limitations? }`.
 * @returns `{ actualPrimary, actualExcess, expected, expectedPrimary, expectedExcess, weighting, ballast, mod }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (`duplicate` for a repeated claim or
 *   class; `too_many_decimals` at `['rates', i, 'expectedLossRate']` for a rate with more than 2
 *   decimals in a rating year before 2026, or more than 3 from 2026 (USR-7); E + B = 0 at `ballast`); `UNKNOWN_YEAR` for a limitation figure the table lacks and
 *   you did not supply; `MISSING_RATE` for a payroll class without a rate.
 *
 * @example
 * ```ts
 * import { experienceModWorksheet } from 'wcra-calc';
 * const w = experienceModWorksheet({
 *   ratingYear: 2023,
 *   claims: [{ claimId: 'c1', incurred: '42000' }, { claimId: 'c2', incurred: '9000' }],
 *   payroll: [{ classCode: '8810', amount: '20000000' }],
 *   rates: [{ classCode: '8810', expectedLossRate: '0.25', dRatio: '0.4' }],
 *   splitPoint: '18500', weighting: '0.25', ballast: '60000',
 * });
 * [w.actualPrimary, w.actualExcess, w.expectedExcess, w.mod] //=> ['27500.00', '23500.00', '30000.00', '1.05']
 * // A 3-decimal rate ('0.125') for rating year 2025 throws INVALID_INPUT: too_many_decimals at
 * // ['rates', 0, 'expectedLossRate'] (USR-7); from rating year 2026 it is accepted.
 * ```
 */
export function experienceModWorksheet(
  input: ExperienceModWorksheetInput,
  options?: ExperienceModWorksheetOptions,
): ExperienceModWorksheetResult {
  return experienceModWorksheetDefinition.run(input, options);
}

/** The definition of {@link experienceModWorksheet}: name, rules, schemas, example. */
export const experienceModWorksheetDefinition = /* @__PURE__ */ defineCalculator({
  name: 'experienceModWorksheet',
  feature: 'self-insurers',
  summary: "The experience mod worksheet from a member's claims, payroll and the bureau's published figures",
  rules: ['SI-9', 'GEN-3', 'SI-10', 'USR-7', 'SI-7', 'SI-6'],
  uncitedRules: {
    'USR-7': 'an input check (expected loss rates carry at most 3 decimals, and 2 for a ratingYear before 2026), not a computed step',
    'SI-6': "mods are stated to 2 decimals, half-up: applied in SI-7's mod step",
  },
  input: ExperienceModWorksheetInputSchema,
  options: ExperienceModWorksheetOptionsSchema,
  example: {
    ratingYear: 2023,
    claims: [
      { claimId: 'c1', accidentId: 'A1', incurred: '300000' },
      { claimId: 'c2', accidentId: 'A1', incurred: '250000' },
      { claimId: 'c3', accidentId: 'A1', incurred: '40000' },
      { claimId: 'c4', incurred: '15000' },
      { claimId: 'c5', incurred: '8000' },
    ],
    payroll: [
      { classCode: '8810', amount: '20000000' },
      { classCode: '5403', amount: '10000000' },
    ],
    rates: [
      { classCode: '8810', expectedLossRate: '0.13', dRatio: '0.4' },
      { classCode: '5403', expectedLossRate: '3.22', dRatio: '0.33' },
    ],
    splitPoint: '18500',
    weighting: '0.25',
    ballast: '60000',
  },
  explains: true,
  compute: (v, opts): ExperienceModWorksheetResult => {
    const limited = limitLossesCore(v.claims, resolveLimitation(v.ratingYear, opts.limitations));
    const actual = actualParts(limited.limited, v.splitPoint);
    const exp = expectedLossesCore(v.payroll, v.rates);
    const f: ModFigures = {
      ap: new D(centsToMoney(actual.ap)),
      ae: new D(centsToMoney(actual.ae)),
      e: exp.expected,
      ee: exp.expectedExcess,
      w: v.weighting,
      b: v.ballast,
    };
    const r = experienceModCore(f); // RULES: SI-7 — experienceMod's core, the last step
    const final = capped(r.mod, v.maximumMod);
    const result: ExperienceModWorksheetResult = {
      actualPrimary: centsToMoney(actual.ap),
      actualExcess: centsToMoney(actual.ae),
      expected: formatMoney(exp.expected),
      expectedPrimary: formatMoney(exp.expectedPrimary),
      expectedExcess: formatMoney(exp.expectedExcess),
      weighting: formatDecimal(v.weighting),
      ballast: formatMoney(v.ballast),
      mod: final.mod,
    };
    return withSteps(result, opts.explain, () => {
      const ids = v.claims.map((c) => c.claimId);
      return [
        ...limitLossesSteps(v.ratingYear, ids, limited),
        ...actualSteps(ids, actual, v.splitPoint),
        ...expectedLossesSteps(exp),
        ...experienceModSteps(f, r),
        ...final.steps,
      ];
    });
  },
});
