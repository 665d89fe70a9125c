import * as z from 'zod/mini';
import { D, type Dec } from '../core/decimal.js';
import { guaranteed, invalidInput, issue, WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import {
  type DecimalLike,
  formatDecimal,
  formatMoney,
  inMoneyRange,
  MAX_MONEY,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
  tryParseDecimal,
} from '../core/money.js';
import { Random } from '../core/random.js';
import {
  addIssue,
  cents,
  describeValue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  field,
  integer,
  money,
  nonEmptyList,
  oneOf,
  Problem,
  rate,
  variants,
  withJsonRules,
  year,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defaultTaxRate, premiumCore, taxSteps } from '../premium/reinsurancePremium.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType, type RetentionLevel } from '../rules/levels.js';
import { lookupRate, type RateTableInput, RateTableSchema } from '../rules/rates.js';
import { lookupRetentionLimits, type RetentionTableInput } from '../rules/retentions.js';
import { step } from '../rules/step.js';
import { NET_WORTH_PAIR_JSON, netWorthAllowsLimit, netWorthStep, refineNetWorthPair } from './netWorth.js';
import { CheckedRetentionTableSchema, offeredLevels, refineYearsOnce } from './retentionLimits.js';
import {
  type FrequencyModel,
  frequencySampler,
  limitedExpectedValue,
  meanAndStandardError,
  type SeverityModel,
  severityMean,
  severitySampler,
  simulateYears,
  sortTailFrom,
  varAndTvar,
} from './riskModels.js';

/** The most simulated occurrences one call may ask for on average (simulations × frequency mean). */
export const MAX_SIMULATED_OCCURRENCES = 50_000_000;

/** The default options of {@link retentionRiskProfile}. */
export const RETENTION_RISK_DEFAULTS = /* @__PURE__ */ Object.freeze({
  /** Simulated years when `options.simulations` is absent. */
  simulations: 100_000,
  /** The generator's seed when `options.seed` is absent. */
  seed: 1,
  /** The VaR/TVaR levels when `options.quantiles` is absent. */
  quantiles: /* @__PURE__ */ Object.freeze(['0.9', '0.95', '0.99', '0.995'] as const),
});

/** ln(MAX_MONEY): the largest lognormal μ + σ²/2 whose mean is within the money range. */
const MAX_LOG_MEAN = 32.13;

interface ParamBounds {
  readonly min: number;
  readonly max: number;
  /** Whether `min` itself is refused (a parameter that must be above it). */
  readonly exclusiveMin?: boolean;
  readonly why?: string;
}

/** A model parameter: a decimal-like value within bounds, read as a double. */
function param(noun: string, bounds: ParamBounds): z.ZodMiniType<number, DecimalLike> {
  const { min, max, exclusiveMin = false, why = '' } = bounds;
  const schema = field<number, DecimalLike>(
    (v) => {
      const d = tryParseDecimal(v);
      const got = describeValue(v);
      if (d === undefined || !inMoneyRange(d)) return new Problem('not_a_number', MESSAGES.notNumber(noun, got));
      if (exclusiveMin ? d.lte(min) : d.lt(min))
        return new Problem('out_of_range', `must be ${noun} ${exclusiveMin ? 'above' : 'of at least'} ${min}${why}, got ${got}`);
      if (d.gt(max)) return new Problem('out_of_range', MESSAGES.atMost(noun, String(max), got));
      return d.toNumber();
    },
    ['decimal', min >= 0, max, noun],
  );
  // Its JSON form: a strict lower bound (the tag states only a non-negative one).
  /* @__PURE__ */ withJsonRules(schema, exclusiveMin ? { exclusiveMinimum: min } : {});
  return schema;
}

/** A quantile level strictly between 0 and 1, kept with its key as the caller wrote it. */
function quantile(): z.ZodMiniType<{ key: string; q: Dec }, DecimalLike> {
  const schema = field<{ key: string; q: Dec }, DecimalLike>(
    (v) => {
      const d = tryParseDecimal(v);
      const got = describeValue(v);
      if (d === undefined || typeof v === 'object') return new Problem('not_a_number', MESSAGES.notNumber('a quantile level', got));
      if (d.lte(0) || d.gte(1))
        return new Problem(
          'out_of_range',
          `must be a quantile level strictly between 0 and 1 ("0.99" for the 99th percentile), got ${got}`,
        );
      return { key: String(v), q: d };
    },
    ['decimal', true, 1, 'a quantile level'],
  );
  // Its JSON form: strictly between 0 and 1.
  /* @__PURE__ */ withJsonRules(schema, { exclusiveMinimum: 0, exclusiveMaximum: 1 });
  return schema;
}

const lognormalShape = () => ({
  kind: oneOf(['lognormal']),
  mu: param('a lognormal mu (the mean of ln X)', { min: -100, max: 100 }),
  sigma: param('a lognormal sigma (the sd of ln X)', { min: 0, max: 10, exclusiveMin: true }),
});

const LOGNORMAL_MEAN_RANGE: string = /* @__PURE__ */ (() =>
  `the mean exp(mu + sigma^2/2) must stay within the money range (at most ${MAX_MONEY}): mu + sigma^2/2 at most ${MAX_LOG_MEAN}`)();

const baseSeverities = () => ({
  lognormal: z.strictObject(lognormalShape()).check(
    z.superRefine((v, ctx) => {
      if (v.mu + (v.sigma * v.sigma) / 2 > MAX_LOG_MEAN) addIssue(ctx, ['sigma'], 'out_of_range', LOGNORMAL_MEAN_RANGE);
    }),
  ),
  pareto: z.strictObject({
    kind: oneOf(['pareto']),
    shape: param('a Pareto shape (alpha)', {
      min: 1,
      max: 1_000_000,
      exclusiveMin: true,
      why: ': a Pareto severity with shape 1 or less has no finite mean, so its expected cost does not exist',
    }),
    scale: param('a Pareto scale (theta, dollars)', { min: 0, max: 1e12, exclusiveMin: true }),
  }),
  empirical: z.strictObject({
    kind: oneOf(['empirical']),
    losses: nonEmptyList(cents(), 'loss').check(z.maxLength(1_000_000, { error: 'must list at most 1000000 losses' })),
  }),
});

/** Mixture weights must add up to exactly 1. */
const WEIGHTS_SUM = 'the weights of a mixture must add up to exactly 1';

/** Input schema of {@link retentionRiskProfile}'s `severity`. @internal */
const SeveritySchema = /* @__PURE__ */ (() =>
  variants('kind', {
    ...baseSeverities(),
    mixture: z
      .strictObject({
        kind: oneOf(['mixture']),
        parts: nonEmptyList(z.strictObject({ weight: rate('a weight'), severity: variants('kind', baseSeverities()) }), 'part'),
      })
      .check(
        z.superRefine((v, ctx) => {
          const sum = v.parts.reduce((s, p) => s.plus(p.weight), new D(0));
          if (!sum.eq(1)) addIssue(ctx, ['parts'], 'inconsistent', `${WEIGHTS_SUM}, they add up to ${formatDecimal(sum)}`);
        }),
      ),
  }))();

/** Input schema of {@link retentionRiskProfile}'s `frequency`. @internal */
const FrequencySchema = /* @__PURE__ */ (() =>
  variants('kind', {
    poisson: z.strictObject({ kind: oneOf(['poisson']), mean: param('a mean number of occurrences', { min: 0, max: 100_000 }) }),
    'negative-binomial': z.strictObject({
      kind: oneOf(['negative-binomial']),
      mean: param('a mean number of occurrences', { min: 0, max: 100_000 }),
      cv: param('a coefficient of variation', { min: 0, max: 100 }),
    }),
  }))();

/** Input schema of {@link retentionRiskProfile}. */
export const RetentionRiskProfileInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      year: year(),
      exposure: money({ nonNegative: true }),
      memberType: oneOf(MEMBER_TYPES),
      frequency: FrequencySchema,
      severity: SeveritySchema,
      netWorth: z.optional(money({ noun: 'a net worth' })),
      totalAssets: z.optional(money({ nonNegative: true, noun: 'total assets' })),
    })
    .check(z.superRefine(refineNetWorthPair));
  // Its JSON form (RET-11): netWorth and totalAssets both or neither, only for a self-insurer.
  // frequency and severity are required (zod lists a variants() field as optional).
  /* @__PURE__ */ withJsonRules(schema, { ...NET_WORTH_PAIR_JSON, required: ['frequency', 'severity'] });
  return schema;
})();

