import * as z from 'zod/mini';
import { guaranteed, invalidInput, isWcraError, WcraError, type WcraIssue } from '../core/errors.js';
import { constantDecimal, type DecimalLike, formatDecimal, MAX_MONEY, type Money, toDecimal } from '../core/money.js';
import { checkResultRange } from '../core/resultRange.js';
import {
  addIssue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  oneOf,
  type RoundingOption,
  rate,
  roundingOptionShape,
  withJsonRules,
  year,
} from '../core/schema.js';
import { type Explained, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { type AdjustmentKind, computeAnnualAdjustment } from '../premium/annualAdjustment.js';
import {
  type ClassPayroll,
  ClassPayrollSchema,
  type ExposureBaseResult,
  experienceModFactor,
  type PureRate,
  PureRateSchema,
  selfInsurerExposure,
} from '../premium/exposureBase.js';
import { computeReinsurancePremium, publishedRate } from '../premium/reinsurancePremium.js';
import { defineCalculator } from '../rules/define.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { type RateTableInput, RateTableSchema, type ResolvedRate } from '../rules/rates.js';
import { step } from '../rules/step.js';
import {
  DEFAULT_VARIANCE_THRESHOLD,
  type PayrollVariancesResult,
  payrollVariancesCore,
  varianceSteps,
  varianceThreshold,
} from './payrollVariances.js';

/** Input schema of {@link hybridTrueUp}. */
export const HybridTrueUpInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      coverageYear: year(),
      estimatedPayroll: z.array(ClassPayrollSchema),
      auditedPayroll: z.array(ClassPayrollSchema),
      pureRates: z.array(PureRateSchema),
      estimatedMod: experienceModFactor(),
      finalMod: experienceModFactor(),
      rate: z.optional(rate()),
      level: z.optional(oneOf(RETENTION_LEVELS)),
      taxRate: z.optional(rate('a tax rate')),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.rate === undefined && v.level === undefined) {
          addIssue(ctx, ['level'], 'required', 'is required without a rate (looked up by coverageYear and level)');
        }
        if (v.rate !== undefined && v.level !== undefined) {
          addIssue(ctx, ['rate'], 'conflict', 'give either rate or level, not both');
        }
      }),
    );
  // Its JSON form: a rate, or a level to look it up by coverageYear, not both.
  /* @__PURE__ */ withJsonRules(schema, { oneOf: [{ required: ['rate'] }, { required: ['level'] }] });
  return schema;
})();

/** Input of {@link hybridTrueUp}. */
export interface HybridTrueUpInput {
  /** The coverage year trued up (its rate is looked up with `level`). */
  readonly coverageYear: number;
  /** The estimated payroll by class the estimate was billed on, each class once. */
  readonly estimatedPayroll: ReadonlyArray<ClassPayroll>;
  /** The audited payroll by class for the same year, each class once. */
  readonly auditedPayroll: ReadonlyArray<ClassPayroll>;
  /** The pure premium rate of every class on either payroll list (each class once). */
  readonly pureRates: ReadonlyArray<PureRate>;
  /** The experience mod computed from estimated payroll (SI-4), 0–100. */
  readonly estimatedMod: DecimalLike;
  /** The final experience mod, trued up to the audited payroll (SI-4), 0–100. */
  readonly finalMod: DecimalLike;
  /** The reinsurance rate as a fraction; give it instead of `level`. */
  readonly rate?: DecimalLike;
  /** The member's retention level for the year, to look the rate up (PRM-2); instead of `rate`. */
  readonly level?: RetentionLevel;
  /** The premium tax rate on the adjustment, a fraction (default `"0.02"`, PRM-6). */
  readonly taxRate?: DecimalLike;
}

/** Options schema of {@link hybridTrueUp}. */
export const HybridTrueUpOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    ...roundingOptionShape,
    rateTable: z.optional(RateTableSchema),
    threshold: z.optional(varianceThreshold()),
  }))();

/**
 * Options of {@link hybridTrueUp}. `rounding` (default `'halfExpand'`, GEN-1) rounds the two
 * premiums, the adjustment and its tax.
 */
export interface HybridTrueUpOptions extends ExplainOption, RoundingOption {
  /** Your own rates for years the built-in table lacks (used with `level`). */
  readonly rateTable?: RateTableInput;
  /** Payroll variance threshold (default `"0.10"`, a library default, not a WCRA figure). */
  readonly threshold?: DecimalLike;
}

