// retentionRiskProfile (issue 16): closed forms against independent integrals, the simulation
// against the closed forms (within 4 standard errors), RET-12's estimators, reproducibility,
// RET-11, and the input codes. Simulations stay at most 20,000 years so the file is fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { reinsurancePremium } from '../../src/premium/reinsurancePremium.js';
import {
  type RetentionRiskProfileInput,
  type RetentionRiskProfileOptions,
  type RetentionRiskSeverity,
  retentionRiskProfile,
  retentionRiskProfileDefinition,
} from '../../src/retention/retentionRiskProfile.js';
import { type SeverityModel, sortTailFrom, survival, varAndTvar } from '../../src/retention/riskModels.js';
import { deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const lognormal = { kind: 'lognormal', mu: '11', sigma: '1.5' } as const;
const pareto = { kind: 'pareto', shape: '2.5', scale: '150000' } as const;
const empirical = { kind: 'empirical', losses: ['20000', '150000.50', '480000', '750000', '1800000', '6000000.25'] } as const;
const mixture = {
  kind: 'mixture',
  parts: [
    { weight: '0.7', severity: lognormal },
    { weight: '0.25', severity: pareto },
    { weight: '0.05', severity: empirical },
  ],
} as const;
const SEVERITIES: ReadonlyArray<readonly [string, RetentionRiskSeverity]> = [
  ['lognormal', lognormal],
  ['pareto', pareto],
  ['empirical', empirical],
  ['mixture', mixture],
];

function base(severity: RetentionRiskSeverity, mean = '3'): RetentionRiskProfileInput {
  return { year: 2025, exposure: '3200000', memberType: 'self-insurer', frequency: { kind: 'poisson', mean }, severity };
}
const SMALL: RetentionRiskProfileOptions = { simulations: 20_000, seed: 11 };

/** The severity as the models read it (numbers, empirical losses in cents, exact weights). */
function model(s: RetentionRiskSeverity): SeverityModel {
  switch (s.kind) {
    case 'lognormal':
      return { kind: 'lognormal', mu: Number(s.mu), sigma: Number(s.sigma) };
    case 'pareto':
      return { kind: 'pareto', shape: Number(s.shape), scale: Number(s.scale) };
    case 'empirical':
      return { kind: 'empirical', losses: s.losses.map((x) => Math.round(Number(x) * 100)) };
    case 'mixture':
      return { kind: 'mixture', parts: s.parts.map((p) => ({ weight: new D(String(p.weight)), severity: model(p.severity) })) };
  }
}

/** |simulated − exact| in units of the standard error. */
function zScore(simulated: string, exact: string, se: string): number {
  return Math.abs(Number(simulated) - Number(exact)) / Number(se);
}

// The special functions and the generator have their own tests: test/core/special.test.ts and
// test/core/random.test.ts.

describe('retentionRiskProfile: closed forms (RET-12)', () => {
  it('RET-12: E[min(X, R)] of lognormal and Pareto II equals an independent numerical integral of S(x) (SciPy quad), to the cent', () => {
    const lev = (s: RetentionRiskSeverity) =>
      retentionRiskProfile(base(s), { simulations: 1000 }).levels.map((l) => l.perOccurrence.limitedExpectedValue);
    expect(lev(lognormal)).toEqual(['125233.44', '149566.23', '166740.22', '178809.03']);
    expect(lev(pareto)).toEqual(['88914.20', '95289.25', '98157.20', '99502.92']);
    expect(retentionRiskProfile(base(lognormal), { simulations: 1000 }).severityMean).toBe('184425.34');
    // a mixture is the weighted sum of its parts' (SciPy) figures
    expect(lev(mixture)).toEqual(['127808.63', '156852.01', '184590.79', '218375.39']);
  });

  it('RET-12: empirical E[min(X, R)] is the exact average of min(x, R)', () => {
    const r = retentionRiskProfile(base(empirical), { simulations: 1000 });
    // low: (20000 + 150000.50 + 480000 + 500000 × 3) / 6 = 358333.4166…
    expect(r.levels[0]?.perOccurrence.limitedExpectedValue).toBe('358333.42');
    expect(r.levels[0]?.expectedRetained).toBe('1075000.25'); // 3 × 358333.41666… = 1075000.25 exactly
    expect(r.severityMean).toBe('1533333.46');
  });

  it.each(SEVERITIES)(
    'RET-1: %s: retained + ceded = expected gross exactly; LEV + excess = E[X]; retained rises with the limit',
    (_, s) => {
      const r = retentionRiskProfile(base(s, '2.5'), { simulations: 1000 });
      let previous = -1n;
      for (const l of r.levels) {
        expect(strCents(l.expectedRetained) + strCents(l.expectedCeded)).toBe(strCents(r.expectedGross));
        expect(strCents(l.perOccurrence.limitedExpectedValue) + strCents(l.perOccurrence.expectedExcess)).toBe(strCents(r.severityMean));
        expect(strCents(l.expectedRetained)).toBeGreaterThan(previous);
        previous = strCents(l.expectedRetained);
        expect(strCents(l.expectedTotalCost)).toBe(strCents(l.total) + strCents(l.expectedRetained));
      }
    },
  );

  it('RET-12: expectedRetained = frequency mean x the unrounded LEV, rounded (not mean x rounded LEV)', () => {
    const r = retentionRiskProfile(base(pareto, '7'), { simulations: 1000 });
    // 7 × 88914.2047369… = 622399.433…, while 7 × 88914.20 = 622399.40
    expect(r.levels[0]?.expectedRetained).toBe('622399.43');
  });

  it('PRM-1/PRM-6: premium, tax and total are those of reinsurancePremium (the same core)', () => {
    const r = retentionRiskProfile(base(lognormal), { simulations: 1000 });
    for (const l of r.levels) {
      const p = reinsurancePremium({ exposure: '3200000', year: 2025, level: l.level, memberType: 'self-insurer' });
      expect([l.premium, l.tax, l.total, l.rate]).toEqual([p.premium, p.tax, p.total, p.rate]);
      expect(strCents(l.versusLow.premium)).toBe(strCents(l.premium) - strCents(r.levels[0]?.premium as string));
    }
    expect(r.levels.map((l) => l.level)).toEqual(['low', 'high', 'super', 'jumbo']);
  });

  it('property: retained is monotone in the limit and retained + ceded = gross for any lognormal or Pareto', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            kind: fc.constant('lognormal' as const),
            mu: fc.double({ min: 5, max: 15, noNaN: true }),
            sigma: fc.double({ min: 0.1, max: 3, noNaN: true }),
          }),
          fc.record({
            kind: fc.constant('pareto' as const),
            shape: fc.double({ min: 1.05, max: 8, noNaN: true }),
            scale: fc.double({ min: 100, max: 5e6, noNaN: true }),
          }),
        ),
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 200, noNaN: true })),
        (s, mean) => {
          const r = retentionRiskProfile(
            { ...base(s as RetentionRiskSeverity), frequency: { kind: 'poisson', mean } },
            { simulations: 1000 },
          );
          const retained = r.levels.map((l) => strCents(l.expectedRetained));
          for (let i = 1; i < retained.length; i++) expect(retained[i]).toBeGreaterThanOrEqual(retained[i - 1] as bigint);
          for (const l of r.levels) expect(strCents(l.expectedRetained) + strCents(l.expectedCeded)).toBe(strCents(r.expectedGross));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('retentionRiskProfile: the simulation against the mathematics', () => {
  it.each(SEVERITIES)('RET-12: %s: simulated mean annual retained is within 4 SE of the closed form at every level', (_, s) => {
    const r = retentionRiskProfile(base(s), SMALL);
    for (const l of r.levels) expect(zScore(l.retained.mean, l.expectedRetained, l.standardErrors.retained), l.level).toBeLessThan(4);
  });

  it('RET-12: negative binomial (gamma cv) keeps the mean: simulated retained within 4 SE of mean x LEV', () => {
    const r = retentionRiskProfile({ ...base(lognormal), frequency: { kind: 'negative-binomial', mean: '3', cv: '0.6' } }, SMALL);
    for (const l of r.levels) expect(zScore(l.retained.mean, l.expectedRetained, l.standardErrors.retained), l.level).toBeLessThan(4);
    // and is more dispersed than Poisson
    const p = retentionRiskProfile(base(lognormal), SMALL);
    expect(Number(r.levels[0]?.standardErrors.retained)).toBeGreaterThan(Number(p.levels[0]?.standardErrors.retained));
  });

  it.each(SEVERITIES)('RET-12: %s, Poisson: P(no occurrence above R) = exp(-lambda S(R)) within 4 SE', (_, s) => {
    const r = retentionRiskProfile(base(s), SMALL);
    for (const l of r.levels) {
      const exact = 1 - Math.exp(-3 * survival(model(s), Number(l.limit)));
      const se = Math.max(Number(l.standardErrors.probabilityPierced), Math.sqrt((exact * (1 - exact)) / 20_000), 1e-9);
      expect(Math.abs(Number(l.probabilityPierced) - exact) / se, `${l.level}`).toBeLessThan(4);
    }
  });

  it('RET-12: negative binomial: P(no occurrence above R) = (1 + lambda S(R) cv^2)^(-1/cv^2) within 4 SE (cv of the gamma)', () => {
    const cv = 0.8;
    const r = retentionRiskProfile({ ...base(pareto), frequency: { kind: 'negative-binomial', mean: '3', cv } }, SMALL);
    for (const l of r.levels) {
      const exact = 1 - (1 + 3 * survival(model(pareto), Number(l.limit)) * cv * cv) ** (-1 / (cv * cv));
      const se = Math.sqrt((exact * (1 - exact)) / 20_000);
      expect(Math.abs(Number(l.probabilityPierced) - exact) / se, l.level).toBeLessThan(4);
    }
  });

  it('RET-12: TVaR >= VaR at every quantile and level; VaR rises with q; total cost = total + retained', () => {
    const r = retentionRiskProfile(base(mixture), { ...SMALL, quantiles: ['0.5', '0.9', '0.99', '0.9999'] });
    for (const l of r.levels) {
      let prev = -1n;
      for (const q of ['0.5', '0.9', '0.99', '0.9999']) {
        const v = strCents(l.retained.var[q] as string);
        expect(strCents(l.retained.tvar[q] as string)).toBeGreaterThanOrEqual(v);
        expect(v).toBeGreaterThanOrEqual(prev);
        prev = v;
        expect(strCents(l.totalCost.var[q] as string)).toBe(v + strCents(l.total));
        expect(strCents(l.totalCost.tvar[q] as string)).toBe(strCents(l.retained.tvar[q] as string) + strCents(l.total));
      }
      expect(l.standardErrors.totalCost).toBe(l.standardErrors.retained);
    }
  });

  it('RET-12: the VaR/TVaR estimators exactly as written (x(ceil(nq)), Acerbi-Tasche), including k = n q', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(varAndTvar(sorted, new D('0.9'))).toEqual({ value: 9, tail: 10 - 0 + 9 * 0 }); // k = 9: (10 + 9 × 0) / 1
    const r = varAndTvar(sorted, new D('0.85')); // n q = 8.5, k = 9: (10 + 9 × 0.5) / 1.5
    expect(r.value).toBe(9);
    expect(r.tail).toBeCloseTo(14.5 / 1.5, 12);
    expect(varAndTvar(sorted, new D('0.05'))).toEqual({ value: 1, tail: (54 + 1 * 0.5) / 9.5 });
  });

  it('sortTailFrom: the k-th smallest in place, everything before it smaller or equal, the tail sorted (as a full sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 }), fc.nat(), (xs, pick) => {
        const k = (pick % xs.length) + 1;
        const full = Float64Array.from(xs).sort();
        const part = sortTailFrom(Float64Array.from(xs), k);
        expect([...part.subarray(k - 1)]).toEqual([...full.subarray(k - 1)]);
        for (let i = 0; i < k - 1; i++) expect(part[i]).toBeLessThanOrEqual(full[k - 1] as number);
      }),
    );
  });

  it('reproducible: the same seed gives the same result; another seed another sample; the seed is echoed', () => {
    const a = retentionRiskProfile(base(lognormal), { simulations: 5000, seed: 4_294_967_295 });
    expect(retentionRiskProfile(base(lognormal), { simulations: 5000, seed: 4_294_967_295 })).toStrictEqual(a);
    const b = retentionRiskProfile(base(lognormal), { simulations: 5000, seed: 0 });
    expect(b.levels[0]?.retained.mean).not.toBe(a.levels[0]?.retained.mean);
    expect([a.seed, b.seed, a.simulations]).toEqual([4_294_967_295, 0, 5000]);
    expect(retentionRiskProfile(base(lognormal), { simulations: 1000 }).seed).toBe(1);
    // closed forms do not depend on the seed
    expect(b.levels.map((l) => l.expectedRetained)).toEqual(a.levels.map((l) => l.expectedRetained));
  });

  it('quantile keys are echoed exactly as given; default quantiles; frequency mean 0 gives zeros', () => {
    const r = retentionRiskProfile(base(pareto), { simulations: 1000, quantiles: ['0.990', 0.5] });
    expect(Object.keys(r.levels[0]?.retained.var ?? {})).toEqual(['0.990', '0.5']);
    expect(Object.keys(retentionRiskProfile(base(pareto), { simulations: 1000 }).levels[0]?.retained.tvar ?? {})).toEqual([
      '0.9',
      '0.95',
      '0.99',
      '0.995',
    ]);
    const zero = retentionRiskProfile(base(pareto, '0'), { simulations: 1000 });
    expect(zero.levels[0]).toMatchObject({ expectedRetained: '0.00', probabilityPierced: '0', standardErrors: { retained: '0' } });
  });

  it('RET-2/RET-3: years with three or two levels (2017 without jumbo; 1990 from caller tables)', () => {
    const r2017 = retentionRiskProfile({ ...base(lognormal), year: 2017 }, { simulations: 2000 });
    expect(r2017.levels.map((l) => l.level)).toEqual(['low', 'high', 'super']);
    const r1990 = retentionRiskProfile(
      { ...base(lognormal), year: 1990 },
      {
        simulations: 2000,
        retentionTable: [{ year: 1990, low: '180000' }],
        rateTable: [{ year: 1990, low: '0.09', high: '0.07', super: '0.05' }],
      },
    );
    expect(r1990.levels.map((l) => [l.level, l.limit])).toEqual([
      ['low', '180000.00'],
      ['high', '380000.00'],
    ]);
    for (const l of [...r2017.levels, ...r1990.levels])
      expect(zScore(l.retained.mean, l.expectedRetained, l.standardErrors.retained), l.level).toBeLessThan(4);
  });

  it('does not mutate its (frozen) input and options', () => {
    const input = deepFreeze(base(mixture));
    const options = deepFreeze({ simulations: 1000, quantiles: ['0.9'] });
    expect(() => retentionRiskProfile(input, options)).not.toThrow();
  });
});

