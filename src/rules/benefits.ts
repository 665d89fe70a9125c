/**
 * Published Minnesota benefit figures (BEN rules), as dated data, and their strict lookups.
 * @module
 */
import * as z from 'zod/mini';
import { compareDates } from '../core/dates.js';
import { WcraError } from '../core/errors.js';
import { formatMoney } from '../core/money.js';
import { isoDate, money, text } from '../core/schema.js';

/** One period of the TTD maximum and minimum weekly rates (BEN-1), dates inclusive. */
export interface MaxMinEntry {
  /** First injury date of the period (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last injury date of the period (`YYYY-MM-DD`). */
  readonly to: string;
  /** The maximum weekly compensation rate, two-decimal string. */
  readonly maximum: string;
  /** The minimum weekly compensation rate, two-decimal string. */
  readonly minimum: string;
  /** Where the figures come from. */
  readonly source: string;
}

const BEN1_SOURCE = 'RULES.md BEN-1 (DLI maximum/minimum compensation rates)';

/**
 * The built-in TTD maximum / minimum by date of injury (BEN-1). Gaps (before 2000-10-01,
 * 2014-10-01–2018-09-30, 2020-10-01–2022-09-30, from 2026-10-01) are not published here.
 */
export const MAX_MIN_TABLE: ReadonlyArray<MaxMinEntry> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ from: '2000-10-01', to: '2008-09-30', maximum: '750.00', minimum: '130.00', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2008-10-01', to: '2013-09-30', maximum: '850.00', minimum: '130.00', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2013-10-01', to: '2014-09-30', maximum: '963.90', minimum: '130.00', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2018-10-01', to: '2019-09-30', maximum: '1098.54', minimum: '130.00', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2019-10-01', to: '2020-09-30', maximum: '1134.24', minimum: '130.00', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2022-10-01', to: '2023-09-30', maximum: '1312.74', minimum: '262.55', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2023-10-01', to: '2024-09-30', maximum: '1363.74', minimum: '272.75', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2024-10-01', to: '2025-09-30', maximum: '1481.76', minimum: '296.35', source: BEN1_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2025-10-01', to: '2026-09-30', maximum: '1536.84', minimum: '307.37', source: BEN1_SOURCE }),
]);

/** Schema of a caller-supplied max/min table (the `maxMinTable` option). */
export const MaxMinTableSchema = /* @__PURE__ */ (() =>
  z.array(
    z.strictObject({
      /** First date of injury of the period (`YYYY-MM-DD`). */
      from: isoDate(),
      /** Last date of injury of the period (`YYYY-MM-DD`, inclusive). */
      to: isoDate(),
      /** The weekly TTD maximum in force for injuries of the period. */
      maximum: money({ nonNegative: true }),
      /** The weekly TTD minimum in force for injuries of the period. */
      minimum: money({ nonNegative: true }),
      /** Where your figures come from (shown in the worksheet). */
      source: z.optional(text()),
    }),
  ))();

/** A caller's max/min table as accepted in options. */
export type MaxMinTableInput = z.input<typeof MaxMinTableSchema>;

/** A resolved max/min period. @internal */
export interface ResolvedMaxMin {
  readonly maximum: string;
  readonly minimum: string;
  readonly source: string;
}

/**
 * The TTD maximum and minimum in force on an injury date: the caller's table first, then the
 * built-in one. A date neither covers is `UNKNOWN_PERIOD`. @internal
 */
export function lookupMaxMin(injuryDate: string, callerTable?: z.output<typeof MaxMinTableSchema>): ResolvedMaxMin {
  const inside = (e: { from: string; to: string }) => compareDates(e.from, injuryDate) <= 0 && compareDates(injuryDate, e.to) <= 0;
  const own = callerTable?.find(inside);
  if (own !== undefined) {
    return { maximum: formatMoney(own.maximum), minimum: formatMoney(own.minimum), source: own.source ?? 'caller-supplied table' };
  }
  const entry = MAX_MIN_TABLE.find(inside);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No built-in TTD maximum/minimum for an injury on ${injuryDate}. Supply the period in \`options.maxMinTable\` ([{ from, to, maximum, minimum }]).`,
      { details: { injuryDate } },
    );
  }
  return entry;
}

/** The TTD duration cap in weeks for an injury date (BEN-1): 104 or 130, or null before 1995-10-01. @internal */
export function ttdMaxWeeks(injuryDate: string): number | null {
  if (compareDates(injuryDate, '1995-10-01') < 0) return null;
  return compareDates(injuryDate, '2008-10-01') < 0 ? 104 : 130;
}
