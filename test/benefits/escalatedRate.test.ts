import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalatedRateDefinition } from '../../src/benefits/escalatedRate.js';
import { addDays } from '../../src/core/dates.js';
import { ESCALATION_ERAS, escalatedRate, SAWW_CHANGES } from '../../src/index.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

/** Every year 1975–2060 at `change`, for eras and years the built-in table lacks. */
const allYears = (change: string) => Array.from({ length: 86 }, (_, i) => ({ year: 1975 + i, change }));
const rows = (r: ReturnType<typeof escalatedRate>) => r.adjustments.map((a) => [a.date, a.announced, a.applied, a.rate]);

describe('BEN-4 the built-in SAWW changes and eras', () => {
  it('BEN-4 the changes are those of RULES.md, frozen and sourced', () => {
    expect(SAWW_CHANGES.map((c) => [c.year, c.change])).toEqual([
      [2018, '0.0346'],
      [2019, '0.0325'],
      [2023, '0.0389'],
      [2024, '0.0262'],
      [2025, '0.0372'],
    ]);
    expect(Object.isFrozen(SAWW_CHANGES) && SAWW_CHANGES.every((c) => Object.isFrozen(c) && c.source.length > 0)).toBe(true);
    expect(ESCALATION_ERAS.map((e) => [e.from, e.firstAnniversary, e.cap, e.floor])).toEqual([
      ['1975-08-01', null, '0.06', null],
      ['1981-10-01', 1, '0.06', null],
      ['1992-10-01', 2, '0.04', null],
      ['1995-10-01', 4, '0.02', null],
      ['2013-10-01', 3, '0.03', '0'],
    ]);
    expect(Object.isFrozen(ESCALATION_ERAS) && ESCALATION_ERAS.every(Object.isFrozen)).toBe(true);
  });
});

describe('BEN-4 escalatedRate: values', () => {
  it('BEN-4 from 2013-10-01: from the third anniversary, capped at 3%, each on top of the previous', () => {
    const r = escalatedRate({ injuryDate: '2020-11-15', rate: '800', asOf: '2026-03-01' });
    expect(rows(r)).toEqual([
      ['2023-11-15', '0.0389', '0.03', '824.00'],
      ['2024-11-15', '0.0262', '0.0262', '845.59'],
      ['2025-11-15', '0.0372', '0.03', '870.96'],
    ]);
    expect(r.rate).toBe('870.96');
  });

  it('BEN-4 the change of October 1 of Y applies to adjustments from October 1 Y to September 30 Y + 1', () => {
    // Third anniversary 2024-09-30 uses 2023's change, 2024-10-01 uses 2024's.
    expect(escalatedRate({ injuryDate: '2021-09-30', rate: '1000', asOf: '2024-09-30' }).adjustments[0]?.announced).toBe('0.0389');
    expect(escalatedRate({ injuryDate: '2021-10-01', rate: '1000', asOf: '2024-10-01' }).adjustments[0]?.announced).toBe('0.0262');
  });

  it('BEN-4 an adjustment on asOf is in force; the day before it is not', () => {
    expect(escalatedRate({ injuryDate: '2020-11-15', rate: '800', asOf: '2023-11-15' }).rate).toBe('824.00');
    expect(escalatedRate({ injuryDate: '2020-11-15', rate: '800', asOf: '2023-11-14' })).toEqual({ adjustments: [], rate: '800.00' });
  });

  it('BEN-4 from 2013-10-01 the change is never below 0%; earlier eras have no floor', () => {
    const fall = [{ year: 2016, change: '-0.015' }];
    expect(rows(escalatedRate({ injuryDate: '2013-10-01', rate: '500', asOf: '2017-01-01' }, { sawwChanges: fall }))).toEqual([
      ['2016-10-01', '-0.015', '0', '500.00'],
    ]);
    const old = escalatedRate(
      { injuryDate: '1984-02-29', rate: '300', asOf: '1986-03-01' },
      {
        sawwChanges: [
          { year: 1984, change: '0.08' },
          { year: 1985, change: '-0.01' },
        ],
      },
    );
    // Each anniversary (February 28 in a common year), at most 6%.
    expect(rows(old)).toEqual([
      ['1985-02-28', '0.08', '0.06', '318.00'],
      ['1986-02-28', '-0.01', '-0.01', '314.82'],
    ]);
  });

  it('BEN-4 1975-08-01 to 1981-09-30: each October 1 after the injury, at most 6%', () => {
    const r = escalatedRate({ injuryDate: '1980-10-01', rate: '300', asOf: '1982-10-01' }, { sawwChanges: allYears('0.07') });
    expect(r.adjustments.map((a) => [a.date, a.applied])).toEqual([
      ['1981-10-01', '0.06'],
      ['1982-10-01', '0.06'],
    ]);
    expect(r.rate).toBe('337.08');
  });

  it('BEN-4 1992-10-01 to 1995-09-30 from the second anniversary at most 4%; 1995-10-01 to 2013-09-30 from the fourth at most 2%', () => {
    const a = escalatedRate({ injuryDate: '1993-05-10', rate: '400', asOf: '1996-05-10' }, { sawwChanges: allYears('0.05') });
    expect(a.adjustments.map((x) => [x.date, x.applied])).toEqual([
      ['1995-05-10', '0.04'],
      ['1996-05-10', '0.04'],
    ]);
    const b = escalatedRate({ injuryDate: '2005-03-01', rate: '600', asOf: '2010-03-01' }, { sawwChanges: allYears('0.015') });
    expect(b.adjustments.map((x) => [x.date, x.applied, x.rate])).toEqual([
      ['2009-03-01', '0.015', '609.00'],
      ['2010-03-01', '0.015', '618.14'],
    ]);
  });

  it('BEN-4 a caller change replaces the built-in one for its year', () => {
    const r = escalatedRate(
      { injuryDate: '2020-11-15', rate: '800', asOf: '2024-01-01' },
      { sawwChanges: [{ year: 2023, change: '0.01' }] },
    );
    expect(rows(r)).toEqual([['2023-11-15', '0.01', '0.01', '808.00']]);
  });

  it('BEN-4 options.rounding rounds each adjusted rate', () => {
    const input = { injuryDate: '2020-11-15', rate: '800', asOf: '2025-01-01' };
    expect(escalatedRate(input).rate).toBe('845.59'); // 824 × 1.0262 = 845.5888
    expect(escalatedRate(input, { rounding: 'trunc' }).rate).toBe('845.58');
  });
});