describe('retentionRiskProfile: RET-11 (net worth)', () => {
  it('RET-11: allowedByNetWorth per level; a reason only when false', () => {
    // net worth 12,000,000 ≥ 10% of 80,000,000; ≥ 10 × 500,000 and 10 × 1,000,000; < 10 × 2,000,000
    const r = retentionRiskProfile({ ...base(lognormal), netWorth: '12000000', totalAssets: '80000000' }, { simulations: 1000 });
    expect(r.levels.map((l) => l.allowedByNetWorth)).toEqual([true, true, false, false]);
    expect(r.levels[0]).not.toHaveProperty('netWorthReason');
    expect(typeof r.levels[2]?.netWorthReason).toBe('string');
    const poor = retentionRiskProfile({ ...base(lognormal), netWorth: '7000000', totalAssets: '80000000' }, { simulations: 1000 });
    expect(poor.levels.map((l) => l.allowedByNetWorth)).toEqual([false, false, false, false]);
  });

  it('RET-11: without the figures there is no allowedByNetWorth; both or neither; self-insurers only', () => {
    const r = retentionRiskProfile(base(lognormal), { simulations: 1000 });
    expect(r.levels[0]).not.toHaveProperty('allowedByNetWorth');
    expectIssues(() => retentionRiskProfile({ ...base(lognormal), netWorth: '1000000' }), [{ path: ['totalAssets'], code: 'required' }]);
    expectIssues(() => retentionRiskProfile({ ...base(lognormal), totalAssets: '1000000' }), [{ path: ['netWorth'], code: 'required' }]);
    expectIssues(
      () => retentionRiskProfile({ ...base(lognormal), memberType: 'insurer', netWorth: '1', totalAssets: '1' }),
      [
        { path: ['netWorth'], code: 'not_allowed' },
        { path: ['totalAssets'], code: 'not_allowed' },
      ],
    );
  });
});

