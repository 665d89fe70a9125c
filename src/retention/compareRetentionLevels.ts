import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import { guaranteed } from '../core/errors.js';
import { decimalToCents, formatDecimal, formatMoney, type Money, type MoneyLike, toDecimal } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape, money, oneOf, withJsonRules, year } from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defaultTaxRate, premiumCore } from '../premium/reinsurancePremium.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType, type RetentionLevel } from '../rules/levels.js';
import { FIRST_FIXED_LEVELS_YEAR, lookupRate, type RateTableInput, RateTableSchema } from '../rules/rates.js';
import { lookupRetentionLimits, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { step } from '../rules/step.js';
import { excessCents } from './excess.js';
import { NET_WORTH_PAIR_JSON, netWorthAllowsLimit, netWorthStep, refineNetWorthPair } from './netWorth.js';
import { offeredLevels } from './retentionLimits.js';

/** Input schema of {@link compareRetentionLevels}. */
export const CompareRetentionLevelsInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      year: year(),
      exposure: money({ nonNegative: true }),
      occurrenceLosses: z.array(cents()),
      memberType: z.optional(oneOf(MEMBER_TYPES)),
      netWorth: z.optional(money({ noun: 'a net worth' })),
      totalAssets: z.optional(money({ nonNegative: true, noun: 'total assets' })),
    })
    .check(z.superRefine(refineNetWorthPair));
  // Its JSON form (RET-11): netWorth and totalAssets both or neither, only for a self-insurer.
  /* @__PURE__ */ withJsonRules(schema, NET_WORTH_PAIR_JSON);
  return schema;
})();

/** Input of {@link compareRetentionLevels}. */
export interface CompareRetentionLevelsInput {
  /** The coverage year whose retention limits and rates apply (RET-2, RET-3, PRM-2). */
  readonly year: number;
  /** The member's exposure base for the year (PRM-3), a non-negative amount of money. */
  readonly exposure: MoneyLike;
  /** Each occurrence's total statutory loss (CLM-1, CLM-4), in whole cents as a number or a digit string; may be empty. */
  readonly occurrenceLosses: ReadonlyArray<number | string>;
  /** `'insurer'` (no premium tax, the default) or `'self-insurer'` (2% premium tax, PRM-6). */
  readonly memberType?: MemberType;
  /** A self-insurer's net worth (RET-11); with `totalAssets`, both or neither. */
  readonly netWorth?: MoneyLike;
  /** A self-insurer's total assets (RET-11); with `netWorth`, both or neither. */
  readonly totalAssets?: MoneyLike;
}

/** Options schema of {@link compareRetentionLevels}. */
export const CompareRetentionLevelsOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    rateTable: z.optional(RateTableSchema),
    retentionTable: z.optional(RetentionTableSchema),
  }))();

/** Options of {@link compareRetentionLevels}. */
export interface CompareRetentionLevelsOptions extends ExplainOption {
  /** Your own rates: read first for the years they list, overriding the built-in table (PRM-2). */
  readonly rateTable?: ReadonlyArray<RateTableInput[number]>;
  /** Your own retention limits for the year (see `retentionLimits`). */
  readonly retentionTable?: ReadonlyArray<RetentionTableInput[number]>;
}

/** One retention level of the comparison (money as two-decimal strings, the rate as a fraction). */
export interface RetentionLevelOption {
  /** The retention level. */
  readonly level: RetentionLevel;
  /** The retention limit per occurrence. */
  readonly limit: Money;
  /** The reinsurance rate of the level (`"0.0795"`). */
  readonly rate: string;
  /** exposure × rate, rounded to cents half-up (PRM-1). */
  readonly premium: Money;
  /** premium × tax rate, rounded to cents half-up: 2% for self-insurers, 0 for insurers (PRM-6). */
  readonly tax: Money;
  /** Σ min(loss, limit) over the occurrences: what the member keeps (RET-1). */
  readonly retainedLosses: Money;
  /** Σ max(0, loss − limit): what the WCRA would reimburse (RET-1). */
  readonly reimbursedLosses: Money;
  /** premium + tax + retainedLosses. */
  readonly netCost: Money;
  /** limit − low limit: the extra liability kept per occurrence at most (RET-10). */
  readonly addedLiabilityPerOccurrence: Money;
  /**
   * Whether RET-11 lets the self-insurer choose the level: net worth ≥ 10% of total assets and
   * ≥ 10 × the limit. Present only when `netWorth` and `totalAssets` are given.
   */
  readonly allowedByNetWorth?: boolean;
  /** Why RET-11 refuses the level (present only when `allowedByNetWorth` is false). */
  readonly netWorthReason?: string;
}

