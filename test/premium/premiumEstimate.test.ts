import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { premiumEstimate, reinsurancePremium } from '../../src/index.js';
import { premiumEstimateDefinition } from '../../src/premium/premiumEstimate.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const example = { coverageYear: 2025, totalPurePremium: '2000000', exposureAdjustmentFactor: '1.05', memberType: 'self-insurer' } as const;

describe('BEN-10 premiumEstimate: values', () => {
  it('BEN-10 PRM-1 PRM-2 PRM-6 a self-insurer in 2025: base × factor, then every level with the 2% tax', () => {
    expect(premiumEstimate(example)).toStrictEqual({
      exposureBase: '2100000.00',
      levels: [
        { level: 'low', rate: '0.0755', premium: '158550.00', tax: '3171.00', total: '161721.00' },
        { level: 'high', rate: '0.045', premium: '94500.00', tax: '1890.00', total: '96390.00' },
        { level: 'super', rate: '0.0225', premium: '47250.00', tax: '945.00', total: '48195.00' },
        { level: 'jumbo', rate: '0.011', premium: '23100.00', tax: '462.00', total: '23562.00' },
      ],
    });
  });

  it('PRM-6 an insurer pays no tax; PRM-2 no jumbo level in 2016 and 2017', () => {
    const r = premiumEstimate({ coverageYear: 2017, totalPurePremium: '12000000', exposureAdjustmentFactor: '1', memberType: 'insurer' });
    expect(r).toStrictEqual({
      exposureBase: '12000000.00',
      levels: [
        { level: 'low', rate: '0.0835', premium: '1002000.00', tax: '0.00', total: '1002000.00' },
        { level: 'high', rate: '0.0565', premium: '678000.00', tax: '0.00', total: '678000.00' },
        { level: 'super', rate: '0.0265', premium: '318000.00', tax: '0.00', total: '318000.00' },
      ],
    });
  });

  it('BEN-10 the exposure base is rounded to cents half-up before the premium', () => {
    // 0.03 × 0.5 = 0.015 → 0.02; 0.02 × 7.55% = 0.00151 → 0.00.
    const r = premiumEstimate({ coverageYear: 2025, totalPurePremium: '0.03', exposureAdjustmentFactor: '0.5', memberType: 'insurer' });
    expect(r.exposureBase).toBe('0.02');
    expect(r.levels[0]?.premium).toBe('0.00');
    // 1,000,000.01 × 1.5 = 1,500,000.015 exactly → 1,500,000.02.
    expect(premiumEstimate({ ...example, totalPurePremium: '1000000.01', exposureAdjustmentFactor: '1.5' }).exposureBase).toBe(
      '1500000.02',
    );
  });

  it('PRM-2 a year without published rates is UNKNOWN_YEAR unless the caller supplies it', () => {
    expectWcraError(() => premiumEstimate({ ...example, coverageYear: 2026 }), 'UNKNOWN_YEAR');
    const entry = { year: 2026, low: '0.07', high: '0.045', super: '0.02', source: 'WCRA 2026 notice' };
    const rateTable = [entry];
    const r = premiumEstimate({ ...example, coverageYear: 2026 }, { rateTable });
    expect(r.levels.map((l) => [l.level, l.rate, l.premium])).toStrictEqual([
      ['low', '0.07', '147000.00'],
      ['high', '0.045', '94500.00'],
      ['super', '0.02', '42000.00'],
    ]);
    // The caller's entry replaces the built-in year (its levels, its rates).
    expect(premiumEstimate(example, { rateTable: [{ ...entry, year: 2025 }] }).levels).toHaveLength(3);
  });
});

