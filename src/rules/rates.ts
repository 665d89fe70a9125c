/**
 * Published WCRA reinsurance rates by coverage year and retention level (PRM-2), as dated
 * data, and the one strict lookup.
 * @module
 */
import * as z from 'zod/mini';
import { WcraError } from '../core/errors.js';
import { addIssue, duplicateIssues, rate, text, withJsonRules, year } from '../core/schema.js';
import { FIXED_LEVELS_FROM, JUMBO_FROM, RETENTION_LEVELS, type RetentionLevel, SUPER_FROM } from './levels.js';

/** One coverage year of reinsurance rates (fractions of exposure: `"0.0795"` is 7.95%). */
export interface RateTableEntry {
  /** The coverage year the rates apply to. */
  readonly year: number;
  /** The rate of the low retention level. */
  readonly low: string;
  /** The rate of the high retention level. */
  readonly high: string;
  /** The rate of the super retention level (offered from 1996: absent before, RET-3). */
  readonly super?: string;
  /** Absent for years the jumbo level was not offered. */
  readonly jumbo?: string;
  /** Where the figures come from. */
  readonly source: string;
}

/** A rate table: entries by year. */
export type RateTable = ReadonlyArray<RateTableEntry>;

const SOURCE = 'wcra.biz rate table, read 2026';

/**
 * The built-in rates, one entry per coverage year, oldest first (PRM-2). Insurers and self-insurers pay the
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

/**
 * First coverage year of today's fixed retention levels (low $500,000, high 2 × low, super 4 × low): 2016 (RET-2); earlier years follow RET-3.
 * The value of `RETENTION_LEVEL_FIGURES.firstFixedLevelsYear` (its source and years).
 */
export const FIRST_FIXED_LEVELS_YEAR: number = FIXED_LEVELS_FROM;

/** First coverage year with three retention levels (super offered): 1996 (RET-3). The value of `RETENTION_LEVEL_FIGURES.firstSuperYear`. */
export const FIRST_SUPER_YEAR: number = SUPER_FROM;

/** First coverage year with the jumbo retention level: 2018 (RET-2). The value of `RETENTION_LEVEL_FIGURES.firstJumboYear`. */
export const FIRST_JUMBO_YEAR: number = JUMBO_FROM;

/**
 * Reports, from a table's refinement, each entry whose year repeats an earlier one (path
 * `[i, 'year']`, code `duplicate`), with the core duplicate check. @internal
 */
export function refineYearsOnce(table: ReadonlyArray<{ readonly year: number }>, ctx: z.core.$RefinementCtx): void {
  for (const { path, code, message } of duplicateIssues(table, '', 'year')) addIssue(ctx, path.slice(1), code, message);
}

/** Why a rate table entry from 1996 on needs `super` (RET-3). */
const SUPER_REQUIRED: string = /* @__PURE__ */ (() =>
  `is required for a coverage year from ${FIRST_SUPER_YEAR} on (three retention levels, RET-3)`)();

/**
 * Schema of a caller-supplied rate table (the `rateTable` option of every function that takes
 * one): each year listed once (`duplicate`); `super` required from 1996 on and not needed before
 * (two levels, RET-3); `jumbo` optional.
 */
export const RateTableSchema = /* @__PURE__ */ (() => {
  const row = z.strictObject({
    /** The coverage year the rates apply to (listed once). */
    year: year(),
    /** The low retention level's rate, a fraction of the exposure base (`"0.0795"` is 7.95%). */
    low: rate(),
    /** The high level's rate. */
    high: rate(),
    /** The super level's rate (required from 1996, when the level was first offered). */
    super: z.optional(rate()),
    /** The jumbo level's rate (offered from 2018). */
    jumbo: z.optional(rate()),
    /** Where your figures come from (shown in the worksheet). */
    source: z.optional(text()),
  });
  // Its JSON form: the super rate is required from 1996 (checked below).
  /* @__PURE__ */ withJsonRules(row, { anyOf: [{ properties: { year: { maximum: FIRST_SUPER_YEAR - 1 } } }, { required: ['super'] }] });
  return z.array(row).check(
    z.superRefine((table, ctx) => {
      refineYearsOnce(table, ctx);
      table.forEach((entry, i) => {
        if (entry.year >= FIRST_SUPER_YEAR && entry.super === undefined) addIssue(ctx, [i, 'super'], 'required', SUPER_REQUIRED);
      });
    }),
  );
})();

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

/**
 * The retention levels a year's rates offer (PRM-2), lowest limit first: the caller's entry for
 * the year first, then the built-in one; `[]` when neither has the year. @internal
 */
export function levelsOffered(yr: number, callerTable?: RateTableInput): RetentionLevel[] {
  const entry = callerTable?.find((e) => e.year === yr) ?? RATE_TABLE.find((e) => e.year === yr);
  return entry === undefined ? [] : RETENTION_LEVELS.filter((level) => entry[level] !== undefined);
}