/** Result of {@link compareRetentionLevels}. */
export interface CompareRetentionLevelsResult extends Explained {
  /** Every level offered that year, lowest limit first. */
  readonly options: ReadonlyArray<RetentionLevelOption>;
}

/**
 * Splits occurrence losses (integer cents) at a retention limit (integer cents): retained =
 * Σ min(loss, limit), reimbursed = Σ max(0, loss − limit). Exact for any sizes (bigint sums).
 * Unchecked: losses and limit are non-negative whole cents. @internal
 */
export function splitLossesAtRetention(
  lossCents: ReadonlyArray<number>,
  limitCents: number,
): { retained: bigint; reimbursed: bigint; above: number } {
  let retained = 0n;
  let reimbursed = 0n;
  let above = 0;
  for (const loss of lossCents) {
    // RULES: RET-1 — the WCRA pays 100% above the retention, per occurrence; the member keeps the rest.
    const excess = excessCents(loss, limitCents);
    if (excess > 0) above++;
    retained += BigInt(loss - excess);
    reimbursed += BigInt(excess);
  }
  return { retained, reimbursed, above };
}

/** RET-11's per-level fields, when the self-insurer gave its net worth and total assets. */
function netWorthFields(
  netWorth: Dec | undefined,
  totalAssets: Dec | undefined,
  limit: Dec,
): { allowedByNetWorth?: boolean; netWorthReason?: string } {
  if (netWorth === undefined || totalAssets === undefined) return {};
  const test = netWorthAllowsLimit(netWorth, totalAssets, limit); // RULES: RET-11
  return test.allowed
    ? { allowedByNetWorth: true }
    : { allowedByNetWorth: false, netWorthReason: guaranteed(test.reason, 'reason of a failed net-worth test') };
}

function centsToDecimal(cents: bigint): Dec {
  return new D(cents.toString()).div(100);
}

/**
 * A historical what-if of the retention choice (RET-10, RET-1, RET-11, PRM-1, PRM-2, PRM-6): for every
 * level offered in `year`, what the member would have paid and kept had it elected that level,
 * given its exposure and its occurrence losses.
 *
 * For each level (lowest limit first): limit from the retention table (RET-2, RET-3);
 * rate from `options.rateTable` when it lists the year, else the built-in rates (PRM-2);
 * premium = exposure × rate and tax = premium × tax rate, each rounded to cents half-up, through
 * the same core as `reinsurancePremium` (PRM-1, PRM-6; tax 2% for self-insurers, 0 for insurers;
 * `memberType` defaults to `'insurer'`); retainedLosses = Σ min(loss, limit) and
 * reimbursedLosses = Σ max(0, loss − limit), exact, so retained + reimbursed = Σ losses at every
 * level (RET-1); netCost = premium + tax + retainedLosses; addedLiabilityPerOccurrence =
 * limit − low limit (RET-10).
 *
 * This is a what-if on past or assumed figures, not a forecast: it does not project losses,
 * develop open claims, discount for timing, or model the chance of a serious claim, which is
 * what the choice of level is really about (see `retentionRiskProfile` for that). With a
 * self-insurer's `netWorth` and `totalAssets` (both or neither; `INVALID_INPUT` for an insurer),
 * each level also says whether RET-11 lets the member choose it (`allowedByNetWorth`: net worth
 * ≥ 10% of total assets and ≥ 10 × the limit) and, when not, why (`netWorthReason`).
 * Convention: each entry of `occurrenceLosses` is
 * one occurrence's total statutory loss (CLM-1, CLM-4) in whole cents; the retention of
 * `year` applies to all of them; an empty list is allowed.
 *
 * @param input - `{ year, exposure, occurrenceLosses, memberType?, netWorth?, totalAssets? }`.
 * @param options - `{ explain?, rateTable?, retentionTable? }`.
 * @returns `{ options: { level, limit, rate, premium, tax, retainedLosses, reimbursedLosses, netCost, addedLiabilityPerOccurrence }[] }`
 *   (and `steps` with `explain`).
 * @throws {@link WcraError} `UNKNOWN_YEAR` for a year without limits or rates;
 *   `LEVEL_NOT_OFFERED` when the caller's rates lack a level the limits offer;
 *   `INVALID_INPUT` for bad input (e.g. a negative loss).
 *
 * @example
 * ```ts
 * import { compareRetentionLevels } from 'wcra-calc';
 * const r = compareRetentionLevels({ year: 2022, exposure: '12000000', occurrenceLosses: ['1500000', '300000'] });
 * r.options.map((o) => o.level) //=> ['low', 'high', 'super', 'jumbo']
 * r.options[0]
 * //=> { level: 'low', limit: '500000.00', rate: '0.0795', premium: '954000.00', tax: '0.00', retainedLosses: '800000.00', reimbursedLosses: '1000000.00', netCost: '1754000.00', addedLiabilityPerOccurrence: '0.00' }
 * r.options[1]?.netCost //=> '1912000.00'
 * const si = compareRetentionLevels({ year: 2025, exposure: '3200000', occurrenceLosses: [], memberType: 'self-insurer', netWorth: '12000000', totalAssets: '80000000' });
 * si.options.map((o) => o.allowedByNetWorth) //=> [true, true, false, false]
 * ```
 */
