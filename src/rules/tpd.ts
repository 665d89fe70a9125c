/**
 * Temporary partial disability (TPD) limits (BEN-2), as dated data, and their strict lookup.
 * @module
 */
import { compareDates } from '../core/dates.js';
import { WcraError } from '../core/errors.js';
import type { RuleFigure } from './figures.js';

/** One period of the TPD limit on paid weeks (BEN-2), by date of injury, dates inclusive. */
export interface TpdLimitEntry {
  /** First injury date of the period (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last injury date of the period (`YYYY-MM-DD`), `null` while in force. */
  readonly to: string | null;
  /** The most weeks of TPD that may be paid. */
  readonly maxWeeks: number;
  /** Where the figure comes from. */
  readonly source: string;
}

const BEN2_SOURCE = 'RULES.md BEN-2 (Minn. Stat. § 176.101 subd. 2)';

/**
 * The built-in TPD limits on paid weeks by date of injury (BEN-2): 225 weeks for injuries
 * 1992-10-01–2018-09-30, 275 weeks from 2018-10-01. Earlier injuries are not covered.
 */
export const TPD_LIMITS: ReadonlyArray<TpdLimitEntry> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ from: '1992-10-01', to: '2018-09-30', maxWeeks: 225, source: BEN2_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: '2018-10-01', to: null, maxWeeks: 275, source: BEN2_SOURCE }),
]);

/** TPD is never paid after this many days (450 weeks) after the injury (BEN-2); the value of {@link TPD_MAX_DAYS_AFTER_INJURY_FIGURE}. */
export const TPD_MAX_DAYS_AFTER_INJURY = 3150;

/** The BEN-2 end of TPD as a dated figure: 3,150 days (450 weeks) after the injury, for injuries from 1992-10-01, with its source. */
export const TPD_MAX_DAYS_AFTER_INJURY_FIGURE: RuleFigure<number> = /* @__PURE__ */ Object.freeze({
  value: TPD_MAX_DAYS_AFTER_INJURY,
  rule: 'BEN-2',
  fromYear: 1992,
  toYear: null,
  published: true,
  source: 'RULES.md BEN-2 (Minn. Stat. § 176.101 subd. 2): "450 weeks after the injury, whichever comes first"',
} as const);

/**
 * The TPD limit on paid weeks for an injury date (BEN-2): the caller's figure first, then the
 * built-in table. A date neither covers is `UNKNOWN_PERIOD`. @internal
 */
export function lookupTpdMaxWeeks(injuryDate: string, callerMaxWeeks?: number): { maxWeeks: number; source: string } {
  if (callerMaxWeeks !== undefined) return { maxWeeks: callerMaxWeeks, source: 'caller-supplied limit' };
  const entry = TPD_LIMITS.find((e) => compareDates(e.from, injuryDate) <= 0 && (e.to === null || compareDates(injuryDate, e.to) <= 0));
  if (entry === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No built-in TPD limit on paid weeks for an injury on ${injuryDate} (the library knows injuries from 1992-10-01). Supply it in \`options.maxWeeks\`.`,
      { details: { injuryDate } },
    );
  }
  return entry;
}
