import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { formatFixed, formatMoney, type MoneyLike, tryParseDecimal } from '../core/money.js';
import { describeValue, type ExplainOption, explainOptionShape, field, money, Problem } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** A weight from 0 to 1 (W, SI-7), read as an exact decimal. @internal */
export function weightValue(): z.ZodMiniType<Dec, MoneyLike> {
  return field<Dec, MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      if (d?.gte(0) && d.lte(1)) return d;
      return new Problem(
        d === undefined ? 'not_a_number' : 'out_of_range',
        `must be a weight from 0 to 1 (e.g. "0.25"), got ${describeValue(v)}`,
      );
    },
    ['decimal', true, 1, 'a weight'],
  );
}

/** Input schema of {@link experienceMod}. */
export const ExperienceModInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    actualPrimary: money({ nonNegative: true }),
    actualExcess: money({ nonNegative: true }),
    expectedLosses: money({ nonNegative: true }),
    expectedExcess: money({ nonNegative: true }),
    weight: weightValue(),
    ballast: money({ nonNegative: true }),
  }))();

/** Input of {@link experienceMod}. */
export interface ExperienceModInput {
  /** Ap: actual primary losses (Σ of each limited loss's primary part, see `splitLoss`), zero or more. */
  readonly actualPrimary: MoneyLike;
  /** Ae: actual excess losses (Σ of each limited loss's excess part), zero or more. */
  readonly actualExcess: MoneyLike;
  /** E: expected losses of the experience period, zero or more. */
  readonly expectedLosses: MoneyLike;
  /** Ee: the excess part of the expected losses, at most `expectedLosses`. */
  readonly expectedExcess: MoneyLike;
  /** W: the rating bureau's weighting value, from 0 to 1. */
  readonly weight: MoneyLike;
  /** B: the rating bureau's ballast value, zero or more. */
  readonly ballast: MoneyLike;
}

/** Options schema of {@link experienceMod}. */
export const ExperienceModOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link experienceMod}. */
export interface ExperienceModOptions extends ExplainOption {}

/** Result of {@link experienceMod}. */
export interface ExperienceModResult extends Explained {
  /** The experience modification, rounded half-up to two decimals (`"0.93"`, `"1.00"`). */
  readonly mod: string;
}

/** The SI-7 figures, exact. @internal */
export interface ModFigures {
  readonly ap: Dec;
  readonly ae: Dec;
  readonly e: Dec;
  readonly ee: Dec;
  readonly w: Dec;
  readonly b: Dec;
}

/** The SI-7 mod with its numerator and denominator (unchecked core; INVALID_INPUT when Ee > E or E + B = 0). @internal */
export function experienceModCore(f: ModFigures): { numerator: Dec; denominator: Dec; mod: string } {
  if (f.ee.gt(f.e))
    throw invalidInput([{ path: ['expectedExcess'], code: 'inconsistent', message: 'cannot exceed expectedLosses (it is part of them)' }]);
  const denominator = f.e.plus(f.b);
  if (denominator.isZero()) {
    throw invalidInput([{ path: ['ballast'], code: 'out_of_range', message: 'expected losses + ballast must be above zero' }]);
  }
  // RULES: SI-7
  const numerator = f.ap.plus(f.w.times(f.ae)).plus(f.w.negated().plus(1).times(f.ee)).plus(f.b);
  const mod = formatFixed(numerator.div(denominator), 2); // RULES: SI-7, SI-6 — stated to 2 decimals, half-up
  return { numerator, denominator, mod };
}

