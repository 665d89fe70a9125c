import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney, roundTo } from '../core/money.js';
import { addIssue, type ExplainOption, explainOptionShape, money } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link estimatedExposure}. */
export const EstimatedExposureInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      memberActual: money({ nonNegative: true }),
      totalActual: money({ nonNegative: true }),
      projectedTotal: money({ nonNegative: true }),
    })
    .check(
      z.superRefine((v, ctx) => {
        const total = v.totalActual;
        if (total.isZero()) {
          addIssue(ctx, ['totalActual'], 'out_of_range', "must be above zero: the member's share is taken of it");
        } else if (v.memberActual.gt(total)) {
          addIssue(ctx, ['memberActual'], 'inconsistent', 'cannot exceed totalActual, of which it is a part');
        }
      }),
    ))();

/** Input of {@link estimatedExposure}. */
export interface EstimatedExposureInput {
  /** The member's actual exposure for coverage year Y − 2, a non-negative amount of money. */
  readonly memberActual: MoneyLike;
  /** The WCRA's total actual exposure for Y − 2: above zero and at least `memberActual`. */
  readonly totalActual: MoneyLike;
  /** The WCRA's projected total exposure for coverage year Y, a non-negative amount of money. */
  readonly projectedTotal: MoneyLike;
}

/** Options schema of {@link estimatedExposure}. */
export const EstimatedExposureOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link estimatedExposure}. */
export interface EstimatedExposureOptions extends ExplainOption {}

/** Result of {@link estimatedExposure}. */
export interface EstimatedExposureResult extends Explained {
  /**
   * memberActual ÷ totalActual as a decimal string: exact when the quotient has at most
   * 12 significant digits, otherwise rounded up (toward +∞) in its last
   * place to the fewest significant digits (at least 12) for which
   * share × projectedTotal, rounded to cents half-up, equals `exposure`.
   */
  readonly share: string;
  /** memberActual × projectedTotal ÷ totalActual, rounded to cents half-up (PRM-4, GEN-1). */
  readonly exposure: Money;
}

/** Fewest significant digits a rounded share is given with. */
const SHARE_MIN_DIGITS = 12;
/** More digits than any input can need (see the proof in the TSDoc of {@link estimatedExposure}). */
const SHARE_MAX_DIGITS = 60;

/**
 * The share to print: the fewest significant digits (≥ 12) that reproduce `exposure`, rounded
 * toward +∞ so that a product exactly on a half cent still rounds the same way. @internal
 */
export function reproducingShare(share: Dec, projected: Dec, exposure: Dec): Dec {
  if (share.isZero()) return share;
  for (let sd = SHARE_MIN_DIGITS; sd <= SHARE_MAX_DIGITS; sd++) {
    const candidate = roundTo(share, sd - 1 - share.e, 'ceil');
    if (roundMoney(candidate.times(projected)).eq(exposure)) return candidate;
  }
  /* v8 ignore next 2 -- unreachable: 33 decimal places always suffice (see estimatedExposure). */
  return share;
}

/** Share and estimated exposure from exact inputs (unchecked core). @internal */
export function estimatedExposureCore(memberActual: Dec, totalActual: Dec, projectedTotal: Dec): { share: Dec; exposure: Dec } {
  // RULES: PRM-4 — multiply before dividing; the one division keeps 120 significant digits,
  // and only the exposure is rounded (to cents, half-up).
  const exposure = roundMoney(memberActual.times(projectedTotal).div(totalActual));
  const share = reproducingShare(memberActual.div(totalActual), projectedTotal, exposure);
  return { share, exposure };
}

