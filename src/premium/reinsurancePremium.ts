import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { guaranteed } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import {
  constantDecimal,
  type DecimalLike,
  formatDecimal,
  formatMoney,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
} from '../core/money.js';
import { type RoundingMode, roundingWords } from '../core/rounding.js';
import {
  addIssue,
  type ExplainOption,
  explainOptionShape,
  money,
  oneOf,
  type RoundingOption,
  rate,
  roundingOptionShape,
  withJsonRules,
  year,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { PREMIUM_TAX_RATE } from '../rules/figures.js';
import { MEMBER_TYPES, type MemberType, RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { lookupRate, type RateTableInput, RateTableSchema, type ResolvedRate } from '../rules/rates.js';
import { step } from '../rules/step.js';

/** The premium tax rate self-insurers pay on WCRA charges: 2% (PRM-6; the dated figure is `PREMIUM_TAX_RATE`). */
export const SELF_INSURER_TAX_RATE: string = /* @__PURE__ */ (() => PREMIUM_TAX_RATE.value)();

/** Why `year` or `level` is required (PRM-2). */
const MISSING_KEY = 'is required when no rate is given (the rate comes from the table for year and level)';

/** Input schema of {@link reinsurancePremium}. */
export const ReinsurancePremiumInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      exposure: money({ nonNegative: true }),
      memberType: oneOf(MEMBER_TYPES),
      rate: z.optional(rate()),
      year: z.optional(year()),
      level: z.optional(oneOf(RETENTION_LEVELS)),
      taxRate: z.optional(rate('a tax rate')),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.rate !== undefined) {
          // RULES: PRM-2 — a figure and the key to look it up are one answer too many (issue 14 item 16).
          for (const key of ['year', 'level'] as const) {
            if (v[key] !== undefined) addIssue(ctx, [key], 'conflict', MESSAGES.conflict(key, 'rate'));
          }
          return;
        }
        if (v.year === undefined) addIssue(ctx, ['year'], 'required', MISSING_KEY);
        if (v.level === undefined) addIssue(ctx, ['level'], 'required', MISSING_KEY);
      }),
    );
  // Its JSON form (PRM-2): a rate, or a year and a level to look it up; a rate with either is a conflict.
  /* @__PURE__ */ withJsonRules(schema, {
    anyOf: [{ required: ['rate'] }, { required: ['year', 'level'] }],
    dependentSchemas: { rate: { not: { anyOf: [{ required: ['year'] }, { required: ['level'] }] } } },
  });
  return schema;
})();

/** Input of {@link reinsurancePremium}. */
export interface ReinsurancePremiumInput {
  /** The member's exposure base for the coverage year (PRM-3), a non-negative amount of money. */
  readonly exposure: MoneyLike;
  /** Who pays: `'insurer'` (no premium tax) or `'self-insurer'` (2% Minnesota premium tax, PRM-6). */
  readonly memberType: MemberType;
  /** The reinsurance rate as a fraction (7.95% is `"0.0795"`); give it instead of `year` and `level`. */
  readonly rate?: DecimalLike;
  /** The coverage year whose published rate applies (PRM-2); with `level`, instead of `rate`. */
  readonly year?: number;
  /** The member's retention level for the coverage year; with `year`, instead of `rate`. */
  readonly level?: RetentionLevel;
  /** The premium tax rate as a fraction (default `"0.02"` for self-insurers, `"0"` for insurers). */
  readonly taxRate?: DecimalLike;
}

/** Options schema of {@link reinsurancePremium}. */
export const ReinsurancePremiumOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, ...roundingOptionShape, rateTable: z.optional(RateTableSchema) }))();

/**
 * Options of {@link reinsurancePremium}. `rounding` (default `'halfExpand'`, half-up, GEN-1) rounds
 * the premium and the tax to the cent.
 */
export interface ReinsurancePremiumOptions extends ExplainOption, RoundingOption {
  /** Your own rates for years the built-in table lacks (or to override it for a year). */
  readonly rateTable?: RateTableInput;
}