/** A severity per occurrence, in dollars (see {@link retentionRiskProfile}). */
export type RetentionRiskSeverity =
  | {
      /** Lognormal: ln X is normal with mean `mu` and standard deviation `sigma` (> 0). */
      readonly kind: 'lognormal';
      /** The mean of ln X (e.g. `11.5`). */
      readonly mu: DecimalLike;
      /** The standard deviation of ln X, above 0 and at most 10. */
      readonly sigma: DecimalLike;
    }
  | {
      /** Pareto II (Lomax): P(X > x) = (scale / (x + scale))^shape. */
      readonly kind: 'pareto';
      /** The tail index alpha, above 1 (at 1 or below the mean does not exist). */
      readonly shape: DecimalLike;
      /** The scale theta in dollars, above 0. */
      readonly scale: DecimalLike;
    }
  | {
      /** Each listed loss equally likely (e.g. the member's own trended occurrence totals). */
      readonly kind: 'empirical';
      /** The losses, in whole cents, at least one. */
      readonly losses: ReadonlyArray<MoneyLike>;
    }
  | {
      /** A mixture: part i with probability weight i. */
      readonly kind: 'mixture';
      /** The parts (lognormal, Pareto or empirical), weights adding up to exactly 1. */
      readonly parts: ReadonlyArray<{
        /** The probability of the part, a fraction. */
        readonly weight: DecimalLike;
        /** The part's severity (not itself a mixture). */
        readonly severity: Exclude<RetentionRiskSeverity, { kind: 'mixture' }>;
      }>;
    };

