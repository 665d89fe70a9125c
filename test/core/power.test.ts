import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal.js';
import { exactProduct, nthRoot, rootPowerTable } from '../../src/core/power.js';

describe('core power: roots and exact products (BEN-6, BEN-7)', () => {
  it('nthRoot: u^n is x to about 118 digits, for rates and other bases', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 60 }), (bp, n) => {
        const x = new D(1).plus(new D(bp).dividedBy(100_000));
        const u = nthRoot(x, n);
        expect(u.pow(n).minus(x).abs().lte(x.times('1e-115'))).toBe(true);
      }),
      { numRuns: 30 },
    );
    expect(nthRoot(new D('1'), 52).toFixed()).toBe('1');
    expect(nthRoot(new D('1024'), 10).minus(2).abs().lt('1e-115')).toBe(true);
    expect(nthRoot(new D('0.0001'), 2).minus('0.01').abs().lt('1e-115')).toBe(true);
  });
  it('nthRoot agrees with decimal.js exp/ln power to 115 digits', () => {
    const x = new D('1.05');
    const viaPow = x.pow(new D(1).dividedBy(52));
    expect(nthRoot(x, 52).minus(viaPow).abs().lt('1e-115')).toBe(true);
  });
  it('rootPowerTable: powers of x^(-1/n) and their partial sums, memoized; x = 1 is exact', () => {
    const t = rootPowerTable(new D('1.05'), 52);
    expect(t.powers).toHaveLength(53);
    expect(t.sums).toHaveLength(53);
    expect((t.powers[52] as Dec).minus(new D(1).dividedBy('1.05')).abs().lt('1e-114')).toBe(true);
    expect((t.sums[2] as Dec).eq((t.powers[0] as Dec).plus(t.powers[1] as Dec))).toBe(true);
    expect(rootPowerTable(new D('1.050'), 52)).toBe(t);
    expect(Object.isFrozen(t) && Object.isFrozen(t.powers)).toBe(true);
    const one = rootPowerTable(new D(1), 52);
    expect(one.powers.every((p) => p.eq(1))).toBe(true);
    expect((one.sums[52] as Dec).toFixed()).toBe('52');
  });
  it('nthRoot: a base beyond the range of a double starts from decimal.js instead of the float estimate', () => {
    // 1e-400 reads as 0 and 1e400 as Infinity in binary floating point
    expect(nthRoot(new D('1e-400'), 2).div('1e-200').minus(1).abs().lt('1e-115')).toBe(true);
    expect(nthRoot(new D('1e400'), 4).div('1e100').minus(1).abs().lt('1e-115')).toBe(true);
    expect(nthRoot(new D('123.456'), 1).toFixed()).toBe('123.456');
  });
  it('rootPowerTable: the memo is bounded (an early table is recomputed after many others)', () => {
    const first = rootPowerTable(new D('1.0001'), 2);
    for (let i = 2; i <= 300; i++) rootPowerTable(new D(1).plus(new D(i).div(10_000)), 2);
    const again = rootPowerTable(new D('1.0001'), 2);
    expect(again).not.toBe(first);
    expect(again.powers.map(String)).toEqual(first.powers.map(String));
    expect(rootPowerTable(new D('1.0001'), 2)).toBe(again);
    // below the bound, a new table leaves the others cached
    const other = rootPowerTable(new D('1.0002'), 3);
    expect(rootPowerTable(new D('1.0001'), 2)).toBe(again);
    expect(rootPowerTable(new D('1.0002'), 3)).toBe(other);
  });
  it('exactProduct keeps every digit past the engine precision of 120', () => {
    const p = exactProduct(Array.from({ length: 40 }, () => new D('0.9999')));
    const viaBigInt = 9999n ** 40n;
    expect(p.toFixed()).toBe(`0.${viaBigInt.toString().padStart(160, '0')}`);
    expect(p.times(-100).plus(100).toFixed().length).toBeGreaterThan(150);
  });
});
