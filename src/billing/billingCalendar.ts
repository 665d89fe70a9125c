import * as z from 'zod/mini';
import { endOfMonth, type IsoDate, makeDate } from '../core/dates.js';
import { guaranteed } from '../core/errors.js';
import { type ExplainOption, explainOptionShape, integer, oneOf } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { ADJUSTMENT_DUE_DATE, BILLING_CALENDAR_MONTHS as MONTHS } from '../rules/billing.js';
import { defineCalculator } from '../rules/define.js';
import { type CoverageYearMonths, coverageYearDate } from '../rules/figures.js';
import type { RuleId } from '../rules/ids.js';
import { RETENTION_ELECTION_DEADLINE } from '../rules/retentions.js';
import { step } from '../rules/step.js';
import { DEFAULT_INVOICE_LEAD_DAYS, installmentCore, PAYMENT_PLANS, type PaymentPlan } from './installmentSchedule.js';

/**
 * Every event name {@link billingCalendar} can return, in their usual order. These strings are
 * stable: they are never renamed without a major version.
 *
 * - `retention-election-deadline`: December 1 of Y − 1, last day to send a retention change
 *   form for year Y (RET-5).
 * - `estimate-billed`: December of Y − 1 (a window), the estimated premium for Y is billed, from
 *   the member's actual exposure for Y − 2 (`exposureYear`) (BIL-1, PRM-4).
 * - `installment-1-invoice` … `installment-4-invoice`: the invoice e-mailed about 20 days before
 *   each due date (BIL-3). Only `installment-1-…` for the annual plan.
 * - `installment-1-due` … `installment-4-due`: February 1, April 1, July 1, October 1 of Y;
 *   installment 1 is also the due date of the full premium on the annual plan (BIL-2).
 * - `adjustment-computation`: May 1 – July 31 of Y + 1, the annual adjustment is computed from
 *   actual exposure (BIL-6, PRM-7).
 * - `adjustment-billed`: August of Y + 1 (BIL-6).
 * - `september-statement`: September of Y + 1, the premium notice showing the adjustment
 *   (BIL-6, PRM-8).
 * - `adjustment-due`: October 1 of Y + 1, additional premium due (BIL-6, PRM-8).
 */
export const BILLING_EVENTS = /* @__PURE__ */ Object.freeze([
  'retention-election-deadline',
  'estimate-billed',
  'installment-1-invoice',
  'installment-1-due',
  'installment-2-invoice',
  'installment-2-due',
  'installment-3-invoice',
  'installment-3-due',
  'installment-4-invoice',
  'installment-4-due',
  'adjustment-computation',
  'adjustment-billed',
  'september-statement',
  'adjustment-due',
] as const);

/** A stable event name: one of {@link BILLING_EVENTS}. */
export type BillingEventName = (typeof BILLING_EVENTS)[number];

/**
 * One event of the billing calendar: a single `date`, or a window from `start` to `end`
 * (inclusive), never both.
 */
export interface BillingEvent {
  /** Stable kebab-case name (see {@link BILLING_EVENTS}). */
  readonly event: BillingEventName;
  /** The day of a one-day event, `YYYY-MM-DD`. */
  readonly date?: IsoDate;
  /** First day of a window. */
  readonly start?: IsoDate;
  /** Last day of a window (inclusive). */
  readonly end?: IsoDate;
  /** The RULES ID the event comes from (`'BIL-1'`, …). */
  readonly rule: RuleId;
  /** What happens, in words. */
  readonly description: string;
  /** Installment events: the installment number (1–4). */
  readonly installment?: number;
  /** `estimate-billed`: the year whose actual exposure the estimate uses (Y − 2, PRM-4). */
  readonly exposureYear?: number;
}

/** Input schema of {@link billingCalendar}. */
export const BillingCalendarInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // The calendar reaches into Y − 1 and Y + 1, which must stay within the dates the library accepts.
    coverageYear: integer(1901, 2199, 'a coverage year'),
    plan: z.optional(oneOf(PAYMENT_PLANS)),
  }))();

/** Input of {@link billingCalendar}. */
export interface BillingCalendarInput {
  /** The coverage year Y, 1901–2199 (the calendar reaches into Y − 1 and Y + 1). */
  readonly coverageYear: number;
  /** The member's payment plan (BIL-2): `'quarterly'` (default, four installments) or `'annual'` (one). */
  readonly plan?: PaymentPlan;
}

