/**
 * Changes in the Minnesota statewide average weekly wage (SAWW) used to escalate benefits
 * (BEN-4), as dated data, and their strict lookup.
 * @module
 */
import * as z from 'zod/mini';
import { compareDates } from '../core/dates.js';
import { WcraError } from '../core/errors.js';
import { formatDecimal } from '../core/money.js';
import { addIssue, decimalLike, duplicateIssues, text, withJsonRules, year } from '../core/schema.js';

/** The SAWW change announced for October 1 of a year (BEN-4). */
export interface SawwChangeEntry {
  /** The year whose October 1 the change is announced for. */
  readonly year: number;
  /** The change as a fraction (`"0.0346"` for 3.46%), before any cap or floor. */
  readonly change: string;
  /** Where the figure comes from. */
  readonly source: string;
}

const BEN4_SOURCE = 'RULES.md BEN-4 (DLI SAWW adjustment notices, Minn. Stat. § 176.645)';

/**
 * The built-in SAWW changes (BEN-4): 2018 3.46%, 2019 3.25%, 2023 3.89%, 2024 2.62%, 2025 3.72%.
 * Other years are not published here: callers supply them.
 */
export const SAWW_CHANGES: ReadonlyArray<SawwChangeEntry> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ year: 2018, change: '0.0346', source: BEN4_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2019, change: '0.0325', source: BEN4_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2023, change: '0.0389', source: BEN4_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2024, change: '0.0262', source: BEN4_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2025, change: '0.0372', source: BEN4_SOURCE }),
]);

/** Schema of a caller-supplied list of SAWW changes (the `sawwChanges` option): years unique. */
export const SawwChangesSchema = /* @__PURE__ */ (() => {
  const change = decimalLike({ max: 1, noun: 'a change in the SAWW' });
  // Its JSON form: above −1 (checked below).
  /* @__PURE__ */ withJsonRules(change, { exclusiveMinimum: -1 });
  return z
    .array(
      z.strictObject({
        /** The year Y whose October 1 SAWW change is given (it applies to anniversaries from Y-10-01 to Y+1-09-30). */
        year: year(),
        /** The announced change, a fraction (`"0.0372"` is 3.72%), before the cap and floor. */
        change,
        /** Where your figure comes from (shown in the worksheet). */
        source: z.optional(text()),
      }),
    )
    .check(
      z.superRefine((rows, ctx) => {
        rows.forEach((r, i) => {
          if (r.change.lessThanOrEqualTo(-1))
            addIssue(ctx, [i, 'change'], 'out_of_range', 'must be a fraction above -1 (a fall of 2% is "-0.02")');
        });
        for (const i of duplicateIssues(rows, '', 'year')) addIssue(ctx, i.path.slice(1), i.code, i.message);
      }),
    );
})();

/** A caller's SAWW changes as accepted in options. */
export type SawwChangesInput = z.input<typeof SawwChangesSchema>;

/**
 * The SAWW change announced for October 1 of `year`: the caller's list first, then the built-in
 * table. A year neither holds is `UNKNOWN_PERIOD`. @internal
 */
export function lookupSawwChange(y: number, callerChanges?: z.output<typeof SawwChangesSchema>): { change: string; source: string } {
  const own = callerChanges?.find((c) => c.year === y);
  if (own !== undefined) return { change: formatDecimal(own.change), source: own.source ?? 'caller-supplied change' };
  const entry = SAWW_CHANGES.find((c) => c.year === y);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No built-in SAWW change for October 1, ${y}. Supply it in \`options.sawwChanges\` ([{ year: ${y}, change }], a fraction such as "0.0346").`,
      { details: { year: y } },
    );
  }
  return entry;
}

/** How benefits for injuries in a period are escalated (BEN-4), by date of injury, dates inclusive. */
export interface EscalationEra {
  /** First injury date of the period (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last injury date of the period (`YYYY-MM-DD`), `null` while in force. */
  readonly to: string | null;
  /** The anniversary of the injury with the first adjustment (then every anniversary); `null`: every October 1 after the injury. */
  readonly firstAnniversary: number | null;
  /** The largest change applied, a fraction. */
  readonly cap: string;
  /** The smallest change applied, a fraction, or `null` when there is none. */
  readonly floor: string | null;
}

/**
 * The escalation rules by date of injury (BEN-4, Minn. Stat. § 176.645): 1975-08-01–1981-09-30
 * each October 1, at most 6%; 1981-10-01–1992-09-30 each anniversary, at most 6%;
 * 1992-10-01–1995-09-30 from the second anniversary, at most 4%; 1995-10-01–2013-09-30 from the
 * fourth, at most 2%; from 2013-10-01 from the third, at most 3% and at least 0%.
 */
export const ESCALATION_ERAS: ReadonlyArray<EscalationEra> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ from: '1975-08-01', to: '1981-09-30', firstAnniversary: null, cap: '0.06', floor: null }),
  /* @__PURE__ */ Object.freeze({ from: '1981-10-01', to: '1992-09-30', firstAnniversary: 1, cap: '0.06', floor: null }),
  /* @__PURE__ */ Object.freeze({ from: '1992-10-01', to: '1995-09-30', firstAnniversary: 2, cap: '0.04', floor: null }),
  /* @__PURE__ */ Object.freeze({ from: '1995-10-01', to: '2013-09-30', firstAnniversary: 4, cap: '0.02', floor: null }),
  /* @__PURE__ */ Object.freeze({ from: '2013-10-01', to: null, firstAnniversary: 3, cap: '0.03', floor: '0' }),
]);

/** The escalation era of an injury date, or `undefined` before 1975-08-01 (BEN-4). @internal */
export function escalationEraOf(injuryDate: string): EscalationEra | undefined {
  return ESCALATION_ERAS.find((e) => compareDates(e.from, injuryDate) <= 0 && (e.to === null || compareDates(injuryDate, e.to) <= 0));
}
