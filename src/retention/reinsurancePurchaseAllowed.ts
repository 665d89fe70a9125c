import * as z from 'zod/mini';
import { type ExplainOption, ExplainOptionsSchema, oneOf } from '../core/schema.js';
import { type Explained, type TraceValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType, RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { step } from '../rules/step.js';

/**
 * The five exceptions of Minn. Stat. § 79.34 subd. 2 (RET-9), in the statute's order (a)–(e).
 */
export const REINSURANCE_EXCEPTIONS = /* @__PURE__ */ Object.freeze([
  'common-control-member',
  'aggregate-stop-loss',
  'incidental-pool',
  'single-insured-captive',
  'same-group-reinsurer',
] as const);

/** One exception of § 79.34 subd. 2 (RET-9). */
export type ReinsuranceException = (typeof REINSURANCE_EXCEPTIONS)[number];

/** Input schema of {@link reinsurancePurchaseAllowed}. */
export const ReinsurancePurchaseAllowedInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    level: oneOf(RETENTION_LEVELS),
    memberType: oneOf(MEMBER_TYPES),
    exception: z.optional(oneOf(REINSURANCE_EXCEPTIONS)),
  }))();

/** Input of {@link reinsurancePurchaseAllowed}. */
export interface ReinsurancePurchaseAllowedInput {
  /** The member's WCRA retention level for the year. */
  readonly level: RetentionLevel;
  /** `'insurer'` or `'self-insurer'`: exceptions (c) and (d) are for insurers, (e) for self-insurers. */
  readonly memberType: MemberType;
  /** The exception of Minn. Stat. § 79.34 subd. 2 the member relies on, if any (RET-9 (a)–(e)). */
  readonly exception?: ReinsuranceException;
}

/** Options schema of {@link reinsurancePurchaseAllowed}. */
export const ReinsurancePurchaseAllowedOptionsSchema = ExplainOptionsSchema;

/** Options of {@link reinsurancePurchaseAllowed}. */
export type ReinsurancePurchaseAllowedOptions = ExplainOption;

/** Result of {@link reinsurancePurchaseAllowed}. */
export interface ReinsurancePurchaseAllowedResult extends Explained {
  /** Whether the member may buy other reinsurance for losses below its retention. */
  readonly allowed: boolean;
  /** Why, citing Minn. Stat. § 79.34 subd. 2 and RET-9. */
  readonly reason: string;
}

const STATUTE = 'Minn. Stat. § 79.34 subd. 2';

/** What each exception covers and who may use it (RET-9 (a)–(e)). */
const EXCEPTIONS: Readonly<Record<ReinsuranceException, { letter: string; text: string; only?: MemberType }>> = {
  'common-control-member': { letter: 'a', text: 'reinsurance from another WCRA member under common control' },
  'aggregate-stop-loss': {
    letter: 'b',
    text: 'aggregate stop-loss above a stated total of retained claims or a percentage of premium',
  },
  'incidental-pool': {
    letter: 'c',
    text: "a pooling arrangement where the workers' compensation reinsurance is incidental",
    only: 'insurer',
  },
  'single-insured-captive': {
    letter: 'd',
    text: 'a captive reinsurer of a single insured under common control, limited to its claims',
    only: 'insurer',
  },
  'same-group-reinsurer': { letter: 'e', text: 'a reinsurer in the same conglomerate or holding company', only: 'self-insurer' },
};

/** Unchecked core of {@link reinsurancePurchaseAllowed}. @internal */
export function purchaseAllowedCore(
  level: RetentionLevel,
  memberType: MemberType,
  exception: ReinsuranceException | undefined,
): { allowed: boolean; reason: string } {
  // RULES: RET-9 — at the low level other reinsurance below the retention is allowed.
  if (level === 'low') {
    return {
      allowed: true,
      reason: `At the low retention other reinsurance below the retention is allowed: ${STATUTE} prohibits it only at high, super and jumbo (RET-9).`,
    };
  }
  // RULES: RET-9 — high, super, jumbo: prohibited by § 79.34 subd. 2 unless an exception applies.
  if (exception === undefined) {
    return {
      allowed: false,
      reason: `At the ${level} retention ${STATUTE} prohibits other reinsurance below the retention, unless one of its five exceptions applies (RET-9).`,
    };
  }
  const e = EXCEPTIONS[exception];
  const who = `${memberType}s`;
  // RULES: RET-9 — (c) and (d) are for insurers only, (e) for self-insurers only.
  if (e.only !== undefined && e.only !== memberType) {
    return {
      allowed: false,
      reason: `At the ${level} retention, exception (${e.letter}) of ${STATUTE}, ${e.text}, is open only to ${e.only}s, not to ${who} (RET-9).`,
    };
  }
  const retro =
    exception === 'single-insured-captive' || exception === 'same-group-reinsurer'
      ? ' A retrocession by that reinsurer must itself fit (a), (b) or (c).'
      : '';
  return {
    allowed: true,
    reason: `At the ${level} retention other reinsurance is allowed under exception (${e.letter}) of ${STATUTE}: ${e.text}${e.only === undefined ? '' : `, open to ${who}`} (RET-9).${retro}`,
  };
}

