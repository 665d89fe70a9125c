import * as z from 'zod/mini';
import { compareDates, type IsoDate } from '../core/dates.js';
import { formatMoney, type Money, type MoneyLike } from '../core/money.js';
import { addIssue, type ExplainOption, explainOptionShape, isoDate, money } from '../core/schema.js';
import { type Explained, moneyValue, type TraceValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link insurerAdjustmentBasis}. */
export const InsurerAdjustmentBasisInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      deadline: isoDate(),
      reported: z.optional(z.strictObject({ exposure: money({ nonNegative: true }), receivedOn: isoDate() })),
      standardEarnedPremium: money({ nonNegative: true }),
      fallbackAppliedOn: z.optional(isoDate()),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.fallbackAppliedOn !== undefined && compareDates(v.fallbackAppliedOn, v.deadline) <= 0) {
          addIssue(
            ctx,
            ['fallbackAppliedOn'],
            'inconsistent',
            `must be after the deadline ${v.deadline}: the fallback applies only after it`,
          );
        }
      }),
    ))();

/** Input of {@link insurerAdjustmentBasis}. */
export interface InsurerAdjustmentBasisInput {
  /** The reporting deadline for the insurer's exposure data, `YYYY-MM-DD` (PRM-9). */
  readonly deadline: string;
  /** The exposure the insurer reported and the date the WCRA received it; omit when nothing was reported. */
  readonly reported?: {
    /** The reported exposure, a non-negative amount of money. */
    readonly exposure: MoneyLike;
    /** The date the WCRA received the data, `YYYY-MM-DD`. */
    readonly receivedOn: string;
  };
  /** The standard earned premium at company rate level reported to MWCIA, a non-negative amount (the fallback). */
  readonly standardEarnedPremium: MoneyLike;
  /** The date the adjustment was made on the fallback, `YYYY-MM-DD`, after `deadline`; later data is then refused. */
  readonly fallbackAppliedOn?: string;
}

/** Options schema of {@link insurerAdjustmentBasis}. */
export const InsurerAdjustmentBasisOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link insurerAdjustmentBasis}. */
export interface InsurerAdjustmentBasisOptions extends ExplainOption {}

/** Which figure an insurer's annual adjustment is computed from (PRM-9). */
export type InsurerAdjustmentBasisKind = 'reported' | 'standard-earned-premium';

/** Result of {@link insurerAdjustmentBasis}. */
export interface InsurerAdjustmentBasisResult extends Explained {
  /** `'reported'` when the data arrived by the deadline, otherwise `'standard-earned-premium'` (PRM-9). */
  readonly basis: InsurerAdjustmentBasisKind;
  /** The exposure the adjustment is computed from: the reported figure or the standard earned premium. */
  readonly exposure: Money;
  /** Why, in one sentence with the dates. */
  readonly reason: string;
}

/** The basis from validated inputs (unchecked core). @internal */
export function adjustmentBasisCore(
  deadline: IsoDate,
  receivedOn: IsoDate | undefined,
  fallbackAppliedOn: IsoDate | undefined,
): { basis: InsurerAdjustmentBasisKind; reason: string } {
  // RULES: PRM-9 — on the deadline counts as on time (GEN-4: 0 days late).
  if (receivedOn !== undefined && compareDates(receivedOn, deadline) <= 0) {
    const note = fallbackAppliedOn === undefined ? '' : `; the fallback of ${fallbackAppliedOn} does not apply`;
    return {
      basis: 'reported',
      reason: `Data received on ${receivedOn}, by the deadline ${deadline}: the reported exposure is used${note}.`,
    };
  }
  const fallback = 'the standard earned premium at company rate level reported to MWCIA is used';
  if (receivedOn === undefined) {
    return { basis: 'standard-earned-premium', reason: `No data reported by the deadline ${deadline}: ${fallback}.` };
  }
  if (fallbackAppliedOn !== undefined && compareDates(receivedOn, fallbackAppliedOn) > 0) {
    return {
      basis: 'standard-earned-premium',
      reason: `Data received on ${receivedOn}, after the fallback was applied on ${fallbackAppliedOn}: late data is not accepted, so ${fallback}.`,
    };
  }
  return { basis: 'standard-earned-premium', reason: `Data received on ${receivedOn}, after the deadline ${deadline}: ${fallback}.` };
}

