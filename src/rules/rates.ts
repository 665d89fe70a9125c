/**
 * Published WCRA reinsurance rates by coverage year and retention level (PRM-2), as dated
 * data, and the one strict lookup.
 * @module
 */
import * as z from 'zod/mini';
import { WcraError } from '../core/errors.js';
import { rate, text, year } from '../core/schema.js';
import type { RetentionLevel } from './levels.js';

/** One coverage year of reinsurance rates (fractions of exposure: `"0.0795"` is 7.95%). */
export interface RateTableEntry {
  readonly year: number;
  readonly low: string;
  readonly high: string;
  readonly super: string;
  /** Absent for years the jumbo level was not offered. */
  readonly jumbo?: string;
  /** Where the figures come from. */
  readonly source: string;
}

/** A rate table: entries by year. */
export type RateTable = ReadonlyArray<RateTableEntry>;

const SOURCE = 'wcra.biz rate table, read 2026';

/**
 * The built-in rates, coverage years 2016–2025 (PRM-2). Insurers and self-insurers pay the
 * same rates (PRM-1); self-insurers add premium tax (PRM-6).
 */
export const RATE_TABLE: RateTable = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ year: 2016, low: '0.088', high: '0.0565', super: '0.0275', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2017, low: '0.0835', high: '0.0565', super: '0.0265', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2018, low: '0.08', high: '0.054', super: '0.0255', jumbo: '0.012', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2019, low: '0.0795', high: '0.0545', super: '0.026', jumbo: '0.0115', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2020, low: '0.0795', high: '0.0545', super: '0.026', jumbo: '0.011', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2021, low: '0.0795', high: '0.0545', super: '0.026', jumbo: '0.011', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2022, low: '0.0795', high: '0.051', super: '0.0245', jumbo: '0.011', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2023, low: '0.081', high: '0.049', super: '0.024', jumbo: '0.011', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2024, low: '0.079', high: '0.047', super: '0.0235', jumbo: '0.011', source: SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2025, low: '0.0755', high: '0.045', super: '0.0225', jumbo: '0.011', source: SOURCE }),
]);

/** Schema of a caller-supplied rate table (the `rateTable` option). */
export const RateTableSchema = /* @__PURE__ */ (() =>
  z.array(
    z.strictObject({
      year: year(),
      low: rate(),
      high: rate(),
      super: rate(),
      jumbo: z.optional(rate()),
      source: z.optional(text()),
    }),
  ))();

/** A caller's rate table as accepted in options (figures as strings or numbers). */
export type RateTableInput = z.input<typeof RateTableSchema>;

function yearsOf(table: ReadonlyArray<{ year: number }>): string {
  const years = table.map((e) => e.year).sort((a, b) => a - b);
  if (years.length === 0) return 'no years';
  return `${years[0]}–${years[years.length - 1]}`;
}

/** One resolved rate. @internal */
export interface ResolvedRate {
  readonly rate: string;
  readonly source: string;
}

/**
 * The published rate for a level and year: the caller's table first (for the years it holds),
 * then the built-in table. Strict: an unknown year is `UNKNOWN_YEAR`, a level not offered that
 * year is `LEVEL_NOT_OFFERED`. Never guesses.
 * @internal
 */
export function lookupRate(yr: number, level: RetentionLevel, callerTable?: RateTableInput): ResolvedRate {
  const own = callerTable?.find((e) => e.year === yr);
  const entry = own ?? RATE_TABLE.find((e) => e.year === yr);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_YEAR',
      `No WCRA reinsurance rates for coverage year ${yr}: the built-in table covers ${yearsOf(RATE_TABLE)}. Pass the rate as \`rate\` (e.g. "0.0795"), or supply the year in \`options.rateTable\`.`,
      { details: { year: yr } },
    );
  }
  const value = entry[level];
  if (value === undefined) {
    throw new WcraError('LEVEL_NOT_OFFERED', `The ${level} retention level was not offered for coverage year ${yr}.`, {
      details: { year: yr, level },
    });
  }
  return { rate: String(value), source: entry.source ?? 'caller-supplied rate table' };
}
