import * as z from 'zod/mini';
import type { Money } from '../core/money.js';
import { type ExplainOption, explainOptionShape, year } from '../core/schema.js';
import { displayDollars, type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import type { RuleId } from '../rules/ids.js';
import { RETENTION_LEVEL_FIGURES as LEVELS, RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { FIRST_FIXED_LEVELS_YEAR, FIRST_SUPER_YEAR, refineYearsOnce as refineYears } from '../rules/rates.js';
import { lookupRetentionLimits, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { step } from '../rules/step.js';

/**
 * The one caller retention table schema ({@link RetentionTableSchema} of the rules): a year at
 * most once, limits rising from level to level. Kept under this name for the callers that
 * imported it from here. @internal
 */
export const CheckedRetentionTableSchema = RetentionTableSchema;

/** The rules' duplicate-year refinement, kept under this name for older callers. @internal */
export const refineYearsOnce = refineYears;

/** Input schema of {@link retentionLimits}. */
export const RetentionLimitsInputSchema = /* @__PURE__ */ (() => z.strictObject({ year: year() }))();

/** Input of {@link retentionLimits}. */
export interface RetentionLimitsInput {
  /** The coverage (calendar) year whose limits are wanted, 1900–2200. */
  readonly year: number;
}

/** Options schema of {@link retentionLimits}. */
export const RetentionLimitsOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    retentionTable: z.optional(RetentionTableSchema),
  }))();

/** Options of {@link retentionLimits}. */
export interface RetentionLimitsOptions extends ExplainOption {
  /**
   * Your own retention limits for years the built-in table lacks (see `RETENTION_TABLE` for its
   * years), or to override it for a year. An entry may give only `low`: from 1996 high = 2 × low and super = 4 × low, from
   * 2018 also jumbo = 10 × low (RET-2, RET-3); before 1996 high = low + $200,000 (RET-3). Each
   * year once; limits rising from level to level.
   */
  readonly retentionTable?: ReadonlyArray<RetentionTableInput[number]>;
}

/** The retention limits of one coverage year (money strings, two decimals). */
export interface RetentionLimitsByLevel {
  /** The low retention limit. */
  readonly low: Money;
  /** The high retention limit. */
  readonly high: Money;
  /** Absent before 1996, when only two levels existed (RET-3). */
  readonly super?: Money;
  /** Absent before 2018, when the jumbo level was not offered (RET-2). */
  readonly jumbo?: Money;
}

/** Result of {@link retentionLimits}. */
export interface RetentionLimitsResult extends Explained {
  /** The coverage year (echoed). */
  readonly year: number;
  /** The limit of each level offered that year. */
  readonly limits: RetentionLimitsByLevel;
}

/** The levels offered in a year, lowest limit first (those with a limit). @internal */
export function offeredLevels(limits: RetentionLimitsByLevel): RetentionLevel[] {
  return RETENTION_LEVELS.filter((level) => limits[level] !== undefined);
}

/** A level's limit as a multiple of low, from the figures (`'2 x low'`; `'low'` for low itself). */
function multipleOfLow(level: RetentionLevel): string {
  if (level === 'low') return 'low';
  const figure = { high: LEVELS.highMultiple, super: LEVELS.superMultiple, jumbo: LEVELS.jumboMultiple }[level];
  return `${figure.value} x low`;
}

function describeLevel(yr: number, level: RetentionLevel, fromCaller: boolean, given: boolean): { rule: RuleId; text: string } {
  const rule: RuleId = yr >= FIRST_FIXED_LEVELS_YEAR ? 'RET-2' : 'RET-3';
  if (!fromCaller) {
    const multiple = level === 'low' ? '' : ` (${multipleOfLow(level)})`;
    return { rule, text: `${level} retention limit${multiple} from the built-in table` };
  }
  if (given) return { rule, text: `${level} retention limit from your table` };
  const derived =
    yr < FIRST_SUPER_YEAR
      ? `low + ${displayDollars(LEVELS.twoLevelHighSpread.value)} (two levels before ${FIRST_SUPER_YEAR})`
      : multipleOfLow(level);
  return { rule, text: `${level} retention limit = ${derived}` };
}

