import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fallbackExperienceMod, formatWorksheet } from 'wcra-calc';
import { fallbackExperienceModDefinition } from '../../src/self-insurers/fallbackExperienceMod.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectWcraError } from './helpers.js';

/** "1.05" → 105 (mods are stated to two decimals). */
const hundredths = (mod: string) => Number(mod.replace('.', ''));

describe('fallbackExperienceMod', () => {
  it('SI-6 first year: the greater of 1.05 and prior + 0.05', () => {
    expect(fallbackExperienceMod({ priorMod: '0.85', consecutiveYears: 1, sector: 'private' })).toStrictEqual({
      mod: '1.05',
      notify: null,
    });
    expect(fallbackExperienceMod({ priorMod: '1.20', consecutiveYears: 1, sector: 'private' })).toStrictEqual({
      mod: '1.25',
      notify: null,
    });
  });

  it('SI-6 a prior mod of exactly 1.00 gives 1.05 (both candidates equal)', () => {
    expect(fallbackExperienceMod({ priorMod: '1.00', consecutiveYears: 1, sector: 'public' }).mod).toBe('1.05');
    expect(fallbackExperienceMod({ priorMod: 1, consecutiveYears: 1, sector: 'public' }).mod).toBe('1.05');
  });

  it('SI-6 three consecutive years: +0.05 a year, then the notification (private: Commerce)', () => {
    const seq = [1, 2, 3, 4].map((n) => fallbackExperienceMod({ priorMod: '0.92', consecutiveYears: n, sector: 'private' }));
    expect(seq).toStrictEqual([
      { mod: '1.05', notify: null },
      { mod: '1.10', notify: null },
      { mod: '1.15', notify: 'department-of-commerce' },
      { mod: '1.20', notify: 'department-of-commerce' },
    ]);
  });

  it('SI-6 public self-insurers: the state or legislative auditor is notified from year 3', () => {
    expect(fallbackExperienceMod({ priorMod: '1.30', consecutiveYears: 2, sector: 'public' })).toStrictEqual({ mod: '1.40', notify: null });
    expect(fallbackExperienceMod({ priorMod: '1.30', consecutiveYears: 3, sector: 'public' })).toStrictEqual({
      mod: '1.45',
      notify: 'state-or-legislative-auditor',
    });
  });

  it('SI-6 the threshold between the two candidates: prior 0.99, 1.00, 1.01', () => {
    expect(
      ['0.99', '1.00', '1.01'].map((p) => fallbackExperienceMod({ priorMod: p, consecutiveYears: 1, sector: 'private' }).mod),
    ).toStrictEqual(['1.05', '1.05', '1.06']);
  });

  it('SI-6 a prior mod with more than 2 decimals is read as stated, rounded half-up to 2 decimals', () => {
    expect(fallbackExperienceMod({ priorMod: '1.004', consecutiveYears: 1, sector: 'private' }).mod).toBe('1.05');
    expect(fallbackExperienceMod({ priorMod: '1.005', consecutiveYears: 1, sector: 'private' }).mod).toBe('1.06');
    expect(fallbackExperienceMod({ priorMod: '1.2349', consecutiveYears: 2, sector: 'private' }).mod).toBe('1.33');
    expect(fallbackExperienceMod({ priorMod: 0.1 + 0.2, consecutiveYears: 1, sector: 'private' }).mod).toBe('1.05');
  });

  it('SI-6 exact decimals, no float drift over many years', () => {
    expect(fallbackExperienceMod({ priorMod: '0.5', consecutiveYears: 100, sector: 'private' }).mod).toBe('6.00');
    expect(fallbackExperienceMod({ priorMod: '99.99', consecutiveYears: 3, sector: 'private' }).mod).toBe('100.14');
  });

  it('SI-6 explains the first year, the following years and the notification', () => {
    const r = fallbackExperienceMod({ priorMod: '0.92', consecutiveYears: 3, sector: 'private' }, { explain: true });
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['1.05', '1.15', 'department-of-commerce']);
    expect(formatWorksheet(r.steps ?? [])).toContain('+ 2 x 0.05');
    const one = fallbackExperienceMod({ priorMod: '0.92', consecutiveYears: 1, sector: 'public' }, { explain: true });
    expect(one.steps?.map((s) => s.result.value)).toStrictEqual(['1.05', 'nobody yet']);
  });

  describe('properties', () => {
    const prior = fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toFixed(2));
    const sector = fc.constantFrom('private' as const, 'public' as const);

    it('SI-6 the mod is at least 1.05 and strictly increases by exactly 0.05 a year', () => {
      fc.assert(
        fc.property(prior, fc.integer({ min: 1, max: 99 }), sector, (p, n, s) => {
          const a = fallbackExperienceMod({ priorMod: p, consecutiveYears: n, sector: s });
          const b = fallbackExperienceMod({ priorMod: p, consecutiveYears: n + 1, sector: s });
          expect(hundredths(a.mod)).toBeGreaterThanOrEqual(105);
          expect(hundredths(b.mod) - hundredths(a.mod)).toBe(5);
          expect(a.mod).toMatch(/^\d+\.\d{2}$/);
        }),
      );
    });

    it('SI-6 year n = max(1.05, prior + 0.05) + 0.05 × (n − 1), in hundredths', () => {
      fc.assert(
        fc.property(prior, fc.integer({ min: 1, max: 100 }), sector, (p, n, s) => {
          const expected = Math.max(105, hundredths(p) + 5) + 5 * (n - 1);
          expect(hundredths(fallbackExperienceMod({ priorMod: p, consecutiveYears: n, sector: s }).mod)).toBe(expected);
        }),
      );
    });

    it('SI-6 notify is set exactly from the third consecutive year, by sector', () => {
      fc.assert(
        fc.property(prior, fc.integer({ min: 1, max: 100 }), sector, (p, n, s) => {
          const { notify } = fallbackExperienceMod({ priorMod: p, consecutiveYears: n, sector: s });
          expect(notify).toBe(n < 3 ? null : s === 'private' ? 'department-of-commerce' : 'state-or-legislative-auditor');
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ priorMod: '0.92', consecutiveYears: 2, sector: 'private' as const });
    expect(fallbackExperienceMod(input).mod).toBe('1.10');
    expect(input).toStrictEqual({ priorMod: '0.92', consecutiveYears: 2, sector: 'private' });
  });

  describe('bad input', () => {
    it.each([
      ['null', null, undefined],
      ['a negative prior mod', { priorMod: '-1', consecutiveYears: 1, sector: 'private' }, ['priorMod']],
      ['a prior mod as words', { priorMod: 'n/a', consecutiveYears: 1, sector: 'private' }, ['priorMod']],
      ['zero years', { priorMod: '1', consecutiveYears: 0, sector: 'private' }, ['consecutiveYears']],
      ['fractional years', { priorMod: '1', consecutiveYears: 1.5, sector: 'private' }, ['consecutiveYears']],
      ['an unknown sector', { priorMod: '1', consecutiveYears: 1, sector: 'federal' }, ['sector']],
      ['a missing prior mod', { consecutiveYears: 1, sector: 'private' }, ['priorMod']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => fallbackExperienceMod(input as never), 'INVALID_INPUT', path);
    });
  });
});

describe('fallbackExperienceMod: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(fallbackExperienceModDefinition)).toMatchInlineSnapshot(`
      "SI-6  First year without data: mod = max(1.05, prior mod + 0.05)
        Prior mod (2 decimals)                                            0.92
        Floor                                                             1.05
        ----------------------------------------------------------------------
        Year 1 mod                                                        1.05

      SI-6  Each following consecutive year: + 0.05
        Year 1 mod                                                        1.05
        Following years                                             + 2 x 0.05
        ----------------------------------------------------------------------
        Year 3 mod                                                        1.15

      SI-6  After 3 consecutive years without data the WCRA notifies Commerce (private) or the state or legislative auditor (public)
        Sector                                                         private
        Consecutive years                                                    3
        ----------------------------------------------------------------------
        Notify                                          department-of-commerce"
    `);
  });
});
