import { describe, expect, it } from 'vitest';
import { lookupRate, RATE_TABLE } from '../../src/rules/rates.js';
import { lookupRetentionLimit, lookupRetentionLimits, RETENTION_TABLE } from '../../src/rules/retentions.js';
import { expectWcraError } from '../helpers.js';

/** The built-in year range of a table, as messages print it. */
const range = (table: ReadonlyArray<{ readonly year: number }>) => `${table[0]?.year}–${table.at(-1)?.year}`;

// Codes, details and the values a message must carry (the year, the level, the range derived from
// the table, the option to use), never the wording around them.
describe('PRM-2 / RET-2 lookup errors and caller-table details', () => {
  it('PRM-2 an unknown year: UNKNOWN_YEAR; the message names the built-in range (from the table) and the options', () => {
    const err = expectWcraError(() => lookupRate(2031, 'low'), 'UNKNOWN_YEAR');
    expect(err.details).toEqual({ year: 2031 });
    for (const value of ['2031', range(RATE_TABLE), '`rate`', '`options.rateTable`']) expect(err.message).toContain(value);
  });

  it('PRM-2 a level not offered: LEVEL_NOT_OFFERED with the level and year', () => {
    const err = expectWcraError(() => lookupRate(2017, 'jumbo'), 'LEVEL_NOT_OFFERED');
    expect(err.details).toEqual({ year: 2017, level: 'jumbo' });
    const own = expectWcraError(
      () => lookupRate(2030, 'jumbo', [{ year: 2030, low: '0.07', high: '0.04', super: '0.02' }]),
      'LEVEL_NOT_OFFERED',
    );
    expect(own.details).toEqual({ year: 2030, level: 'jumbo' });
  });

  it('RET-2 a retention level not offered: LEVEL_NOT_OFFERED with the level and year', () => {
    const err = expectWcraError(() => lookupRetentionLimit(2016, 'jumbo'), 'LEVEL_NOT_OFFERED');
    expect(err.details).toEqual({ year: 2016, level: 'jumbo' });
    const early = expectWcraError(() => lookupRetentionLimit(1995, 'super', [{ year: 1995, low: '250000' }]), 'LEVEL_NOT_OFFERED');
    expect(early.details).toEqual({ year: 1995, level: 'super' });
  });

  it('RET-2 an unknown year: UNKNOWN_YEAR; the message names the built-in range (from the table) and the option', () => {
    const err = expectWcraError(() => lookupRetentionLimits(2031), 'UNKNOWN_YEAR');
    expect(err.details).toEqual({ year: 2031 });
    for (const value of ['2031', range(RETENTION_TABLE), '`options.retentionTable`']) expect(err.message).toContain(value);
  });

  it('RET-3 a caller table without a source is labelled as caller-supplied', () => {
    expect(lookupRetentionLimits(2010, [{ year: 2010, low: '400000' }])).toEqual({
      year: 2010,
      limits: { low: '400000.00', high: '800000.00', super: '1600000.00' },
      source: 'caller-supplied retention table',
    });
  });

  it('RET-3 a given super (not 4 × low) is kept, in 1996–2015 and before 1996', () => {
    // 4 × 400,000 would be 1,600,000: the given 1,500,000 must win.
    expect(lookupRetentionLimits(2010, [{ year: 2010, low: '400000', super: '1500000' }]).limits).toEqual({
      low: '400000.00',
      high: '800000.00',
      super: '1500000.00',
    });
    // Before 1996 no super is derived, but a given one is kept.
    expect(lookupRetentionLimits(1990, [{ year: 1990, low: '300000', super: '900000' }]).limits).toEqual({
      low: '300000.00',
      high: '500000.00',
      super: '900000.00',
    });
    expect(lookupRetentionLimit(1990, 'super', [{ year: 1990, low: '300000', super: '900000' }])).toBe('900000.00');
  });

  it('RET-3 the 1996 boundary derives super = 4 × low; 1995 derives none', () => {
    expect(lookupRetentionLimits(1996, [{ year: 1996, low: '300000' }]).limits).toEqual({
      low: '300000.00',
      high: '600000.00',
      super: '1200000.00',
    });
    expect(lookupRetentionLimits(1995, [{ year: 1995, low: '300000' }]).limits).toEqual({ low: '300000.00', high: '500000.00' });
  });
});