/** The SI-7 steps: the numerator, then the mod. @internal */
export function experienceModSteps(f: ModFigures, r: ReturnType<typeof experienceModCore>): TraceStep[] {
  return [
    step(
      'SI-7',
      'Numerator = actual primary + W x actual excess + (1 - W) x expected excess + ballast',
      [
        moneyValue('Actual primary losses (Ap)', formatMoney(f.ap)),
        moneyValue(`W x actual excess losses (W = ${f.w.toFixed()})`, formatMoney(f.w.times(f.ae)), '+'),
        moneyValue('(1 - W) x expected excess losses', formatMoney(f.w.negated().plus(1).times(f.ee)), '+'),
        moneyValue('Ballast (B)', formatMoney(f.b), '+'),
      ],
      moneyValue('Numerator', formatMoney(r.numerator)),
    ),
    step(
      'SI-7',
      'Mod = numerator / (expected losses + ballast), half-up to 2 decimals',
      [moneyValue('Numerator', formatMoney(r.numerator)), moneyValue('Expected losses (E) + ballast (B)', formatMoney(r.denominator), '/')],
      textValue('Experience modification', r.mod, 'number'),
    ),
  ];
}

/**
 * The experience modification factor by the Minnesota / NCCI formula (SI-7), for the library's
 * optional mod calculator:
 *
 * mod = (Ap + W·Ae + (1 − W)·Ee + B) ÷ (E + B), computed exactly and rounded half-up to two
 * decimals once (mods are stated to two decimals, SI-6, USR-7).
 *
 * Ap = `actualPrimary`, Ae = `actualExcess` (split each loss with `splitLoss`), E =
 * `expectedLosses`, Ee = `expectedExcess`, W = `weight` (0 to 1), B = `ballast`. The split point,
 * W, B and the expected loss rates are published yearly by the rating bureau (MWCIA / NCCI): the
 * library has no table of them, callers supply them for the rating year.
 *
 * Conventions: E + B must be above zero; `expectedExcess` may not exceed `expectedLosses` (the
 * excess part of the expected losses). With no losses and B > 0 the mod is below 1 when there is
 * a credit of at least half a point (E − (1 − W)·Ee ≥ (E + B) ÷ 200); smaller credits round to
 * `"1.00"`.
 *
 * @param input - `{ actualPrimary, actualExcess, expectedLosses, expectedExcess, weight, ballast }`.
 * @param options - `{ explain? }`.
 * @returns `{ mod }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for negative amounts, a weight outside 0–1,
 *   `expectedExcess` above `expectedLosses`, or E + B = 0.
 *
 * @example
 * ```ts
 * import { experienceMod } from 'wcra-calc';
 * const input = { actualPrimary: '30000', actualExcess: '50000', expectedLosses: '100000', expectedExcess: '70000', weight: '0.2', ballast: '40000' };
 * experienceMod(input) //=> { mod: '0.97' }
 * experienceMod({ ...input, actualPrimary: '30000', actualExcess: '70000', weight: '0' }).mod //=> '1.00'
 * ```
 */
export function experienceMod(input: ExperienceModInput, options?: ExperienceModOptions): ExperienceModResult {
  return experienceModDefinition.run(input, options);
}

/** The definition of {@link experienceMod}: name, rules, schemas, example. */
export const experienceModDefinition = /* @__PURE__ */ defineCalculator({
  name: 'experienceMod',
  feature: 'self-insurers',
  summary: 'The experience modification by the Minnesota / NCCI formula from Ap, Ae, E, Ee, W and B',
  rules: ['SI-7'],
  uncitedRules: {},
  input: ExperienceModInputSchema,
  options: ExperienceModOptionsSchema,
  example: {
    actualPrimary: '30000',
    actualExcess: '50000',
    expectedLosses: '100000',
    expectedExcess: '70000',
    weight: '0.2',
    ballast: '40000',
  },
  explains: true,
  compute: (v, opts): ExperienceModResult => {
    const f: ModFigures = { ap: v.actualPrimary, ae: v.actualExcess, e: v.expectedLosses, ee: v.expectedExcess, w: v.weight, b: v.ballast };
    const r = experienceModCore(f);
    const result: ExperienceModResult = { mod: r.mod };
    return withSteps(result, opts.explain, () => experienceModSteps(f, r));
  },
});
