// Extreme decimals are refused at the parse, in core, before any arithmetic (issue 14 item 6):
// at most 40 significant digits, leading digit from 1e-40 to 1e40, for strings, numbers and
// Decimals alike. Each refusal is INVALID_INPUT and is immediate.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParseDecimal } from '../../src/core/money.js';
import { allocate, estimatedExposure, experienceMod, installmentSchedule, reinsurancePremium } from '../../src/index.js';
import { expectIssues } from '../helpers.js';

const TINY = new Decimal('1e-9000000000000000');
const SMALL = new Decimal('1e-1000000000');
// The issue's `1e-9e15`: decimal.js writes it 1e-9000000000000000 (9e15).
const TINY_WEIGHT = new Decimal(`1e-${9e15}`);

/** Runs `fn` `times` times and returns the average milliseconds per call (every call must throw). */
function msPerRejection(fn: () => unknown, times = 50): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) {
    try {
      fn();
    } catch {
      // expected
    }
  }
  return (performance.now() - start) / times;
}

describe('GEN-1 supported size of a decimal input', () => {
  it('is 40 significant digits and a leading digit from 1e-40 to 1e40', () => {
    expect(tryParseDecimal(new Decimal('1e-40'))?.toFixed()).toBe(`0.${'0'.repeat(39)}1`);
    expect(tryParseDecimal(new Decimal('1e-41'))).toBeUndefined();
    expect(tryParseDecimal(new Decimal('1e40'))?.toFixed()).toBe(`1${'0'.repeat(40)}`);
    expect(tryParseDecimal(new Decimal('1e41'))).toBeUndefined();
    expect(tryParseDecimal(new Decimal(`0.${'1'.repeat(40)}`))?.toFixed()).toBe(`0.${'1'.repeat(40)}`);
    expect(tryParseDecimal(new Decimal(`0.${'1'.repeat(41)}`))).toBeUndefined();
    expect(tryParseDecimal(1e-40)?.toFixed()).toBe(`0.${'0'.repeat(39)}1`);
    expect(tryParseDecimal(5e-324)).toBeUndefined();
    expect(tryParseDecimal(1e-41)).toBeUndefined();
    expect(tryParseDecimal(1e300)).toBeUndefined();
    for (const d of [TINY, SMALL, TINY_WEIGHT, new Decimal('9e9000000000000000')]) expect(tryParseDecimal(d)).toBeUndefined();
    // Strings stay at most 40 characters of plain decimal (no exponent).
    expect(tryParseDecimal('1e-5')).toBeUndefined();
    expect(tryParseDecimal(`0.${'0'.repeat(37)}1`)?.toFixed()).toBe(`0.${'0'.repeat(37)}1`);
    expect(tryParseDecimal(`0.${'0'.repeat(38)}1`)).toBeUndefined();
  });

  it('a Decimal in range reads as exactly its value (differential with toFixed)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n) + 1n, max: 10n ** 40n - 1n }), fc.integer({ min: 0, max: 40 }), (n, places) => {
        const d = new Decimal(n.toString()).dividedBy(new Decimal(10).pow(places));
        const got = tryParseDecimal(d);
        expect(got?.toFixed()).toBe(new Decimal(d).toFixed());
      }),
    );
  });
});

describe('issue 14 item 6 values are INVALID_INPUT at once', () => {
  it('estimatedExposure memberActual 1e-9000000000000000', () => {
    expectIssues(
      () => estimatedExposure({ memberActual: TINY, totalActual: '1', projectedTotal: '1' }),
      [{ path: ['memberActual'], code: 'not_money' }],
    );
  });

  it('reinsurancePremium rate 1e-1000000000', () => {
    expectIssues(
      () => reinsurancePremium({ exposure: '12000000', rate: SMALL, memberType: 'insurer' }),
      [{ path: ['rate'], code: 'not_a_number' }],
    );
  });

  it('installmentSchedule amount 1e-1000000000', () => {
    expectIssues(
      () => installmentSchedule({ coverageYear: 2024, amount: SMALL, plan: 'quarterly' }),
      [{ path: ['amount'], code: 'not_money' }],
    );
  });

  it('allocate weight 1e-9e15', () => {
    expectIssues(() => allocate({ total: '100', weights: [1, TINY_WEIGHT] }), [{ path: ['weights', 1], code: 'not_a_number' }]);
  });

  it('experienceMod expected losses 1e-9e15', () => {
    const input = {
      actualPrimary: '30000',
      actualExcess: '50000',
      expectedLosses: TINY_WEIGHT,
      expectedExcess: '70000',
      weight: '0.2',
      ballast: '40000',
    };
    expectIssues(() => experienceMod(input), [{ path: ['expectedLosses'], code: 'not_money' }]);
  });

  it('each refusal takes under a millisecond on average', () => {
    const calls = [
      () => estimatedExposure({ memberActual: TINY, totalActual: '1', projectedTotal: '1' }),
      () => reinsurancePremium({ exposure: '12000000', rate: SMALL, memberType: 'insurer' }),
      () => installmentSchedule({ coverageYear: 2024, amount: SMALL, plan: 'quarterly' }),
      () => allocate({ total: '100', weights: [1, TINY_WEIGHT] }),
    ];
    for (const call of calls) msPerRejection(call, 5); // warm up
    for (const call of calls) expect(msPerRejection(call)).toBeLessThan(1);
  });
});
