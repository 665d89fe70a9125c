import * as z from 'zod/mini';
import { excessCents } from '../claims/reimbursementDue.js';
import { D, type Dec } from '../core/decimal.js';
import { formatDecimal, formatMoney, toDecimal, tryParseCents } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape, money, oneOf, parseOptions, parseWith, year } from '../core/schema.js';
import { type Explained, moneyValue, rateValue, step, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defaultTaxRate, premiumCore } from '../premium/reinsurancePremium.js';
import { MEMBER_TYPES, type RetentionLevel } from '../rules/levels.js';
import { lookupRate, type RateTableInput, RateTableSchema } from '../rules/rates.js';
import { lookupRetentionLimits, type RetentionTableInput } from '../rules/retentions.js';
import { netWorthAllowsLimit, refineNetWorthPair } from './netWorth.js';
import { CheckedRetentionTableSchema, offeredLevels, refineYearsOnce } from './retentionLimits.js';

/** Input schema of {@link compareRetentionLevels}. */
export const CompareRetentionLevelsInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      year: year(),
      exposure: money({ nonNegative: true }),
      occurrenceLosses: z.array(cents()),
      memberType: z.optional(oneOf(MEMBER_TYPES)),
      netWorth: z.optional(money({ noun: 'a net worth' })),
      totalAssets: z.optional(money({ nonNegative: true, noun: 'total assets' })),
    })
    .check(z.superRefine(refineNetWorthPair)))();

/** Input of {@link compareRetentionLevels}. */
export type CompareRetentionLevelsInput = Readonly<Omit<z.input<typeof CompareRetentionLevelsInputSchema>, 'occurrenceLosses'>> & {
  /** Each occurrence's total statutory loss, in whole cents (see the conventions). */
  readonly occurrenceLosses: ReadonlyArray<z.input<typeof CompareRetentionLevelsInputSchema>['occurrenceLosses'][number]>;
};

/** A caller rate table as accepted here: the rules schema, each year listed once. @internal */
const CheckedRateTableSchema = /* @__PURE__ */ (() => RateTableSchema.check(z.superRefine(refineYearsOnce)))();

/** Options schema of {@link compareRetentionLevels}. */
export const CompareRetentionLevelsOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    rateTable: z.optional(CheckedRateTableSchema),
    retentionTable: z.optional(CheckedRetentionTableSchema),
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
  readonly level: RetentionLevel;
  /** The retention limit per occurrence. */
  readonly limit: string;
  /** The reinsurance rate of the level (`"0.0795"`). */
  readonly rate: string;
  /** exposure × rate, rounded to cents half-up (PRM-1). */
  readonly premium: string;
  /** premium × tax rate, rounded to cents half-up: 2% for self-insurers, 0 for insurers (PRM-6). */
  readonly tax: string;
  /** Σ min(loss, limit) over the occurrences: what the member keeps (RET-1). */
  readonly retainedLosses: string;
  /** Σ max(0, loss − limit): what the WCRA would reimburse (RET-1). */
  readonly reimbursedLosses: string;
  /** premium + tax + retainedLosses. */
  readonly netCost: string;
  /** limit − low limit: the extra liability kept per occurrence at most (RET-10). */
  readonly addedLiabilityPerOccurrence: string;
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
  return test.allowed ? { allowedByNetWorth: true } : { allowedByNetWorth: false, netWorthReason: test.reason as string };
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
  const v = parseWith(CompareRetentionLevelsInputSchema, input);
  const opts = parseOptions(CompareRetentionLevelsOptionsSchema, options);
  const memberType = v.memberType ?? 'insurer';
  const resolved = lookupRetentionLimits(v.year, opts.retentionTable); // RULES: RET-2, RET-3
  const levels = offeredLevels(resolved.limits);
  const rates = levels.map((level) => lookupRate(v.year, level, opts.rateTable)); // RULES: PRM-2
  const exposure = toDecimal(v.exposure);
  const taxRate = toDecimal(defaultTaxRate(memberType)); // RULES: PRM-6
  const lossCents = v.occurrenceLosses;
  const lowLimit = toDecimal(resolved.limits.low);
  const rows = levels.map((level, i) => {
    const limit = resolved.limits[level] as string;
    const rateDec = toDecimal((rates[i] as { rate: string }).rate);
    const { premium, tax } = premiumCore(exposure, rateDec, taxRate); // RULES: PRM-1, PRM-6
    const { retained, reimbursed, above } = splitLossesAtRetention(lossCents, tryParseCents(limit) as number);
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
      addedLiabilityPerOccurrence: formatMoney(toDecimal(limit).minus(lowLimit)), // RULES: RET-10
      ...netWorthFields(v.netWorth, v.totalAssets, toDecimal(limit)),
    };
    return { option, above, source: (rates[i] as { source: string }).source };
  });
  const result: CompareRetentionLevelsResult = { options: rows.map((r) => r.option) };
  return withSteps(result, opts.explain, () => {
    const total = centsToDecimal(lossCents.reduce((s, c) => s + BigInt(c), 0n));
    const steps: TraceStep[] = [
      step(
        'RET-10',
        `Historical what-if for ${v.year}, not a forecast: ${lossCents.length} occurrence(s), ${memberType}`,
        [moneyValue('Exposure base', formatMoney(exposure)), textValue('Occurrences', String(lossCents.length), 'number')],
        moneyValue('Total occurrence losses', formatMoney(total)),
      ),
    ];
    for (const { option: o, above, source } of rows) {
      steps.push(
        step(
          'PRM-1',
          `${o.level}: premium = exposure base x ${v.year} rate (${source}), plus tax, each rounded half-up`,
          [
            moneyValue('Exposure base', formatMoney(exposure)),
            rateValue('Reinsurance rate', o.rate, 'x'),
            rateValue('Premium tax rate', formatDecimal(taxRate)),
          ],
          moneyValue(`Premium + tax (${o.level})`, formatMoney(toDecimal(o.premium).plus(o.tax))),
        ),
        step(
          'RET-1',
          `${o.level}: retained = sum of min(loss, limit); reimbursed = the rest; net cost = premium + tax + retained`,
          [
            moneyValue('Retention limit', o.limit),
            textValue('Occurrences above the limit', String(above), 'number'),
            moneyValue('Retained losses', o.retainedLosses),
          ],
          moneyValue(`Net cost (${o.level})`, o.netCost),
        ),
      );
      if (o.allowedByNetWorth !== undefined)
        steps.push(
          step(
            'RET-11',
            `${o.level}: net worth at least 10% of total assets and at least 10 x the limit${o.netWorthReason === undefined ? '' : `: no, ${o.netWorthReason}`}`,
            [
              moneyValue('Net worth', formatMoney(v.netWorth as Dec)),
              moneyValue('Total assets', formatMoney(v.totalAssets as Dec)),
              moneyValue('Retention limit', o.limit),
            ],
            textValue(`May choose ${o.level}`, o.allowedByNetWorth ? 'yes' : 'no'),
          ),
        );
    }
    return steps;
  });
}
