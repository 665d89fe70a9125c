import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experienceRatingEligibility } from 'wcra-calc';
import { experienceRatingEligibilityDefinition } from '../../src/self-insurers/experienceRatingEligibility.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { expectWcraError } from './helpers.js';

describe('experienceRatingEligibility', () => {
  it('SI-8 2024: first-year test at $14,000', () => {
    expect(experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['14000', '0', '0'] })).toStrictEqual({
      eligible: true,
      test: 'first-year',
      reason: null,
    });
    expect(experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['9000', '19000', '8000'] }).test).toBe(
      'two-year-average',
    );
  });

  it('SI-8 2024: three-year average $7,000 only with more than 2 years', () => {
    const p = ['7000', '7000', '7000'];
    expect(experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: p }).test).toBe('three-year-average');
    expect(experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 2, unmodifiedPremiums: p })).toStrictEqual({
      eligible: false,
      test: null,
      reason: 'premium-below-thresholds',
    });
  });

  it('SI-8 fewer than 2 years in business is never eligible', () => {
    expect(experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 1, unmodifiedPremiums: ['99000'] }).reason).toBe(
      'under-two-years',
    );
  });

  it('SI-8 2025: $14,500; the third-test figure is UNKNOWN_YEAR unless supplied', () => {
    expectWcraError(
      () => experienceRatingEligibility({ ratingYear: 2025, yearsInBusiness: 3, unmodifiedPremiums: ['14499'] }),
      'UNKNOWN_YEAR',
    );
    const base = { ratingYear: 2025, yearsInBusiness: 3, thresholds: { threeYearAverage: '10000' } };
    expect(experienceRatingEligibility({ ...base, unmodifiedPremiums: ['14000', '15000', '0'] }).test).toBe('two-year-average');
    expect(experienceRatingEligibility({ ...base, unmodifiedPremiums: ['14499', '14499', '0'] }).test).toBe(null);
    expectWcraError(
      () => experienceRatingEligibility({ ratingYear: 2023, yearsInBusiness: 3, unmodifiedPremiums: ['20000'] }),
      'UNKNOWN_YEAR',
    );
  });

  it('SI-8 bad input and conflict codes', () => {
    expectIssues(
      () => experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['abc'] }),
      [{ path: ['unmodifiedPremiums', 0], code: 'not_money' }],
    );
    expectIssues(
      () =>
        experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['1'], thresholds: { firstYear: '1' } }),
      [{ path: ['thresholds', 'firstYear'], code: 'conflict' }],
    );
  });

  it('SI-8 property: more premium never makes a risk ineligible', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30000 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 5000 }),
        (ps, extra) => {
          const before = experienceRatingEligibility({ ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ps.map(String) });
          const after = experienceRatingEligibility({
            ratingYear: 2024,
            yearsInBusiness: 3,
            unmodifiedPremiums: ps.map((p) => String(p + extra)),
          });
          return !before.eligible || after.eligible;
        },
      ),
    );
  });

  it('SI-8 explain steps cite SI-8', () => {
    const r = experienceRatingEligibility(
      { ratingYear: 2024, yearsInBusiness: 3, unmodifiedPremiums: ['9000', '19000'] },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['SI-8', 'SI-8', 'SI-8']);
  });
});

describe('experienceRatingEligibility: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(experienceRatingEligibilityDefinition)).toMatchInlineSnapshot(`
      "SI-8  In business at least 2 years
        Years in business                                                    3
        ----------------------------------------------------------------------
        At least 2 years                                                   yes

      SI-8  Test first-year: unmodified premium at least the 2024 figure
        Unmodified premium                                           $9,000.00
        Needed                                                      $14,000.00
        ----------------------------------------------------------------------
        Passes                                                              no

      SI-8  Test two-year-average: unmodified premium at least the 2024 figure
        Unmodified premium                                          $14,000.00
        Needed                                                      $14,000.00
        ----------------------------------------------------------------------
        Passes                                                             yes"
    `);
  });
});
