// Constructed half-cent ties and amounts near 2^53 cents, each expected string written out by
// hand (GEN-1: half-up, away from zero; GEN-3: leftover cents to the largest remainders, ties to
// the earlier part). Random tests rarely hit exact ties: these are built to land on .xx5.
import { describe, expect, it } from 'vitest';
import { allocate, annualAdjustment, installmentSchedule, reinsurancePremium } from '../../src/index.js';
import { expectWcraError } from '../helpers.js';

const MAX = '90071992547409.91'; // 2^53 − 1 cents

describe('GEN-1 premiums landing exactly on half a cent', () => {
  it.each([
    // exposure, rate, premium (exact product in the comment)
    ['12345.50', '0.01', '123.46'], // 123.455
    ['339985', '0.081', '27538.79'], // 27538.785
    ['1', '0.005', '0.01'], // 0.005
    ['100.10', '0.05', '5.01'], // 5.005
    [MAX, '0.5', '45035996273704.96'], // 45035996273704.955
    [MAX, '0.0795', '7160723407519.09'], // 7160723407519.087845 (not a tie: rounds up on digits)
    [MAX, '1', MAX],
    ['0.01', '0.5', '0.01'], // 0.005
    ['0.03', '0.5', '0.02'], // 0.015
  ])('GEN-1 %s × %s = %s', (exposure, rate, premium) => {
    expect(reinsurancePremium({ exposure, rate, memberType: 'insurer' }).premium).toBe(premium);
  });
});

describe('PRM-6 taxes landing exactly on half a cent', () => {
  it.each([
    // premium (rate 1), tax 2%, total
    ['1234.25', '24.69', '1258.94'], // 24.685
    ['0.25', '0.01', '0.26'], // 0.005
    ['0.75', '0.02', '0.77'], // 0.015
    ['12345.75', '246.92', '12592.67'], // 246.915
  ])('PRM-6 2%% of %s = %s', (premium, tax, total) => {
    expect(reinsurancePremium({ exposure: premium, rate: '1', memberType: 'self-insurer' })).toMatchObject({ premium, tax, total });
  });

  it.each([
    // estimated, actual, adjustment, tax, total
    ['1234.25', '0', '-1234.25', '-24.69', '-1258.94'], // tax −24.685: away from zero
    ['1.25', '1.00', '-0.25', '-0.01', '-0.26'], // tax −0.005
    ['0', '0.25', '0.25', '0.01', '0.26'], // tax 0.005
  ])('PRM-6 PRM-7 %s → %s: adjustment %s, tax %s', (estimatedPremium, actualPremium, adjustment, tax, total) => {
    expect(annualAdjustment({ estimatedPremium, actualPremium, memberType: 'self-insurer' })).toMatchObject({ adjustment, tax, total });
  });
});

describe('GEN-3 shares with tied remainders', () => {
  it.each<[string, Array<string | number>, string[]]>([
    ['0.01', [1, 1], ['0.01', '0.00']], // 0.5 c each: the earlier part
    ['0.05', [1, 1], ['0.03', '0.02']], // 2.5 c each
    ['1.00', [1, 1, 1], ['0.34', '0.33', '0.33']], // 33⅓ c each
    ['0.03', [1, 1, 2], ['0.01', '0.01', '0.01']], // 0.75, 0.75, 1.5 c: the .75 remainders first
    ['0.02', [1, 1, 1], ['0.01', '0.01', '0.00']],
    ['-0.05', [1, 1], ['-0.03', '-0.02']],
    ['200000', ['300000', '250000', '150000'], ['85714.29', '71428.57', '42857.14']], // 85714.2857…, 71428.5714…, 42857.1428…
    [MAX, [1, 1], ['45035996273704.96', '45035996273704.95']], // 45035996273704.955 each
    [MAX, [1, 1, 1], ['30023997515803.31', '30023997515803.30', '30023997515803.30']],
  ])('GEN-3 allocate(%s, %j)', (total, weights, parts) => {
    expect(allocate({ total, weights }).parts).toEqual(parts);
  });
});

describe('BIL-2 installments with leftover cents', () => {
  it.each([
    ['100000.03', ['25000.01', '25000.01', '25000.01', '25000.00']],
    ['0.03', ['0.01', '0.01', '0.01', '0.00']],
    ['0.02', ['0.01', '0.01', '0.00', '0.00']],
    ['0.04', ['0.01', '0.01', '0.01', '0.01']],
    ['954000', ['238500.00', '238500.00', '238500.00', '238500.00']],
    [MAX, ['22517998136852.48', '22517998136852.48', '22517998136852.48', '22517998136852.47']],
  ])('BIL-2 %s in four quarters', (amount, parts) => {
    expect(installmentSchedule({ coverageYear: 2025, amount, plan: 'quarterly' }).installments.map((i) => i.amount)).toEqual(parts);
  });
});

describe('GEN-1 limits', () => {
  it('one cent past 2^53 − 1 cents is rejected, not rounded', () => {
    expectWcraError(() => reinsurancePremium({ exposure: '90071992547409.92', rate: '0.1', memberType: 'insurer' }), 'INVALID_INPUT');
    expectWcraError(() => installmentSchedule({ coverageYear: 2025, amount: '90071992547409.92', plan: 'annual' }), 'INVALID_INPUT');
    expectWcraError(() => allocate({ total: '90071992547409.92', weights: [1] }), 'INVALID_INPUT');
  });

  it('the largest amount survives a full adjustment in both directions', () => {
    expect(annualAdjustment({ estimatedPremium: '0', actualPremium: MAX }).adjustment).toBe(MAX);
    expect(annualAdjustment({ estimatedPremium: MAX, actualPremium: '0' }).adjustment).toBe(`-${MAX}`);
    expect(annualAdjustment({ estimatedPremium: MAX, actualPremium: '90071992547409.90' }).adjustment).toBe('-0.01');
  });
});
