import * as z from 'zod/mini';
import { guaranteed, invalidInput } from '../core/errors.js';
import { type DecimalLike, formatDecimal, type MoneyLike, toDecimal } from '../core/money.js';
import {
  describeValue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  id,
  money,
  rate,
  withJsonSchema,
  year,
} from '../core/schema.js';
import { type Explained, rateValue, textValue, withSteps } from '../core/trace.js';
import { BILLING_FIGURES } from '../rules/billing.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/**
 * The share of members with exposure the WCRA audits each year: 20% (BIL-5). The figure of
 * `BILLING_FIGURES.auditShare` in `src/rules/billing.ts` (source and years there).
 */
export const DEFAULT_AUDIT_FRACTION: string = /* @__PURE__ */ (() => BILLING_FIGURES.auditShare.value)();

/** A seed: text (up to 200 characters, may be empty) or a whole number. */
function seedSchema() {
  return withJsonSchema(
    z.custom<string | number>((v) => (typeof v === 'string' && v.length <= 200) || (typeof v === 'number' && Number.isSafeInteger(v)), {
      error: (iss) => `must be text of up to 200 characters or a whole number, got ${describeValue(iss.input)}`,
      params: { code: 'wrong_type' },
    }),
    {
      description: 'A seed: text of up to 200 characters (may be empty) or a whole number.',
      anyOf: [
        { type: 'string', maxLength: 200 },
        { type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
      ],
    },
  );
}

/** Input schema of {@link selectAuditSample}. */
export const SelectAuditSampleInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    members: z.array(z.strictObject({ memberId: id('a member identifier'), exposure: money({ nonNegative: true }) })),
    year: year(),
    seed: z.optional(seedSchema()),
    fraction: z.optional(rate('the share of members to audit')),
  }))();

/** Input of {@link selectAuditSample}. */
export interface SelectAuditSampleInput {
  /** The WCRA's members for the year, each `memberId` once. */
  readonly members: ReadonlyArray<{
    /** The member's identifier, a non-empty string. */
    readonly memberId: string;
    /** The member's exposure for the year, a non-negative amount (only members above zero are eligible, BIL-5). */
    readonly exposure: MoneyLike;
  }>;
  /** The audit year (part of each member's hash, so each year draws a new sample). */
  readonly year: number;
  /** Any text up to 200 characters or a whole number, mixed into the hash; default `''`. */
  readonly seed?: string | number;
  /** The share of eligible members to audit, a fraction 0–1 (default `"0.2"`, BIL-5). */
  readonly fraction?: DecimalLike;
}

/** Options schema of {@link selectAuditSample}. */
export const SelectAuditSampleOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link selectAuditSample}. */
export interface SelectAuditSampleOptions extends ExplainOption {}

