import { describe, expect, it } from 'vitest';
import { applicableRetention, checkAffiliateElections, compareRetentionLevels, resolveRetentionElection, retentionLimits } from 'wcra-calc';
import { catchWcra, expectIssues, stepValues } from './helpers.js';

// Whole explain traces written out: every rule, label, value and kind (the wording of the step
// descriptions is checked once, by test/worksheets.test.ts; issues by their codes).

describe('retention traces', () => {
  it('RET-4 RET-2 applicableRetention explain for 2016 (first RET-2 year): both steps in full', () => {
    const r = applicableRetention({ injuryDate: '2016-05-05', elections: [{ year: 2016, level: 'high' }] }, { explain: true });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 2016,
      level: 'high',
      limit: '1000000.00',
      steps: [
        {
          rule: 'RET-4',
          inputs: [
            { label: 'Date of injury', value: '2016-05-05', kind: 'date' },
            { label: 'Coverage year', value: '2016', kind: 'number' },
          ],
          result: { label: 'Retention level in force', value: 'high', kind: 'text' },
        },
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Retention level', value: 'high', kind: 'text' },
            { label: 'Coverage year', value: '2016', kind: 'number' },
          ],
          result: { label: 'Retention limit', value: '1000000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-4 NO_ELECTION lists the covered years in ascending order whatever the input order', () => {
    const error = catchWcra(() =>
      applicableRetention({
        injuryDate: '2020-06-30',
        elections: [
          { year: 2019, level: 'low' },
          { year: 2017, level: 'low' },
          { year: 2018, level: 'low' },
        ],
      }),
    );
    expect(error.code).toBe('NO_ELECTION');
    // The years are values in the message: checked as a list, not the wording around it.
    expect(error.message).toContain('2017, 2018, 2019');
  });

  it('RET-7 checkAffiliateElections explain: one step per group, in full', () => {
    const r = checkAffiliateElections(
      {
        members: [
          { memberId: 'A', groupId: 'G', level: 'low' },
          { memberId: 'B', groupId: 'G', level: 'high' },
          { memberId: 'C', groupId: 'H', level: 'low' },
        ],
      },
      { explain: true },
    );
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'RET-7',
        inputs: [
          { label: 'Members', value: 'A, B', kind: 'text' },
          { label: 'Levels elected', value: 'low, high', kind: 'text' },
        ],
        result: { label: 'Same level', value: 'no (violation)', kind: 'text' },
      },
      {
        rule: 'RET-7',
        inputs: [
          { label: 'Members', value: 'C', kind: 'text' },
          { label: 'Levels elected', value: 'low', kind: 'text' },
        ],
        result: { label: 'Same level', value: 'yes', kind: 'text' },
      },
    ]);
  });

  it('RET-10 RET-1 PRM-1 PRM-6 compareRetentionLevels explain for a self-insurer, a loss exactly at the low limit', () => {
    // exposure 100,000; losses 500,000 (= low limit, not above it) and 1,200,000; caller rates.
    // low: premium 100,000 x 0.1 = 10,000.00, tax 2% = 200.00, retained 500,000 + 500,000, reimbursed 700,000, net 1,010,200.
    // high: premium 5,000.00, tax 100.00, retained 500,000 + 1,000,000, reimbursed 200,000, net 1,505,100.
    // super: premium 2,000.00, tax 40.00, retained 1,700,000, reimbursed 0, net 1,702,040.
    const r = compareRetentionLevels(
      { year: 2017, exposure: '100000', occurrenceLosses: ['500000', '1200000'], memberType: 'self-insurer' },
      { explain: true, rateTable: [{ year: 2017, low: '0.1', high: '0.05', super: '0.02' }] },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      options: [
        {
          level: 'low',
          limit: '500000.00',
          rate: '0.1',
          premium: '10000.00',
          tax: '200.00',
          retainedLosses: '1000000.00',
          reimbursedLosses: '700000.00',
          netCost: '1010200.00',
          addedLiabilityPerOccurrence: '0.00',
        },
        {
          level: 'high',
          limit: '1000000.00',
          rate: '0.05',
          premium: '5000.00',
          tax: '100.00',
          retainedLosses: '1500000.00',
          reimbursedLosses: '200000.00',
          netCost: '1505100.00',
          addedLiabilityPerOccurrence: '500000.00',
        },
        {
          level: 'super',
          limit: '2000000.00',
          rate: '0.02',
          premium: '2000.00',
          tax: '40.00',
          retainedLosses: '1700000.00',
          reimbursedLosses: '0.00',
          netCost: '1702040.00',
          addedLiabilityPerOccurrence: '1500000.00',
        },
      ],
      steps: expect.any(Array),
    });
    expect(r.steps?.map((st) => [st.rule, st.result.value])).toStrictEqual([
      ['RET-2', '500000.00'],
      ['RET-10', '1700000.00'],
      ['PRM-2', '0.1'],
      ['PRM-1', '10000.00'],
      ['PRM-6', '200.00'],
      ['RET-1', '1000000.00'],
      ['RET-10', '1010200.00'],
      ['PRM-2', '0.05'],
      ['PRM-1', '5000.00'],
      ['PRM-6', '100.00'],
      ['RET-1', '1500000.00'],
      ['RET-10', '1505100.00'],
      ['PRM-2', '0.02'],
      ['PRM-1', '2000.00'],
      ['PRM-6', '40.00'],
      ['RET-1', '1700000.00'],
      ['RET-10', '1702040.00'],
    ]);
    expect(r.steps?.[2]?.inputs.map((i) => i.value)).toStrictEqual(['2017', 'low']);
  });

  it('PRM-2 compareRetentionLevels: a rate table listing a year twice is refused: duplicate at the second year', () => {
    const table = { year: 2017, low: '0.1', high: '0.05', super: '0.02' };
    expectIssues(
      () => compareRetentionLevels({ year: 2017, exposure: '1', occurrenceLosses: [] }, { rateTable: [table, table] }),
      [{ path: ['options', 'rateTable', 1, 'year'], code: 'duplicate' }],
    );
  });

  it('RET-2 RET-3 retentionLimits: a retention table listing a year twice is refused: duplicate at the second year', () => {
    expectIssues(
      () =>
        retentionLimits(
          { year: 2000 },
          {
            retentionTable: [
              { year: 2000, low: '100000' },
              { year: 2000, low: '100000' },
            ],
          },
        ),
      [{ path: ['options', 'retentionTable', 1, 'year'], code: 'duplicate' }],
    );
  });

  it('RET-2 retentionLimits explain for 2016 from the built-in table: RET-2 and the source in every step', () => {
    const r = retentionLimits({ year: 2016 }, { explain: true });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 2016,
      limits: { low: '500000.00', high: '1000000.00', super: '2000000.00' },
      steps: [
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'low retention limit', value: '500000.00', kind: 'money' },
        },
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'high retention limit', value: '1000000.00', kind: 'money' },
        },
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'super retention limit', value: '2000000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-2 retentionLimits explain: a caller table for another year leaves the built-in trace untouched', () => {
    const r = retentionLimits({ year: 2016 }, { explain: true, retentionTable: [{ year: 1990, low: '100000' }] });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 2016,
      limits: { low: '500000.00', high: '1000000.00', super: '2000000.00' },
      steps: [
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'low retention limit', value: '500000.00', kind: 'money' },
        },
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'high retention limit', value: '1000000.00', kind: 'money' },
        },
        {
          rule: 'RET-2',
          inputs: [
            { label: 'Coverage year', value: '2016', kind: 'number' },
            { label: 'Source', value: 'wcra.biz retention table, read 2026; seed 003', kind: 'text' },
          ],
          result: { label: 'super retention limit', value: '2000000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-3 retentionLimits explain from a caller table: derived levels show the low limit, given levels do not', () => {
    const r = retentionLimits({ year: 2000 }, { explain: true, retentionTable: [{ year: 2000, low: '100000', super: '450000' }] });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 2000,
      limits: { low: '100000.00', high: '200000.00', super: '450000.00' },
      steps: [
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '2000', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
          ],
          result: { label: 'low retention limit', value: '100000.00', kind: 'money' },
        },
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '2000', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
            { label: 'Low retention limit', value: '100000.00', kind: 'money' },
          ],
          result: { label: 'high retention limit', value: '200000.00', kind: 'money' },
        },
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '2000', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
          ],
          result: { label: 'super retention limit', value: '450000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-3 retentionLimits explain 1995 (last two-level year): high = low + $200,000', () => {
    const r = retentionLimits({ year: 1995 }, { explain: true, retentionTable: [{ year: 1995, low: '100000' }] });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 1995,
      limits: { low: '100000.00', high: '300000.00' },
      steps: [
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '1995', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
          ],
          result: { label: 'low retention limit', value: '100000.00', kind: 'money' },
        },
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '1995', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
            { label: 'Low retention limit', value: '100000.00', kind: 'money' },
          ],
          result: { label: 'high retention limit', value: '300000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-3 retentionLimits explain 1996 (first year with super): high = 2 x low, super = 4 x low', () => {
    const r = retentionLimits({ year: 1996 }, { explain: true, retentionTable: [{ year: 1996, low: '100000' }] });
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      year: 1996,
      limits: { low: '100000.00', high: '200000.00', super: '400000.00' },
      steps: [
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '1996', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
          ],
          result: { label: 'low retention limit', value: '100000.00', kind: 'money' },
        },
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '1996', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
            { label: 'Low retention limit', value: '100000.00', kind: 'money' },
          ],
          result: { label: 'high retention limit', value: '200000.00', kind: 'money' },
        },
        {
          rule: 'RET-3',
          inputs: [
            { label: 'Coverage year', value: '1996', kind: 'number' },
            { label: 'Source', value: 'caller-supplied retention table', kind: 'text' },
            { label: 'Low retention limit', value: '100000.00', kind: 'money' },
          ],
          result: { label: 'super retention limit', value: '400000.00', kind: 'money' },
        },
      ],
    });
  });

  it('RET-6 approved self-insurer increase filed on the deadline: rule RET-6, full trace', () => {
    const r = resolveRetentionElection(
      {
        coverageYear: 2024,
        memberType: 'self-insurer',
        currentLevel: 'low',
        request: { level: 'high', submittedOn: '2023-12-01', commerceApproved: true },
      },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'high',
      outcome: 'changed',
      reason:
        'The change from low to high was submitted on 2023-12-01, by the 2023-12-01 deadline: the high retention applies for 2024 (RET-5, RET-6 approval given).',
      steps: [
        {
          rule: 'RET-6',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'self-insurer', kind: 'text' },
            { label: 'Level in force', value: 'low', kind: 'text' },
            { label: 'Requested level', value: 'high', kind: 'text' },
            { label: 'Submitted on', value: '2023-12-01', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
            { label: 'Commerce approval', value: 'yes', kind: 'text' },
          ],
          result: { label: 'Level in force (changed)', value: 'high', kind: 'text' },
        },
      ],
    });
  });

  it('RET-5 a self-insurer lowering its retention needs no approval: rule RET-5, full trace', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'self-insurer', currentLevel: 'high', request: { level: 'low', submittedOn: '2023-12-01' } },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'low',
      outcome: 'changed',
      reason:
        'The change from high to low was submitted on 2023-12-01, by the 2023-12-01 deadline: the low retention applies for 2024 (RET-5).',
      steps: [
        {
          rule: 'RET-5',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'self-insurer', kind: 'text' },
            { label: 'Level in force', value: 'high', kind: 'text' },
            { label: 'Requested level', value: 'low', kind: 'text' },
            { label: 'Submitted on', value: '2023-12-01', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
            { label: 'Commerce approval', value: 'no', kind: 'text' },
          ],
          result: { label: 'Level in force (changed)', value: 'low', kind: 'text' },
        },
      ],
    });
  });

  it('RET-5 an insurer raising its retention the day before the deadline: rule RET-5, no approval input', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'insurer', currentLevel: 'low', request: { level: 'jumbo', submittedOn: '2023-11-30' } },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'jumbo',
      outcome: 'changed',
      reason:
        'The change from low to jumbo was submitted on 2023-11-30, by the 2023-12-01 deadline: the jumbo retention applies for 2024 (RET-5).',
      steps: [
        {
          rule: 'RET-5',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'insurer', kind: 'text' },
            { label: 'Level in force', value: 'low', kind: 'text' },
            { label: 'Requested level', value: 'jumbo', kind: 'text' },
            { label: 'Submitted on', value: '2023-11-30', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
          ],
          result: { label: 'Level in force (changed)', value: 'jumbo', kind: 'text' },
        },
      ],
    });
  });

  it('RET-8 first election of a new member: rule RET-8, full trace', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'insurer', request: { level: 'super', submittedOn: '2024-03-01' } },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'super',
      outcome: 'changed',
      reason: 'First election of a new member: the super retention applies for 2024 (RET-8).',
      steps: [
        {
          rule: 'RET-8',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'insurer', kind: 'text' },
            { label: 'Level in force', value: 'none (new member)', kind: 'text' },
            { label: 'Requested level', value: 'super', kind: 'text' },
            { label: 'Submitted on', value: '2024-03-01', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
          ],
          result: { label: 'Level in force (changed)', value: 'super', kind: 'text' },
        },
      ],
    });
  });

  it('RET-5 a form filed the day after the deadline is late: rule RET-5, full trace', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'insurer', currentLevel: 'low', request: { level: 'high', submittedOn: '2023-12-02' } },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'low',
      outcome: 'late',
      reason:
        'The form requesting the high retention was submitted on 2023-12-02, after the 2023-12-01 deadline: the low retention stays for 2024 (RET-5).',
      steps: [
        {
          rule: 'RET-5',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'insurer', kind: 'text' },
            { label: 'Level in force', value: 'low', kind: 'text' },
            { label: 'Requested level', value: 'high', kind: 'text' },
            { label: 'Submitted on', value: '2023-12-02', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
          ],
          result: { label: 'Level in force (late)', value: 'low', kind: 'text' },
        },
      ],
    });
  });

  it('RET-5 a request for the level in force keeps it: rule RET-5, full trace', () => {
    const r = resolveRetentionElection(
      { coverageYear: 2024, memberType: 'insurer', currentLevel: 'low', request: { level: 'low', submittedOn: '2023-06-01' } },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      level: 'low',
      outcome: 'unchanged',
      reason: 'The request keeps the low retention for 2024 (RET-5).',
      steps: [
        {
          rule: 'RET-5',
          inputs: [
            { label: 'Coverage year', value: '2024', kind: 'number' },
            { label: 'Member type', value: 'insurer', kind: 'text' },
            { label: 'Level in force', value: 'low', kind: 'text' },
            { label: 'Requested level', value: 'low', kind: 'text' },
            { label: 'Submitted on', value: '2023-06-01', kind: 'date' },
            { label: 'Deadline', value: '2023-12-01', kind: 'date' },
          ],
          result: { label: 'Level in force (unchanged)', value: 'low', kind: 'text' },
        },
      ],
    });
  });
});