describe('BEN-10 premiumEstimate: properties', () => {
  it('PRM-1 differential: every level is exactly reinsurancePremium of the exposure base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2016, max: 2025 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.constantFrom('insurer', 'self-insurer'),
        (coverageYear, c, millionths, memberType) => {
          const factor = (millionths / 1_000_000).toString();
          const r = premiumEstimate({ coverageYear, totalPurePremium: centsStr(c), exposureAdjustmentFactor: factor, memberType });
          expect(strCents(r.exposureBase)).toBe((2n * c * BigInt(millionths) + 1_000_000n) / 2_000_000n);
          expect(r.levels.map((l) => l.level)).toStrictEqual(
            coverageYear < 2018 ? ['low', 'high', 'super'] : ['low', 'high', 'super', 'jumbo'],
          );
          for (const l of r.levels) {
            const p = reinsurancePremium({ exposure: r.exposureBase, year: coverageYear, level: l.level, memberType });
            expect(l).toStrictEqual({ level: l.level, rate: p.rate, premium: p.premium, tax: p.tax, total: p.total });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('BEN-10 does not mutate its input or options', () => {
    const input = deepFreeze({ ...example, coverageYear: 2026 });
    const options = deepFreeze({ rateTable: [{ year: 2026, low: '0.07', high: '0.045', super: '0.02' }] });
    expect(premiumEstimate(input, options).levels).toHaveLength(3);
    expect(options.rateTable[0]).toStrictEqual({ year: 2026, low: '0.07', high: '0.045', super: '0.02' });
  });
});

describe('BEN-10 premiumEstimate: bad input', () => {
  it('BEN-10 codes for bad fields', () => {
    expectIssues(
      () => premiumEstimate({ coverageYear: 2025.5, totalPurePremium: '-1', exposureAdjustmentFactor: 'x', memberType: 'mutual' } as never),
      [
        { path: ['coverageYear'], code: 'not_an_integer' },
        { path: ['totalPurePremium'], code: 'out_of_range' },
        { path: ['exposureAdjustmentFactor'], code: 'not_a_number' },
        { path: ['memberType'], code: 'not_one_of' },
      ],
    );
    expectIssues(
      () => premiumEstimate({ ...example, exposureAdjustmentFactor: '101' }),
      [{ path: ['exposureAdjustmentFactor'], code: 'out_of_range' }],
    );
    expectIssues(
      () => premiumEstimate(example, { rateTable: [{ year: 2026, low: 'x' }] as never }),
      [{ path: ['options', 'rateTable', 0, 'low'], code: 'not_a_number' }],
    );
  });
});

describe('BEN-10 premiumEstimate: explain', () => {
  it('BEN-10 PRM-1 PRM-2 PRM-6 the example cites every declared rule, each level in order', () => {
    const r = premiumEstimate(example, { explain: true });
    const perLevel = ['PRM-2', 'PRM-1', 'PRM-6', 'PRM-6'];
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BEN-10', ...perLevel, ...perLevel, ...perLevel, ...perLevel]);
    expect(r.steps?.[0]?.result.value).toBe('2100000.00');
    expect(r.steps?.filter((s) => s.rule === 'PRM-1').map((s) => s.result.value)).toStrictEqual([
      '158550.00',
      '94500.00',
      '47250.00',
      '23100.00',
    ]);
    expect(r.steps?.at(-1)?.result.value).toBe('23562.00');
  });

  it('BEN-10 worksheet of an insurer in 2017', () => {
    const r = premiumEstimate(
      { coverageYear: 2017, totalPurePremium: '10000000', exposureAdjustmentFactor: '1.1', memberType: 'insurer' },
      { explain: true },
    );
    // The wording is the worksheet snapshot's (test/worksheets.test.ts); here the rules and values.
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toMatchInlineSnapshot(`
      [
        [
          "BEN-10",
          "11000000.00",
        ],
        [
          "PRM-2",
          "0.0835",
        ],
        [
          "PRM-1",
          "918500.00",
        ],
        [
          "PRM-2",
          "0.0565",
        ],
        [
          "PRM-1",
          "621500.00",
        ],
        [
          "PRM-2",
          "0.0265",
        ],
        [
          "PRM-1",
          "291500.00",
        ],
      ]
    `);
  });
});

describe('BEN-10 premiumEstimate: one parse (issue 13 item 3)', () => {
  it('BEN-10 an exposure base past the money range is RESULT_OUT_OF_RANGE at exposureBase (not an issue at a field the caller never gave)', () => {
    const input = { ...example, totalPurePremium: '90000000000000', exposureAdjustmentFactor: '100' };
    const err = expectWcraError(() => premiumEstimate(input), 'RESULT_OUT_OF_RANGE');
    expect(err.details).toStrictEqual({ path: 'exposureBase' });
  });

  it('PRM-1 PRM-2 PRM-6 each level equals reinsurancePremium of the exposure base (random amounts, with explain)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 300 }), (cents, factor) => {
        const input = {
          ...example,
          totalPurePremium: centsStr(cents),
          exposureAdjustmentFactor: `${Math.trunc(factor / 100)}.${factor % 100}`,
        };
        const r = premiumEstimate(input, { explain: true });
        for (const l of r.levels) {
          const p = reinsurancePremium(
            { exposure: r.exposureBase, year: 2025, level: l.level, memberType: 'self-insurer' },
            { explain: true },
          );
          expect(l).toStrictEqual({ level: l.level, rate: p.rate, premium: p.premium, tax: p.tax, total: p.total });
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('premiumEstimate: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(premiumEstimateDefinition)).toMatchInlineSnapshot(`
      "BEN-10  Estimated exposure base = total pure premium of the base year (Y - 2) x exposure adjustment factor for Y, rounded to cents (half-up)
        Total pure premium (2023)                                $2,000,000.00
        Exposure adjustment factor (2025)                               x 1.05
        ----------------------------------------------------------------------
        Estimated exposure base                                  $2,100,000.00

      PRM-2  Published reinsurance rate for the low retention, coverage year 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                    low
        ----------------------------------------------------------------------
        Reinsurance rate                                                 7.55%

      PRM-1  Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $2,100,000.00
        Reinsurance rate (low, 2025)                                   x 7.55%
        ----------------------------------------------------------------------
        Reinsurance premium                                        $158,550.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Reinsurance premium                                        $158,550.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $3,171.00

      PRM-6  Total = amount + premium tax
        Reinsurance premium                                        $158,550.00
        Premium tax                                                + $3,171.00
        ----------------------------------------------------------------------
        Total due                                                  $161,721.00

      PRM-2  Published reinsurance rate for the high retention, coverage year 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                   high
        ----------------------------------------------------------------------
        Reinsurance rate                                                  4.5%

      PRM-1  Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $2,100,000.00
        Reinsurance rate (high, 2025)                                   x 4.5%
        ----------------------------------------------------------------------
        Reinsurance premium                                         $94,500.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Reinsurance premium                                         $94,500.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $1,890.00

      PRM-6  Total = amount + premium tax
        Reinsurance premium                                         $94,500.00
        Premium tax                                                + $1,890.00
        ----------------------------------------------------------------------
        Total due                                                   $96,390.00

      PRM-2  Published reinsurance rate for the super retention, coverage year 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                  super
        ----------------------------------------------------------------------
        Reinsurance rate                                                 2.25%

      PRM-1  Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $2,100,000.00
        Reinsurance rate (super, 2025)                                 x 2.25%
        ----------------------------------------------------------------------
        Reinsurance premium                                         $47,250.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Reinsurance premium                                         $47,250.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                    $945.00

      PRM-6  Total = amount + premium tax
        Reinsurance premium                                         $47,250.00
        Premium tax                                                  + $945.00
        ----------------------------------------------------------------------
        Total due                                                   $48,195.00

      PRM-2  Published reinsurance rate for the jumbo retention, coverage year 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                  jumbo
        ----------------------------------------------------------------------
        Reinsurance rate                                                  1.1%

      PRM-1  Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $2,100,000.00
        Reinsurance rate (jumbo, 2025)                                  x 1.1%
        ----------------------------------------------------------------------
        Reinsurance premium                                         $23,100.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Reinsurance premium                                         $23,100.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                    $462.00

      PRM-6  Total = amount + premium tax
        Reinsurance premium                                         $23,100.00
        Premium tax                                                  + $462.00
        ----------------------------------------------------------------------
        Total due                                                   $23,562.00"
    `);
  });
});
