import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableRetention, RETENTION_LEVELS } from 'wcra-calc';
import { applicableRetentionDefinition } from '../../src/retention/applicableRetention.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, deepFreeze, expectInvalid, expectIssues } from './helpers.js';

const elections = [
  { year: 2017, level: 'super' },
  { year: 2018, level: 'jumbo' },
  { year: 2019, level: 'high' },
] as const;

describe('applicableRetention', () => {
  it('RET-4 seed 003: the retention of the injury year applies, whenever the claim is reported', () => {
    expect(applicableRetention({ injuryDate: '2018-07-15', elections })).toStrictEqual({ year: 2018, level: 'jumbo', limit: '5000000.00' });
    expect(applicableRetention({ injuryDate: '2019-03-01', elections })).toStrictEqual({ year: 2019, level: 'high', limit: '1000000.00' });
  });

  it('RET-4 year boundaries: December 31 and January 1 belong to their own years', () => {
    expect(applicableRetention({ injuryDate: '2017-12-31', elections }).level).toBe('super');
    expect(applicableRetention({ injuryDate: '2018-01-01', elections }).level).toBe('jumbo');
    expect(applicableRetention({ injuryDate: '2019-12-31', elections }).limit).toBe('1000000.00');
  });

  it('RET-4 leap day is a valid injury date', () => {
    const r = applicableRetention({ injuryDate: '2020-02-29', elections: [{ year: 2020, level: 'low' }] });
    expect(r).toStrictEqual({ year: 2020, level: 'low', limit: '500000.00' });
  });

  it('RET-4 no election for the injury year: NO_ELECTION, never borrowed from another year', () => {
    const error = catchWcra(() => applicableRetention({ injuryDate: '2020-06-30', elections }));
    expect(error.code).toBe('NO_ELECTION');
    expect(error.details).toStrictEqual({ year: 2020 });
    const empty = catchWcra(() => applicableRetention({ injuryDate: '2020-06-30', elections: [] }));
    expect(empty.code).toBe('NO_ELECTION');
    expect(empty.details).toStrictEqual({ year: 2020 });
  });

  it('RET-2 jumbo elected for 2017: LEVEL_NOT_OFFERED', () => {
    const error = catchWcra(() => applicableRetention({ injuryDate: '2017-05-05', elections: [{ year: 2017, level: 'jumbo' }] }));
    expect(error.code).toBe('LEVEL_NOT_OFFERED');
    expect(error.details).toStrictEqual({ year: 2017, level: 'jumbo' });
  });

  it('RET-2 a year without limits: UNKNOWN_YEAR unless the caller table has it', () => {
    const e = [{ year: 2030, level: 'high' }] as const;
    expect(catchWcra(() => applicableRetention({ injuryDate: '2030-01-10', elections: e })).code).toBe('UNKNOWN_YEAR');
    const r = applicableRetention({ injuryDate: '2030-01-10', elections: e }, { retentionTable: [{ year: 2030, low: '550000' }] });
    expect(r).toStrictEqual({ year: 2030, level: 'high', limit: '1100000.00' });
  });

  it('RET-3 super before 1996 is not offered', () => {
    const error = catchWcra(() =>
      applicableRetention(
        { injuryDate: '1994-04-04', elections: [{ year: 1994, level: 'super' }] },
        { retentionTable: [{ year: 1994, low: '100000' }] },
      ),
    );
    expect(error.code).toBe('LEVEL_NOT_OFFERED');
  });

  it('RET-4 explain: the year rule and the limit lookup', () => {
    const r = applicableRetention({ injuryDate: '2019-03-01', elections }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['RET-4', 'RET-2']);
    expect(r.steps?.[0]?.inputs[0]).toStrictEqual({ label: 'Date of injury', value: '2019-03-01', kind: 'date' });
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Retention limit', value: '1000000.00', kind: 'money' });
    const old = applicableRetention(
      { injuryDate: '2001-03-01', elections: [{ year: 2001, level: 'low' }] },
      { explain: true, retentionTable: [{ year: 2001, low: '300000' }] },
    );
    expect(old.steps?.[1]?.rule).toBe('RET-3');
  });

  describe('properties', () => {
    it('RET-4 the result is the election of the injury year, for any date in 2018–2025', () => {
      const all = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({
        year,
        level: RETENTION_LEVELS[i % 4] as (typeof RETENTION_LEVELS)[number],
      }));
      const limits = { low: '500000.00', high: '1000000.00', super: '2000000.00', jumbo: '5000000.00' };
      fc.assert(
        fc.property(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
          const injuryDate = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const r = applicableRetention({ injuryDate, elections: all });
          const level = all.find((e) => e.year === y)?.level ?? 'low';
          expect(r).toStrictEqual({ year: y, level, limit: limits[level] });
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ injuryDate: '2018-02-02', elections: [...elections.map((e) => ({ ...e }))] });
    expect(applicableRetention(input, deepFreeze({ explain: true })).level).toBe('jumbo');
    expect(input.elections[0]).toStrictEqual({ year: 2017, level: 'super' });
  });

  describe('bad input → INVALID_INPUT', () => {
    it('null and wrong shapes', () => {
      expectInvalid(() => applicableRetention(null as never), []);
      expectInvalid(() => applicableRetention({ injuryDate: '2019-01-01' } as never), ['elections']);
      expectInvalid(() => applicableRetention({ injuryDate: '2019-01-01', elections: null as never }), ['elections']);
      expectInvalid(() => applicableRetention({ injuryDate: '2019-01-01', elections: [null as never] }), ['elections', 0]);
    });

    it("'2019-02-30' and other impossible dates", () => {
      expectIssues(() => applicableRetention({ injuryDate: '2019-02-30', elections }), [{ path: ['injuryDate'], code: 'not_a_date' }]);
      expectInvalid(() => applicableRetention({ injuryDate: '2019-2-3', elections }), ['injuryDate']);
      expectInvalid(() => applicableRetention({ injuryDate: 20190101 as never, elections }), ['injuryDate']);
    });

    it('unknown level, bad year, duplicate year', () => {
      expectIssues(
        () => applicableRetention({ injuryDate: '2019-01-01', elections: [{ year: 2019, level: 'mega' as never }] }),
        [{ path: ['elections', 0, 'level'], code: 'not_one_of' }],
      );
      expectInvalid(
        () => applicableRetention({ injuryDate: '2019-01-01', elections: [{ year: '2019' as never, level: 'low' }] }),
        ['elections', 0, 'year'],
      );
      const dup = [
        { year: 2019, level: 'low' },
        { year: 2019, level: 'high' },
      ] as const;
      expectIssues(
        () => applicableRetention({ injuryDate: '2019-01-01', elections: dup }),
        [{ path: ['elections', 1, 'year'], code: 'duplicate' }],
      );
      expectInvalid(
        () => applicableRetention({ injuryDate: '2019-01-01', elections }, { retentionTable: 'x' as never }),
        ['options', 'retentionTable'],
      );
    });
  });
});

describe('applicableRetention: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(applicableRetentionDefinition)).toMatchInlineSnapshot(`
      "RET-4  The retention in force in the injury year applies, whenever the claim is reported
        Date of injury                                              2019-12-31
        Coverage year                                                     2019
        ----------------------------------------------------------------------
        Retention level in force                                         super

      RET-2  super retention limit, 2019
        Retention level                                                  super
        Coverage year                                                     2019
        ----------------------------------------------------------------------
        Retention limit                                          $2,000,000.00"
    `);
  });
});
