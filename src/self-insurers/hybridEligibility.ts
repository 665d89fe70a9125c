import * as z from 'zod/mini';
import { type ExplainOption, explainOptionShape, integer, oneOf } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { SELF_INSURER_FIGURES } from '../rules/selfInsurers.js';
import { step } from '../rules/step.js';

/** Kinds of self-insurer organization; only the first four can be hybrids (SI-2). */
export const ORGANIZATION_TYPES = /* @__PURE__ */ Object.freeze([
  'trust',
  'group',
  'association',
  'political-subdivision',
  'other',
] as const);

/** A kind of self-insurer organization (SI-2). */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/**
 * The least number of policyholders or entities a hybrid must have: 50 (SI-2). The figure of
 * `SELF_INSURER_FIGURES.hybridMinEntities` in `src/rules/selfInsurers.ts` (source and years there).
 */
export const HYBRID_MIN_ENTITIES: number = /* @__PURE__ */ (() => SELF_INSURER_FIGURES.hybridMinEntities.value)();

/** Input schema of {@link hybridEligibility}. */
export const HybridEligibilityInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    organizationType: oneOf(ORGANIZATION_TYPES),
    entityCount: integer(0, 1_000_000_000, 'a number of policyholders or entities'),
  }))();

/** Input of {@link hybridEligibility}. */
export interface HybridEligibilityInput {
  /** The kind of self-insurer: `'trust'`, `'group'`, `'association'`, `'political-subdivision'` or `'other'` (SI-2). */
  readonly organizationType: OrganizationType;
  /** Policyholders or entities in its reporting group on December 31 of the preceding year, a whole number ≥ 0. */
  readonly entityCount: number;
}

/** Options schema of {@link hybridEligibility}. */
export const HybridEligibilityOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link hybridEligibility}. */
export interface HybridEligibilityOptions extends ExplainOption {}

/** Result of {@link hybridEligibility}. */
export interface HybridEligibilityResult extends Explained {
  /** True when the member may apply to the WCRA for hybrid reporting. */
  readonly eligible: boolean;
  /** Why, in business terms: every unmet condition when not eligible, the met conditions otherwise. */
  readonly reasons: ReadonlyArray<string>;
}

const TYPE_NAMES: Readonly<Record<OrganizationType, string>> = {
  trust: 'a trust',
  group: 'a group',
  association: 'an association',
  'political-subdivision': 'a political subdivision',
  other: 'not a trust, group, association or political subdivision',
};

/**
 * Whether a self-insurer may report as a hybrid (SI-2): it must be a trust, group, association
 * or political subdivision with 50 or more policyholders or entities in its reporting group,
 * counted as of December 31 of the preceding calendar year.
 *
 * Conventions: `entityCount` is the count as of December 31 of the preceding year (the caller
 * counts; the function does not see dates). Exactly 50 is eligible. `'other'` is never
 * eligible, whatever the count. `eligible: true` means the member may apply: hybrid reporting
 * also needs the WCRA's written approval and a Hybrid Authorization Agreement, and a member that
 * has returned to standard reporting can never be a hybrid again (see `hybridTransition`).
 * `reasons` lists every unmet condition (both when both fail), or the two met conditions.
 *
 * @param input - `{ organizationType, entityCount }`.
 * @param options - `{ explain? }`.
 * @returns `{ eligible, reasons }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for an unknown organization type or a count that is
 *   not a whole number of zero or more.
 *
 * @example
 * ```ts
 * import { hybridEligibility } from 'wcra-calc';
 * hybridEligibility({ organizationType: 'trust', entityCount: 50 }).eligible //=> true
 * hybridEligibility({ organizationType: 'group', entityCount: 49 }).reasons
 * //=> ['has 49 policyholders or entities on December 31 of the preceding year: a hybrid needs 50 or more']
 * hybridEligibility({ organizationType: 'other', entityCount: 500 }).eligible //=> false
 * ```
 */
export function hybridEligibility(input: HybridEligibilityInput, options?: HybridEligibilityOptions): HybridEligibilityResult {
  return hybridEligibilityDefinition.run(input, options);
}

/** The definition of {@link hybridEligibility}: name, rules, schemas, example. */
export const hybridEligibilityDefinition = /* @__PURE__ */ defineCalculator({
  name: 'hybridEligibility',
  feature: 'self-insurers',
  summary: 'Whether a trust, group, association or political subdivision may report as a hybrid',
  rules: ['SI-2'],
  uncitedRules: {},
  input: HybridEligibilityInputSchema,
  options: HybridEligibilityOptionsSchema,
  example: { organizationType: 'trust', entityCount: HYBRID_MIN_ENTITIES },
  explains: true,
  compute: (v, opts): HybridEligibilityResult => {
    const typeOk = v.organizationType !== 'other'; // RULES: SI-2
    const countOk = v.entityCount >= HYBRID_MIN_ENTITIES; // RULES: SI-2
    const typeReason = `is ${TYPE_NAMES[v.organizationType]}${typeOk ? ', which may report as a hybrid' : ': only those may be hybrids'}`;
    const countReason = `has ${v.entityCount} policyholders or entities on December 31 of the preceding year: a hybrid needs ${HYBRID_MIN_ENTITIES} or more`;
    const reasons: string[] = [];
    if (typeOk && countOk) reasons.push(typeReason, countReason);
    else {
      if (!typeOk) reasons.push(typeReason);
      if (!countOk) reasons.push(countReason);
    }
    const result: HybridEligibilityResult = { eligible: typeOk && countOk, reasons };
    return withSteps(result, opts.explain, () => [
      step(
        'SI-2',
        `Hybrid: a trust, group, association or political subdivision with ${HYBRID_MIN_ENTITIES}+ policyholders or entities`,
        [
          textValue('Organization type', v.organizationType),
          textValue('Policyholders or entities (December 31 of the preceding year)', String(v.entityCount), 'number'),
          textValue('Required', `at least ${HYBRID_MIN_ENTITIES}`, 'number'),
        ],
        textValue('Eligible to apply', result.eligible ? 'yes' : 'no'),
      ),
    ]);
  },
});
