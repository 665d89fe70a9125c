import { describe, expect, it } from 'vitest';
import {
  experienceMod,
  fallbackExperienceMod,
  hybridEligibility,
  hybridTransition,
  hybridTrueUp,
  lateReportFine,
  payrollVariances,
  splitLoss,
} from 'wcra-calc';
import type { WcraError } from '../../src/core/errors.js';
import { stepValues } from '../helpers.js';
import { expectWcraError } from './helpers.js';

// Whole explain traces written out: every rule, label, value, kind and operator (the wording of the
// step descriptions is checked once, by test/worksheets.test.ts; issues by their codes).

const row = (classCode: string, amount: string) => ({ classCode, amount });
/** The issues of an INVALID_INPUT as `{ path, code }` (never the wording). */
const codes = (err: WcraError) => err.issues.map(({ path, code }) => ({ path, code }));

describe('self-insurers traces', () => {
  it('SI-7 experienceMod explain: numerator 30,000 + 0.2 x 50,000 + 0.8 x 70,000 + 40,000 = 136,000; / 140,000 = 0.97', () => {
    const r = experienceMod(
      { actualPrimary: '30000', actualExcess: '50000', expectedLosses: '100000', expectedExcess: '70000', weight: '0.2', ballast: '40000' },
      { explain: true },
    );
    expect(r).toEqual({
      mod: '0.97',
      steps: [
        {
          rule: 'SI-7',
          description: expect.any(String),
          inputs: [
            { label: 'Actual primary losses (Ap)', value: '30000.00', kind: 'money' },
            { label: 'W x actual excess losses (W = 0.2)', value: '10000.00', kind: 'money', operator: '+' },
            { label: '(1 - W) x expected excess losses', value: '56000.00', kind: 'money', operator: '+' },
            { label: 'Ballast (B)', value: '40000.00', kind: 'money', operator: '+' },
          ],
          result: { label: 'Numerator', value: '136000.00', kind: 'money' },
        },
        {
          rule: 'SI-7',
          description: expect.any(String),
          inputs: [
            { label: 'Numerator', value: '136000.00', kind: 'money' },
            { label: 'Expected losses (E) + ballast (B)', value: '140000.00', kind: 'money', operator: '/' },
          ],
          result: { label: 'Experience modification', value: '0.97', kind: 'number' },
        },
      ],
    });
  });

  it('SI-7 experienceMod: expected excess above expected losses: inconsistent at expectedExcess', () => {
    const err = expectWcraError(
      () =>
        experienceMod({
          actualPrimary: '30000',
          actualExcess: '50000',
          expectedLosses: '100000',
          expectedExcess: '100000.01',
          weight: '0.2',
          ballast: '40000',
        }),
      'INVALID_INPUT',
      ['expectedExcess'],
    );
    expect(err.issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([{ path: ['expectedExcess'], code: 'inconsistent' }]);
  });

  it('SI-6 fallbackExperienceMod explain, third private year: max(1.05, 0.97) = 1.05, + 2 x 0.05 = 1.15, Commerce notified', () => {
    expect(fallbackExperienceMod({ priorMod: '0.92', consecutiveYears: 3, sector: 'private' }, { explain: true })).toEqual({
      mod: '1.15',
      notify: 'department-of-commerce',
      steps: [
        {
          rule: 'SI-6',
          description: expect.any(String),
          inputs: [
            { label: 'Prior mod (2 decimals)', value: '0.92', kind: 'number' },
            { label: 'Floor', value: '1.05', kind: 'number' },
          ],
          result: { label: 'Year 1 mod', value: '1.05', kind: 'number' },
        },
        {
          rule: 'SI-6',
          description: expect.any(String),
          inputs: [
            { label: 'Year 1 mod', value: '1.05', kind: 'number' },
            { label: 'Following years', value: '+ 2 x 0.05', kind: 'number' },
          ],
          result: { label: 'Year 3 mod', value: '1.15', kind: 'number' },
        },
        {
          rule: 'SI-6',
          description: expect.any(String),
          inputs: [
            { label: 'Sector', value: 'private', kind: 'text' },
            { label: 'Consecutive years', value: '3', kind: 'number' },
          ],
          result: { label: 'Notify', value: 'department-of-commerce', kind: 'text' },
        },
      ],
    });
  });

  it('SI-6 fallbackExperienceMod explain, first public year: 1.02 + 0.05 = 1.07, nobody notified yet', () => {
    expect(fallbackExperienceMod({ priorMod: '1.02', consecutiveYears: 1, sector: 'public' }, { explain: true })).toEqual({
      mod: '1.07',
      notify: null,
      steps: [
        {
          rule: 'SI-6',
          description: expect.any(String),
          inputs: [
            { label: 'Prior mod (2 decimals)', value: '1.02', kind: 'number' },
            { label: 'Floor', value: '1.05', kind: 'number' },
          ],
          result: { label: 'Year 1 mod', value: '1.07', kind: 'number' },
        },
        {
          rule: 'SI-6',
          description: expect.any(String),
          inputs: [
            { label: 'Sector', value: 'public', kind: 'text' },
            { label: 'Consecutive years', value: '1', kind: 'number' },
          ],
          result: { label: 'Notify', value: 'nobody yet', kind: 'text' },
        },
      ],
    });
  });

  it('SI-2 hybridEligibility explain at exactly 50 entities: reasons and step in full', () => {
    expect(hybridEligibility({ organizationType: 'group', entityCount: 50 }, { explain: true })).toEqual({
      eligible: true,
      reasons: [
        'is a group, which may report as a hybrid',
        'has 50 policyholders or entities on December 31 of the preceding year: a hybrid needs 50 or more',
      ],
      steps: [
        {
          rule: 'SI-2',
          description: expect.any(String),
          inputs: [
            { label: 'Organization type', value: 'group', kind: 'text' },
            { label: 'Policyholders or entities (December 31 of the preceding year)', value: '50', kind: 'number' },
            { label: 'Required', value: 'at least 50', kind: 'number' },
          ],
          result: { label: 'Eligible to apply', value: 'yes', kind: 'text' },
        },
      ],
    });
  });

  it('SI-2 hybridTransition explain: a returned member cannot be a hybrid again, in full', () => {
    expect(hybridTransition({ history: ['hybrid', 'standard'], to: 'hybrid' }, { explain: true })).toEqual({
      allowed: false,
      reason: 'returned from hybrid to standard (history entry 2): never a hybrid again',
      steps: [
        {
          rule: 'SI-2',
          description: expect.any(String),
          inputs: [
            { label: 'Reporting history', value: 'hybrid > standard', kind: 'text' },
            { label: 'Requested method', value: 'hybrid', kind: 'text' },
          ],
          result: { label: 'Allowed', value: 'no', kind: 'text' },
        },
      ],
    });
  });

  it('SI-1 GEN-4 lateReportFine explain, two reports: 10 days late (1,000.00) and still missing 2 days (200.00) = 1,200.00', () => {
    expect(
      lateReportFine(
        { reports: [{ reportId: 'A', dueDate: '2025-03-01', receivedOn: '2025-03-11' }, { dueDate: '2025-03-10' }], asOf: '2025-03-12' },
        { explain: true },
      ),
    ).toEqual({
      reports: [
        { reportId: 'A', dueDate: '2025-03-01', countedTo: '2025-03-11', missing: false, daysLate: 10, fine: '1000.00' },
        { dueDate: '2025-03-10', countedTo: '2025-03-12', missing: true, daysLate: 2, fine: '200.00' },
      ],
      totalDaysLate: 12,
      totalFine: '1200.00',
      notifyCommerce: true,
      steps: [
        {
          rule: 'GEN-4',
          description: expect.any(String),
          inputs: [
            { label: 'Due date', value: '2025-03-01', kind: 'date' },
            { label: 'Received on', value: '2025-03-11', kind: 'date' },
          ],
          result: { label: 'Calendar days late', value: '10', kind: 'number' },
        },
        {
          rule: 'SI-1',
          description: expect.any(String),
          inputs: [
            { label: 'Fine per calendar day', value: '100.00', kind: 'money' },
            { label: 'Days late', value: 'x 10', kind: 'number' },
          ],
          result: { label: 'Fine', value: '1000.00', kind: 'money' },
        },
        {
          rule: 'GEN-4',
          description: expect.any(String),
          inputs: [
            { label: 'Due date', value: '2025-03-10', kind: 'date' },
            { label: 'Still missing as of', value: '2025-03-12', kind: 'date' },
          ],
          result: { label: 'Calendar days late', value: '2', kind: 'number' },
        },
        {
          rule: 'SI-1',
          description: expect.any(String),
          inputs: [
            { label: 'Fine per calendar day', value: '100.00', kind: 'money' },
            { label: 'Days late', value: 'x 2', kind: 'number' },
          ],
          result: { label: 'Fine', value: '200.00', kind: 'money' },
        },
        {
          rule: 'SI-1',
          description: expect.any(String),
          inputs: [
            { label: 'Report A', value: '1000.00', kind: 'money' },
            { label: 'Report 2', value: '200.00', kind: 'money', operator: '+' },
          ],
          result: { label: 'Total fine', value: '1200.00', kind: 'money' },
        },
      ],
    });
  });

  it('SI-1 GEN-4 lateReportFine received on the as-of date: counted to the receipt, not refused', () => {
    const r = lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-03' }], asOf: '2025-03-03' });
    expect(r.reports[0]).toEqual({ dueDate: '2025-03-01', countedTo: '2025-03-03', missing: false, daysLate: 2, fine: '200.00' });
  });

  it('SI-1 lateReportFine received the day after the as-of date: refused with the exact code', () => {
    const err = expectWcraError(
      () => lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-04' }], asOf: '2025-03-03' }),
      'INVALID_INPUT',
      ['reports', 0, 'receivedOn'],
    );
    expect(codes(err)).toEqual([{ path: ['reports', 0, 'receivedOn'], code: 'inconsistent' }]);
  });

  it('SI-1 lateReportFine: a fine above the largest amount handled, exact code', () => {
    const reports = Array.from({ length: 1000 }, () => ({ dueDate: '2000-01-01' }));
    const err = expectWcraError(() => lateReportFine({ reports, asOf: '2025-01-01', finePerDay: '99999999999' }), 'INVALID_INPUT', [
      'finePerDay',
    ]);
    expect(codes(err)).toEqual([{ path: ['finePerDay'], code: 'out_of_range' }]);
  });

  it('SI-3 payrollVariances explain: flagged, unflagged (5%) and an audited-only class at zero', () => {
    const r = payrollVariances(
      { estimated: [row('8810', '1000'), row('5506', '1000')], audited: [row('8810', '1200'), row('5506', '1050'), row('9101', '0')] },
      { explain: true },
    );
    expect(r).toEqual({
      rows: [
        { classCode: '8810', estimated: '1000.00', audited: '1200.00', difference: '200.00', change: '0.2', needsExplanation: true },
        { classCode: '5506', estimated: '1000.00', audited: '1050.00', difference: '50.00', change: '0.05', needsExplanation: false },
        { classCode: '9101', estimated: '0.00', audited: '0.00', difference: '0.00', change: '0', needsExplanation: true },
      ],
      needsExplanation: true,
      steps: [
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 8810 audited payroll', value: '1200.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '1000.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: '0.2', kind: 'rate' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 5506 audited payroll', value: '1050.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '1000.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: '0.05', kind: 'rate' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 9101 audited payroll', value: '0.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '0.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: '0', kind: 'rate' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Threshold', value: '0.1', kind: 'rate' },
            { label: 'Classes compared', value: '3', kind: 'number' },
          ],
          result: { label: 'Classes needing an explanation', value: '8810, 9101', kind: 'text' },
        },
      ],
    });
  });

  it('SI-3 payrollVariances explain: one-sided classes show no estimate', () => {
    const r = payrollVariances(
      { estimated: [row('8810', '1000'), row('7380', '0')], audited: [row('8810', '1200'), row('7380', '50'), row('9101', '10')] },
      { explain: true },
    );
    expect(r).toEqual({
      rows: [
        { classCode: '8810', estimated: '1000.00', audited: '1200.00', difference: '200.00', change: '0.2', needsExplanation: true },
        { classCode: '7380', estimated: '0.00', audited: '50.00', difference: '50.00', change: null, needsExplanation: true },
        { classCode: '9101', estimated: '0.00', audited: '10.00', difference: '10.00', change: null, needsExplanation: true },
      ],
      needsExplanation: true,
      steps: [
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 8810 audited payroll', value: '1200.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '1000.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: '0.2', kind: 'rate' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 7380 audited payroll', value: '50.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '0.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: 'no estimate (variance)', kind: 'text' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Class 9101 audited payroll', value: '10.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '0.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: 'no estimate (variance)', kind: 'text' },
        },
        {
          rule: 'SI-3',
          description: expect.any(String),
          inputs: [
            { label: 'Threshold', value: '0.1', kind: 'rate' },
            { label: 'Classes compared', value: '3', kind: 'number' },
          ],
          result: { label: 'Classes needing an explanation', value: '8810, 7380, 9101', kind: 'text' },
        },
      ],
    });
  });

  it('SI-7 splitLoss explain: 42,000 split at 18,500 = 18,500 primary + 23,500 excess', () => {
    expect(splitLoss({ loss: '42000', splitPoint: '18500' }, { explain: true })).toEqual({
      primary: '18500.00',
      excess: '23500.00',
      steps: [
        {
          rule: 'SI-7',
          description: expect.any(String),
          inputs: [
            { label: 'Loss', value: '42000.00', kind: 'money' },
            { label: 'Split point', value: '18500.00', kind: 'money', operator: 'min' },
          ],
          result: { label: 'Primary loss', value: '18500.00', kind: 'money' },
        },
        {
          rule: 'SI-7',
          description: expect.any(String),
          inputs: [
            { label: 'Loss', value: '42000.00', kind: 'money' },
            { label: 'Primary loss', value: '18500.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Excess loss', value: '23500.00', kind: 'money' },
        },
      ],
    });
  });

  it('SI-4 PRM-7 hybridTrueUp explain, one class: exposures 1,500 and 1,620, premiums 121.50 and 131.22, total 9.91', () => {
    // 1,000,000 / 100 x 0.15 x 1.00 = 1,500.00; 1,200,000 / 100 x 0.15 x 0.90 = 1,620.00; rate 2023 low 0.081;
    // 1,500 x 0.081 = 121.50; 1,620 x 0.081 = 131.22; adjustment 9.72; tax 2% = 0.1944 -> 0.19; total 9.91.
    const r = hybridTrueUp(
      {
        coverageYear: 2023,
        level: 'low',
        estimatedPayroll: [row('8810', '1000000')],
        auditedPayroll: [row('8810', '1200000')],
        pureRates: [{ classCode: '8810', rate: '0.15' }],
        estimatedMod: '1',
        finalMod: '0.9',
      },
      { explain: true },
    );
    expect({ ...r, steps: stepValues(r.steps) }).toEqual({
      estimatedExposure: '1500.00',
      actualExposure: '1620.00',
      rate: '0.081',
      estimatedPremium: '121.50',
      actualPremium: '131.22',
      adjustment: '9.72',
      kind: 'additional',
      taxRate: '0.02',
      tax: '0.19',
      total: '9.91',
      variances: {
        rows: [
          {
            classCode: '8810',
            estimated: '1000000.00',
            audited: '1200000.00',
            difference: '200000.00',
            change: '0.2',
            needsExplanation: true,
          },
        ],
        needsExplanation: true,
      },
      steps: [
        {
          rule: 'SI-4',
          inputs: [
            { label: 'Estimated mod', value: '1', kind: 'number' },
            { label: 'Final (trued-up) mod', value: '0.9', kind: 'number' },
          ],
          result: { label: 'Mods applied', value: 'estimated payroll x estimated mod; audited payroll x final mod', kind: 'text' },
        },
        {
          rule: 'PRM-3',
          inputs: [
            { label: 'Class 8810 payroll', value: '1000000.00', kind: 'money' },
            { label: 'Pure premium rate per $100', value: 'x 0.15', kind: 'number' },
          ],
          result: { label: 'Class 8810 pure premium', value: '1500.00', kind: 'money' },
        },
        {
          rule: 'PRM-3',
          inputs: [
            { label: 'Total pure premium', value: '1500.00', kind: 'money' },
            { label: 'Experience modification', value: 'x 1.00', kind: 'number' },
          ],
          result: { label: 'Estimated exposure', value: '1500.00', kind: 'money' },
        },
        {
          rule: 'PRM-3',
          inputs: [
            { label: 'Class 8810 payroll', value: '1200000.00', kind: 'money' },
            { label: 'Pure premium rate per $100', value: 'x 0.15', kind: 'number' },
          ],
          result: { label: 'Class 8810 pure premium', value: '1800.00', kind: 'money' },
        },
        {
          rule: 'PRM-3',
          inputs: [
            { label: 'Total pure premium', value: '1800.00', kind: 'money' },
            { label: 'Experience modification', value: 'x 0.90', kind: 'number' },
          ],
          result: { label: 'Actual exposure', value: '1620.00', kind: 'money' },
        },
        {
          rule: 'PRM-2',
          inputs: [
            { label: 'Coverage year', value: '2023', kind: 'number' },
            { label: 'Retention level', value: 'low', kind: 'text' },
          ],
          result: { label: 'Reinsurance rate', value: '0.081', kind: 'rate' },
        },
        {
          rule: 'PRM-1',
          inputs: [
            { label: 'Exposure base', value: '1500.00', kind: 'money' },
            { label: 'Reinsurance rate', value: '0.081', kind: 'rate', operator: 'x' },
          ],
          result: { label: 'Estimated premium', value: '121.50', kind: 'money' },
        },
        {
          rule: 'PRM-1',
          inputs: [
            { label: 'Exposure base', value: '1620.00', kind: 'money' },
            { label: 'Reinsurance rate', value: '0.081', kind: 'rate', operator: 'x' },
          ],
          result: { label: 'Actual premium', value: '131.22', kind: 'money' },
        },
        {
          rule: 'PRM-7',
          inputs: [
            { label: 'Actual premium', value: '131.22', kind: 'money' },
            { label: 'Less estimated premium', value: '121.50', kind: 'money', operator: '-' },
          ],
          result: { label: 'Annual adjustment', value: '9.72', kind: 'money' },
        },
        {
          rule: 'PRM-6',
          inputs: [
            { label: 'Annual adjustment', value: '9.72', kind: 'money' },
            { label: 'Premium tax rate', value: '0.02', kind: 'rate', operator: 'x' },
          ],
          result: { label: 'Premium tax', value: '0.19', kind: 'money' },
        },
        {
          rule: 'PRM-6',
          inputs: [
            { label: 'Annual adjustment', value: '9.72', kind: 'money' },
            { label: 'Premium tax', value: '0.19', kind: 'money', operator: '+' },
          ],
          result: { label: 'Total adjustment', value: '9.91', kind: 'money' },
        },
        {
          rule: 'SI-3',
          inputs: [
            { label: 'Class 8810 audited payroll', value: '1200000.00', kind: 'money' },
            { label: 'Less estimated payroll', value: '1000000.00', kind: 'money', operator: '-' },
          ],
          result: { label: 'Change', value: '0.2', kind: 'rate' },
        },
        {
          rule: 'SI-3',
          inputs: [
            { label: 'Threshold', value: '0.1', kind: 'rate' },
            { label: 'Classes compared', value: '1', kind: 'number' },
          ],
          result: { label: 'Classes needing an explanation', value: '8810', kind: 'text' },
        },
      ],
    });
  });

  it('PRM-2 hybridTrueUp: rate and level rules, exact codes', () => {
    const b = {
      coverageYear: 2023,
      estimatedPayroll: [row('8810', '1000000')],
      auditedPayroll: [row('8810', '1200000')],
      pureRates: [{ classCode: '8810', rate: '0.15' }],
      estimatedMod: '1',
      finalMod: '0.9',
    };
    expect(codes(expectWcraError(() => hybridTrueUp(b), 'INVALID_INPUT', ['level']))).toEqual([{ path: ['level'], code: 'required' }]);
    expect(codes(expectWcraError(() => hybridTrueUp({ ...b, level: 'low', rate: '0.05' }), 'INVALID_INPUT', ['rate']))).toEqual([
      { path: ['rate'], code: 'conflict' },
    ]);
  });

  it('SI-3 hybridTrueUp: a class listed twice on the estimated payroll, exact path and code', () => {
    const err = expectWcraError(
      () =>
        hybridTrueUp({
          coverageYear: 2023,
          level: 'low',
          estimatedPayroll: [row('8810', '1'), row('8810', '2')],
          auditedPayroll: [row('8810', '1200000')],
          pureRates: [{ classCode: '8810', rate: '0.15' }],
          estimatedMod: '1',
          finalMod: '0.9',
        }),
      'INVALID_INPUT',
      ['estimatedPayroll', 1, 'classCode'],
    );
    expect(codes(err)).toEqual([{ path: ['estimatedPayroll', 1, 'classCode'], code: 'duplicate' }]);
  });
  it('PRM-3 hybridTrueUp: an audited payroll whose exposure passes the largest amount, exact path and code', () => {
    // 1,000,000,000,000 / 100 x 1,000 x 100 = 1,000,000,000,000,000 > 90,071,992,547,409.91
    const err = expectWcraError(
      () =>
        hybridTrueUp({
          coverageYear: 2023,
          level: 'low',
          estimatedPayroll: [row('8810', '1')],
          auditedPayroll: [row('8810', '1000000000000')],
          pureRates: [{ classCode: '8810', rate: '1000' }],
          estimatedMod: '1',
          finalMod: '100',
        }),
      'INVALID_INPUT',
      ['auditedPayroll'],
    );
    expect(codes(err)).toEqual([{ path: ['auditedPayroll'], code: 'out_of_range' }]);
  });
});