/**
 * The WCRA retention limits of a coverage year (RET-2, RET-3).
 *
 * Built-in years (`RETENTION_TABLE`, RET-2): low $500,000, high $1,000,000, super $2,000,000, and jumbo
 * $5,000,000 from 2018 (`jumbo` is absent for 2016 and 2017). Other years need
 * `options.retentionTable`, which is read first for the years it lists (so it may also override a
 * built-in year). A caller entry for 1996–2015 may give only `low`: high = 2 × low and
 * super = 4 × low are derived; before 1996 there were two levels and high = low + $200,000
 * (RET-3); from 2018 jumbo = 10 × low is derived too (RET-2). A caller table must list each year
 * once with limits rising strictly from level to level.
 *
 * @param input - `{ year }`, the coverage (calendar) year.
 * @param options - `{ explain?, retentionTable? }`.
 * @returns `{ year, limits: { low, high, super?, jumbo? } }` (and `steps` with `explain`).
 * @throws {@link WcraError} `UNKNOWN_YEAR` for a year neither the built-in table (`RETENTION_TABLE`)
 *   nor the caller table supplies; `INVALID_INPUT` for bad input or a bad caller table.
 *
 * @example
 * ```ts
 * import { retentionLimits } from 'wcra-calc';
 * retentionLimits({ year: 2019 })
 * //=> { year: 2019, limits: { low: '500000.00', high: '1000000.00', super: '2000000.00', jumbo: '5000000.00' } }
 * retentionLimits({ year: 2017 }).limits.jumbo //=> undefined
 * retentionLimits({ year: 2005 }, { retentionTable: [{ year: 2005, low: '320000' }] }).limits
 * //=> { low: '320000.00', high: '640000.00', super: '1280000.00' }
 * retentionLimits({ year: 1990 }, { retentionTable: [{ year: 1990, low: '180000' }] }).limits
 * //=> { low: '180000.00', high: '380000.00' }
 * ```
 */
export function retentionLimits(input: RetentionLimitsInput, options?: RetentionLimitsOptions): RetentionLimitsResult {
  return retentionLimitsDefinition.run(input, options);
}

/** The definition of {@link retentionLimits}. */
export const retentionLimitsDefinition = /* @__PURE__ */ defineCalculator({
  name: 'retentionLimits',
  feature: 'retention',
  summary: 'Retention limits of every level offered in a coverage year',
  rules: ['RET-2', 'RET-3'],
  uncitedRules: {},
  input: RetentionLimitsInputSchema,
  options: RetentionLimitsOptionsSchema,
  example: { year: 2019 },
  explains: true,
  compute: (v, opts): RetentionLimitsResult => {
    // RULES: RET-2, RET-3 — strict lookup, caller table first, derivations for caller entries.
    const resolved = lookupRetentionLimits(v.year, opts.retentionTable);
    const result: RetentionLimitsResult = { year: v.year, limits: { ...resolved.limits } };
    return withSteps(result, opts.explain, () => {
      const own = opts.retentionTable?.find((e) => e.year === v.year);
      const steps: TraceStep[] = [];
      for (const level of offeredLevels(result.limits)) {
        const { rule, text } = describeLevel(v.year, level, own !== undefined, own?.[level] !== undefined);
        const inputs = [textValue('Coverage year', String(v.year), 'number'), textValue('Source', resolved.source)];
        if (level !== 'low' && own !== undefined && own[level] === undefined)
          inputs.push(moneyValue('Low retention limit', result.limits.low));
        steps.push(step(rule, `${text}, ${v.year}`, inputs, moneyValue(`${level} retention limit`, result.limits[level] as string)));
      }
      return steps;
    });
  },
});
