import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppdAmountDefinition } from '../../src/benefits/ppdAmount.js';
import { PPD_SCHEDULES, ppdAmount } from '../../src/index.js';
import { deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

// Written out by hand from RULES.md BEN-5 (whole dollars, lowest band first), so a typo in the
// built-in schedules fails here.
const PUBLISHED: ReadonlyArray<readonly [string, string | null, string]> = [
  [
    '2000-10-01',
    '2018-09-30',
    '75,000; 80,000; 85,000; 90,000; 95,000; 100,000; 110,000; 120,000; 130,000; 140,000; 165,000; 190,000; 215,000; 240,000; 265,000; 315,000; 365,000; 415,000; 465,000; 515,000',
  ],
  [
    '2018-10-01',
    '2023-09-30',
    '78,800; 84,000; 89,300; 94,500; 99,800; 105,000; 115,500; 126,000; 136,500; 147,000; 173,300; 199,500; 225,800; 252,000; 278,300; 330,800; 383,300; 435,800; 488,300; 540,800',
  ],
  [
    '2023-10-01',
    '2026-09-30',
    '114,260; 121,800; 129,485; 137,025; 139,720; 147,000; 150,150; 163,800; 177,450; 177,870; 181,965; 209,475; 237,090; 264,600; 292,215; 347,340; 402,465; 457,590; 512,715; 567,840',
  ],
  [
    '2026-10-01',
    null,
    '137,240; 146,297; 155,527; 164,584; 167,821; 176,565; 180,348; 196,744; 213,139; 213,643; 218,562; 251,605; 284,774; 317,817; 350,986; 417,197; 483,409; 549,621; 615,833; 682,045',
  ],
];
const EDGES = [
  '0',
  '5.5',
  '10.5',
  '15.5',
  '20.5',
  '25.5',
  '30.5',
  '35.5',
  '40.5',
  '45.5',
  '50.5',
  '55.5',
  '60.5',
  '65.5',
  '70.5',
  '75.5',
  '80.5',
  '85.5',
  '90.5',
  '95.5',
  '100',
];
const dollars = (list: string) => list.split('; ').map((a) => `${a.replace(/,/g, '')}.00`);

/** A rating in hundredths of a percent (0 … 10000) as a percent string. */
const hundredths = (h: number): string => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
const arbRating = fc.integer({ min: 0, max: 10_000 });
const ERA_DATES = ['2000-10-01', '2012-06-15', '2018-10-01', '2023-09-30', '2023-10-01', '2026-10-01', '2040-01-01'];
const OLD_SCHEDULE = {
  from: '1995-10-01',
  to: '2000-09-30',
  bands: [
    { from: '0', to: '50', amount: '60000' },
    { from: '50', to: '100', amount: '200000' },
  ],
  source: 'my copy of the 1995 schedule',
};

describe('BEN-5 the built-in PPD schedules', () => {
  it('BEN-5 four eras with the published amounts, bands 0 / 5.5 / 10.5 … 95.5 / 100', () => {
    expect(PPD_SCHEDULES.map((s) => [s.from, s.to])).toEqual(PUBLISHED.map(([from, to]) => [from, to]));
    PPD_SCHEDULES.forEach((s, i) => {
      const [from, to, amounts] = PUBLISHED[i] as (typeof PUBLISHED)[number];
      expect(s.era).toBe(`${from}/${to ?? '..'}`);
      expect(s.bands.map((b) => b.amount)).toEqual(dollars(amounts));
      expect(s.bands.map((b) => b.from)).toEqual(EDGES.slice(0, 20));
      expect(s.bands.map((b) => b.to)).toEqual(EDGES.slice(1));
      expect(s.source).toMatch(/BEN-5/);
    });
  });
  it('BEN-5 the schedules are deeply frozen', () => {
    expect(Object.isFrozen(PPD_SCHEDULES)).toBe(true);
    for (const s of PPD_SCHEDULES) {
      expect(Object.isFrozen(s) && Object.isFrozen(s.bands)).toBe(true);
      for (const b of s.bands) expect(Object.isFrozen(b)).toBe(true);
    }
  });
});

describe('BEN-5 ppdAmount: values', () => {
  it('BEN-5 BEN-6 two ratings combine to 48%: band 45.5 to less than 50.5 of the 2023 schedule', () => {
    expect(ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'] })).toEqual({
      combinedRating: '48',
      payableRating: '48',
      schedule: '2023-10-01/2026-09-30',
      band: { from: '45.5', to: '50.5', amount: '177870.00' },
      amount: '85377.60',
    });
  });
  it('BEN-5 a rating of x.5 uses the higher band (Herrley); 100 is in the last band', () => {
    const band = (r: string) => ppdAmount({ injuryDate: '2010-01-01', ratings: [r] }).band;
    expect(band('5.49')).toEqual({ from: '0', to: '5.5', amount: '75000.00' });
    expect(band('5.5')).toEqual({ from: '5.5', to: '10.5', amount: '80000.00' });
    expect(band('95.5')).toEqual({ from: '95.5', to: '100', amount: '515000.00' });
    expect(band('100')).toEqual({ from: '95.5', to: '100', amount: '515000.00' });
    expect(ppdAmount({ injuryDate: '2010-01-01', ratings: ['5.5'] }).amount).toBe('4400.00');
    expect(ppdAmount({ injuryDate: '2010-01-01', ratings: ['100'] }).amount).toBe('515000.00');
    expect(ppdAmount({ injuryDate: '2010-01-01', ratings: ['0'] }).amount).toBe('0.00');
  });
  it('BEN-5 the schedule by injury date, each era from its first to its last day', () => {
    const era = (d: string) => ppdAmount({ injuryDate: d, ratings: ['5.5'] });
    expect([era('2000-10-01').schedule, era('2018-09-30').band.amount]).toEqual(['2000-10-01/2018-09-30', '80000.00']);
    expect([era('2018-10-01').schedule, era('2023-09-30').band.amount]).toEqual(['2018-10-01/2023-09-30', '84000.00']);
    expect([era('2023-10-01').schedule, era('2026-09-30').band.amount]).toEqual(['2023-10-01/2026-09-30', '121800.00']);
    expect([era('2026-10-01').schedule, era('2026-10-01').amount]).toEqual(['2026-10-01/..', '8046.34']);
  });
  it('BEN-5 a pre-existing disability: the payable rating is paid at the band of the current rating', () => {
    const r = ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'], preExisting: '10' });
    expect([r.combinedRating, r.payableRating, r.band.amount, r.amount]).toEqual(['48', '38', '177870.00', '67590.60']);
    expect(ppdAmount({ injuryDate: '2024-03-01', ratings: ['48'], preExisting: '48' }).amount).toBe('0.00');
  });
  it('BEN-5 half a cent rounds half-up; options.rounding changes it', () => {
    // 11.1% × 129,485 = 14,372.835.
    expect(ppdAmount({ injuryDate: '2024-03-01', ratings: ['11.1'] }).amount).toBe('14372.84');
    expect(ppdAmount({ injuryDate: '2024-03-01', ratings: ['11.1'] }, { rounding: 'halfTrunc' }).amount).toBe('14372.83');
  });
  it('BEN-5 before 2000-10-01 the caller supplies the schedule (UNKNOWN_PERIOD otherwise)', () => {
    expectWcraError(() => ppdAmount({ injuryDate: '2000-09-30', ratings: ['20'] }), 'UNKNOWN_PERIOD');
    const r = ppdAmount({ injuryDate: '1999-03-01', ratings: ['20', '40'] }, { schedule: OLD_SCHEDULE });
    expect(r).toEqual({
      combinedRating: '52',
      payableRating: '52',
      schedule: '1995-10-01/2000-09-30',
      band: { from: '50', to: '100', amount: '200000.00' },
      amount: '104000.00',
    });
    // Outside its period the caller's schedule does not apply: the built-in one does.
    expect(ppdAmount({ injuryDate: '2024-03-01', ratings: ['20'] }, { schedule: OLD_SCHEDULE }).schedule).toBe('2023-10-01/2026-09-30');
    // Open-ended and covering a built-in era: the caller's schedule comes first.
    const own = { from: '2026-10-01', bands: [{ from: '0', to: '100', amount: '700000' }] };
    expect(ppdAmount({ injuryDate: '2027-01-01', ratings: ['10'] }, { schedule: own })).toMatchObject({
      schedule: '2026-10-01/..',
      amount: '70000.00',
    });
  });
});