/** Result of {@link reinsurancePremium}: money as two-decimal strings, rates as decimal strings. */
export interface ReinsurancePremiumResult extends Explained {
  /** The exposure base (echoed, to the cent). */
  readonly exposure: Money;
  /** The reinsurance rate applied, as a fraction (`"0.0795"`). */
  readonly rate: string;
  /** exposure × rate, rounded to cents half-up. */
  readonly premium: Money;
  /** The premium tax rate applied (`"0.02"` for self-insurers by default, `"0"` for insurers). */
  readonly taxRate: string;
  /** premium × taxRate, rounded to cents half-up. */
  readonly tax: Money;
  /** premium + tax. */
  readonly total: Money;
}

/** Premium, tax and total from exact inputs (unchecked core). @internal */
export function premiumCore(
  exposure: Dec,
  rateValue: Dec,
  taxRate: Dec,
  rounding: RoundingMode = 'halfExpand',
): { premium: Dec; tax: Dec; total: Dec } {
  const premium = roundMoney(exposure.times(rateValue), rounding); // RULES: PRM-1
  const tax = roundMoney(premium.times(taxRate), rounding); // RULES: PRM-6
  return { premium, tax, total: premium.plus(tax) };
}

/** The default tax rate for a member type (PRM-6). @internal */
export function defaultTaxRate(memberType: 'insurer' | 'self-insurer'): string {
  return memberType === 'self-insurer' ? SELF_INSURER_TAX_RATE : '0';
}

/**
 * The PRM-6 steps: tax = amount × tax rate (rounded half-up) and total = amount + tax, for a
 * premium or an adjustment. @internal
 */
export function taxSteps(
  label: string,
  r: { readonly taxRate: string; readonly tax: string; readonly total: string } & (
    | { readonly premium: string }
    | { readonly adjustment: string }
  ),
  totalLabel: string,
  rounding?: RoundingMode,
): TraceStep[] {
  const amount = 'premium' in r ? r.premium : r.adjustment;
  return [
    step(
      'PRM-6',
      `Minnesota premium tax = amount x tax rate, rounded to cents (${roundingWords(rounding)})`,
      [moneyValue(label, amount), rateValue('Premium tax rate', r.taxRate, 'x')],
      moneyValue('Premium tax', r.tax),
    ),
    step(
      'PRM-6',
      'Total = amount + premium tax',
      [moneyValue(label, amount), moneyValue('Premium tax', r.tax, '+')],
      moneyValue(totalLabel, r.total),
    ),
  ];
}

/**
 * The WCRA reinsurance premium of a member for a coverage year (PRM-1, PRM-2, PRM-6).
 *
 * premium = exposure × rate, rounded to cents half-up (GEN-1; `options.rounding` names another
 * mode of `ROUNDING_MODES`); tax = premium × taxRate, rounded to cents the same way; total =
 * premium + tax. Order of operations: the premium is rounded first and
 * the tax is computed on the rounded premium, as it is on an invoice.
 *
 * The rate is `input.rate` when given (a fraction: 7.95% is `"0.0795"`); otherwise the published
 * rate for `year` and `level` from the built-in table (`RATE_TABLE`, see it for its years) or
 * `options.rateTable`.
 * Insurers and self-insurers pay the same rates. `taxRate` defaults to `"0.02"` for self-insurers
 * (Minnesota premium tax, PRM-6) and `"0"` for insurers.
 *
 * @param input - `{ exposure, memberType, rate?, year?, level?, taxRate? }`.
 * @param options - `{ explain?, rounding?, rateTable? }`.
 * @returns `{ exposure, rate, premium, taxRate, tax, total }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (e.g. `exposure: 'abc'`);
 *   `UNKNOWN_YEAR` for a year without a published rate and no `rate`/`rateTable`;
 *   `LEVEL_NOT_OFFERED` for jumbo before 2018.
 *
 * @example
 * ```ts
 * import { reinsurancePremium } from 'wcra-calc';
 * // Seed 002, Calculation 1: 2022, low retention, insurer.
 * reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' })
 * //=> { exposure: '12000000.00', rate: '0.0795', premium: '954000.00', taxRate: '0', tax: '0.00', total: '954000.00' }
 * reinsurancePremium({ exposure: '12000000', rate: '0.0795', memberType: 'self-insurer' }).total //=> '973080.00'
 * ```
 */
