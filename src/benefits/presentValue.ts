import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { guaranteed, WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import {
  centsToMoney,
  type DecimalLike,
  formatDecimal,
  formatMoney,
  inMoneyRange,
  type Money,
  type MoneyLike,
  roundMoney,
  roundTo,
  toDecimal,
} from '../core/money.js';
import { type RootPowerTable, rootPowerTable } from '../core/power.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  cents,
  decimalLike,
  type ExplainOption,
  explainOptionShape,
  oneOf,
  type RoundingOption,
  rate,
  roundingOptionShape,
  withJsonRules,
  ZERO_JSON,
} from '../core/schema.js';
import { displayRate, type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { PPD_LUMP_SUM_MAX_DISCOUNT } from '../rules/ppdSchedules.js';
import { step } from '../rules/step.js';

/** The most weeks of payments {@link presentValue} values (1,000 years). */
export const MAX_PAYMENT_WEEKS = 52_000;
/** The most years of payments {@link presentValue} values. */
export const MAX_PAYMENT_YEARS = 1_000;

const TERMS = ['weeks', 'years', 'award'] as const;

/** Input schema of {@link presentValue}. */
export const PresentValueInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      weeklyRate: cents({ noun: 'a weekly rate' }),
      discountRate: rate('a discount rate'),
      weeks: z.optional(decimalLike({ nonNegative: true, max: MAX_PAYMENT_WEEKS, noun: 'a number of weeks' })),
      years: z.optional(decimalLike({ nonNegative: true, max: MAX_PAYMENT_YEARS, noun: 'a number of years' })),
      award: z.optional(cents({ noun: 'an award' })),
      escalationRate: z.optional(rate('an escalation rate')),
    })
    .check(
      z.superRefine((v, ctx) => {
        const given = TERMS.filter((k) => v[k] !== undefined);
        if (given.length === 0) addIssue(ctx, ['weeks'], 'required', 'one of weeks, years or award is required');
        for (const k of given.slice(1))
          addIssue(ctx, [k], 'conflict', `cannot be given together with ${given[0]}: give one of weeks, years or award`);
        if (v.award !== undefined && v.weeklyRate === 0)
          addIssue(ctx, ['weeklyRate'], 'out_of_range', 'must be above zero to pay an award in weekly payments');
      }),
    );
  // Its JSON form: exactly one of weeks, years, award; an award needs a weekly rate above zero.
  /* @__PURE__ */ withJsonRules(schema, {
    oneOf: TERMS.map((k) => ({ required: [k] })),
    dependentSchemas: { award: { properties: { weeklyRate: { not: ZERO_JSON } } } },
  });
  return schema;
})();

/** Input of {@link presentValue}. */
export interface PresentValueInput {
  /** The weekly payment in whole cents (`"800.00"`), for example the TTD rate an award is paid at. */
  readonly weeklyRate: MoneyLike;
  /** The annual effective discount rate as a fraction from 0 to 1 (5% is `"0.05"`). */
  readonly discountRate: DecimalLike;
  /** How many weeks are paid (0 to 52,000; a fraction of a week is a last, partial payment). Give one of weeks, years, award. */
  readonly weeks?: DecimalLike;
  /** How many years are paid: weeks = 52 × years (0 to 1,000). Give one of weeks, years, award. */
  readonly years?: DecimalLike;
  /** An award (whole cents) paid in full weekly payments and a last one for the remainder. Give one of weeks, years, award. */
  readonly award?: MoneyLike;
  /** The yearly escalation of the payments as a fraction from 0 to 1 (default `"0"`): × (1 + e) at each anniversary. */
  readonly escalationRate?: DecimalLike;
}

/** Options schema of {@link presentValue}. */
export const PresentValueOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    ...roundingOptionShape,
    timing: z.optional(oneOf(['start', 'end'])),
    settlementPercent: z.optional(rate('a settlement percent')),
  }))();

/** Options of {@link presentValue}. */
export interface PresentValueOptions extends ExplainOption, RoundingOption {
  /** `'start'` (default): the first payment is made at once, each next one a week later; `'end'`: each at the end of its week. */
  readonly timing?: 'start' | 'end';
  /** A settlement percentage as a fraction from 0 to 1 (90% is `"0.9"`): adds `settlementValue`. */
  readonly settlementPercent?: DecimalLike;
}

