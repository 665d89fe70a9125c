import * as z from 'zod/mini';
import { addDays, compareDates, daysBetween, MAX_YEAR, yearOf } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { invalidInput, issue, WcraError, type WcraIssue } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { type DecimalLike, formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  decimalLike,
  type ExplainOption,
  explainOptionShape,
  integer,
  isoDate,
  money,
  nonEmptyList,
  type RoundingOption,
  roundingOptionShape,
} from '../core/schema.js';
import { type Explained, groupThousands, moneyValue, type TraceStep, type TraceValue, textValue, withSteps } from '../core/trace.js';
import { lookupMaxMin, type MaxMinTableInput, MaxMinTableSchema } from '../rules/benefits.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { lookupTpdMaxWeeks, TPD_MAX_DAYS_AFTER_INJURY } from '../rules/tpd.js';
import { BenefitWeeksOptionsSchema, countWorkDays, weeksOfWorkDays } from './benefitWeeks.js';

/** A benefit period as read by the schema. */
interface ParsedPeriod {
  readonly start: string;
  readonly end: string;
  readonly earnings: Dec;
}

/** The date checks of the periods (BEN-2): each in order, after the injury, not overlapping. */
function periodIssues(v: { injuryDate: string; periods: ReadonlyArray<ParsedPeriod> }, ctx: Parameters<typeof addIssue>[0]): void {
  v.periods.forEach((p, i) => {
    if (compareDates(p.end, p.start) < 0) addIssue(ctx, ['periods', i, 'end'], 'out_of_range', 'must not be before start');
    if (compareDates(p.start, v.injuryDate) < 0)
      addIssue(ctx, ['periods', i, 'start'], 'out_of_range', 'must not be before the injury date');
    const previous = v.periods[i - 1];
    if (previous !== undefined && compareDates(p.start, previous.end) <= 0) {
      addIssue(
        ctx,
        ['periods', i, 'start'],
        'inconsistent',
        'must be after the end of the previous period (periods in date order, not overlapping)',
      );
    }
  });
}

/** Input schema of {@link tpdBenefit}. */
export const TpdBenefitInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      injuryDate: isoDate(),
      weeklyWage: money({ nonNegative: true }),
      periods: nonEmptyList(
        z.strictObject({ start: isoDate(), end: isoDate(), earnings: money({ nonNegative: true, noun: 'an amount of earnings' }) }),
        'benefit period',
      ),
      weeksPaidBefore: z.optional(decimalLike({ nonNegative: true, max: 10_000, noun: 'a number of weeks' })),
    })
    .check(z.superRefine((v, ctx) => periodIssues(v, ctx))))();

/** One benefit period of {@link TpdBenefitInput}. */
export interface TpdPeriodInput {
  /** First day of the period (`YYYY-MM-DD`), counted; not before the injury date. */
  readonly start: string;
  /** Last day of the period (`YYYY-MM-DD`), counted; not before `start`, before the next period's start. */
  readonly end: string;
  /** What the employee earned in the period while partially disabled, a non-negative amount of money. */
  readonly earnings: MoneyLike;
}

/** Input of {@link tpdBenefit}. */
export interface TpdBenefitInput {
  /** The date of injury (`YYYY-MM-DD`): it picks the TTD maximum, the weeks limit and the 450-week date (BEN-2). */
  readonly injuryDate: string;
  /** The employee's weekly wage at the time of injury, a non-negative amount of money. */
  readonly weeklyWage: MoneyLike;
  /** The periods of employment while partially disabled, in date order and not overlapping; at least one. */
  readonly periods: ReadonlyArray<TpdPeriodInput>;
  /** Weeks of TPD already paid for this injury before the first period (default 0), a decimal number of weeks. */
  readonly weeksPaidBefore?: DecimalLike;
}

