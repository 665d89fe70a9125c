import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Claim,
  claimReportingThreshold,
  formatWorksheet,
  groupOccurrences,
  nextReimbursementWindow,
  type RunOccurrence,
  reimbursementDue,
  reimbursementRun,
  splitOccurrence,
} from 'wcra-calc';
import { reimbursementRunDefinition } from '../../src/claims/reimbursementRun.js';
import { expectIssues, stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { arbClaims, BASE, deepFreeze, toC } from './helpers.js';
import { thrown } from './thrown.js';

const claim = (claimId: string, memberId: string, paid: string, extra: Partial<Claim> = {}): Claim => ({
  ...BASE,
  claimId,
  memberId,
  employeeId: `E-${claimId}`,
  paid,
  ...extra,
});

const ELECTIONS = [
  { memberId: 'M1', year: 2024, level: 'low' as const },
  { memberId: 'M2', year: 2024, level: 'low' as const },
  { memberId: 'M3', year: 2024, level: 'high' as const },
];

describe('reimbursementRun', () => {
  it('CLM-8 RET-4 a fire, two disease claims and a single claim, with windows', () => {
    const claims: Claim[] = [
      claim('A', 'M1', '300000', { occurrenceId: 'FIRE', reimbursed: '50000' }),
      claim('B', 'M1', '250000', { occurrenceId: 'FIRE' }),
      claim('C', 'M1', '150000', { occurrenceId: 'FIRE', incurred: '400000' }),
      claim('D1', 'M3', '1200000', { occurrenceId: 'DUST', kind: 'occupational-disease', injuryDate: '2024-08-31' }),
      claim('D2', 'M3', '900000', { occurrenceId: 'DUST', kind: 'occupational-disease', injuryDate: '2024-08-31', reimbursed: '10' }),
      claim('S', 'M2', '20000'),
    ];
    const r = reimbursementRun({ claims, elections: ELECTIONS }, { asOf: '2025-02-28' });
    expect(r.totals).toStrictEqual({
      paid: '2820000.00',
      reimbursable: '400000.00',
      reimbursed: '50010.00',
      due: '350000.00',
      overpaid: '10.00',
    });
    expect(r.occurrences[0]).toStrictEqual({
      key: 'injury|member|M1|FIRE',
      kind: 'injury',
      memberIds: ['M1'],
      claimIds: ['A', 'B', 'C'],
      injuryDate: '2024-03-05',
      year: 2024,
      level: 'low',
      retention: '500000.00',
      total: '700000.00',
      retained: '500000.00',
      reimbursable: '200000.00',
      shares: [
        { claimId: 'A', total: '300000.00', retained: '214285.71', reimbursable: '85714.29' },
        { claimId: 'B', total: '250000.00', retained: '178571.43', reimbursable: '71428.57' },
        { claimId: 'C', total: '150000.00', retained: '107142.86', reimbursable: '42857.14' },
      ],
      incurred: '950000.00',
      reimbursed: '50000.00',
      due: '150000.00',
      overpaid: '0.00',
      reporting: { mustReport: true, reasons: ['over-threshold'], threshold: '250000.00' },
      nextWindow: { start: '2025-03-01', end: '2025-03-31', kind: 'anniversary' },
      noRequestReason: null,
    });
    // RULES: CLM-5 — a window only with something to request; otherwise why not.
    expect(
      r.occurrences.map((o) => [
        o.key,
        o.retention,
        o.reimbursable,
        o.due,
        o.overpaid,
        o.reporting.mustReport,
        o.nextWindow?.start ?? null,
        o.noRequestReason,
      ]),
    ).toStrictEqual([
      ['injury|member|M1|FIRE', '500000.00', '200000.00', '150000.00', '0.00', true, '2025-03-01', null],
      ['occupational-disease|member|M3|DUST|E-D1', '1000000.00', '200000.00', '200000.00', '0.00', true, '2025-02-01', null],
      ['occupational-disease|member|M3|DUST|E-D2', '1000000.00', '0.00', '0.00', '10.00', true, null, 'not-above-retention'],
      ['claim|S', '500000.00', '0.00', '0.00', '0.00', false, null, 'not-above-retention'],
    ]);
  });

  it('CLM-8 without asOf there is no window; no claims gives zero totals', () => {
    const only = reimbursementRun({ claims: [claim('S', 'M2', '1')], elections: ELECTIONS }).occurrences[0];
    expect(only).not.toHaveProperty('nextWindow');
    expect(only).not.toHaveProperty('noRequestReason');
    expect(reimbursementRun({ claims: [], elections: [] })).toStrictEqual({
      occurrences: [],
      totals: { paid: '0.00', reimbursable: '0.00', reimbursed: '0.00', due: '0.00', overpaid: '0.00' },
    });
  });

  it('CLM-8 claims may come from a generator', () => {
    function* gen(): Generator<Claim> {
      for (let i = 0; i < 5; i++) yield claim(`G${i}`, 'M1', '200000', { occurrenceId: 'BLAST' });
    }
    const r = reimbursementRun({ claims: gen(), elections: ELECTIONS });
    expect(r.occurrences.length).toBe(1);
    expect(r.totals.reimbursable).toBe('500000.00');
    expect(r.occurrences[0]?.shares.map((s) => s.reimbursable)).toStrictEqual(Array(5).fill('100000.00'));
  });

  it('CLM-3 RET-7 affiliates share one occurrence and one retention', () => {
    const r = reimbursementRun({
      claims: [claim('A', 'M1', '400000', { occurrenceId: 'STORM' }), claim('B', 'M2', '300000', { occurrenceId: 'STORM' })],
      elections: ELECTIONS,
      affiliateGroups: { M1: 'HOLD', M2: 'HOLD' },
    });
    expect(r.occurrences.map((o) => [o.key, o.memberIds, o.reimbursable, o.shares.map((s) => s.reimbursable)])).toStrictEqual([
      ['injury|group|HOLD|STORM', ['M1', 'M2'], '200000.00', ['114285.71', '85714.29']],
    ]);
  });

  it('RET-7 affiliates with different levels for the injury year → AFFILIATE_LEVEL_MISMATCH', () => {
    const e = thrown(() =>
      reimbursementRun({
        claims: [claim('A', 'M1', '400000', { occurrenceId: 'STORM' })],
        elections: ELECTIONS,
        affiliateGroups: { M1: 'HOLD', M3: 'HOLD' },
      }),
    );
    expect(e.code).toBe('AFFILIATE_LEVEL_MISMATCH');
    expect(e.details).toStrictEqual({ groupId: 'HOLD', year: 2024, memberId: 'M1', level: 'low', otherMemberId: 'M3', otherLevel: 'high' });
    // A mismatch in a year without claims does not stop the run.
    const ok = reimbursementRun({
      claims: [claim('A', 'M1', '1', { injuryDate: '2023-05-05' })],
      elections: [...ELECTIONS, { memberId: 'M1', year: 2023, level: 'low' }],
      affiliateGroups: { M1: 'HOLD', M3: 'HOLD' },
    });
    expect(ok.occurrences[0]?.level).toBe('low');
  });

  it('RET-4 no election for the injury year → NO_ELECTION naming member and year', () => {
    const e = thrown(() => reimbursementRun({ claims: [claim('A', 'M1', '1', { injuryDate: '2023-12-31' })], elections: ELECTIONS }));
    expect(e.code).toBe('NO_ELECTION');
    expect(e.details).toStrictEqual({ memberId: 'M1', year: 2023, key: 'claim|A' });
  });

  it('RET-2 strict lookups: UNKNOWN_YEAR, LEVEL_NOT_OFFERED, and a caller table', () => {
    const old = claim('A', 'M1', '300000', { injuryDate: '2010-06-01' });
    const elections2010 = [{ memberId: 'M1', year: 2010, level: 'high' as const }];
    expect(thrown(() => reimbursementRun({ claims: [old], elections: elections2010 })).code).toBe('UNKNOWN_YEAR');
    const r = reimbursementRun({ claims: [old], elections: elections2010, retentionTable: [{ year: 2010, low: '120000' }] });
    expect([r.occurrences[0]?.retention, r.occurrences[0]?.reimbursable]).toStrictEqual(['240000.00', '60000.00']);
    const jumbo = thrown(() =>
      reimbursementRun({
        claims: [claim('J', 'M1', '1', { injuryDate: '2017-01-01' })],
        elections: [{ memberId: 'M1', year: 2017, level: 'jumbo' }],
      }),
    );
    expect(jumbo.code).toBe('LEVEL_NOT_OFFERED');
  });

  it('CLM-1 inconsistent injury dates → INCONSISTENT_OCCURRENCE', () => {
    const e = thrown(() =>
      reimbursementRun({
        claims: [claim('A', 'M1', '1', { occurrenceId: 'X' }), claim('B', 'M1', '1', { occurrenceId: 'X', injuryDate: '2024-03-06' })],
        elections: ELECTIONS,
      }),
    );
    expect(e.code).toBe('INCONSISTENT_OCCURRENCE');
  });

  it('CLM-8 one bad claim → one INVALID_INPUT naming its index and claim ID, nothing partial', () => {
    const claims = [claim('A', 'M1', '1'), claim('B', 'M1', '1'), { ...claim('BAD-7', 'M1', '1'), paid: '12.345' }, claim('D', 'M1', '1')];
    const e = expectIssues(
      () => reimbursementRun({ claims, elections: ELECTIONS }),
      [{ path: ['claims', 2, 'paid'], code: 'too_many_decimals' }],
    );
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.message).toContain('"BAD-7"');
  });

  it('CLM-8 invalid claims are reported before an inconsistent occurrence, and at most 20 of them', () => {
    const claims: unknown[] = [
      claim('A', 'M1', '1', { occurrenceId: 'X' }),
      claim('B', 'M1', '1', { occurrenceId: 'X', injuryDate: '2024-03-06' }),
      null,
      claim('A', 'M1', '1'),
    ];
    const e = thrown(() => reimbursementRun({ claims: claims as Claim[], elections: ELECTIONS }));
    expect(e.issues.map((i) => ({ path: i.path, code: i.code }))).toStrictEqual([
      { path: ['claims', 2], code: 'wrong_type' },
      { path: ['claims', 3, 'claimId'], code: 'duplicate' },
    ]);
    let pulled = 0;
    function* many(): Generator<unknown> {
      for (;;) {
        pulled++;
        yield { claimId: `X${pulled}` };
      }
    }
    const e2 = thrown(() => reimbursementRun({ claims: many() as Iterable<Claim>, elections: [] }));
    expect(new Set(e2.issues.map((i) => i.path[1])).size).toBe(20);
    expect(pulled).toBe(20);
  });

  it('CLM-8 bad run input → INVALID_INPUT', () => {
    const cases: Array<[unknown, unknown, ReadonlyArray<string | number>]> = [
      [null, undefined, []],
      [{ claims: 'abc', elections: [] }, undefined, ['claims']],
      [{ claims: 5, elections: [] }, undefined, ['claims']],
      [{ claims: [], elections: [{ memberId: 'M1', year: 2024, level: 'medium' }] }, undefined, ['elections', 0, 'level']],
      [{ claims: [], elections: [ELECTIONS[0], ELECTIONS[0]] }, undefined, ['elections', 1]],
      [{ claims: [], elections: [], retentionTable: [{ year: 2010 }] }, undefined, ['retentionTable', 0, 'low']],
      [{ claims: [], elections: [] }, { asOf: '2024-02-30' }, ['options', 'asOf']],
    ];
    for (const [input, options, path] of cases) {
      const e = thrown(() => reimbursementRun(input as never, options as never));
      expect([e.code, e.issues[0]?.path], JSON.stringify(input)).toStrictEqual(['INVALID_INPUT', path]);
    }
  });

  it('GEN-1 totals beyond 2^53 − 1 cents → INVALID_INPUT', () => {
    const big = '90071992547409.91';
    expectIssues(
      () => reimbursementRun({ claims: [claim('A', 'M1', big), claim('B', 'M1', big)], elections: ELECTIONS }),
      [{ path: ['claims'], code: 'out_of_range' }],
    );
    const twoBig = [
      claim('A', 'M1', '1', { occurrenceId: 'X', incurred: big }),
      claim('B', 'M1', '1', { occurrenceId: 'X', incurred: big }),
    ];
    expectIssues(() => reimbursementRun({ claims: twoBig, elections: ELECTIONS }), [{ path: ['claims'], code: 'out_of_range' }]);
  });

  it('CLM-8 explain shows the totals on a worksheet', () => {
    const r = reimbursementRun({ claims: [claim('A', 'M1', '700000')], elections: ELECTIONS }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['CLM-1', 'RET-1', 'CLM-6']);
    expect(formatWorksheet(r.steps ?? [])).toContain('$200,000.00');
  });

  it('CLM-8 claims that are not an iterable list → INVALID_INPUT wrong_type', () => {
    for (const claims of ['abc', null, {}, 5]) {
      expectIssues(() => reimbursementRun({ claims, elections: [] } as never), [{ path: ['claims'], code: 'wrong_type' }]);
    }
    expect(reimbursementRun({ claims: new Set<Claim>(), elections: [] }).occurrences).toStrictEqual([]);
  });

  it('RET-5 two elections of one member for one year → INVALID_INPUT naming member and year', () => {
    const e = thrown(() =>
      reimbursementRun({
        claims: [],
        elections: [
          { memberId: 'M1', year: 2024, level: 'low' },
          { memberId: 'M1', year: 2025, level: 'low' },
          { memberId: 'M1', year: 2024, level: 'high' },
        ],
      }),
    );
    expect(e.issues.map((i) => ({ path: i.path, code: i.code }))).toStrictEqual([{ path: ['elections', 2], code: 'duplicate' }]);
  });

  it('RET-7 the level mismatch names both affiliates, their levels, the group and the year (details)', () => {
    const e = thrown(() =>
      reimbursementRun({
        claims: [claim('A', 'M1', '400000', { occurrenceId: 'STORM' })],
        elections: ELECTIONS,
        affiliateGroups: { M1: 'HOLD', M3: 'HOLD' },
      }),
    );
    expect(e.code).toBe('AFFILIATE_LEVEL_MISMATCH');
    expect(e.details).toStrictEqual({ groupId: 'HOLD', level: 'low', memberId: 'M1', otherLevel: 'high', otherMemberId: 'M3', year: 2024 });
  });

  it('RET-7 members without a group are never compared with a group, even one named "undefined"', () => {
    // M1 has no group; M2 is alone in group "undefined" with another level: no mismatch.
    const r = reimbursementRun({
      claims: [claim('A', 'M2', '1'), claim('B', 'M1', '1')],
      elections: [
        { memberId: 'M1', year: 2024, level: 'low' },
        { memberId: 'M2', year: 2024, level: 'high' },
      ],
      affiliateGroups: { M2: 'undefined' },
    });
    expect(r.occurrences.map((o) => [o.key, o.level])).toStrictEqual([
      ['claim|A', 'high'],
      ['claim|B', 'low'],
    ]);
    // Group "undefined" has a mismatch for 2024; M1, outside any group, is not affected.
    const r2 = reimbursementRun({
      claims: [claim('B', 'M1', '1')],
      elections: [
        { memberId: 'M2', year: 2024, level: 'low' },
        { memberId: 'M3', year: 2024, level: 'high' },
        { memberId: 'M1', year: 2024, level: 'low' },
      ],
      affiliateGroups: { M2: 'undefined', M3: 'undefined' },
    });
    expect(r2.occurrences.map((o) => [o.key, o.level])).toStrictEqual([['claim|B', 'low']]);
  });

  it('RET-4 a member with no election at all → NO_ELECTION with member, year and occurrence', () => {
    const e = thrown(() => reimbursementRun({ claims: [claim('A', 'M9', '1', { occurrenceId: 'X' })], elections: ELECTIONS }));
    expect([e.code, e.details]).toStrictEqual(['NO_ELECTION', { memberId: 'M9', year: 2024, key: 'injury|member|M9|X' }]);
  });

  it('CLM-8 the first problem met is thrown, not a later one', () => {
    const e = thrown(() =>
      reimbursementRun({
        claims: [claim('A', 'M1', '1', { injuryDate: '2023-01-01' }), claim('B', 'M2', '1', { injuryDate: '2022-01-01' })],
        elections: ELECTIONS,
      }),
    );
    expect([e.code, e.details]).toStrictEqual(['NO_ELECTION', { memberId: 'M1', year: 2023, key: 'claim|A' }]);
  });

  it('CLM-8 rule 8: every occurrence has its own reporting, reasons, window and member list, and no part of the result is frozen', () => {
    const r = reimbursementRun(
      {
        claims: [
          claim('A', 'M1', '500001'),
          claim('B', 'M1', '500002', { injuryDate: '2024-03-20' }),
          claim('C', 'M1', '500003', { occurrenceId: 'X', injuryDate: '2024-03-05' }),
          claim('D', 'M1', '500004'),
        ],
        elections: ELECTIONS,
      },
      { asOf: '2024-04-01', explain: true },
    );
    const [a, ...rest] = r.occurrences as [RunOccurrence, ...RunOccurrence[]];
    expect(a.nextWindow).toStrictEqual({ start: '2024-09-01', end: '2024-09-30', kind: 'half-year-anniversary' });
    expect(a.reporting).toStrictEqual({ mustReport: true, reasons: ['over-threshold'], threshold: '250000.00' });
    expect(a.memberIds).toStrictEqual(['M1']);
    expect(rest).toHaveLength(3);
    for (const o of rest) {
      // Equal figures, distinct objects: changing one occurrence never changes another.
      expect([o.nextWindow, o.reporting, o.memberIds]).toStrictEqual([a.nextWindow, a.reporting, a.memberIds]);
      expect(o.nextWindow).not.toBe(a.nextWindow);
      expect(o.reporting).not.toBe(a.reporting);
      expect(o.reporting.reasons).not.toBe(a.reporting.reasons);
      expect(o.memberIds).not.toBe(a.memberIds);
    }
    const frozen: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== 'object') return;
      if (Object.isFrozen(v)) frozen.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(r, 'result');
    expect(frozen).toStrictEqual([]);
    // A second run hands out new objects too: nothing is cached across runs or occurrences.
    (a.reporting.reasons as string[]).push('edited');
    const again = reimbursementRun({ claims: [claim('A', 'M1', '500001')], elections: ELECTIONS }, { asOf: '2024-04-01' });
    expect(again.occurrences[0]?.reporting.reasons).toStrictEqual(['over-threshold']);
    expect(rest.map((o) => o.reporting.reasons)).toStrictEqual([['over-threshold'], ['over-threshold'], ['over-threshold']]);
  });

  it('CLM-7 incurred exactly at the threshold is not over it; one cent more is (single and grouped claims)', () => {
    // Low retention 2024: 500,000 → threshold 250,000.
    const r = reimbursementRun({
      claims: [
        claim('S0', 'M1', '1', { incurred: '250000' }),
        claim('S1', 'M1', '1', { incurred: '250000.01' }),
        claim('G0', 'M1', '1', { occurrenceId: 'X', incurred: '100000' }),
        claim('G1', 'M1', '1', { occurrenceId: 'X', incurred: '150000' }),
        claim('H0', 'M1', '1', { occurrenceId: 'Y', incurred: '100000' }),
        claim('H1', 'M1', '1', { occurrenceId: 'Y', incurred: '150000.01' }),
      ],
      elections: ELECTIONS,
    });
    expect(r.occurrences.map((o) => [o.key, o.incurred, o.reporting.mustReport, o.reporting.reasons])).toStrictEqual([
      ['claim|S0', '250000.00', false, []],
      ['claim|S1', '250000.01', true, ['over-threshold']],
      ['injury|member|M1|X', '250000.00', false, []],
      ['injury|member|M1|Y', '250000.01', true, ['over-threshold']],
    ]);
  });

  it('GEN-1 the overflow errors carry exactly one issue at claims', () => {
    const big = '90071992547409.91';
    const e = thrown(() => reimbursementRun({ claims: [claim('A', 'M1', big), claim('B', 'M1', '0.01')], elections: ELECTIONS }));
    expect([e.code, e.issues.map((i) => ({ path: i.path, code: i.code }))]).toStrictEqual([
      'INVALID_INPUT',
      [{ path: ['claims'], code: 'out_of_range' }],
    ]);
    const e2 = thrown(() =>
      reimbursementRun({
        claims: [
          claim('A', 'M1', '1', { occurrenceId: 'X', incurred: big }),
          claim('B', 'M1', '1', { occurrenceId: 'X', incurred: '0.01' }),
        ],
        elections: ELECTIONS,
      }),
    );
    expect([e2.code, e2.issues.map((i) => ({ path: i.path, code: i.code }))]).toStrictEqual([
      'INVALID_INPUT',
      [{ path: ['claims'], code: 'out_of_range' }],
    ]);
  });

  it('CLM-8 at most 20 invalid or duplicate claims are reported: 19 → 19, 20 → 20, 25 → 20', () => {
    const bad = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ ...claim(`B${i}`, 'M1', '1'), paid: '-1' }));
    const count = (claims: unknown[]) => thrown(() => reimbursementRun({ claims: claims as Claim[], elections: ELECTIONS })).issues.length;
    expect(count(bad(1))).toBe(1);
    expect(count(bad(19))).toBe(19);
    expect(count(bad(20))).toBe(20);
    expect(count(bad(25))).toBe(20);
    const dup = (n: number): unknown[] => [claim('A', 'M1', '1'), ...Array.from({ length: n }, () => claim('A', 'M1', '1'))];
    expect(count(dup(1))).toBe(1);
    expect(count(dup(19))).toBe(19);
    expect(count(dup(20))).toBe(20);
    expect(count(dup(25))).toBe(20);
    const e = thrown(() => reimbursementRun({ claims: dup(25) as Claim[], elections: ELECTIONS }));
    expect(e.issues[19]).toMatchObject({ path: ['claims', 20, 'claimId'], code: 'duplicate' });
    // 19 bad claims, then duplicates: the 20th problem stops the reading.
    const mixed = [...bad(19), claim('A', 'M1', '1'), claim('A', 'M1', '1'), claim('A', 'M1', '1')];
    const e2 = thrown(() => reimbursementRun({ claims: mixed as Claim[], elections: ELECTIONS }));
    expect(e2.issues.length).toBe(20);
    expect(e2.issues[19]?.path).toStrictEqual(['claims', 20, 'claimId']);
  });

  it('CLM-8 explain lists the three total steps in full', () => {
    const r = reimbursementRun(
      {
        claims: [
          claim('A', 'M1', '700000', { reimbursed: '150000' }),
          claim('B', 'M1', '600000', { occurrenceId: 'X', reimbursed: '150000' }),
          claim('C', 'M1', '10'),
        ],
        elections: ELECTIONS,
      },
      { explain: true },
    );
    // A: 200,000 reimbursable, 50,000 due; B: 100,000 reimbursable, 50,000 overpaid; C: nothing.
    expect(r.totals).toStrictEqual({
      paid: '1300010.00',
      reimbursable: '300000.00',
      reimbursed: '300000.00',
      due: '50000.00',
      overpaid: '50000.00',
    });
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'CLM-1',
        inputs: [{ label: 'Occurrences', value: '3', kind: 'number' }],
        result: { label: 'Total paid', value: '1300010.00', kind: 'money' },
      },
      {
        rule: 'RET-1',
        inputs: [{ label: 'Total paid', value: '1300010.00', kind: 'money' }],
        result: { label: 'Total reimbursable', value: '300000.00', kind: 'money' },
      },
      {
        rule: 'CLM-6',
        inputs: [
          { label: 'Total reimbursable', value: '300000.00', kind: 'money' },
          { label: 'Reimbursed to date', value: '300000.00', kind: 'money', operator: '-' },
          { label: 'Overpaid (owed back)', value: '50000.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Total due', value: '50000.00', kind: 'money' },
      },
    ]);
  });

  describe('properties', () => {
    const elections = ['M1', 'M2', 'M3'].map((memberId) => ({ memberId, year: 2024, level: 'low' as const }));

    it('CLM-8 the run equals groupOccurrences + splitOccurrence + reimbursementDue + threshold + window one by one', () => {
      fc.assert(
        fc.property(arbClaims(1, 15), fc.boolean(), (claims, grouped) => {
          const affiliateGroups = grouped ? { M1: 'G', M2: 'G' } : {};
          const asOf = '2025-01-10';
          const run = reimbursementRun({ claims, elections, affiliateGroups }, { asOf });
          const groups = groupOccurrences({ claims, affiliateGroups }).occurrences;
          expect(
            run.occurrences.map((o) => ({
              key: o.key,
              kind: o.kind,
              memberIds: o.memberIds,
              claimIds: o.claimIds,
              injuryDate: o.injuryDate,
            })),
          ).toStrictEqual(groups);
          const byId = new Map(claims.map((c) => [c.claimId, c]));
          run.occurrences.forEach((o) => {
            const own = o.claimIds.map((id) => byId.get(id) as Claim);
            const split = splitOccurrence({ claims: own, retention: o.retention });
            expect({ total: o.total, retained: o.retained, reimbursable: o.reimbursable, shares: o.shares }).toStrictEqual(split);
            const reimbursed = own.reduce(
              (s, c) => s + toC(typeof c.reimbursed === 'number' ? c.reimbursed.toFixed(2) : String(c.reimbursed ?? '0')),
              0n,
            );
            const due = reimbursementDue({ paid: o.total, retention: o.retention, reimbursed: o.reimbursed });
            expect(toC(o.reimbursed)).toBe(reimbursed);
            expect([o.due, o.overpaid, o.reimbursable]).toStrictEqual([due.due, due.overpaid, due.excess]);
            expect(o.reporting.threshold).toBe(claimReportingThreshold({ retention: o.retention }).threshold);
            expect(o.reporting.mustReport).toBe(toC(o.incurred) > toC(o.reporting.threshold));
            // RULES: CLM-5 — a window only with something to request, as the single-occurrence function says.
            const w = nextReimbursementWindow({
              dateOfLoss: o.injuryDate,
              asOf,
              paid: o.total,
              retention: o.retention,
              reimbursed: o.reimbursed,
            });
            expect(o.noRequestReason).toBe(w.noRequestReason);
            expect(o.nextWindow).toStrictEqual(w.start === null ? null : { start: w.start, end: w.end, kind: w.kind });
          });
          const sum = (f: 'total' | 'reimbursable' | 'reimbursed' | 'due' | 'overpaid') =>
            run.occurrences.reduce((s, o) => s + toC(o[f]), 0n);
          expect(toC(run.totals.paid)).toBe(sum('total'));
          expect(toC(run.totals.reimbursable)).toBe(sum('reimbursable'));
          expect(toC(run.totals.reimbursed)).toBe(sum('reimbursed'));
          expect(toC(run.totals.due)).toBe(sum('due'));
          expect(toC(run.totals.overpaid)).toBe(sum('overpaid'));
        }),
      );
    });

    it('CLM-8 the totals do not depend on the order of the claims', () => {
      fc.assert(
        fc.property(
          arbClaims(1, 15).chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length }))),
          ([claims, shuffled]) => {
            expect(reimbursementRun({ claims: shuffled, elections }).totals).toStrictEqual(reimbursementRun({ claims, elections }).totals);
          },
        ),
      );
    });

    it('RET-4 a higher retention level never raises the reimbursable or due totals', () => {
      fc.assert(
        fc.property(arbClaims(1, 15), fc.constantFrom('high' as const, 'super' as const, 'jumbo' as const), (claims, level) => {
          const lo = reimbursementRun({ claims, elections }).totals;
          const hi = reimbursementRun({ claims, elections: elections.map((e) => ({ ...e, level })) }).totals;
          expect(toC(hi.reimbursable) <= toC(lo.reimbursable)).toBe(true);
          expect(toC(hi.due) <= toC(lo.due)).toBe(true);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({
      claims: [claim('A', 'M1', '400000', { occurrenceId: 'S' }), claim('B', 'M2', '300000', { occurrenceId: 'S' })],
      elections: ELECTIONS,
      affiliateGroups: { M1: 'H', M2: 'H' },
      retentionTable: [{ year: 2010, low: '1' }],
    });
    const copy = structuredClone(input);
    reimbursementRun(input, deepFreeze({ asOf: '2025-01-01', explain: true }));
    expect(input).toStrictEqual(copy);
  });
});

describe('reimbursementRun: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(reimbursementRunDefinition)).toMatchInlineSnapshot(`
      "CLM-1  Claims grouped into occurrences (CLM-1 to CLM-3), one retention each (RET-4)
        Occurrences                                                          1
        ----------------------------------------------------------------------
        Total paid                                                 $700,000.00

      RET-1  Reimbursable = sum of max(0, paid - retention)
        Total paid                                                 $700,000.00
        ----------------------------------------------------------------------
        Total reimbursable                                         $200,000.00

      CLM-6  Due = sum of max(0, reimbursable - reimbursed); overpaid = sum of max(0, reimbursed - reimbursable)
        Total reimbursable                                         $200,000.00
        Reimbursed to date                                        - $50,000.00
        Overpaid (owed back)                                           + $0.00
        ----------------------------------------------------------------------
        Total due                                                  $150,000.00"
    `);
  });
});