/** The number of occurrences per year (see {@link retentionRiskProfile}). */
export type RetentionRiskFrequency =
  | {
      /** Poisson. */
      readonly kind: 'poisson';
      /** The mean number of occurrences per year, 0 to 100,000. */
      readonly mean: DecimalLike;
    }
  | {
      /** Negative binomial as a gamma–Poisson mixture. */
      readonly kind: 'negative-binomial';
      /** The mean number of occurrences per year, 0 to 100,000. */
      readonly mean: DecimalLike;
      /** The coefficient of variation of the gamma mixing distribution (0 is Poisson), at most 100. */
      readonly cv: DecimalLike;
    };

/** Input of {@link retentionRiskProfile}. */
export interface RetentionRiskProfileInput {
  /** The coverage year whose limits (RET-2) and rates (PRM-2) apply. */
  readonly year: number;
  /** The member's exposure base for the year (PRM-3), a non-negative amount of money. */
  readonly exposure: MoneyLike;
  /** `'insurer'` (no premium tax) or `'self-insurer'` (2% premium tax, PRM-6; RET-11 may apply). */
  readonly memberType: MemberType;
  /** The number of occurrences per year. */
  readonly frequency: RetentionRiskFrequency;
  /** The total statutory loss of one occurrence, in dollars. */
  readonly severity: RetentionRiskSeverity;
  /** A self-insurer's net worth (RET-11); with `totalAssets`, or neither. */
  readonly netWorth?: MoneyLike;
  /** A self-insurer's total assets (RET-11); with `netWorth`, or neither. */
  readonly totalAssets?: MoneyLike;
}

/** Options schema of {@link retentionRiskProfile}. */
export const RetentionRiskProfileOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    simulations: z.optional(integer(1000, 1_000_000, 'a number of simulated years')),
    seed: z.optional(integer(0, 4_294_967_295, 'a seed')),
    quantiles: z.optional(
      nonEmptyList(quantile(), 'quantile').check(
        z.maxLength(20, { error: 'must list at most 20 quantiles' }),
        z.superRefine((list, ctx) => {
          for (const i of duplicateIssues(list, '', 'key', 'quantile')) addIssue(ctx, [i.path[1] as number], 'duplicate', i.message);
        }),
      ),
    ),
    rateTable: z.optional(RateTableSchema.check(z.superRefine(refineYearsOnce))),
    retentionTable: z.optional(CheckedRetentionTableSchema),
  }))();

/** Options of {@link retentionRiskProfile}. */
export interface RetentionRiskProfileOptions extends ExplainOption {
  /** Simulated years, 1,000 to 1,000,000 (default 100,000). */
  readonly simulations?: number;
  /** The generator's seed, an integer from 0 to 2^32 − 1 (default 1). */
  readonly seed?: number;
  /** Quantile levels for VaR and TVaR, each strictly between 0 and 1 (default `['0.9', '0.95', '0.99', '0.995']`). */
  readonly quantiles?: ReadonlyArray<DecimalLike>;
  /** Your own rates for years the built-in table lacks, or to override it (PRM-2). */
  readonly rateTable?: ReadonlyArray<RateTableInput[number]>;
  /** Your own retention limits for years the built-in table lacks (RET-2, RET-3). */
  readonly retentionTable?: ReadonlyArray<RetentionTableInput[number]>;
}

/** Simulated figures of one annual amount (money estimates as two-decimal strings). */
export interface SimulatedAmount {
  /** The simulated mean. */
  readonly mean: Money;
  /** VaR per quantile level (keys as given): the lower empirical quantile x(⌈n·q⌉) (RET-12). */
  readonly var: Readonly<Record<string, Money>>;
  /** TVaR per quantile level: the Acerbi–Tasche estimator, never below VaR (RET-12). */
  readonly tvar: Readonly<Record<string, Money>>;
}