/** Options schema of {@link billingCalendar}. */
export const BillingCalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    invoiceLeadDays: z.optional(integer(0, 366, 'a number of days')),
  }))();

/** Options of {@link billingCalendar}. */
export interface BillingCalendarOptions extends ExplainOption {
  /** Days between an invoice and its due date (BIL-3). Default 20; 0–366. */
  readonly invoiceLeadDays?: number;
}

/** Result of {@link billingCalendar}. */
export interface BillingCalendarResult extends Explained {
  /** The events sorted by date (a window by its start); same-day events keep the order of {@link BILLING_EVENTS}. */
  readonly events: ReadonlyArray<BillingEvent>;
}

/** The first day of the first month through the last day of the last month, for coverage year `y`. */
function monthWindow(y: number, months: CoverageYearMonths): { start: IsoDate; end: IsoDate } {
  const year = y + months.yearOffset;
  return { start: makeDate(year, months.fromMonth, 1), end: endOfMonth(makeDate(year, months.toMonth, 1)) };
}

/** The events before the year: the retention election deadline and the estimate's billing. */
function beforeYear(y: number): BillingEvent[] {
  return [
    {
      event: 'retention-election-deadline',
      date: coverageYearDate(RETENTION_ELECTION_DEADLINE.value, y), // RULES: RET-5
      rule: 'RET-5',
      description: `${y} retention change form deadline; if late or missing, the level in force stays`,
    },
    {
      event: 'estimate-billed',
      ...monthWindow(y, MONTHS.estimateBilled.value), // RULES: BIL-1
      rule: 'BIL-1',
      description: `Estimated ${y} premium billed, from actual ${y - 2} exposure projected to ${y} (PRM-4)`,
      exposureYear: y - 2, // RULES: PRM-4
    },
  ];
}

/** The invoice and due date of each installment of the year (BIL-2, BIL-3). */
function installmentEvents(y: number, plan: 'annual' | 'quarterly', leadDays: number): BillingEvent[] {
  const events: BillingEvent[] = [];
  for (const inst of installmentCore(y, 0, plan, leadDays)) {
    const n = inst.number as 1 | 2 | 3 | 4;
    events.push(
      {
        event: `installment-${n}-invoice`,
        date: inst.invoiceDate, // RULES: BIL-3
        rule: 'BIL-3',
        description: `Installment ${n} invoice e-mailed, ${leadDays} days before due`,
        installment: n,
      },
      {
        event: `installment-${n}-due`,
        date: inst.dueDate, // RULES: BIL-2
        rule: 'BIL-2',
        description: n === 1 ? 'Full premium (annual) or first quarterly installment due' : `Quarterly installment ${n} due`,
        installment: n,
      },
    );
  }
  return events;
}

/** The events after the year: the adjustment's computation, billing, statement and due date. */
function afterYear(y: number): BillingEvent[] {
  return [
    {
      event: 'adjustment-computation',
      ...monthWindow(y, MONTHS.adjustmentComputed.value), // RULES: BIL-6, PRM-7
      rule: 'BIL-6',
      description: `${y} adjustment computed from actual ${y} exposure: actual - estimated premium (PRM-7)`,
    },
    {
      event: 'adjustment-billed',
      ...monthWindow(y, MONTHS.adjustmentBilled.value), // RULES: BIL-6
      rule: 'BIL-6',
      description: `${y} adjustment billed`,
    },
    {
      event: 'september-statement',
      ...monthWindow(y, MONTHS.adjustmentStatement.value), // RULES: BIL-6, PRM-8
      rule: 'BIL-6',
      description: `Premium notice with the ${y} adjustment; a credit goes to premiums still due, the rest is refunded (PRM-8)`,
    },
    {
      event: 'adjustment-due',
      date: coverageYearDate(ADJUSTMENT_DUE_DATE.value, y), // RULES: PRM-8
      rule: 'PRM-8',
      description: `Additional premium from the ${y} adjustment due`,
    },
  ];
}

