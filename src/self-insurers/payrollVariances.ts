import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { type DecimalLike, formatDecimal, formatMoney, type Money, type MoneyLike, roundTo, toDecimal } from '../core/money.js';
import { decimalLike, duplicateIssues, type ExplainOption, explainOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { type ClassPayroll, ClassPayrollSchema } from '../premium/exposureBase.js';
import { defineCalculator } from '../rules/define.js';
import { SELF_INSURER_FIGURES } from '../rules/selfInsurers.js';
import { step } from '../rules/step.js';

/**
 * The library's default variance threshold: 10% (`"0.10"`). A documented library default, not a
 * published WCRA figure: the sources set no threshold (SI-3). The figure of
 * `SELF_INSURER_FIGURES.varianceThreshold` in `src/rules/selfInsurers.ts`.
 */
export const DEFAULT_VARIANCE_THRESHOLD: string = /* @__PURE__ */ (() => SELF_INSURER_FIGURES.varianceThreshold.value)();

/**
 * The fewest places `change` is shown with (truncated toward zero): 4, i.e. hundredths of a
 * percent. More when the threshold has more decimals or the change is smaller than 0.0001.
 */
export const VARIANCE_CHANGE_PLACES = 4;

/**
 * The change as shown: truncated toward zero to 4 places, or to as many places as the threshold
 * has, or to the change's first significant digit, whichever is most. Truncating toward zero at
 * the threshold's places never crosses it (|shown| ≥ threshold exactly when |change| ≥ threshold),
 * and a non-zero change never shows as zero (issue 14 item 4). @internal
 */
export function displayedChange(change: Dec, threshold: Dec): Dec {
  if (change.isZero()) return change;
  return roundTo(change, Math.max(VARIANCE_CHANGE_PLACES, threshold.decimalPlaces(), -change.e), 'trunc');
}

/** Schema of a variance threshold (a fraction: 10% is `"0.10"`). @internal */
export function varianceThreshold() {
  return decimalLike({ nonNegative: true, noun: 'a threshold written as a fraction (10% is "0.10")' });
}

/** Input schema of {@link payrollVariances}. */
export const PayrollVariancesInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    estimated: z.array(ClassPayrollSchema),
    audited: z.array(ClassPayrollSchema),
    threshold: z.optional(varianceThreshold()),
  }))();

/** Input of {@link payrollVariances}. */
export interface PayrollVariancesInput {
  /** The estimated payroll by class for the year, each class once. */
  readonly estimated: ReadonlyArray<ClassPayroll>;
  /** The audited payroll by class for the same year, each class once. */
  readonly audited: ReadonlyArray<ClassPayroll>;
  /** The share of the estimate a variance must reach to need an explanation, a fraction (default `"0.10"`, SI-3). */
  readonly threshold?: DecimalLike;
}

/** Options schema of {@link payrollVariances}. */
export const PayrollVariancesOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link payrollVariances}. */
export interface PayrollVariancesOptions extends ExplainOption {}

/** One class's comparison of audited with estimated payroll. */
export interface PayrollVarianceRow {
  /** The four-digit MWCIA class code. */
  readonly classCode: string;
  /** Estimated payroll (`"0.00"` when the class is on the audited side only). */
  readonly estimated: Money;
  /** Audited payroll (`"0.00"` when the class is on the estimated side only). */
  readonly audited: Money;
  /** audited − estimated. */
  readonly difference: Money;
  /**
   * (audited − estimated) ÷ estimated, truncated toward zero to 4 places (`"0.125"` is +12.5%),
   * or to the threshold's places when it has more, or to the first significant digit of a change
   * under 0.0001, so that for a class on both sides |change| ≥ threshold (and change ≠ 0) exactly
   * when `needsExplanation`; `null` when the estimate is zero and the audited payroll is not (no
   * ratio exists).
   */
  readonly change: string | null;
  /** True when the variance needs an explanation (see {@link payrollVariances}). */
  readonly needsExplanation: boolean;
}

/** Result of {@link payrollVariances}. */
export interface PayrollVariancesResult extends Explained {
  /** One row per class code: estimated classes in input order, then classes only audited. */
  readonly rows: ReadonlyArray<PayrollVarianceRow>;
  /** True when any row needs an explanation. */
  readonly needsExplanation: boolean;
}

interface VarianceCore {
  readonly classCode: string;
  readonly estimated: Dec;
  readonly audited: Dec;
  readonly onBothSides: boolean;
}

/** Compares validated payroll lists (unchecked core). @internal */
export function payrollVariancesCore(
  estimated: ReadonlyArray<{ classCode: string; amount: MoneyLike }>,
  audited: ReadonlyArray<{ classCode: string; amount: MoneyLike }>,
  threshold: Dec,
): { rows: PayrollVarianceRow[]; needsExplanation: boolean } {
  const auditedBy = new Map(audited.map((a) => [a.classCode, toDecimal(a.amount)] as const));
  const estimatedCodes = new Set(estimated.map((e) => e.classCode));
  const zero = new D(0);
  const pairs: VarianceCore[] = [
    ...estimated.map((e) => {
      const a = auditedBy.get(e.classCode);
      return { classCode: e.classCode, estimated: toDecimal(e.amount), audited: a ?? zero, onBothSides: a !== undefined };
    }),
    ...audited
      .filter((a) => !estimatedCodes.has(a.classCode))
      .map((a) => ({ classCode: a.classCode, estimated: zero, audited: toDecimal(a.amount), onBothSides: false })),
  ];
  const rows = pairs.map((p): PayrollVarianceRow => {
    const difference = p.audited.minus(p.estimated);
    // RULES: SI-3 — relative change against the estimate; exact comparison with the threshold.
    const change = p.estimated.isZero() ? (difference.isZero() ? zero : null) : difference.div(p.estimated);
    const significant = !difference.isZero() && difference.abs().gte(threshold.times(p.estimated));
    return {
      classCode: p.classCode,
      estimated: formatMoney(p.estimated),
      audited: formatMoney(p.audited),
      difference: formatMoney(difference),
      change: change === null ? null : formatDecimal(displayedChange(change, threshold)),
      needsExplanation: !p.onBothSides || significant, // RULES: SI-3 — one side only counts as a variance
    };
  });
  return { rows, needsExplanation: rows.some((r) => r.needsExplanation) };
}

