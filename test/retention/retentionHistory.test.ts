// retentionHistory (issue 14 item 19): levels year by year from the first election and the
// change forms. RULES: RET-5, RET-6, RET-8
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableRetention,
  RETENTION_TABLE,
  type RetentionLevel,
  reimbursementRun,
  resolveRetentionElection,
  retentionHistory,
  retentionHistoryDefinition,
} from 'wcra-calc';
import { deepFreeze, expectIssues, expectWcraError } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const LEVELS = ['low', 'high', 'super', 'jumbo'] as const;

describe('retentionHistory', () => {
  it('RET-5 RET-6 RET-8 the documented example: approved increase, unapproved increase, late decrease', () => {
    const h = retentionHistory(retentionHistoryDefinition.example as never);
    expect(h.elections).toStrictEqual([
      { year: 2021, level: 'low' },
      { year: 2022, level: 'high' },
      { year: 2023, level: 'high' },
      { year: 2024, level: 'high' },
    ]);
    expect(h.decisions.map((d) => [d.form, d.coverageYear, d.requestedLevel, d.outcome, d.level])).toStrictEqual([
      [0, 2022, 'high', 'changed', 'high'],
      [1, 2023, 'super', 'approval-required', 'high'],
      [2, 2024, 'low', 'late', 'high'],
    ]);
  });

  it('RET-8 no forms: the first level for every year; memberId is carried into each election', () => {
    const h = retentionHistory({
      memberType: 'insurer',
      memberId: 'M1',
      firstYear: 2019,
      firstLevel: 'jumbo',
      changeForms: [],
      throughYear: 2021,
    });
    expect(h).toStrictEqual({
      elections: [2019, 2020, 2021].map((year) => ({ memberId: 'M1', year, level: 'jumbo' })),
      decisions: [],
    });
  });

  it('RET-5 December 1 is on time, December 2 is late; forms are applied in the order sent', () => {
    const base = { memberType: 'insurer', firstYear: 2020, firstLevel: 'low', throughYear: 2022 } as const;
    const onTime = retentionHistory({ ...base, changeForms: [{ level: 'super', submittedOn: '2020-12-01' }] });
    expect(onTime.elections.map((e) => e.level)).toStrictEqual(['low', 'super', 'super']);
    const late = retentionHistory({ ...base, changeForms: [{ level: 'super', submittedOn: '2020-12-02' }] });
    expect(late.elections.map((e) => e.level)).toStrictEqual(['low', 'low', 'low']);
    expect(late.decisions[0]?.outcome).toBe('late');
    const two = retentionHistory({
      ...base,
      changeForms: [
        { level: 'high', submittedOn: '2020-11-20' },
        { level: 'super', submittedOn: '2020-06-01' },
      ],
    });
    expect(two.decisions.map((d) => d.form)).toStrictEqual([1, 0]);
    expect(two.elections[1]?.level).toBe('high');
  });

  it('RET-6 approval counts on or before January 1 of the year; insurers and decreases need none', () => {
    const si = { memberType: 'self-insurer', firstYear: 2020, firstLevel: 'low', throughYear: 2021 } as const;
    const form = { level: 'high', submittedOn: '2020-11-01' } as const;
    const level = (approvedOn?: string) =>
      retentionHistory({ ...si, changeForms: [approvedOn === undefined ? form : { ...form, approvedOn }] }).elections[1]?.level;
    expect([level('2021-01-01'), level('2021-01-02'), level()]).toStrictEqual(['high', 'low', 'low']);
    expect(retentionHistory({ ...si, memberType: 'insurer', changeForms: [form] }).elections[1]?.level).toBe('high');
    const down = retentionHistory({ ...si, firstLevel: 'super', changeForms: [{ level: 'low', submittedOn: '2020-11-01' }] });
    expect(down.elections[1]?.level).toBe('low');
  });

  it('a form for a year after throughYear is listed as after-history and changes nothing', () => {
    const h = retentionHistory({
      memberType: 'insurer',
      firstYear: 2020,
      firstLevel: 'low',
      changeForms: [{ level: 'high', submittedOn: '2021-03-01' }],
      throughYear: 2021,
    });
    expect(h.elections.map((e) => e.level)).toStrictEqual(['low', 'low']);
    expect(h.decisions).toMatchObject([{ form: 0, coverageYear: 2022, outcome: 'after-history', level: null }]);
  });

  it('bad input → INVALID_INPUT with codes; levels not offered → LEVEL_NOT_OFFERED', () => {
    const base = { memberType: 'insurer', firstYear: 2020, firstLevel: 'low', changeForms: [], throughYear: 2022 } as const;
    expectIssues(() => retentionHistory({ ...base, throughYear: 2019 }), [{ path: ['throughYear'], code: 'inconsistent' }]);
    expectIssues(
      () => retentionHistory({ ...base, changeForms: [{ level: 'high', submittedOn: '2019-11-01' }] }),
      [{ path: ['changeForms', 0, 'submittedOn'], code: 'out_of_range' }],
    );
    expectIssues(() => retentionHistory({ ...base, firstLevel: 'mega' as never }), [{ path: ['firstLevel'], code: 'not_one_of' }]);
    expectIssues(
      () => retentionHistory({ ...base, changeForms: [{ level: 'high', submittedOn: '2020-11-01', approvedOn: '2020-02-30' }] }),
      [{ path: ['changeForms', 0, 'approvedOn'], code: 'not_a_date' }],
    );
    expectIssues(() => retentionHistory({ ...base, memberType: 'mutual' as never }), [{ path: ['memberType'], code: 'not_one_of' }]);
    expectWcraError(() => retentionHistory({ ...base, firstYear: 2017, firstLevel: 'jumbo' }), 'LEVEL_NOT_OFFERED');
    expectWcraError(
      () => retentionHistory({ ...base, firstYear: 2015, changeForms: [{ level: 'jumbo', submittedOn: '2016-10-01' }] }),
      'LEVEL_NOT_OFFERED',
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(retentionHistoryDefinition.example));
    const copy = structuredClone(input);
    retentionHistory(input as never);
    expect(input).toStrictEqual(copy);
  });

  it('RET-5 RET-6 RET-8 explain: the first election, then one step per form', () => {
    const r = retentionHistory(retentionHistoryDefinition.example as never, { explain: true });
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([
      ['RET-8', 'low'],
      ['RET-6', 'high'],
      ['RET-6', 'high'],
      ['RET-5', 'high'],
    ]);
  });

  describe('differential', () => {
    const arbForm = fc.record({
      level: fc.constantFrom(...LEVELS),
      submittedOn: fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
      approved: fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }),
    });
    const pad = (n: number) => String(n).padStart(2, '0');
    const arbHistory = fc.record({
      memberType: fc.constantFrom('insurer', 'self-insurer') as fc.Arbitrary<'insurer' | 'self-insurer'>,
      firstLevel: fc.constantFrom(...LEVELS),
      forms: fc.array(arbForm, { maxLength: 8 }),
      extra: fc.integer({ min: 0, max: 8 }),
    });
    type History = typeof arbHistory extends fc.Arbitrary<infer T> ? T : never;
    const toInput = (h: History) => {
      const changeForms = h.forms.map((f) => {
        const [y, m, d] = f.submittedOn;
        const submittedOn = `${y}-${pad(m)}-${pad(d)}`;
        const approvedOn =
          f.approved === undefined ? undefined : `${y + (f.approved > 0 ? 1 : 0)}-01-${pad(Math.min(28, Math.abs(f.approved) || 1))}`;
        return approvedOn === undefined ? { level: f.level, submittedOn } : { level: f.level, submittedOn, approvedOn };
      });
      return { memberType: h.memberType, firstYear: 2018, firstLevel: h.firstLevel, changeForms, throughYear: 2018 + h.extra };
    };

    it('RET-5 RET-6 each year is resolveRetentionElection folded over that year’s forms, in the order sent', () => {
      fc.assert(
        fc.property(arbHistory, (h) => {
          const input = toInput(h);
          const result = retentionHistory(input);
          let level: RetentionLevel = input.firstLevel;
          expect(result.elections[0]?.level).toBe(level);
          const sorted = input.changeForms
            .map((f, i) => ({ f, i }))
            .sort((a, b) => (a.f.submittedOn < b.f.submittedOn ? -1 : a.f.submittedOn > b.f.submittedOn ? 1 : a.i - b.i));
          for (let year = input.firstYear + 1; year <= input.throughYear; year++) {
            for (const { f } of sorted.filter(({ f }) => Number(f.submittedOn.slice(0, 4)) + 1 === year)) {
              const commerceApproved = f.approvedOn !== undefined && f.approvedOn <= `${year}-01-01`;
              const request = { level: f.level, submittedOn: f.submittedOn, commerceApproved };
              level = resolveRetentionElection({ coverageYear: year, memberType: input.memberType, currentLevel: level, request }).level;
            }
            expect(result.elections[year - input.firstYear]).toStrictEqual({ year, level });
          }
          expect(result.decisions).toHaveLength(input.changeForms.length);
        }),
      );
    });

    it('RET-4 the elections feed applicableRetention and reimbursementRun: the injury year’s level applies', () => {
      fc.assert(
        fc.property(arbHistory, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 12 }), (h, offset, month) => {
          const input = toInput(h);
          const year = input.firstYear + Math.min(offset, input.throughYear - input.firstYear);
          const injuryDate = `${year}-${pad(month)}-15`;
          const history = retentionHistory({ ...input, memberId: 'M1' });
          const expected = history.elections.find((e) => e.year === year)?.level;
          const { memberId: _m, ...plain } = history.elections[0] as { memberId?: string };
          expect(plain).toStrictEqual(retentionHistory(input).elections[0]);
          const claims = [{ claimId: 'A', memberId: 'M1', employeeId: 'E1', injuryDate, kind: 'injury', paid: '6000000' }] as const;
          const applying = () => applicableRetention({ injuryDate, elections: retentionHistory(input).elections });
          const running = () => reimbursementRun({ claims, elections: history.elections as never });
          if (!RETENTION_TABLE.some((row) => row.year === year)) {
            // a year past the built-in table: both refuse it the same way (RET-2, no silent fallback)
            expectWcraError(applying, 'UNKNOWN_YEAR');
            expectWcraError(running, 'UNKNOWN_YEAR');
            return;
          }
          const applied = applying();
          expect(applied.level).toBe(expected);
          const run = running();
          expect([run.occurrences[0]?.level, run.occurrences[0]?.retention]).toStrictEqual([expected, applied.limit]);
        }),
      );
    });
  });
});

describe('retentionHistory: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(retentionHistoryDefinition)).toMatchInlineSnapshot(`
      "RET-8  First election of a new member: the low retention for 2021
        First coverage year                                               2021
        ----------------------------------------------------------------------
        Level in force 2021                                                low

      RET-6  The change from low to high was submitted on 2021-11-15, by the 2021-12-01 deadline: the high retention applies for 2022 (RET-5, RET-6 approval given).
        Form                                                                 0
        Requested level                                                   high
        ----------------------------------------------------------------------
        Level in force 2022 (changed)                                     high

      RET-6  A self-insurer needs prior Commerce approval to raise its retention from high to super: the high retention stays for 2023 (RET-6).
        Form                                                                 1
        Requested level                                                  super
        ----------------------------------------------------------------------
        Level in force 2023 (approval-required)                           high

      RET-5  The form requesting the low retention was submitted on 2023-12-05, after the 2023-12-01 deadline: the high retention stays for 2024 (RET-5).
        Form                                                                 2
        Requested level                                                    low
        ----------------------------------------------------------------------
        Level in force 2024 (late)                                        high"
    `);
  });
});
