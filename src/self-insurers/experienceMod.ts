import * as z from 'zod/mini';
import { invalidInput } from '../core/errors.js';
import { formatFixed, formatMoney, toDecimal, tryParseDecimal } from '../core/money.js';
import { describeValue, type ExplainOption, ExplainOptionsSchema, money, parseOptions, parseWith } from '../core/schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from '../core/trace.js';

function weightValue() {
  return z.custom<string | number>(
    (v) => {
      const d = tryParseDecimal(v);
      if (d === undefined) return false;
      return d.gte(0) && d.lte(1);
    },
    { error: (iss) => `must be a weight from 0 to 1 (e.g. "0.25"), got ${describeValue(iss.input)}` },
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
export type ExperienceModInput = z.input<typeof ExperienceModInputSchema>;

/** Options schema of {@link experienceMod}. */
export const ExperienceModOptionsSchema = ExplainOptionsSchema;

/** Options of {@link experienceMod}. */
export type ExperienceModOptions = ExplainOption;

/** Result of {@link experienceMod}. */
export interface ExperienceModResult extends Explained {
  /** The experience modification, rounded half-up to two decimals (`"0.93"`, `"1.00"`). */
  readonly mod: string;
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
  const v = parseWith(ExperienceModInputSchema, input);
  const opts = parseOptions(ExperienceModOptionsSchema, options);
  const ap = toDecimal(v.actualPrimary);
  const ae = toDecimal(v.actualExcess);
  const e = toDecimal(v.expectedLosses);
  const ee = toDecimal(v.expectedExcess);
  const w = toDecimal(v.weight);
  const b = toDecimal(v.ballast);
  if (ee.gt(e))
    throw invalidInput([{ path: ['expectedExcess'], code: 'inconsistent', message: 'cannot exceed expectedLosses (it is part of them)' }]);
  const denominator = e.plus(b);
  if (denominator.isZero()) {
    throw invalidInput([{ path: ['ballast'], code: 'out_of_range', message: 'expected losses + ballast must be above zero' }]);
  }
  // RULES: SI-7
  const numerator = ap.plus(w.times(ae)).plus(w.negated().plus(1).times(ee)).plus(b);
  const mod = formatFixed(numerator.div(denominator), 2); // RULES: SI-7, SI-6 — stated to 2 decimals, half-up
  const result: ExperienceModResult = { mod };
  return withSteps(result, opts.explain, () => [
    step(
      'SI-7',
      'Numerator = actual primary + W x actual excess + (1 - W) x expected excess + ballast',
      [
        moneyValue('Actual primary losses (Ap)', formatMoney(ap)),
        moneyValue(`W x actual excess losses (W = ${w.toFixed()})`, formatMoney(w.times(ae)), '+'),
        moneyValue('(1 - W) x expected excess losses', formatMoney(w.negated().plus(1).times(ee)), '+'),
        moneyValue('Ballast (B)', formatMoney(b), '+'),
      ],
      moneyValue('Numerator', formatMoney(numerator)),
    ),
    step(
      'SI-7',
      'Mod = numerator / (expected losses + ballast), half-up to 2 decimals',
      [moneyValue('Numerator', formatMoney(numerator)), moneyValue('Expected losses (E) + ballast (B)', formatMoney(denominator), '/')],
      textValue('Experience modification', mod, 'number'),
    ),
  ]);
}
