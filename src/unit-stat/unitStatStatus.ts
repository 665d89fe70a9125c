import * as z from 'zod/mini';
import { compareDates, daysBetween } from '../core/dates.js';
import { invalidInput, type WcraIssue } from '../core/errors.js';
import { duplicateIssues, integer, isoDate, parseWith } from '../core/schema.js';
import { DEFAULT_UNIT_STAT_REPORTS, MAX_UNIT_STAT_REPORTS, scheduleCore, type UnitStatReportDates } from './unitStatSchedule.js';

/** Input schema of {@link unitStatStatus}. */
export const UnitStatStatusInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    policyEffectiveDate: isoDate(),
    filed: z.array(z.strictObject({ report: integer(1, MAX_UNIT_STAT_REPORTS, 'a report number'), filedOn: isoDate() })),
    asOf: isoDate(),
    reports: z.optional(integer(1, MAX_UNIT_STAT_REPORTS, 'a number of reports')),
  }))();

/** Input of {@link unitStatStatus}. */
export type UnitStatStatusInput = z.input<typeof UnitStatStatusInputSchema>;

/** A report not filed by `asOf` whose filing window has closed. */
export interface OverdueUnitStatReport extends UnitStatReportDates {
  /** Calendar days from the window's last day to `asOf` (1 the day after, GEN-4). */
  readonly daysOverdue: number;
}

/** A report filed after its filing window closed. */
export interface LateUnitStatReport extends UnitStatReportDates {
  /** The day the report was filed. */
  readonly filedOn: string;
  /** Calendar days from the window's last day to the filing day (1 the day after, GEN-4). */
  readonly daysLate: number;
}

/** Result of {@link unitStatStatus}: three lists, each in report order. */
export interface UnitStatStatusResult {
  /** Reports whose window is open on `asOf` (filingStart ≤ asOf ≤ filingEnd) and not filed by then. */
  readonly expected: ReadonlyArray<UnitStatReportDates>;
  /** Reports whose window closed before `asOf` (filingEnd < asOf) and not filed by then. */
  readonly overdue: ReadonlyArray<OverdueUnitStatReport>;
  /** Reports filed on or before `asOf` but after their window's last day. */
  readonly filedLate: ReadonlyArray<LateUnitStatReport>;
}

/**
 * The expected, overdue and late-filed unit statistical reports of one policy as of a date: the
 * Manage USR "Expected" and "Overdue" lists for that policy (USR-2, GEN-4).
 *
 * The schedule is {@link unitStatSchedule}'s (first report valued at 18 months, filed in the 18th
 * through 20th month after the effective month, then every 12 months). Windows include both
 * their first and last day. As of `asOf`, a report is:
 * - **expected** when its window is open (filingStart ≤ asOf ≤ filingEnd) and it has not been
 *   filed on or before `asOf`;
 * - **overdue** when its window closed before `asOf` (filingEnd < asOf) and it has not been filed
 *   on or before `asOf`; `daysOverdue` = calendar days from filingEnd to asOf. A report is never
 *   both expected and overdue: expected ∪ overdue are all outstanding reports;
 * - **filedLate** when it was filed on or before `asOf` on a day after filingEnd; `daysLate` =
 *   calendar days from filingEnd to filedOn. A report filed on the last day of its window is on
 *   time (0 days late, GEN-4).
 * Reports whose window opens after `asOf` are in no list.
 *
 * Convention: the status is a view as of `asOf`: a filing dated after `asOf` is ignored (the
 * report counts as not yet filed), so the same filing record gives the status on any past date.
 * Convention: a report filed before its window opens counts as filed, not late.
 * Convention: `reports` defaults to 10, as in {@link unitStatSchedule}.
 *
 * @param input - `{ policyEffectiveDate, filed: { report, filedOn }[], asOf, reports? }`.
 * @returns `{ expected, overdue, filedLate }`.
 * @throws {@link WcraError} `INVALID_INPUT` for malformed dates, a filed report number that is not
 *   in the schedule (above `reports`), or a report number filed more than once.
 *
 * @example
 * ```ts
 * import { unitStatStatus } from 'wcra-calc';
 * const status = unitStatStatus({ policyEffectiveDate: '2023-01-10', filed: [], asOf: '2025-01-15', reports: 3 });
 * status.overdue //=> [{ report: 1, valuationDate: '2024-07-10', filingStart: '2024-07-01', filingEnd: '2024-09-30', daysOverdue: 107 }]
 * status.expected //=> []
 * const late = unitStatStatus({ policyEffectiveDate: '2023-01-10', filed: [{ report: 1, filedOn: '2024-10-02' }], asOf: '2025-07-15', reports: 3 });
 * late.filedLate.map((r) => [r.report, r.daysLate]) //=> [[1, 2]]
 * late.expected.map((r) => r.report) //=> [2]
 * ```
 */
export function unitStatStatus(input: UnitStatStatusInput): UnitStatStatusResult {
  const v = parseWith(UnitStatStatusInputSchema, input);
  const count = v.reports ?? DEFAULT_UNIT_STAT_REPORTS;
  const issues: WcraIssue[] = v.filed.flatMap((f, i) =>
    f.report > count
      ? [{ path: ['filed', i, 'report'], code: 'out_of_range' as const, message: `report ${f.report} is not among the ${count} scheduled` }]
      : [],
  );
  issues.push(...duplicateIssues(v.filed, 'filed', 'report'));
  if (issues.length > 0) throw invalidInput(issues);
  const filedOn = new Map(v.filed.map((f) => [f.report, f.filedOn]));

  const expected: UnitStatReportDates[] = [];
  const overdue: OverdueUnitStatReport[] = [];
  const filedLate: LateUnitStatReport[] = [];
  for (const r of scheduleCore(v.policyEffectiveDate, count)) {
    const on = filedOn.get(r.report);
    const filedByAsOf = on !== undefined && compareDates(on, v.asOf) <= 0;
    if (filedByAsOf) {
      // RULES: GEN-4 — filed on the window's last day is on time; the day after is 1 day late.
      if (compareDates(on, r.filingEnd) > 0) filedLate.push({ ...r, filedOn: on, daysLate: daysBetween(r.filingEnd, on) });
    } else if (compareDates(v.asOf, r.filingEnd) > 0) {
      overdue.push({ ...r, daysOverdue: daysBetween(r.filingEnd, v.asOf) }); // RULES: USR-2, GEN-4
    } else if (compareDates(r.filingStart, v.asOf) <= 0) {
      expected.push(r); // RULES: USR-2
    }
  }
  return { expected, overdue, filedLate };
}