/**
 * A member's estimated exposure for coverage year Y, billed in December of Y − 1 (PRM-4, BIL-1):
 * its pro rata share of the WCRA's projected total exposure for Y, the share being its actual
 * exposure for Y − 2 over the WCRA's total actual exposure for Y − 2.
 *
 * exposure = memberActual × projectedTotal ÷ totalActual, computed exactly (multiplication first,
 * one division at 120 significant digits) and rounded to cents half-up once (GEN-1). The exposure
 * is never computed from the printed share.
 *
 * `share` = memberActual ÷ totalActual. Convention: when the quotient has at most 12 significant
 * digits it is given exactly (`"0.5"`, `"0.0875"`); otherwise it is rounded up (toward +∞) in
 * its last place to the fewest significant digits, at least 12, for which
 * `share × projectedTotal` rounded to cents half-up gives back `exposure`, so an auditor can
 * reproduce the estimate from the two printed figures. Why rounding up: with amounts as integer
 * cents m, t and p, the exact product m·p/t (in cents) is either exactly on a half cent, where
 * any share below the exact one would round the other way, or at least 1/(2t) cents away from
 * one; a share rounded up by less than 1/(2·t·p) therefore rounds the same way. Since t and p are
 * at most 2^53 − 1 cents (2·t·p < 10^33), 33 decimal places always suffice; 12–25 significant digits is typical.
 *
 * @param input - `{ memberActual, totalActual, projectedTotal }`: the member's actual exposure
 *   for Y − 2, the WCRA's total actual exposure for Y − 2 (above zero, at least memberActual),
 *   and the WCRA's projected total exposure for Y.
 * @param options - `{ explain? }`.
 * @returns `{ share, exposure }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, a zero `totalActual`, or a
 *   `memberActual` above `totalActual`.
 *
 * @example
 * ```ts
 * import { estimatedExposure } from 'wcra-calc';
 * estimatedExposure({ memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' })
 * //=> { share: '0.002', exposure: '12000000.00' }
 * estimatedExposure({ memberActual: '1', totalActual: '3', projectedTotal: '100' })
 * //=> { share: '0.333333333334', exposure: '33.33' }
 * ```
 */
export function estimatedExposure(input: EstimatedExposureInput, options?: EstimatedExposureOptions): EstimatedExposureResult {
  return estimatedExposureDefinition.run(input, options);
}

/** The definition of {@link estimatedExposure}: name, rules, schemas, example. */
export const estimatedExposureDefinition = /* @__PURE__ */ defineCalculator({
  name: 'estimatedExposure',
  feature: 'premium',
  summary: "A member's estimated exposure for a coverage year: its pro rata share of the projected total",
  rules: ['PRM-4'],
  uncitedRules: {},
  input: EstimatedExposureInputSchema,
  options: EstimatedExposureOptionsSchema,
  example: { memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' },
  explains: true,
  compute: (v, opts): EstimatedExposureResult => {
    const member = v.memberActual;
    const total = v.totalActual;
    const projected = v.projectedTotal;
    const { share, exposure } = estimatedExposureCore(member, total, projected);
    const result: EstimatedExposureResult = { share: formatDecimal(share), exposure: formatMoney(exposure) };
    return withSteps(result, opts.explain, () => [
      step(
        'PRM-4',
        "Pro rata share = member's actual exposure / WCRA total actual exposure (Y - 2)",
        [
          moneyValue("Member's actual exposure (Y - 2)", formatMoney(member)),
          moneyValue('WCRA total actual exposure (Y - 2)', formatMoney(total), '/'),
        ],
        textValue('Pro rata share', result.share, 'number'),
      ),
      step(
        'PRM-4',
        "Estimated exposure = member's actual exposure x WCRA projected total (Y) / WCRA total actual (Y - 2), rounded half-up to cents",
        [
          moneyValue("Member's actual exposure (Y - 2)", formatMoney(member)),
          moneyValue('WCRA projected total exposure (Y)', formatMoney(projected), 'x'),
          moneyValue('WCRA total actual exposure (Y - 2)', formatMoney(total), '/'),
        ],
        moneyValue('Estimated exposure (Y)', result.exposure),
      ),
    ]);
  },
});
