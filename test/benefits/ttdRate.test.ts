import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ttdRateDefinition } from '../../src/benefits/ttdRate.js';
import { ttdRate } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

describe('BEN-1 ttdRate: figures of the RULES.md table', () => {
  it('BEN-1 2/3 of the wage inside the limits (2024-10-01 period)', () => {
    expect(ttdRate({ injuryDate: '2024-11-15', weeklyWage: '1200' })).toEqual({
      weeklyWage: '1200.00',
      weeklyRate: '800.00',
      maximum: '1481.76',
      minimum: '296.35',
      limitedBy: null,
      maxWeeks: 130,
    });
  });
  it('BEN-1 capped at the maximum ($1,536.84 from 2025-10-01)', () => {
    const r = ttdRate({ injuryDate: '2025-10-01', weeklyWage: '3000' });
    expect([r.weeklyRate, r.limitedBy]).toEqual(['1536.84', 'maximum']);
  });
  it('BEN-1 raised to the minimum ($262.55, 2022-10-01 period)', () => {
    const r = ttdRate({ injuryDate: '2023-09-30', weeklyWage: '300' });
    expect([r.weeklyRate, r.limitedBy]).toEqual(['262.55', 'minimum']);
  });
  it('BEN-1 the minimum never exceeds the actual wage', () => {
    const r = ttdRate({ injuryDate: '2023-01-10', weeklyWage: '200' });
    expect([r.weeklyRate, r.limitedBy]).toEqual(['200.00', 'actual-wage']);
  });
  it('BEN-1 half-cent rounds half-up; options.rounding changes it', () => {
    // 2/3 × 1000.00 = 666.666…: half-up gives 666.67, trunc 666.66.
    expect(ttdRate({ injuryDate: '2019-01-01', weeklyWage: '1000' }).weeklyRate).toBe('666.67');
    expect(ttdRate({ injuryDate: '2019-01-01', weeklyWage: '1000' }, { rounding: 'trunc' }).weeklyRate).toBe('666.66');
  });
  it('BEN-1 duration cap: 104 weeks before 2008-10-01, 130 after', () => {
    expect(ttdRate({ injuryDate: '2008-09-30', weeklyWage: '900' }).maxWeeks).toBe(104);
    expect(ttdRate({ injuryDate: '2008-10-01', weeklyWage: '900' }).maxWeeks).toBe(130);
  });
  it('BEN-1 a period the table lacks is UNKNOWN_PERIOD unless the caller supplies it', () => {
    for (const d of ['2000-09-30', '2016-05-05', '2021-06-01', '2026-10-01'])
      expectWcraError(() => ttdRate({ injuryDate: d, weeklyWage: '900' }), 'UNKNOWN_PERIOD');
    const table = [{ from: '2021-10-01', to: '2022-09-30', maximum: '1250.00', minimum: '250.00' }];
    expect(ttdRate({ injuryDate: '2021-12-01', weeklyWage: '3000' }, { maxMinTable: table }).weeklyRate).toBe('1250.00');
  });
  it('BEN-1 explain cites BEN-1 only', () => {
    const r = ttdRate({ injuryDate: '2024-11-15', weeklyWage: '1200' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['BEN-1', 'BEN-1']);
    expect(r.steps?.[1]?.result.value).toBe('800.00');
  });
});

describe('BEN-1 ttdRate: properties', () => {
  it('BEN-1 the rate is within [min(wage, minimum), maximum] and equals 2/3 wage when unbound', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000n }), (c) => {
        const wage = centsStr(c);
        const r = ttdRate({ injuryDate: '2024-11-15', weeklyWage: wage });
        const rate = strCents(r.weeklyRate);
        expect(rate <= 148176n).toBe(true);
        expect(rate >= (c < 29635n ? c : 29635n)).toBe(true);
        if (r.limitedBy === null) expect(rate).toBe((c * 2n * 2n + 3n) / 6n);
      }),
    );
  });
  it('BEN-1 does not mutate its input', () => {
    const input = deepFreeze({ injuryDate: '2024-11-15', weeklyWage: '1200' });
    expect(() => ttdRate(input)).not.toThrow();
  });
});

describe('BEN-1 ttdRate: bad input', () => {
  it('BEN-1 codes for bad fields', () => {
    expectIssues(
      () => ttdRate({ injuryDate: '2024-02-30', weeklyWage: 'abc' }),
      [
        { path: ['injuryDate'], code: 'not_a_date' },
        { path: ['weeklyWage'], code: 'not_money' },
      ],
    );
  });
});

describe('ttdRate: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(ttdRateDefinition)).toMatchInlineSnapshot(`
      "BEN-1  Maximum and minimum in force on the injury date (RULES.md BEN-1 (DLI maximum/minimum compensation rates))
        Date of injury                                              2024-11-15
        ----------------------------------------------------------------------
        Maximum / minimum                                     1481.76 / 296.35

      BEN-1  TTD rate = 2/3 x weekly wage, rounded to cents, within the maximum and minimum (never above the actual wage)
        Weekly wage                                                  $1,200.00
        Maximum                                                      $1,481.76
        Minimum                                                        $296.35
        ----------------------------------------------------------------------
        Weekly TTD rate                                                $800.00"
    `);
  });
});