/** Options schema of {@link tpdBenefit}. */
export const TpdBenefitOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    ...roundingOptionShape,
    maxMinTable: z.optional(MaxMinTableSchema),
    daysPerWeek: BenefitWeeksOptionsSchema.shape.daysPerWeek,
    holidays: BenefitWeeksOptionsSchema.shape.holidays,
    maxWeeks: z.optional(integer(1, 10_000, 'a number of weeks')),
  }))();

/** Options of {@link tpdBenefit}. */
export interface TpdBenefitOptions extends ExplainOption, RoundingOption {
  /** Your own `[{ from, to, maximum, minimum, source? }]` TTD periods, checked before the built-in table (BEN-1). */
  readonly maxMinTable?: MaxMinTableInput;
  /** The employee's work days per week: 4 (Mon–Thu), 5 (Mon–Fri, default), 6 (Mon–Sat) or 7 (BEN-3). */
  readonly daysPerWeek?: 4 | 5 | 6 | 7;
  /** Dates not worked (removed from the work days when they fall on one, BEN-3). */
  readonly holidays?: ReadonlyArray<string>;
  /**
   * The most weeks of TPD that may be paid, instead of the built-in limit (225 weeks for injuries
   * 1992-10-01–2018-09-30, 275 from 2018-10-01); needed for an injury before 1992-10-01.
   */
  readonly maxWeeks?: number;
}

/** One reported period of {@link TpdBenefitResult}. */
export interface TpdPeriodResult {
  /** First day of the reported part of the period. */
  readonly start: string;
  /** Last day of the reported part of the period. */
  readonly end: string;
  /** Benefit weeks of this part (BEN-3), a decimal string (`"2"`, `"0.4"`). */
  readonly weeks: string;
  /** The period's earnings ÷ the period's benefit weeks, shown to the cent (the benefit uses the exact quotient). */
  readonly weeklyEarnings: Money;
  /** 2/3 × (weekly wage − weekly earnings), rounded to the cent, at least 0 and at most the TTD maximum. */
  readonly weeklyBenefit: Money;
  /** weeklyBenefit × weeks, rounded to the cent, when paid; `"0.00"` when not paid. */
  readonly amount: Money;
  /** False for a part past the weeks limit or after the 450-week date, or with no benefit due. */
  readonly paid: boolean;
}

/** Result of {@link tpdBenefit}: money as two-decimal strings, weeks as decimal strings. */
export interface TpdBenefitResult extends Explained {
  /** Every period in order; a period that crosses a limit is reported as its paid part and its unpaid part. */
  readonly periods: ReadonlyArray<TpdPeriodResult>;
  /** The sum of the amounts paid. */
  readonly total: Money;
  /** Weeks of TPD paid, including `weeksPaidBefore`. */
  readonly weeksPaid: string;
  /** Weeks left under the limit on paid weeks (never below 0). */
  readonly weeksLeft: string;
  /** The date 450 weeks (3,150 days) after the injury: no TPD is paid for a day after it. */
  readonly endsOn: string;
}

/** Why a reported part is paid or not (for the explanation). */
type Why = 'paid' | 'no-benefit' | 'weeks-limit' | 'after-end';

/** What the per-period computation needs. */
interface TpdContext {
  readonly perWeek: number;
  readonly holidays: ReadonlyArray<string>;
  readonly wage: Dec;
  readonly maximum: Dec;
  readonly limit: Dec;
  readonly endsOn: string;
  readonly mode: RoundingMode | undefined;
}

/** One reported part, before formatting. */
interface Part {
  readonly start: string;
  readonly end: string;
  readonly weeks: Dec;
  readonly why: Why;
}

/** The weekly figures of one period (BEN-2, BEN-3). */
interface PeriodFigures {
  readonly workDays: number;
  readonly weeks: Dec;
  readonly weeklyEarnings: Dec;
  readonly weeklyBenefit: Dec;
  readonly capped: boolean;
}

