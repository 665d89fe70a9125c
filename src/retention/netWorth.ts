/**
 * RET-11: the net-worth tests an individual self-insurer's retention level must pass, shared by
 * the calculators that report, per level, whether the member may choose it
 * (`compareRetentionLevels`, `retentionRiskProfile`).
 * @module
 */
import type * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { formatMoney } from '../core/money.js';
import { addIssue } from '../core/schema.js';
import { displayRate, moneyValue, type TraceStep, textValue } from '../core/trace.js';
import { NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE, NET_WORTH_SHARE_OF_ASSETS_FIGURE } from '../rules/figures.js';
import { step } from '../rules/step.js';

/** RET-11's first test: net worth ≥ 10% of total assets. @internal */
export const NET_WORTH_SHARE_OF_ASSETS: string = /* @__PURE__ */ (() => NET_WORTH_SHARE_OF_ASSETS_FIGURE.value)();

/** RET-11's second test: net worth ≥ 10 × the retention limit chosen. @internal */
export const NET_WORTH_MULTIPLE_OF_LIMIT: string = /* @__PURE__ */ (() => NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE.value)();

/** The outcome of RET-11 for one level. @internal */
export interface NetWorthTest {
  /** Whether the member's net worth passes both tests for this limit. */
  readonly allowed: boolean;
  /** Why not, in business terms (absent when allowed). */
  readonly reason?: string;
}

/**
 * RET-11 for one retention limit: the level is open to an individual self-insurer only if its
 * net worth is at least 10% of its total assets and at least ten times the limit. Exact decimal
 * comparisons; each failed test is named in `reason`. Unchecked: the inputs were validated.
 * @internal
 */
export function netWorthAllowsLimit(netWorth: Dec, totalAssets: Dec, limit: Dec): NetWorthTest {
  // RULES: RET-11 — both tests, each with `≥`.
  const assetsFloor = totalAssets.times(NET_WORTH_SHARE_OF_ASSETS);
  const limitFloor = limit.times(NET_WORTH_MULTIPLE_OF_LIMIT);
  const failed: string[] = [];
  const share = displayRate(NET_WORTH_SHARE_OF_ASSETS);
  const multiple = NET_WORTH_MULTIPLE_OF_LIMIT;
  if (netWorth.lt(assetsFloor))
    failed.push(`is below ${share} of total assets (${formatMoney(totalAssets)} x ${share} = ${formatMoney(assetsFloor)})`);
  if (netWorth.lt(limitFloor))
    failed.push(`is below ${multiple} times the retention limit (${formatMoney(limit)} x ${multiple} = ${formatMoney(limitFloor)})`);
  if (failed.length === 0) return { allowed: true };
  return { allowed: false, reason: `net worth ${formatMoney(netWorth)} ${failed.join(' and ')} (RET-11)` };
}

/** Why RET-11's figures are refused (the messages of {@link refineNetWorthPair}). @internal */
const BOTH_OR_NEITHER = 'must be given together with the other of netWorth and totalAssets (RET-11 needs both), or neither';
const SELF_INSURERS_ONLY = "applies to self-insurers only (RET-11): give it with memberType 'self-insurer'";

/**
 * The input cross-checks of RET-11's figures, for a schema's `superRefine`: `netWorth` and
 * `totalAssets` both or neither (`required` on the missing one), and only for a self-insurer
 * (`not_allowed` on each given one otherwise). `memberType` undefined counts as an insurer.
 * @internal
 */
export function refineNetWorthPair(
  v: { readonly netWorth?: unknown; readonly totalAssets?: unknown; readonly memberType?: string | undefined },
  ctx: Pick<z.core.$RefinementCtx, 'addIssue'>,
): void {
  const given = (['netWorth', 'totalAssets'] as const).filter((k) => v[k] !== undefined);
  if (given.length === 0) return;
  if (v.memberType !== 'self-insurer') {
    for (const k of given) addIssue(ctx, [k], 'not_allowed', SELF_INSURERS_ONLY);
    return;
  }
  if (given.length === 1) addIssue(ctx, [given[0] === 'netWorth' ? 'totalAssets' : 'netWorth'], 'required', BOTH_OR_NEITHER);
}

/**
 * The JSON form of {@link refineNetWorthPair} (for `withJsonRules`): netWorth and totalAssets both
 * or neither, and only for a self-insurer. @internal
 */
export const NET_WORTH_PAIR_JSON: Readonly<Record<string, unknown>> = {
  dependentRequired: { netWorth: ['totalAssets'], totalAssets: ['netWorth'] },
  anyOf: [
    { not: { anyOf: [{ required: ['netWorth'] }, { required: ['totalAssets'] }] } },
    { properties: { memberType: { const: 'self-insurer' } }, required: ['memberType'] },
  ],
};

/**
 * The RET-11 explain step of one level, shared by `compareRetentionLevels` and
 * `retentionRiskProfile`. @internal
 */
export function netWorthStep(
  level: string,
  figures: { readonly netWorth: Dec; readonly totalAssets: Dec },
  limit: string,
  test: { readonly allowed: boolean; readonly reason: string | undefined },
): TraceStep {
  return step(
    'RET-11',
    `${level}: net worth at least ${displayRate(NET_WORTH_SHARE_OF_ASSETS)} of total assets and at least ${NET_WORTH_MULTIPLE_OF_LIMIT} x the limit${test.reason === undefined ? '' : `: no, ${test.reason}`}`,
    [
      moneyValue('Net worth', formatMoney(figures.netWorth)),
      moneyValue('Total assets', formatMoney(figures.totalAssets)),
      moneyValue('Retention limit', limit),
    ],
    textValue(`May choose ${level}`, test.allowed ? 'yes' : 'no'),
  );
}