/** Result of {@link hybridTrueUp}: money as two-decimal strings. */
export interface HybridTrueUpResult extends Explained {
  /** Σ estimated payroll ÷ 100 × pure rate × estimated mod, to the cent (PRM-3, SI-4). */
  readonly estimatedExposure: Money;
  /** Σ audited payroll ÷ 100 × pure rate × final (trued-up) mod, to the cent (PRM-3, SI-4). */
  readonly actualExposure: Money;
  /** The reinsurance rate applied (fraction). */
  readonly rate: string;
  /** estimatedExposure × rate, to the cent, before tax (PRM-1). */
  readonly estimatedPremium: Money;
  /** actualExposure × rate, to the cent, before tax (PRM-1). */
  readonly actualPremium: Money;
  /** actualPremium − estimatedPremium (PRM-7): positive is additional premium, negative a credit. */
  readonly adjustment: Money;
  /** `'additional'`, `'credit'` or `'none'`. */
  readonly kind: AdjustmentKind;
  /** The premium tax rate applied to the adjustment (`"0.02"` by default, PRM-6). */
  readonly taxRate: string;
  /** adjustment × taxRate, to the cent (PRM-6). */
  readonly tax: Money;
  /** adjustment + tax. */
  readonly total: Money;
  /** Audited against estimated payroll by class (SI-3), as `payrollVariances` gives it. */
  readonly variances: Omit<PayrollVariancesResult, 'steps'>;
}

function relabel(steps: ReadonlyArray<TraceStep> | undefined, prefix: string, resultLabel: string): TraceStep[] {
  return (steps ?? []).map((s, i, all) =>
    i === all.length - 1
      ? { ...s, description: `${prefix}: ${s.description}`, result: { ...s.result, label: resultLabel } }
      : { ...s, description: `${prefix}: ${s.description}` },
  );
}

/**
 * The annual true-up of a self-insurer hybrid for a coverage year (SI-3, SI-4, PRM-3, PRM-6,
 * PRM-7): the estimated exposure was computed from estimated payroll by class and an experience
 * mod calculated from estimated payroll; once the audited payroll is in, the exposure is
 * recomputed from audited payroll and the final (trued-up) mod, and the premium difference is
 * billed or credited with Minnesota premium tax.
 *
 * Order of operations (each figure through the library's own calculators, never re-derived):
 * 1. estimatedExposure = `exposureBase`(estimatedPayroll, pureRates, estimatedMod);
 *    actualExposure = `exposureBase`(auditedPayroll, pureRates, finalMod): Σ payroll ÷ 100 ×
 *    pure rate, × mod, rounded to cents half-up once (PRM-3).
 * 2. rate = `rate`, or the published rate for `coverageYear` and `level` (PRM-2, or
 *    `options.rateTable`).
 * 3. estimatedPremium and actualPremium = `reinsurancePremium`(exposure × rate), each rounded to
 *    cents half-up (PRM-1), before tax.
 * 4. adjustment, tax, total = `annualAdjustment`(estimatedPremium, actualPremium, taxRate):
 *    adjustment = actual − estimated; tax = adjustment × taxRate rounded half-up (default
 *    `"0.02"`, PRM-6; tax on a credit is a credit); total = adjustment + tax.
 * 5. variances = `payrollVariances`(estimatedPayroll, auditedPayroll, options.threshold) (SI-3).
 *
 * Conventions: `pureRates` must hold a rate for every class on either payroll list (the same
 * rates apply to both: the coverage year's rates); give either `rate` or `level`, not both.
 * When the audited payroll equals the estimated payroll and `finalMod` equals `estimatedMod`,
 * the adjustment is zero.
 *
 * @param input - `{ coverageYear, estimatedPayroll, auditedPayroll, pureRates, estimatedMod, finalMod, rate? | level?, taxRate? }`.
 * @param options - `{ explain?, rounding?, rateTable?, threshold? }` (`rounding` default `'halfExpand'`).
 * @returns `{ estimatedExposure, actualExposure, rate, estimatedPremium, actualPremium, adjustment, kind, taxRate, tax, total, variances }`
 *   (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, a class listed twice, both or neither
 *   of `rate` and `level`; `MISSING_RATE` when a payroll class has no pure rate; `UNKNOWN_YEAR`
 *   or `LEVEL_NOT_OFFERED` when the rate table has no rate for the year and level.
 *
 * @example
 * ```ts
 * import { hybridTrueUp } from 'wcra-calc';
 * const r = hybridTrueUp({
 *   coverageYear: 2023,
 *   level: 'low',
 *   estimatedPayroll: [{ classCode: '8810', amount: '40000000' }, { classCode: '9101', amount: '10000000' }],
 *   auditedPayroll: [{ classCode: '8810', amount: '42000000' }, { classCode: '9101', amount: '11500000' }],
 *   pureRates: [{ classCode: '8810', rate: '0.15' }, { classCode: '9101', rate: '2.50' }],
 *   estimatedMod: '0.95',
 *   finalMod: '0.97',
 * });
 * [r.estimatedExposure, r.actualExposure] //=> ['294500.00', '339985.00']
 * [r.estimatedPremium, r.actualPremium] //=> ['23854.50', '27538.79']
 * [r.adjustment, r.tax, r.total] //=> ['3684.29', '73.69', '3757.98']
 * r.variances.needsExplanation //=> true
 * ```
 */
