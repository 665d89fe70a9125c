import * as z from 'zod/mini';
import { allocateUnits } from '../core/allocate.js';
import { WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { centsToMoney, type Money, type MoneyLike, tryParseCents } from '../core/money.js';
import { addIssue, cents, duplicateIssues, type ExplainOption, explainOptionShape, id, text, year } from '../core/schema.js';
import { displayMoney, type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { LOSS_LIMITATIONS } from '../rules/experienceRating.js';
import { step } from '../rules/step.js';

/** Schema of one claim to limit (`{ claimId, accidentId?, incurred }`). @internal */
export const LimitClaimSchema = /* @__PURE__ */ (() =>
  z.strictObject({ claimId: id('a claim identifier'), accidentId: z.optional(id('an accident identifier')), incurred: cents() }))();

/** Input schema of {@link limitLosses}. */
export const LimitLossesInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ratingYear: year(), claims: z.array(LimitClaimSchema) }).check(
    z.superRefine((v, ctx) => {
      for (const i of duplicateIssues(v.claims, 'claims', 'claimId', 'claim')) addIssue(ctx, i.path, i.code, i.message);
    }),
  ))();

/** One claim of {@link LimitLossesInput}. */
export interface LimitLossesClaim {
  /** The claim's identifier (unique in the list). */
  readonly claimId: string;
  /** The accident the claim comes from; claims with the same `accidentId` are limited together. Without it the claim is its own accident. */
  readonly accidentId?: string | undefined;
  /** The claim's incurred losses (paid + outstanding), a non-negative amount in whole cents. */
  readonly incurred: MoneyLike;
}

/** Input of {@link limitLosses}. */
export interface LimitLossesInput {
  /** The rating year of the mod: picks the SI-9 limitation figures. */
  readonly ratingYear: number;
  /** The claims of the experience period (may be empty), each with its incurred losses. */
  readonly claims: ReadonlyArray<LimitLossesClaim>;
}

/** Schema of a caller's loss limitation table (the `limitations` option). @internal */
export const LossLimitationTableSchema = /* @__PURE__ */ (() =>
  z
    .array(
      z.strictObject({
        year: year(),
        singleClaim: z.optional(cents({ noun: 'a single-claim limitation' })),
        multipleClaim: z.optional(cents({ noun: 'a multiple-claim limitation' })),
        source: z.optional(text()),
      }),
    )
    .check(
      z.superRefine((rows, ctx) => {
        const seen = new Set<number>();
        rows.forEach((r, i) => {
          if (seen.has(r.year)) addIssue(ctx, [i, 'year'], 'duplicate', MESSAGES.listedTwice('year', String(r.year)));
          seen.add(r.year);
        });
      }),
    ))();

/** One row of a caller's loss limitation table. */
export interface LossLimitationInput {
  /** The rating year the figures apply to. */
  readonly year: number;
  /** Limit of one claim's losses, whole cents; overrides the built-in figure of that year. */
  readonly singleClaim?: MoneyLike;
  /** Limit of one accident's claims together, whole cents; overrides the built-in figure of that year. */
  readonly multipleClaim?: MoneyLike;
  /** Where the figures come from (shown in the explanation). */
  readonly source?: string;
}

/** Options schema of {@link limitLosses}. */
export const LimitLossesOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, limitations: z.optional(LossLimitationTableSchema) }))();

/** Options of {@link limitLosses}. */
export interface LimitLossesOptions extends ExplainOption {
  /** Your own limitation figures by year: for the years or figures the built-in table lacks (the single-claim figures from 2024), or to override it. */
  readonly limitations?: ReadonlyArray<LossLimitationInput>;
}

/** One limited claim of {@link LimitLossesResult}. */
export interface LimitedClaim {
  /** The claim's identifier. */
  readonly claimId: string;
  /** The incurred losses given (to the cent). */
  readonly incurred: Money;
  /** The losses after the single-claim and the accident limitation; never above `incurred`. */
  readonly limited: Money;
}

/** Result of {@link limitLosses}. */
export interface LimitLossesResult extends Explained {
  /** The claims in input order, each with its limited losses. */
  readonly claims: ReadonlyArray<LimitedClaim>;
  /** Σ limited losses. */
  readonly total: Money;
}

/** The figures applied for a rating year, in cents. @internal */
export interface ResolvedLimitation {
  readonly singleClaim: number;
  readonly multipleClaim: number;
  readonly source: string;
}

type LimitationRows = ReadonlyArray<{
  year: number;
  singleClaim?: number | undefined;
  multipleClaim?: number | undefined;
  source?: string | undefined;
}>;

