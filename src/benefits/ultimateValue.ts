import * as z from 'zod/mini';
import { allocateUnitsBig, scaleWeights } from '../core/allocate.js';
import type { Dec } from '../core/decimal.js';
import { guaranteed, WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import {
  centsToMoney,
  type DecimalLike,
  formatDecimal,
  formatMoney,
  inMoneyRange,
  MAX_MONEY,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
} from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  decimalLike,
  type ExplainOption,
  explainOptionShape,
  isoDate,
  money,
  oneOf,
  type RoundingOption,
  rate,
  roundingOptionShape,
  withJsonRules,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { CASE_RESERVE_KINDS, type CaseReserveKind, lookupCaseReserveRate } from '../rules/caseReserve.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** The most years an ultimate value may run (a lifetime of payments). */
export const MAX_ULTIMATE_YEARS = 100;

const PAYMENT = 'give annualPayment or weeklyRate';
const ESCALATION = 'give escalationRate, or injuryDate and kind for the WCRA case-reserve rate';

/** Input schema of {@link ultimateValue}. */
export const UltimateValueInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      annualPayment: z.optional(money({ nonNegative: true, noun: 'an annual payment' })),
      weeklyRate: z.optional(money({ nonNegative: true, noun: 'a weekly rate' })),
      years: decimalLike({ nonNegative: true, max: MAX_ULTIMATE_YEARS, noun: 'a number of years' }),
      escalationRate: z.optional(rate('an escalation rate')),
      injuryDate: z.optional(isoDate()),
      kind: z.optional(oneOf(CASE_RESERVE_KINDS)),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.annualPayment !== undefined && v.weeklyRate !== undefined) addIssue(ctx, ['weeklyRate'], 'conflict', `${PAYMENT}, not both`);
        if (v.annualPayment === undefined && v.weeklyRate === undefined) addIssue(ctx, ['annualPayment'], 'required', PAYMENT);
        if (v.escalationRate !== undefined) {
          if (v.injuryDate !== undefined || v.kind !== undefined) addIssue(ctx, ['escalationRate'], 'conflict', `${ESCALATION}, not both`);
          return;
        }
        if (v.injuryDate === undefined) addIssue(ctx, ['injuryDate'], 'required', ESCALATION);
        if (v.kind === undefined) addIssue(ctx, ['kind'], 'required', ESCALATION);
      }),
    );
  // Its JSON form: annualPayment or weeklyRate, not both; escalationRate, or injuryDate and kind to look it up, not both.
  /* @__PURE__ */ withJsonRules(schema, {
    oneOf: [{ required: ['annualPayment'] }, { required: ['weeklyRate'] }],
    anyOf: [{ required: ['escalationRate'] }, { required: ['injuryDate', 'kind'] }],
    dependentSchemas: { escalationRate: { not: { anyOf: [{ required: ['injuryDate'] }, { required: ['kind'] }] } } },
  });
  return schema;
})();

/** Input of {@link ultimateValue}. */
export interface UltimateValueInput {
  /** The current annual payment A, a non-negative amount of money; give it or `weeklyRate`. */
  readonly annualPayment?: MoneyLike;
  /** A current weekly rate: the annual payment is 52 × it; give it or `annualPayment`. */
  readonly weeklyRate?: MoneyLike;
  /** How many years the payments run, 0 to 100; a fraction (`"3.5"`) adds a final part of a year. */
  readonly years: DecimalLike;
  /** The annual escalation rate as a fraction (`"0.027"` is 2.7%); give it or `injuryDate` and `kind`. */
  readonly escalationRate?: DecimalLike;
  /** The date of injury (`YYYY-MM-DD`): with `kind`, picks the WCRA case-reserve escalation rate. */
  readonly injuryDate?: string;
  /** `'indemnity'` or `'medical'`: with `injuryDate`, picks the WCRA case-reserve escalation rate. */
  readonly kind?: CaseReserveKind;
}

/** Options schema of {@link ultimateValue}. */
export const UltimateValueOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape, ...roundingOptionShape }))();

/** Options of {@link ultimateValue}. */
export interface UltimateValueOptions extends ExplainOption, RoundingOption {}

