import * as z from 'zod/mini';
import { addBusinessDays } from '../core/dates.js';
import { guaranteed } from '../core/errors.js';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { addIssue, cents, type ExplainOption, explainOptionShape, flag, isoDate, withJsonRules } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { CATASTROPHIC_REPORTING_DAYS_FIGURE } from '../rules/figures.js';
import { step } from '../rules/step.js';
import { thresholdCents, thresholdFormula } from './claimReportingThreshold.js';

/** Business days a member has to report a catastrophic injury after being notified: 10 (CLM-7, {@link CATASTROPHIC_REPORTING_DAYS_FIGURE}). */
export const CATASTROPHIC_REPORTING_DAYS: number = /* @__PURE__ */ (() => CATASTROPHIC_REPORTING_DAYS_FIGURE.value)();

/** Why a claim must be reported: incurred over the threshold, or a catastrophic injury (CLM-7). */
export type ReportingReason = 'over-threshold' | 'catastrophic';

/** Input schema of {@link claimReportingStatus}. */
export const ClaimReportingStatusInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      incurred: cents(),
      retention: cents(),
      catastrophic: z.optional(flag()),
      notifiedOn: z.optional(isoDate()),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.catastrophic === true && v.notifiedOn === undefined)
          addIssue(
            ctx,
            ['notifiedOn'],
            'required',
            `is required for a catastrophic injury (the ${CATASTROPHIC_REPORTING_DAYS} business days run from it)`,
          );
      }),
    );
  // Its JSON form: a catastrophic injury needs notifiedOn.
  /* @__PURE__ */ withJsonRules(schema, {
    anyOf: [{ required: ['notifiedOn'] }, { not: { properties: { catastrophic: { const: true } }, required: ['catastrophic'] } }],
  });
  return schema;
})();

/** Input of {@link claimReportingStatus}. */
export interface ClaimReportingStatusInput {
  /** Total incurred on the claim (paid plus reserves), whole cents, not negative. */
  readonly incurred: MoneyLike;
  /** The retention in force at the date of injury (RET-4), whole cents, not negative. */
  readonly retention: MoneyLike;
  /** Whether the injury is catastrophic (spinal cord, brain, burns, amputation, vision loss: CLM-7). Default `false`. */
  readonly catastrophic?: boolean;
  /** The date the member was notified of the claim, `YYYY-MM-DD`; required when `catastrophic`. */
  readonly notifiedOn?: string;
}

/** Options schema of {@link claimReportingStatus}. */
export const ClaimReportingStatusOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    holidays: z.optional(z.array(isoDate())),
  }))();

/** Options of {@link claimReportingStatus}. */
export interface ClaimReportingStatusOptions extends ExplainOption {
  /** Non-business days besides weekends (`YYYY-MM-DD`), skipped when counting the 10 days. */
  readonly holidays?: ReadonlyArray<string>;
}

/** Result of {@link claimReportingStatus}. */
export interface ClaimReportingStatusResult extends Explained {
  /** True when the claim must be reported to the WCRA. */
  readonly mustReport: boolean;
  /** Why (empty when it need not be reported), in the order: over-threshold, catastrophic. */
  readonly reasons: ReadonlyArray<ReportingReason>;
  /** The reporting threshold applied: min(50% × retention, 1,000,000). */
  readonly threshold: Money;
  /** Catastrophic injuries: the last day to report, 10 business days after `notifiedOn`. */
  readonly deadline?: string;
}

const NONE: ReadonlyArray<ReportingReason> = /* @__PURE__ */ (() => /* @__PURE__ */ Object.freeze([]))();
const OVER: ReadonlyArray<ReportingReason> = /* @__PURE__ */ (() => /* @__PURE__ */ Object.freeze(['over-threshold'] as const))();

/** Threshold part of the status in integer cents (unchecked core, used by the batch). @internal */
export function overThresholdReasons(incurred: number, threshold: number): ReadonlyArray<ReportingReason> {
  return incurred > threshold ? OVER : NONE; // RULES: CLM-7
}

