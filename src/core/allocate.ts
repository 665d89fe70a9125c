/**
 * The one allocation of the library: splitting an amount into parts that add up exactly.
 * RULES: GEN-3.
 * @module
 */
import * as z from 'zod/mini';
import { D } from './decimal.js';
import { WcraError } from './errors.js';
import { centsToMoney, type MoneyLike, tryParseDecimal } from './money.js';
import { decimalLike, money, nonEmptyList, parseWith } from './schema.js';

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
  let max = 0;
  for (const w of weights) {
    sum += w;
    if (w > max) max = w;
  }
  if (Number.isSafeInteger(sum) && total * max <= Number.MAX_SAFE_INTEGER && total * sum <= Number.MAX_SAFE_INTEGER) {
    const parts = new Array<number>(weights.length);
    const rems = new Array<number>(weights.length);
    let given = 0;
    for (let i = 0; i < weights.length; i++) {
      const num = total * (weights[i] as number);
      const q = Math.floor(num / sum);
      parts[i] = q;
      rems[i] = num - q * sum;
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
  const order = rems
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = rems[a] as bigint;
      const rb = rems[b] as bigint;
      return ra === rb ? a - b : rb > ra ? 1 : -1;
    });
  for (const i of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts;
}

function distributeLeftover(parts: number[], rems: ReadonlyArray<number>, leftover: number): void {
  if (leftover <= 0) return;
  const order = rems.map((_, i) => i).sort((a, b) => (rems[b] as number) - (rems[a] as number) || a - b);
  for (let k = 0; k < leftover; k++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
}

/**
 * Scales decimal weights to integers by the same power of ten (exact). @internal
 */
export function scaleWeights(weights: ReadonlyArray<MoneyLike>): bigint[] {
  const ds = weights.map((w) => tryParseDecimal(w) ?? new D(0));
  const places = Math.max(0, ...ds.map((d) => d.decimalPlaces()));
  return ds.map((d) => BigInt(d.times(new D(10).pow(places)).toFixed(0)));
}

/** Input schema of {@link allocate}. */
export const AllocateInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    total: money(),
    weights: nonEmptyList(decimalLike({ nonNegative: true }), 'weight'),
  }))();

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
 * @param total - The amount to split: a whole number of cents (a {@link MoneyLike}).
 * @param weights - Non-negative weights (amounts, ratios, counts), at least one positive.
 * @returns The parts as money strings, in the order of `weights`.
 * @throws {@link WcraError} `INVALID_INPUT` for a total with fractions of a cent, a negative
 *   weight, or all-zero weights.
 *
 * @example
 * ```ts
 * import { allocate } from 'wcra-calc';
 * allocate('100000.03', [1, 1, 1, 1]) //=> ['25000.01', '25000.01', '25000.01', '25000.00']
 * allocate('100', [1, 1, 1]) //=> ['33.34', '33.33', '33.33']
 * allocate('-0.05', [1, 1]) //=> ['-0.03', '-0.02']
 * ```
 */
export function allocate(total: MoneyLike, weights: ReadonlyArray<MoneyLike>): string[] {
  const input = parseWith(AllocateInputSchema, { total, weights });
  const t = tryParseDecimal(input.total) ?? new D(0);
  if (!t.times(100).isInteger()) {
    throw new WcraError('INVALID_INPUT', 'Invalid input: total: must be a whole number of cents to be split', {
      issues: [
        { path: ['total'], code: 'too_many_decimals', message: `must be a whole number of cents to be split, got "${t.toFixed()}"` },
      ],
    });
  }
  const scaled = scaleWeights(input.weights);
  if (scaled.every((w) => w === 0n)) {
    throw new WcraError('INVALID_INPUT', 'Invalid input: weights: at least one weight must be above zero', {
      issues: [{ path: ['weights'], code: 'out_of_range', message: 'at least one weight must be above zero' }],
    });
  }
  const parts = allocateUnitsBig(BigInt(t.times(100).toFixed(0)), scaled);
  return parts.map((p) => centsToMoney(Number(p)));
}