/** One year of payments in an ultimate value. */
export interface UltimateValueYear {
  /** 1 for the first (current) year, 2 for the next, …; the last is the final part of a year when `years` has a fraction. */
  readonly year: number;
  /** The year's payments, A × (1 + e)^(year − 1) (× the fraction for a final part), as the ultimate value's share (GEN-3). */
  readonly amount: Money;
}

/** Result of {@link ultimateValue}: money as two-decimal strings, the rate a decimal string. */
export interface UltimateValueResult extends Explained {
  /** The annual escalation rate applied, a fraction (`"0.027"`). */
  readonly escalationRate: string;
  /** The payments year by year; they add up exactly to `ultimateValue`. */
  readonly years: ReadonlyArray<UltimateValueYear>;
  /** The total of the future payments, rounded to the cent once, at the end. */
  readonly ultimateValue: Money;
}

/**
 * The exact yearly amounts A·(1 + e)^y for y = 0 … n − 1 and, for a fraction f of a further
 * year, f·A·(1 + e)^n (BEN-8). Whole powers by repeated multiplication (120 significant digits). @internal
 */
export function yearlyAmounts(annual: Dec, escalation: Dec, years: Dec): Dec[] {
  const whole = years.floor().toNumber();
  const fraction = years.minus(whole);
  const growth = escalation.plus(1);
  const out: Dec[] = [];
  let amount = annual;
  for (let y = 0; y < whole; y++) {
    out.push(amount);
    amount = amount.times(growth);
  }
  if (!fraction.isZero()) out.push(amount.times(fraction));
  return out;
}

/**
 * The total of the yearly amounts rounded to the cent once (BEN-8), and the yearly amounts as
 * that total's GEN-3 split in proportion to the exact amounts (so they add up to it). Throws
 * `RESULT_OUT_OF_RANGE` beyond ±{@link MAX_MONEY}. @internal
 */
export function ultimateCents(amounts: ReadonlyArray<Dec>, mode?: RoundingMode): { total: Dec; parts: string[] } {
  const total = roundMoney(
    amounts.reduce((s, a) => s.plus(a), toDecimal(0)),
    mode,
  );
  if (!inMoneyRange(total)) {
    throw new WcraError('RESULT_OUT_OF_RANGE', `${MESSAGES.resultRange('ultimateValue')} (at most ${MAX_MONEY})`, {
      details: { field: 'ultimateValue' },
    });
  }
  if (total.isZero()) return { total, parts: amounts.map(() => '0.00') };
  const parts = allocateUnitsBig(BigInt(total.times(100).toFixed(0)), scaleWeights(amounts));
  return { total, parts: parts.map((p) => centsToMoney(Number(p))) };
}

/**
 * The ultimate (undiscounted) value of a stream of benefit payments (BEN-8), as the WCRA's
 * "ultimate value" calculator: Σ_{y=0}^{n−1} A·(1 + e)^y for n whole years of a current annual
 * payment A, plus a final fraction f of a year paid pro rata at that year's escalated amount,
 * f·A·(1 + e)^n; rounded to the cent once, at the end (half-up by default, `options.rounding`).
 *
 * - A is `annualPayment`, or 52 × `weeklyRate`.
 * - e is `escalationRate`, or (convention, BEN-8) the WCRA case-reserve program rate for `kind`
 *   and `injuryDate` from the built-in dated table (`CASE_RESERVE_TABLE`): indemnity 3.9% before
 *   1992-10-01, 3.4% 1992-10-01–1995-09-30, 1.9% 1995-10-01–2013-09-30, 2.7% from 2013-10-01;
 *   medical 4.5%.
 * - Whole powers (1 + e)^y are computed by repeated multiplication at 120 significant digits, far
 *   beyond the cent.
 * - `years` lists each year's payments; they are the ultimate value split (GEN-3) in proportion
 *   to the exact yearly amounts, so they add up exactly to it (each within a cent of its exact
 *   amount).
 *
 * @param input - `{ annualPayment? | weeklyRate?, years, escalationRate? | injuryDate and kind }`.
 * @param options - `{ explain?, rounding? }`.
 * @returns `{ escalationRate, years: [{ year, amount }], ultimateValue }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, both or neither of `annualPayment` and
 *   `weeklyRate` (`conflict` / `required`), `escalationRate` with `injuryDate` or `kind`
 *   (`conflict`), or neither (`required`); `UNKNOWN_PERIOD` for an injury date the case-reserve
 *   table does not cover; `RESULT_OUT_OF_RANGE` for a total beyond the money range.
 *
 * @example
 * ```ts
 * import { ultimateValue } from 'wcra-calc';
 * ultimateValue({ annualPayment: '10000', years: 3, escalationRate: '0.03' })
 * //=> { escalationRate: '0.03', years: [{ year: 1, amount: '10000.00' }, { year: 2, amount: '10300.00' }, { year: 3, amount: '10609.00' }], ultimateValue: '30909.00' }
 * ultimateValue({ weeklyRate: '800', years: '3.5', injuryDate: '2024-11-15', kind: 'indemnity' }).ultimateValue //=> '150730.63'
 * ```
 */
