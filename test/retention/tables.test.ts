// One schema per caller table (issue 14 item 3): the rate table and the retention table are
// checked the same way by every function that takes one. RULES: RET-2, RET-3, PRM-2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableRetention,
  compareRetentionLevels,
  hybridTrueUp,
  RateTableSchema,
  RetentionTableSchema,
  reimbursementRun,
  reinsurancePremium,
  retentionLimits,
} from 'wcra-calc';
import { CheckedRetentionTableSchema } from '../../src/retention/retentionLimits.js';
import { expectIssues } from '../helpers.js';

type Call = (table: unknown) => unknown;

/** Every function that takes a caller retention table, called for 2030 with the table given. */
const RETENTION_CALLERS: ReadonlyArray<[string, Call]> = [
  ['retentionLimits', (t) => retentionLimits({ year: 2030 }, { retentionTable: t as never })],
  [
    'applicableRetention',
    (t) => applicableRetention({ injuryDate: '2030-05-01', elections: [{ year: 2030, level: 'low' }] }, { retentionTable: t as never }),
  ],
  [
    'reimbursementRun',
    (t) =>
      reimbursementRun({
        claims: [{ claimId: 'A', memberId: 'M1', employeeId: 'E1', injuryDate: '2030-05-01', kind: 'injury', paid: '600000' }],
        elections: [{ memberId: 'M1', year: 2030, level: 'low' }],
        retentionTable: t as never,
      }),
  ],
  [
    'compareRetentionLevels',
    (t) =>
      compareRetentionLevels(
        { year: 2030, exposure: '1000000', occurrenceLosses: ['600000'] },
        {
          retentionTable: t as never,
          rateTable: [{ year: 2030, low: '0.08', high: '0.05', super: '0.025', jumbo: '0.011' }],
        },
      ),
  ],
];

/** Where each function reports its retention table's issues. */
const retentionPath = (name: string): Array<string | number> =>
  name === 'reimbursementRun' ? ['retentionTable'] : ['options', 'retentionTable'];

const EXPOSURE = { exposure: '12000000', memberType: 'insurer' } as const;
const PAYROLL = [{ classCode: '8810', amount: '40000000' }];

/** Every function that takes a caller rate table, asking for `year` at the low level. */
const RATE_CALLERS: ReadonlyArray<[string, (table: unknown, year: number) => unknown]> = [
  ['reinsurancePremium', (t, year) => reinsurancePremium({ ...EXPOSURE, year, level: 'low' }, { rateTable: t as never })],
  [
    'hybridTrueUp',
    (t, year) =>
      hybridTrueUp(
        {
          coverageYear: year,
          level: 'low',
          estimatedPayroll: PAYROLL,
          auditedPayroll: PAYROLL,
          pureRates: [{ classCode: '8810', rate: '0.15' }],
          estimatedMod: '1',
          finalMod: '1',
        },
        { rateTable: t as never },
      ),
  ],
  [
    'compareRetentionLevels',
    (t, year) =>
      compareRetentionLevels(
        { year, exposure: '1000000', occurrenceLosses: ['600000'] },
        { rateTable: t as never, retentionTable: [{ year, low: '500000', high: '700000' }] },
      ),
  ],
];

