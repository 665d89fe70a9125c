import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import {
  formatDecimal,
  formatMoney,
  inMoneyRange,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
  tryParseDecimal,
} from '../core/money.js';
import {
  addIssue,
  classCode,
  describeValue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  field,
  nonEmptyList,
  Problem,
  placesJson,
  rate,
  withJsonRules,
  year,
} from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { ClassPayrollSchema } from '../premium/exposureBase.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { MAX_RATE_PLACES, ratePlacesOn, THREE_DECIMAL_RATES_FROM } from '../rules/unitStat.js';

/** The most decimals an expected loss rate carries in any year (3 from 2026-01-01, USR-7; earlier rates have 2). */
export const EXPECTED_LOSS_RATE_PLACES = MAX_RATE_PLACES;

/**
 * The USR-7 issues of expected loss rates with more decimals than the rating year allows: 3
 * decimals only from 2026-01-01, so a rating year before 2026 takes at most 2. Paths are
 * `[...prefix, i, 'expectedLossRate']`. @internal
 */
export function ratePlacesIssues(
  rates: ReadonlyArray<{ readonly expectedLossRate: Dec }>,
  ratingYear: number,
  prefix: ReadonlyArray<string | number> = ['rates'],
): Array<{ path: Array<string | number>; code: 'too_many_decimals'; message: string }> {
  const places = ratePlacesOn(`${String(ratingYear).padStart(4, '0')}-01-01`);
  const out: Array<{ path: Array<string | number>; code: 'too_many_decimals'; message: string }> = [];
  rates.forEach((r, i) => {
    // RULES: USR-7 — expected loss rates carry 3 decimals only from 2026-01-01.
    if (r.expectedLossRate.decimalPlaces() > places)
      out.push({
        path: [...prefix, i, 'expectedLossRate'],
        code: 'too_many_decimals',
        message: `must have at most ${places} decimals for rating year ${ratingYear} (3 decimals from ${THREE_DECIMAL_RATES_FROM}, USR-7), got ${formatDecimal(r.expectedLossRate)}`,
      });
  });
  return out;
}

const ELR_NOUN = 'an expected loss rate per $100 of payroll';

/** An expected loss rate per $100 of payroll: zero or more, at most 3 decimals (USR-7). @internal */
export function expectedLossRate(): z.ZodMiniType<Dec, MoneyLike> {
  return field<Dec, MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      const got = describeValue(v);
      if (d === undefined || !inMoneyRange(d)) return new Problem('not_a_number', MESSAGES.notNumber(ELR_NOUN, got));
      if (d.isNegative()) return new Problem('out_of_range', MESSAGES.negative(ELR_NOUN, got));
      if (d.decimalPlaces() > EXPECTED_LOSS_RATE_PLACES)
        return new Problem('too_many_decimals', `must have at most ${EXPECTED_LOSS_RATE_PLACES} decimals (USR-7), got ${got}`);
      return d;
    },
    ['decimal', true, undefined, ELR_NOUN, EXPECTED_LOSS_RATE_PLACES],
  );
}

/**
 * The JSON form of {@link ratePlacesIssues} (for `withJsonRules` on an object with `ratingYear`
 * and `rates`): a rating year before 2026 takes expected loss rates with at most 2 decimals
 * (USR-7), so the object has no rating year, one from 2026, or rates of at most 2 decimals.
 * @internal
 */
export function ratePlacesJson(): Record<string, unknown> {
  const lastYear = Number(THREE_DECIMAL_RATES_FROM.slice(0, 4)) - 1;
  const twoPlaces = placesJson(ratePlacesOn(`${lastYear}-01-01`));
  return {
    anyOf: [
      { properties: { ratingYear: { minimum: lastYear + 1 } } },
      { properties: { rates: { items: { properties: { expectedLossRate: twoPlaces } } } } },
    ],
  };
}

/** Schema of one class's expected loss rate and D-ratio. @internal */
export const ExpectedLossRateSchema = /* @__PURE__ */ (() =>
  z.strictObject({ classCode: classCode(), expectedLossRate: expectedLossRate(), dRatio: rate('a D-ratio') }))();