/** One retention level of the risk profile. */
export interface RetentionRiskLevel {
  /** The retention level. */
  readonly level: RetentionLevel;
  /** Its retention limit per occurrence (RET-2). */
  readonly limit: Money;
  /** Its reinsurance rate for the year, a fraction (PRM-2). */
  readonly rate: string;
  /** exposure × rate, rounded to cents (PRM-1). */
  readonly premium: Money;
  /** premium × tax rate, rounded to cents (PRM-6). */
  readonly tax: Money;
  /** premium + tax. */
  readonly total: Money;
  /** Per occurrence, closed form (RET-12). */
  readonly perOccurrence: {
    /** E[min(X, limit)], rounded to cents. */
    readonly limitedExpectedValue: Money;
    /** E[(X − limit)+] = severityMean − limitedExpectedValue (the rounded figures). */
    readonly expectedExcess: Money;
  };
  /** Frequency mean × the unrounded E[min(X, limit)], rounded to cents. */
  readonly expectedRetained: Money;
  /** expectedGross − expectedRetained: what the WCRA is expected to reimburse per year (RET-1). */
  readonly expectedCeded: Money;
  /** total + expectedRetained. */
  readonly expectedTotalCost: Money;
  /** Simulated probability that at least one occurrence of the year is strictly above the limit. */
  readonly probabilityPierced: string;
  /** The simulated annual retained loss. */
  readonly retained: SimulatedAmount;
  /** The simulated annual total cost: total + annual retained. */
  readonly totalCost: SimulatedAmount;
  /** Standard errors (sample sd ÷ √n) of the simulated means, plain decimal strings. */
  readonly standardErrors: {
    /** Of `retained.mean`. */
    readonly retained: string;
    /** Of `totalCost.mean` (the same: the total is a constant shift). */
    readonly totalCost: string;
    /** Of `probabilityPierced`. */
    readonly probabilityPierced: string;
  };
  /** This level minus the low level. */
  readonly versusLow: {
    /** The premium alone. */
    readonly premium: Money;
    /** Of expectedRetained. */
    readonly expectedRetained: Money;
    /** Of expectedTotalCost. */
    readonly expectedTotalCost: Money;
  };
  /** Whether RET-11 lets the self-insurer choose the level (only with netWorth and totalAssets). */
  readonly allowedByNetWorth?: boolean;
  /** Why RET-11 refuses the level (only when `allowedByNetWorth` is false). */
  readonly netWorthReason?: string;
}

/** Result of {@link retentionRiskProfile}. */
export interface RetentionRiskProfileResult extends Explained {
  /** The coverage year. */
  readonly year: number;
  /** The number of simulated years. */
  readonly simulations: number;
  /** The seed used (echoed). */
  readonly seed: number;
  /** E[X] per occurrence, closed form, rounded to cents. */
  readonly severityMean: Money;
  /** Frequency mean × the unrounded E[X], rounded to cents: expectedRetained + expectedCeded at every level. */
  readonly expectedGross: Money;
  /** Every level offered that year, low to jumbo. */
  readonly levels: ReadonlyArray<RetentionRiskLevel>;
}

type ParsedInput = z.output<typeof RetentionRiskProfileInputSchema>;
type ParsedOptions = z.output<typeof RetentionRiskProfileOptionsSchema>;

/** A plain decimal string of a simulated double (its shortest digits, no exponent). */
function estimate(x: number): string {
  return formatDecimal(toDecimal(x));
}

/** A simulated amount of money, rounded to cents for display (RET-12: an estimate). */
function estimateMoney(x: number): Dec {
  return roundMoney(toDecimal(x));
}

/** The closed-form figures of one level. */
function closedForm(severity: SeverityModel, mean: Dec, frequencyMean: Dec, limit: Dec) {
  const lev = limitedExpectedValue(severity, limit); // RULES: RET-12
  const levRounded = roundMoney(lev);
  const meanRounded = roundMoney(mean);
  const gross = roundMoney(frequencyMean.times(mean));
  const retained = roundMoney(frequencyMean.times(lev));
  return { lev: levRounded, excess: meanRounded.minus(levRounded), retained, ceded: gross.minus(retained) }; // RULES: RET-1
}

/** VaR and TVaR of sorted annual amounts at each quantile, shifted by `shift` for the total cost. */
function tails(sorted: Float64Array, quantiles: ReadonlyArray<{ key: string; q: Dec }>, shift: Dec) {
  const retained = { var: {} as Record<string, string>, tvar: {} as Record<string, string> };
  const total = { var: {} as Record<string, string>, tvar: {} as Record<string, string> };
  for (const { key, q } of quantiles) {
    const { value, tail } = varAndTvar(sorted, q); // RULES: RET-12
    const v = estimateMoney(value);
    const t = estimateMoney(tail);
    retained.var[key] = formatMoney(v);
    retained.tvar[key] = formatMoney(t);
    total.var[key] = formatMoney(v.plus(shift));
    total.tvar[key] = formatMoney(t.plus(shift));
  }
  return { retained, total };
}

