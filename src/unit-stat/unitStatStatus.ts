import * as z from 'zod/mini';
import { compareDates, daysBetween } from '../core/dates.js';
import { guaranteed, invalidInput, type WcraIssue } from '../core/errors.js';
import { duplicateIssues, type ExplainOption, explainOptionShape, integer, isoDate, withJsonRules } from '../core/schema.js';
import { type Explained, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { DEFAULT_UNIT_STAT_REPORTS, MAX_UNIT_STAT_REPORTS, scheduleCore, type UnitStatReportDates } from './unitStatSchedule.js';

/** Input schema of {@link unitStatStatus}. */
export const UnitStatStatusInputSchema = /* @__PURE__ */ (() => {
  const schema = z.strictObject({
    policyEffectiveDate: isoDate(),
    filed: z.array(z.strictObject({ report: integer(1, MAX_UNIT_STAT_REPORTS, 'a report number'), filedOn: isoDate() })),
    asOf: isoDate(),
    reports: z.optional(integer(1, MAX_UNIT_STAT_REPORTS, 'a number of reports')),
  });
  // Its JSON form (checked by filedIssues): each filed report number is at most `reports`, one
  // bound per possible count (JSON Schema compares a field with constants only).
  /* @__PURE__ */ withJsonRules(schema, {
    allOf: Array.from({ length: MAX_UNIT_STAT_REPORTS - 1 }, (_, i) => ({
      anyOf: [
        { properties: { reports: { minimum: i + 2 } } },
        { properties: { filed: { items: { properties: { report: { maximum: i + 1 } } } } } },
      ],
    })),
  });
  return schema;
})();

/** Input of {@link unitStatStatus}. */
export interface UnitStatStatusInput {
  /** The policy's effective date, `YYYY-MM-DD` (the schedule of {@link unitStatSchedule}, USR-2). */
  readonly policyEffectiveDate: string;
  /** The reports filed so far, each report number once. */
  readonly filed: ReadonlyArray<{
    /** The report number, 1 to `reports`. */
    readonly report: number;
    /** The day it was filed, `YYYY-MM-DD`. */
    readonly filedOn: string;
  }>;
  /** The day the status is taken on, `YYYY-MM-DD` (filings dated after it are ignored). */
  readonly asOf: string;
  /** How many reports the schedule has, 1–10 (default 10). */
  readonly reports?: number;
}

/** Options schema of {@link unitStatStatus}. */
export const UnitStatStatusOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link unitStatStatus}. */
export interface UnitStatStatusOptions extends ExplainOption {}

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
export interface UnitStatStatusResult extends Explained {
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
 * @param options - `{ explain? }`.
 * @returns `{ expected, overdue, filedLate }` (and `steps` with `explain`).
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
export function unitStatStatus(input: UnitStatStatusInput, options?: UnitStatStatusOptions): UnitStatStatusResult {
  return unitStatStatusDefinition.run(input, options);
}

/** The issues of filed reports outside the schedule or filed twice. */
function filedIssues(filed: ReadonlyArray<{ report: number; filedOn: string }>, count: number): WcraIssue[] {
  const issues: WcraIssue[] = filed.flatMap((f, i) =>
    f.report > count
      ? [{ path: ['filed', i, 'report'], code: 'out_of_range' as const, message: `report ${f.report} is not among the ${count} scheduled` }]
      : [],
  );
  // A loop, not push(...list): the list is input-sized and spreading it into a call overflows the stack (issue 14 item 9).
  for (const d of duplicateIssues(filed, 'filed', 'report')) issues.push(d);
  return issues;
}

/** The status of one scheduled report as of a date, with its explain step. */
function reportStatus(
  r: UnitStatReportDates,
  on: string | undefined,
  asOf: string,
): { kind: 'filed' | 'late' | 'overdue' | 'expected' | 'future'; days: number; step: TraceStep } {
  const window = [
    textValue('Filing window', `${r.filingStart} to ${r.filingEnd}`, 'date'),
    textValue('Filed on', on ?? 'not filed', on === undefined ? 'text' : 'date'),
  ];
  const dated = (
    rule: 'USR-2' | 'GEN-4',
    description: string,
    kind: 'filed' | 'late' | 'overdue' | 'expected' | 'future',
    days: number,
  ) => ({
    kind,
    days,
    step: step(
      rule,
      `Report ${r.report}: ${description}`,
      [...window, textValue('As of', asOf, 'date')],
      textValue(`Report ${r.report}`, days > 0 ? `${kind}, ${days} days` : kind),
    ),
  });
  if (on !== undefined && compareDates(on, asOf) <= 0) {
    // RULES: GEN-4 — filed on the window's last day is on time; the day after is 1 day late.
    if (compareDates(on, r.filingEnd) > 0)
      return dated(
        'GEN-4',
        'filed after the window closed; days late = calendar days from its last day to filing',
        'late',
        daysBetween(r.filingEnd, on),
      );
    return dated('USR-2', 'filed by the last day of its window', 'filed', 0);
  }
  if (compareDates(asOf, r.filingEnd) > 0) {
    // RULES: USR-2, GEN-4
    return dated(
      'GEN-4',
      'not filed and its window has closed; days overdue = calendar days from its last day',
      'overdue',
      daysBetween(r.filingEnd, asOf),
    );
  }
  if (compareDates(r.filingStart, asOf) <= 0) return dated('USR-2', 'its filing window is open and it is not filed', 'expected', 0); // RULES: USR-2
  return dated('USR-2', 'its filing window has not opened', 'future', 0);
}

/** The definition of {@link unitStatStatus}: name, rules, schemas, example. */
export const unitStatStatusDefinition = /* @__PURE__ */ defineCalculator({
  name: 'unitStatStatus',
  feature: 'unit-stat',
  summary: 'Expected, overdue and late-filed unit statistical reports of a policy as of a date',
  rules: ['USR-2', 'GEN-4'],
  uncitedRules: {},
  input: UnitStatStatusInputSchema,
  options: UnitStatStatusOptionsSchema,
  example: { policyEffectiveDate: '2023-01-10', filed: [{ report: 1, filedOn: '2024-10-02' }], asOf: '2025-07-15', reports: 3 },
  explains: true,
  compute: (v, opts): UnitStatStatusResult => {
    const count = v.reports ?? DEFAULT_UNIT_STAT_REPORTS;
    const issues = filedIssues(v.filed, count);
    if (issues.length > 0) throw invalidInput(issues);
    const filedOn = new Map(v.filed.map((f) => [f.report, f.filedOn]));
    const expected: UnitStatReportDates[] = [];
    const overdue: OverdueUnitStatReport[] = [];
    const filedLate: LateUnitStatReport[] = [];
    const steps: TraceStep[] = [];
    for (const r of scheduleCore(v.policyEffectiveDate, count)) {
      const on = filedOn.get(r.report);
      const s = reportStatus(r, on, v.asOf);
      steps.push(s.step);
      if (s.kind === 'late') filedLate.push({ ...r, filedOn: guaranteed(on, 'filedOn of a late report'), daysLate: s.days });
      else if (s.kind === 'overdue') overdue.push({ ...r, daysOverdue: s.days });
      else if (s.kind === 'expected') expected.push(r);
    }
    return withSteps({ expected, overdue, filedLate }, opts.explain, () => steps);
  },
});
