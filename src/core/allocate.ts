/**
 * The one allocation of the library: splitting an amount into parts that add up exactly.
 * RULES: GEN-3.
 * @module
 */
import * as z from 'zod/mini';
import { calculator } from './calculator.js';
import { D, type Dec } from './decimal.js';
import { centsToMoney, formatDecimal, type Money, type MoneyLike, tryParseDecimal } from './money.js';
import { addIssue, cents, decimalLike, type ExplainOption, explainOptionShape, nonEmptyList } from './schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from './trace.js';

/**
 * Splits integer `total` into parts proportional to non-negative integer `weights` (GEN-3):
 * each part is the exact share floored, and the leftover units go one at a time to the parts
 * with the largest fractional remainders, ties to the earlier part. Negative totals are split
 * as their absolute value and negated, so `allocate(-x) = −allocate(x)`. Exact for any sizes:
 * plain `number` arithmetic while every product stays a safe integer, `bigint` otherwise.
 * Assumes valid input: weights non-negative integers, at least one positive.
 *
 * @internal
 */
export function allocateUnits(total: number, weights: ReadonlyArray<number>): number[] {
  if (total < 0) return allocateUnits(-total, weights).map((p) => (p === 0 ? 0 : -p));
  let sum = 0;
  for (const w of weights) sum += w;
  // Weights are non-negative, so every product total × weight is at most total × sum; and a
  // product of two numbers rounds monotonically, so this one test is exact at 2^53 (a sum that
  // is itself beyond 2^53 fails it too, unless total is 0, where every part is 0 either way).
  if (total * sum <= Number.MAX_SAFE_INTEGER) {
    const parts: number[] = [];
    const rems: number[] = [];
    let given = 0;
    for (const w of weights) {
      const num = total * w;
      const q = Math.floor(num / sum);
      parts.push(q);
      rems.push(num - q * sum);
      given += q;
    }
    distributeLeftover(parts, rems, total - given);
    return parts;
  }
  return allocateUnitsBig(
    BigInt(total),
    weights.map((w) => BigInt(w)),
  ).map((p) => Number(p));
}

/** The same split in `bigint` (used when products exceed 2^53). @internal */
export function allocateUnitsBig(total: bigint, weights: ReadonlyArray<bigint>): bigint[] {
  if (total < 0n) return allocateUnitsBig(-total, weights).map((p) => -p);
  let sum = 0n;
  for (const w of weights) sum += w;
  const parts: bigint[] = [];
  const rems: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const num = total * w;
    const q = num / sum;
    parts.push(q);
    rems.push(num - q * sum);
    given += q;
  }
  let left = Number(total - given);
  // Largest remainder first; the sort is stable, so equal remainders keep the earlier part
  // first. Number() of a non-zero bigint difference keeps its sign.
  const order = rems.map((_, i) => i).sort((a, b) => Number((rems[b] as bigint) - (rems[a] as bigint)));
  for (const i of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts;
}

function distributeLeftover(parts: number[], rems: ReadonlyArray<number>, leftover: number): void {
  if (leftover <= 0) return;
  // Largest remainder first; the sort is stable, so equal remainders keep the earlier part first.
  const order = rems.map((_, i) => i).sort((a, b) => (rems[b] as number) - (rems[a] as number));
  for (let k = 0; k < leftover; k++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
}

/**
 * Scales decimal weights to integers by the same power of ten (exact). @internal
 */
export function scaleWeights(weights: ReadonlyArray<MoneyLike>): bigint[] {
  return scaleDecimals(weights.map((w) => tryParseDecimal(w) ?? new D(0)));
}

/** Scales exact decimals to integers by the same power of ten (exact). @internal */
export function scaleDecimals(ds: ReadonlyArray<Dec>): bigint[] {
  const places = Math.max(0, ...ds.map((d) => d.decimalPlaces()));
  return ds.map((d) => BigInt(d.times(new D(10).pow(places)).toFixed(0)));
}

/**
 * Splits integer cents by exact decimal weights (GEN-3): the core of {@link allocate}, for
 * callers that hold parsed values. Assumes at least one positive weight. @internal
 */
export function allocateCents(totalCents: number, weights: ReadonlyArray<Dec>): number[] {
  return allocateUnitsBig(BigInt(totalCents), scaleDecimals(weights)).map((p) => Number(p));
}

/** Input schema of {@link allocate}. */
export const AllocateInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      total: cents({ nonNegative: false, noun: 'the amount to split' }),
      weights: nonEmptyList(decimalLike({ nonNegative: true, noun: 'a weight' }), 'weight'),
    })
    .check(
      z.superRefine((v, ctx) => {
        // RULES: GEN-3 — a split needs something to split by. (An empty list has its own issue,
        // and this refinement still runs on it: not a second one.)
        if (v.weights.length > 0 && v.weights.every((w) => w.isZero())) {
          addIssue(ctx, ['weights'], 'out_of_range', 'at least one weight must be above zero');
        }
      }),
    ))();