interface LevelFacts {
  readonly level: RetentionLevel;
  readonly limit: Dec;
  readonly rate: Dec;
  readonly source: string;
}

/** The simulated figures of one level. */
function simulatedFigures(
  sample: { readonly values: Float64Array; readonly largest: Float64Array },
  limit: number,
  charges: Dec,
  quantiles: ParsedQuantiles,
) {
  const { values, largest } = sample;
  const { mean, standardError } = meanAndStandardError(values);
  let pierced = 0;
  for (let y = 0; y < largest.length; y++) if ((largest[y] as number) > limit) pierced++;
  const n = largest.length;
  const p = pierced / n;
  // Only the values from the smallest quantile's rank on need to be in order (RULES: RET-12).
  const kMin = Math.min(...quantiles.map(({ q }) => q.times(n).ceil().toNumber()));
  const sorted = sortTailFrom(values, kMin);
  const { retained, total } = tails(sorted, quantiles, charges);
  const meanDec = estimateMoney(mean);
  return {
    pierced,
    probabilityPierced: estimate(p),
    retained: { mean: formatMoney(meanDec), ...retained },
    totalCost: { mean: formatMoney(meanDec.plus(charges)), ...total },
    standardErrors: {
      retained: estimate(standardError),
      totalCost: estimate(standardError),
      probabilityPierced: estimate(Math.sqrt((p * (1 - p) * n) / (n - 1) / n)),
    },
  };
}

type ParsedQuantiles = ReadonlyArray<{ key: string; q: Dec }>;

function checkWorkload(v: ParsedInput, simulations: number): void {
  if (simulations * v.frequency.mean > MAX_SIMULATED_OCCURRENCES)
    throw invalidInput([
      issue(
        ['frequency', 'mean'],
        'out_of_range',
        `is too large for ${simulations} simulated years: simulations x mean must be at most ${MAX_SIMULATED_OCCURRENCES} occurrences (ask for fewer simulations)`,
      ),
    ]);
}

/** The severity as the models read it (empirical losses in integer cents, weights exact). */
function severityModel(s: ParsedInput['severity']): SeverityModel {
  if (s.kind !== 'mixture') return s;
  return { kind: 'mixture', parts: s.parts.map((p) => ({ weight: p.weight, severity: p.severity })) };
}

function resolveLevels(v: ParsedInput, opts: ParsedOptions): { facts: LevelFacts[]; limitsSource: string } {
  const resolved = lookupRetentionLimits(v.year, opts.retentionTable); // RULES: RET-2
  const facts = offeredLevels(resolved.limits).map((level) => {
    const r = lookupRate(v.year, level, opts.rateTable); // RULES: PRM-2
    return { level, limit: toDecimal(guaranteed(resolved.limits[level], `${level} limit`)), rate: toDecimal(r.rate), source: r.source };
  });
  return { facts, limitsSource: resolved.source };
}

function computeProfile(v: ParsedInput, opts: ParsedOptions): { result: RetentionRiskProfileResult; facts: LevelFacts[]; source: string } {
  const simulations = opts.simulations ?? RETENTION_RISK_DEFAULTS.simulations;
  const seed = opts.seed ?? RETENTION_RISK_DEFAULTS.seed;
  const quantiles: ParsedQuantiles = opts.quantiles ?? RETENTION_RISK_DEFAULTS.quantiles.map((key) => ({ key, q: toDecimal(key) }));
  checkWorkload(v, simulations);
  const { facts, limitsSource } = resolveLevels(v, opts);
  const severity = severityModel(v.severity);
  const frequency: FrequencyModel = v.frequency;
  const freqMean = toDecimal(frequency.mean);
  const mean = severityMean(severity);
  const gross = roundMoney(freqMean.times(mean));
  if (!inMoneyRange(gross)) throw new WcraError('RESULT_OUT_OF_RANGE', MESSAGES.resultRange('expectedGross'));
  const rng = new Random(seed);
  const sim = simulateYears(
    simulations,
    frequencySampler(frequency, rng),
    severitySampler(severity, rng),
    facts.map((f) => f.limit.toNumber()),
  );
  const taxRate = toDecimal(defaultTaxRate(v.memberType));
  const rows = facts.map((f, i) => {
    const { premium, tax, total } = premiumCore(v.exposure, f.rate, taxRate); // RULES: PRM-1, PRM-6
    const cf = closedForm(severity, mean, freqMean, f.limit);
    const simFigures = simulatedFigures(
      { values: sim.retained[i] as Float64Array, largest: sim.largest },
      f.limit.toNumber(),
      total,
      quantiles,
    );
    return { f, premium, tax, total, cf, sim: simFigures };
  });
  const low = rows[0] as (typeof rows)[number];
  const levels = rows.map((r) => levelResult(v, r, low));
  const result = { year: v.year, simulations, seed, severityMean: formatMoney(mean), expectedGross: formatMoney(gross), levels };
  return { result, facts, source: limitsSource };
}

