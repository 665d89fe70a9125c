import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRetentionLevels, formatWorksheet, reinsurancePremium } from 'wcra-calc';
import { compareRetentionLevelsDefinition } from '../../src/retention/compareRetentionLevels.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, centsString, deepFreeze, expectInvalid, expectIssues, toCents } from './helpers.js';

describe('compareRetentionLevels', () => {
  it('RET-10/PRM-1 worked example: insurer, 2022, the four levels', () => {
    const r = compareRetentionLevels({ year: 2022, exposure: '12000000', occurrenceLosses: ['1500000', '300000'] });
    expect(r).toStrictEqual({
      options: [
        {
          level: 'low',
          limit: '500000.00',
          rate: '0.0795',
          premium: '954000.00',
          tax: '0.00',
          retainedLosses: '800000.00',
          reimbursedLosses: '1000000.00',
          netCost: '1754000.00',
          addedLiabilityPerOccurrence: '0.00',
        },
        {
          level: 'high',
          limit: '1000000.00',
          rate: '0.051',
          premium: '612000.00',
          tax: '0.00',
          retainedLosses: '1300000.00',
          reimbursedLosses: '500000.00',
          netCost: '1912000.00',
          addedLiabilityPerOccurrence: '500000.00',
        },
        {
          level: 'super',
          limit: '2000000.00',
          rate: '0.0245',
          premium: '294000.00',
          tax: '0.00',
          retainedLosses: '1800000.00',
          reimbursedLosses: '0.00',
          netCost: '2094000.00',
          addedLiabilityPerOccurrence: '1500000.00',
        },
        {
          level: 'jumbo',
          limit: '5000000.00',
          rate: '0.011',
          premium: '132000.00',
          tax: '0.00',
          retainedLosses: '1800000.00',
          reimbursedLosses: '0.00',
          netCost: '1932000.00',
          addedLiabilityPerOccurrence: '4500000.00',
        },
      ],
    });
  });

  it('PRM-6 self-insurer, 2024: 2% premium tax in the net cost', () => {
    const r = compareRetentionLevels({
      year: 2024,
      exposure: '2500000',
      occurrenceLosses: ['450000', '1200000', '6000000'],
      memberType: 'self-insurer',
    });
    expect(
      r.options.map((o) => [o.level, o.premium, o.tax, o.retainedLosses, o.reimbursedLosses, o.netCost, o.addedLiabilityPerOccurrence]),
    ).toStrictEqual([
      ['low', '197500.00', '3950.00', '1450000.00', '6200000.00', '1651450.00', '0.00'],
      ['high', '117500.00', '2350.00', '2450000.00', '5200000.00', '2569850.00', '500000.00'],
      ['super', '58750.00', '1175.00', '3650000.00', '4000000.00', '3709925.00', '1500000.00'],
      ['jumbo', '27500.00', '550.00', '6650000.00', '1000000.00', '6678050.00', '4500000.00'],
    ]);
  });

  it('RET-2 2016 and 2017 compare three levels (no jumbo)', () => {
    const r = compareRetentionLevels({ year: 2017, exposure: '1000000', occurrenceLosses: [] });
    expect(r.options.map((o) => [o.level, o.rate, o.premium, o.retainedLosses, o.netCost])).toStrictEqual([
      ['low', '0.0835', '83500.00', '0.00', '83500.00'],
      ['high', '0.0565', '56500.00', '0.00', '56500.00'],
      ['super', '0.0265', '26500.00', '0.00', '26500.00'],
    ]);
  });

  it('RET-1 a loss exactly at the limit is wholly retained; one cent above is reimbursed', () => {
    const r = compareRetentionLevels({ year: 2020, exposure: 0, occurrenceLosses: ['500000.00', '1000000.01'] });
    expect(r.options[0]?.retainedLosses).toBe('1000000.00');
    expect(r.options[0]?.reimbursedLosses).toBe('500000.01');
    expect(r.options[1]?.retainedLosses).toBe('1500000.00');
    expect(r.options[1]?.reimbursedLosses).toBe('0.01');
    expect(r.options[0]?.premium).toBe('0.00');
  });

  it('GEN-1 constructed half-cent ties round half-up (premium, then tax on the rounded premium)', () => {
    // 1,234,510.00 x 7.95% = 98,143.545 exactly.
    expect(compareRetentionLevels({ year: 2022, exposure: '1234510', occurrenceLosses: [] }).options[0]?.premium).toBe('98143.55');
    // 1,234,506.23 x 7.95% = 98,143.245285 -> 98,143.25; x 2% = 1,962.865 exactly -> 1,962.87.
    const si = compareRetentionLevels({ year: 2022, exposure: '1234506.23', occurrenceLosses: [], memberType: 'self-insurer' }).options[0];
    expect([si?.premium, si?.tax, si?.netCost]).toStrictEqual(['98143.25', '1962.87', '100106.12']);
  });

  it('GEN-1 amounts near 2^53 cents stay exact; a total past MAX_MONEY is RESULT_OUT_OF_RANGE, never returned', () => {
    const max = '90071992547409.91';
    const half = '45035996273704.95';
    const r = compareRetentionLevels({ year: 2025, exposure: max, occurrenceLosses: [half, half] });
    const low = r.options[0];
    expect(low?.premium).toBe('6800435437329.45');
    expect(low?.retainedLosses).toBe('1000000.00');
    expect(low?.reimbursedLosses).toBe('90071991547409.90');
    expect(toCents(low?.retainedLosses ?? '') + toCents(low?.reimbursedLosses ?? '')).toBe(2n * toCents(half));
    expect(low?.netCost).toBe('6800436437329.45');
    // Three occurrences of MAX_MONEY: the losses reimbursed would reach 270,215,976,142,229.73.
    const err = catchWcra(() => compareRetentionLevels({ year: 2025, exposure: max, occurrenceLosses: [max, max, max] }));
    expect(err.code).toBe('RESULT_OUT_OF_RANGE');
    expect(err.details.path).toBe('options.0.reimbursedLosses');
  });

  it('PRM-2 caller rates override the table; caller limits supply other years', () => {
    const rateTable = [{ year: 2022, low: '0.08', high: '0.05', super: '0.02', jumbo: '0.01' }];
    expect(
      compareRetentionLevels({ year: 2022, exposure: '1000', occurrenceLosses: [] }, { rateTable }).options.map((o) => o.premium),
    ).toStrictEqual(['80.00', '50.00', '20.00', '10.00']);
    const r = compareRetentionLevels(
      { year: 2005, exposure: '1000000', occurrenceLosses: ['700000'] },
      { retentionTable: [{ year: 2005, low: '330000' }], rateTable: [{ year: 2005, low: '0.09', high: '0.06', super: '0.03' }] },
    );
    expect(r.options.map((o) => [o.level, o.limit, o.premium, o.retainedLosses, o.addedLiabilityPerOccurrence])).toStrictEqual([
      ['low', '330000.00', '90000.00', '330000.00', '0.00'],
      ['high', '660000.00', '60000.00', '660000.00', '330000.00'],
      ['super', '1320000.00', '30000.00', '700000.00', '990000.00'],
    ]);
  });

  it('PRM-2/RET-2 unknown year: UNKNOWN_YEAR; a level with a limit but no rate: LEVEL_NOT_OFFERED', () => {
    const noLimits = catchWcra(() => compareRetentionLevels({ year: 2026, exposure: '1', occurrenceLosses: [] }));
    expect(noLimits.code).toBe('UNKNOWN_YEAR');
    const noRates = catchWcra(() =>
      compareRetentionLevels({ year: 2026, exposure: '1', occurrenceLosses: [] }, { retentionTable: [{ year: 2026, low: '500000' }] }),
    );
    expect(noRates.code).toBe('UNKNOWN_YEAR');
    expect(noRates.message).toContain('options.rateTable');
    const noJumboRate = catchWcra(() =>
      compareRetentionLevels(
        { year: 2026, exposure: '1', occurrenceLosses: [] },
        {
          retentionTable: [{ year: 2026, low: '500000', jumbo: '5000000' }],
          rateTable: [{ year: 2026, low: '0.07', high: '0.04', super: '0.02' }],
        },
      ),
    );
    expect(noJumboRate.code).toBe('LEVEL_NOT_OFFERED');
    expect(noJumboRate.details).toStrictEqual({ year: 2026, level: 'jumbo' });
  });

  it('RET-10 explain: a worksheet per level, stated as a what-if', () => {
    const r = compareRetentionLevels({ year: 2022, exposure: '12000000', occurrenceLosses: ['1500000', '300000'] }, { explain: true });
    const steps = r.steps ?? [];
    expect(steps[1]?.rule).toBe('RET-10');
    expect(steps[1]?.result).toStrictEqual({ label: 'Total occurrence losses', value: '1800000.00', kind: 'money' });
    // RET-2 limits, RET-10 what-if, then per level PRM-2 rate, PRM-1 premium, PRM-6 tax, RET-1 retained, RET-10 net cost.
    expect(steps.length).toBe(1 + 1 + 4 * 5);
    expect(steps[0]?.rule).toBe('RET-2');
    expect(steps.slice(2, 7).map((s) => s.rule)).toStrictEqual(['PRM-2', 'PRM-1', 'PRM-6', 'RET-1', 'RET-10']);
    expect(steps[3]?.result).toStrictEqual({ label: 'Premium (low)', value: '954000.00', kind: 'money' });
    expect(steps[4]?.result).toStrictEqual({ label: 'Premium tax (low)', value: '0.00', kind: 'money' });
    expect(steps[5]?.inputs).toStrictEqual([
      { label: 'Retention limit', value: '500000.00', kind: 'money' },
      { label: 'Occurrences above the limit', value: '1', kind: 'number' },
    ]);
    expect(steps[5]?.result).toStrictEqual({ label: 'Retained losses (low)', value: '800000.00', kind: 'money' });
    expect(steps[6]?.result).toStrictEqual({ label: 'Net cost (low)', value: '1754000.00', kind: 'money' });
    const sheet = formatWorksheet(steps);
    expect(sheet).toContain('x 5.1%');
    expect(sheet).toContain('$1,912,000.00');
    const si = compareRetentionLevels({ year: 2022, exposure: '100', occurrenceLosses: [], memberType: 'self-insurer' }, { explain: true });
    // premium and 2% tax: 7.95 + 0.16, 5.10 + 0.10, 2.45 + 0.05, 1.10 + 0.02
    expect(si.steps?.filter((s) => s.rule === 'PRM-1').map((s) => s.result.value)).toStrictEqual(['7.95', '5.10', '2.45', '1.10']);
    expect(si.steps?.filter((s) => s.rule === 'PRM-6').map((s) => s.result.value)).toStrictEqual(['0.16', '0.10', '0.05', '0.02']);
  });

  describe('properties', () => {
    const cents = fc.bigInt({ min: 0n, max: 2_000_000_000n });
    const input = fc.record({
      year: fc.integer({ min: 2016, max: 2025 }),
      exposure: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      losses: fc.array(cents, { maxLength: 12 }),
      memberType: fc.constantFrom('insurer' as const, 'self-insurer' as const),
    });

    it('RET-1 retained + reimbursed = Σ losses, for every level', () => {
      fc.assert(
        fc.property(input, ({ year, exposure, losses, memberType }) => {
          const r = compareRetentionLevels({
            year,
            exposure: centsString(exposure),
            occurrenceLosses: losses.map(centsString),
            memberType,
          });
          const total = losses.reduce((s, c) => s + c, 0n);
          for (const o of r.options) expect(toCents(o.retainedLosses) + toCents(o.reimbursedLosses)).toBe(total);
        }),
      );
    });

    it('RET-10 built-in years: retained non-decreasing and premium, tax non-increasing as the level rises', () => {
      fc.assert(
        fc.property(input, ({ year, exposure, losses, memberType }) => {
          const r = compareRetentionLevels({
            year,
            exposure: centsString(exposure),
            occurrenceLosses: losses.map(centsString),
            memberType,
          });
          for (let i = 1; i < r.options.length; i++) {
            const prev = r.options[i - 1];
            const cur = r.options[i];
            expect(toCents(cur?.retainedLosses ?? '') >= toCents(prev?.retainedLosses ?? '')).toBe(true);
            expect(toCents(cur?.premium ?? '') <= toCents(prev?.premium ?? '')).toBe(true);
            expect(toCents(cur?.tax ?? '') <= toCents(prev?.tax ?? '')).toBe(true);
          }
        }),
      );
    });

    it('PRM-1/RET-10 premium and tax equal reinsurancePremium; netCost and added liability by their formulas', () => {
      fc.assert(
        fc.property(input, ({ year, exposure, losses, memberType }) => {
          const r = compareRetentionLevels({
            year,
            exposure: centsString(exposure),
            occurrenceLosses: losses.map(centsString),
            memberType,
          });
          for (const o of r.options) {
            const p = reinsurancePremium({ exposure: centsString(exposure), year, level: o.level, memberType });
            expect([o.rate, o.premium, o.tax]).toStrictEqual([p.rate, p.premium, p.tax]);
            expect(toCents(o.netCost)).toBe(toCents(o.premium) + toCents(o.tax) + toCents(o.retainedLosses));
            expect(toCents(o.addedLiabilityPerOccurrence)).toBe(toCents(o.limit) - 50_000_000n);
            const expectedRetained = losses.reduce((s, c) => s + (c < toCents(o.limit) ? c : toCents(o.limit)), 0n);
            expect(toCents(o.retainedLosses)).toBe(expectedRetained);
          }
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ year: 2023, exposure: '1000000', occurrenceLosses: ['750000', '100'], memberType: 'self-insurer' as const });
    const options = deepFreeze({ explain: true, rateTable: [{ year: 2023, low: '0.08', high: '0.05', super: '0.02', jumbo: '0.01' }] });
    expect(compareRetentionLevels(input, options).options[0]?.premium).toBe('80000.00');
    expect(input.occurrenceLosses).toStrictEqual(['750000', '100']);
  });

  describe('bad input → INVALID_INPUT', () => {
    const ok = { year: 2022, exposure: '1000', occurrenceLosses: ['10'] };
    it('null and wrong shapes', () => {
      expectInvalid(() => compareRetentionLevels(null as never), []);
      expectInvalid(() => compareRetentionLevels({ ...ok, occurrenceLosses: null as never }), ['occurrenceLosses']);
      expectInvalid(() => compareRetentionLevels({ ...ok, year: '2022' as never }), ['year']);
      expectInvalid(() => compareRetentionLevels({ ...ok, exposure: 'abc' }), ['exposure']);
      expectInvalid(() => compareRetentionLevels({ ...ok, exposure: '-1' }), ['exposure']);
      expectInvalid(() => compareRetentionLevels({ ...ok, memberType: 'tpa' as never }), ['memberType']);
      expectInvalid(() => compareRetentionLevels({ ...ok, level: 'low' } as never), ['level']);
    });

    it('a negative loss, a loss in fractions of a cent, a loss that is not money', () => {
      expectIssues(
        () => compareRetentionLevels({ ...ok, occurrenceLosses: ['10', '-0.01'] }),
        [{ path: ['occurrenceLosses', 1], code: 'out_of_range' }],
      );
      expectIssues(
        () => compareRetentionLevels({ ...ok, occurrenceLosses: ['10.005'] }),
        [{ path: ['occurrenceLosses', 0], code: 'too_many_decimals' }],
      );
      expectInvalid(() => compareRetentionLevels({ ...ok, occurrenceLosses: [null as never] }), ['occurrenceLosses', 0]);
      expectInvalid(() => compareRetentionLevels({ ...ok, occurrenceLosses: [Number.NaN] }), ['occurrenceLosses', 0]);
    });

    it('bad caller tables', () => {
      const dup = [
        { year: 2022, low: '0.08', high: '0.05', super: '0.02' },
        { year: 2022, low: '0.08', high: '0.05', super: '0.02' },
      ];
      expectIssues(
        () => compareRetentionLevels(ok, { rateTable: dup }),
        [{ path: ['options', 'rateTable', 1, 'year'], code: 'duplicate' }],
      );
      expectInvalid(
        () => compareRetentionLevels(ok, { rateTable: [{ year: 2022, low: '7.95', high: '0.05', super: '0.02' }] }),
        ['options', 'rateTable', 0, 'low'],
      );
      expectInvalid(
        () => compareRetentionLevels(ok, { retentionTable: [{ year: 2022, low: '500000', high: '100' }] }),
        ['options', 'retentionTable', 0, 'high'],
      );
    });
  });
});

describe('compareRetentionLevels: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(compareRetentionLevelsDefinition)).toMatchInlineSnapshot(`
      "RET-2  Retention limits of the levels offered in 2025 (wcra.biz retention table, read 2026; seed 003)
        Coverage year                                                     2025
        Levels offered                                 low, high, super, jumbo
        ----------------------------------------------------------------------
        Low retention limit                                        $500,000.00

      RET-10  Historical what-if for 2025, not a forecast: 2 occurrence(s), self-insurer
        Exposure base                                            $3,200,000.00
        Occurrences                                                          2
        ----------------------------------------------------------------------
        Total occurrence losses                                $150,000,000.00

      PRM-2  low: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                    low
        ----------------------------------------------------------------------
        Reinsurance rate (low)                                           7.55%

      PRM-1  low: premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                               x 7.55%
        ----------------------------------------------------------------------
        Premium (low)                                              $241,600.00

      PRM-6  low: premium tax = premium x tax rate, rounded to cents (half-up)
        Premium                                                    $241,600.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax (low)                                            $4,832.00

      RET-1  low: retained = sum of min(loss, limit); reimbursed = sum of the excess
        Retention limit                                            $500,000.00
        Occurrences above the limit                                          2
        ----------------------------------------------------------------------
        Retained losses (low)                                    $1,000,000.00

      RET-10  low: net cost = premium + tax + retained losses
        Premium                                                    $241,600.00
        Premium tax                                                + $4,832.00
        Retained losses                                        + $1,000,000.00
        ----------------------------------------------------------------------
        Net cost (low)                                           $1,246,432.00

      RET-11  low: net worth at least 10% of total assets and at least 10 x the limit
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                            $500,000.00
        ----------------------------------------------------------------------
        May choose low                                                     yes

      PRM-2  high: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                   high
        ----------------------------------------------------------------------
        Reinsurance rate (high)                                           4.5%

      PRM-1  high: premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                                x 4.5%
        ----------------------------------------------------------------------
        Premium (high)                                             $144,000.00

      PRM-6  high: premium tax = premium x tax rate, rounded to cents (half-up)
        Premium                                                    $144,000.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax (high)                                           $2,880.00

      RET-1  high: retained = sum of min(loss, limit); reimbursed = sum of the excess
        Retention limit                                          $1,000,000.00
        Occurrences above the limit                                          2
        ----------------------------------------------------------------------
        Retained losses (high)                                   $2,000,000.00

      RET-10  high: net cost = premium + tax + retained losses
        Premium                                                    $144,000.00
        Premium tax                                                + $2,880.00
        Retained losses                                        + $2,000,000.00
        ----------------------------------------------------------------------
        Net cost (high)                                          $2,146,880.00

      RET-11  high: net worth at least 10% of total assets and at least 10 x the limit
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $1,000,000.00
        ----------------------------------------------------------------------
        May choose high                                                    yes

      PRM-2  super: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                  super
        ----------------------------------------------------------------------
        Reinsurance rate (super)                                         2.25%

      PRM-1  super: premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                               x 2.25%
        ----------------------------------------------------------------------
        Premium (super)                                             $72,000.00

      PRM-6  super: premium tax = premium x tax rate, rounded to cents (half-up)
        Premium                                                     $72,000.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax (super)                                          $1,440.00

      RET-1  super: retained = sum of min(loss, limit); reimbursed = sum of the excess
        Retention limit                                          $2,000,000.00
        Occurrences above the limit                                          2
        ----------------------------------------------------------------------
        Retained losses (super)                                  $4,000,000.00

      RET-10  super: net cost = premium + tax + retained losses
        Premium                                                     $72,000.00
        Premium tax                                                + $1,440.00
        Retained losses                                        + $4,000,000.00
        ----------------------------------------------------------------------
        Net cost (super)                                         $4,073,440.00

      RET-11  super: net worth at least 10% of total assets and at least 10 x the limit: no, net worth 12000000.00 is below 10 times the retention limit (2000000.00 x 10 = 20000000.00) (RET-11)
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $2,000,000.00
        ----------------------------------------------------------------------
        May choose super                                                    no

      PRM-2  jumbo: published reinsurance rate for 2025 (wcra.biz rate table, read 2026)
        Coverage year                                                     2025
        Retention level                                                  jumbo
        ----------------------------------------------------------------------
        Reinsurance rate (jumbo)                                          1.1%

      PRM-1  jumbo: premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                            $3,200,000.00
        Reinsurance rate                                                x 1.1%
        ----------------------------------------------------------------------
        Premium (jumbo)                                             $35,200.00

      PRM-6  jumbo: premium tax = premium x tax rate, rounded to cents (half-up)
        Premium                                                     $35,200.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax (jumbo)                                            $704.00

      RET-1  jumbo: retained = sum of min(loss, limit); reimbursed = sum of the excess
        Retention limit                                          $5,000,000.00
        Occurrences above the limit                                          2
        ----------------------------------------------------------------------
        Retained losses (jumbo)                                 $10,000,000.00

      RET-10  jumbo: net cost = premium + tax + retained losses
        Premium                                                     $35,200.00
        Premium tax                                                  + $704.00
        Retained losses                                       + $10,000,000.00
        ----------------------------------------------------------------------
        Net cost (jumbo)                                        $10,035,904.00

      RET-11  jumbo: net worth at least 10% of total assets and at least 10 x the limit: no, net worth 12000000.00 is below 10 times the retention limit (5000000.00 x 10 = 50000000.00) (RET-11)
        Net worth                                               $12,000,000.00
        Total assets                                            $80,000,000.00
        Retention limit                                          $5,000,000.00
        ----------------------------------------------------------------------
        May choose jumbo                                                    no"
    `);
  });
});
