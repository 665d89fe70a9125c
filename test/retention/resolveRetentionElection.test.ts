import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETENTION_LEVELS, resolveRetentionElection } from 'wcra-calc';
import { resolveRetentionElectionDefinition } from '../../src/retention/resolveRetentionElection.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, deepFreeze, expectInvalid, expectIssues } from './helpers.js';

type Level = (typeof RETENTION_LEVELS)[number];

describe('resolveRetentionElection', () => {
  it('RET-5 seed 003: a form on or before December 1 of the year before takes effect', () => {
    expect(
      resolveRetentionElection({
        coverageYear: 2025,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'super', submittedOn: '2024-11-15' },
      }),
    ).toStrictEqual({
      level: 'super',
      outcome: 'changed',
      reason:
        'The change from low to super was submitted on 2024-11-15, by the 2024-12-01 deadline: the super retention applies for 2025 (RET-5).',
    });
  });

  it('RET-5 exactly on December 1 is on time; December 2 is late', () => {
    const base = { coverageYear: 2025, memberType: 'insurer', currentLevel: 'high' } as const;
    expect(resolveRetentionElection({ ...base, request: { level: 'low', submittedOn: '2024-12-01' } }).outcome).toBe('changed');
    expect(resolveRetentionElection({ ...base, request: { level: 'low', submittedOn: '2024-12-02' } })).toStrictEqual({
      level: 'high',
      outcome: 'late',
      reason:
        'The form requesting the low retention was submitted on 2024-12-02, after the 2024-12-01 deadline: the high retention stays for 2025 (RET-5).',
    });
  });

  it('RET-5 no change during the coverage year: late, current level stays', () => {
    const r = resolveRetentionElection({
      coverageYear: 2025,
      memberType: 'insurer',
      currentLevel: 'jumbo',
      request: { level: 'low', submittedOn: '2025-03-01' },
    });
    expect(r).toStrictEqual({
      level: 'jumbo',
      outcome: 'late',
      reason:
        'The form requesting the low retention was submitted on 2025-03-01, after the 2024-12-01 deadline (no change during the year): the jumbo retention stays for 2025 (RET-5).',
    });
  });

  it('RET-5 no request: the current level stays', () => {
    expect(resolveRetentionElection({ coverageYear: 2022, memberType: 'self-insurer', currentLevel: 'super' })).toStrictEqual({
      level: 'super',
      outcome: 'unchanged',
      reason: 'No change request: the super retention stays for 2022 (RET-5).',
    });
  });

  it('RET-5 an on-time request for the level already in force is unchanged; a late one is late', () => {
    const base = { coverageYear: 2022, memberType: 'insurer', currentLevel: 'high' } as const;
    expect(resolveRetentionElection({ ...base, request: { level: 'high', submittedOn: '2021-11-30' } })).toStrictEqual({
      level: 'high',
      outcome: 'unchanged',
      reason: 'The request keeps the high retention for 2022 (RET-5).',
    });
    expect(resolveRetentionElection({ ...base, request: { level: 'high', submittedOn: '2022-06-01' } })).toStrictEqual({
      level: 'high',
      outcome: 'late',
      reason:
        'The form requesting the high retention was submitted on 2022-06-01, after the 2021-12-01 deadline (no change during the year): the high retention stays for 2022 (RET-5).',
    });
  });

  it('RET-6 a self-insurer raising its level needs Commerce approval', () => {
    const base = { coverageYear: 2024, memberType: 'self-insurer', currentLevel: 'low' } as const;
    expect(resolveRetentionElection({ ...base, request: { level: 'high', submittedOn: '2023-10-01' } })).toStrictEqual({
      level: 'low',
      outcome: 'approval-required',
      reason:
        'A self-insurer needs prior Commerce approval to raise its retention from low to high: the low retention stays for 2024 (RET-6).',
    });
    expect(
      resolveRetentionElection({ ...base, request: { level: 'high', submittedOn: '2023-10-01', commerceApproved: false } }).outcome,
    ).toBe('approval-required');
    const approved = resolveRetentionElection({ ...base, request: { level: 'jumbo', submittedOn: '2023-10-01', commerceApproved: true } });
    expect(approved).toStrictEqual({
      level: 'jumbo',
      outcome: 'changed',
      reason:
        'The change from low to jumbo was submitted on 2023-10-01, by the 2023-12-01 deadline: the jumbo retention applies for 2024 (RET-5, RET-6 approval given).',
    });
  });

  it('RET-6 a self-insurer decrease needs no approval; insurers never need it', () => {
    expect(
      resolveRetentionElection({
        coverageYear: 2024,
        memberType: 'self-insurer',
        currentLevel: 'super',
        request: { level: 'high', submittedOn: '2023-10-01' },
      }).outcome,
    ).toBe('changed');
    expect(
      resolveRetentionElection({
        coverageYear: 2024,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'jumbo', submittedOn: '2023-10-01' },
      }).level,
    ).toBe('jumbo');
  });

  it('RET-5 before RET-6: a late unapproved self-insurer increase is late', () => {
    const r = resolveRetentionElection({
      coverageYear: 2024,
      memberType: 'self-insurer',
      currentLevel: 'low',
      request: { level: 'high', submittedOn: '2023-12-15' },
    });
    expect(r.outcome).toBe('late');
    expect(r.level).toBe('low');
  });

  it('RET-8 a new member without a request: NO_ELECTION', () => {
    const error = catchWcra(() => resolveRetentionElection({ coverageYear: 2025, memberType: 'self-insurer' }));
    expect(error.code).toBe('NO_ELECTION');
    expect(error.details).toStrictEqual({ year: 2025, memberType: 'self-insurer' });
  });

  it('RET-8 a new member’s first election takes effect whatever its date (convention)', () => {
    expect(
      resolveRetentionElection({ coverageYear: 2025, memberType: 'self-insurer', request: { level: 'high', submittedOn: '2025-06-30' } }),
    ).toStrictEqual({
      level: 'high',
      outcome: 'changed',
      reason: 'First election of a new member: the high retention applies for 2025 (RET-8).',
    });
  });

  it('RET-2/RET-3 a level not offered in the coverage year: LEVEL_NOT_OFFERED', () => {
    const jumbo = catchWcra(() =>
      resolveRetentionElection({
        coverageYear: 2017,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'jumbo', submittedOn: '2016-11-01' },
      }),
    );
    expect(jumbo.code).toBe('LEVEL_NOT_OFFERED');
    expect(jumbo.details).toStrictEqual({ year: 2017, level: 'jumbo' });
    const sup = catchWcra(() =>
      resolveRetentionElection({
        coverageYear: 1995,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'super', submittedOn: '1994-11-01' },
      }),
    );
    expect(sup.code).toBe('LEVEL_NOT_OFFERED');
    expect(
      resolveRetentionElection({
        coverageYear: 2018,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'jumbo', submittedOn: '2017-12-01' },
      }).level,
    ).toBe('jumbo');
    expect(
      resolveRetentionElection({
        coverageYear: 1996,
        memberType: 'insurer',
        currentLevel: 'low',
        request: { level: 'super', submittedOn: '1995-12-01' },
      }).level,
    ).toBe('super');
  });

  it('RET-5 explain: one step with the deadline and the decision', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'self-insurer', currentLevel: 'low', request: { level: 'high', submittedOn: '2023-10-01' } },
      { explain: true },
    );
    expect(r.steps).toHaveLength(1);
    expect(r.steps?.[0]?.rule).toBe('RET-6');
    expect(r.steps?.[0]?.inputs.map((i) => i.value)).toStrictEqual([
      '2024',
      'self-insurer',
      'low',
      'high',
      '2023-10-01',
      '2023-12-01',
      'no',
    ]);
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Level in force (approval-required)', value: 'low', kind: 'text' });
    const none = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'insurer', request: { level: 'low', submittedOn: '2024-02-01' } },
      { explain: true },
    );
    expect(none.steps?.[0]?.inputs.map((i) => i.value)).toStrictEqual([
      '2024',
      'insurer',
      'none (new member)',
      'low',
      '2024-02-01',
      '2023-12-01',
    ]);
    const approved = resolveRetentionElection(
      {
        coverageYear: 2024,
        memberType: 'self-insurer',
        currentLevel: 'low',
        request: { level: 'high', submittedOn: '2023-10-01', commerceApproved: true },
      },
      { explain: true },
    );
    expect(approved.steps?.[0]?.inputs.at(-1)?.value).toBe('yes');
    const kept = resolveRetentionElection({ coverageYear: 2024, memberType: 'insurer', currentLevel: 'super' }, { explain: true });
    expect(kept.steps?.[0]).toStrictEqual({
      rule: 'RET-5',
      description: kept.reason,
      inputs: [
        { label: 'Coverage year', value: '2024', kind: 'number' },
        { label: 'Member type', value: 'insurer', kind: 'text' },
        { label: 'Level in force', value: 'super', kind: 'text' },
      ],
      result: { label: 'Level in force (unchanged)', value: 'super', kind: 'text' },
    });
  });

  describe('properties', () => {
    const level = fc.constantFrom<Level>(...RETENTION_LEVELS);
    const day = fc.integer({ min: 0, max: 800 });
    it('RET-5/RET-6 the level is always either the current or the requested one, and matches the outcome', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2018, max: 2030 }),
          fc.constantFrom('insurer', 'self-insurer' as const),
          level,
          level,
          day,
          fc.option(fc.boolean(), { nil: undefined }),
          (coverageYear, memberType, currentLevel, requested, offset, approved) => {
            const month = 1 + (offset % 12);
            const submittedOn = `${coverageYear - 1 + Math.floor(offset / 400)}-${String(month).padStart(2, '0')}-${String(1 + (offset % 28)).padStart(2, '0')}`;
            const request =
              approved === undefined ? { level: requested, submittedOn } : { level: requested, submittedOn, commerceApproved: approved };
            const r = resolveRetentionElection({ coverageYear, memberType, currentLevel, request });
            const onTime = submittedOn <= `${coverageYear - 1}-12-01`;
            if (r.outcome === 'changed') expect([r.level, onTime]).toStrictEqual([requested, true]);
            else expect(r.level).toBe(currentLevel);
            if (r.outcome === 'late') expect(onTime).toBe(false);
            if (r.outcome === 'approval-required') expect(memberType).toBe('self-insurer');
            if (memberType === 'insurer' && onTime) expect(r.level).toBe(requested);
          },
        ),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({
      coverageYear: 2024,
      memberType: 'self-insurer' as const,
      currentLevel: 'low' as const,
      request: { level: 'high' as const, submittedOn: '2023-10-01', commerceApproved: true },
    });
    expect(resolveRetentionElection(input, deepFreeze({ explain: true })).level).toBe('high');
    expect(input.request).toStrictEqual({ level: 'high', submittedOn: '2023-10-01', commerceApproved: true });
  });

  describe('bad input → INVALID_INPUT', () => {
    it('null, missing fields, unknown member type', () => {
      expectInvalid(() => resolveRetentionElection(null as never), []);
      expectInvalid(() => resolveRetentionElection({ coverageYear: 2024 } as never), ['memberType']);
      expectInvalid(() => resolveRetentionElection({ coverageYear: 2024, memberType: 'captive' as never }), ['memberType']);
      expectInvalid(() => resolveRetentionElection({ coverageYear: 2024, memberType: 'insurer', request: null as never }), ['request']);
    });

    it("unknown level, '2019-02-30', non-boolean approval", () => {
      expectInvalid(
        () => resolveRetentionElection({ coverageYear: 2024, memberType: 'insurer', currentLevel: 'mega' as never }),
        ['currentLevel'],
      );
      expectInvalid(
        () =>
          resolveRetentionElection({
            coverageYear: 2020,
            memberType: 'insurer',
            currentLevel: 'low',
            request: { level: 'high', submittedOn: '2019-02-30' },
          }),
        ['request', 'submittedOn'],
      );
      expectIssues(
        () =>
          resolveRetentionElection({
            coverageYear: 2020,
            memberType: 'self-insurer',
            currentLevel: 'low',
            request: { level: 'high', submittedOn: '2019-02-03', commerceApproved: 'yes' as never },
          }),
        [{ path: ['request', 'commerceApproved'], code: 'wrong_type' }],
      );
    });
  });
});

describe('resolveRetentionElection: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(resolveRetentionElectionDefinition)).toMatchInlineSnapshot(`
      "RET-5  The change from low to high was submitted on 2024-12-01, by the 2024-12-01 deadline: the high retention applies for 2025 (RET-5).
        Coverage year                                                     2025
        Member type                                                    insurer
        Level in force                                                     low
        Requested level                                                   high
        Submitted on                                                2024-12-01
        Deadline                                                    2024-12-01
        ----------------------------------------------------------------------
        Level in force (changed)                                          high"
    `);
  });
});
