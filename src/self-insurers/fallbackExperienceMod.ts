import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import type { DecimalLike } from '../core/money.js';
import { formatFixed, roundTo } from '../core/money.js';
import { type ExplainOption, explainOptionShape, integer, oneOf } from '../core/schema.js';
import { type Explained, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { experienceModFactor } from '../premium/exposureBase.js';
import { defineCalculator } from '../rules/define.js';
import { FALLBACK_MOD_FIGURES } from '../rules/selfInsurers.js';
import { step } from '../rules/step.js';

/** Public or private self-insurer (SI-6: who is notified). */
export const SELF_INSURER_SECTORS = /* @__PURE__ */ Object.freeze(['private', 'public'] as const);

/** A self-insurer's sector. */
export type SelfInsurerSector = (typeof SELF_INSURER_SECTORS)[number];

/** Who the WCRA notifies after three consecutive years without the data (SI-6). */
export type FallbackNotify = 'department-of-commerce' | 'state-or-legislative-auditor';

/** The floor of the first fallback mod: 1.05 (SI-6, {@link FALLBACK_MOD_FIGURES}). */
export const FALLBACK_MOD_FLOOR: string = /* @__PURE__ */ (() => FALLBACK_MOD_FIGURES.floor.value)();
/** The yearly fallback increment: 0.05 (SI-6, {@link FALLBACK_MOD_FIGURES}). */
export const FALLBACK_MOD_STEP: string = /* @__PURE__ */ (() => FALLBACK_MOD_FIGURES.step.value)();
/** The consecutive year from which the WCRA notifies: the third (SI-6, {@link FALLBACK_MOD_FIGURES}). */
export const FALLBACK_NOTIFY_FROM_YEAR: number = /* @__PURE__ */ (() => FALLBACK_MOD_FIGURES.notifyFromYear.value)();

/** Input schema of {@link fallbackExperienceMod}. */
export const FallbackExperienceModInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    priorMod: experienceModFactor(),
    consecutiveYears: integer(1, 100, 'a number of consecutive years without data'),
    sector: oneOf(SELF_INSURER_SECTORS),
  }))();

/** Input of {@link fallbackExperienceMod}. */
export interface FallbackExperienceModInput {
  /** The mod of the last year with sufficient data (e.g. the `mod` of `experienceModWorksheet` or `experienceMod`), 0 to 100; read to 2 decimals. */
  readonly priorMod: DecimalLike;
  /** How many consecutive premium years the data has been missing, this one included (1 to 100). */
  readonly consecutiveYears: number;
  /** `'private'` or `'public'` self-insurer: who the WCRA notifies from the third year. */
  readonly sector: SelfInsurerSector;
}

/** Options schema of {@link fallbackExperienceMod}. */
export const FallbackExperienceModOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link fallbackExperienceMod}. */
export interface FallbackExperienceModOptions extends ExplainOption {}

/** Result of {@link fallbackExperienceMod}. */
export interface FallbackExperienceModResult extends Explained {
  /** The assigned mod, two decimals (`"1.10"`). */
  readonly mod: string;
  /** Who the WCRA notifies from the third consecutive year; `null` before. */
  readonly notify: FallbackNotify | null;
}

/** The fallback mod for year `n` ≥ 1 from a prior mod already at 2 decimals (unchecked core). @internal */
export function fallbackModCore(prior: Dec, n: number): Dec {
  const first = D.max(new D(FALLBACK_MOD_FLOOR), prior.plus(FALLBACK_MOD_STEP)); // RULES: SI-6 — first year
  return first.plus(new D(FALLBACK_MOD_STEP).times(n - 1)); // RULES: SI-6 — each following consecutive year
}