/** The calendar from valid values (unchecked core). @internal */
export function calendarCore(coverageYear: number, plan: 'annual' | 'quarterly', leadDays: number): BillingEvent[] {
  const y = coverageYear;
  const events = [...beforeYear(y), ...installmentEvents(y, plan, leadDays), ...afterYear(y)];
  // Sort by date (a window by its start); Array.prototype.sort is stable, so ties keep the order above.
  return events.sort((a, b) => {
    const da = guaranteed(a.date ?? a.start, 'date of an event');
    const db = guaranteed(b.date ?? b.start, 'date of an event');
    return da < db ? -1 : da > db ? 1 : 0;
  });
}

/**
 * The billing calendar of a coverage year Y: every date and window a member's finance staff
 * plans for, from the retention election before the year to the adjustment after it (BIL-1,
 * BIL-2, BIL-3, BIL-6, PRM-4, PRM-7, PRM-8, RET-5).
 *
 * Events (stable names, see {@link BILLING_EVENTS}): `retention-election-deadline` (Dec 1 of
 * Y − 1), `estimate-billed` (December of Y − 1, with `exposureYear` = Y − 2),
 * `installment-N-invoice` and `installment-N-due` (Feb 1, Apr 1, Jul 1, Oct 1 of Y, invoices
 * `invoiceLeadDays` before), `adjustment-computation` (May 1 – Jul 31 of Y + 1),
 * `adjustment-billed` (August of Y + 1), `september-statement` (September of Y + 1) and
 * `adjustment-due` (Oct 1 of Y + 1).
 *
 * Conventions: a one-day event has `date`; an event the sources give as a month or months has
 * `start` and `end` (first and last day, inclusive). Events are sorted by `date` or `start`;
 * events on the same day keep the order of {@link BILLING_EVENTS}. `plan` defaults to
 * `'quarterly'` (all four installments); with `'annual'` only installment 1 is listed. Due dates
 * are not moved off weekends or holidays (the sources do not move them).
 *
 * @param input - `{ coverageYear, plan? }`.
 * @param options - `{ explain?, invoiceLeadDays? }`.
 * @returns `{ events: { event, date?, start?, end?, rule, description, installment?, exposureYear? }[] }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a coverage year outside 1901–2199 (the calendar
 *   reaches into the years before and after) or an unknown plan.
 *
 * @example
 * ```ts
 * import { billingCalendar } from 'wcra-calc';
 * const { events } = billingCalendar({ coverageYear: 2024 });
 * events.map((e) => e.event).slice(0, 4)
 * //=> ['retention-election-deadline', 'estimate-billed', 'installment-1-invoice', 'installment-1-due']
 * events[1] //=> { event: 'estimate-billed', start: '2023-12-01', end: '2023-12-31', rule: 'BIL-1', description: "Estimated 2024 premium billed, from actual 2022 exposure projected to 2024 (PRM-4)", exposureYear: 2022 }
 * events.find((e) => e.event === 'adjustment-due')?.date //=> '2025-10-01'
 * ```
 */
export function billingCalendar(input: BillingCalendarInput, options?: BillingCalendarOptions): BillingCalendarResult {
  return billingCalendarDefinition.run(input, options);
}

/** The definition of {@link billingCalendar}: name, rules, schemas, example. */
export const billingCalendarDefinition = /* @__PURE__ */ defineCalculator({
  name: 'billingCalendar',
  feature: 'billing',
  summary: 'The dated billing events of a coverage year, from the retention deadline to the adjustment due date',
  rules: ['BIL-1', 'BIL-2', 'BIL-3', 'BIL-6', 'PRM-4', 'PRM-8', 'RET-5'],
  uncitedRules: { 'PRM-4': 'the estimate-billed event carries exposureYear = Y - 2 (PRM-4); its step cites BIL-1, the billing rule' },
  input: BillingCalendarInputSchema,
  options: BillingCalendarOptionsSchema,
  example: { coverageYear: 2024 },
  explains: true,
  compute: (v, opts): BillingCalendarResult => {
    const leadDays = opts.invoiceLeadDays ?? DEFAULT_INVOICE_LEAD_DAYS;
    const events = calendarCore(v.coverageYear, v.plan ?? 'quarterly', leadDays);
    const result: BillingCalendarResult = { events };
    return withSteps(result, opts.explain, () =>
      events.map((e) =>
        step(
          e.rule,
          `${e.event}: ${e.description}`,
          [textValue('Coverage year', String(v.coverageYear), 'number')],
          e.date !== undefined ? textValue('Date', e.date, 'date') : textValue('Window', `${e.start} to ${e.end}`, 'date'),
        ),
      ),
    );
  },
});