describe('retentionRiskProfile: bad input is INVALID_INPUT with a code, never a number', () => {
  it('a Pareto shape of 1 or less (no mean), negative or zero parameters', () => {
    for (const shape of ['1', '0.8', 1])
      expectIssues(
        () => retentionRiskProfile(base({ kind: 'pareto', shape, scale: '1000' })),
        [{ path: ['severity', 'shape'], code: 'out_of_range' }],
      );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'pareto', shape: '2', scale: '-5' })),
      [{ path: ['severity', 'scale'], code: 'out_of_range' }],
    );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'lognormal', mu: '10', sigma: '0' })),
      [{ path: ['severity', 'sigma'], code: 'out_of_range' }],
    );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'lognormal', mu: '10', sigma: '-1' })),
      [{ path: ['severity', 'sigma'], code: 'out_of_range' }],
    );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'lognormal', mu: '30', sigma: '3' })),
      [{ path: ['severity', 'sigma'], code: 'out_of_range' }],
    );
    expectIssues(() => retentionRiskProfile(base(lognormal, '-1')), [{ path: ['frequency', 'mean'], code: 'out_of_range' }]);
    expectIssues(
      () => retentionRiskProfile({ ...base(lognormal), frequency: { kind: 'negative-binomial', mean: 2, cv: -0.5 } }),
      [{ path: ['frequency', 'cv'], code: 'out_of_range' }],
    );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'empirical', losses: ['-1'] })),
      [{ path: ['severity', 'losses', 0], code: 'out_of_range' }],
    );
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'empirical', losses: [] })),
      [{ path: ['severity', 'losses'], code: 'empty_list' }],
    );
  });

  it('mixture weights that do not add up to exactly 1; a mixture of mixtures; unknown kinds', () => {
    const parts = (w1: string, w2: string) => [
      { weight: w1, severity: lognormal },
      { weight: w2, severity: pareto },
    ];
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'mixture', parts: parts('0.5', '0.4999') })),
      [{ path: ['severity', 'parts'], code: 'inconsistent' }],
    );
    expect(() => retentionRiskProfile(base({ kind: 'mixture', parts: parts('0.5', '0.5') }), { simulations: 1000 })).not.toThrow();
    expectIssues(
      () => retentionRiskProfile(base({ kind: 'mixture', parts: [{ weight: 1, severity: mixture as never }] })),
      [{ path: ['severity', 'parts', 0, 'severity', 'kind'], code: 'not_one_of' }],
    );
    expectIssues(() => retentionRiskProfile(base({ kind: 'weibull' } as never)), [{ path: ['severity', 'kind'], code: 'not_one_of' }]);
  });

  it('fewer than 1,000 simulations, a quantile outside (0, 1), a bad or repeated quantile, a bad seed', () => {
    const call = (o: unknown) => () => retentionRiskProfile(base(lognormal), o as RetentionRiskProfileOptions);
    expectIssues(call({ simulations: 999 }), [{ path: ['options', 'simulations'], code: 'out_of_range' }]);
    expectIssues(call({ simulations: 1500.5 }), [{ path: ['options', 'simulations'], code: 'not_an_integer' }]);
    for (const q of ['0', '1', '1.5', -0.1])
      expectIssues(call({ quantiles: [q] }), [{ path: ['options', 'quantiles', 0], code: 'out_of_range' }]);
    expectIssues(call({ quantiles: ['abc'] }), [{ path: ['options', 'quantiles', 0], code: 'not_a_number' }]);
    expectIssues(call({ quantiles: ['0.9', '0.9'] }), [{ path: ['options', 'quantiles', 1], code: 'duplicate' }]);
    expectIssues(call({ quantiles: [] }), [{ path: ['options', 'quantiles'], code: 'empty_list' }]);
    expectIssues(call({ seed: 2 ** 32 }), [{ path: ['options', 'seed'], code: 'out_of_range' }]);
    expectIssues(call({ seed: -1 }), [{ path: ['options', 'seed'], code: 'out_of_range' }]);
  });

  it('a workload beyond the budget is refused before simulating; unknown years are UNKNOWN_YEAR', () => {
    expectIssues(
      () => retentionRiskProfile(base(lognormal, '60000'), { simulations: 1000 }),
      [{ path: ['frequency', 'mean'], code: 'out_of_range' }],
    );
    expectWcraError(() => retentionRiskProfile({ ...base(lognormal), year: 2031 }, { simulations: 1000 }), 'UNKNOWN_YEAR');
  });
});