/** The first day on which `n` work days from `start` are reached (binary search on the count). */
function nthWorkDay(start: string, end: string, n: number, c: TpdContext): string {
  let lo = 0;
  let hi = daysBetween(start, end);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (countWorkDays(start, addDays(start, mid), c.perWeek, c.holidays) >= n) hi = mid;
    else lo = mid + 1;
  }
  return addDays(start, lo);
}

/** Weekly earnings and weekly benefit of a period (BEN-2), from its benefit weeks (BEN-3). */
function figuresOf(p: ParsedPeriod, workDays: number, c: TpdContext): PeriodFigures {
  const weeks = weeksOfWorkDays(workDays, c.perWeek); // RULES: BEN-3
  const weeklyEarnings = p.earnings.dividedBy(weeks); // RULES: BEN-2
  const loss = c.wage.minus(weeklyEarnings);
  const raw = loss.isPositive() && !loss.isZero() ? roundMoney(loss.times(2).dividedBy(3), c.mode) : toDecimal(0); // RULES: BEN-2
  const capped = raw.greaterThan(c.maximum);
  return { workDays, weeks, weeklyEarnings, weeklyBenefit: capped ? c.maximum : raw, capped };
}

/** Splits an eligible span at the weeks limit (BEN-2): the paid part and the part past the limit. */
function splitAtLimit(span: { readonly start: string; readonly end: string }, weeks: Dec, remaining: Dec, c: TpdContext): Part[] {
  const { start, end } = span;
  if (!remaining.isPositive() || remaining.isZero()) return [{ start, end, weeks, why: 'weeks-limit' }];
  if (remaining.greaterThanOrEqualTo(weeks)) return [{ start, end, weeks, why: 'paid' }];
  const workDays = countWorkDays(start, end, c.perWeek, c.holidays);
  const n = Math.min(workDays, remaining.times(c.perWeek).ceil().toNumber());
  const last = nthWorkDay(start, end, n, c);
  // The limit falls at the end of a work day, or inside one (then that day is in both parts).
  const clean = weeksOfWorkDays(n, c.perWeek).equals(remaining);
  return [
    { start, end: last, weeks: remaining, why: 'paid' },
    { start: clean ? addDays(last, 1) : last, end, weeks: weeks.minus(remaining), why: 'weeks-limit' },
  ];
}

/** The reported parts of one period: split at the 450-week date and at the weeks limit (BEN-2). */
function partsOf(p: ParsedPeriod, f: PeriodFigures, weeksPaid: Dec, c: TpdContext): Part[] {
  const afterEnd = compareDates(p.end, c.endsOn) > 0;
  const eligibleEnd = afterEnd ? c.endsOn : p.end;
  const parts: Part[] = [];
  if (compareDates(p.start, c.endsOn) <= 0) {
    const days = afterEnd ? countWorkDays(p.start, eligibleEnd, c.perWeek, c.holidays) : f.workDays;
    const weeks = afterEnd ? weeksOfWorkDays(days, c.perWeek) : f.weeks; // RULES: BEN-3
    if (days > 0 && f.weeklyBenefit.isZero()) parts.push({ start: p.start, end: eligibleEnd, weeks, why: 'no-benefit' });
    else if (days > 0) parts.push(...splitAtLimit({ start: p.start, end: eligibleEnd }, weeks, c.limit.minus(weeksPaid), c));
  }
  if (afterEnd) {
    const start = compareDates(p.start, c.endsOn) > 0 ? p.start : addDays(c.endsOn, 1);
    const days = countWorkDays(start, p.end, c.perWeek, c.holidays);
    if (days > 0) parts.push({ start, end: p.end, weeks: weeksOfWorkDays(days, c.perWeek), why: 'after-end' });
  }
  return parts;
}

/** The 450-week date (BEN-2); a date past the library's range is `RESULT_OUT_OF_RANGE`. */
function tpdEndDate(injuryDate: string): string {
  const endsOn = addDays(injuryDate, TPD_MAX_DAYS_AFTER_INJURY); // RULES: BEN-2
  if (yearOf(endsOn) > MAX_YEAR) {
    throw new WcraError('RESULT_OUT_OF_RANGE', `Invalid result: ${MESSAGES.resultRange(`date ${endsOn}`)}`, { details: { endsOn } });
  }
  return endsOn;
}