/** Explanation steps for a variance table. @internal */
export function varianceSteps(rows: ReadonlyArray<PayrollVarianceRow>, threshold: string): TraceStep[] {
  const steps: TraceStep[] = rows.map((r) =>
    step(
      'SI-3',
      `Class ${r.classCode} variance = (audited - estimated) / estimated; explain if at least the threshold or one-sided`,
      [moneyValue(`Class ${r.classCode} audited payroll`, r.audited), moneyValue('Less estimated payroll', r.estimated, '-')],
      r.change === null ? textValue('Change', 'no estimate (variance)') : rateValue('Change', r.change),
    ),
  );
  const flagged = rows.filter((r) => r.needsExplanation).map((r) => r.classCode);
  steps.push(
    step(
      'SI-3',
      `Significant payroll variances need an explanation (library default threshold ${formatDecimal(toDecimal(DEFAULT_VARIANCE_THRESHOLD).times(100))}%, not a WCRA figure)`,
      [rateValue('Threshold', threshold), textValue('Classes compared', String(rows.length), 'number')],
      textValue('Classes needing an explanation', flagged.length === 0 ? 'none' : flagged.join(', ')),
    ),
  );
  return steps;
}

/**
 * Compares a hybrid's audited payroll by class with its estimated payroll for the same year and
 * flags the variances that must come with an explanation (SI-3).
 *
 * For each class: difference = audited − estimated; change = difference ÷ estimated. A class
 * needs an explanation when |audited − estimated| ≥ threshold × estimated and the difference is
 * not zero (compared exactly, without dividing). `change` is shown truncated toward zero to 4
 * places (more when the threshold has more decimals, or to its first significant digit when it is
 * under 0.0001), so the shown change never reads as the other side of the threshold: estimated
 * 1,000,000 and audited 1,099,995 show `"0.0999"`, not `"0.1"`, and need no explanation.
 *
 * Conventions (the sources set no threshold and are silent on the edge cases):
 * - `threshold` defaults to `"0.10"` (10%): a documented library default, not a WCRA figure.
 *   A variance exactly at the threshold counts ("at least", like PRM-5's 15%).
 * - A class present on one side only always counts as a variance (shown with `"0.00"` on the
 *   missing side), even if its amount is zero.
 * - An estimate of zero with a non-zero audited payroll has no ratio: `change` is `null` and the
 *   class counts as a variance. Zero on both sides is `change: "0"`, no variance.
 * - Rows follow the estimated list's order, then classes found only in the audited list in
 *   their order. Empty lists give no rows and `needsExplanation: false`.
 *
 * @param input - `{ estimated: { classCode, amount }[], audited: { classCode, amount }[], threshold? }`.
 * @param options - `{ explain? }`.
 * @returns `{ rows, needsExplanation }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad amounts or class codes, a class listed twice
 *   on one side, or a negative threshold.
 *
 * @example
 * ```ts
 * import { payrollVariances } from 'wcra-calc';
 * const r = payrollVariances({
 *   estimated: [{ classCode: '8810', amount: '1000000' }, { classCode: '7380', amount: '500000' }],
 *   audited: [{ classCode: '8810', amount: '1050000' }, { classCode: '7380', amount: '560000' }],
 * });
 * r.rows[1]
 * //=> { classCode: '7380', estimated: '500000.00', audited: '560000.00', difference: '60000.00', change: '0.12', needsExplanation: true }
 * r.rows[0].needsExplanation //=> false
 * r.needsExplanation //=> true
 * ```
 */
export function payrollVariances(input: PayrollVariancesInput, options?: PayrollVariancesOptions): PayrollVariancesResult {
  return payrollVariancesDefinition.run(input, options);
}

/** The definition of {@link payrollVariances}: name, rules, schemas, example. */
export const payrollVariancesDefinition = /* @__PURE__ */ defineCalculator({
  name: 'payrollVariances',
  feature: 'self-insurers',
  summary: 'Audited against estimated payroll by class, with the classes that need an explanation',
  rules: ['SI-3'],
  uncitedRules: {},
  input: PayrollVariancesInputSchema,
  options: PayrollVariancesOptionsSchema,
  example: {
    estimated: [
      { classCode: '8810', amount: '1000000' },
      { classCode: '7380', amount: '500000' },
    ],
    audited: [
      { classCode: '8810', amount: '1050000' },
      { classCode: '7380', amount: '560000' },
    ],
  },
  explains: true,
  compute: (v, opts): PayrollVariancesResult => {
    const issues = [
      ...duplicateIssues(v.estimated, 'estimated', 'classCode', 'class'),
      ...duplicateIssues(v.audited, 'audited', 'classCode', 'class'),
    ];
    if (issues.length > 0) throw invalidInput(issues);
    const threshold = toDecimal(v.threshold ?? DEFAULT_VARIANCE_THRESHOLD);
    const result: PayrollVariancesResult = payrollVariancesCore(v.estimated, v.audited, threshold);
    return withSteps(result, opts.explain, () => varianceSteps(result.rows, formatDecimal(threshold)));
  },
});
