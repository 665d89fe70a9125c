// Whole explain traces and the branches of the rule checks written out by hand, so every label,
// description and guard of the unit-stat calculators is pinned.
import { describe, expect, it } from 'vitest';
import { correctionFor, unitStatSchedule, unitStatStatus, validateUnitReport } from 'wcra-calc';

const text = (label: string, value: string) => ({ label, value, kind: 'text' });
const CORRECTION_DESCRIPTION = 'Rejected: replace; changed: correct (L loss, M several kinds); warnings: review';

describe('correctionFor: whole trace', () => {
  it.each([
    ['accepted', ['class-code', 'loss'], 'USR-4', 'class-code, loss', 'correction (M)'],
    ['accepted', ['loss'], 'USR-4', 'loss', 'correction (L)'],
    ['accepted', ['header'], 'USR-3', 'header', 'correction (H)'],
    ['accepted-with-warnings', ['exposure'], 'USR-3', 'exposure', 'correction (E)'],
    ['accepted-with-warnings', [], 'USR-3', 'none', 'review'],
    ['rejected', ['loss', 'header'], 'USR-3', 'header, loss', 'replacement'],
    ['accepted', undefined, 'USR-3', 'none', 'none'],
  ] as const)('USR-4 explain: %s with %j cites %s', (status, changes, rule, listed, action) => {
    const r = correctionFor(changes === undefined ? { status } : { status, changes: [...changes] }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule,
        description: CORRECTION_DESCRIPTION,
        inputs: [text('Status', status), text('Changes', listed)],
        result: text('Action', action),
      },
    ]);
  });
});

describe('unitStatSchedule: whole trace', () => {
  it('USR-2 explain: three reports, every step written out', () => {
    const r = unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: 3 }, { explain: true });
    const report = (n: number, months: number, valued: string, window: string) => ({
      rule: 'USR-2',
      description: `Report ${n}: valued ${months} months after the effective date (clamped to month end); filed in months ${months} to ${months + 2} after the effective month`,
      inputs: [
        { label: 'Policy effective date', value: '2024-03-15', kind: 'date' },
        { label: 'Valuation date', value: valued, kind: 'date' },
      ],
      result: text(`Report ${n} filing window`, window),
    });
    expect(r.steps).toStrictEqual([
      report(1, 18, '2025-09-15', '2025-09-01 to 2025-11-30'),
      report(2, 30, '2026-09-15', '2026-09-01 to 2026-11-30'),
      report(3, 42, '2027-09-15', '2027-09-01 to 2027-11-30'),
    ]);
    // The description is literal text: months 18 to 20, 30 to 32, 42 to 44.
    expect(r.steps?.[2]?.description).toBe(
      'Report 3: valued 42 months after the effective date (clamped to month end); filed in months 42 to 44 after the effective month',
    );
  });
});

describe('unitStatStatus: whole trace', () => {
  const expectedStep = (asOf: string, reports: string) => ({
    rule: 'USR-2',
    description: 'Expected: window open on the as-of date, not yet filed',
    inputs: [{ label: 'As of', value: asOf, kind: 'date' }],
    result: text('Expected reports', reports),
  });
  const overdueStep = (inputs: unknown[], reports: string) => ({
    rule: 'USR-2',
    description: 'Overdue: window closed before the as-of date, not filed (days from its last day)',
    inputs,
    result: text('Overdue reports', reports),
  });
  const lateStep = (inputs: unknown[], reports: string) => ({
    rule: 'GEN-4',
    description: 'Filed late: after the last day of the window (that day is on time)',
    inputs,
    result: text('Reports filed late', reports),
  });

  it('USR-2 explain: one report filed late, two overdue, one expected, one not yet due', () => {
    // Effective 2023-01-10: windows 2024-07-01..2024-09-30, 2025-07-01..2025-09-30,
    // 2026-07-01..2026-09-30, 2027-07-01..2027-09-30, 2028-07-01..2028-09-30.
    // As of 2027-07-15, report 1 was filed 2024-10-02 (2 days late); report 4 is open; report 5 is not due.
    // Days from 2025-09-30 to 2027-07-15: 288 + 365 = 653; from 2026-09-30: 288.
    const r = unitStatStatus(
      { policyEffectiveDate: '2023-01-10', filed: [{ report: 1, filedOn: '2024-10-02' }], asOf: '2027-07-15', reports: 5 },
      { explain: true },
    );
    expect(r.steps).toStrictEqual([
      expectedStep('2027-07-15', '4'),
      overdueStep(
        [
          { label: 'Report 2 window ended 2025-09-30', value: '653 days', kind: 'number' },
          { label: 'Report 3 window ended 2026-09-30', value: '288 days', kind: 'number' },
        ],
        '2, 3',
      ),
      lateStep([{ label: 'Report 1 filed 2024-10-02, window ended 2024-09-30', value: '2 days', kind: 'number' }], '1'),
    ]);
  });

  it('USR-2 explain: nothing due yet lists none everywhere', () => {
    const r = unitStatStatus({ policyEffectiveDate: '2023-01-10', filed: [], asOf: '2024-06-30', reports: 2 }, { explain: true });
    expect(r.steps).toStrictEqual([expectedStep('2024-06-30', 'none'), overdueStep([], 'none'), lateStep([], 'none')]);
  });
});

