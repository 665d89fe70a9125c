/**
 * Interest rates on late benefits (BEN-11), as dated data, and their strict lookup. DLI's rate
 * table is not in the library's sources, so the built-in table is empty: callers give the rate
 * or their own dated table.
 * @module
 */
import * as z from 'zod/mini';
import { compareDates } from '../core/dates.js';
import { WcraError } from '../core/errors.js';
import { formatDecimal } from '../core/money.js';
import { addIssue, isoDate, rate, text } from '../core/schema.js';

/** One period of the annual interest rate on late benefits, by due date (dates inclusive). */
export interface LateInterestRateEntry {
  /** First due date of the period (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last due date of the period (`YYYY-MM-DD`). */
  readonly to: string;
  /** The annual simple interest rate, a fraction (`"0.04"` is 4%). */
  readonly rate: string;
  /** Where the figure comes from. */
  readonly source: string;
}

/**
 * The built-in interest rates on late benefits (BEN-11): none. The statutory rate of Minn. Stat.
 * § 176.221 subd. 7 and DLI's table of it are not in the library's sources, and the library
 * publishes no figure it cannot source. Supply the rate (`rate`) or a dated table
 * (`options.rateTable` of `lateBenefitInterest`).
 */
export const LATE_INTEREST_RATE_TABLE: ReadonlyArray<LateInterestRateEntry> = /* @__PURE__ */ Object.freeze([]);

/** Schema of a caller-supplied table of interest rates on late benefits (the `rateTable` option). */
export const LateInterestRateTableSchema = /* @__PURE__ */ (() =>
  z.array(
    z
      .strictObject({
        /** First due date of the period (`YYYY-MM-DD`). */
        from: isoDate(),
        /** Last due date of the period (`YYYY-MM-DD`, inclusive). */
        to: isoDate(),
        /** The yearly interest rate for payments due in the period, a fraction (`"0.04"` is 4%). */
        rate: rate('an interest rate'),
        /** Where your figure comes from (shown in the worksheet). */
        source: z.optional(text()),
      })
      .check(
        z.superRefine((e, ctx) => {
          if (compareDates(e.to, e.from) < 0) addIssue(ctx, ['to'], 'inconsistent', 'must not be before from');
        }),
      ),
  ))();

/** A caller's table of interest rates on late benefits, as accepted in options. */
export type LateInterestRateTableInput = z.input<typeof LateInterestRateTableSchema>;

/** A resolved interest rate on late benefits. @internal */
export interface ResolvedLateInterestRate {
  readonly rate: string;
  readonly source: string;
}

/**
 * The interest rate in force on a due date (BEN-11): the caller's table first, then the built-in
 * one. A date neither covers is `UNKNOWN_PERIOD`, whose message says how to pass the rate. @internal
 */
export function lookupLateInterestRate(
  dueDate: string,
  callerTable?: z.output<typeof LateInterestRateTableSchema>,
): ResolvedLateInterestRate {
  const inside = (e: { from: string; to: string }) => compareDates(e.from, dueDate) <= 0 && compareDates(dueDate, e.to) <= 0;
  const own = callerTable?.find(inside);
  if (own !== undefined) return { rate: formatDecimal(own.rate), source: own.source ?? 'caller-supplied rate table' };
  const entry = LATE_INTEREST_RATE_TABLE.find(inside);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No interest rate on late benefits for a payment due on ${dueDate}: DLI's rate table is not built in. Pass the annual rate as \`rate\` (a fraction, e.g. "0.04") or a dated table in \`options.rateTable\` ([{ from, to, rate }]).`,
      { details: { dueDate } },
    );
  }
  return entry;
}
