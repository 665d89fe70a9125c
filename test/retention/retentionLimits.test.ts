import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, RETENTION_LEVELS, retentionLimits } from 'wcra-calc';
import { retentionLimitsDefinition } from '../../src/retention/retentionLimits.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, deepFreeze, expectInvalid, expectIssues, toCents } from './helpers.js';

describe('retentionLimits', () => {
  it('RET-2 seed 003: low $500,000, high 2x, super 4x, jumbo 10x', () => {
    expect(retentionLimits({ year: 2025 })).toStrictEqual({
      year: 2025,
      limits: { low: '500000.00', high: '1000000.00', super: '2000000.00', jumbo: '5000000.00' },
    });
  });

  it('RET-2 jumbo is offered from 2018, absent for 2016 and 2017', () => {
    expect(retentionLimits({ year: 2016 })).toStrictEqual({
      year: 2016,
      limits: { low: '500000.00', high: '1000000.00', super: '2000000.00' },
    });
    expect('jumbo' in retentionLimits({ year: 2017 }).limits).toBe(false);
    expect(retentionLimits({ year: 2018 }).limits.jumbo).toBe('5000000.00');
  });

  it('RET-3 1996–2015 caller table with only low: high = 2 x low, super = 4 x low', () => {
    const r = retentionLimits({ year: 2010 }, { retentionTable: [{ year: 2010, low: '360000.50' }] });
    expect(r).toStrictEqual({ year: 2010, limits: { low: '360000.50', high: '720001.00', super: '1440002.00' } });
  });

  it('RET-3 before 1996: two levels, high = low + $200,000', () => {
    const r = retentionLimits({ year: 1995 }, { retentionTable: [{ year: 1995, low: 150000 }] });
    expect(r).toStrictEqual({ year: 1995, limits: { low: '150000.00', high: '350000.00' } });
  });

  it('RET-3 exactly 1996 is the first three-level year', () => {
    const r = retentionLimits({ year: 1996 }, { retentionTable: [{ year: 1996, low: '200000' }] });
    expect(r.limits).toStrictEqual({ low: '200000.00', high: '400000.00', super: '800000.00' });
  });

  it('RET-2 a caller table overrides a built-in year and may add a future year', () => {
    const table = [
      { year: 2025, low: '600000', high: '1200000', super: '2400000', jumbo: '6000000' },
      { year: 2026, low: '500000' },
    ];
    expect(retentionLimits({ year: 2025 }, { retentionTable: table }).limits.low).toBe('600000.00');
    expect(retentionLimits({ year: 2026 }, { retentionTable: table }).limits).toStrictEqual({
      low: '500000.00',
      high: '1000000.00',
      super: '2000000.00',
      jumbo: '5000000.00',
    });
    expect(retentionLimits({ year: 2024 }, { retentionTable: table }).limits.low).toBe('500000.00');
  });

  it('RET-2 unknown year: UNKNOWN_YEAR with a message saying how to supply it', () => {
    for (const year of [2015, 2026, 1900]) {
      const error = catchWcra(() => retentionLimits({ year }));
      expect(error.code).toBe('UNKNOWN_YEAR');
      expect(error.details).toStrictEqual({ year });
      expect(error.message).toContain('options.retentionTable');
    }
  });

  it('RET-2 explain: one step per level, printable as a worksheet', () => {
    const r = retentionLimits({ year: 2018 }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['RET-2', 'RET-2', 'RET-2', 'RET-2']);
    expect(r.steps?.[3]?.result).toStrictEqual({ label: 'jumbo retention limit', value: '5000000.00', kind: 'money' });
    expect(formatWorksheet(r.steps ?? [])).toContain('$5,000,000.00');
    expect(retentionLimits({ year: 2018 }, { explain: false })).not.toHaveProperty('steps');
  });

  it('RET-3 explain names the derivation for caller years', () => {
    const r = retentionLimits({ year: 1990 }, { explain: true, retentionTable: [{ year: 1990, low: '100000', source: 'my file' }] });
    expect(r.steps?.map((s) => [s.rule, s.result.label, s.result.value])).toStrictEqual([
      ['RET-3', 'low retention limit', '100000.00'],
      ['RET-3', 'high retention limit', '300000.00'],
    ]);
    expect(r.steps?.[1]?.inputs[1]).toStrictEqual({ label: 'Source', value: 'my file', kind: 'text' });
    const r2 = retentionLimits({ year: 2000 }, { explain: true, retentionTable: [{ year: 2000, low: '100000', super: '450000' }] });
    expect(r2.steps?.map((s) => [s.rule, s.result.label, s.result.value])).toStrictEqual([
      ['RET-3', 'low retention limit', '100000.00'],
      ['RET-3', 'high retention limit', '200000.00'],
      ['RET-3', 'super retention limit', '450000.00'],
    ]);
    expect(r2.steps?.[1]?.inputs.map((i) => i.value)).toStrictEqual(['2000', 'caller-supplied retention table', '100000.00']);
  });

  describe('properties', () => {
    it('RET-2 built-in years: limits rise strictly from level to level', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2016, max: 2025 }), (year) => {
          const { limits } = retentionLimits({ year });
          const values = RETENTION_LEVELS.map((l) => limits[l]).filter((v) => v !== undefined);
          for (let i = 1; i < values.length; i++) expect(toCents(values[i] as string) > toCents(values[i - 1] as string)).toBe(true);
        }),
      );
    });

    it('RET-3 caller low (whole cents): derived levels are exact multiples', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1996, max: 2015 }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (year, lowCents) => {
          const low = `${lowCents / 100n}.${(lowCents % 100n).toString().padStart(2, '0')}`;
          const { limits } = retentionLimits({ year }, { retentionTable: [{ year, low }] });
          expect(toCents(limits.high)).toBe(2n * lowCents);
          expect(toCents(limits.super as string)).toBe(4n * lowCents);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ year: 2005 });
    const options = deepFreeze({ explain: true, retentionTable: [{ year: 2005, low: '300000' }] });
    expect(retentionLimits(input, options).limits.high).toBe('600000.00');
    expect(options.retentionTable[0]).toStrictEqual({ year: 2005, low: '300000' });
  });

  describe('bad input → INVALID_INPUT', () => {
    it('null, missing or wrong-typed year', () => {
      expectInvalid(() => retentionLimits(null as never), []);
      expectInvalid(() => retentionLimits({} as never), ['year']);
      expectIssues(() => retentionLimits({ year: '2019' as never }), [{ path: ['year'], code: 'not_an_integer' }]);
      expectInvalid(() => retentionLimits({ year: 2019.5 }), ['year']);
      expectInvalid(() => retentionLimits({ year: 2019, level: 'low' } as never), ['level']);
    });

    it('bad options and bad caller tables', () => {
      expectInvalid(() => retentionLimits({ year: 2019 }, null as never), ['options']);
      expectInvalid(() => retentionLimits({ year: 2019 }, { explain: 'yes' as never }), ['options', 'explain']);
      expectInvalid(
        () => retentionLimits({ year: 2019 }, { retentionTable: [{ year: 2019, low: '-1' }] }),
        ['options', 'retentionTable', 0, 'low'],
      );
      expectInvalid(
        () =>
          retentionLimits(
            { year: 2030 },
            {
              retentionTable: [
                { year: 2030, low: 'abc' },
                { year: 2030, low: '1' },
              ],
            },
          ),
        ['options', 'retentionTable', 0, 'low'],
      );
      expectInvalid(
        () => retentionLimits({ year: 2030 }, { retentionTable: [{ year: 2030, low: '1', extra: 1 } as never] }),
        ['options', 'retentionTable', 0, 'extra'],
      );
      const dup = [
        { year: 2030, low: '500000' },
        { year: 2030, low: '600000' },
      ];
      expectIssues(
        () => retentionLimits({ year: 2030 }, { retentionTable: dup }),
        [{ path: ['options', 'retentionTable', 1, 'year'], code: 'duplicate' }],
      );
      const falling = [{ year: 2030, low: '500000', high: '400000' }];
      expectIssues(
        () => retentionLimits({ year: 2030 }, { retentionTable: falling }),
        [{ path: ['options', 'retentionTable', 0, 'high'], code: 'inconsistent' }],
      );
      expectIssues(
        () => retentionLimits({ year: 2030 }, { retentionTable: [{ year: 2030, low: 0 }] }),
        [{ path: ['options', 'retentionTable', 0, 'low'], code: 'inconsistent' }],
      );
    });
  });
});

describe('retentionLimits: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(retentionLimitsDefinition)).toMatchInlineSnapshot(`
      "RET-2  low retention limit from the built-in table, 2019
        Coverage year                                                     2019
        Source                   wcra.biz retention table, read 2026; seed 003
        ----------------------------------------------------------------------
        low retention limit                                        $500,000.00

      RET-2  high retention limit (2 x low) from the built-in table, 2019
        Coverage year                                                     2019
        Source                   wcra.biz retention table, read 2026; seed 003
        ----------------------------------------------------------------------
        high retention limit                                     $1,000,000.00

      RET-2  super retention limit (4 x low) from the built-in table, 2019
        Coverage year                                                     2019
        Source                   wcra.biz retention table, read 2026; seed 003
        ----------------------------------------------------------------------
        super retention limit                                    $2,000,000.00

      RET-2  jumbo retention limit (10 x low) from the built-in table, 2019
        Coverage year                                                     2019
        Source                   wcra.biz retention table, read 2026; seed 003
        ----------------------------------------------------------------------
        jumbo retention limit                                    $5,000,000.00"
    `);
  });
});
