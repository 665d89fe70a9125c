import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import { guaranteed, invalidInput, WcraError } from '../core/errors.js';
import {
  type DecimalLike,
  formatDecimal,
  formatFixed,
  formatMoney,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
} from '../core/money.js';
import { classCode, decimalLike, duplicateIssues, type ExplainOption, explainOptionShape, money, oneOf, variants } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

const InsurerExposureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    memberType: oneOf(['insurer']),
    earnedPremium: money({ nonNegative: true }),
    elIncreasedLimitsPremium: z.optional(money({ nonNegative: true })),
  }))();

/** Schema of one class's payroll (`{ classCode, amount }`). @internal */
export const ClassPayrollSchema = /* @__PURE__ */ (() =>
  z.strictObject({ classCode: classCode(), amount: money({ nonNegative: true }) }))();

/** Schema of one class's pure premium rate per $100 of payroll (`{ classCode, rate }`). @internal */
export const PureRateSchema = /* @__PURE__ */ (() =>
  z.strictObject({ classCode: classCode(), rate: decimalLike({ nonNegative: true, noun: 'a pure premium rate per $100 of payroll' }) }))();

/** An experience modification factor (0–100). @internal */
export function experienceModFactor() {
  return decimalLike({ nonNegative: true, max: 100, noun: 'an experience modification factor' });
}

const SelfInsurerExposureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    memberType: oneOf(['self-insurer']),
    payroll: z.array(ClassPayrollSchema),
    pureRates: z.array(PureRateSchema),
    experienceMod: experienceModFactor(),
  }))();

/** Input schema of {@link exposureBase}: an insurer's earned premium or a self-insurer's payroll. */
export const ExposureBaseInputSchema = /* @__PURE__ */ (() =>
  variants('memberType', { insurer: InsurerExposureSchema, 'self-insurer': SelfInsurerExposureSchema }))();

/** Input of {@link exposureBase}. */
export type ExposureBaseInput = InsurerExposureInput | SelfInsurerExposureInput;

/** An insurer's exposure input for {@link exposureBase} (PRM-3). */
export interface InsurerExposureInput {
  /** `'insurer'`: the exposure is earned premium. */
  readonly memberType: 'insurer';
  /** Calendar-year earned premium at the MWCIA designated statistical reporting level, non-negative. */
  readonly earnedPremium: MoneyLike;
  /** Employer's liability increased-limits premium deducted from it (default 0; at most the earned premium). */
  readonly elIncreasedLimitsPremium?: MoneyLike;
}

/** One class's Minnesota payroll. */
export interface ClassPayroll {
  /** The four-digit MWCIA class code, as text (`"8810"`). */
  readonly classCode: string;
  /** The class's Minnesota payroll, a non-negative amount of money. */
  readonly amount: MoneyLike;
}

/** One class's MWCIA pure premium rate. */
export interface PureRate {
  /** The four-digit MWCIA class code, as text (`"8810"`). */
  readonly classCode: string;
  /** The pure premium rate per $100 of payroll, a non-negative decimal (`"0.125"`; 3 decimals from 2026, USR-7). */
  readonly rate: DecimalLike;
}

/** A self-insurer's exposure input for {@link exposureBase} (PRM-3). */
export interface SelfInsurerExposureInput {
  /** `'self-insurer'`: the exposure is payroll × pure rates × mod. */
  readonly memberType: 'self-insurer';
  /** Minnesota payroll by class; a class listed more than once (payroll by location) is summed. */
  readonly payroll: ReadonlyArray<ClassPayroll>;
  /** The pure premium rate of each class with payroll (each class once). */
  readonly pureRates: ReadonlyArray<PureRate>;
  /** The member's experience modification factor, 0–100 (`"0.90"`). */
  readonly experienceMod: DecimalLike;
}

/** Options schema of {@link exposureBase}. */
export const ExposureBaseOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link exposureBase}. */
export interface ExposureBaseOptions extends ExplainOption {}

/** One payroll class of a self-insurer's exposure. */
export interface ExposureClassRow {
  /** The four-digit MWCIA class code. */
  readonly classCode: string;
  /** Minnesota payroll of the class. */
  readonly payroll: Money;
  /** The class's pure premium rate per $100 of payroll (decimal string, up to 3 places from 2026). */
  readonly pureRate: string;
  /** payroll ÷ 100 × pure rate, shown to the cent (the exposure is computed from the exact figures). */
  readonly purePremium: Money;
}

/** Result of {@link exposureBase}. */
export interface ExposureBaseResult extends Explained {
  /** The exposure base, rounded to cents half-up. */
  readonly exposure: Money;
  /** Self-insurers: one row per class, in the order the classes first appear (a class listed twice is summed). */
  readonly byClass?: ReadonlyArray<ExposureClassRow>;
}