/** Input schema of {@link expectedLosses}. */
export const ExpectedLossesInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      payroll: nonEmptyList(ClassPayrollSchema, 'class payroll'),
      rates: nonEmptyList(ExpectedLossRateSchema, 'class rate'),
      ratingYear: z.optional(year()),
    })
    .check(
      z.superRefine((v, ctx) => {
        const issues = [
          ...duplicateIssues(v.payroll, 'payroll', 'classCode', 'class'),
          ...duplicateIssues(v.rates, 'rates', 'classCode', 'class'),
          ...(v.ratingYear === undefined ? [] : ratePlacesIssues(v.rates, v.ratingYear)),
        ];
        for (const i of issues) addIssue(ctx, i.path, i.code, i.message);
      }),
    );
  // Its JSON form: 2 decimals for a rating year before 2026 (USR-7).
  /* @__PURE__ */ withJsonRules(schema, ratePlacesJson());
  return schema;
})();

/** Input of {@link expectedLosses}. */
export interface ExpectedLossesInput {
  /** The member's payroll of the experience period by class code (each class once). */
  readonly payroll: ReadonlyArray<{
    /** The four-digit class code, as text (`"8810"`). */
    readonly classCode: string;
    /** The class's payroll, a non-negative amount. */
    readonly amount: MoneyLike;
  }>;
  /** The rating bureau's published figures by class (each class once; classes without payroll are ignored). */
  readonly rates: ReadonlyArray<{
    /** The four-digit class code, as text. */
    readonly classCode: string;
    /** Expected losses per $100 of payroll, at most 3 decimals (USR-7). */
    readonly expectedLossRate: MoneyLike;
    /** The class's D-ratio: the primary share of its expected losses, a fraction from 0 to 1. */
    readonly dRatio: MoneyLike;
  }>;
  /**
   * The rating year the expected loss rates belong to (optional). When given, the rates are
   * checked against USR-7: a year before 2026 takes rates with at most 2 decimals (3 decimals
   * from 2026-01-01). Omitted: any rate with up to 3 decimals is accepted, as before.
   */
  readonly ratingYear?: number | undefined;
}

/** Options schema of {@link expectedLosses}. */
export const ExpectedLossesOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link expectedLosses}. */
export interface ExpectedLossesOptions extends ExplainOption {}

/** The expected losses of one class. */
export interface ClassExpectedLosses {
  /** The class code. */
  readonly classCode: string;
  /** E = payroll ÷ 100 × expected loss rate, to the cent (half-up). */
  readonly expected: Money;
  /** Ep = E × D-ratio, to the cent (half-up). */
  readonly expectedPrimary: Money;
  /** Ee = E − Ep (exact, so Ep + Ee = E). */
  readonly expectedExcess: Money;
}

/** Result of {@link expectedLosses}. */
export interface ExpectedLossesResult extends Explained {
  /** Each payroll class, in input order. */
  readonly classes: ReadonlyArray<ClassExpectedLosses>;
  /** E: Σ of the classes' expected losses. */
  readonly expected: Money;
  /** Ep: Σ of the classes' expected primary losses. */
  readonly expectedPrimary: Money;
  /** Ee = E − Ep. */
  readonly expectedExcess: Money;
}

/** One class in exact figures. @internal */
export interface ExpectedRow {
  readonly classCode: string;
  readonly payroll: Dec;
  readonly rate: Dec;
  readonly dRatio: Dec;
  readonly expected: Dec;
  readonly expectedPrimary: Dec;
  readonly expectedExcess: Dec;
}

