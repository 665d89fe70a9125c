/**
 * Published WCRA retention limits by coverage year (RET-2), as dated data, and the strict
 * lookup with the RET-3 derivations for caller tables of earlier years.
 * @module
 */
import * as z from 'zod/mini';
import { WcraError } from '../core/errors.js';
import { formatMoney, toDecimal } from '../core/money.js';
import { money, text, year } from '../core/schema.js';
import type { RetentionLevel } from './levels.js';

/** One coverage year of retention limits (money strings). */
export interface RetentionTableEntry {
  readonly year: number;
  readonly low: string;
  readonly high: string;
  readonly super: string;
  /** Absent for years the jumbo level was not offered (before 2018). */
  readonly jumbo?: string;
  readonly source: string;
}

/** A retention table: entries by year. */
export type RetentionTable = ReadonlyArray<RetentionTableEntry>;

const SOURCE = 'wcra.biz retention table, read 2026; seed 003';

function fixedLevels(yr: number, jumbo: boolean): RetentionTableEntry {
  const base = { year: yr, low: '500000.00', high: '1000000.00', super: '2000000.00', source: SOURCE };
  return Object.freeze(jumbo ? { ...base, jumbo: '5000000.00' } : base);
}

/**
 * The built-in retention limits, coverage years 2016–2025 (RET-2): low $500,000; high = 2 × low;
 * super = 4 × low; jumbo = 10 × low from 2018.
 */
export const RETENTION_TABLE: RetentionTable = /* @__PURE__ */ (() =>
  Object.freeze([
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

/**
 * Schema of a caller-supplied retention table (the `retentionTable` option). For 1996–2015 an
 * entry may give only `low` (high = 2 × low, super = 4 × low are derived); before 1996 only
 * `low` (high = low + $200,000) (RET-3).
 */
export const RetentionTableSchema = /* @__PURE__ */ (() =>
  z.array(
    z.strictObject({
      year: year(),
      low: money({ nonNegative: true }),
      high: z.optional(money({ nonNegative: true })),
      super: z.optional(money({ nonNegative: true })),
      jumbo: z.optional(money({ nonNegative: true })),
      source: z.optional(text()),
    }),
  ))();

/** A caller's retention table as accepted in options. */
export type RetentionTableInput = z.input<typeof RetentionTableSchema>;

/** Limits resolved for one year (money strings). @internal */
export interface ResolvedLimits {
  readonly year: number;
  readonly limits: { readonly low: string; readonly high: string; readonly super?: string; readonly jumbo?: string };
  readonly source: string;
}

/**
 * The retention limits for a year: the caller's table first, then the built-in one; derives
 * missing levels by RET-3. Unknown year → `UNKNOWN_YEAR`.
 * @internal
 */
export function lookupRetentionLimits(yr: number, callerTable?: RetentionTableInput): ResolvedLimits {
  const own = callerTable?.find((e) => e.year === yr);
  if (own !== undefined) {
    const low = toDecimal(own.low);
    // RULES: RET-3 — before 1996 two levels (high = low + 200,000); 1996–2015 high = 2×, super = 4×.
    const derivedHigh = yr < 1996 ? low.plus(200000) : low.times(2);
    const high = own.high === undefined ? derivedHigh : toDecimal(own.high);
    const sup = own.super === undefined ? (yr < 1996 ? undefined : low.times(4)) : toDecimal(own.super);
    const limits: { low: string; high: string; super?: string; jumbo?: string } = { low: formatMoney(low), high: formatMoney(high) };
    if (sup !== undefined) limits.super = formatMoney(sup);
    if (own.jumbo !== undefined) limits.jumbo = formatMoney(toDecimal(own.jumbo));
    return { year: yr, limits, source: own.source ?? 'caller-supplied retention table' };
  }
  const entry = RETENTION_TABLE.find((e) => e.year === yr);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_YEAR',
      `No WCRA retention limits for coverage year ${yr}: the built-in table covers 2016–2025. Supply the year in \`options.retentionTable\` (e.g. [{ year: ${yr}, low: "500000" }]).`,
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
