// The premium functions chained over a year, as members use them (issue 5 "Done when").
import { describe, expect, it } from 'vitest';
import {
  annualAdjustment,
  estimatedExposure,
  estimateRevisionAllowed,
  exposureBase,
  reinsurancePremium,
  settleAdjustment,
} from 'wcra-calc';

describe('a WCRA year end to end', () => {
  it('PRM-4 PRM-1 PRM-7 PRM-8 seed 002 from exposure: 954,000 / 1,033,500 / 79,500 due 2023-10-01', () => {
    const estimate = estimatedExposure({ memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' });
    expect(estimate.exposure).toBe('12000000.00');
    const calc1 = reinsurancePremium({ exposure: estimate.exposure, year: 2022, level: 'low', memberType: 'insurer' });
    expect(calc1.total).toBe('954000.00');
    const actual = exposureBase({ memberType: 'insurer', earnedPremium: '13250000', elIncreasedLimitsPremium: '250000' });
    expect(actual.exposure).toBe('13000000.00');
    const calc2 = reinsurancePremium({ exposure: actual.exposure, year: 2022, level: 'low', memberType: 'insurer' });
    expect(calc2.total).toBe('1033500.00');
    const calc3 = annualAdjustment({ estimatedPremium: calc1.premium, actualPremium: calc2.premium });
    expect(calc3).toStrictEqual({ adjustment: '79500.00', kind: 'additional', taxRate: '0', tax: '0.00', total: '79500.00' });
    expect(settleAdjustment({ coverageYear: 2022, adjustment: calc3.total })).toStrictEqual({
      amountDue: '79500.00',
      dueDate: '2023-10-01',
      creditApplied: '0.00',
      applications: [],
      refund: '0.00',
    });
  });

  it('PRM-3 PRM-4 PRM-6 PRM-7 PRM-8 a self-insurer with tax, whose credit is larger than the open charges', () => {
    const y2022 = exposureBase({
      memberType: 'self-insurer',
      payroll: [
        { classCode: '8810', amount: '18450000' },
        { classCode: '5403', amount: '3275400' },
        { classCode: '7380', amount: '2118750' },
      ],
      pureRates: [
        { classCode: '8810', rate: '0.12' },
        { classCode: '5403', rate: '6.85' },
        { classCode: '7380', rate: '4.27' },
      ],
      experienceMod: '0.87',
    });
    expect(y2022.exposure).toBe('293168.71');
    const estimate = estimatedExposure({ memberActual: y2022.exposure, totalActual: '2400000000', projectedTotal: '2640000000' });
    expect(estimate).toStrictEqual({ share: '0.000122153629167', exposure: '322485.58' });
    const estimated = reinsurancePremium({ exposure: estimate.exposure, year: 2024, level: 'high', memberType: 'self-insurer' });
    expect([estimated.premium, estimated.tax, estimated.total]).toStrictEqual(['15156.82', '303.14', '15459.96']);
    const y2024 = exposureBase({
      memberType: 'self-insurer',
      payroll: [
        { classCode: '8810', amount: '19870250' },
        { classCode: '5403', amount: '2960000' },
        { classCode: '7380', amount: '2405300' },
      ],
      pureRates: [
        { classCode: '8810', rate: '0.11' },
        { classCode: '5403', rate: '6.52' },
        { classCode: '7380', rate: '4.11' },
      ],
      experienceMod: '0.91',
    });
    expect(y2024.exposure).toBe('285473.47');
    expect(estimateRevisionAllowed({ estimate: estimate.exposure, revised: y2024.exposure })).toStrictEqual({
      allowed: false,
      change: '-0.1147713643',
    });
    const actual = reinsurancePremium({ exposure: y2024.exposure, year: 2024, level: 'high', memberType: 'self-insurer' });
    expect([actual.premium, actual.tax]).toStrictEqual(['13417.25', '268.35']);
    const adj = annualAdjustment({ estimatedPremium: estimated.premium, actualPremium: actual.premium, memberType: 'self-insurer' });
    expect([adj.adjustment, adj.tax, adj.total, adj.kind]).toStrictEqual(['-1739.57', '-34.79', '-1774.36', 'credit']);
    expect(
      settleAdjustment({ coverageYear: 2024, adjustment: adj.total, openCharges: [{ dueDate: '2025-10-01', amount: '1250.00' }] }),
    ).toStrictEqual({
      amountDue: '0.00',
      dueDate: null,
      creditApplied: '1250.00',
      applications: [{ dueDate: '2025-10-01', amount: '1250.00', index: 0 }],
      refund: '524.36',
    });
  });
});
