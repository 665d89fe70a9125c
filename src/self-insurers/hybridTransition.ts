import * as z from 'zod/mini';
import { addIssue, type ExplainOption, explainOptionShape, oneOf } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** The two ways a self-insurer reports to the WCRA (SI-2). */
export const REPORTING_METHODS = /* @__PURE__ */ Object.freeze(['standard', 'hybrid'] as const);

/** A self-insurer's reporting method (SI-2). */
export type ReportingMethod = (typeof REPORTING_METHODS)[number];

/** Why a history that returns to hybrid after standard is refused (SI-2). */
const NO_RETURN_TO_HYBRID = (returnedAt: number) =>
  `is 'hybrid' after the member returned from hybrid to standard reporting (history entry ${returnedAt + 1}): a member that returns to standard can never be a hybrid again`;

/** Input schema of {@link hybridTransition}. */
export const HybridTransitionInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      history: z.array(oneOf(REPORTING_METHODS)),
      to: oneOf(REPORTING_METHODS),
    })
    .check(
      z.superRefine((v, ctx) => {
        // RULES: SI-2 — after a return to standard, no entry may be hybrid again (issue 14 item 2).
        const returned = firstReturnToStandard(v.history);
        if (returned < 0) return;
        const again = v.history.indexOf('hybrid', returned);
        if (again >= 0) addIssue(ctx, ['history', again], 'not_allowed', NO_RETURN_TO_HYBRID(returned));
      }),
    ))();

/** Input of {@link hybridTransition}. */
export interface HybridTransitionInput {
  /** The member's reporting methods in chronological order (e.g. one per coverage year), the last being the current one. */
  readonly history: ReadonlyArray<ReportingMethod>;
  /** The method the member asks to report by: `'standard'` or `'hybrid'`. */
  readonly to: ReportingMethod;
}

/** Options schema of {@link hybridTransition}. */
export const HybridTransitionOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link hybridTransition}. */
export interface HybridTransitionOptions extends ExplainOption {}

/** Result of {@link hybridTransition}. */
export interface HybridTransitionResult extends Explained {
  /** True when the member may report by `to` (SI-2). */
  readonly allowed: boolean;
  /** Why, in business terms. */
  readonly reason: string;
}

/** Index of the first return from hybrid to standard in a history, or −1. @internal */
export function firstReturnToStandard(history: ReadonlyArray<ReportingMethod>): number {
  for (let i = 1; i < history.length; i++) {
    if (history[i - 1] === 'hybrid' && history[i] === 'standard') return i;
  }
  return -1;
}

/**
 * Whether a self-insurer may move to a reporting method (SI-2): a hybrid may return to standard
 * reporting at any time, but a member that has returned from hybrid to standard can never
 * become a hybrid again.
 *
 * `history` is the member's reporting methods in chronological order (e.g. one entry per
 * coverage year; repeated entries are fine), the last entry being the current method.
 *
 * Conventions: an empty history is a member with no reporting history, and may take either
 * method. Asking for the current method is allowed (no change). A move to hybrid that is
 * allowed here still needs eligibility (`hybridEligibility`) and the WCRA's approval.
 *
 * @param input - `{ history, to }`.
 * @param options - `{ explain? }`.
 * @returns `{ allowed, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` when `history` is not a list of `'standard'` /
 *   `'hybrid'` or `to` is neither; code `not_allowed` at `['history', i]` when entry `i` is
 *   `'hybrid'` after a return from hybrid to standard (such a history cannot happen under SI-2,
 *   e.g. `['hybrid', 'standard', 'hybrid']`).
 *
 * @example
 * ```ts
 * import { hybridTransition } from 'wcra-calc';
 * hybridTransition({ history: ['standard', 'hybrid'], to: 'standard' }).allowed //=> true
 * hybridTransition({ history: ['hybrid', 'standard'], to: 'hybrid' })
 * //=> { allowed: false, reason: 'returned from hybrid to standard (history entry 2): never a hybrid again' }
 * ```
 */
export function hybridTransition(input: HybridTransitionInput, options?: HybridTransitionOptions): HybridTransitionResult {
  return hybridTransitionDefinition.run(input, options);
}

/** The definition of {@link hybridTransition}: name, rules, schemas, example. */
export const hybridTransitionDefinition = /* @__PURE__ */ defineCalculator({
  name: 'hybridTransition',
  feature: 'self-insurers',
  summary: 'Whether a move between standard and hybrid reporting is allowed (no return to hybrid)',
  rules: ['SI-2'],
  uncitedRules: {},
  input: HybridTransitionInputSchema,
  options: HybridTransitionOptionsSchema,
  example: { history: ['standard', 'hybrid'], to: 'standard' },
  explains: true,
  compute: (v, opts): HybridTransitionResult => {
    const current = v.history.at(-1);
    const returned = firstReturnToStandard(v.history);
    let result: HybridTransitionResult;
    if (current === v.to) {
      result = { allowed: true, reason: `already reports as ${v.to === 'hybrid' ? 'a hybrid' : 'a standard self-insurer'}: no change` };
    } else if (v.to === 'standard') {
      result = {
        allowed: true,
        reason:
          current === undefined
            ? 'with no history, a member may report as a standard self-insurer'
            : 'a hybrid may return to standard reporting, then never be a hybrid again',
      };
    } else if (returned >= 0) {
      // RULES: SI-2 — one-way return
      result = {
        allowed: false,
        reason: `returned from hybrid to standard (history entry ${returned + 1}): never a hybrid again`,
      };
    } else {
      result = {
        allowed: true,
        reason: 'never returned from hybrid to standard: may become a hybrid if eligible and approved by the WCRA',
      };
    }
    return withSteps(result, opts.explain, () => [
      step(
        'SI-2',
        'A member that returns from hybrid to standard can never be a hybrid again',
        [textValue('Reporting history', v.history.length === 0 ? '(none)' : v.history.join(' > ')), textValue('Requested method', v.to)],
        textValue('Allowed', result.allowed ? 'yes' : 'no'),
      ),
    ]);
  },
});