/** The SI-9 figures for a year: the caller's row first, figure by figure, then the built-in table; strict. @internal */
export function resolveLimitation(yr: number, own?: LimitationRows): ResolvedLimitation {
  const mine = own?.find((r) => r.year === yr);
  const row = LOSS_LIMITATIONS.find((r) => r.year === yr);
  const pick = (k: 'singleClaim' | 'multipleClaim'): number => {
    const builtIn = row?.[k];
    const value = mine?.[k] ?? (builtIn == null ? undefined : tryParseCents(builtIn));
    if (value === undefined) {
      const years = LOSS_LIMITATIONS.filter((r) => r[k] !== null).map((r) => r.year);
      throw new WcraError(
        'UNKNOWN_YEAR',
        `No SI-9 ${k} limitation for rating year ${yr}: the built-in table has it for ${years[0]}–${years.at(-1)}. Supply it in options.limitations.`,
        { details: { year: yr, figure: k } },
      );
    }
    return value;
  };
  const singleClaim = pick('singleClaim');
  const multipleClaim = pick('multipleClaim');
  return { singleClaim, multipleClaim, source: mine?.source ?? row?.source ?? 'your limitation table' };
}

/** One accident whose claims together exceeded the multiple-claim figure. @internal */
export interface AccidentReduction {
  readonly accidentId: string;
  /** Indexes of its claims in the input list. */
  readonly claims: ReadonlyArray<number>;
  /** Σ of its claims after the single-claim limitation (cents). */
  readonly sum: number;
  /** sum − multiple-claim figure (cents), shared across its claims (GEN-3). */
  readonly reduction: number;
  /** Each claim's share of the reduction, in the order of `claims`. */
  readonly shares: ReadonlyArray<number>;
}

/** The unchecked SI-9 core in integer cents. @internal */
export interface LimitedLosses {
  readonly limitation: ResolvedLimitation;
  readonly incurred: ReadonlyArray<number>;
  /** After the single-claim limitation. */
  readonly capped: ReadonlyArray<number>;
  /** After both limitations. */
  readonly limited: ReadonlyArray<number>;
  readonly accidents: ReadonlyArray<AccidentReduction>;
  readonly total: number;
}

function safeSum(xs: ReadonlyArray<number>): number {
  let s = 0;
  for (const x of xs) s += x;
  if (!Number.isSafeInteger(s)) throw new WcraError('RESULT_OUT_OF_RANGE', MESSAGES.resultRange('(a sum of limited losses)'));
  return s;
}

/** Limits claims (cents) to the single-claim figure, then each accident's claims together (SI-9, GEN-3). @internal */
export function limitLossesCore(
  claims: ReadonlyArray<{ readonly claimId: string; readonly accidentId?: string | undefined; readonly incurred: number }>,
  limitation: ResolvedLimitation,
): LimitedLosses {
  const incurred = claims.map((c) => c.incurred);
  const capped = incurred.map((c) => Math.min(c, limitation.singleClaim)); // RULES: SI-9 — single claim
  const limited = [...capped];
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = c.accidentId === undefined ? `claim:${c.claimId}` : `accident:${c.accidentId}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [i]);
    else g.push(i);
  });
  const accidents: AccidentReduction[] = [];
  for (const [key, idx] of groups) {
    const sum = safeSum(idx.map((i) => capped[i] as number));
    if (sum <= limitation.multipleClaim) continue;
    const reduction = sum - limitation.multipleClaim; // RULES: SI-9 — the accident's claims together
    const shares = allocateUnits(
      reduction,
      idx.map((i) => capped[i] as number),
    ); // RULES: GEN-3 — in proportion to the claims' limited amounts
    idx.forEach((i, k) => {
      limited[i] = (capped[i] as number) - (shares[k] as number);
    });
    accidents.push({ accidentId: key.replace(/^(accident|claim):/, ''), claims: idx, sum, reduction, shares });
  }
  return { limitation, incurred, capped, limited, accidents, total: safeSum(limited) };
}

/** The explanation of {@link limitLosses}. @internal */
export function limitLossesSteps(ratingYear: number, claimIds: ReadonlyArray<string>, r: LimitedLosses): TraceStep[] {
  const single = centsToMoney(r.limitation.singleClaim);
  const multiple = centsToMoney(r.limitation.multipleClaim);
  const steps: TraceStep[] = [
    step(
      'SI-9',
      `Loss limitation for rating year ${ratingYear}: a claim at most ${displayMoney(single)}, an accident's claims together at most ${displayMoney(multiple)} (${r.limitation.source})`,
      [textValue('Rating year', String(ratingYear), 'number'), moneyValue('Single-claim limitation', single)],
      moneyValue('Multiple-claim (accident) limitation', multiple),
    ),
  ];
  r.incurred.forEach((inc, i) => {
    if (inc === r.capped[i]) return;
    steps.push(
      step(
        'SI-9',
        `Claim ${claimIds[i]}: losses limited to the single-claim figure`,
        [moneyValue('Incurred losses', centsToMoney(inc)), moneyValue('Single-claim limitation', single, 'min')],
        moneyValue(`Claim ${claimIds[i]} limited`, centsToMoney(r.capped[i] as number)),
      ),
    );
  });
  for (const a of r.accidents) {
    steps.push(
      step(
        'SI-9',
        `Accident ${a.accidentId}: its claims together limited to the multiple-claim figure`,
        [moneyValue('Claims of the accident, each limited', centsToMoney(a.sum)), moneyValue('Multiple-claim limitation', multiple, '-')],
        moneyValue('Reduction to share', centsToMoney(a.reduction)),
      ),
      step(
        'GEN-3',
        `Accident ${a.accidentId}: the reduction shared across its claims in proportion to their limited amounts (cents to the largest remainders)`,
        a.claims.map((i, k) => moneyValue(`Claim ${claimIds[i]} share`, centsToMoney(a.shares[k] as number), k === 0 ? undefined : '+')),
        moneyValue('Reduction', centsToMoney(a.reduction)),
      ),
    );
  }
  steps.push(
    step(
      'SI-9',
      'Limited losses = sum of the limited claims',
      r.limited.map((l, i) => moneyValue(`Claim ${claimIds[i]}`, centsToMoney(l), i === 0 ? undefined : '+')),
      moneyValue('Limited losses', centsToMoney(r.total)),
    ),
  );
  return steps;
}