export function compareRetentionLevels(
  input: CompareRetentionLevelsInput,
  options?: CompareRetentionLevelsOptions,
): CompareRetentionLevelsResult {
  return compareRetentionLevelsDefinition.run(input, options);
}

type Parsed = z.output<typeof CompareRetentionLevelsInputSchema>;
type ParsedOptions = z.output<typeof CompareRetentionLevelsOptionsSchema>;

interface Row {
  readonly option: RetentionLevelOption;
  readonly above: number;
  readonly source: string;
}

/** One level's figures (RET-1, RET-10, RET-11, PRM-1, PRM-6). */
function levelRow(
  v: Parsed,
  level: RetentionLevel,
  figures: { readonly limit: string; readonly rate: { rate: string; source: string } },
  lowLimit: Dec,
): Row {
  const { limit, rate } = figures;
  const exposure = toDecimal(v.exposure);
  const taxRate = toDecimal(defaultTaxRate(v.memberType ?? 'insurer')); // RULES: PRM-6
  const rateDec = toDecimal(rate.rate);
  const { premium, tax } = premiumCore(exposure, rateDec, taxRate); // RULES: PRM-1, PRM-6
  const limitDec = toDecimal(limit);
  const { retained, reimbursed, above } = splitLossesAtRetention(v.occurrenceLosses, decimalToCents(limitDec)); // RULES: RET-1
  const retainedDec = centsToDecimal(retained);
  const option: RetentionLevelOption = {
    level,
    limit,
    rate: formatDecimal(rateDec),
    premium: formatMoney(premium),
    tax: formatMoney(tax),
    retainedLosses: formatMoney(retainedDec),
    reimbursedLosses: formatMoney(centsToDecimal(reimbursed)),
    netCost: formatMoney(premium.plus(tax).plus(retainedDec)),
    addedLiabilityPerOccurrence: formatMoney(limitDec.minus(lowLimit)), // RULES: RET-10
    ...netWorthFields(v.netWorth, v.totalAssets, limitDec),
  };
  return { option, above, source: rate.source };
}