/** E, Ep and Ee by class and in total (unchecked core; MISSING_RATE for a class without a rate). @internal */
export function expectedLossesCore(
  payroll: ReadonlyArray<{ readonly classCode: string; readonly amount: Dec }>,
  rates: ReadonlyArray<{ readonly classCode: string; readonly expectedLossRate: Dec; readonly dRatio: Dec }>,
): { rows: ExpectedRow[]; expected: Dec; expectedPrimary: Dec; expectedExcess: Dec } {
  const byClass = new Map(rates.map((r) => [r.classCode, r] as const));
  const rows = payroll.map((p): ExpectedRow => {
    const r = byClass.get(p.classCode);
    if (r === undefined)
      throw new WcraError('MISSING_RATE', `Class ${p.classCode} has payroll but no expected loss rate: add it to rates.`, {
        details: { classCode: p.classCode },
      });
    const expected = roundMoney(p.amount.div(100).times(r.expectedLossRate)); // RULES: SI-10 — E, to the cent (convention)
    const expectedPrimary = roundMoney(expected.times(r.dRatio)); // RULES: SI-10 — Ep = E × D-ratio
    const row = { classCode: p.classCode, payroll: p.amount, rate: r.expectedLossRate, dRatio: r.dRatio, expected, expectedPrimary };
    return { ...row, expectedExcess: expected.minus(expectedPrimary) }; // RULES: SI-10 — Ee = E − Ep
  });
  const sum = (k: 'expected' | 'expectedPrimary'): Dec => rows.reduce((s, r) => s.plus(r[k]), toDecimal(0));
  const expected = sum('expected');
  const expectedPrimary = sum('expectedPrimary');
  if (!inMoneyRange(expected)) throw new WcraError('RESULT_OUT_OF_RANGE', MESSAGES.resultRange('(expected losses)'));
  return { rows, expected, expectedPrimary, expectedExcess: expected.minus(expectedPrimary) };
}

/** The explanation of {@link expectedLosses}: per class E and Ep, then the totals. @internal */
export function expectedLossesSteps(r: ReturnType<typeof expectedLossesCore>): TraceStep[] {
  const steps: TraceStep[] = [];
  for (const row of r.rows) {
    steps.push(
      step(
        'SI-10',
        `Class ${row.classCode}: expected losses = payroll / 100 x expected loss rate, to the cent`,
        [moneyValue('Payroll', formatMoney(row.payroll)), textValue('Expected loss rate per $100', formatDecimal(row.rate), 'number')],
        moneyValue(`Class ${row.classCode} expected losses`, formatMoney(row.expected)),
      ),
      step(
        'SI-10',
        `Class ${row.classCode}: expected primary losses = expected losses x D-ratio, to the cent`,
        [moneyValue('Expected losses', formatMoney(row.expected)), textValue('D-ratio', formatDecimal(row.dRatio), 'number')],
        moneyValue(`Class ${row.classCode} expected primary losses`, formatMoney(row.expectedPrimary)),
      ),
    );
  }
  const total = (label: string, k: 'expected' | 'expectedPrimary') =>
    r.rows.map((row, i) => moneyValue(`Class ${row.classCode} ${label}`, formatMoney(row[k]), i === 0 ? undefined : '+'));
  steps.push(
    step(
      'SI-10',
      'Expected losses (E) = sum over the classes',
      total('expected losses', 'expected'),
      moneyValue('Expected losses (E)', formatMoney(r.expected)),
    ),
    step(
      'SI-10',
      'Expected primary losses (Ep) = sum over the classes',
      total('expected primary', 'expectedPrimary'),
      moneyValue('Expected primary losses (Ep)', formatMoney(r.expectedPrimary)),
    ),
    step(
      'SI-10',
      'Expected excess losses (Ee) = E - Ep',
      [
        moneyValue('Expected losses (E)', formatMoney(r.expected)),
        moneyValue('Expected primary losses (Ep)', formatMoney(r.expectedPrimary), '-'),
      ],
      moneyValue('Expected excess losses (Ee)', formatMoney(r.expectedExcess)),
    ),
  );
  return steps;
}