describe('one retention table schema', () => {
  it('is the one schema: the retention functions import the rules schema itself', () => {
    expect(CheckedRetentionTableSchema).toBe(RetentionTableSchema);
  });

  it.each(RETENTION_CALLERS)('RET-2 %s refuses a year listed twice (duplicate at the second entry)', (name, call) => {
    const table = [
      { year: 2030, low: '500000' },
      { year: 2030, low: '600000' },
    ];
    expectIssues(() => call(table), [{ path: [...retentionPath(name), 1, 'year'], code: 'duplicate' }]);
  });

  it.each(RETENTION_CALLERS)('RET-2 %s refuses limits that fall from level to level (inconsistent)', (name, call) => {
    const table = [{ year: 2030, low: '500000', high: '400000', super: '2000000', jumbo: '5000000' }];
    expectIssues(() => call(table), [{ path: [...retentionPath(name), 0, 'high'], code: 'inconsistent' }]);
    const derived = [{ year: 2030, low: '500000', super: '900000' }]; // high derived 1,000,000 > super
    expectIssues(() => call(derived), [{ path: [...retentionPath(name), 0, 'super'], code: 'inconsistent' }]);
  });

  it.each(RETENTION_CALLERS)('RET-2 %s accepts a 2030 entry giving only low', (_name, call) => {
    expect(() => call([{ year: 2030, low: '500000' }])).not.toThrow();
  });

  it('RET-2 from 2018 an entry with only low derives high, super and jumbo = 10 × low', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2200 }), fc.integer({ min: 1, max: 10_000_000 }), (year, low) => {
        const { limits } = retentionLimits({ year }, { retentionTable: [{ year, low: String(low) }] });
        const c = (n: number) => `${n}.00`;
        expect(limits).toStrictEqual({ low: c(low), high: c(2 * low), super: c(4 * low), jumbo: c(10 * low) });
      }),
    );
  });

  it('RET-3 before 2018 no jumbo is derived; before 1996 two levels', () => {
    expect(retentionLimits({ year: 2017 }, { retentionTable: [{ year: 2017, low: '500000' }] }).limits).toStrictEqual({
      low: '500000.00',
      high: '1000000.00',
      super: '2000000.00',
    });
    expect(retentionLimits({ year: 1995 }, { retentionTable: [{ year: 1995, low: '180000' }] }).limits).toStrictEqual({
      low: '180000.00',
      high: '380000.00',
    });
  });

  it('RET-2 a jumbo member’s claim in a caller year given only low is reimbursed above 10 × low (was LEVEL_NOT_OFFERED)', () => {
    const run = reimbursementRun({
      claims: [{ claimId: 'A', memberId: 'M1', employeeId: 'E1', injuryDate: '2026-02-01', kind: 'injury', paid: '5200000' }],
      elections: [{ memberId: 'M1', year: 2026, level: 'jumbo' }],
      retentionTable: [{ year: 2026, low: '500000' }],
    });
    expect([run.occurrences[0]?.retention, run.totals.reimbursable]).toStrictEqual(['5000000.00', '200000.00']);
    const applied = applicableRetention(
      { injuryDate: '2026-02-01', elections: [{ year: 2026, level: 'jumbo' }] },
      { retentionTable: [{ year: 2026, low: '500000' }] },
    );
    expect(applied.limit).toBe('5000000.00');
  });
});

describe('one rate table schema', () => {
  const RATES = { low: '0.08', high: '0.05', super: '0.025' };

  it.each(RATE_CALLERS)('PRM-2 %s refuses a year listed twice', (_name, call) => {
    const e = expectIssues(
      () =>
        call(
          [
            { year: 2030, ...RATES },
            { year: 2030, ...RATES, low: '0.09' },
          ],
          2030,
        ),
      [{ path: ['options', 'rateTable', 1, 'year'], code: 'duplicate' }],
    );
    expect(e.issues.length).toBeGreaterThan(0);
  });

  it.each(RATE_CALLERS)('PRM-2 %s: an entry from 1996 on needs super (required)', (_name, call) => {
    expectIssues(
      () => call([{ year: 2030, low: '0.08', high: '0.05' }], 2030),
      [{ path: ['options', 'rateTable', 0, 'super'], code: 'required' }],
    );
  });

  it.each(RATE_CALLERS.filter(([n]) => n !== 'compareRetentionLevels'))(
    'RET-3 %s: an entry before 1996 needs no super, and its low rate is used',
    (_name, call) => {
      expect(() => call([{ year: 1990, low: '0.08', high: '0.05' }], 1990)).not.toThrow();
    },
  );

  it('RET-3 a rate table entry before 1996 without super: the low rate applies, super is LEVEL_NOT_OFFERED', () => {
    const table = [{ year: 1990, low: '0.08', high: '0.05' }];
    expect(reinsurancePremium({ ...EXPOSURE, year: 1990, level: 'low' }, { rateTable: table }).premium).toBe('960000.00');
    expect(() => reinsurancePremium({ ...EXPOSURE, year: 1990, level: 'super' }, { rateTable: table })).toThrow(
      expect.objectContaining({ code: 'LEVEL_NOT_OFFERED' }),
    );
  });

  it('the schemas are exported for any function that takes a table', () => {
    expect(typeof RateTableSchema).toBe('object');
    expect(typeof RetentionTableSchema).toBe('object');
  });
});
