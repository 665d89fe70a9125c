import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExperienceModWorksheetInput,
  expectedLosses,
  experienceMod,
  experienceModWorksheet,
  experienceModWorksheetDefinition,
  fallbackExperienceMod,
  limitLosses,
} from 'wcra-calc';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const example = experienceModWorksheetDefinition.example as ExperienceModWorksheetInput;
/** Limitation figures that never bind, for a year of their own. */
const noLimit = { limitations: [{ year: 2030, singleClaim: '90000000000000', multipleClaim: '90000000000000' }] };
/** "1.05" → 105. */
const hundredths = (mod: string) => Number(mod.replace('.', ''));

describe('experienceModWorksheet', () => {
  it('SI-9 SI-10 SI-7 the worked example: limited, split, expected, mod 1.03', () => {
    // limited 224,023.81 + 224,023.81 + 36,952.38 + 15,000 + 8,000; split at 18,500
    // E = 200,000 x 0.13 + 100,000 x 3.22 = 26,000 + 322,000; Ep = 10,400 + 106,260; Ee = 231,340
    // (78,500 + 0.25 x 429,500 + 0.75 x 231,340 + 60,000) / (348,000 + 60,000) = 419,380 / 408,000 = 1.0279 -> 1.03
    expect(experienceModWorksheet(example)).toStrictEqual({
      actualPrimary: '78500.00',
      actualExcess: '429500.00',
      expected: '348000.00',
      expectedPrimary: '116660.00',
      expectedExcess: '231340.00',
      weighting: '0.25',
      ballast: '60000.00',
      mod: '1.03',
    });
  });

  it('SI-10 the published NCCI-style splits: $12,000 and $50,000 at split points $5,000, $10,000, $13,500', () => {
    const run = (incurred: string, splitPoint: string) =>
      experienceModWorksheet({ ...example, ratingYear: 2023, claims: [{ claimId: 'x', incurred }], splitPoint });
    const points = ['5000', '10000', '13500'];
    expect(points.map((p) => run('12000', p).actualPrimary)).toStrictEqual(['5000.00', '10000.00', '12000.00']);
    expect(points.map((p) => run('50000', p).actualExcess)).toStrictEqual(['45000.00', '40000.00', '36500.00']);
  });

  it('SI-7 the last step is experienceMod itself (differential)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 50_000_000n }), { maxLength: 6 }),
        fc.bigInt({ min: 0n, max: 5_000_000n }),
        fc.integer({ min: 0, max: 100 }),
        fc.bigInt({ min: 1n, max: 20_000_000n }),
        (losses, split, w, ballast) => {
          const input = {
            ...example,
            claims: losses.map((l, i) => ({ claimId: `c${i}`, incurred: centsStr(l) })),
            splitPoint: centsStr(split),
            weighting: (w / 100).toFixed(2),
            ballast: centsStr(ballast),
          };
          const r = experienceModWorksheet(input);
          const direct = experienceMod({
            actualPrimary: r.actualPrimary,
            actualExcess: r.actualExcess,
            expectedLosses: r.expected,
            expectedExcess: r.expectedExcess,
            weight: r.weighting,
            ballast: r.ballast,
          });
          expect(r.mod).toBe(direct.mod);
          const limited = limitLosses({ ratingYear: input.ratingYear, claims: input.claims });
          expect(strCents(r.actualPrimary) + strCents(r.actualExcess)).toBe(strCents(limited.total));
        },
      ),
    );
  });

  describe('properties', () => {
    it('SI-7 the mod is exactly 1.00 when actual equals expected in both parts', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10_000_000_000n }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 100 }),
          fc.bigInt({ min: 1n, max: 10_000_000_000n }),
          (eCents, d, w, ballast) => {
            const payroll = [{ classCode: '8810', amount: centsStr(eCents * 100n) }];
            const rates = [{ classCode: '8810', expectedLossRate: '1', dRatio: (d / 100).toFixed(2) }];
            const exp = expectedLosses({ payroll, rates });
            const ep = strCents(exp.expectedPrimary);
            const ee = strCents(exp.expectedExcess);
            const split = (ep + 1n) / 2n; // ≥ the second claim (ep − split), so it is all primary
            const claims = [
              { claimId: 'big', incurred: centsStr(split + ee) },
              { claimId: 'small', incurred: centsStr(ep - split) },
            ];
            const r = experienceModWorksheet(
              {
                ratingYear: 2030,
                claims,
                payroll,
                rates,
                splitPoint: centsStr(split),
                weighting: (w / 100).toFixed(2),
                ballast: centsStr(ballast),
              },
              noLimit,
            );
            expect([r.actualPrimary, r.actualExcess]).toStrictEqual([exp.expectedPrimary, exp.expectedExcess]);
            expect(r.mod).toBe('1.00');
          },
        ),
      );
    });

    it('SI-7 the mod rises with every actual loss: never lower, and higher once the primary part is 1% of E + B', () => {
      fc.assert(
        fc.property(
          fc.array(fc.bigInt({ min: 0n, max: 10_000_000n }), { maxLength: 5 }),
          fc.bigInt({ min: 1n, max: 100_000_000n }),
          fc.integer({ min: 0, max: 100 }),
          (losses, extra, w) => {
            const base = {
              ...example,
              ratingYear: 2030,
              claims: losses.map((l, i) => ({ claimId: `c${i}`, incurred: centsStr(l) })),
              weighting: (w / 100).toFixed(2),
            };
            const before = experienceModWorksheet(base, noLimit);
            const after = experienceModWorksheet(
              { ...base, claims: [...base.claims, { claimId: 'new', incurred: centsStr(extra) }] },
              noLimit,
            );
            expect(hundredths(after.mod)).toBeGreaterThanOrEqual(hundredths(before.mod));
            const primary = extra < 1_850_000n ? extra : 1_850_000n;
            if (primary * 100n >= strCents(before.expected) + strCents(before.ballast))
              expect(hundredths(after.mod)).toBeGreaterThan(hundredths(before.mod));
          },
        ),
      );
    });
  });

  it('SI-7 maximumMod caps the mod (read down to 2 decimals), and only when it binds', () => {
    expect(experienceModWorksheet({ ...example, maximumMod: '1.019' }).mod).toBe('1.01');
    expect(experienceModWorksheet({ ...example, maximumMod: '1.5' }).mod).toBe('1.03');
    const r = experienceModWorksheet({ ...example, maximumMod: '1' }, { explain: true });
    expect(r.mod).toBe('1.00');
    expect(r.steps?.at(-1)?.result.value).toBe('1.00');
  });

  it('SI-6 the worksheet mod is the prior mod of fallbackExperienceMod: computed, missing, missing, computed', () => {
    const year1 = experienceModWorksheet(example).mod;
    const missing = [1, 2].map((consecutiveYears) => fallbackExperienceMod({ priorMod: year1, consecutiveYears, sector: 'private' }).mod);
    expect([year1, ...missing]).toStrictEqual(['1.03', '1.08', '1.13']);
  });

  it('explain: the steps cite exactly the declared rules (USR-7 and SI-6 uncited, with reasons), laid out as a worksheet', () => {
    const r = experienceModWorksheet(example, { explain: true });
    const cited = new Set(r.steps?.map((s) => s.rule));
    expect([...cited].sort()).toStrictEqual(['GEN-3', 'SI-10', 'SI-7', 'SI-9']);
    expect(Object.keys(experienceModWorksheetDefinition.uncitedRules).sort()).toStrictEqual(['SI-6', 'USR-7']);
    const labels = r.steps?.map((s) => s.result.label) ?? [];
    const order = [
      'Limited losses',
      'Actual primary losses (Ap)',
      'Actual excess losses (Ae)',
      'Expected primary losses (Ep)',
      'Expected excess losses (Ee)',
      'Numerator',
      'Experience modification',
    ];
    expect(order.map((l) => labels.indexOf(l))).toStrictEqual([...order.map((l) => labels.indexOf(l))].sort((a, b) => a - b));
    expect(r.steps?.at(-1)?.result.value).toBe(r.mod);
  });

  it('explain: a small worksheet, printed', () => {
    const r = experienceModWorksheet(
      {
        ratingYear: 2023,
        claims: [
          { claimId: 'c1', incurred: '42000' },
          { claimId: 'c2', incurred: '9000' },
        ],
        payroll: [{ classCode: '8810', amount: '20000000' }],
        rates: [{ classCode: '8810', expectedLossRate: '0.25', dRatio: '0.4' }],
        splitPoint: '18500',
        weighting: '0.25',
        ballast: '60000',
      },
      { explain: true },
    );
    // The wording is the worksheet snapshot's (test/worksheets.test.ts); here the rules and values.
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toMatchInlineSnapshot(`
      [
        [
          "SI-9",
          "485000.00",
        ],
        [
          "SI-9",
          "51000.00",
        ],
        [
          "SI-10",
          "27500.00",
        ],
        [
          "SI-10",
          "23500.00",
        ],
        [
          "SI-10",
          "50000.00",
        ],
        [
          "SI-10",
          "20000.00",
        ],
        [
          "SI-10",
          "50000.00",
        ],
        [
          "SI-10",
          "20000.00",
        ],
        [
          "SI-10",
          "30000.00",
        ],
        [
          "SI-7",
          "115875.00",
        ],
        [
          "SI-7",
          "1.05",
        ],
      ]
    `);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(example));
    const options = deepFreeze({ explain: true, limitations: [{ year: 2023, singleClaim: '100000' }] });
    experienceModWorksheet(input, options);
    expect(input).toStrictEqual(experienceModWorksheetDefinition.example);
  });

  describe('bad input', () => {
    it('codes: duplicates, decimals, E + B = 0', () => {
      expectIssues(
        () =>
          experienceModWorksheet({
            ...example,
            claims: [
              { claimId: 'a', incurred: '1' },
              { claimId: 'a', incurred: '2' },
            ],
          }),
        [{ path: ['claims', 1, 'claimId'], code: 'duplicate' }],
      );
      expectIssues(
        () => experienceModWorksheet({ ...example, splitPoint: '1.005' }),
        [{ path: ['splitPoint'], code: 'too_many_decimals' }],
      );
      expectIssues(() => experienceModWorksheet({ ...example, weighting: '1.5' }), [{ path: ['weighting'], code: 'out_of_range' }]);
      expectIssues(
        () => experienceModWorksheet({ ...example, rates: [{ classCode: '8810', expectedLossRate: '0.1255', dRatio: '0.4' }] }),
        [{ path: ['rates', 0, 'expectedLossRate'], code: 'too_many_decimals' }],
      );
      expectIssues(
        () =>
          experienceModWorksheet({
            ...example,
            payroll: [{ classCode: '8810', amount: '0' }],
            rates: [{ classCode: '8810', expectedLossRate: '1', dRatio: '1' }],
            ballast: '0',
          }),
        [{ path: ['ballast'], code: 'out_of_range' }],
      );
    });

    it('USR-7 a 3-decimal expected loss rate before rating year 2026 is too_many_decimals at its path; 2026 accepts it', () => {
      const threePlaces = [
        { classCode: '8810', expectedLossRate: '0.13', dRatio: '0.4' },
        { classCode: '5403', expectedLossRate: '3.217', dRatio: '0.33' },
      ];
      const limitations = [
        { year: 2025, singleClaim: '200000' },
        { year: 2026, singleClaim: '200000' },
      ];
      for (const ratingYear of [2023, 2025])
        expectIssues(
          () => experienceModWorksheet({ ...example, ratingYear, rates: threePlaces }, { limitations }),
          [{ path: ['rates', 1, 'expectedLossRate'], code: 'too_many_decimals' }],
        );
      const r = experienceModWorksheet({ ...example, ratingYear: 2026, rates: threePlaces }, { limitations });
      // 5403: 100,000 x 3.217 = 321,700 (x 0.33 = 106,161); E = 26,000 + 321,700 = 347,700
      expect([r.expected, r.expectedPrimary, r.expectedExcess]).toStrictEqual(['347700.00', '116561.00', '231139.00']);
    });

    it('USR-7 the worksheet accepts exactly the rates expectedLosses accepts for the rating year (differential)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 9999 }), (ratingYear, milli) => {
          const expectedLossRate = (milli / 1000).toFixed(3).replace(/\.?0+$/, '');
          const rates = [{ classCode: '8810', expectedLossRate, dRatio: '0.4' }];
          const payroll = [{ classCode: '8810', amount: '1000000' }];
          const accepted = (fn: () => unknown) => {
            try {
              fn();
              return true;
            } catch (e) {
              expect((e as { issues?: Array<{ code: string }> }).issues?.map((i) => i.code)).toStrictEqual(['too_many_decimals']);
              return false;
            }
          };
          const own = [{ year: ratingYear, singleClaim: '200000', multipleClaim: '400000' }];
          const sheet = accepted(() =>
            experienceModWorksheet({ ...example, ratingYear, claims: [], payroll, rates }, { limitations: own }),
          );
          expect(sheet).toBe(accepted(() => expectedLosses({ payroll, rates, ratingYear })));
          expect(sheet).toBe(ratingYear >= 2026 || milli % 10 === 0);
        }),
      );
    });

    it('MISSING_RATE for a payroll class without a rate; UNKNOWN_YEAR for a limitation the table lacks', () => {
      const err = expectWcraError(() => experienceModWorksheet({ ...example, rates: [example.rates[0] as never] }), 'MISSING_RATE');
      expect(err.details.classCode).toBe('5403');
      expectWcraError(() => experienceModWorksheet({ ...example, ratingYear: 2025 }), 'UNKNOWN_YEAR');
      expect(
        experienceModWorksheet({ ...example, ratingYear: 2025 }, { limitations: [{ year: 2025, singleClaim: '200000' }] }).mod,
      ).toMatch(/^\d\.\d{2}$/);
    });
  });
});