/**
 * A member's expected losses for experience rating (SI-10): per class E = payroll ÷ 100 ×
 * expected loss rate, the expected primary losses Ep = E × D-ratio and the expected excess
 * losses Ee = E − Ep; then E, Ep and Ee in total.
 *
 * The expected loss rates and D-ratios are published yearly by the rating bureau: you supply
 * them. Rates carry at most 3 decimals (USR-7). Minnesota rates carry 3 decimals only from
 * 2026-01-01: give `ratingYear` and a rate with 3 decimals for a rating year before 2026 is
 * `too_many_decimals`. Without `ratingYear` the function cannot tell the year (payroll and rates
 * carry no date), so it accepts up to 3 decimals, as it always has: the field is optional to keep
 * existing calls working. Convention: each class's E and Ep are stated to the cent, half-up, as
 * a bureau worksheet states each class's figures, and Ee = E − Ep exactly, so every figure
 * shown adds up (Ep + Ee = E, the classes add up to the totals) and the mod can be recomputed
 * from them. A class's rate given without payroll is ignored.
 *
 * @param input - `{ payroll: [{ classCode, amount }], rates: [{ classCode, expectedLossRate, dRatio }], ratingYear? }`.
 * @param options - `{ explain? }`.
 * @returns `{ classes: [{ classCode, expected, expectedPrimary, expectedExcess }], expected, expectedPrimary, expectedExcess }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (`too_many_decimals` for a rate with more
 *   than 3 decimals, or more than 2 with a `ratingYear` before 2026; `duplicate` for a class listed twice); `MISSING_RATE` when a payroll class
 *   has no rate (`details.classCode` names it).
 *
 * @example
 * ```ts
 * import { expectedLosses } from 'wcra-calc';
 * expectedLosses({ payroll: [{ classCode: '8810', amount: '2000000' }], rates: [{ classCode: '8810', expectedLossRate: '0.125', dRatio: '0.4' }] })
 * //=> { classes: [{ classCode: '8810', expected: '2500.00', expectedPrimary: '1000.00', expectedExcess: '1500.00' }], expected: '2500.00', expectedPrimary: '1000.00', expectedExcess: '1500.00' }
 * // The same rate for rating year 2025 throws INVALID_INPUT: too_many_decimals at ['rates', 0, 'expectedLossRate'] (USR-7).
 * ```
 */
export function expectedLosses(input: ExpectedLossesInput, options?: ExpectedLossesOptions): ExpectedLossesResult {
  return expectedLossesDefinition.run(input, options);
}

/** The definition of {@link expectedLosses}: name, rules, schemas, example. */
export const expectedLossesDefinition = /* @__PURE__ */ defineCalculator({
  name: 'expectedLosses',
  feature: 'self-insurers',
  summary: 'Expected, expected primary and expected excess losses by class from payroll and the bureau rates',
  rules: ['SI-10', 'USR-7'],
  uncitedRules: {
    'USR-7': 'an input check (expected loss rates carry at most 3 decimals, and 2 for a ratingYear before 2026), not a computed step',
  },
  input: ExpectedLossesInputSchema,
  options: ExpectedLossesOptionsSchema,
  example: {
    payroll: [
      { classCode: '8810', amount: '2000000' },
      { classCode: '5403', amount: '750000' },
    ],
    rates: [
      { classCode: '8810', expectedLossRate: '0.125', dRatio: '0.4' },
      { classCode: '5403', expectedLossRate: '3.217', dRatio: '0.33' },
    ],
    ratingYear: 2026,
  },
  explains: true,
  compute: (v, opts): ExpectedLossesResult => {
    const r = expectedLossesCore(v.payroll, v.rates);
    const result: ExpectedLossesResult = {
      classes: r.rows.map((row) => ({
        classCode: row.classCode,
        expected: formatMoney(row.expected),
        expectedPrimary: formatMoney(row.expectedPrimary),
        expectedExcess: formatMoney(row.expectedExcess),
      })),
      expected: formatMoney(r.expected),
      expectedPrimary: formatMoney(r.expectedPrimary),
      expectedExcess: formatMoney(r.expectedExcess),
    };
    return withSteps(result, opts.explain, () => expectedLossesSteps(r));
  },
});