/** Input of {@link allocate}. */
export interface AllocateInput {
  /** The amount to split: money with at most two decimals (a whole number of cents), may be negative. */
  readonly total: MoneyLike;
  /** Non-negative weights (amounts, ratios, counts), at least one, at least one above zero. */
  readonly weights: ReadonlyArray<MoneyLike>;
}

/** Options schema of {@link allocate}. */
export const AllocateOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link allocate}. */
export interface AllocateOptions extends ExplainOption {}

/** Result of {@link allocate}. */
export interface AllocateResult extends Explained {
  /** The parts as money strings, in the order of `weights`; they add up exactly to `total`. */
  readonly parts: Money[];
}

/**
 * Splits `total` into parts proportional to `weights` so that the parts add up exactly to the
 * total (GEN-3, the library's one allocation, used for installments and per-claim and
 * per-member shares).
 *
 * Each part is the exact share floored to the cent; the leftover cents go one at a time to the
 * parts with the largest fractional remainders, ties to the earlier part. No part differs from
 * its exact share by a cent or more. A negative total is split as its absolute value and
 * negated (so parts of a credit mirror the parts of the same charge).
 *
 * @param input - `{ total, weights }`: the amount to split (whole cents) and the non-negative
 *   weights (amounts, ratios, counts), at least one positive.
 * @param options - `{ explain? }`.
 * @returns `{ parts }`: the parts as money strings, in the order of `weights` (and `steps` with
 *   `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a total with fractions of a cent
 *   (`too_many_decimals`), a negative weight or all-zero weights (`out_of_range`).
 *
 * @example
 * ```ts
 * import { allocate } from 'wcra-calc';
 * allocate({ total: '100000.03', weights: [1, 1, 1, 1] }).parts //=> ['25000.01', '25000.01', '25000.01', '25000.00']
 * allocate({ total: '100', weights: [1, 1, 1] }) //=> { parts: ['33.34', '33.33', '33.33'] }
 * allocate({ total: '-0.05', weights: [1, 1] }).parts //=> ['-0.03', '-0.02']
 * ```
 */
export function allocate(input: AllocateInput, options?: AllocateOptions): AllocateResult {
  return allocateDefinition.run(input, options);
}

/** The definition of {@link allocate}: name, rules, schemas, example. */
export const allocateDefinition = /* @__PURE__ */ calculator({
  name: 'allocate',
  feature: 'core',
  summary: 'Split an amount into parts proportional to weights that add up exactly to the cent',
  rules: ['GEN-3'],
  uncitedRules: {},
  input: AllocateInputSchema,
  options: AllocateOptionsSchema,
  example: { total: '100000.03', weights: [1, 1, 1, 1] },
  explains: true,
  compute: (v, opts): AllocateResult => {
    const result: AllocateResult = { parts: allocateCents(v.total, v.weights).map(centsToMoney) };
    return withSteps(result, opts.explain, () => [
      step(
        'GEN-3',
        'Each part = total x weight / sum of weights, floored to the cent; the leftover cents go to the largest remainders, ties to the earlier part',
        [
          moneyValue('Total to split', centsToMoney(v.total)),
          textValue('Weights', v.weights.map((w) => formatDecimal(w)).join(' : '), 'number'),
        ],
        textValue('Parts', result.parts.join(' + '), 'text'),
      ),
    ]);
  },
});
