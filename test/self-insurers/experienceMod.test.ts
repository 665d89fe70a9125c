import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experienceMod, formatWorksheet } from 'wcra-calc';
import { experienceModDefinition } from '../../src/self-insurers/experienceMod.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectWcraError } from './helpers.js';

const base = {
  actualPrimary: '30000',
  actualExcess: '50000',
  expectedLosses: '100000',
  expectedExcess: '70000',
  weight: '0.2',
  ballast: '40000',
};

describe('experienceMod', () => {
  it('SI-7 (Ap + W·Ae + (1 − W)·Ee + B) ÷ (E + B): 136,000 ÷ 140,000 = 0.9714 → 0.97', () => {
    expect(experienceMod(base)).toStrictEqual({ mod: '0.97' });
  });

  it('SI-7 a debit mod: worse than expected losses', () => {
    // 80,000 + 0.3 × 120,000 + 0.7 × 70,000 + 40,000 = 205,000 ÷ 140,000 = 1.4643 → 1.46
    expect(experienceMod({ ...base, actualPrimary: '80000', actualExcess: '120000', weight: '0.3' }).mod).toBe('1.46');
  });

  it('SI-7 a mod exactly 1.00, with two decimals', () => {
    expect(experienceMod({ ...base, actualExcess: '70000', weight: '0' }).mod).toBe('1.00');
    expect(experienceMod({ ...base, actualPrimary: '30000', actualExcess: '70000', weight: '1' }).mod).toBe('1.00');
  });

  it('SI-7 the mod is rounded half-up once, on the exact ratio', () => {
    // numerator 1,005 ÷ 1,000 = 1.005 → 1.01 (half-up); 1,004.99 → 1.00; 994.999… → 0.99
    const zero = { actualExcess: '0', expectedExcess: '0', weight: '0', ballast: '0', expectedLosses: '1000' };
    expect(experienceMod({ ...zero, actualPrimary: '1005' }).mod).toBe('1.01');
    expect(experienceMod({ ...zero, actualPrimary: '1004.99' }).mod).toBe('1.00');
    expect(experienceMod({ ...zero, actualPrimary: '994.99' }).mod).toBe('0.99');
    expect(experienceMod({ ...zero, actualPrimary: '995' }).mod).toBe('1.00');
  });

  it('SI-7 ballast only (no expected losses): the mod is 1.00 with no losses', () => {
    expect(
      experienceMod({ actualPrimary: 0, actualExcess: 0, expectedLosses: 0, expectedExcess: 0, weight: '0.5', ballast: '5000' }).mod,
    ).toBe('1.00');
  });

  it('SI-7 large amounts near 2^53 cents stay exact', () => {
    const big = '90071992547409.91';
    expect(
      experienceMod({ actualPrimary: big, actualExcess: big, expectedLosses: big, expectedExcess: big, weight: '0.5', ballast: big }).mod,
    ).toBe('1.50');
  });

  it('SI-7 explains numerator and mod as a worksheet', () => {
    const r = experienceMod(base, { explain: true });
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['136000.00', '0.97']);
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$136,000.00');
    expect(sheet).toContain('/ $140,000.00');
  });

  describe('properties', () => {
    const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n });
    const weight = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));

    it('SI-7 with no losses and B > 0 the mod is below 1 whenever the credit is at least half a point, never above 1', () => {
      fc.assert(
        fc.property(amount, amount, fc.bigInt({ min: 1n, max: 10_000_000_000n }), fc.integer({ min: 0, max: 100 }), (a, b, ballast, w) => {
          const [ee, e] = a <= b ? [a, b] : [b, a];
          const r = experienceMod({
            actualPrimary: '0',
            actualExcess: '0',
            expectedLosses: cents(e),
            expectedExcess: cents(ee),
            weight: (w / 100).toFixed(2),
            ballast: cents(ballast),
          });
          // credit = E − (1 − W)·Ee, in cents × 100
          const credit = e * 100n - BigInt(100 - w) * ee;
          expect(Number(r.mod)).toBeLessThanOrEqual(1);
          if (credit * 200n >= (e + ballast) * 100n) expect(r.mod < '1.00').toBe(true);
        }),
      );
    });

    it('SI-7 no losses, B > 0, expected losses all primary: always below 1', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 1n, max: 10_000_000_000n }), fc.bigInt({ min: 1n, max: 10_000_000_000n }), weight, (e, bRaw, w) => {
          const ballast = (bRaw % (e * 100n)) + 1n; // 0 < B ≤ 100·E keeps the credit ≥ 1/101
          const r = experienceMod({
            actualPrimary: 0,
            actualExcess: 0,
            expectedLosses: cents(e),
            expectedExcess: 0,
            weight: w,
            ballast: cents(ballast),
          });
          expect(r.mod < '1.00').toBe(true);
        }),
      );
    });

    it('SI-7 the mod never decreases when actual primary losses grow', () => {
      fc.assert(
        fc.property(amount, amount, amount, weight, (p1, p2, e, w) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const common = { actualExcess: '0', expectedLosses: cents(e), expectedExcess: '0', weight: w, ballast: '1000' };
          const a = Number(experienceMod({ ...common, actualPrimary: cents(lo) }).mod.replace('.', ''));
          const b = Number(experienceMod({ ...common, actualPrimary: cents(hi) }).mod.replace('.', ''));
          expect(b).toBeGreaterThanOrEqual(a);
        }),
      );
    });

    it('SI-7 actual = expected in both parts gives exactly 1.00', () => {
      fc.assert(
        fc.property(amount, amount, weight, amount, (a, b, w, ballast) => {
          const [ee, e] = a <= b ? [a, b] : [b, a];
          if (e + ballast === 0n) return;
          const r = experienceMod({
            actualPrimary: cents(e - ee),
            actualExcess: cents(ee),
            expectedLosses: cents(e),
            expectedExcess: cents(ee),
            weight: w,
            ballast: cents(ballast),
          });
          expect(r.mod).toBe('1.00');
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ ...base });
    experienceMod(input, { explain: true });
    expect(input).toStrictEqual(base);
  });

  describe('bad input', () => {
    it('SI-7 E + B must be above zero', () => {
      const err = expectWcraError(
        () =>
          experienceMod({ actualPrimary: '10', actualExcess: '0', expectedLosses: '0', expectedExcess: '0', weight: '0.5', ballast: '0' }),
        'INVALID_INPUT',
        ['ballast'],
      );
      expect(err.issues[0]?.code).toBe('out_of_range');
    });

    it('SI-7 the weight must be from 0 to 1', () => {
      const err = expectWcraError(() => experienceMod({ ...base, weight: 2 }), 'INVALID_INPUT', ['weight']);
      expect(err.issues[0]?.code).toBe('out_of_range');
    });

    it('SI-7 expected excess cannot exceed expected losses', () => {
      expectWcraError(() => experienceMod({ ...base, expectedExcess: '100000.01' }), 'INVALID_INPUT', ['expectedExcess']);
    });

    it.each([
      ['null', null, undefined],
      ['a weight above 1', { ...base, weight: '1.01' }, ['weight']],
      ['a negative weight', { ...base, weight: '-0.1' }, ['weight']],
      ['a weight as words', { ...base, weight: 'half' }, ['weight']],
      ['a negative loss', { ...base, actualPrimary: '-1' }, ['actualPrimary']],
      ['a loss as words', { ...base, actualExcess: 'many' }, ['actualExcess']],
      ['a missing ballast', { ...base, ballast: undefined }, ['ballast']],
      ['NaN', { ...base, expectedLosses: Number.NaN }, ['expectedLosses']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => experienceMod(input as never), 'INVALID_INPUT', path);
    });
  });
});

describe('experienceMod: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(experienceModDefinition)).toMatchInlineSnapshot(`
      "SI-7  Numerator = actual primary + W x actual excess + (1 - W) x expected excess + ballast
        Actual primary losses (Ap)                                  $30,000.00
        W x actual excess losses (W = 0.2)                        + $10,000.00
        (1 - W) x expected excess losses                          + $56,000.00
        Ballast (B)                                               + $40,000.00
        ----------------------------------------------------------------------
        Numerator                                                  $136,000.00

      SI-7  Mod = numerator / (expected losses + ballast), half-up to 2 decimals
        Numerator                                                  $136,000.00
        Expected losses (E) + ballast (B)                        / $140,000.00
        ----------------------------------------------------------------------
        Experience modification                                           0.97"
    `);
  });
});