describe('validateUnitReport: guards and whole trace', () => {
  const header = { policyNumber: 'WC-1001', effectiveDate: '2024-03-15', expirationDate: '2025-03-15', insuredName: 'Acme Tool Co.' };
  const e8810 = { classCode: '8810', exposure: '250000', manualRate: '0.125', premium: '312.50' };
  const e0174 = { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' };
  const loss = { claimNumber: 'C-1', accidentDate: '2024-06-01', injuryKind: '05', paid: '1200', incurred: '5000' };
  const good = { header, exposures: [e8810, e0174], losses: [loss] };
  const issues = (report: object) => validateUnitReport({ report }).issues.map((i) => [i.code, i.path.join('.'), i.message]);

  it('USR-1 a malformed effective date switches off the term checks: no INVALID_TERM, no ACCIDENT_OUTSIDE_TERM', () => {
    const early = { ...loss, accidentDate: '2020-01-01' };
    expect(issues({ ...good, header: { ...header, effectiveDate: '2024-13-01' }, losses: [early] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'must be a calendar date written YYYY-MM-DD, got "2024-13-01"'],
    ]);
    expect(issues({ ...good, header: { ...header, effectiveDate: 20240315 }, losses: [early] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'must be a calendar date written YYYY-MM-DD, got 20240315'],
    ]);
  });

  it('USR-1 a missing expiration date switches off the term checks', () => {
    const { expirationDate: _omitted, ...noExpiration } = header;
    expect(issues({ ...good, header: noExpiration, losses: [{ ...loss, accidentDate: '2030-01-01' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.expirationDate', 'is required'],
    ]);
    const { effectiveDate: _gone, ...noEffective } = header;
    expect(issues({ ...good, header: noEffective, losses: [{ ...loss, accidentDate: '2030-01-01' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'is required'],
    ]);
  });

  it('USR-1 the premium check is skipped when the rate or the premium is malformed, exposure valid', () => {
    expect(issues({ ...good, exposures: [{ ...e8810, manualRate: 'abc' }, e0174] })).toStrictEqual([
      [
        'INVALID_FIELD',
        'report.exposures.0.manualRate',
        'must be a manual rate per $100, zero or more, at most 3 decimals (USR-7), got "abc"',
      ],
    ]);
    expect(issues({ ...good, exposures: [{ ...e8810, premium: 'x' }, e0174] })).toStrictEqual([
      ['INVALID_FIELD', 'report.exposures.0.premium', 'must be a premium, got "x"'],
    ]);
  });

  it('USR-1 paid vs incurred is skipped when either amount is malformed', () => {
    expect(issues({ ...good, losses: [{ ...loss, paid: 'x' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.losses.0.paid', 'must be a paid total, got "x"'],
    ]);
    expect(issues({ ...good, losses: [{ ...loss, paid: '900', incurred: '-1' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.losses.0.incurred', 'must be an incurred total of zero or more, got "-1"'],
    ]);
  });

  const trace = (fieldIssues: string, ruleIssues: string, present: string) => [
    {
      rule: 'USR-1',
      description: 'Fields well-formed; term runs forward; premium = exposure / 100 x rate (±$0.01); accidents in term; paid <= incurred',
      inputs: [{ label: 'Field issues', value: fieldIssues, kind: 'number' }],
      result: { label: 'Rule issues', value: ruleIssues, kind: 'number' },
    },
    {
      rule: 'USR-5',
      description: 'Class 0174 is reported, even with zero premium',
      inputs: [],
      result: text('Class 0174 present', present),
    },
  ];

  it('USR-5 explain: a good report, one missing only class 0174, and one with other issues too', () => {
    expect(validateUnitReport({ report: good }, { explain: true }).steps).toStrictEqual(trace('0', '0', 'yes'));
    expect(validateUnitReport({ report: { ...good, exposures: [e8810] } }, { explain: true }).steps).toStrictEqual(trace('0', '0', 'no'));
    const messy = {
      ...good,
      exposures: [{ ...e8810, premium: '1' }],
      losses: [
        { ...loss, paid: '6000' },
        { ...loss, injuryKind: 3 },
      ],
    };
    expect(validateUnitReport({ report: messy }, { explain: true }).steps).toStrictEqual(trace('1', '2', 'no'));
  });
});