/** A mod as printed on worksheets: two decimals (`0.90`), or every digit when it has more (USR-7). */
function modText(mod: Dec): string {
  return mod.decimalPlaces() <= 2 ? formatFixed(mod, 2) : formatDecimal(mod);
}

/**
 * Payroll by class with a class listed more than once (payroll by location) summed into one row,
 * classes in the order they first appear (PRM-3; unchecked core). @internal
 */
export function sumByClass(payroll: ReadonlyArray<{ classCode: string; amount: Dec }>): Array<{ classCode: string; amount: Dec }> {
  const byClass = new Map<string, Dec>();
  for (const p of payroll) {
    const before = byClass.get(p.classCode);
    byClass.set(p.classCode, before === undefined ? p.amount : before.plus(p.amount));
  }
  return [...byClass].map(([classCode, amount]) => ({ classCode, amount }));
}

/** Self-insurer exposure from exact inputs (unchecked core): Σ payroll ÷ 100 × rate, × mod. @internal */
export function selfInsurerExposureCore(
  payroll: ReadonlyArray<{ classCode: string; amount: Dec }>,
  rates: ReadonlyMap<string, Dec>,
  mod: Dec,
): { exposure: Dec; rows: Array<{ classCode: string; payroll: Dec; pureRate: Dec; purePremium: Dec }> } {
  let sum = new D(0);
  const rows = payroll.map((p) => {
    const pureRate = guaranteed(rates.get(p.classCode), `pure rate of class ${p.classCode}`);
    const purePremium = p.amount.div(100).times(pureRate); // RULES: PRM-3
    sum = sum.plus(purePremium);
    return { classCode: p.classCode, payroll: p.amount, pureRate, purePremium };
  });
  return { exposure: roundMoney(sum.times(mod)), rows };
}

/**
 * The WCRA exposure base of a member for a calendar year (PRM-3).
 *
 * - Insurers: calendar-year earned premium at the MWCIA designated statistical reporting level,
 *   less employer's liability increased-limits premium (`elIncreasedLimitsPremium`, default 0;
 *   it may not exceed the earned premium).
 * - Self-insurers: Σ over classes of Minnesota payroll ÷ 100 × the class's MWCIA pure premium
 *   rate, × the member's experience modification. Pure rates may carry 3 decimals (USR-7).
 *
 * Order of operations: the class products are summed exactly, multiplied by the mod, and the
 * exposure is rounded to cents half-up once, at the end (GEN-1). `byClass[].purePremium` is
 * shown to the cent for reading; summing those rounded figures can differ from the exposure by
 * a few cents. Rates for classes without payroll are ignored.
 *
 * Payroll by location: a class may be listed more than once in `payroll` (one row per location,
 * as `locationListingDefault` or a payroll report gives it); its amounts are summed exactly into
 * one `byClass` row, in the order the classes first appear. `pureRates` lists each class once.
 *
 * @param input - `{ memberType: 'insurer', earnedPremium, elIncreasedLimitsPremium? }` or
 *   `{ memberType: 'self-insurer', payroll: { classCode, amount }[], pureRates: { classCode, rate }[], experienceMod }`.
 * @param options - `{ explain? }`.
 * @returns `{ exposure, byClass? }` (and `steps` with `explain`).
 * @throws {@link WcraError} `MISSING_RATE` when a payroll class has no pure rate (the class is
 *   named in the message and `details.classCode`); `INVALID_INPUT` for bad input, a class listed
 *   twice in `pureRates` (`duplicate`), or increased-limits premium above the earned premium.
 *
 * @example
 * ```ts
 * import { exposureBase } from 'wcra-calc';
 * exposureBase({ memberType: 'insurer', earnedPremium: '12500000', elIncreasedLimitsPremium: '500000' }).exposure
 * //=> '12000000.00'
 * const selfInsured = exposureBase({
 *   memberType: 'self-insurer',
 *   payroll: [{ classCode: '8810', amount: '10000000' }, { classCode: '7380', amount: '2500000' }],
 *   pureRates: [{ classCode: '8810', rate: '0.125' }, { classCode: '7380', rate: '4.25' }],
 *   experienceMod: '0.90',
 * });
 * selfInsured.exposure //=> '106875.00'
 * ```
 */
export function exposureBase(input: ExposureBaseInput, options?: ExposureBaseOptions): ExposureBaseResult {
  return exposureBaseDefinition.run(input, options);
}

