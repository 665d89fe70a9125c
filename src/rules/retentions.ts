/**
 * Published WCRA retention limits by coverage year (RET-2), as dated data, and the strict
 * lookup with the RET-3 derivations for caller tables of earlier years.
 * @module
 */
import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { WcraError } from '../core/errors.js';
import { formatMoney, toDecimal } from '../core/money.js';
import { addIssue, money, text, withJsonRules, year } from '../core/schema.js';
import type { CoverageYearDate, RuleFigure } from './figures.js';
import { HIGH_MULTIPLE, JUMBO_MULTIPLE, RETENTION_LEVELS, type RetentionLevel, SUPER_MULTIPLE, TWO_LEVEL_HIGH_SPREAD } from './levels.js';
import { FIRST_JUMBO_YEAR, FIRST_SUPER_YEAR, refineYearsOnce } from './rates.js';

/** One coverage year of retention limits (money strings). */
export interface RetentionTableEntry {
  /** The coverage year the limits apply to. */
  readonly year: number;
  /** The low retention limit. */
  readonly low: string;
  /** The high retention limit. */
  readonly high: string;
  /** The super retention limit. */
  readonly super: string;
  /** Absent for years the jumbo level was not offered (before 2018). */
  readonly jumbo?: string;
  /** Where the figures come from. */
  readonly source: string;
}

/** A retention table: entries by year. */
export type RetentionTable = ReadonlyArray<RetentionTableEntry>;

const SOURCE = 'wcra.biz retention table, read 2026; seed 003';

function fixedLevels(yr: number, jumbo: boolean): RetentionTableEntry {
  const base = { year: yr, low: '500000.00', high: '1000000.00', super: '2000000.00', source: SOURCE };
  return /* @__PURE__ */ Object.freeze(jumbo ? { ...base, jumbo: '5000000.00' } : base);
}

/**
 * The built-in retention limits, one entry per coverage year, oldest first (RET-2): low $500,000; high = 2 × low;
 * super = 4 × low; jumbo = 10 × low from 2018.
 */
export const RETENTION_TABLE: RetentionTable = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze([
    fixedLevels(2016, false),
    fixedLevels(2017, false),
    fixedLevels(2018, true),
    fixedLevels(2019, true),
    fixedLevels(2020, true),
    fixedLevels(2021, true),
    fixedLevels(2022, true),
    fixedLevels(2023, true),
    fixedLevels(2024, true),
    fixedLevels(2025, true),
  ]))();

/** The low limit of a caller's entry must be above zero; each next level above the one before. */
function risingIssues(limits: ResolvedLimits['limits']): Array<{ level: RetentionLevel; message: string }> {
  const out: Array<{ level: RetentionLevel; message: string }> = [];
  let previous: Dec | undefined;
  let previousName: RetentionLevel | undefined;
  for (const level of RETENTION_LEVELS) {
    const value = limits[level];
    if (value === undefined) continue;
    const d = toDecimal(value);
    if (previous === undefined ? !d.gt(0) : !d.gt(previous)) {
      const below = previous === undefined ? 'zero' : `the ${previousName} limit ${formatMoney(previous)}`;
      out.push({ level, message: `limits must rise low < high < super < jumbo: the ${level} limit ${value} is not above ${below}` });
    }
    previous = d;
    previousName = level;
  }
  return out;
}

/**
 * Schema of a caller-supplied retention table (the `retentionTable` option of every function
 * that takes one). An entry may give only `low`: from 2016 (RET-2) and for 1996–2015 (RET-3)
 * high = 2 × low and super = 4 × low are derived, and from 2018 jumbo = 10 × low (RET-2); before
 * 1996 there were two levels and high = low + $200,000 (RET-3). Each year is listed once
 * (`duplicate`), and the limits, after the derivations, rise strictly from level to level and
 * start above zero (`inconsistent`).
 */
export const RetentionTableSchema = /* @__PURE__ */ (() => {
  const low = money({ nonNegative: true });
  // Its JSON form: above zero once in cents (the first of the rising limits, checked below on the
  // limits formatted to cents, so a low under half a cent reads $0.00).
  /* @__PURE__ */ withJsonRules(low, { minimum: 0.005 });
  return z
    .array(
      z.strictObject({
        /** The coverage year the limits apply to (listed once). */
        year: year(),
        /** The low retention limit, in dollars per occurrence. */
        low,
        /** The high limit (derived from low when absent: 2 × low, or low + $200,000 before 1996). */
        high: z.optional(money({ nonNegative: true })),
        /** The super limit (derived as 4 × low from 1996 when absent). */
        super: z.optional(money({ nonNegative: true })),
        /** The jumbo limit (derived as 10 × low from 2018 when absent). */
        jumbo: z.optional(money({ nonNegative: true })),
        /** Where your figures come from (shown in the worksheet). */
        source: z.optional(text()),
      }),
    )
    .check(
      z.superRefine((table, ctx) => {
        refineYearsOnce(table, ctx);
        table.forEach((entry, i) => {
          for (const { level, message } of risingIssues(entryLimits(entry))) addIssue(ctx, [i, level], 'inconsistent', message);
        });
      }),
    );
})();

