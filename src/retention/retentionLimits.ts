import * as z from 'zod/mini';
import { D } from '../core/decimal.js';
import { duplicateIssues, type ExplainOption, explainOptionShape, parseOptions, parseWith, year } from '../core/schema.js';
import { type Explained, moneyValue, step, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { lookupRetentionLimits, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';

/**
 * Reports, from a table's refinement, each entry whose year repeats an earlier one (path
 * `[i, 'year']`), with the core duplicate check. @internal
 */
export function refineYearsOnce(table: ReadonlyArray<{ readonly year: number }>, ctx: z.core.$RefinementCtx): void {
  for (const { path, message } of duplicateIssues(table, '', 'year'))
    ctx.addIssue({ code: 'custom', path: path.slice(1), message, input: undefined });
}

/**
 * A caller retention table as the retention functions accept it: the rules schema, plus two
 * cross-checks — a year may appear only once, and the limits of an entry (after the RET-3
 * derivations) must rise strictly from level to level and start above zero.
 * @internal
 */
export const CheckedRetentionTableSchema = /* @__PURE__ */ (() =>
  RetentionTableSchema.check(
    z.superRefine((table, ctx) => {
      refineYearsOnce(table, ctx);
      table.forEach((entry, i) => {
        const { limits } = lookupRetentionLimits(entry.year, [entry]);
        let previous = new D(0);
        let previousName = 'zero';
        for (const level of RETENTION_LEVELS) {
          const value = limits[level];
          if (value === undefined) continue;
          if (!new D(value).gt(previous)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, level],
              message: `limits must rise low < high < super < jumbo: the ${level} limit ${value} is not above ${previousName === 'zero' ? 'zero' : `the ${previousName} limit ${previous.toFixed(2)}`}`,
              input: entry[level],
            });
          }
          previous = new D(value);
          previousName = level;
        }
      });
    }),
  ))();

/** Input schema of {@link retentionLimits}. */
export const RetentionLimitsInputSchema = /* @__PURE__ */ (() => z.strictObject({ year: year() }))();

/** Input of {@link retentionLimits}. */
export type RetentionLimitsInput = Readonly<z.input<typeof RetentionLimitsInputSchema>>;

/** Options schema of {@link retentionLimits}. */
export const RetentionLimitsOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    retentionTable: z.optional(CheckedRetentionTableSchema),
  }))();

/** Options of {@link retentionLimits}. */
export interface RetentionLimitsOptions extends ExplainOption {
  /**
   * Your own retention limits for years the built-in table (2016–2025) lacks, or to override it
   * for a year. Entries for 1996–2015 may give only `low` (high = 2 × low, super = 4 × low);
   * before 1996 only `low` (high = low + $200,000) (RET-3).
   */
  readonly retentionTable?: ReadonlyArray<RetentionTableInput[number]>;
}

/** The retention limits of one coverage year (money strings, two decimals). */
export interface RetentionLimitsByLevel {
  readonly low: string;
  readonly high: string;
  /** Absent before 1996, when only two levels existed (RET-3). */
  readonly super?: string;
  /** Absent before 2018, when the jumbo level was not offered (RET-2). */
  readonly jumbo?: string;
}

/** Result of {@link retentionLimits}. */
export interface RetentionLimitsResult extends Explained {
  readonly year: number;
  readonly limits: RetentionLimitsByLevel;
}

/** The levels offered in a year, lowest limit first (those with a limit). @internal */
export function offeredLevels(limits: RetentionLimitsByLevel): RetentionLevel[] {
  return RETENTION_LEVELS.filter((level) => limits[level] !== undefined);
}

function describeLevel(yr: number, level: RetentionLevel, fromCaller: boolean, given: boolean): { rule: string; text: string } {
  const rule = yr >= 2016 ? 'RET-2' : 'RET-3';
  if (!fromCaller) {
    const multiple = { low: '', high: ' (2 x low)', super: ' (4 x low)', jumbo: ' (10 x low)' }[level];
    return { rule, text: `${level} retention limit${multiple} from the built-in table` };
  }
  if (given) return { rule, text: `${level} retention limit from your table` };
  const derived = yr < 1996 ? 'low + $200,000 (two levels before 1996)' : level === 'high' ? '2 x low' : '4 x low';
  return { rule: 'RET-3', text: `${level} retention limit = ${derived}` };
}

/**
 * The WCRA retention limits of a coverage year (RET-2, RET-3).
 *
 * Built-in years 2016–2025 (RET-2): low $500,000, high $1,000,000, super $2,000,000, and jumbo
 * $5,000,000 from 2018 (`jumbo` is absent for 2016 and 2017). Other years need
 * `options.retentionTable`, which is read first for the years it lists (so it may also override a
 * built-in year). A caller entry for 1996–2015 may give only `low`: high = 2 × low and
 * super = 4 × low are derived; before 1996 there were two levels and high = low + $200,000
 * (RET-3). Convention: a caller entry's `jumbo` is never derived (it is present only when given),
 * and a caller table must list each year once with limits rising strictly from level to level.
 *
 * @param input - `{ year }`, the coverage (calendar) year.
 * @param options - `{ explain?, retentionTable? }`.
 * @returns `{ year, limits: { low, high, super?, jumbo? } }` (and `steps` with `explain`).
 * @throws {@link WcraError} `UNKNOWN_YEAR` for a year outside 2016–2025 that the caller table
 *   does not supply; `INVALID_INPUT` for bad input or a bad caller table.
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
  const v = parseWith(RetentionLimitsInputSchema, input);
  const opts = parseOptions(RetentionLimitsOptionsSchema, options);
  // RULES: RET-2, RET-3 — strict lookup, caller table first, RET-3 derivations for earlier years.
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
}