describe('retentionRiskProfile: explain', () => {
  it('its steps cite exactly the declared rules and show the closed-form and simulated figures', () => {
    const def = retentionRiskProfileDefinition;
    const r = def.run(def.example, { ...def.exampleOptions, explain: true }) as ReturnType<typeof retentionRiskProfile>;
    const cited = new Set((r.steps ?? []).map((s) => s.rule));
    expect([...cited].sort()).toEqual([...def.rules].sort());
    const low = r.levels[0];
    // Steps found by rule and value, not by their wording.
    const lev = r.steps?.find((s) => s.rule === 'RET-12' && s.result.value === low?.perOccurrence.limitedExpectedValue);
    expect(lev).toBeDefined();
    const sim = r.steps?.find((s) => s.rule === 'RET-12' && s.result.value === low?.totalCost.mean);
    expect(sim).toBeDefined();
    expect(sim?.inputs.map((i) => i.value)).toContain(low?.retained.var['0.99']);
    const ret11 = r.steps?.filter((s) => s.rule === 'RET-11').map((s) => s.result.value);
    expect(ret11).toEqual(r.levels.map((l) => (l.allowedByNetWorth ? 'yes' : 'no')));
    const { steps: _steps, ...plain } = r;
    expect(plain).toStrictEqual(def.run(def.example, def.exampleOptions));
  });
});

