import * as z from 'zod/mini';
import { calendarDaysLate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { guaranteed, invalidInput } from '../core/errors.js';
import { formatDecimal, formatMoney, inMoneyRange, MAX_MONEY, type Money, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  id,
  isoDate,
  money,
  nonEmptyList,
  type RoundingOption,
  roundingOptionShape,
  withJsonRules,
} from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { SELF_INSURER_FIGURES } from '../rules/selfInsurers.js';
import { step } from '../rules/step.js';

/**
 * The fine per calendar day for each report past due: $100 (SI-1). The figure of
 * `SELF_INSURER_FIGURES.lateReportFinePerDay` in `src/rules/selfInsurers.ts` (source and years there).
 */
export const LATE_REPORT_FINE_PER_DAY: string = /* @__PURE__ */ (() => SELF_INSURER_FIGURES.lateReportFinePerDay.value)();

/** Schema of one payroll report of {@link lateReportFine}. */
export const LateReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    reportId: z.optional(id('a report ID')),
    dueDate: isoDate(),
    receivedOn: z.optional(isoDate()),
  }))();

/** Input schema of {@link lateReportFine}. */
export const LateReportFineInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      reports: nonEmptyList(LateReportSchema, 'report'),
      asOf: z.optional(isoDate()),
      finePerDay: z.optional(money({ nonNegative: true })),
    })
    .check(
      z.superRefine((v, ctx) => {
        v.reports.forEach((r, i) => {
          if (r.receivedOn === undefined && v.asOf === undefined)
            addIssue(ctx, ['reports', i, 'receivedOn'], 'required', 'is required unless asOf is given (a missing report counts to asOf)');
          if (r.receivedOn !== undefined && v.asOf !== undefined && r.receivedOn > v.asOf)
            addIssue(
              ctx,
              ['reports', i, 'receivedOn'],
              'inconsistent',
              `cannot be after asOf (${v.asOf}), the date the fine is computed on`,
            );
        });
        const withIds = v.reports.map((r, i) => ({ reportId: r.reportId ?? `\u0000${i}` }));
        for (const i of duplicateIssues(withIds, 'reports', 'reportId', 'report')) addIssue(ctx, i.path, i.code, i.message);
      }),
    );
  // Its JSON form: a report without receivedOn needs asOf (receivedOn ≤ asOf compares two fields: checked by the library only).
  /* @__PURE__ */ withJsonRules(schema, {
    anyOf: [{ required: ['asOf'] }, { properties: { reports: { items: { required: ['receivedOn'] } } } }],
  });
  return schema;
})();

/** One payroll report: when it was due and when it came in. */
export interface LateReport {
  /** Your identifier for the report (echoed in the result), unique in the list; optional. */
  readonly reportId?: string;
  /** The date the payroll report was due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The date it was received, `YYYY-MM-DD`; omit when it is still missing (counted to `asOf`). */
  readonly receivedOn?: string;
}

/** Input of {@link lateReportFine}. */
export interface LateReportFineInput {
  /** The payroll reports to fine, at least one; each counts on its own (SI-1: "for each report past due"). */
  readonly reports: ReadonlyArray<LateReport>;
  /** The date the fine is computed on, `YYYY-MM-DD` (required when a report has no `receivedOn`). */
  readonly asOf?: string;
  /** The fine per calendar day per report, a non-negative amount (default $100, SI-1). */
  readonly finePerDay?: MoneyLike;
}

/** Options schema of {@link lateReportFine}. */
export const LateReportFineOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape, ...roundingOptionShape }))();

/** Options of {@link lateReportFine}. */
export interface LateReportFineOptions extends ExplainOption, RoundingOption {}