/** The work days of every period; a period without any is `INVALID_INPUT` (nothing to divide the earnings by). */
function workDaysOf(periods: ReadonlyArray<ParsedPeriod>, c: TpdContext): number[] {
  const issues: WcraIssue[] = [];
  const days = periods.map((p, i) => {
    const n = countWorkDays(p.start, p.end, c.perWeek, c.holidays); // RULES: BEN-3
    if (n === 0) issues.push(issue(['periods', i], 'not_allowed', 'has no work days (BEN-3), so its weekly earnings cannot be computed'));
    return n;
  });
  if (issues.length > 0) throw invalidInput(issues);
  return days;
}

/** A number of benefit weeks in a step, after an operator. */
function weeksValue(value: string, operator: 'x' | '/'): TraceValue {
  return { label: 'Benefit weeks', value, kind: 'number', operator };
}

/** BEN-2's end of TPD in weeks after the injury (450), from the days of the rules. */
const END_WEEKS: number = /* @__PURE__ */ (() => TPD_MAX_DAYS_AFTER_INJURY / 7)();

/** Wording of a reported part for the explanation. */
const WHY_TEXT: Readonly<Record<Why, string>> = /* @__PURE__ */ (() => ({
  paid: 'Amount = weekly TPD x benefit weeks, rounded to cents',
  'no-benefit': 'Not paid: weekly earnings not below the weekly wage, no TPD due (these weeks do not count toward the limit)',
  'weeks-limit': 'Not paid: past the limit on paid TPD weeks',
  'after-end': `Not paid: after ${END_WEEKS} weeks from the injury`,
}))();

/** Everything the explanation shows. */
interface TpdTrace {
  readonly v: { readonly injuryDate: string; readonly weeklyWage: Dec; readonly periods: ReadonlyArray<ParsedPeriod> };
  readonly c: TpdContext;
  readonly source: string;
  readonly weeksBefore: Dec;
  readonly figures: ReadonlyArray<PeriodFigures>;
  readonly partsBy: ReadonlyArray<ReadonlyArray<TpdPeriodResult & { why: Why }>>;
  readonly result: TpdBenefitResult;
}

/** The steps of one input period: its weeks (BEN-3), weekly earnings and benefit, and each part's amount (BEN-2). */
function periodSteps(p: ParsedPeriod, f: PeriodFigures, parts: ReadonlyArray<TpdPeriodResult & { why: Why }>, t: TpdTrace): TraceStep[] {
  const weeks = formatDecimal(f.weeks);
  const earnings = formatMoney(f.weeklyEarnings);
  const benefit = formatMoney(f.weeklyBenefit);
  return [
    step(
      'BEN-3',
      `Benefit weeks ${p.start} to ${p.end} = work days x 1/${t.c.perWeek} (both dates count)`,
      [textValue('Work days', String(f.workDays), 'number')],
      textValue('Benefit weeks', weeks, 'number'),
    ),
    step(
      'BEN-2',
      'Weekly earnings = earnings in the period / benefit weeks',
      [moneyValue('Earnings', formatMoney(p.earnings)), weeksValue(weeks, '/')],
      moneyValue('Weekly earnings', earnings),
    ),
    step(
      'BEN-2',
      `Weekly TPD = 2/3 x (weekly wage - weekly earnings), rounded to cents, at least 0${f.capped ? ', limited to the TTD maximum' : ', at most the TTD maximum'}`,
      [
        moneyValue('Weekly wage', formatMoney(t.v.weeklyWage)),
        moneyValue('Weekly earnings', earnings, '-'),
        moneyValue('TTD maximum', formatMoney(t.c.maximum), 'min'),
      ],
      moneyValue('Weekly TPD', benefit),
    ),
    ...parts.map((r) =>
      step(
        'BEN-2',
        `${WHY_TEXT[r.why]} (${r.start} to ${r.end})`,
        [moneyValue('Weekly TPD', r.weeklyBenefit), weeksValue(r.weeks, 'x')],
        moneyValue('Amount paid', r.amount),
      ),
    ),
  ];
}