/**
 * Limits a member's claims for experience rating (SI-9, MWCIA "state per claim accident
 * limitation"): each claim's incurred losses to the single-claim figure of the rating year, then
 * the claims of one accident together to the multiple-claim figure. An accident's reduction is
 * shared across its claims in proportion to their (single-claim) limited amounts, to the cent,
 * with the library's one allocation (GEN-3), so the accident's claims add up exactly to the
 * figure. Limitation never raises a loss.
 *
 * Figures: `LOSS_LIMITATIONS` (by rating year; see it for its years and figures). For the
 * years whose single-claim figure is not in the sources (the table leaves it out), supply it in
 * `options.limitations` (a row there overrides the built-in figures of its year, figure by
 * figure). Conventions: a claim without `accidentId` is its own accident; amounts are whole cents.
 *
 * @param input - `{ ratingYear, claims: [{ claimId, accidentId?, incurred }] }`.
 * @param options - `{ explain?, limitations? }`.
 * @returns `{ claims: [{ claimId, incurred, limited }], total }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (`duplicate` for a repeated claimId or
 *   limitation year); `UNKNOWN_YEAR` for a rating year (or a figure) the table lacks and you did not supply.
 *
 * @example
 * ```ts
 * import { limitLosses } from 'wcra-calc';
 * limitLosses({ ratingYear: 2023, claims: [{ claimId: 'c1', incurred: '300000' }, { claimId: 'c2', incurred: '18000' }] })
 * //=> { claims: [{ claimId: 'c1', incurred: '300000.00', limited: '242500.00' }, { claimId: 'c2', incurred: '18000.00', limited: '18000.00' }], total: '260500.00' }
 * ```
 */
export function limitLosses(input: LimitLossesInput, options?: LimitLossesOptions): LimitLossesResult {
  return limitLossesDefinition.run(input, options);
}

/** The definition of {@link limitLosses}: name, rules, schemas, example. */
export const limitLossesDefinition = /* @__PURE__ */ defineCalculator({
  name: 'limitLosses',
  feature: 'self-insurers',
  summary: "A member's claims limited per claim and per accident for experience rating",
  rules: ['SI-9', 'GEN-3'],
  uncitedRules: {},
  input: LimitLossesInputSchema,
  options: LimitLossesOptionsSchema,
  example: {
    ratingYear: 2023,
    claims: [
      { claimId: 'c1', accidentId: 'A1', incurred: '300000' },
      { claimId: 'c2', accidentId: 'A1', incurred: '250000' },
      { claimId: 'c3', accidentId: 'A1', incurred: '40000' },
      { claimId: 'c4', incurred: '15000' },
    ],
  },
  explains: true,
  compute: (v, opts): LimitLossesResult => {
    const r = limitLossesCore(v.claims, resolveLimitation(v.ratingYear, opts.limitations));
    const result: LimitLossesResult = {
      claims: v.claims.map((c, i) => ({
        claimId: c.claimId,
        incurred: centsToMoney(c.incurred),
        limited: centsToMoney(r.limited[i] as number),
      })),
      total: centsToMoney(r.total),
    };
    return withSteps(result, opts.explain, () =>
      limitLossesSteps(
        v.ratingYear,
        v.claims.map((c) => c.claimId),
        r,
      ),
    );
  },
});