/** Result of {@link presentValue}: money as two-decimal strings. */
export interface PresentValueResult extends Explained {
  /**
   * The payments: `count` full weekly payments of `amount` (the weekly rate, before escalation),
   * then `last`, the remainder (of the award, or of a fraction of a week) paid a week after them,
   * `null` when there is none.
   */
  readonly payments: {
    /** The number of full weekly payments. */
    readonly count: number;
    /** The amount of each full payment (the weekly rate, to the cent). */
    readonly amount: Money;
    /** The remainder paid a week after the last full payment (`null` when there is none). */
    readonly last: Money | null;
  };
  /** The present value of every payment at the discount rate, rounded to cents at the end. */
  readonly presentValue: Money;
  /** presentValue × settlementPercent, rounded to cents; only with `options.settlementPercent`. */
  readonly settlementValue?: Money;
  /** True when the discount rate is above 5%, the most DLI allows for a PPD lump sum (flagged, not refused). */
  readonly aboveLumpSumCap: boolean;
}

/** The payments to value: full weekly payments of `rate`, and the last one (or zero). */
interface Schedule {
  readonly count: number;
  readonly rate: Dec;
  readonly last: Dec;
}

/** Full payments and remainder: an award divided by the weekly rate, or the weeks' whole and fractional parts. */
function paymentSchedule(v: z.output<typeof PresentValueInputSchema>, mode: RoundingMode | undefined): Schedule {
  const rateDec = toDecimal(centsToMoney(v.weeklyRate));
  if (v.award !== undefined) {
    const count = BigInt(v.award) / BigInt(v.weeklyRate); // RULES: BEN-7 (full weekly payments)
    const rest = BigInt(v.award) - count * BigInt(v.weeklyRate);
    return { count: Number(count), rate: rateDec, last: toDecimal(centsToMoney(Number(rest))) };
  }
  const weeks = v.weeks ?? guaranteed(v.years, 'years').times(52);
  const whole = weeks.floor();
  return { count: whole.toNumber(), rate: rateDec, last: roundMoney(weeks.minus(whole).times(rateDec), mode) };
}

/**
 * Σ of the payments discounted at v = (1 + d)^(−1/52) a week, with payment k in year ⌊k/52⌋
 * escalated by (1 + e)^⌊k/52⌋, in closed form: with n = 52·Y + r full payments and
 * g = (1 + e)·v^52, PV = rate·(S₅₂·(1 + g + … + g^(Y−1)) + g^Y·S_r) + last·g^Y·v^r, where
 * S_m = v^0 + … + v^(m−1); × v for payments at the end of the week. @internal
 */
export function discountedSum(s: Schedule, t: RootPowerTable, escalation: Dec, atEnd: boolean): Dec {
  const r = s.count % 52;
  const { gY, factor } = termFactors(t, escalation, s.count);
  const full = s.rate.isZero() ? toDecimal(0) : s.rate.times(factor);
  const last = s.last.isZero() ? toDecimal(0) : s.last.times(gY).times(t.powers[r] as Dec);
  const pv = full.plus(last);
  return atEnd ? pv.times(t.powers[1] as Dec) : pv;
}

/** The factors of a term that do not depend on the amounts: g^Y and S₅₂·(1 + g + … + g^(Y−1)) + g^Y·S_r. */
interface TermFactors {
  readonly gY: Dec;
  readonly factor: Dec;
}

const TERM_CACHE_SIZE = 1_024;
/** Memo of {@link termFactors} per root table, by `escalation:count` (bounded: cleared when full). */
const termMemo = /* @__PURE__ */ new WeakMap<RootPowerTable, Map<string, TermFactors>>();

/**
 * g^Y and the factor of the full payments for `count` payments at escalation e (g = (1 + e)·v^52,
 * count = 52·Y + r), memoized per table, escalation and count: a book of claims valued at one
 * discount rate over one term computes them once. The same operations in the same order as
 * without the memo, so the same digits.
 */
