// Large valid inputs never overflow the stack: nothing spreads an input-sized list into a call (issue 14 item 9).
import { describe, expect, it } from 'vitest';
import { exposureBase, locationListingDefault } from 'wcra-calc';
import { expectedLosses } from '../../src/self-insurers/expectedLosses.js';

const N = 200_000;

describe('premium: input-sized lists (issue 14 item 9)', () => {
  it('PRM-3 exposureBase sums 200,000 location rows of one class', () => {
    const payroll = Array.from({ length: N }, () => ({ classCode: '8810', amount: '100' }));
    const r = exposureBase({ memberType: 'self-insurer', payroll, pureRates: [{ classCode: '8810', rate: '0.125' }], experienceMod: '1' });
    // 200,000 x 100 / 100 x 0.125 = 25,000
    expect(r.exposure).toBe('25000.00');
    expect(r.byClass).toHaveLength(1);
  });

  it('PRM-10 locationListingDefault with 200,000 entities feeds exposureBase', () => {
    const entities = Array.from({ length: N }, (_, i) => ({
      entityId: `e${i}`,
      payrollByClass: [{ classCode: i % 2 === 0 ? '8810' : '3632', amount: '10' }],
      selfInsured: i % 2 === 0,
    }));
    const r = locationListingDefault({ coverageYear: 2026, entities });
    expect(r.payrollBasis).toBe('2000000.00');
    expect(r.payroll).toStrictEqual([
      { classCode: '8810', amount: '1000000.00' },
      { classCode: '3632', amount: '1000000.00' },
    ]);
  });

  it('SI-10 USR-7 expectedLosses with every class code, and 10,000 too-precise rates reported', () => {
    const code = (i: number) => String(i % 10_000).padStart(4, '0');
    const payroll = Array.from({ length: 10_000 }, (_, i) => ({ classCode: code(i), amount: '100' }));
    const rates = payroll.map((p) => ({ classCode: p.classCode, expectedLossRate: '1', dRatio: '0.5' }));
    expect(expectedLosses({ payroll, rates, ratingYear: 2026 }).expected).toBe('10000.00');
    const precise = rates.map((r) => ({ ...r, expectedLossRate: '0.125' }));
    expect(() => expectedLosses({ payroll, rates: precise, ratingYear: 2025 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