/** One report's days late and fine. */
export interface LateReportFineRow {
  /** The report's `reportId`, when given. */
  readonly reportId?: string;
  /** The date the report was due (echoed). */
  readonly dueDate: string;
  /** The date the days are counted to: `receivedOn`, or `asOf` for a report still missing. */
  readonly countedTo: string;
  /** True when the report has no `receivedOn` (still missing, counted to `asOf`). */
  readonly missing: boolean;
  /** Calendar days past the due date (0 when received on or before it, GEN-4). */
  readonly daysLate: number;
  /** finePerDay × daysLate, rounded to the cent (a payable amount, GEN-1). */
  readonly fine: Money;
}

/** Result of {@link lateReportFine}. */
export interface LateReportFineResult extends Explained {
  /** One row per report, in input order. */
  readonly reports: ReadonlyArray<LateReportFineRow>;
  /** The days late of all reports added up (report-days). */
  readonly totalDaysLate: number;
  /** The fines of all reports added up (each already to the cent, so the rows add up to it). */
  readonly totalFine: Money;
  /** True when any report is late: late reporting is reported to the Department of Commerce (SI-1). */
  readonly notifyCommerce: boolean;
}

/** Days late and fine of one report from exact inputs (unchecked core). @internal */
export function lateReportFineCore(dueDate: string, countedTo: string, finePerDay: Dec, mode: RoundingMode = 'halfExpand') {
  const daysLate = calendarDaysLate(dueDate, countedTo); // RULES: GEN-4
  const fine = roundMoney(finePerDay.times(daysLate), mode); // RULES: SI-1, GEN-1
  return { daysLate, fine };
}

/** The explain steps of one report. @internal */
function reportSteps(row: LateReportFineRow, index: number, perDay: string): TraceStep[] {
  const name = row.reportId === undefined ? `Report ${index + 1}` : `Report ${row.reportId}`;
  return [
    step(
      'GEN-4',
      row.missing
        ? `${name}: days late = calendar days from due date to as-of date (report missing)`
        : `${name}: days late = calendar days from due date to receipt (0 if on time)`,
      [textValue('Due date', row.dueDate, 'date'), textValue(row.missing ? 'Still missing as of' : 'Received on', row.countedTo, 'date')],
      textValue('Calendar days late', String(row.daysLate), 'number'),
    ),
    step(
      'SI-1',
      `${name}: fine = fine per day x days late, rounded to cents`,
      [moneyValue('Fine per calendar day', perDay), textValue('Days late', `x ${row.daysLate}`, 'number')],
      moneyValue('Fine', row.fine),
    ),
  ];
}

/**
 * The fines for a self-insurer's prior-year payroll reports filed late (SI-1, GEN-4): per
 * report the days late and the fine, and the totals.
 *
 * For each report: fine = finePerDay ($100 by default) × calendar days late, rounded to the cent
 * once (GEN-1, `options.rounding`, default half-up; a whole-cent `finePerDay` needs no
 * rounding). Days late are calendar days from `dueDate` to `receivedOn` (GEN-4: received on the
 * due date is 0 days late, the day after is 1); early reports are 0 days late. The total fine is
 * the sum of the report fines, so the rows add up to it exactly.
 *
 * Conventions: a report still missing (no `receivedOn`) is counted to `asOf` (the date you
 * compute the fine on, e.g. today), which is then required; a `receivedOn` may not be after
 * `asOf`. `notifyCommerce` is true whenever a report is late: the WCRA reports late reporting to
 * the Department of Commerce.
 *
 * @param input - `{ reports: { reportId?, dueDate, receivedOn? }[], asOf?, finePerDay? }`.
 * @param options - `{ explain?, rounding? }`.
 * @returns `{ reports: { reportId?, dueDate, countedTo, missing, daysLate, fine }[], totalDaysLate,
 *   totalFine, notifyCommerce }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad dates (`not_a_date`), an empty list
 *   (`empty_list`), a report with no `receivedOn` and no `asOf` (`required` at
 *   `['reports', i, 'receivedOn']`), `receivedOn` after `asOf` (`inconsistent`), a `reportId`
 *   listed twice (`duplicate`), a negative `finePerDay`, or a fine above the largest amount the
 *   library handles (`out_of_range` at `['finePerDay']`).
 *
 * @example
 * ```ts
 * import { lateReportFine } from 'wcra-calc';
 * const r = lateReportFine({
 *   reports: [
 *     { reportId: 'payroll-2024', dueDate: '2025-03-01', receivedOn: '2025-03-11' },
 *     { reportId: 'payroll-2023', dueDate: '2024-03-01', receivedOn: '2024-03-01' },
 *   ],
 * });
 * r.reports.map((x) => [x.reportId, x.daysLate, x.fine]) //=> [['payroll-2024', 10, '1000.00'], ['payroll-2023', 0, '0.00']]
 * [r.totalDaysLate, r.totalFine, r.notifyCommerce] //=> [10, '1000.00', true]
 * lateReportFine({ reports: [{ dueDate: '2025-03-01' }, { dueDate: '2025-03-01' }], asOf: '2025-03-04' }).totalFine //=> '600.00'
 * ```
 */