function termFactors(t: RootPowerTable, escalation: Dec, count: number): TermFactors {
  let memo = termMemo.get(t);
  if (memo === undefined) {
    memo = new Map();
    termMemo.set(t, memo);
  }
  const key = `${escalation.toString()}:${count}`;
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const years = Math.floor(count / 52);
  const r = count - years * 52;
  const g = (t.powers[52] as Dec).times(escalation.plus(1));
  const gY = g.pow(years);
  const series = g.eq(1) ? toDecimal(years) : gY.minus(1).dividedBy(g.minus(1));
  const factors: TermFactors = { gY, factor: (t.sums[52] as Dec).times(series).plus(gY.times(t.sums[r] as Dec)) };
  if (memo.size >= TERM_CACHE_SIZE) memo.clear();
  memo.set(key, factors);
  return factors;
}

/**
 * The present value of weekly payments (BEN-7), as the WCRA's present value calculator.
 *
 * The annual effective discount rate d becomes the weekly rate (1 + d)^(1/52) − 1. By default
 * the first payment is made at once and each next one a week later (`timing: 'end'`: each at the
 * end of its week). The payments are `weeks` weekly payments (a fraction of a week is a last,
 * partial payment), `years` × 52 of them, or an `award` paid in full weekly payments with the
 * remainder one week after the last full one. An escalation rate e raises the payments by the
 * factor (1 + e) at each anniversary: payment k (k = 0, 1, …) is × (1 + e)^⌊k/52⌋, so the first
 * 52 payments are not escalated whatever the timing (convention). The present value is rounded to
 * cents at the end (half-up by default, `options.rounding`); the settlement value is that
 * rounded present value × `settlementPercent`, rounded to cents. A discount rate above 5% (the
 * most DLI allows for a PPD lump sum) sets `aboveLumpSumCap` and is not refused.
 *
 * How the cents are exact: the weekly factor v = (1 + d)^(−1/52) is a 52nd root, computed with
 * the library's decimal engine at 120 significant digits by Newton's method (core
 * `rootPowerTable`, memoized per discount rate), and the sum is written in closed form (a
 * geometric series per year) from v, its powers v^0 … v^52 and their partial sums: about twenty
 * operations at 120 digits, whatever the number of weeks. The error is below 10^-100 of a cent
 * for any amount the library accepts, so rounding gives the cents of the exact value (an exact
 * half cent cannot occur for d > 0, where v is irrational; at d = 0 every factor is exactly 1
 * and the sum is exact).
 *
 * @param input - `{ weeklyRate, discountRate, weeks? | years? | award?, escalationRate? }`.
 * @param options - `{ explain?, rounding?, timing?, settlementPercent? }`.
 * @returns `{ payments: { count, amount, last }, presentValue, settlementValue?, aboveLumpSumCap }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input: none of weeks, years and award
 *   (`required` at `weeks`), more than one (`conflict`), a weekly rate of zero with an award
 *   (`out_of_range`), a rate above 1 or below 0 (`out_of_range`); `RESULT_OUT_OF_RANGE` when the
 *   present value would exceed the money range (a long escalation above the discount rate).
 *
 * @example
 * ```ts
 * import { presentValue } from 'wcra-calc';
 * presentValue({ weeklyRate: '800', discountRate: '0', weeks: 10 }).presentValue //=> '8000.00'
 * // A PPD award of $85,377.60 paid at $800 a week: 106 payments and $577.60, discounted at 5%.
 * const r = presentValue({ weeklyRate: '800', discountRate: '0.05', award: '85377.60' }, { settlementPercent: '0.9' });
 * r.payments //=> { count: 106, amount: '800.00', last: '577.60' }
 * [r.presentValue, r.settlementValue, r.aboveLumpSumCap] //=> ['81280.22', '73152.20', false]
 * ```
 */
export function presentValue(input: PresentValueInput, options?: PresentValueOptions): PresentValueResult {
  return presentValueDefinition.run(input, options);
}