/**
 * Whether a claim must be reported to the WCRA, and by when (CLM-7).
 *
 * - Any claim must be reported promptly once its total incurred exceeds the lesser of 50% of
 *   the applicable retention and $1,000,000 (strictly above: a claim exactly at the threshold
 *   need not be reported yet). No date is given: "promptly".
 * - A catastrophic injury (spinal cord injury with paraplegia or quadriplegia, moderate to
 *   severe brain injury, major burns, significant amputation, complete vision loss) must be
 *   reported within 10 business days of the member being notified: `deadline` = `notifiedOn`
 *   + 10 business days (Monday–Friday, skipping `options.holidays`; the notification day is
 *   not counted).
 *
 * Conventions: `notifiedOn` is required when `catastrophic` is true and ignored otherwise; the
 * library keeps no holiday calendar, so pass your own.
 *
 * @param input - `{ incurred, retention, catastrophic?, notifiedOn? }`.
 * @param options - `{ explain?, holidays? }`.
 * @returns `{ mustReport, reasons, threshold, deadline? }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad amounts or dates, or a catastrophic injury
 *   without `notifiedOn`.
 *
 * @example
 * ```ts
 * import { claimReportingStatus } from 'wcra-calc';
 * claimReportingStatus({ incurred: '250000.01', retention: '500000' })
 * //=> { mustReport: true, reasons: ['over-threshold'], threshold: '250000.00' }
 * const status = claimReportingStatus({ incurred: '40000', retention: '500000', catastrophic: true, notifiedOn: '2024-12-20' }, { holidays: ['2024-12-25', '2025-01-01'] });
 * status //=> { mustReport: true, reasons: ['catastrophic'], threshold: '250000.00', deadline: '2025-01-07' }
 * ```
 */
export function claimReportingStatus(input: ClaimReportingStatusInput, options?: ClaimReportingStatusOptions): ClaimReportingStatusResult {
  return claimReportingStatusDefinition.run(input, options);
}

/** The definition of {@link claimReportingStatus}. */
export const claimReportingStatusDefinition = /* @__PURE__ */ defineCalculator({
  name: 'claimReportingStatus',
  feature: 'claims',
  summary: 'Whether a claim must be reported to the WCRA, why, and the catastrophic-injury deadline',
  rules: ['CLM-7'],
  uncitedRules: {},
  input: ClaimReportingStatusInputSchema,
  options: ClaimReportingStatusOptionsSchema,
  example: { incurred: '40000', retention: '500000', catastrophic: true, notifiedOn: '2024-12-20' },
  exampleOptions: { holidays: ['2024-12-25', '2025-01-01'] },
  explains: true,
  compute: (v, opts): ClaimReportingStatusResult => {
    const incurred = v.incurred;
    const threshold = thresholdCents(v.retention);
    const reasons: ReportingReason[] = [...overThresholdReasons(incurred, threshold)];
    let deadline: string | undefined;
    if (v.catastrophic === true && v.notifiedOn !== undefined) {
      reasons.push('catastrophic');
      // RULES: CLM-7 — catastrophic injuries within 10 business days of notification.
      deadline = addBusinessDays(v.notifiedOn, CATASTROPHIC_REPORTING_DAYS, opts.holidays ?? []);
    }
    const base = { mustReport: reasons.length > 0, reasons, threshold: centsToMoney(threshold) };
    const result: ClaimReportingStatusResult = deadline === undefined ? base : { ...base, deadline };
    return withSteps(result, opts.explain, () => {
      const steps: TraceStep[] = [
        step(
          'CLM-7',
          `Report promptly when incurred exceeds ${thresholdFormula('retention')}`,
          [moneyValue('Total incurred', centsToMoney(incurred)), moneyValue('Reporting threshold', result.threshold)],
          textValue('Over the threshold', incurred > threshold ? 'yes' : 'no'),
        ),
      ];
      if (deadline !== undefined) {
        steps.push(
          step(
            'CLM-7',
            `Catastrophic injury: report within ${CATASTROPHIC_REPORTING_DAYS} business days of notice`,
            [
              textValue('Notified on', guaranteed(v.notifiedOn, 'notifiedOn'), 'date'),
              textValue('Business days', String(CATASTROPHIC_REPORTING_DAYS), 'number'),
            ],
            textValue('Reporting deadline', deadline, 'date'),
          ),
        );
      }
      return steps;
    });
  },
});
