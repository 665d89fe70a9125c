/**
 * The WCRA case-reserve program's escalation rates (BEN-8), as dated data, and their strict
 * lookup.
 * @module
 */
import { compareDates } from '../core/dates.js';
import { WcraError } from '../core/errors.js';

/** What a reserve is for: indemnity (wage-loss) benefits or medical benefits (BEN-8). */
export type CaseReserveKind = 'indemnity' | 'medical';

/** Every case-reserve kind. */
export const CASE_RESERVE_KINDS = /* @__PURE__ */ Object.freeze(['indemnity', 'medical'] as const satisfies ReadonlyArray<CaseReserveKind>);

/** One period of a case-reserve escalation rate, by date of injury (dates inclusive). */
export interface CaseReserveEntry {
  /** Indemnity or medical. */
  readonly kind: CaseReserveKind;
  /** First injury date of the period (`YYYY-MM-DD`; `1900-01-01`, the library's earliest date, for "before …"). */
  readonly from: string;
  /** Last injury date of the period (`YYYY-MM-DD`; `2200-12-31`, the library's last date, for "on or after …"). */
  readonly to: string;
  /** The annual escalation rate, a fraction (`"0.027"` is 2.7%). */
  readonly rate: string;
  /** Where the figure comes from. */
  readonly source: string;
}

const BEN8_SOURCE = 'RULES.md BEN-8 (WCRA case-reserve program escalation rates, read 2026)';

/**
 * The built-in WCRA case-reserve escalation rates (BEN-8), read in 2026. Indemnity, by date of
 * injury: before 1992-10-01 3.9%; 1992-10-01–1995-09-30 3.4%; 1995-10-01–2013-09-30 1.9%; on or
 * after 2013-10-01 2.7%. Medical, every injury date: 4.5%.
 */
export const CASE_RESERVE_TABLE: ReadonlyArray<CaseReserveEntry> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ kind: 'indemnity', from: '1900-01-01', to: '1992-09-30', rate: '0.039', source: BEN8_SOURCE }),
  /* @__PURE__ */ Object.freeze({ kind: 'indemnity', from: '1992-10-01', to: '1995-09-30', rate: '0.034', source: BEN8_SOURCE }),
  /* @__PURE__ */ Object.freeze({ kind: 'indemnity', from: '1995-10-01', to: '2013-09-30', rate: '0.019', source: BEN8_SOURCE }),
  /* @__PURE__ */ Object.freeze({ kind: 'indemnity', from: '2013-10-01', to: '2200-12-31', rate: '0.027', source: BEN8_SOURCE }),
  /* @__PURE__ */ Object.freeze({ kind: 'medical', from: '1900-01-01', to: '2200-12-31', rate: '0.045', source: BEN8_SOURCE }),
]);

/**
 * The case-reserve escalation rate for a kind of benefit and an injury date, from `table`
 * (default the built-in one). A date the table does not cover is `UNKNOWN_PERIOD`, whose message
 * says to pass `escalationRate`. @internal
 */
export function lookupCaseReserveRate(
  injuryDate: string,
  kind: CaseReserveKind,
  table: ReadonlyArray<CaseReserveEntry> = CASE_RESERVE_TABLE,
): CaseReserveEntry {
  const entry = table.find((e) => e.kind === kind && compareDates(e.from, injuryDate) <= 0 && compareDates(injuryDate, e.to) <= 0);
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No WCRA case-reserve escalation rate for ${kind} benefits of an injury on ${injuryDate}. Pass the rate as \`escalationRate\` (a fraction, e.g. "0.027") instead of \`injuryDate\` and \`kind\`.`,
      { details: { injuryDate, kind } },
    );
  }
  return entry;
}