/** The explanation: the limits, each period, the totals. */
function tpdSteps(t: TpdTrace): TraceStep[] {
  const r = t.result;
  return [
    step(
      'BEN-2',
      `Limits for the injury date: the TTD maximum (${t.source}), at most ${formatDecimal(t.c.limit)} weeks of paid TPD, none after ${END_WEEKS} weeks (${groupThousands(String(TPD_MAX_DAYS_AFTER_INJURY))} days) from the injury`,
      [
        textValue('Date of injury', t.v.injuryDate, 'date'),
        moneyValue('TTD maximum', formatMoney(t.c.maximum)),
        textValue('Weeks limit', formatDecimal(t.c.limit), 'number'),
      ],
      textValue('TPD ends on', r.endsOn, 'date'),
    ),
    ...t.v.periods.flatMap((p, i) => periodSteps(p, t.figures[i] as PeriodFigures, t.partsBy[i] ?? [], t)),
    step(
      'BEN-2',
      'Total = sum of the amounts paid; weeks left = weeks limit - weeks paid (weeks paid before included)',
      [
        textValue('Weeks paid before', formatDecimal(t.weeksBefore), 'number'),
        textValue('Weeks paid', r.weeksPaid, 'number'),
        textValue('Weeks left', r.weeksLeft, 'number'),
      ],
      moneyValue('Total TPD', r.total),
    ),
  ];
}

/**
 * Temporary partial disability (TPD) benefits for periods of work while partially disabled
 * (BEN-2, BEN-3), like the WCRA's TPD calculator.
 *
 * For each period: benefit weeks = its work days × 1/daysPerWeek (BEN-3: both dates count,
 * Monday first, listed holidays removed); weekly earnings = earnings ÷ benefit weeks; weekly TPD =
 * 2/3 × (weekly wage at injury − weekly earnings), rounded to the cent (`options.rounding`,
 * default half-up), at least 0 and at most the TTD maximum for the injury date (the minimum does
 * not apply); amount = weekly TPD × weeks, rounded to the cent. TPD is paid for at most 225 weeks
 * (injuries 1992-10-01–2018-09-30) or 275 weeks (from 2018-10-01), counting `weeksPaidBefore`,
 * and for no day after `endsOn`, 450 weeks (3,150 days) after the injury.
 *
 * Conventions (the sources are silent): the weekly earnings are not rounded before the benefit
 * is computed (they are shown to the cent); a day on `endsOn` is still payable; weeks with no
 * TPD due (earnings not below the wage) are reported with `paid: false` and do not count toward
 * the weeks limit; a period that crosses a limit is reported as two parts, the paid one and the
 * unpaid one (`paid: false`, amount `"0.00"`); when the weeks limit falls inside a work day
 * (a `weeksPaidBefore` that is not a whole number of days), that day is in both parts, with the
 * part's weeks split exactly.
 *
 * @param input - `{ injuryDate, weeklyWage, periods: [{ start, end, earnings }], weeksPaidBefore? }`.
 * @param options - `{ explain?, rounding?, maxMinTable?, daysPerWeek?, holidays?, maxWeeks? }`.
 * @returns `{ periods: [{ start, end, weeks, weeklyEarnings, weeklyBenefit, amount, paid }], total, weeksPaid, weeksLeft, endsOn }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (a period ending before it starts,
 *   starting before the injury, overlapping or out of order; a period without work days, code
 *   `not_allowed`); `UNKNOWN_PERIOD` for an injury date without a TTD maximum (see
 *   {@link ttdRate}) or, before 1992-10-01, without `options.maxWeeks`.
 *
 * @example
 * ```ts
 * import { tpdBenefit } from 'wcra-calc';
 * const r = tpdBenefit({
 *   injuryDate: '2024-11-15',
 *   weeklyWage: '1200',
 *   periods: [{ start: '2025-03-03', end: '2025-03-14', earnings: '1500' }],
 * });
 * r.periods //=> [{ start: '2025-03-03', end: '2025-03-14', weeks: '2', weeklyEarnings: '750.00', weeklyBenefit: '300.00', amount: '600.00', paid: true }]
 * [r.total, r.weeksPaid, r.weeksLeft, r.endsOn] //=> ['600.00', '2', '273', '2033-07-01']
 * ```
 */