export function hybridTrueUp(input: HybridTrueUpInput, options?: HybridTrueUpOptions): HybridTrueUpResult {
  return hybridTrueUpDefinition.run(input, options);
}

/** The definition of {@link hybridTrueUp}: name, rules, schemas, example. */
export const hybridTrueUpDefinition = /* @__PURE__ */ defineCalculator({
  name: 'hybridTrueUp',
  feature: 'self-insurers',
  summary: 'Hybrid true-up from estimated to audited payroll and mod: exposures, premiums, adjustment with tax',
  rules: ['SI-3', 'SI-4', 'PRM-1', 'PRM-2', 'PRM-3', 'PRM-6', 'PRM-7'],
  uncitedRules: {},
  input: HybridTrueUpInputSchema,
  options: HybridTrueUpOptionsSchema,
  example: {
    coverageYear: 2023,
    level: 'low',
    estimatedPayroll: [
      { classCode: '8810', amount: '40000000' },
      { classCode: '9101', amount: '10000000' },
    ],
    auditedPayroll: [
      { classCode: '8810', amount: '42000000' },
      { classCode: '9101', amount: '11500000' },
    ],
    pureRates: [
      { classCode: '8810', rate: '0.15' },
      { classCode: '9101', rate: '2.50' },
    ],
    estimatedMod: '0.95',
    finalMod: '0.97',
  },
  explains: true,
  compute: (v, opts): HybridTrueUpResult => {
    checkClasses(v);
    const explain = opts.explain === true;
    const { estimated, actual } = exposures(v, explain);
    // RULES: PRM-2 — the caller's rate, or the strict lookup by coverage year and level.
    const resolved = v.rate === undefined ? publishedRate({ year: v.coverageYear, level: v.level }, opts.rateTable) : undefined;
    const rateDec = resolved === undefined ? guaranteed(v.rate, 'rate') : toDecimal(resolved.rate);
    const rateStr = formatDecimal(rateDec);
    const sub = { explain, rounding: opts.rounding };
    // RULES: PRM-1 — premiums before tax (the premium calculator's core); the tax is charged on the adjustment below (PRM-6).
    const premium = (exposure: string) =>
      computeReinsurancePremium(
        { exposure: toDecimal(exposure), rate: rateDec, memberType: 'self-insurer', taxRate: constantDecimal('0') },
        sub,
      );
    const estimatedPremium = premium(estimated.exposure);
    const actualPremium = premium(actual.exposure);
    // RULES: PRM-7, PRM-6 — the adjustment calculator's core; taxRate defaults to the self-insurer's 2%.
    const adjustment = computeAnnualAdjustment(
      {
        estimatedPremium: toDecimal(estimatedPremium.premium),
        actualPremium: toDecimal(actualPremium.premium),
        memberType: 'self-insurer',
        taxRate: v.taxRate,
      },
      sub,
    );
    const threshold = toDecimal(opts.threshold ?? DEFAULT_VARIANCE_THRESHOLD);
    // RULES: SI-3
    const variances = payrollVariancesCore(v.estimatedPayroll, v.auditedPayroll, threshold);
    const result: HybridTrueUpResult = {
      estimatedExposure: estimated.exposure,
      actualExposure: actual.exposure,
      rate: rateStr,
      estimatedPremium: estimatedPremium.premium,
      actualPremium: actualPremium.premium,
      adjustment: adjustment.adjustment,
      kind: adjustment.kind,
      taxRate: adjustment.taxRate,
      tax: adjustment.tax,
      total: adjustment.total,
      variances,
    };
    return withSteps(result, explain, () =>
      trueUpSteps(v, {
        parts: [estimated, actual, estimatedPremium, actualPremium, adjustment],
        resolved,
        rateStr,
        variances,
        threshold: formatDecimal(threshold),
      }),
    );
  },
});

type ParsedTrueUp = z.output<typeof HybridTrueUpInputSchema>;