export function ultimateValue(input: UltimateValueInput, options?: UltimateValueOptions): UltimateValueResult {
  return ultimateValueDefinition.run(input, options);
}

/** The definition of {@link ultimateValue}. */
export const ultimateValueDefinition = /* @__PURE__ */ defineCalculator({
  name: 'ultimateValue',
  feature: 'benefits',
  summary: 'Ultimate (undiscounted) value of escalating benefit payments, with the WCRA case-reserve escalation rates',
  rules: ['BEN-8', 'GEN-3'],
  uncitedRules: {},
  input: UltimateValueInputSchema,
  options: UltimateValueOptionsSchema,
  example: { weeklyRate: '800', years: '3.5', injuryDate: '2024-11-15', kind: 'indemnity' },
  explains: true,
  compute: (v, opts): UltimateValueResult => {
    // RULES: BEN-8 — the schema guarantees a payment and an escalation rate or its key.
    const key =
      v.escalationRate === undefined ? { injuryDate: guaranteed(v.injuryDate, 'injuryDate'), kind: guaranteed(v.kind, 'kind') } : undefined;
    const table = key === undefined ? undefined : lookupCaseReserveRate(key.injuryDate, key.kind);
    const escalation = table === undefined ? guaranteed(v.escalationRate, 'escalationRate') : toDecimal(table.rate);
    const annual = v.annualPayment ?? guaranteed(v.weeklyRate, 'weeklyRate').times(52); // RULES: BEN-8
    const exact = yearlyAmounts(annual, escalation, v.years);
    const { total, parts } = ultimateCents(exact, opts.rounding); // RULES: BEN-8, GEN-3
    const result: UltimateValueResult = {
      escalationRate: formatDecimal(escalation),
      years: parts.map((amount, i) => ({ year: i + 1, amount })),
      ultimateValue: formatMoney(total),
    };
    return withSteps(result, opts.explain, () => {
      const steps: TraceStep[] = [];
      if (key !== undefined && table !== undefined) {
        steps.push(
          step(
            'BEN-8',
            `WCRA case-reserve escalation rate for ${key.kind} benefits by date of injury (${table.source})`,
            [textValue('Date of injury', key.injuryDate, 'date'), textValue('Kind', key.kind)],
            rateValue('Escalation rate', result.escalationRate),
          ),
        );
      }
      if (v.weeklyRate !== undefined) {
        steps.push(
          step(
            'BEN-8',
            'Annual payment = 52 x weekly rate',
            [moneyValue('Weekly rate', formatMoney(v.weeklyRate)), textValue('Weeks a year', 'x 52', 'number')],
            moneyValue('Annual payment', formatMoney(annual)),
          ),
        );
      }
      steps.push(
        step(
          'BEN-8',
          'Ultimate value = sum of A x (1 + e)^y for each whole year y = 0 .. n - 1, plus the final fraction of a year at A x (1 + e)^n, rounded to cents at the end',
          [
            moneyValue('Annual payment (A)', formatMoney(annual)),
            rateValue('Escalation rate (e)', result.escalationRate),
            textValue('Years', formatDecimal(v.years), 'number'),
          ],
          moneyValue('Ultimate value', result.ultimateValue),
        ),
        step(
          'GEN-3',
          "Yearly amounts: the ultimate value split in proportion to each year's exact payments, in whole cents",
          result.years.map((y) => moneyValue(`Year ${y.year}`, y.amount)),
          moneyValue('Ultimate value', result.ultimateValue),
        ),
      );
      return steps;
    });
  },
});