type Row = {
  f: LevelFacts;
  premium: Dec;
  tax: Dec;
  total: Dec;
  cf: ReturnType<typeof closedForm>;
  sim: ReturnType<typeof simulatedFigures>;
};

function levelResult(v: ParsedInput, r: Row, low: Row): RetentionRiskLevel {
  const costOf = (x: Row) => x.total.plus(x.cf.retained);
  const { pierced: _pierced, ...sim } = r.sim;
  const out: RetentionRiskLevel = {
    level: r.f.level,
    limit: formatMoney(r.f.limit),
    rate: formatDecimal(r.f.rate),
    premium: formatMoney(r.premium),
    tax: formatMoney(r.tax),
    total: formatMoney(r.total),
    perOccurrence: { limitedExpectedValue: formatMoney(r.cf.lev), expectedExcess: formatMoney(r.cf.excess) },
    expectedRetained: formatMoney(r.cf.retained),
    expectedCeded: formatMoney(r.cf.ceded),
    expectedTotalCost: formatMoney(costOf(r)),
    ...sim,
    versusLow: {
      premium: formatMoney(r.premium.minus(low.premium)),
      expectedRetained: formatMoney(r.cf.retained.minus(low.cf.retained)),
      expectedTotalCost: formatMoney(costOf(r).minus(costOf(low))),
    },
  };
  if (v.netWorth === undefined || v.totalAssets === undefined) return out;
  const test = netWorthAllowsLimit(v.netWorth, v.totalAssets, r.f.limit); // RULES: RET-11
  return test.allowed
    ? { ...out, allowedByNetWorth: true }
    : { ...out, allowedByNetWorth: false, netWorthReason: guaranteed(test.reason, 'reason of a failed net-worth test') };
}

function describeSeverity(s: ParsedInput['severity']): string {
  switch (s.kind) {
    case 'lognormal':
      return `lognormal (mu ${s.mu}, sigma ${s.sigma})`;
    case 'pareto':
      return `Pareto II (shape ${s.shape}, scale ${s.scale})`;
    case 'empirical':
      return `empirical (${s.losses.length} equally likely losses)`;
    case 'mixture':
      return `mixture of ${s.parts.map((p) => `${formatDecimal(p.weight)} x ${describeSeverity(p.severity)}`).join(' + ')}`;
  }
}

function describeFrequency(f: ParsedInput['frequency']): string {
  return f.kind === 'poisson' ? `Poisson (mean ${f.mean})` : `negative binomial (mean ${f.mean}, gamma cv ${f.cv})`;
}

/** The premium steps of one level: rate, premium, tax and total (PRM-2, PRM-1, PRM-6). */
function premiumSteps(v: ParsedInput, r: RetentionRiskLevel, f: LevelFacts): TraceStep[] {
  const L = r.level;
  return [
    step(
      'PRM-2',
      `${L}: published reinsurance rate for ${v.year} (${f.source})`,
      [textValue('Retention level', L)],
      rateValue('Reinsurance rate', r.rate),
    ),
    step(
      'PRM-1',
      `${L}: premium = exposure base x rate, rounded to cents (half-up)`,
      [moneyValue('Exposure base', formatMoney(v.exposure)), rateValue('Reinsurance rate', r.rate, 'x')],
      moneyValue(`Premium (${L})`, r.premium),
    ),
    ...taxSteps(`Premium (${L})`, { ...r, taxRate: defaultTaxRate(v.memberType) }, `Premium + tax (${L})`),
  ];
}