/** Each class listed once per list, and every class with payroll has a pure rate. */
function checkClasses(v: ParsedTrueUp): void {
  const issues: WcraIssue[] = [
    ...duplicateIssues(v.estimatedPayroll, 'estimatedPayroll', 'classCode', 'class'),
    ...duplicateIssues(v.auditedPayroll, 'auditedPayroll', 'classCode', 'class'),
    ...duplicateIssues(v.pureRates, 'pureRates', 'classCode', 'class'),
  ];
  if (issues.length > 0) throw invalidInput(issues);
  const rated = new Set(v.pureRates.map((r) => r.classCode));
  for (const [field, list] of [
    ['estimatedPayroll', v.estimatedPayroll],
    ['auditedPayroll', v.auditedPayroll],
  ] as const) {
    const missing = list.find((p) => !rated.has(p.classCode));
    if (missing !== undefined) {
      throw new WcraError('MISSING_RATE', `Class ${missing.classCode} has ${field} but no pure premium rate: add it to pureRates.`, {
        details: { classCode: missing.classCode, field },
      });
    }
  }
}

/** The estimated and actual exposure bases (PRM-3, SI-4): estimated mod on estimated payroll, final mod on audited payroll. */
function exposures(v: ParsedTrueUp, explain: boolean): { estimated: ExposureBaseResult; actual: ExposureBaseResult } {
  // RULES: PRM-3, SI-4 — estimated mod on estimated payroll; final (trued-up) mod on audited payroll.
  // An exposure past the money range is the caller's payroll: INVALID_INPUT at that field.
  // exposureBase's own core on the values this schema read (nothing parsed twice).
  const base = (field: 'estimatedPayroll' | 'auditedPayroll', payroll: typeof v.auditedPayroll, experienceMod: typeof v.finalMod) => {
    const exposure = selfInsurerExposure({ memberType: 'self-insurer', payroll, pureRates: v.pureRates, experienceMod }, explain);
    try {
      return checkResultRange(exposure, 'exposureBase'); // what exposureBase's own shell checks
    } catch (error) {
      if (!isWcraError(error) || error.code !== 'RESULT_OUT_OF_RANGE') throw error;
      throw invalidInput([
        { path: [field], code: 'out_of_range', message: `gives an exposure above the largest amount handled (${MAX_MONEY})` },
      ]);
    }
  };
  return {
    estimated: base('estimatedPayroll', v.estimatedPayroll, v.estimatedMod),
    actual: base('auditedPayroll', v.auditedPayroll, v.finalMod),
  };
}

/** The figures the true-up's worksheet shows. */
interface TrueUpFigures {
  readonly parts: readonly [ExposureBaseResult, ExposureBaseResult, Explained, Explained, Explained];
  readonly resolved: ResolvedRate | undefined;
  readonly rateStr: string;
  readonly variances: HybridTrueUpResult['variances'];
  readonly threshold: string;
}

/** The worksheet: SI-4's mods, both exposures, the rate, both premiums, the adjustment, the variances. */
function trueUpSteps(v: ParsedTrueUp, f: TrueUpFigures): TraceStep[] {
  const [estimated, actual, estimatedPremium, actualPremium, adjustment] = f.parts;
  const { resolved, rateStr, variances } = f;
  const steps: TraceStep[] = [
    step(
      'SI-4',
      'Hybrid mod: computed from estimated payroll for the estimate, trued up to the audited payroll for the adjustment',
      [
        textValue('Estimated mod', formatDecimal(v.estimatedMod), 'number'),
        textValue('Final (trued-up) mod', formatDecimal(v.finalMod), 'number'),
      ],
      textValue('Mods applied', 'estimated payroll x estimated mod; audited payroll x final mod'),
    ),
    ...relabel(estimated.steps, 'Estimated (estimated payroll and mod, SI-4)', 'Estimated exposure'),
    ...relabel(actual.steps, 'Actual (audited payroll, final mod, SI-4)', 'Actual exposure'),
  ];
  if (resolved !== undefined) {
    steps.push(
      step(
        'PRM-2',
        `Published reinsurance rate (${resolved.source})`,
        [textValue('Coverage year', String(v.coverageYear), 'number'), textValue('Retention level', String(v.level))],
        rateValue('Reinsurance rate', rateStr),
      ),
    );
  }
  steps.push(
    ...relabel(estimatedPremium.steps, 'Estimated premium', 'Estimated premium'),
    ...relabel(actualPremium.steps, 'Actual premium', 'Actual premium'),
    ...(adjustment.steps ?? []),
    ...varianceSteps(variances.rows, f.threshold),
  );
  return steps;
}