/**
 * The figure an insurer's annual adjustment is computed from (PRM-9): its reported exposure
 * when the data reached the WCRA on or before the deadline; otherwise (missing or late) its
 * standard earned premium at company rate level as reported to MWCIA. Once the adjustment has
 * been made on the standard earned premium (`fallbackAppliedOn`), data received later is not
 * accepted: the basis stays the fallback and the reason says so.
 *
 * Dates are compared as calendar dates; data received on the deadline is on time (GEN-4).
 * Conventions: late data received before the fallback was applied is still late, so the
 * fallback applies (the rule's trigger is not reporting by the deadline; whether the WCRA
 * accepts such data is its decision, not a calculation). Data received on or before the deadline
 * always wins, even if a fallback date is given (the reason notes it). Data received on the day
 * the fallback was applied counts as received before it. `fallbackAppliedOn` must be after the
 * deadline. The figures are echoed to the cent; nothing is rounded.
 *
 * @param input - `{ deadline, reported?: { exposure, receivedOn }, standardEarnedPremium, fallbackAppliedOn? }`.
 * @param options - `{ explain? }`.
 * @returns `{ basis, exposure, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input or a `fallbackAppliedOn` on or before the deadline.
 *
 * @example
 * ```ts
 * import { insurerAdjustmentBasis } from 'wcra-calc';
 * const onTime = insurerAdjustmentBasis({
 *   deadline: '2023-04-01',
 *   reported: { exposure: '13000000', receivedOn: '2023-04-01' },
 *   standardEarnedPremium: '13400000',
 * });
 * onTime.basis //=> 'reported'
 * onTime.exposure //=> '13000000.00'
 * insurerAdjustmentBasis({ deadline: '2023-04-01', standardEarnedPremium: '13400000' }).exposure //=> '13400000.00'
 * ```
 */
export function insurerAdjustmentBasis(
  input: InsurerAdjustmentBasisInput,
  options?: InsurerAdjustmentBasisOptions,
): InsurerAdjustmentBasisResult {
  return insurerAdjustmentBasisDefinition.run(input, options);
}

/** The definition of {@link insurerAdjustmentBasis}: name, rules, schemas, example. */
export const insurerAdjustmentBasisDefinition = /* @__PURE__ */ defineCalculator({
  name: 'insurerAdjustmentBasis',
  feature: 'premium',
  summary: "Which figure an insurer's annual adjustment uses: the reported exposure or the standard earned premium",
  rules: ['PRM-9'],
  uncitedRules: {},
  input: InsurerAdjustmentBasisInputSchema,
  options: InsurerAdjustmentBasisOptionsSchema,
  example: { deadline: '2023-04-01', reported: { exposure: '13000000', receivedOn: '2023-04-01' }, standardEarnedPremium: '13400000' },
  explains: true,
  compute: (v, opts): InsurerAdjustmentBasisResult => {
    const { basis, reason } = adjustmentBasisCore(v.deadline, v.reported?.receivedOn, v.fallbackAppliedOn);
    const sep = formatMoney(v.standardEarnedPremium);
    const exposure = basis === 'reported' && v.reported !== undefined ? formatMoney(v.reported.exposure) : sep;
    const result: InsurerAdjustmentBasisResult = { basis, exposure, reason };
    return withSteps(result, opts.explain, () => {
      const inputs: TraceValue[] = [textValue('Reporting deadline', v.deadline, 'date')];
      if (v.reported === undefined) inputs.push(textValue('Data received on', 'not reported'));
      else {
        inputs.push(
          textValue('Data received on', v.reported.receivedOn, 'date'),
          moneyValue('Reported exposure', formatMoney(v.reported.exposure)),
        );
      }
      if (v.fallbackAppliedOn !== undefined) inputs.push(textValue('Fallback applied on', v.fallbackAppliedOn, 'date'));
      inputs.push(moneyValue('Standard earned premium at company rate level', sep));
      return [
        step(
          'PRM-9',
          basis === 'reported'
            ? 'Reported by the deadline: the adjustment uses the reported exposure'
            : 'Not reported by the deadline: the adjustment uses the standard earned premium',
          inputs,
          moneyValue('Adjustment exposure basis', exposure),
        ),
      ];
    });
  },
});
