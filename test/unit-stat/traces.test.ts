// The unit-stat calculators explain their steps again (issue 13). RULES: USR-1, USR-2, USR-3, USR-4, USR-5, GEN-4
import { describe, expect, it } from 'vitest';
import { correctionFor, unitStatSchedule, unitStatStatus, validateUnitReport } from '../../src/unit-stat/index.js';

const rulesOf = (r: { steps?: ReadonlyArray<{ rule: string }> }) => (r.steps ?? []).map((s) => s.rule);

describe('unit-stat explain steps', () => {
  it('unitStatSchedule (USR-2): one step per report, its window as the result', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: 2 }, { explain: true });
    expect(rulesOf(r)).toEqual(['USR-2', 'USR-2']);
    expect(r.steps?.map((s) => s.result.value)).toEqual(['2025-09-01 to 2025-11-30', '2026-09-01 to 2026-11-30']);
    expect(r.steps?.[1]?.inputs[1]?.value).toBe('2026-09-15');
    expect(unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: 2 })).not.toHaveProperty('steps');
  });

  it('unitStatStatus (USR-2, GEN-4): each report with its status and days', () => {
    const input = { policyEffectiveDate: '2023-01-10', filed: [{ report: 1, filedOn: '2024-10-02' }], asOf: '2025-07-15', reports: 3 };
    const r = unitStatStatus(input, { explain: true });
    expect(rulesOf(r)).toEqual(['GEN-4', 'USR-2', 'USR-2']);
    expect(r.steps?.map((s) => s.result.value)).toEqual(['late, 2 days', 'expected', 'future']);
    const { steps, ...plain } = r;
    expect(plain).toEqual(unitStatStatus(input));
    const overdue = unitStatStatus({ policyEffectiveDate: '2023-01-10', filed: [], asOf: '2025-01-15', reports: 1 }, { explain: true });
    expect(overdue.steps?.map((s) => [s.rule, s.result.value])).toEqual([['GEN-4', 'overdue, 107 days']]);
  });

  it('correctionFor (USR-3, USR-4): the action, then the indicator when it is L or M', () => {
    const m = correctionFor({ status: 'accepted', changes: ['class-code', 'loss'] }, { explain: true });
    expect(m.steps?.map((s) => [s.rule, s.result.value])).toEqual([
      ['USR-3', 'correction'],
      ['USR-4', 'M'],
    ]);
    expect(rulesOf(correctionFor({ status: 'rejected', changes: ['loss'] }, { explain: true }))).toEqual(['USR-3']);
  });

  it('validateUnitReport (USR-1, USR-5, USR-7): the issues each rule found', () => {
    const report = {
      header: { policyNumber: 'WC-1', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Acme' },
      exposures: [{ classCode: '8810', exposure: '250000', manualRate: '0.12', premium: '301.00' }],
      losses: [],
    };
    const r = validateUnitReport({ report }, { explain: true });
    expect(r.issues.map((i) => i.code)).toEqual(['PREMIUM_MISMATCH', 'MISSING_CLASS_0174']);
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toEqual([
      ['USR-1', '1'],
      ['USR-5', '1'],
      ['USR-7', '0'],
    ]);
    const old = validateUnitReport(
      {
        report: {
          ...report,
          header: { ...report.header, effectiveDate: '2025-03-15', expirationDate: '2026-03-15' },
          exposures: [{ classCode: '0174', exposure: '250000', manualRate: '0.125', premium: '312.50' }],
        },
      },
      { explain: true },
    );
    expect(old.steps?.map((s) => [s.rule, s.result.value])).toEqual([
      ['USR-1', '1'],
      ['USR-5', '0'],
      ['USR-7', '1'],
    ]);
  });
});