export function tpdBenefit(input: TpdBenefitInput, options?: TpdBenefitOptions): TpdBenefitResult {
  return tpdBenefitDefinition.run(input, options);
}

/** The definition of {@link tpdBenefit}. */
export const tpdBenefitDefinition = /* @__PURE__ */ defineCalculator({
  name: 'tpdBenefit',
  feature: 'benefits',
  summary: 'TPD benefits for periods of work while partially disabled, within the weeks and 450-week limits',
  rules: ['BEN-2', 'BEN-3'],
  uncitedRules: {},
  input: TpdBenefitInputSchema,
  options: TpdBenefitOptionsSchema,
  example: {
    injuryDate: '2024-11-15',
    weeklyWage: '1200',
    periods: [
      { start: '2025-03-03', end: '2025-03-14', earnings: '1500' },
      { start: '2025-03-17', end: '2025-03-28', earnings: '1100' },
    ],
  },
  explains: true,
  compute: (v, opts): TpdBenefitResult => {
    const mm = lookupMaxMin(v.injuryDate, opts.maxMinTable); // RULES: BEN-2 (the TTD maximum, BEN-1's table)
    const limit = lookupTpdMaxWeeks(v.injuryDate, opts.maxWeeks); // RULES: BEN-2
    const c: TpdContext = {
      perWeek: opts.daysPerWeek ?? 5,
      holidays: opts.holidays ?? [],
      wage: v.weeklyWage,
      maximum: toDecimal(mm.maximum),
      limit: toDecimal(limit.maxWeeks),
      endsOn: tpdEndDate(v.injuryDate),
      mode: opts.rounding,
    };
    const days = workDaysOf(v.periods, c);
    const weeksBefore = v.weeksPaidBefore ?? toDecimal(0);
    let weeksPaid = weeksBefore;
    let total = toDecimal(0);
    const figures: PeriodFigures[] = [];
    const partsBy: Array<Array<TpdPeriodResult & { why: Why }>> = [];
    v.periods.forEach((p, i) => {
      const f = figuresOf(p, days[i] as number, c);
      figures.push(f);
      const rows = partsOf(p, f, weeksPaid, c).map((part) => {
        const paid = part.why === 'paid';
        const amount = paid ? roundMoney(f.weeklyBenefit.times(part.weeks), c.mode) : toDecimal(0); // RULES: BEN-2
        if (paid) [weeksPaid, total] = [weeksPaid.plus(part.weeks), total.plus(amount)];
        const row = { start: part.start, end: part.end, weeks: formatDecimal(part.weeks), weeklyEarnings: formatMoney(f.weeklyEarnings) };
        return { ...row, weeklyBenefit: formatMoney(f.weeklyBenefit), amount: formatMoney(amount), paid, why: part.why };
      });
      partsBy.push(rows);
    });
    const left = c.limit.minus(weeksPaid);
    const result: TpdBenefitResult = {
      periods: partsBy.flat().map(({ why: _why, ...row }) => row),
      total: formatMoney(total),
      weeksPaid: formatDecimal(weeksPaid),
      weeksLeft: formatDecimal(left.isNegative() ? toDecimal(0) : left),
      endsOn: c.endsOn,
    };
    return withSteps(result, opts.explain, () => tpdSteps({ v, c, source: mm.source, weeksBefore, figures, partsBy, result }));
  },
});