function levelSteps(v: ParsedInput, r: RetentionRiskLevel, f: LevelFacts, profile: RetentionRiskProfileResult): TraceStep[] {
  const L = r.level;
  const low = profile.levels[0] as RetentionRiskLevel;
  return [
    ...premiumSteps(v, r, f),
    step(
      'RET-12',
      `${L}: per occurrence, E[min(X, limit)] in closed form, rounded to cents`,
      [textValue('Severity', describeSeverity(v.severity)), moneyValue('Retention limit', r.limit, 'min')],
      moneyValue(`Limited expected value (${L})`, r.perOccurrence.limitedExpectedValue),
    ),
    step(
      'RET-1',
      `${L}: per occurrence the WCRA reimburses everything above the limit: E[(X - limit)+] = E[X] - E[min(X, limit)]`,
      [
        moneyValue('Mean severity E[X]', profile.severityMean),
        moneyValue('Limited expected value', r.perOccurrence.limitedExpectedValue, '-'),
      ],
      moneyValue(`Expected excess per occurrence (${L})`, r.perOccurrence.expectedExcess),
    ),
    step(
      'RET-12',
      `${L}: expected retained = frequency mean x E[min(X, limit)] (unrounded), rounded; expected total cost = premium + tax + retained`,
      [moneyValue('Premium + tax', r.total), moneyValue('Expected retained per year', r.expectedRetained, '+')],
      moneyValue(`Expected total cost (${L})`, r.expectedTotalCost),
    ),
    step(
      'RET-12',
      `${L}: simulated over ${profile.simulations} years (one simulation for all levels): share of years with an occurrence strictly above the limit; VaR = x(ceil(n q)); TVaR by Acerbi-Tasche`,
      [
        textValue('Probability pierced', r.probabilityPierced, 'number'),
        textValue('Its standard error', r.standardErrors.probabilityPierced, 'number'),
        moneyValue('Simulated mean retained', r.retained.mean),
        textValue('Its standard error', r.standardErrors.retained, 'number'),
        ...Object.entries(r.retained.var).flatMap(([q, value]) => [
          moneyValue(`Retained VaR ${q}`, value),
          moneyValue(`Retained TVaR ${q}`, guaranteed(r.retained.tvar[q], `TVaR ${q}`)),
        ]),
      ],
      moneyValue(`Simulated mean total cost (${L})`, r.totalCost.mean),
    ),
    step(
      'RET-10',
      `${L}: against the low level (adds at most limit - low limit per occurrence)`,
      [
        moneyValue('Added liability per occurrence, at most', formatMoney(toDecimal(r.limit).minus(toDecimal(low.limit)))),
        moneyValue('Premium + tax difference', formatMoney(toDecimal(r.total).minus(toDecimal(low.total)))),
        moneyValue('Expected retained difference', r.versusLow.expectedRetained, '+'),
      ],
      moneyValue(`Expected total cost difference (${L})`, r.versusLow.expectedTotalCost),
    ),
  ];
}

function explainProfile(v: ParsedInput, result: RetentionRiskProfileResult, facts: LevelFacts[], source: string): TraceStep[] {
  const steps: TraceStep[] = [
    step(
      'RET-2',
      `Retention limits offered for ${v.year} (${source})`,
      result.levels.map((l) => moneyValue(`${l.level} limit`, l.limit)),
      textValue('Levels compared', result.levels.map((l) => l.level).join(', ')),
    ),
    step(
      'RET-12',
      `Model: ${describeFrequency(v.frequency)} occurrences per year; ${describeSeverity(v.severity)} per occurrence; expected gross = frequency mean x E[X]`,
      [textValue('Frequency mean', String(v.frequency.mean), 'number'), moneyValue('Mean severity E[X]', result.severityMean, 'x')],
      moneyValue('Expected gross loss per year', result.expectedGross),
    ),
  ];
  result.levels.forEach((r, i) => {
    steps.push(...levelSteps(v, r, facts[i] as LevelFacts, result));
    if (r.allowedByNetWorth !== undefined)
      steps.push(
        netWorthStep(
          r.level,
          { netWorth: guaranteed(v.netWorth, 'netWorth'), totalAssets: guaranteed(v.totalAssets, 'totalAssets') },
          r.limit,
          {
            allowed: r.allowedByNetWorth,
            reason: r.netWorthReason,
          },
        ),
      );
  });
  return steps;
}

