// Large valid inputs never overflow the stack: nothing spreads an input-sized list into a call (issue 14 item 9).
import { describe, expect, it } from 'vitest';
import { unitStatStatus, validateUnitReport } from 'wcra-calc';
import { expectWcraError } from '../helpers.js';

const N = 200_000;

describe('unit-stat: input-sized lists (issue 14 item 9)', () => {
  it('USR-2 unitStatStatus with 200,000 filed reports gives INVALID_INPUT with capped issues, not RangeError', () => {
    const filed = Array.from({ length: N }, () => ({ report: 1, filedOn: '2024-10-02' }));
    const e = expectWcraError(
      () => unitStatStatus({ policyEffectiveDate: '2023-01-10', filed, asOf: '2025-07-15', reports: 3 }),
      'INVALID_INPUT',
    );
    expect(e.issues[0]).toMatchObject({ path: ['filed', 1, 'report'], code: 'duplicate' });
    expect(e.issues.length).toBeLessThanOrEqual(101);
  });

  it('USR-1 USR-5 validateUnitReport with 200,000 exposure rows returns its issues, not RangeError', () => {
    const header = { policyNumber: 'P-1', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Insured' };
    const exposures = Array.from({ length: N }, () => ({ classCode: '8810', exposure: '100', manualRate: '1', premium: '5' }));
    const losses = [{ accidentDate: '2026-06-01', injuryKind: '05', paid: '2', incurred: '1' }];
    const r = validateUnitReport({ report: { header, exposures, losses } });
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'PREMIUM_MISMATCH', path: ['report', 'exposures', 0, 'premium'] });
    expect(r.issues.at(-1)).toMatchObject({ code: 'PAID_EXCEEDS_INCURRED', path: ['report', 'losses', 0, 'paid'] });
  });
});