describe('BEN-4 escalatedRate: codes', () => {
  it('BEN-4 a needed year that is missing is UNKNOWN_PERIOD, and supplying it fixes it', () => {
    const input = { injuryDate: '2015-10-20', rate: '800', asOf: '2021-03-01' };
    const err = expectWcraError(() => escalatedRate(input), 'UNKNOWN_PERIOD');
    expect(err.details).toEqual({ year: 2020 });
    const r = escalatedRate(input, { sawwChanges: [{ year: 2020, change: '0.02' }] });
    expect(rows(r)).toEqual([
      ['2018-10-20', '0.0346', '0.03', '824.00'],
      ['2019-10-20', '0.0325', '0.03', '848.72'],
      ['2020-10-20', '0.02', '0.02', '865.69'],
    ]);
  });

  it('BEN-4 bad input codes', () => {
    expectIssues(
      () => escalatedRate({ injuryDate: '2020-02-30', rate: '-1', asOf: 'x' }),
      [
        { path: ['injuryDate'], code: 'not_a_date' },
        { path: ['rate'], code: 'out_of_range' },
        { path: ['asOf'], code: 'not_a_date' },
      ],
    );
    expectIssues(
      () => escalatedRate({ injuryDate: '2020-02-10', rate: '1', asOf: '2020-02-09' }),
      [{ path: ['asOf'], code: 'out_of_range' }],
    );
    expectIssues(
      () => escalatedRate({ injuryDate: '1975-07-31', rate: '1', asOf: '1980-02-09' }),
      [{ path: ['injuryDate'], code: 'out_of_range' }],
    );
    const withChanges = (sawwChanges: Array<{ year: number; change: string }>) => () =>
      escalatedRate({ injuryDate: '2020-02-10', rate: '1', asOf: '2024-02-09' }, { sawwChanges });
    expectIssues(withChanges([{ year: 2021, change: '2' }]), [{ path: ['options', 'sawwChanges', 0, 'change'], code: 'out_of_range' }]);
    expectIssues(
      withChanges([
        { year: 2020, change: '0.01' },
        { year: 2020, change: '-1' },
      ]),
      [
        { path: ['options', 'sawwChanges', 1, 'year'], code: 'duplicate' },
        { path: ['options', 'sawwChanges', 1, 'change'], code: 'out_of_range' },
      ],
    );
  });
});