/** Result of {@link selectAuditSample}. */
export interface SelectAuditSampleResult extends Explained {
  /** The members selected for audit, in selection order (ascending hash, ties by memberId). */
  readonly selected: ReadonlyArray<{
    /** The member selected. */
    readonly memberId: string;
  }>;
  /** How many members were eligible (exposure above zero). */
  readonly eligible: number;
}

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text`: offset basis 2166136261, prime 16777619.
 * Returns an unsigned 32-bit integer. @internal
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  const add = (byte: number): void => {
    h = Math.imul(h ^ byte, 0x01000193);
  };
  for (const ch of text) {
    const cp = guaranteed(ch.codePointAt(0), 'code point');
    if (cp < 0x80) add(cp);
    else if (cp < 0x800) {
      add(0xc0 | (cp >> 6));
      add(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      // A lone surrogate keeps its own three bytes (WTF-8), so every string hashes deterministically.
      add(0xe0 | (cp >> 12));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    } else {
      add(0xf0 | (cp >> 18));
      add(0x80 | ((cp >> 12) & 0x3f));
      add(0x80 | ((cp >> 6) & 0x3f));
      add(0x80 | (cp & 0x3f));
    }
  }
  return h >>> 0;
}

/** True when a validated, non-negative amount is above zero, without building a Decimal for plain inputs. */
function isPositive(value: MoneyLike): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string') return /[1-9]/.test(value);
  return toDecimal(value).gt(0);
}

/**
 * The sample from valid values (unchecked core): eligible ids ranked by
 * `fnv1a32(`${seed}|${year}|${memberId}`)`, ties by memberId, first `size` taken. @internal
 */
export function auditSampleCore(eligibleIds: ReadonlyArray<string>, year: number, seed: string, size: number): string[] {
  const ranked = eligibleIds.map((memberId) => ({ memberId, h: fnv1a32(`${seed}|${year}|${memberId}`) }));
  ranked.sort((a, b) => a.h - b.h || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  return ranked.slice(0, size).map((r) => r.memberId);
}

/**
 * Selects the members the WCRA audits for a year (BIL-5: "20 percent of its membership with
 * exposure"), deterministically.
 *
 * 1. Eligible: members with exposure above zero (zero exposure is not "with exposure").
 * 2. Sample size = ⌈fraction × eligible⌉, computed exactly in decimal (default fraction `"0.2"`):
 *    11 eligible members → 3 audited.
 * 3. Each eligible member gets the FNV-1a 32-bit hash of the UTF-8 text
 *    `` `${seed}|${year}|${memberId}` ``; members are ranked by ascending hash, ties by
 *    `memberId` (code-unit order), and the first `size` are selected.
 *
 * The selection depends only on the set of members, the year and the seed: never on input
 * order, never on `Math.random`, the clock or the machine, so an auditor can reproduce it.
 * Conventions: `seed` defaults to the empty string; `selected` is in selection order, so a
 * sample with a larger fraction contains the sample with a smaller one (same members, year and
 * seed). This is a reproducible selection, not a cryptographic one: anyone who knows the seed
 * can predict it.
 *
 * @param input - `{ members: { memberId, exposure }[], year, seed?, fraction? }`.
 * @param options - `{ explain? }`.
 * @returns `{ selected: { memberId }[], eligible }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, a negative exposure, a fraction
 *   outside 0–1, or a memberId listed more than once (path `members[i].memberId`).
 *
 * @example
 * ```ts
 * import { selectAuditSample } from 'wcra-calc';
 * const members = ['A', 'B', 'C', 'D', 'E', 'F'].map((memberId) => ({ memberId, exposure: '1000' }));
 * const sample = selectAuditSample({ members: [...members, { memberId: 'Z', exposure: '0' }], year: 2024, seed: 'wcra' });
 * sample.eligible //=> 6
 * sample.selected.length //=> 2
 * selectAuditSample({ members: [...members].reverse(), year: 2024, seed: 'wcra' }).selected //=> sample.selected
 * ```
 */
export function selectAuditSample(input: SelectAuditSampleInput, options?: SelectAuditSampleOptions): SelectAuditSampleResult {
  return selectAuditSampleDefinition.run(input, options);
}

/** The definition of {@link selectAuditSample}: name, rules, schemas, example. */
export const selectAuditSampleDefinition = /* @__PURE__ */ defineCalculator({
  name: 'selectAuditSample',
  feature: 'billing',
  summary: 'A reproducible, order-independent audit sample of the members with exposure (the BIL-5 share by default)',
  rules: ['BIL-5'],
  uncitedRules: {},
  input: SelectAuditSampleInputSchema,
  options: SelectAuditSampleOptionsSchema,
  example: {
    members: [
      { memberId: 'A', exposure: '1000' },
      { memberId: 'B', exposure: '2000' },
      { memberId: 'C', exposure: '0' },
    ],
    year: 2024,
    seed: 'wcra',
  },
  explains: true,
  compute: (v, opts): SelectAuditSampleResult => {
    const issues = duplicateIssues(v.members, 'members', 'memberId', 'member');
    if (issues.length > 0) throw invalidInput(issues);
    const eligibleIds = v.members.filter((m) => isPositive(m.exposure)).map((m) => m.memberId); // RULES: BIL-5
    const fraction = toDecimal(v.fraction ?? DEFAULT_AUDIT_FRACTION);
    const size = fraction.times(eligibleIds.length).ceil().toNumber(); // RULES: BIL-5 — rounded up, exactly
    const seed = String(v.seed ?? '');
    const ids = auditSampleCore(eligibleIds, v.year, seed, size);
    const result: SelectAuditSampleResult = { selected: ids.map((memberId) => ({ memberId })), eligible: eligibleIds.length };
    return withSteps(result, opts.explain, () => [
      step(
        'BIL-5',
        'Eligible members = members with exposure above zero',
        [textValue('Members listed', String(v.members.length), 'number')],
        textValue('Eligible members', String(eligibleIds.length), 'number'),
      ),
      step(
        'BIL-5',
        'Sample size = eligible members x audit fraction, rounded up',
        [textValue('Eligible members', String(eligibleIds.length), 'number'), rateValue('Audit fraction', formatDecimal(fraction), 'x')],
        textValue('Members to audit', String(size), 'number'),
      ),
      step(
        'BIL-5',
        `Rank eligible members by FNV-1a 32-bit hash of "seed|year|memberId" (ties by memberId); take the first ${size}`,
        [textValue('Seed', JSON.stringify(seed)), textValue('Year', String(v.year), 'number')],
        textValue('Selected', ids.join(', ')),
      ),
    ]);
  },
});
