import * as z from 'zod/mini';
import { addMonths, endOfMonth, startOfMonth } from '../core/dates.js';
import { type ExplainOption, explainOptionShape, integer, isoDate } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { UNIT_STAT_REPORTS_FIGURE, UNIT_STAT_SCHEDULE } from '../rules/unitStat.js';

/** Default number of unit statistical reports scheduled per policy: 10 (Convention, USR-2, {@link UNIT_STAT_REPORTS_FIGURE}). */
export const DEFAULT_UNIT_STAT_REPORTS: number = /* @__PURE__ */ (() => UNIT_STAT_REPORTS_FIGURE.value)();
/** Largest number of reports a schedule may list (WCSTAT-style plans use up to ten, USR-2, {@link UNIT_STAT_REPORTS_FIGURE}). */
export const MAX_UNIT_STAT_REPORTS: number = /* @__PURE__ */ (() => UNIT_STAT_REPORTS_FIGURE.value)();

/** Input schema of {@link unitStatSchedule}. */
export const UnitStatScheduleInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    policyEffectiveDate: isoDate(),
    reports: z.optional(integer(1, MAX_UNIT_STAT_REPORTS, 'a number of reports')),
  }))();

/** Input of {@link unitStatSchedule}. */
export interface UnitStatScheduleInput {
  /** The policy's effective date, `YYYY-MM-DD` (report 1 is valued 18 months later, USR-2). */
  readonly policyEffectiveDate: string;
  /** How many reports to list, 1–10 (default 10, the number WCSTAT-style plans use). */
  readonly reports?: number;
}

/** Options schema of {@link unitStatSchedule}. */
export const UnitStatScheduleOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link unitStatSchedule}. */
export interface UnitStatScheduleOptions extends ExplainOption {}

/** One scheduled unit statistical report: its valuation date and filing window (inclusive). */
export interface UnitStatReportDates {
  /** Report number: 1 for the first report (18 months), 2 for the next (30 months), … */
  readonly report: number;
  /** Date as of which premium and losses are valued. */
  readonly valuationDate: string;
  /** First day on which the report may be filed. */
  readonly filingStart: string;
  /** Last day on which the report is filed on time. */
  readonly filingEnd: string;
}

/** Result of {@link unitStatSchedule}. */
export interface UnitStatScheduleResult extends Explained {
  /** The reports in order, report 1 first. */
  readonly reports: ReadonlyArray<UnitStatReportDates>;
}

/**
 * Dates of report `report` (1-based) of a policy (unchecked core; the date must be valid).
 * @internal
 */
export function reportDatesCore(policyEffectiveDate: string, report: number): UnitStatReportDates {
  const later = UNIT_STAT_SCHEDULE.valuationIntervalMonths * (report - 1);
  // RULES: USR-2 — valued 18 months after the effective date (+12 per later report), clamped to month end.
  const valuationDate = addMonths(policyEffectiveDate, UNIT_STAT_SCHEDULE.firstValuationMonths + later);
  // RULES: USR-2 — filed from the 18th through the 20th month after the effective month.
  const effectiveMonth = startOfMonth(policyEffectiveDate);
  const filingStart = addMonths(effectiveMonth, UNIT_STAT_SCHEDULE.firstValuationMonths + later);
  const filingEnd = endOfMonth(addMonths(effectiveMonth, UNIT_STAT_SCHEDULE.firstWindowEndMonths + later));
  return { report, valuationDate, filingStart, filingEnd };
}

/** The whole schedule (unchecked core). @internal */
export function scheduleCore(policyEffectiveDate: string, reports: number): UnitStatReportDates[] {
  const out: UnitStatReportDates[] = [];
  for (let k = 1; k <= reports; k++) out.push(reportDatesCore(policyEffectiveDate, k));
  return out;
}