describe('BEN-5 ppdAmount: properties', () => {
  it('BEN-5 monotone in the rating within an era, and never above 100% x the top band', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ERA_DATES), arbRating, arbRating, (injuryDate, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = ppdAmount({ injuryDate, ratings: [hundredths(lo)] });
        const high = ppdAmount({ injuryDate, ratings: [hundredths(hi)] });
        expect(high.schedule).toBe(low.schedule);
        expect(strCents(high.amount) >= strCents(low.amount)).toBe(true);
        const top = PPD_SCHEDULES.find((s) => s.era === high.schedule)?.bands.at(-1)?.amount ?? '0.00';
        expect(strCents(high.amount) <= strCents(top)).toBe(true);
        // Oracle: the band index by arithmetic (< 5.5 is band 0, then one band per 5 points), half-up in BigInt.
        const bands = PPD_SCHEDULES.find((s) => s.era === high.schedule)?.bands ?? [];
        const index = hi < 550 ? 0 : Math.min(19, Math.floor((hi - 50) / 500));
        const bandCents = strCents(bands[index]?.amount ?? '0.00');
        expect(strCents(high.amount)).toBe((BigInt(hi) * bandCents + 5000n) / 10_000n);
      }),
    );
  });
  it('BEN-5 BEN-6 several ratings are paid as their combined rating; a pre-existing rating lowers the amount', () => {
    fc.assert(
      fc.property(fc.array(arbRating, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 100 }), (hs, share) => {
        const ratings = hs.map(hundredths);
        const r = ppdAmount({ injuryDate: '2025-01-01', ratings });
        expect(ppdAmount({ injuryDate: '2025-01-01', ratings: [r.combinedRating] })).toEqual(r);
        const pre = ((Number(r.combinedRating) * share) / 100).toFixed(2); // a rating, not money
        if (Number(pre) > Number(r.combinedRating)) return;
        const withPre = ppdAmount({ injuryDate: '2025-01-01', ratings, preExisting: pre });
        expect(withPre.band).toEqual(r.band);
        expect(strCents(withPre.amount) <= strCents(r.amount)).toBe(true);
      }),
    );
  });
  it('BEN-5 does not mutate its input or options', () => {
    const input = deepFreeze({ injuryDate: '1999-03-01', ratings: ['20', '40'], preExisting: '5' });
    const options = deepFreeze({ schedule: OLD_SCHEDULE, explain: true });
    expect(ppdAmount(input, options).amount).toBe('94000.00');
  });
});

