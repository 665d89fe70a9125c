// A result that would leave the supported range is an error, never returned (issue 14 item 5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResultRange } from '../../src/core/resultRange.js';
import { claimReportingStatus, MAX_MONEY, reinsurancePremium, unitStatSchedule } from '../../src/index.js';
import { expectWcraError } from '../helpers.js';

describe('RESULT_OUT_OF_RANGE from the checked shell of every calculator', () => {
  it('a self-insurer premium at MAX_MONEY with rate 1: the total would pass MAX_MONEY (PRM-6)', () => {
    const err = expectWcraError(
      () => reinsurancePremium({ exposure: MAX_MONEY, rate: '1', memberType: 'self-insurer' }),
      'RESULT_OUT_OF_RANGE',
    );
    expect(err.details.path).toBe('total');
    // An insurer pays no tax: the same premium is in range.
    expect(reinsurancePremium({ exposure: MAX_MONEY, rate: '1', memberType: 'insurer' }).total).toBe(MAX_MONEY);
  });

  it('CLM-7 a catastrophic claim notified on 2200-12-31: the deadline would be in 2201', () => {
    const err = expectWcraError(
      () => claimReportingStatus({ incurred: '1', retention: '500000', catastrophic: true, notifiedOn: '2200-12-31' }),
      'RESULT_OUT_OF_RANGE',
    );
    expect(err.details.path).toBe('deadline');
    expect(claimReportingStatus({ incurred: '1', retention: '500000', catastrophic: true, notifiedOn: '2200-12-01' }).deadline).toBe(
      '2200-12-15',
    );
  });

  it('USR-2 a schedule whose valuation dates pass 2200 is refused', () => {
    expectWcraError(() => unitStatSchedule({ policyEffectiveDate: '2200-06-30' }), 'RESULT_OUT_OF_RANGE');
  });

  it('checks money strings by value and dates by year, anywhere; echoed identifiers and words are not figures', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (cents) => {
        const s = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
        const over = cents > 9_007_199_254_740_991n;
        const run = () => checkResultRange({ a: [{ b: s }] }, 'x');
        if (over) expect(expectWcraError(run, 'RESULT_OUT_OF_RANGE').details.path).toBe('a.0.b');
        else expect(run()).toEqual({ a: [{ b: s }] });
      }),
    );
    expect(checkResultRange({ claimId: '2300-01-01', memberName: '99999999999999999.00' }, 'x')).toBeTruthy();
    expect(
      checkResultRange(
        { steps: [{ result: { kind: 'text', value: '2300-01-01' } }, { result: { kind: 'rate', value: '99999999999999999.00' } }] },
        'x',
      ),
    ).toBeTruthy();
    expectWcraError(() => checkResultRange({ due: '1899-12-31' }, 'x'), 'RESULT_OUT_OF_RANGE');
    expect(checkResultRange({ when: '1900-01-01', last: '2200-12-31', neg: `-${MAX_MONEY}` }, 'x')).toBeTruthy();
    expectWcraError(() => checkResultRange({ neg: '-90071992547409.92' }, 'x'), 'RESULT_OUT_OF_RANGE');
  });
});