/**
 * The MWCIA unit statistical reporting schedule of one policy: for each report, the valuation
 * date and the filing window (USR-2).
 *
 * - Report 1 is valued 18 calendar months after the policy effective date; when that month is
 *   shorter, the date is clamped to its last day (effective 2023-08-31 → valued 2025-02-28).
 * - "The Nth month after the effective month" is the calendar month N months after the month
 *   that contains the effective date, the effective month itself being month 0: for a policy
 *   effective 2024-03-15 (March 2024), the 18th month is September 2025 and the 20th is
 *   November 2025. Report 1 is filed from the first day of the 18th month to the last day of
 *   the 20th month: 2025-09-01 … 2025-11-30, both days inclusive. The valuation date always
 *   falls in the first month of its window.
 * - Report k is valued and filed 12 × (k − 1) months after report 1.
 *
 * Convention: every date is computed from the policy effective date (effective date + 18 +
 * 12 × (k − 1) months), never from the previous report, so valuation dates are exactly 12
 * calendar months apart and a policy effective on the 29th–31st is valued on February 29 in
 * leap years and February 28 otherwise.
 * Convention: `reports` (how many reports to list) defaults to 10, the number WCSTAT-style
 * statistical plans use; the Minnesota sources do not state it. It may be 1–10.
 *
 * @param input - `{ policyEffectiveDate, reports? }`.
 * @param options - `{ explain? }`.
 * @returns `{ reports: { report, valuationDate, filingStart, filingEnd }[] }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a malformed date (e.g. `'2019-02-30'`) or a
 *   `reports` count outside 1–10.
 *
 * @example
 * ```ts
 * import { unitStatSchedule } from 'wcra-calc';
 * const schedule = unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: 2 });
 * schedule.reports[0] //=> { report: 1, valuationDate: '2025-09-15', filingStart: '2025-09-01', filingEnd: '2025-11-30' }
 * schedule.reports[1] //=> { report: 2, valuationDate: '2026-09-15', filingStart: '2026-09-01', filingEnd: '2026-11-30' }
 * unitStatSchedule({ policyEffectiveDate: '2023-08-31', reports: 1 }).reports[0]?.valuationDate //=> '2025-02-28'
 * ```
 */
export function unitStatSchedule(input: UnitStatScheduleInput, options?: UnitStatScheduleOptions): UnitStatScheduleResult {
  return unitStatScheduleDefinition.run(input, options);
}

/** The definition of {@link unitStatSchedule}: name, rules, schemas, example. */
export const unitStatScheduleDefinition = /* @__PURE__ */ defineCalculator({
  name: 'unitStatSchedule',
  feature: 'unit-stat',
  summary: 'Valuation dates and filing windows of the unit statistical reports of a policy',
  rules: ['USR-2'],
  uncitedRules: {},
  input: UnitStatScheduleInputSchema,
  options: UnitStatScheduleOptionsSchema,
  example: { policyEffectiveDate: '2024-03-15', reports: 3 },
  explains: true,
  compute: (v, opts): UnitStatScheduleResult => {
    const reports = scheduleCore(v.policyEffectiveDate, v.reports ?? DEFAULT_UNIT_STAT_REPORTS);
    return withSteps({ reports }, opts.explain, () =>
      reports.map((r) => {
        const months = UNIT_STAT_SCHEDULE.firstValuationMonths + UNIT_STAT_SCHEDULE.valuationIntervalMonths * (r.report - 1);
        return step(
          'USR-2',
          `Report ${r.report}: valued ${months} months after the effective date, filed in months ${months} to ${months + UNIT_STAT_SCHEDULE.firstWindowEndMonths - UNIT_STAT_SCHEDULE.firstValuationMonths} after the effective month`,
          [textValue('Policy effective date', v.policyEffectiveDate, 'date'), textValue('Valuation date', r.valuationDate, 'date')],
          textValue(`Report ${r.report} filing window`, `${r.filingStart} to ${r.filingEnd}`, 'date'),
        );
      }),
    );
  },
});