/** The worksheet of one level: rate, premium, tax, retained, net cost and RET-11 when asked. */
function levelSteps(v: Parsed, row: Row, taxRate: string): TraceStep[] {
  const o = row.option;
  const exposure = formatMoney(toDecimal(v.exposure));
  const steps: TraceStep[] = [
    step(
      'PRM-2',
      `${o.level}: published reinsurance rate for ${v.year} (${row.source})`,
      [textValue('Coverage year', String(v.year), 'number'), textValue('Retention level', o.level)],
      rateValue(`Reinsurance rate (${o.level})`, o.rate),
    ),
    step(
      'PRM-1',
      `${o.level}: premium = exposure base x reinsurance rate, rounded to cents (half-up)`,
      [moneyValue('Exposure base', exposure), rateValue('Reinsurance rate', o.rate, 'x')],
      moneyValue(`Premium (${o.level})`, o.premium),
    ),
    step(
      'PRM-6',
      `${o.level}: premium tax = premium x tax rate, rounded to cents (half-up)`,
      [moneyValue('Premium', o.premium), rateValue('Premium tax rate', taxRate, 'x')],
      moneyValue(`Premium tax (${o.level})`, o.tax),
    ),
    step(
      'RET-1',
      `${o.level}: retained = sum of min(loss, limit); reimbursed = sum of the excess`,
      [moneyValue('Retention limit', o.limit), textValue('Occurrences above the limit', String(row.above), 'number')],
      moneyValue(`Retained losses (${o.level})`, o.retainedLosses),
    ),
    step(
      'RET-10',
      `${o.level}: net cost = premium + tax + retained losses`,
      [moneyValue('Premium', o.premium), moneyValue('Premium tax', o.tax, '+'), moneyValue('Retained losses', o.retainedLosses, '+')],
      moneyValue(`Net cost (${o.level})`, o.netCost),
    ),
  ];
  if (o.allowedByNetWorth !== undefined)
    steps.push(
      netWorthStep(
        o.level,
        { netWorth: guaranteed(v.netWorth, 'netWorth'), totalAssets: guaranteed(v.totalAssets, 'totalAssets') },
        o.limit,
        {
          allowed: o.allowedByNetWorth,
          reason: o.netWorthReason,
        },
      ),
    );
  return steps;
}

function compute(v: Parsed, opts: ParsedOptions): CompareRetentionLevelsResult {
  const resolved = lookupRetentionLimits(v.year, opts.retentionTable); // RULES: RET-2, RET-3
  const levels = offeredLevels(resolved.limits);
  const lowLimit = toDecimal(resolved.limits.low);
  const rows = levels.map(
    (level) =>
      levelRow(
        v,
        level,
        { limit: guaranteed(resolved.limits[level], `${level} limit`), rate: lookupRate(v.year, level, opts.rateTable) },
        lowLimit,
      ), // RULES: PRM-2
  );
  const result: CompareRetentionLevelsResult = { options: rows.map((r) => r.option) };
  return withSteps(result, opts.explain, () => {
    const lossCents = v.occurrenceLosses;
    const total = centsToDecimal(lossCents.reduce((sum, c) => sum + BigInt(c), 0n));
    const taxRate = formatDecimal(toDecimal(defaultTaxRate(v.memberType ?? 'insurer')));
    const steps: TraceStep[] = [
      step(
        v.year >= FIRST_FIXED_LEVELS_YEAR ? 'RET-2' : 'RET-3',
        `Retention limits of the levels offered in ${v.year} (${resolved.source})`,
        [textValue('Coverage year', String(v.year), 'number'), textValue('Levels offered', levels.join(', '))],
        moneyValue('Low retention limit', resolved.limits.low),
      ),
      step(
        'RET-10',
        `Historical what-if for ${v.year}, not a forecast: ${lossCents.length} occurrence(s), ${v.memberType ?? 'insurer'}`,
        [moneyValue('Exposure base', formatMoney(toDecimal(v.exposure))), textValue('Occurrences', String(lossCents.length), 'number')],
        moneyValue('Total occurrence losses', formatMoney(total)),
      ),
    ];
    for (const row of rows) steps.push(...levelSteps(v, row, taxRate));
    return steps;
  });
}

/** The definition of {@link compareRetentionLevels}: name, rules, schemas, example. */
export const compareRetentionLevelsDefinition = /* @__PURE__ */ defineCalculator({
  name: 'compareRetentionLevels',
  feature: 'retention',
  summary: 'Historical what-if of every retention level of a year: premium, tax, retained losses, net cost, RET-11',
  rules: ['RET-10', 'RET-1', 'RET-2', 'RET-3', 'RET-11', 'PRM-1', 'PRM-2', 'PRM-6'],
  uncitedRules: {
    'RET-3': /* @__PURE__ */ (() => `cited through the limits of years before ${FIRST_FIXED_LEVELS_YEAR}; the example is 2025`)(),
  },
  input: CompareRetentionLevelsInputSchema,
  options: CompareRetentionLevelsOptionsSchema,
  example: {
    year: 2025,
    exposure: '3200000',
    occurrenceLosses: ['120000000', '30000000'],
    memberType: 'self-insurer',
    netWorth: '12000000',
    totalAssets: '80000000',
  },
  explains: true,
  compute,
});