describe('experienceModWorksheet: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(experienceModWorksheetDefinition)).toMatchInlineSnapshot(`
      "SI-9  Loss limitation for rating year 2023: a claim at most $242,500.00, an accident's claims together at most $485,000.00 (MWCIA state per claim accident limitation, RULES.md SI-9)
        Rating year                                                       2023
        Single-claim limitation                                    $242,500.00
        ----------------------------------------------------------------------
        Multiple-claim (accident) limitation                       $485,000.00

      SI-9  Claim c1: losses limited to the single-claim figure
        Incurred losses                                            $300,000.00
        Single-claim limitation                                min $242,500.00
        ----------------------------------------------------------------------
        Claim c1 limited                                           $242,500.00

      SI-9  Claim c2: losses limited to the single-claim figure
        Incurred losses                                            $250,000.00
        Single-claim limitation                                min $242,500.00
        ----------------------------------------------------------------------
        Claim c2 limited                                           $242,500.00

      SI-9  Accident A1: its claims together limited to the multiple-claim figure
        Claims of the accident, each limited                       $525,000.00
        Multiple-claim limitation                                - $485,000.00
        ----------------------------------------------------------------------
        Reduction to share                                          $40,000.00

      GEN-3  Accident A1: the reduction shared across its claims in proportion to their limited amounts (cents to the largest remainders)
        Claim c1 share                                              $18,476.19
        Claim c2 share                                            + $18,476.19
        Claim c3 share                                             + $3,047.62
        ----------------------------------------------------------------------
        Reduction                                                   $40,000.00

      SI-9  Limited losses = sum of the limited claims
        Claim c1                                                   $224,023.81
        Claim c2                                                 + $224,023.81
        Claim c3                                                  + $36,952.38
        Claim c4                                                  + $15,000.00
        Claim c5                                                   + $8,000.00
        ----------------------------------------------------------------------
        Limited losses                                             $508,000.00

      SI-10  Actual primary losses (Ap) = sum of min(limited loss, split point $18,500.00)
        Claim c1                                                    $18,500.00
        Claim c2                                                  + $18,500.00
        Claim c3                                                  + $18,500.00
        Claim c4                                                  + $15,000.00
        Claim c5                                                   + $8,000.00
        ----------------------------------------------------------------------
        Actual primary losses (Ap)                                  $78,500.00

      SI-10  Actual excess losses (Ae) = sum of (limited loss - primary loss)
        Claim c1                                                   $205,523.81
        Claim c2                                                 + $205,523.81
        Claim c3                                                  + $18,452.38
        Claim c4                                                       + $0.00
        Claim c5                                                       + $0.00
        ----------------------------------------------------------------------
        Actual excess losses (Ae)                                  $429,500.00

      SI-10  Class 8810: expected losses = payroll / 100 x expected loss rate, to the cent
        Payroll                                                 $20,000,000.00
        Expected loss rate per $100                                       0.13
        ----------------------------------------------------------------------
        Class 8810 expected losses                                  $26,000.00

      SI-10  Class 8810: expected primary losses = expected losses x D-ratio, to the cent
        Expected losses                                             $26,000.00
        D-ratio                                                            0.4
        ----------------------------------------------------------------------
        Class 8810 expected primary losses                          $10,400.00

      SI-10  Class 5403: expected losses = payroll / 100 x expected loss rate, to the cent
        Payroll                                                 $10,000,000.00
        Expected loss rate per $100                                       3.22
        ----------------------------------------------------------------------
        Class 5403 expected losses                                 $322,000.00

      SI-10  Class 5403: expected primary losses = expected losses x D-ratio, to the cent
        Expected losses                                            $322,000.00
        D-ratio                                                           0.33
        ----------------------------------------------------------------------
        Class 5403 expected primary losses                         $106,260.00

      SI-10  Expected losses (E) = sum over the classes
        Class 8810 expected losses                                  $26,000.00
        Class 5403 expected losses                               + $322,000.00
        ----------------------------------------------------------------------
        Expected losses (E)                                        $348,000.00

      SI-10  Expected primary losses (Ep) = sum over the classes
        Class 8810 expected primary                                 $10,400.00
        Class 5403 expected primary                              + $106,260.00
        ----------------------------------------------------------------------
        Expected primary losses (Ep)                               $116,660.00

      SI-10  Expected excess losses (Ee) = E - Ep
        Expected losses (E)                                        $348,000.00
        Expected primary losses (Ep)                             - $116,660.00
        ----------------------------------------------------------------------
        Expected excess losses (Ee)                                $231,340.00

      SI-7  Numerator = actual primary + W x actual excess + (1 - W) x expected excess + ballast
        Actual primary losses (Ap)                                  $78,500.00
        W x actual excess losses (W = 0.25)                      + $107,375.00
        (1 - W) x expected excess losses                         + $173,505.00
        Ballast (B)                                               + $60,000.00
        ----------------------------------------------------------------------
        Numerator                                                  $419,380.00

      SI-7  Mod = numerator / (expected losses + ballast), half-up to 2 decimals
        Numerator                                                  $419,380.00
        Expected losses (E) + ballast (B)                        / $408,000.00
        ----------------------------------------------------------------------
        Experience modification                                           1.03"
    `);
  });
});