/**
 * Whether a member may buy other reinsurance for losses below its WCRA retention (RET-9,
 * Minn. Stat. § 79.34 subd. 2).
 *
 * At the low level: always allowed (any `exception` is irrelevant). At high, super and jumbo:
 * prohibited, except for five cases, named by `exception`:
 * (a) `'common-control-member'` — from another WCRA member under common control;
 * (b) `'aggregate-stop-loss'` — aggregate stop-loss above a stated total of retained claims or a
 * percentage of premium; (c) `'incidental-pool'` — insurers only: a pooling arrangement where
 * the workers' compensation reinsurance is incidental; (d) `'single-insured-captive'` — insurers
 * only: a captive reinsurer of a single insured under common control, limited to that insured's
 * claims; (e) `'same-group-reinsurer'` — self-insurers only: a reinsurer in the same
 * conglomerate or holding company. For (d) and (e) the reason adds that a retrocession by the
 * reinsurer must itself fit (a)–(c). An exception the member type may not use gives
 * `allowed: false`. The library does not judge whether the facts fit the exception claimed.
 *
 * @param input - `{ level, memberType, exception? }`.
 * @param options - `{ explain? }`.
 * @returns `{ allowed, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (e.g. an unknown exception).
 *
 * @example
 * ```ts
 * import { reinsurancePurchaseAllowed } from 'wcra-calc';
 * reinsurancePurchaseAllowed({ level: 'low', memberType: 'insurer' }).allowed //=> true
 * reinsurancePurchaseAllowed({ level: 'super', memberType: 'insurer' }).allowed //=> false
 * reinsurancePurchaseAllowed({ level: 'jumbo', memberType: 'insurer', exception: 'aggregate-stop-loss' }).allowed //=> true
 * reinsurancePurchaseAllowed({ level: 'high', memberType: 'self-insurer', exception: 'incidental-pool' }).allowed //=> false
 * ```
 */
export function reinsurancePurchaseAllowed(
  input: ReinsurancePurchaseAllowedInput,
  options?: ReinsurancePurchaseAllowedOptions,
): ReinsurancePurchaseAllowedResult {
  return reinsurancePurchaseAllowedDefinition.run(input, options);
}

/** The definition of {@link reinsurancePurchaseAllowed}. */
export const reinsurancePurchaseAllowedDefinition = /* @__PURE__ */ defineCalculator({
  name: 'reinsurancePurchaseAllowed',
  feature: 'retention',
  summary: 'Whether a member may buy other reinsurance below its retention (Minn. Stat. § 79.34 subd. 2)',
  rules: ['RET-9'],
  uncitedRules: {},
  input: ReinsurancePurchaseAllowedInputSchema,
  options: ReinsurancePurchaseAllowedOptionsSchema,
  example: { level: 'jumbo', memberType: 'insurer', exception: 'aggregate-stop-loss' },
  explains: true,
  compute: (v, opts): ReinsurancePurchaseAllowedResult => {
    const result: ReinsurancePurchaseAllowedResult = purchaseAllowedCore(v.level, v.memberType, v.exception);
    return withSteps(result, opts.explain, () => {
      const inputs: TraceValue[] = [textValue('Retention level', v.level), textValue('Member type', v.memberType)];
      if (v.exception !== undefined) inputs.push(textValue(`Exception (${EXCEPTIONS[v.exception].letter})`, v.exception));
      return [
        step('RET-9', result.reason, inputs, textValue('Other reinsurance below the retention', result.allowed ? 'allowed' : 'prohibited')),
      ];
    });
  },
});