export function lateReportFine(input: LateReportFineInput, options?: LateReportFineOptions): LateReportFineResult {
  return lateReportFineDefinition.run(input, options);
}

/** Refuses a fine outside the money range (SI-1). @internal */
function checkFineRange(fine: Dec): void {
  if (!inMoneyRange(fine)) {
    throw invalidInput([
      { path: ['finePerDay'], code: 'out_of_range', message: `gives a fine above the largest amount handled (${MAX_MONEY})` },
    ]);
  }
}

/** The definition of {@link lateReportFine}: name, rules, schemas, example. */
export const lateReportFineDefinition = /* @__PURE__ */ defineCalculator({
  name: 'lateReportFine',
  feature: 'self-insurers',
  summary: 'Fines per calendar day for each payroll report past due (SI-1), per report and in total, and whether Commerce is told',
  rules: ['SI-1', 'GEN-4'],
  uncitedRules: {},
  input: LateReportFineInputSchema,
  options: LateReportFineOptionsSchema,
  example: {
    reports: [
      { reportId: 'payroll-2024', dueDate: '2025-03-01', receivedOn: '2025-03-11' },
      { reportId: 'payroll-2023', dueDate: '2024-03-01', receivedOn: '2024-03-01' },
    ],
  },
  explains: true,
  compute: (v, opts): LateReportFineResult => {
    const perDay = toDecimal(v.finePerDay ?? LATE_REPORT_FINE_PER_DAY);
    let total = toDecimal(0);
    let totalDaysLate = 0;
    const rows = v.reports.map((r): LateReportFineRow => {
      const countedTo = r.receivedOn ?? guaranteed(v.asOf, 'asOf');
      const { daysLate, fine } = lateReportFineCore(r.dueDate, countedTo, perDay, opts.rounding);
      checkFineRange(fine);
      total = total.plus(fine);
      totalDaysLate += daysLate;
      const row = { dueDate: r.dueDate, countedTo, missing: r.receivedOn === undefined, daysLate, fine: formatMoney(fine) };
      return r.reportId === undefined ? row : { reportId: r.reportId, ...row };
    });
    checkFineRange(total);
    const result: LateReportFineResult = { reports: rows, totalDaysLate, totalFine: formatMoney(total), notifyCommerce: totalDaysLate > 0 };
    const perDayText = perDay.decimalPlaces() > 2 ? formatDecimal(perDay) : formatMoney(perDay);
    return withSteps(result, opts.explain, () => [
      ...rows.flatMap((row, i) => reportSteps(row, i, perDayText)),
      step(
        'SI-1',
        'Total fine = the fines of all reports past due added up',
        rows.map((row, i) =>
          moneyValue(row.reportId === undefined ? `Report ${i + 1}` : `Report ${row.reportId}`, row.fine, i === 0 ? undefined : '+'),
        ),
        moneyValue('Total fine', result.totalFine),
      ),
    ]);
  },
});