/** A caller's retention table as accepted in options. */
export type RetentionTableInput = z.input<typeof RetentionTableSchema>;

/** Limits resolved for one year (money strings). @internal */
export interface ResolvedLimits {
  /** The coverage year. */
  readonly year: number;
  /** The limit of each level offered that year. */
  readonly limits: { readonly low: string; readonly high: string; readonly super?: string; readonly jumbo?: string };
  /** Where the figures come from. */
  readonly source: string;
}

/** One caller entry's limits, the missing levels derived (RET-2, RET-3). */
function entryLimits(own: RetentionTableInput[number]): ResolvedLimits['limits'] {
  const yr = own.year;
  const low = toDecimal(own.low);
  const given = (v: RetentionTableInput[number]['high']) => (v === undefined ? undefined : toDecimal(v));
  // RULES: RET-3 — before 1996 two levels (high = low + 200,000); from 1996 high = 2×, super = 4×.
  const twoLevels = yr < FIRST_SUPER_YEAR;
  const high = given(own.high) ?? (twoLevels ? low.plus(TWO_LEVEL_HIGH_SPREAD) : low.times(HIGH_MULTIPLE));
  const sup = given(own.super) ?? (twoLevels ? undefined : low.times(SUPER_MULTIPLE));
  // RULES: RET-2 — from 2018 jumbo = 10 × low.
  const jumbo = given(own.jumbo) ?? (yr >= FIRST_JUMBO_YEAR ? low.times(JUMBO_MULTIPLE) : undefined);
  const limits: { low: string; high: string; super?: string; jumbo?: string } = { low: formatMoney(low), high: formatMoney(high) };
  if (sup !== undefined) limits.super = formatMoney(sup);
  if (jumbo !== undefined) limits.jumbo = formatMoney(jumbo);
  return limits;
}

/**
 * The retention limits for a year: the caller's table first, then the built-in one; derives
 * missing levels by RET-2 and RET-3. Unknown year → `UNKNOWN_YEAR`.
 * @internal
 */
export function lookupRetentionLimits(yr: number, callerTable?: RetentionTableInput): ResolvedLimits {
  const own = callerTable?.find((e) => e.year === yr);
  if (own !== undefined) return { year: yr, limits: entryLimits(own), source: own.source ?? 'caller-supplied retention table' };
  const entry = RETENTION_TABLE.find((e) => e.year === yr);
  if (entry === undefined) {
    const first = RETENTION_TABLE[0]?.year;
    const last = RETENTION_TABLE[RETENTION_TABLE.length - 1]?.year;
    throw new WcraError(
      'UNKNOWN_YEAR',
      `No WCRA retention limits for coverage year ${yr}: the built-in table covers ${first}–${last}. Supply the year in \`options.retentionTable\` (e.g. [{ year: ${yr}, low: "500000" }]).`,
      { details: { year: yr } },
    );
  }
  const limits: { low: string; high: string; super: string; jumbo?: string } = { low: entry.low, high: entry.high, super: entry.super };
  if (entry.jumbo !== undefined) limits.jumbo = entry.jumbo;
  return { year: yr, limits, source: entry.source };
}

/**
 * The retention limit of one level in one year, strictly. @internal
 */
export function lookupRetentionLimit(yr: number, level: RetentionLevel, callerTable?: RetentionTableInput): string {
  const { limits } = lookupRetentionLimits(yr, callerTable);
  const value = limits[level];
  if (value === undefined) {
    throw new WcraError('LEVEL_NOT_OFFERED', `The ${level} retention level was not offered for coverage year ${yr}.`, {
      details: { year: yr, level },
    });
  }
  return value;
}

/**
 * The deadline for changing the retention level of coverage year Y (RET-5): December 1 of Y − 1
 * (the form postmarked, newer pages say e-mailed, by then). Deeply frozen.
 */
export const RETENTION_ELECTION_DEADLINE: RuleFigure<CoverageYearDate> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ month: 12, day: 1, yearOffset: -1 }),
  rule: 'RET-5',
  fromYear: null,
  toYear: null,
  published: true,
  source: `WCRA retention page (seed 003): "the WCRA must receive the Retention Level Change form postmarked by December 1"; RULES.md RET-5`,
});