/** The definition of {@link exposureBase}: name, rules, schemas, example. */
export const exposureBaseDefinition = /* @__PURE__ */ defineCalculator({
  name: 'exposureBase',
  feature: 'premium',
  summary: 'Exposure base: insurer earned premium less EL increased limits, or self-insurer payroll x pure rates x mod',
  rules: ['PRM-3'],
  uncitedRules: {},
  input: ExposureBaseInputSchema,
  options: ExposureBaseOptionsSchema,
  example: {
    memberType: 'self-insurer',
    payroll: [
      { classCode: '8810', amount: '10000000' },
      { classCode: '7380', amount: '2500000' },
    ],
    pureRates: [
      { classCode: '8810', rate: '0.125' },
      { classCode: '7380', rate: '4.25' },
    ],
    experienceMod: '0.90',
  },
  explains: true,
  compute: (v, opts): ExposureBaseResult =>
    v.memberType === 'insurer' ? insurerExposure(v, opts.explain) : selfInsurerExposure(v, opts.explain),
});

type ParsedExposureInput = z.output<typeof ExposureBaseInputSchema>;

/** PRM-3 for an insurer: earned premium − EL increased-limits premium. */
function insurerExposure(v: Extract<ParsedExposureInput, { memberType: 'insurer' }>, explain: boolean | undefined): ExposureBaseResult {
  const earned = toDecimal(v.earnedPremium);
  const el = toDecimal(v.elIncreasedLimitsPremium ?? 0);
  if (el.gt(earned)) {
    throw invalidInput([
      { path: ['elIncreasedLimitsPremium'], code: 'inconsistent', message: 'cannot exceed the earned premium it is deducted from' },
    ]);
  }
  const exposure = roundMoney(earned.minus(el)); // RULES: PRM-3
  const result: ExposureBaseResult = { exposure: formatMoney(exposure) };
  return withSteps(result, explain, () => [
    step(
      'PRM-3',
      "Insurer exposure = earned premium at the designated statistical reporting level - employer's liability increased-limits premium",
      [
        moneyValue('Earned premium', formatMoney(earned)),
        moneyValue("Less employer's liability increased-limits premium", formatMoney(el), '-'),
      ],
      moneyValue('Exposure base', result.exposure),
    ),
  ]);
}

/**
 * PRM-3 for a self-insurer: payroll ÷ 100 × pure rate by class, summed, × mod, from values its
 * schema already read (`hybridTrueUp` calls it with its own parsed payroll, rates and mod, so
 * nothing is parsed twice). @internal
 */
export function selfInsurerExposure(
  v: Extract<ParsedExposureInput, { memberType: 'self-insurer' }>,
  explain: boolean | undefined,
): ExposureBaseResult {
  const issues = duplicateIssues(v.pureRates, 'pureRates', 'classCode', 'class');
  if (issues.length > 0) throw invalidInput(issues);
  const rates = new Map(v.pureRates.map((r) => [r.classCode, toDecimal(r.rate)] as const));
  const missing = v.payroll.find((p) => !rates.has(p.classCode));
  if (missing !== undefined) {
    throw new WcraError('MISSING_RATE', `Class ${missing.classCode} has payroll but no pure premium rate: add it to pureRates.`, {
      details: { classCode: missing.classCode },
    });
  }
  const mod = toDecimal(v.experienceMod);
  const { exposure, rows } = selfInsurerExposureCore(
    sumByClass(v.payroll.map((p) => ({ classCode: p.classCode, amount: toDecimal(p.amount) }))),
    rates,
    mod,
  );
  const byClass = rows.map((r) => ({
    classCode: r.classCode,
    payroll: formatMoney(r.payroll),
    pureRate: formatDecimal(r.pureRate),
    purePremium: formatMoney(r.purePremium),
  }));
  const result: ExposureBaseResult = { exposure: formatMoney(exposure), byClass };
  return withSteps(result, explain, () => {
    const steps: TraceStep[] = byClass.map((r) =>
      step(
        'PRM-3',
        `Class ${r.classCode} pure premium = payroll / 100 x pure premium rate`,
        [moneyValue(`Class ${r.classCode} payroll`, r.payroll), textValue('Pure premium rate per $100', `x ${r.pureRate}`, 'number')],
        moneyValue(`Class ${r.classCode} pure premium`, r.purePremium),
      ),
    );
    const total = rows.reduce((s, r) => s.plus(r.purePremium), new D(0));
    steps.push(
      step(
        'PRM-3',
        'Self-insurer exposure = total pure premium x experience modification, rounded to cents (half-up)',
        [moneyValue('Total pure premium', formatMoney(total)), textValue('Experience modification', `x ${modText(mod)}`, 'number')],
        moneyValue('Exposure base', result.exposure),
      ),
    );
    return steps;
  });
}