/**
 * The experience mod the WCRA assigns when a self-insurer's payroll or loss data is not
 * sufficient to calculate one (SI-6): for the first such year the greater of 1.05 and
 * (prior mod + 0.05); for each following consecutive year, 0.05 more. After three consecutive
 * premium years without the data the WCRA notifies the Department of Commerce (private
 * self-insurer) or the state auditor or legislative auditor (public self-insurer).
 *
 * mod = max(1.05, priorMod + 0.05) + 0.05 × (consecutiveYears − 1), exact decimal arithmetic,
 * stated to two decimals.
 *
 * Conventions: `priorMod` is the mod of the last year with sufficient data. A prior mod with
 * more than two decimals is first rounded half-up to two decimals (mods are stated to two
 * decimals, SI-6, USR-7): `"0.984"` is read as `0.98`, `"1.005"` as `1.01`. Because the floor
 * and the step are whole hundredths, this gives the same mod as rounding at the end.
 * `notify` is set from the third consecutive year on (`consecutiveYears` ≥ 3), for every later
 * year too; `null` before.
 *
 * @param input - `{ priorMod, consecutiveYears, sector }`.
 * @param options - `{ explain? }`.
 * @returns `{ mod, notify }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a negative or non-numeric mod, `consecutiveYears`
 *   below 1 or not whole, or an unknown sector.
 *
 * @example
 * ```ts
 * import { fallbackExperienceMod } from 'wcra-calc';
 * fallbackExperienceMod({ priorMod: '0.90', consecutiveYears: 1, sector: 'private' }) //=> { mod: '1.05', notify: null }
 * fallbackExperienceMod({ priorMod: '1.20', consecutiveYears: 2, sector: 'private' }).mod //=> '1.30'
 * fallbackExperienceMod({ priorMod: '0.90', consecutiveYears: 3, sector: 'public' })
 * //=> { mod: '1.15', notify: 'state-or-legislative-auditor' }
 * ```
 */
export function fallbackExperienceMod(
  input: FallbackExperienceModInput,
  options?: FallbackExperienceModOptions,
): FallbackExperienceModResult {
  return fallbackExperienceModDefinition.run(input, options);
}

/** The definition of {@link fallbackExperienceMod}: name, rules, schemas, example. */
export const fallbackExperienceModDefinition = /* @__PURE__ */ defineCalculator({
  name: 'fallbackExperienceMod',
  feature: 'self-insurers',
  summary: "The mod assigned when a self-insurer's payroll or loss data is missing, and who is notified",
  rules: ['SI-6'],
  uncitedRules: {},
  input: FallbackExperienceModInputSchema,
  options: FallbackExperienceModOptionsSchema,
  example: { priorMod: '0.92', consecutiveYears: 3, sector: 'private' },
  explains: true,
  compute: (v, opts): FallbackExperienceModResult => {
    const prior = roundTo(v.priorMod, 2); // Convention: the prior mod as stated, to 2 decimals
    const mod = fallbackModCore(prior, v.consecutiveYears);
    // RULES: SI-6 — notification after three consecutive premium years
    const notify: FallbackNotify | null =
      v.consecutiveYears >= FALLBACK_NOTIFY_FROM_YEAR
        ? v.sector === 'private'
          ? 'department-of-commerce'
          : 'state-or-legislative-auditor'
        : null;
    const result: FallbackExperienceModResult = { mod: formatFixed(mod, 2), notify };
    return withSteps(result, opts.explain, () => {
      const first = fallbackModCore(prior, 1);
      const steps: TraceStep[] = [
        step(
          'SI-6',
          `First year without data: mod = max(${FALLBACK_MOD_FLOOR}, prior mod + ${FALLBACK_MOD_STEP})`,
          [textValue('Prior mod (2 decimals)', formatFixed(prior, 2), 'number'), textValue('Floor', FALLBACK_MOD_FLOOR, 'number')],
          textValue('Year 1 mod', formatFixed(first, 2), 'number'),
        ),
      ];
      if (v.consecutiveYears > 1) {
        steps.push(
          step(
            'SI-6',
            `Each following consecutive year: + ${FALLBACK_MOD_STEP}`,
            [
              textValue('Year 1 mod', formatFixed(first, 2), 'number'),
              textValue('Following years', `+ ${v.consecutiveYears - 1} x ${FALLBACK_MOD_STEP}`, 'number'),
            ],
            textValue(`Year ${v.consecutiveYears} mod`, result.mod, 'number'),
          ),
        );
      }
      steps.push(
        step(
          'SI-6',
          `After ${FALLBACK_NOTIFY_FROM_YEAR} consecutive years without data the WCRA notifies Commerce (private) or the state or legislative auditor (public)`,
          [textValue('Sector', v.sector), textValue('Consecutive years', String(v.consecutiveYears), 'number')],
          textValue('Notify', notify ?? 'nobody yet'),
        ),
      );
      return steps;
    });
  },
});