describe('retentionRiskProfile: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(retentionRiskProfileDefinition)).toMatchInlineSnapshot(`
      "RET-2  Retention limits offered for 2025 (wcra.biz retention table, read 2026; seed 003)
        low limit                                                  $500,000.00
        high limit                                               $1,000,000.00
        super limit                                              $2,000,000.00
        jumbo limit                                              $5,000,000.00
        ----------------------------------------------------------------------
        Levels compared                                low, high, super, jumbo

      RET-12  Model: Poisson (mean 0.5) occurrences per year; lognormal (mu 11, sigma 1.5) per occurrence; expected gross = frequency mean x E[X]
        Frequency mean                                                     0.5
        Mean severity E[X]                                       x $184,425.34
        ----------------------------------------------------------------------
        Expected gross loss per year                                $92,212.67

      PRM-2  low: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Retention level                                                    low
        ----------------------------------------------------------------------
        Reinsurance rate                                                 7.55%

      PRM-1  low: premium = exposure base x rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                               x 7.55%
        ----------------------------------------------------------------------
        Premium (low)                                              $241,600.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Premium (low)                                              $241,600.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $4,832.00

      PRM-6  Total = amount + premium tax
        Premium (low)                                              $241,600.00
        Premium tax                                                + $4,832.00
        ----------------------------------------------------------------------
        Premium + tax (low)                                        $246,432.00

      RET-12  low: per occurrence, E[min(X, limit)] in closed form, rounded to cents
        Severity                                  lognormal (mu 11, sigma 1.5)
        Retention limit                                        min $500,000.00
        ----------------------------------------------------------------------
        Limited expected value (low)                               $125,233.44

      RET-1  low: per occurrence the WCRA reimburses everything above the limit: E[(X - limit)+] = E[X] - E[min(X, limit)]
        Mean severity E[X]                                         $184,425.34
        Limited expected value                                   - $125,233.44
        ----------------------------------------------------------------------
        Expected excess per occurrence (low)                        $59,191.90

      RET-12  low: expected retained = frequency mean x E[min(X, limit)] (unrounded), rounded; expected total cost = premium + tax + retained
        Premium + tax                                              $246,432.00
        Expected retained per year                                + $62,616.72
        ----------------------------------------------------------------------
        Expected total cost (low)                                  $309,048.72

      RET-12  low: simulated over 2000 years (one simulation for all levels): share of years with an occurrence strictly above the limit; VaR = x(ceil(n q)); TVaR by Acerbi-Tasche
        Probability pierced                                             0.0335
        Its standard error                               0.0040245463703060215
        Simulated mean retained                                     $62,291.73
        Its standard error                                  3009.1672619207325
        Retained VaR 0.9                                           $228,427.87
        Retained TVaR 0.9                                          $415,755.50
        Retained VaR 0.95                                          $415,927.13
        Retained TVaR 0.95                                         $528,871.72
        Retained VaR 0.99                                          $529,176.51
        Retained TVaR 0.99                                         $685,115.84
        Retained VaR 0.995                                         $588,125.94
        Retained TVaR 0.995                                        $810,154.20
        ----------------------------------------------------------------------
        Simulated mean total cost (low)                            $308,723.73

      RET-10  low: against the low level (adds at most limit - low limit per occurrence)
        Added liability per occurrence, at most                          $0.00
        Premium + tax difference                                         $0.00
        Expected retained difference                                   + $0.00
        ----------------------------------------------------------------------
        Expected total cost difference (low)                             $0.00

      RET-11  low: net worth at least 10% of total assets and at least 10 x the limit
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                            $500,000.00
        ----------------------------------------------------------------------
        May choose low                                                     yes

      PRM-2  high: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Retention level                                                   high
        ----------------------------------------------------------------------
        Reinsurance rate                                                  4.5%

      PRM-1  high: premium = exposure base x rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                                x 4.5%
        ----------------------------------------------------------------------
        Premium (high)                                             $144,000.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Premium (high)                                             $144,000.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $2,880.00

      PRM-6  Total = amount + premium tax
        Premium (high)                                             $144,000.00
        Premium tax                                                + $2,880.00
        ----------------------------------------------------------------------
        Premium + tax (high)                                       $146,880.00

      RET-12  high: per occurrence, E[min(X, limit)] in closed form, rounded to cents
        Severity                                  lognormal (mu 11, sigma 1.5)
        Retention limit                                      min $1,000,000.00
        ----------------------------------------------------------------------
        Limited expected value (high)                              $149,566.23

      RET-1  high: per occurrence the WCRA reimburses everything above the limit: E[(X - limit)+] = E[X] - E[min(X, limit)]
        Mean severity E[X]                                         $184,425.34
        Limited expected value                                   - $149,566.23
        ----------------------------------------------------------------------
        Expected excess per occurrence (high)                       $34,859.11

      RET-12  high: expected retained = frequency mean x E[min(X, limit)] (unrounded), rounded; expected total cost = premium + tax + retained
        Premium + tax                                              $146,880.00
        Expected retained per year                                + $74,783.12
        ----------------------------------------------------------------------
        Expected total cost (high)                                 $221,663.12

      RET-12  high: simulated over 2000 years (one simulation for all levels): share of years with an occurrence strictly above the limit; VaR = x(ceil(n q)); TVaR by Acerbi-Tasche
        Probability pierced                                             0.0175
        Its standard error                               0.0029327760889290367
        Simulated mean retained                                     $74,614.71
        Its standard error                                   4220.445590433323
        Retained VaR 0.9                                           $228,427.87
        Retained TVaR 0.9                                          $538,985.26
        Retained VaR 0.95                                          $415,927.13
        Retained TVaR 0.95                                         $775,331.24
        Retained VaR 0.99                                        $1,000,000.00
        Retained TVaR 0.99                                       $1,101,905.90
        Retained VaR 0.995                                       $1,018,398.33
        Retained TVaR 0.995                                      $1,200,891.30
        ----------------------------------------------------------------------
        Simulated mean total cost (high)                           $221,494.71

      RET-10  high: against the low level (adds at most limit - low limit per occurrence)
        Added liability per occurrence, at most                    $500,000.00
        Premium + tax difference                                   -$99,552.00
        Expected retained difference                              + $12,166.40
        ----------------------------------------------------------------------
        Expected total cost difference (high)                      -$87,385.60

      RET-11  high: net worth at least 10% of total assets and at least 10 x the limit
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $1,000,000.00
        ----------------------------------------------------------------------
        May choose high                                                    yes

      PRM-2  super: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Retention level                                                  super
        ----------------------------------------------------------------------
        Reinsurance rate                                                 2.25%

      PRM-1  super: premium = exposure base x rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                               x 2.25%
        ----------------------------------------------------------------------
        Premium (super)                                             $72,000.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Premium (super)                                             $72,000.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $1,440.00

      PRM-6  Total = amount + premium tax
        Premium (super)                                             $72,000.00
        Premium tax                                                + $1,440.00
        ----------------------------------------------------------------------
        Premium + tax (super)                                       $73,440.00

      RET-12  super: per occurrence, E[min(X, limit)] in closed form, rounded to cents
        Severity                                  lognormal (mu 11, sigma 1.5)
        Retention limit                                      min $2,000,000.00
        ----------------------------------------------------------------------
        Limited expected value (super)                             $166,740.22

      RET-1  super: per occurrence the WCRA reimburses everything above the limit: E[(X - limit)+] = E[X] - E[min(X, limit)]
        Mean severity E[X]                                         $184,425.34
        Limited expected value                                   - $166,740.22
        ----------------------------------------------------------------------
        Expected excess per occurrence (super)                      $17,685.12

      RET-12  super: expected retained = frequency mean x E[min(X, limit)] (unrounded), rounded; expected total cost = premium + tax + retained
        Premium + tax                                               $73,440.00
        Expected retained per year                                + $83,370.11
        ----------------------------------------------------------------------
        Expected total cost (super)                                $156,810.11

      RET-12  super: simulated over 2000 years (one simulation for all levels): share of years with an occurrence strictly above the limit; VaR = x(ceil(n q)); TVaR by Acerbi-Tasche
        Probability pierced                                             0.0055
        Its standard error                               0.0016541593398342195
        Simulated mean retained                                     $84,623.07
        Its standard error                                    5664.30169999632
        Retained VaR 0.9                                           $228,427.87
        Retained TVaR 0.9                                          $639,068.93
        Retained VaR 0.95                                          $415,927.13
        Retained TVaR 0.95                                         $975,498.58
        Retained VaR 0.99                                        $1,437,602.42
        Retained TVaR 0.99                                       $1,945,749.90
        Retained VaR 0.995                                       $2,000,000.00
        Retained TVaR 0.995                                      $2,150,651.52
        ----------------------------------------------------------------------
        Simulated mean total cost (super)                          $158,063.07

      RET-10  super: against the low level (adds at most limit - low limit per occurrence)
        Added liability per occurrence, at most                  $1,500,000.00
        Premium + tax difference                                  -$172,992.00
        Expected retained difference                              + $20,753.39
        ----------------------------------------------------------------------
        Expected total cost difference (super)                    -$152,238.61

      RET-11  super: net worth at least 10% of total assets and at least 10 x the limit: no, net worth 12000000.00 is below 10 times the retention limit (2000000.00 x 10 = 20000000.00) (RET-11)
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $2,000,000.00
        ----------------------------------------------------------------------
        May choose super                                                    no

      PRM-2  jumbo: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Retention level                                                  jumbo
        ----------------------------------------------------------------------
        Reinsurance rate                                                  1.1%

      PRM-1  jumbo: premium = exposure base x rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                                x 1.1%
        ----------------------------------------------------------------------
        Premium (jumbo)                                             $35,200.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Premium (jumbo)                                             $35,200.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                    $704.00

      PRM-6  Total = amount + premium tax
        Premium (jumbo)                                             $35,200.00
        Premium tax                                                  + $704.00
        ----------------------------------------------------------------------
        Premium + tax (jumbo)                                       $35,904.00

      RET-12  jumbo: per occurrence, E[min(X, limit)] in closed form, rounded to cents
        Severity                                  lognormal (mu 11, sigma 1.5)
        Retention limit                                      min $5,000,000.00
        ----------------------------------------------------------------------
        Limited expected value (jumbo)                             $178,809.03

      RET-1  jumbo: per occurrence the WCRA reimburses everything above the limit: E[(X - limit)+] = E[X] - E[min(X, limit)]
        Mean severity E[X]                                         $184,425.34
        Limited expected value                                   - $178,809.03
        ----------------------------------------------------------------------
        Expected excess per occurrence (jumbo)                       $5,616.31

      RET-12  jumbo: expected retained = frequency mean x E[min(X, limit)] (unrounded), rounded; expected total cost = premium + tax + retained
        Premium + tax                                               $35,904.00
        Expected retained per year                                + $89,404.51
        ----------------------------------------------------------------------
        Expected total cost (jumbo)                                $125,308.51

      RET-12  jumbo: simulated over 2000 years (one simulation for all levels): share of years with an occurrence strictly above the limit; VaR = x(ceil(n q)); TVaR by Acerbi-Tasche
        Probability pierced                                             0.0005
        Its standard error                                              0.0005
        Simulated mean retained                                     $88,555.18
        Its standard error                                   6577.343391043051
        Retained VaR 0.9                                           $228,427.87
        Retained TVaR 0.9                                          $678,389.99
        Retained VaR 0.95                                          $415,927.13
        Retained TVaR 0.95                                       $1,054,140.70
        Retained VaR 0.99                                        $1,437,602.42
        Retained TVaR 0.99                                       $2,338,960.52
        Retained VaR 0.995                                       $2,014,558.83
        Retained TVaR 0.995                                      $2,935,616.87
        ----------------------------------------------------------------------
        Simulated mean total cost (jumbo)                          $124,459.18

      RET-10  jumbo: against the low level (adds at most limit - low limit per occurrence)
        Added liability per occurrence, at most                  $4,500,000.00
        Premium + tax difference                                  -$210,528.00
        Expected retained difference                              + $26,787.79
        ----------------------------------------------------------------------
        Expected total cost difference (jumbo)                    -$183,740.21

      RET-11  jumbo: net worth at least 10% of total assets and at least 10 x the limit: no, net worth 12000000.00 is below 10 times the retention limit (5000000.00 x 10 = 50000000.00) (RET-11)
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $5,000,000.00
        ----------------------------------------------------------------------
        May choose jumbo                                                    no"
    `);
  });
});