describe('BEN-4 escalatedRate: properties', () => {
  const injuryArb = fc.integer({ min: 0, max: 12 * 365 }).map((n) => addDays('2013-10-01', n));

  it('BEN-4 each rate = previous x (1 + min(max(change, 0), 3%)) to the cent, half-up (differential, integer arithmetic)', () => {
    fc.assert(
      fc.property(
        injuryArb,
        fc.bigInt({ min: 0n, max: 500_000n }),
        fc.array(fc.integer({ min: -500, max: 800 }), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 0, max: 20 * 365 }),
        (injuryDate, cents, bps, span) => {
          const changes = bps.map((bp, i) => ({ year: 2010 + i, change: String(bp / 10000) }));
          const r = escalatedRate({ injuryDate, rate: centsStr(cents), asOf: addDays(injuryDate, span) }, { sawwChanges: changes });
          let c = cents;
          for (const a of r.adjustments) {
            const year = Number(a.date.slice(0, 4)) - (Number(a.date.slice(5, 7)) >= 10 ? 0 : 1);
            const bp = BigInt(Math.min(300, Math.max(0, bps[year - 2010] as number)));
            c = (c * (10000n + bp) * 2n + 10000n) / 20000n;
            expect(strCents(a.rate)).toBe(c);
          }
          expect(strCents(r.rate)).toBe(c);
          // From the third anniversary: one adjustment a year.
          const years = Math.floor(span / 366);
          expect(r.adjustments.length).toBeGreaterThanOrEqual(Math.max(0, years - 2));
          expect(r.adjustments.length).toBeLessThanOrEqual(Math.max(0, Math.floor(span / 365) - 2));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('BEN-4 from 2013-10-01 the rate never falls as asOf moves later', () => {
    fc.assert(
      fc.property(injuryArb, fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 2000 }), (injuryDate, a, extra) => {
        const opts = { sawwChanges: allYears('-0.01').map((c, i) => ({ ...c, change: i % 2 === 0 ? c.change : '0.031' })) };
        const at = (d: number) => strCents(escalatedRate({ injuryDate, rate: '700', asOf: addDays(injuryDate, d) }, opts).rate);
        expect(at(a + extra) >= at(a)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('BEN-4 does not mutate its input or options', () => {
    const input = deepFreeze({ injuryDate: '2015-10-20', rate: '800', asOf: '2021-03-01' });
    const options = deepFreeze({ sawwChanges: [{ year: 2020, change: '0.02', source: 'DLI notice' }], explain: true });
    expect(() => escalatedRate(input, options)).not.toThrow();
  });
});

describe('BEN-4 escalatedRate: explain', () => {
  it('BEN-4 steps cite BEN-4 only, one per adjustment after the era', () => {
    const r = escalatedRate(
      { injuryDate: '2015-10-20', rate: '800', asOf: '2021-03-01' },
      { explain: true, sawwChanges: [{ year: 2020, change: '0.02', source: 'DLI notice' }] },
    );
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toEqual([
      ['BEN-4', '3'],
      ['BEN-4', '824.00'],
      ['BEN-4', '848.72'],
      ['BEN-4', '865.69'],
    ]);
    expect(r.steps?.[3]?.inputs.map((i) => i.value)).toEqual(['848.72', '0.02', '0.02']);
  });

  it('BEN-4 worksheet', () => {
    const r = escalatedRate({ injuryDate: '2020-11-15', rate: '800', asOf: '2025-01-01' }, { explain: true });
    // The wording is the worksheet snapshot's (test/worksheets.test.ts); here the rules and values.
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toMatchInlineSnapshot(`
      [
        [
          "BEN-4",
          "2",
        ],
        [
          "BEN-4",
          "824.00",
        ],
        [
          "BEN-4",
          "845.59",
        ],
      ]
    `);
  });
});

describe('escalatedRate: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(escalatedRateDefinition)).toMatchInlineSnapshot(`
      "BEN-4  Escalation for an injury on 2020-11-15: each anniversary from the third, change at most 3% and at least 0%
        Date of injury                                              2020-11-15
        As of                                                       2026-03-01
        Rate at injury                                                 $800.00
        ----------------------------------------------------------------------
        Adjustments due                                                      3

      BEN-4  Adjustment on 2023-11-15: SAWW change announced for October 1, 2023 (RULES.md BEN-4 (DLI SAWW adjustment notices, Minn. Stat. § 176.645)), within the cap and floor; rate = previous x (1 + change), rounded to cents
        Previous rate                                                  $800.00
        SAWW change announced                                            3.89%
        Change applied                                                    x 3%
        ----------------------------------------------------------------------
        Rate from 2023-11-15                                           $824.00

      BEN-4  Adjustment on 2024-11-15: SAWW change announced for October 1, 2024 (RULES.md BEN-4 (DLI SAWW adjustment notices, Minn. Stat. § 176.645)), within the cap and floor; rate = previous x (1 + change), rounded to cents
        Previous rate                                                  $824.00
        SAWW change announced                                            2.62%
        Change applied                                                 x 2.62%
        ----------------------------------------------------------------------
        Rate from 2024-11-15                                           $845.59

      BEN-4  Adjustment on 2025-11-15: SAWW change announced for October 1, 2025 (RULES.md BEN-4 (DLI SAWW adjustment notices, Minn. Stat. § 176.645)), within the cap and floor; rate = previous x (1 + change), rounded to cents
        Previous rate                                                  $845.59
        SAWW change announced                                            3.72%
        Change applied                                                    x 3%
        ----------------------------------------------------------------------
        Rate from 2025-11-15                                           $870.96"
    `);
  });
});