/**
 * The expected cost and the tail risk of every retention level a member may choose for a coverage
 * year, under a frequency and severity model (RET-12, RET-1, RET-2, RET-10, RET-11, PRM-1, PRM-2,
 * PRM-6).
 *
 * For each level offered (low to jumbo): the limit (RET-2), the premium, tax and total through
 * the premium core of `reinsurancePremium` (PRM-1, PRM-2, PRM-6). **Closed form** (exact value
 * rounded to the cent): per occurrence E[min(X, R)] (see below) and E[(X − R)+] = E[X] −
 * E[min(X, R)] (the rounded figures, so they add up); per year `expectedRetained` = frequency mean ×
 * the unrounded E[min(X, R)], rounded; `expectedGross` = frequency mean × E[X], rounded;
 * `expectedCeded` = expectedGross − expectedRetained (within a cent of the rounded exact value;
 * retained + ceded = gross exactly); `expectedTotalCost` = total + expectedRetained; `versusLow` =
 * this level minus low (RET-10). E[min(X, R)]: lognormal e^(μ+σ²/2) Φ((ln R − μ − σ²)/σ) +
 * R (1 − Φ((ln R − μ)/σ)), with Φ from W. J. Cody's rational approximations of erfc (double
 * precision); Pareto II (Lomax) θ/(α − 1) (1 − (θ/(R + θ))^(α−1)); empirical the exact average of
 * min(xᵢ, R); a mixture the weighted sum.
 *
 * **Simulated** (RET-12: estimates, not payable amounts; money estimates rounded to cents for
 * display, standard errors and probabilities as plain decimal strings): one simulation of
 * `simulations` years shared by all levels — for each year the count N, then N occurrences, each
 * retained at every limit — whose memory is one number per year and level. `probabilityPierced`
 * = share of years with an occurrence strictly above the limit; `retained`/`totalCost` mean, VaR
 * x(⌈n·q⌉) and TVaR [Σ_{i>k} x(i) + x(k)(k − n·q)] / (n(1 − q)) (Acerbi–Tasche, never below VaR)
 * at each quantile; the total cost is total + retained, so its VaR and TVaR are the retained ones
 * plus the total; standard errors are sample sd ÷ √n.
 *
 * Generator: xoshiro128** seeded by SplitMix32 from `seed` (default 1): the same seed gives the
 * same result on every run, in Node and in a browser (no `Math.random`; see the note on engines
 * in `docs/retention.md`); normals by Marsaglia's polar method, Pareto by inversion, empirical by ⌊U·n⌋, mixture
 * parts by inversion of the weights, Poisson by inversion below a mean of 10 and Hörmann's PTRS
 * from 10, negative binomial as gamma(1/cv², cv²)–Poisson (Marsaglia–Tsang gamma).
 *
 * RET-11 (with `netWorth` and `totalAssets`, self-insurers only): `allowedByNetWorth` per level,
 * and `netWorthReason` when not allowed.
 *
 * @param input - `{ year, exposure, memberType, frequency, severity, netWorth?, totalAssets? }`.
 * @param options - `{ simulations = 100000, seed = 1, quantiles = ['0.9', '0.95', '0.99', '0.995'], explain?, rateTable?, retentionTable? }`.
 * @returns `{ year, simulations, seed, severityMean, expectedGross, levels: [...] }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input: a Pareto shape of 1 or less, mixture
 *   weights not adding up to exactly 1 (`inconsistent`), a negative or zero parameter, fewer than
 *   1,000 simulations, a quantile outside (0, 1) (`out_of_range`), netWorth without totalAssets
 *   (`required`) or for an insurer (`not_allowed`); `UNKNOWN_YEAR` / `LEVEL_NOT_OFFERED` as for
 *   the premium; `RESULT_OUT_OF_RANGE` when the expected gross loss leaves the money range.
 *
 * @example
 * ```ts
 * import { retentionRiskProfile } from 'wcra-calc';
 * const r = retentionRiskProfile(
 *   { year: 2025, exposure: '3200000', memberType: 'self-insurer', frequency: { kind: 'poisson', mean: 2 },
 *     severity: { kind: 'pareto', shape: '2.5', scale: '150000' } },
 *   { simulations: 20000, seed: 7 },
 * );
 * r.levels[0]?.perOccurrence.limitedExpectedValue //=> '88914.20'
 * r.levels[0]?.expectedRetained //=> '177828.41'
 * ```
 */
export function retentionRiskProfile(input: RetentionRiskProfileInput, options?: RetentionRiskProfileOptions): RetentionRiskProfileResult {
  return retentionRiskProfileDefinition.run(input, options);
}

/** The definition of {@link retentionRiskProfile}: name, rules, schemas, example. */
export const retentionRiskProfileDefinition = /* @__PURE__ */ defineCalculator({
  name: 'retentionRiskProfile',
  feature: 'retention',
  summary: 'Expected cost and tail risk (VaR, TVaR) of every retention level under a frequency and severity model',
  rules: ['RET-12', 'RET-1', 'RET-2', 'RET-10', 'RET-11', 'PRM-1', 'PRM-2', 'PRM-6'],
  uncitedRules: {},
  input: RetentionRiskProfileInputSchema,
  options: RetentionRiskProfileOptionsSchema,
  example: {
    year: 2025,
    exposure: '3200000',
    memberType: 'self-insurer',
    frequency: { kind: 'poisson', mean: '0.5' },
    severity: { kind: 'lognormal', mu: '11', sigma: '1.5' },
    netWorth: '12000000',
    totalAssets: '80000000',
  },
  exampleOptions: { simulations: 2000, seed: 1 },
  explains: true,
  compute: (v, opts): RetentionRiskProfileResult => {
    const { result, facts, source } = computeProfile(v, opts);
    return withSteps(result, opts.explain, () => explainProfile(v, result, facts, source));
  },
});
