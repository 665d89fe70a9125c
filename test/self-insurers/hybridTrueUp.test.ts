import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualAdjustment, exposureBase, formatWorksheet, hybridTrueUp, reinsurancePremium } from 'wcra-calc';
import { hybridTrueUpDefinition } from '../../src/self-insurers/hybridTrueUp.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectWcraError } from './helpers.js';

const row = (classCode: string, amount: string) => ({ classCode, amount });
const rates = [
  { classCode: '8810', rate: '0.15' },
  { classCode: '9101', rate: '2.50' },
  { classCode: '7380', rate: '4.125' },
];
const base = {
  coverageYear: 2023,
  level: 'low' as const,
  estimatedPayroll: [row('8810', '40000000'), row('9101', '10000000')],
  auditedPayroll: [row('8810', '42000000'), row('9101', '11500000')],
  pureRates: rates,
  estimatedMod: '0.95',
  finalMod: '0.97',
};

describe('hybridTrueUp', () => {
  it('SI-4 PRM-7 a hybrid trued up to audited payroll and the final mod, with 2% tax on the adjustment', () => {
    expect(hybridTrueUp(base)).toStrictEqual({
      estimatedExposure: '294500.00', // (400,000 × 0.15 + 100,000 × 2.50) × 0.95
      actualExposure: '339985.00', // (420,000 × 0.15 + 115,000 × 2.50) × 0.97
      rate: '0.081',
      estimatedPremium: '23854.50',
      actualPremium: '27538.79', // 27,538.785 rounded half-up
      adjustment: '3684.29',
      kind: 'additional',
      taxRate: '0.02',
      tax: '73.69', // 73.6858
      total: '3757.98',
      variances: {
        rows: [
          {
            classCode: '8810',
            estimated: '40000000.00',
            audited: '42000000.00',
            difference: '2000000.00',
            change: '0.05',
            needsExplanation: false,
          },
          {
            classCode: '9101',
            estimated: '10000000.00',
            audited: '11500000.00',
            difference: '1500000.00',
            change: '0.15',
            needsExplanation: true,
          },
        ],
        needsExplanation: true,
      },
    });
  });

  it('PRM-3 PRM-1 PRM-7 figures are those of exposureBase, reinsurancePremium and annualAdjustment', () => {
    const r = hybridTrueUp(base);
    const est = exposureBase({ memberType: 'self-insurer', payroll: base.estimatedPayroll, pureRates: rates, experienceMod: '0.95' });
    const act = exposureBase({ memberType: 'self-insurer', payroll: base.auditedPayroll, pureRates: rates, experienceMod: '0.97' });
    const ep = reinsurancePremium({ exposure: est.exposure, year: 2023, level: 'low', memberType: 'self-insurer' });
    const ap = reinsurancePremium({ exposure: act.exposure, year: 2023, level: 'low', memberType: 'self-insurer' });
    const adj = annualAdjustment({ estimatedPremium: ep.premium, actualPremium: ap.premium, memberType: 'self-insurer' });
    expect([r.estimatedExposure, r.actualExposure, r.estimatedPremium, r.actualPremium]).toStrictEqual([
      est.exposure,
      act.exposure,
      ep.premium,
      ap.premium,
    ]);
    expect([r.adjustment, r.kind, r.tax, r.total]).toStrictEqual([adj.adjustment, adj.kind, adj.tax, adj.total]);
  });

  it('SI-4 a lower final mod and lower payroll give a credit, with tax credited too', () => {
    const r = hybridTrueUp({
      ...base,
      auditedPayroll: [row('8810', '40000000'), row('9101', '9000000')],
      finalMod: '0.90',
      rate: '0.0795',
      level: undefined,
    } as never);
    expect([r.actualExposure, r.actualPremium, r.adjustment, r.kind, r.tax, r.total]).toStrictEqual([
      '256500.00', // (60,000 + 225,000) × 0.90
      '20391.75',
      '-3021.00', // 20,391.75 − 23,412.75
      'credit',
      '-60.42',
      '-3081.42',
    ]);
  });

  it('SI-4 a mod exactly 1.00 on both sides, same payroll: nothing to true up', () => {
    const r = hybridTrueUp({ ...base, auditedPayroll: base.estimatedPayroll, estimatedMod: '1.00', finalMod: 1 });
    expect([r.estimatedExposure, r.actualExposure, r.adjustment, r.kind, r.tax, r.total]).toStrictEqual([
      '310000.00',
      '310000.00',
      '0.00',
      'none',
      '0.00',
      '0.00',
    ]);
    expect(r.variances.needsExplanation).toBe(false);
  });

  it('SI-3 an empty class list: zero exposure, zero premium, no variances', () => {
    const r = hybridTrueUp({ ...base, estimatedPayroll: [], auditedPayroll: [] });
    expect([r.estimatedExposure, r.actualExposure, r.estimatedPremium, r.actualPremium, r.total]).toStrictEqual([
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(r.variances).toStrictEqual({ rows: [], needsExplanation: false });
  });

  it('SI-3 a class audited but never estimated is a variance and adds to the actual exposure', () => {
    const r = hybridTrueUp({ ...base, auditedPayroll: [...base.estimatedPayroll, row('7380', '1000000')], finalMod: '0.95' });
    expect(r.actualExposure).toBe('333687.50'); // (60,000 + 250,000 + 41,250) × 0.95
    expect(r.variances.rows[2]).toStrictEqual({
      classCode: '7380',
      estimated: '0.00',
      audited: '1000000.00',
      difference: '1000000.00',
      change: null,
      needsExplanation: true,
    });
  });

  it('PRM-2 the rate comes from `rate`, the built-in table, or options.rateTable', () => {
    expect(hybridTrueUp({ ...base, level: 'high' }).rate).toBe('0.049');
    const { level: _level, ...noLevel } = base;
    expect(hybridTrueUp({ ...noLevel, rate: '0.05' }).estimatedPremium).toBe('14725.00');
    const own = hybridTrueUp({ ...base, coverageYear: 2030 }, { rateTable: [{ year: 2030, low: '0.07', high: '0.04', super: '0.02' }] });
    expect([own.rate, own.estimatedPremium]).toStrictEqual(['0.07', '20615.00']);
  });

  it('PRM-6 the tax rate may be overridden', () => {
    const r = hybridTrueUp({ ...base, taxRate: '0' });
    expect([r.taxRate, r.tax, r.total]).toStrictEqual(['0', '0.00', '3684.29']);
  });

  it('SI-3 the variance threshold is an option', () => {
    expect(hybridTrueUp(base, { threshold: '0.20' }).variances.needsExplanation).toBe(false);
    expect(hybridTrueUp(base, { threshold: '0.05' }).variances.rows[0]?.needsExplanation).toBe(true);
  });

  it('explains every figure, from exposure to total, as a worksheet', () => {
    const r = hybridTrueUp(base, { explain: true });
    const rules = r.steps?.map((s) => s.rule) ?? [];
    expect(rules).toStrictEqual([
      'SI-4',
      'PRM-3',
      'PRM-3',
      'PRM-3',
      'PRM-3',
      'PRM-3',
      'PRM-3',
      'PRM-2',
      'PRM-1',
      'PRM-1',
      'PRM-7',
      'PRM-6',
      'PRM-6',
      'SI-3',
      'SI-3',
      'SI-3',
    ]);
    expect(r.steps?.[3]?.result).toStrictEqual({ label: 'Estimated exposure', value: '294500.00', kind: 'money' });
    expect(r.steps?.[6]?.result).toStrictEqual({ label: 'Actual exposure', value: '339985.00', kind: 'money' });
    expect(r.steps?.[8]?.result).toStrictEqual({ label: 'Estimated premium', value: '23854.50', kind: 'money' });
    expect(r.steps?.[9]?.result).toStrictEqual({ label: 'Actual premium', value: '27538.79', kind: 'money' });
    expect(r.steps?.[12]?.result).toStrictEqual({ label: 'Total adjustment', value: '3757.98', kind: 'money' });
    expect(r.steps?.[0]?.inputs.map((i) => i.value)).toStrictEqual(['0.95', '0.97']);
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$3,757.98');
    expect(sheet).toContain('x 8.1%');
    const { level: _level, ...noLevel } = base;
    expect(hybridTrueUp({ ...noLevel, rate: '0.05' }, { explain: true }).steps?.some((s) => s.rule === 'PRM-2')).toBe(false);
  });

  describe('properties', () => {
    const payroll = fc.uniqueArray(
      fc.record({ classCode: fc.constantFrom('8810', '9101', '7380'), cents: fc.bigInt({ min: 0n, max: 100_000_000_000n }) }),
      { selector: (r) => r.classCode, maxLength: 3 },
    );
    const mod = fc.integer({ min: 1, max: 300 }).map((n) => cents(BigInt(n)));

    it('SI-4 PRM-7 the true-up is zero when audited = estimated and the final mod = the estimated mod', () => {
      fc.assert(
        fc.property(payroll, mod, fc.constantFrom('low', 'high', 'super', 'jumbo'), (p, m, level) => {
          const list = p.map((x) => row(x.classCode, cents(x.cents)));
          const r = hybridTrueUp({
            ...base,
            coverageYear: 2024,
            level,
            estimatedPayroll: list,
            auditedPayroll: list,
            estimatedMod: m,
            finalMod: m,
          });
          expect([r.adjustment, r.kind, r.tax, r.total]).toStrictEqual(['0.00', 'none', '0.00', '0.00']);
          expect(r.estimatedExposure).toBe(r.actualExposure);
          expect(r.variances.needsExplanation).toBe(false);
        }),
      );
    });

    it('PRM-7 the adjustment is actual − estimated premium and total = adjustment + tax, to the cent', () => {
      fc.assert(
        fc.property(payroll, payroll, mod, mod, (e, a, em, fm) => {
          const r = hybridTrueUp({
            ...base,
            estimatedPayroll: e.map((x) => row(x.classCode, cents(x.cents))),
            auditedPayroll: a.map((x) => row(x.classCode, cents(x.cents))),
            estimatedMod: em,
            finalMod: fm,
          });
          const c = (s: string) => BigInt(s.replace('.', ''));
          expect(c(r.adjustment)).toBe(c(r.actualPremium) - c(r.estimatedPremium));
          expect(c(r.total)).toBe(c(r.adjustment) + c(r.tax));
          expect(r.kind).toBe(c(r.adjustment) > 0n ? 'additional' : c(r.adjustment) < 0n ? 'credit' : 'none');
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(base));
    hybridTrueUp(input, { explain: true });
    expect(input).toStrictEqual(base);
  });

  describe('bad input', () => {
    it('MISSING_RATE when a payroll class has no pure rate (either list)', () => {
      const err = expectWcraError(() => hybridTrueUp({ ...base, auditedPayroll: [row('5403', '1')] }), 'MISSING_RATE') as unknown as {
        details: Record<string, unknown>;
        message: string;
      };
      expect(err.details).toStrictEqual({ classCode: '5403', field: 'auditedPayroll' });
      expectWcraError(() => hybridTrueUp({ ...base, estimatedPayroll: [row('5403', '1')] }), 'MISSING_RATE');
    });

    it('UNKNOWN_YEAR and LEVEL_NOT_OFFERED come from the rate table', () => {
      expectWcraError(() => hybridTrueUp({ ...base, coverageYear: 2031 }), 'UNKNOWN_YEAR');
      expectWcraError(() => hybridTrueUp({ ...base, coverageYear: 2017, level: 'jumbo' }), 'LEVEL_NOT_OFFERED');
    });

    it('either rate or level, not both, not neither', () => {
      expectWcraError(() => hybridTrueUp({ ...base, rate: '0.05' }), 'INVALID_INPUT', ['rate']);
      const { level: _level, ...noLevel } = base;
      expectWcraError(() => hybridTrueUp(noLevel), 'INVALID_INPUT', ['level']);
    });

    it('duplicate classes are refused with their paths', () => {
      const err = expectWcraError(
        () => hybridTrueUp({ ...base, auditedPayroll: [row('8810', '1'), row('8810', '2')], pureRates: [...rates, rates[0] as never] }),
        'INVALID_INPUT',
        ['auditedPayroll', 1, 'classCode'],
      );
      expect(err.issues.map((i) => i.path)).toContainEqual(['pureRates', 3, 'classCode']);
    });

    it('an exposure above the largest amount is refused', () => {
      expectWcraError(
        () => hybridTrueUp({ ...base, estimatedPayroll: [row('7380', '90071992547409.91')], estimatedMod: '100' }),
        'INVALID_INPUT',
        ['estimatedPayroll'],
      );
      expectWcraError(
        () => hybridTrueUp({ ...base, auditedPayroll: [row('7380', '90071992547409.91')], finalMod: '100' }),
        'INVALID_INPUT',
        ['auditedPayroll'],
      );
    });

    it.each([
      ['null', null, undefined],
      ['a bad year', { ...base, coverageYear: '2023' }, ['coverageYear']],
      ['a negative payroll', { ...base, auditedPayroll: [row('8810', '-5')] }, ['auditedPayroll', 0, 'amount']],
      ['a negative mod', { ...base, finalMod: '-0.9' }, ['finalMod']],
      ['a mod as words', { ...base, estimatedMod: 'one' }, ['estimatedMod']],
      ['an unknown level', { ...base, level: 'mega' }, ['level']],
      ['a rate above 1', { ...base, level: undefined, rate: '8' }, ['rate']],
      ['a bad tax rate', { ...base, taxRate: '-0.02' }, ['taxRate']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => hybridTrueUp(input as never), 'INVALID_INPUT', path);
    });

    it('bad options → INVALID_INPUT under options', () => {
      expectWcraError(() => hybridTrueUp(base, { threshold: '-1' }), 'INVALID_INPUT', ['options', 'threshold']);
      expectWcraError(() => hybridTrueUp(base, { rateTable: [{ year: 2030 }] } as never), 'INVALID_INPUT');
    });
  });
});

describe('hybridTrueUp: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(hybridTrueUpDefinition)).toMatchInlineSnapshot(`
      "SI-4  Hybrid mod: computed from estimated payroll for the estimate, trued up to the audited payroll for the adjustment
        Estimated mod                                                     0.95
        Final (trued-up) mod                                              0.97
        ----------------------------------------------------------------------
        Mods a… estimated payroll x estimated mod; audited payroll x final mod

      PRM-3  Estimated (estimated payroll and mod, SI-4): Class 8810 pure premium = payroll / 100 x pure premium rate
        Class 8810 payroll                                      $40,000,000.00
        Pure premium rate per $100                                      x 0.15
        ----------------------------------------------------------------------
        Class 8810 pure premium                                     $60,000.00

      PRM-3  Estimated (estimated payroll and mod, SI-4): Class 9101 pure premium = payroll / 100 x pure premium rate
        Class 9101 payroll                                      $10,000,000.00
        Pure premium rate per $100                                       x 2.5
        ----------------------------------------------------------------------
        Class 9101 pure premium                                    $250,000.00

      PRM-3  Estimated (estimated payroll and mod, SI-4): Self-insurer exposure = total pure premium x experience modification, rounded to cents (half-up)
        Total pure premium                                         $310,000.00
        Experience modification                                         x 0.95
        ----------------------------------------------------------------------
        Estimated exposure                                         $294,500.00

      PRM-3  Actual (audited payroll, final mod, SI-4): Class 8810 pure premium = payroll / 100 x pure premium rate
        Class 8810 payroll                                      $42,000,000.00
        Pure premium rate per $100                                      x 0.15
        ----------------------------------------------------------------------
        Class 8810 pure premium                                     $63,000.00

      PRM-3  Actual (audited payroll, final mod, SI-4): Class 9101 pure premium = payroll / 100 x pure premium rate
        Class 9101 payroll                                      $11,500,000.00
        Pure premium rate per $100                                       x 2.5
        ----------------------------------------------------------------------
        Class 9101 pure premium                                    $287,500.00

      PRM-3  Actual (audited payroll, final mod, SI-4): Self-insurer exposure = total pure premium x experience modification, rounded to cents (half-up)
        Total pure premium                                         $350,500.00
        Experience modification                                         x 0.97
        ----------------------------------------------------------------------
        Actual exposure                                            $339,985.00

      PRM-2  Published reinsurance rate (wcra.biz rate table, read 2026)
        Coverage year                                                     2023
        Retention level                                                    low
        ----------------------------------------------------------------------
        Reinsurance rate                                                  8.1%

      PRM-1  Estimated premium: Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                              $294,500.00
        Reinsurance rate                                                x 8.1%
        ----------------------------------------------------------------------
        Estimated premium                                           $23,854.50

      PRM-1  Actual premium: Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                              $339,985.00
        Reinsurance rate                                                x 8.1%
        ----------------------------------------------------------------------
        Actual premium                                              $27,538.79

      PRM-7  Annual adjustment = actual premium - estimated premium
        Actual premium                                              $27,538.79
        Less estimated premium                                    - $23,854.50
        ----------------------------------------------------------------------
        Annual adjustment                                            $3,684.29

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Annual adjustment                                            $3,684.29
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                     $73.69

      PRM-6  Total = amount + premium tax
        Annual adjustment                                            $3,684.29
        Premium tax                                                   + $73.69
        ----------------------------------------------------------------------
        Total adjustment                                             $3,757.98

      SI-3  Class 8810 variance = (audited - estimated) / estimated; explain if at least the threshold or one-sided
        Class 8810 audited payroll                              $42,000,000.00
        Less estimated payroll                                - $40,000,000.00
        ----------------------------------------------------------------------
        Change                                                              5%

      SI-3  Class 9101 variance = (audited - estimated) / estimated; explain if at least the threshold or one-sided
        Class 9101 audited payroll                              $11,500,000.00
        Less estimated payroll                                - $10,000,000.00
        ----------------------------------------------------------------------
        Change                                                             15%

      SI-3  Significant payroll variances need an explanation (library default threshold 10%, not a WCRA figure)
        Threshold                                                          10%
        Classes compared                                                     2
        ----------------------------------------------------------------------
        Classes needing an explanation                                    9101"
    `);
  });
});