/** The definition of {@link presentValue}. */
export const presentValueDefinition = /* @__PURE__ */ defineCalculator({
  name: 'presentValue',
  feature: 'benefits',
  summary: 'Present value of weekly payments (weeks, years or an award) at an annual discount rate, with escalation',
  rules: ['BEN-7'],
  uncitedRules: {},
  input: PresentValueInputSchema,
  options: PresentValueOptionsSchema,
  example: { weeklyRate: '800', discountRate: '0.05', award: '85377.60' },
  exampleOptions: { settlementPercent: '0.9' },
  explains: true,
  compute: (v, opts): PresentValueResult => {
    const s = paymentSchedule(v, opts.rounding);
    const table = rootPowerTable(v.discountRate.plus(1), 52); // RULES: BEN-7 (weekly factor)
    const escalation = v.escalationRate ?? toDecimal(0);
    const pv = roundMoney(discountedSum(s, table, escalation, opts.timing === 'end'), opts.rounding); // RULES: BEN-7
    if (!inMoneyRange(pv)) throw new WcraError('RESULT_OUT_OF_RANGE', MESSAGES.resultRange('presentValue'));
    const settlement = opts.settlementPercent === undefined ? undefined : roundMoney(pv.times(opts.settlementPercent), opts.rounding);
    const result: PresentValueResult = {
      payments: { count: s.count, amount: formatMoney(s.rate), last: s.last.isZero() ? null : formatMoney(s.last) },
      presentValue: formatMoney(pv),
      ...(settlement === undefined ? {} : { settlementValue: formatMoney(settlement) }),
      aboveLumpSumCap: v.discountRate.gt(PPD_LUMP_SUM_MAX_DISCOUNT), // RULES: BEN-7
    };
    return withSteps(result, opts.explain, () => pvSteps(v, opts, table, result));
  },
});

function pvSteps(
  v: z.output<typeof PresentValueInputSchema>,
  opts: z.output<typeof PresentValueOptionsSchema>,
  table: RootPowerTable,
  r: PresentValueResult,
): TraceStep[] {
  const weekly = formatDecimal(
    roundTo(
      toDecimal(1)
        .dividedBy(table.powers[1] as Dec)
        .minus(1),
      12,
    ),
  );
  const cap = r.aboveLumpSumCap ? `; above the ${displayRate(PPD_LUMP_SUM_MAX_DISCOUNT)} DLI allows for a PPD lump sum (flagged)` : '';
  const term =
    v.award !== undefined
      ? moneyValue('Award', centsToMoney(v.award))
      : v.weeks !== undefined
        ? textValue('Weeks', formatDecimal(v.weeks), 'number')
        : textValue('Years (x 52 weeks)', formatDecimal(guaranteed(v.years, 'years')), 'number');
  const timing = opts.timing === 'end' ? 'each at the end of its week' : 'the first at once, then weekly';
  const steps = [
    step(
      'BEN-7',
      `Weekly discount rate = (1 + d)^(1/52) - 1${cap}`,
      [rateValue('Annual discount rate', formatDecimal(v.discountRate))],
      rateValue('Weekly discount rate (12 places)', weekly),
    ),
    step(
      'BEN-7',
      'Payments: full weekly payments, then the remainder a week after the last one',
      [term, moneyValue('Weekly rate', r.payments.amount)],
      textValue('Full payments + last', `${r.payments.count} + ${r.payments.last ?? 'none'}`),
    ),
    step(
      'BEN-7',
      `Present value of the payments (${timing}), x (1 + e) at each anniversary, rounded to cents at the end`,
      [
        textValue('Payments', String(r.payments.count + (r.payments.last === null ? 0 : 1)), 'number'),
        rateValue('Escalation rate', formatDecimal(v.escalationRate ?? toDecimal(0))),
      ],
      moneyValue('Present value', r.presentValue),
    ),
  ];
  if (r.settlementValue !== undefined)
    steps.push(
      step(
        'BEN-7',
        'Settlement value = present value x settlement percent, rounded to cents',
        [
          moneyValue('Present value', r.presentValue),
          rateValue('Settlement percent', formatDecimal(guaranteed(opts.settlementPercent, 'settlementPercent')), 'x'),
        ],
        moneyValue('Settlement value', r.settlementValue),
      ),
    );
  return steps;
}
