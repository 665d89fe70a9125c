import { describe, expect, it } from 'vitest';
import { RETENTION_LEVELS } from '../../src/rules/levels.js';
import { lookupRate, RATE_TABLE } from '../../src/rules/rates.js';
import { lookupRetentionLimit, lookupRetentionLimits, RETENTION_TABLE } from '../../src/rules/retentions.js';
import { expectWcraError } from '../helpers.js';

describe('PRM-2 the published rate table', () => {
  // Written out by hand from RULES PRM-2 (percent), so a typo in the table fails here.
  const published: Record<number, [string, string, string, string | undefined]> = {
    2016: ['8.80', '5.65', '2.75', undefined],
    2017: ['8.35', '5.65', '2.65', undefined],
    2018: ['8.00', '5.40', '2.55', '1.20'],
    2019: ['7.95', '5.45', '2.60', '1.15'],
    2020: ['7.95', '5.45', '2.60', '1.10'],
    2021: ['7.95', '5.45', '2.60', '1.10'],
    2022: ['7.95', '5.10', '2.45', '1.10'],
    2023: ['8.10', '4.90', '2.40', '1.10'],
    2024: ['7.90', '4.70', '2.35', '1.10'],
    2025: ['7.55', '4.50', '2.25', '1.10'],
  };
  const pct = (rate: string) => (Number.parseFloat(rate) * 100).toFixed(2); // display only

  it.each(Object.entries(published))('PRM-2 %s rates match the published figures', (year, figures) => {
    const y = Number(year);
    RETENTION_LEVELS.forEach((level, i) => {
      const expected = figures[i];
      if (expected === undefined) {
        expectWcraError(() => lookupRate(y, level), 'LEVEL_NOT_OFFERED');
      } else {
        expect(pct(lookupRate(y, level).rate)).toBe(expected);
      }
    });
  });

  it('PRM-2 every entry is dated and sourced, years unique and ordered', () => {
    expect(RATE_TABLE.map((e) => e.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const e of RATE_TABLE) expect(e.source).toMatch(/wcra\.biz/);
  });

  it('PRM-2 a year the table lacks is UNKNOWN_YEAR with a message saying how to supply it', () => {
    const err = expectWcraError(() => lookupRate(2031, 'low'), 'UNKNOWN_YEAR');
    expect(err.message).toContain(`${RATE_TABLE[0]?.year}–${RATE_TABLE.at(-1)?.year}`);
    expect(err.message).toContain('options.rateTable');
    expect(err.details).toEqual({ year: 2031 });
    expectWcraError(() => lookupRate(2015, 'low'), 'UNKNOWN_YEAR');
  });

  it('PRM-2 a caller table supplies or overrides a year', () => {
    const own = [{ year: 2026, low: '0.07', high: '0.045', super: '0.02', jumbo: '0.01', source: 'WCRA 2026 notice' }];
    expect(lookupRate(2026, 'jumbo', own)).toEqual({ rate: '0.01', source: 'WCRA 2026 notice' });
    expect(lookupRate(2022, 'low', [{ year: 2022, low: 0.08, high: 0.05, super: 0.02 }])).toEqual({
      rate: '0.08',
      source: 'caller-supplied rate table',
    });
    expect(lookupRate(2022, 'low', own).rate).toBe('0.0795');
  });
});

describe('RET-2 / RET-3 the retention table', () => {
  it('RET-2 2016–2025: $500,000 / $1,000,000 / $2,000,000, jumbo $5,000,000 from 2018', () => {
    expect(RETENTION_TABLE).toHaveLength(10);
    expect(lookupRetentionLimits(2017).limits).toEqual({ low: '500000.00', high: '1000000.00', super: '2000000.00' });
    expect(lookupRetentionLimits(2025).limits).toEqual({ low: '500000.00', high: '1000000.00', super: '2000000.00', jumbo: '5000000.00' });
    expect(lookupRetentionLimit(2018, 'jumbo')).toBe('5000000.00');
    expectWcraError(() => lookupRetentionLimit(2017, 'jumbo'), 'LEVEL_NOT_OFFERED');
  });

  it('RET-3 caller tables derive high and super (1996–2015) and high = low + 200,000 before 1996', () => {
    expect(lookupRetentionLimits(2010, [{ year: 2010, low: '410000' }]).limits).toEqual({
      low: '410000.00',
      high: '820000.00',
      super: '1640000.00',
    });
    expect(lookupRetentionLimits(1990, [{ year: 1990, low: '300000' }]).limits).toEqual({ low: '300000.00', high: '500000.00' });
    expectWcraError(() => lookupRetentionLimit(1990, 'super', [{ year: 1990, low: '300000' }]), 'LEVEL_NOT_OFFERED');
    const given = lookupRetentionLimits(2026, [
      { year: 2026, low: '600000', high: '1200000', super: '2400000', jumbo: '6000000', source: 'notice' },
    ]);
    expect(given).toEqual({
      year: 2026,
      limits: { low: '600000.00', high: '1200000.00', super: '2400000.00', jumbo: '6000000.00' },
      source: 'notice',
    });
  });

  it('RET-2 an unknown year is UNKNOWN_YEAR naming the option', () => {
    const err = expectWcraError(() => lookupRetentionLimits(2031), 'UNKNOWN_YEAR');
    expect(err.message).toContain('options.retentionTable');
  });
});