export function reinsurancePremium(input: ReinsurancePremiumInput, options?: ReinsurancePremiumOptions): ReinsurancePremiumResult {
  return reinsurancePremiumDefinition.run(input, options);
}

/** The parsed input of {@link reinsurancePremium}: what its schema gives the core. @internal */
export type ParsedReinsurancePremiumInput = z.output<typeof ReinsurancePremiumInputSchema>;

/** The parsed options of {@link reinsurancePremium}. @internal */
export type ParsedReinsurancePremiumOptions = z.output<typeof ReinsurancePremiumOptionsSchema>;

/**
 * The published rate for `year` and `level` (PRM-2, strict: `UNKNOWN_YEAR`, `LEVEL_NOT_OFFERED`).
 * The schema guarantees both when no rate is given; their absence is an internal error. @internal
 */
export function publishedRate(
  v: { readonly year?: number | undefined; readonly level?: RetentionLevel | undefined },
  rateTable?: ParsedReinsurancePremiumOptions['rateTable'],
): ResolvedRate {
  return lookupRate(guaranteed(v.year, 'year'), guaranteed(v.level, 'level'), rateTable);
}

/**
 * The unchecked core of {@link reinsurancePremium}, on parsed values (a calculator that needs a
 * premium, e.g. `premiumEstimate`, calls this on the values it parsed, never the checked function).
 * @internal
 */
export function computeReinsurancePremium(
  v: ParsedReinsurancePremiumInput,
  opts: ParsedReinsurancePremiumOptions,
): ReinsurancePremiumResult {
  // RULES: PRM-2 — the caller's rate, or the strict lookup by year and level.
  const resolved = v.rate === undefined ? publishedRate(v, opts.rateTable) : undefined;
  const rateDec = resolved === undefined ? guaranteed(v.rate, 'rate') : toDecimal(resolved.rate);
  const taxRateDec = v.taxRate ?? constantDecimal(defaultTaxRate(v.memberType));
  const exposure = v.exposure;
  const { premium, tax, total } = premiumCore(exposure, rateDec, taxRateDec, opts.rounding);
  const result: ReinsurancePremiumResult = {
    exposure: formatMoney(exposure),
    rate: formatDecimal(rateDec),
    premium: formatMoney(premium),
    taxRate: formatDecimal(taxRateDec),
    tax: formatMoney(tax),
    total: formatMoney(total),
  };
  return withSteps(result, opts.explain, () => {
    const steps: TraceStep[] = [];
    const levelLabel = v.level === undefined ? '' : ` (${v.level}${v.year === undefined ? '' : `, ${v.year}`})`;
    if (resolved !== undefined) {
      steps.push(
        step(
          'PRM-2',
          `Published reinsurance rate for the ${v.level} retention, coverage year ${v.year} (${resolved.source})`,
          [textValue('Coverage year', String(v.year), 'number'), textValue('Retention level', String(v.level))],
          rateValue('Reinsurance rate', result.rate),
        ),
      );
    }
    steps.push(
      step(
        'PRM-1',
        `Premium = exposure base x reinsurance rate, rounded to cents (${roundingWords(opts.rounding)})`,
        [moneyValue('Exposure base', result.exposure), rateValue(`Reinsurance rate${levelLabel}`, result.rate, 'x')],
        moneyValue('Reinsurance premium', result.premium),
      ),
    );
    if (!taxRateDec.isZero()) steps.push(...taxSteps('Reinsurance premium', result, 'Total due', opts.rounding));
    return steps;
  });
}

/** The definition of {@link reinsurancePremium}: name, rules, schemas, example. */
export const reinsurancePremiumDefinition = /* @__PURE__ */ defineCalculator({
  name: 'reinsurancePremium',
  feature: 'premium',
  summary: 'Reinsurance premium, premium tax and total of a member for a coverage year',
  rules: ['PRM-1', 'PRM-2', 'PRM-6'],
  uncitedRules: {},
  input: ReinsurancePremiumInputSchema,
  options: ReinsurancePremiumOptionsSchema,
  example: { exposure: '12000000', year: 2022, level: 'low', memberType: 'self-insurer' },
  explains: true,
  compute: computeReinsurancePremium,
});