describe('BEN-5 ppdAmount: bad input', () => {
  it('BEN-5 a rating above 100 or below 0, a bad date', () => {
    expectIssues(
      () => ppdAmount({ injuryDate: '2024-02-30', ratings: ['101', '-0.5'], preExisting: '100.5' }),
      [
        { path: ['injuryDate'], code: 'not_a_date' },
        { path: ['ratings', 0], code: 'out_of_range' },
        { path: ['ratings', 1], code: 'out_of_range' },
        { path: ['preExisting'], code: 'out_of_range' },
      ],
    );
    expectIssues(() => ppdAmount({ injuryDate: '2024-03-01', ratings: [] }), [{ path: ['ratings'], code: 'empty_list' }]);
  });
  it('BEN-5 a pre-existing rating above the combined current rating is inconsistent', () => {
    expectIssues(
      () => ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'], preExisting: '48.01' }),
      [{ path: ['preExisting'], code: 'inconsistent' }],
    );
  });
  it('BEN-5 a caller schedule must run from 0 to 100 without gaps', () => {
    const bad = {
      from: '1995-10-01',
      to: '1990-01-01',
      bands: [
        { from: '1', to: '50', amount: '60000' },
        { from: '40', to: '30', amount: '200000' },
        { from: '30', to: '90', amount: '1' },
      ],
    };
    expectIssues(
      () => ppdAmount({ injuryDate: '1999-03-01', ratings: ['20'] }, { schedule: bad }),
      [
        { path: ['options', 'schedule', 'to'], code: 'inconsistent' },
        { path: ['options', 'schedule', 'bands', 0, 'from'], code: 'inconsistent' },
        { path: ['options', 'schedule', 'bands', 1, 'from'], code: 'inconsistent' },
        { path: ['options', 'schedule', 'bands', 1, 'to'], code: 'inconsistent' },
        { path: ['options', 'schedule', 'bands', 2, 'to'], code: 'inconsistent' },
      ],
    );
    expectIssues(
      () =>
        ppdAmount(
          { injuryDate: '1999-03-01', ratings: ['20'] },
          { schedule: { ...OLD_SCHEDULE, bands: [{ from: '0', to: '100', amount: '1.005' }] } },
        ),
      [{ path: ['options', 'schedule', 'bands', 0, 'amount'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => ppdAmount({ injuryDate: '1999-03-01', ratings: ['20'] }, { schedule: { ...OLD_SCHEDULE, bands: [] } }),
      [{ path: ['options', 'schedule', 'bands'], code: 'empty_list' }],
    );
  });
});

describe('BEN-5 ppdAmount: explain', () => {
  it('BEN-5 BEN-6 steps: the combination, the band, the amount', () => {
    const r = ppdAmount({ injuryDate: '2024-03-01', ratings: ['20', '35'], preExisting: '10' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['BEN-6', 'BEN-5', 'BEN-5']);
    expect(r.steps?.map((s) => s.result.value)).toEqual(['48', '177870.00', '67590.60']);
  });
});

describe('ppdAmount: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(ppdAmountDefinition)).toMatchInlineSnapshot(`
      "BEN-6  Combined rating = A + B(1 - A) from the largest rating down (exact)
        Rating 1 (%)                                                        35
        Rating 2 (%)                                                        20
        ----------------------------------------------------------------------
        Combined rating (%)                                                 48

      BEN-5  Band of the combined rating in the PPD schedule for injuries 2023-10-01/2026-09-30 (RULES.md BEN-5 (Minn. Stat. § 176.101 subd. 2a; wcra.biz PPD schedules))
        Date of injury                                              2024-03-01
        Combined rating (%)                                                 48
        ----------------------------------------------------------------------
        Band 45.5 to less than 50.5: amount for 100%               $177,870.00

      BEN-5  PPD = (combined rating - pre-existing rating) / 100 x band amount, rounded to cents
        Combined rating (%)                                                 48
        Pre-existing rating (%)                                             10
        Payable rating (%)                                                  38
        Band amount (100%)                                       x $177,870.00
        ----------------------------------------------------------------------
        PPD amount                                                  $67,590.60"
    `);
  });
});
