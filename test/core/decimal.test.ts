// The private decimal engine (src/core/decimal.ts): the supported size of a value (GEN-1: inputs of
// absurd size or exponent are refused at the parse) and the reading of a Decimal of another copy of
// decimal.js without calling its methods. Look-alikes through the calculators: decimal-lookalikes.test.ts.
import { createRequire } from 'node:module';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  D,
  isDecimalInstance,
  MAX_EXPONENT,
  MAX_SIGNIFICANT_DIGITS,
  MIN_EXPONENT,
  readDecimalInstance,
  withinSupportedSize,
} from '../../src/core/decimal.js';

/** The CommonJS build of decimal.js: another copy of the package. */
const OtherCopy = createRequire(import.meta.url)('decimal.js') as typeof Decimal;

/** An object with decimal.js's fields, on its prototype (what `readDecimalInstance` reads). */
const raw = (s: unknown, e: unknown, d: unknown): Decimal => Object.assign(Object.create(OtherCopy.prototype), { s, e, d }) as Decimal;

/** A decimal string of `digits` significant digits (no trailing zero) and leading power of ten `e`. */
const decimalString = fc
  .record({
    negative: fc.boolean(),
    lead: fc.integer({ min: 1, max: 9 }),
    rest: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: MAX_SIGNIFICANT_DIGITS - 1 }),
    e: fc.integer({ min: MIN_EXPONENT, max: MAX_EXPONENT }),
  })
  .map(({ negative, lead, rest, e }) => `${negative ? '-' : ''}${lead}.${rest.join('').replace(/0+$/, '')}e${e}`.replace('.e', 'e'));

describe('GEN-1 withinSupportedSize: 40 significant digits, leading power of ten from −40 to 40', () => {
  it('GEN-1 the bounds are inclusive, and one past each is refused', () => {
    const ok = ['0', '-0', '1e40', '9.9e40', '1e-40', '-1e-40', '1'.repeat(40), `0.${'1'.repeat(40)}`];
    const bad = ['1e41', '1e-41', '1'.repeat(41), `1.${'1'.repeat(40)}`, 'Infinity', '-Infinity', 'NaN'];
    for (const s of ok) expect(withinSupportedSize(new D(s)), s).toBe(true);
    for (const s of bad) expect(withinSupportedSize(new D(s)), s).toBe(false);
    // a zero is supported whatever decimal.js holds for its exponent
    expect(withinSupportedSize(new D('0e-100'))).toBe(true);
  });
});

describe('GEN-1 readDecimalInstance: a foreign Decimal read field by field', () => {
  it('GEN-1 reads every supported value of another copy exactly, and of this copy too', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        for (const d of [new OtherCopy(s), new Decimal(s)]) {
          const read = readDecimalInstance(d);
          expect(read?.eq(new D(s)), s).toBe(true);
          expect(read?.toString()).toBe(new D(s).toString());
        }
      }),
    );
    expect(readDecimalInstance(new OtherCopy(0))?.toString()).toBe('0');
    expect(readDecimalInstance(new OtherCopy('-0'))?.isZero()).toBe(true);
  });

  it('GEN-1 refuses a value outside the supported size before any arithmetic', () => {
    for (const s of ['1e41', '1e-41', '1'.repeat(41), '1e-9000000000000000', '1e9000000000000000', 'Infinity', 'NaN']) {
      expect(readDecimalInstance(new OtherCopy(s)), s).toBeUndefined();
    }
    // 40 significant digits at every alignment of the 7-digit words are read
    for (let e = -7; e <= 7; e++) {
      const s = `${'7'.repeat(40)}e${e}`.replace(/^(\d)/, '$1.');
      expect(readDecimalInstance(new OtherCopy(s))?.eq(new D(s)), s).toBe(true);
    }
  });

  it('GEN-1 refuses each malformed field: sign, exponent, words, leading word', () => {
    const ok = raw(1, 7, [1, 2_340_000]); // 1.234e7: a leading word of (7 mod 7) + 1 = 1 digit
    expect(readDecimalInstance(ok)?.toFixed()).toBe('12340000');
    expect(readDecimalInstance(raw(-1, 0, [5]))?.toFixed()).toBe('-5');
    const malformed: ReadonlyArray<readonly [string, Decimal]> = [
      ['sign 0', raw(0, 0, [5])],
      ['sign 2', raw(2, 0, [5])],
      ['sign "1"', raw('1', 0, [5])],
      ['fractional exponent', raw(1, 0.5, [5])],
      ['string exponent', raw(1, '0', [5])],
      ['digits not an array', raw(1, 0, '5')],
      ['no words', raw(1, 0, [])],
      ['eight words', raw(1, 0, [1, 0, 0, 0, 0, 0, 0, 1])],
      ['a word as a string', raw(1, 0, ['5'])],
      ['a fractional word', raw(1, 0, [5.5])],
      ['a negative word', raw(1, 0, [-5])],
      ['a word of 10^7', raw(1, 0, [1, 10_000_000])],
      ['a zero with two words', raw(1, 0, [0, 0])],
      ['a zero with an exponent', raw(1, 3, [0])],
      ['a leading zero word', raw(1, 0, [0, 5])],
      ['an exponent of too many digits for the leading word', raw(1, 1, [5])],
      ['an exponent of too few digits for the leading word', raw(1, 0, [55])],
      ['an exponent of 41', raw(1, 41, [1_000_000])],
      ['an exponent of 42', raw(1, 42, [1])],
      ['an exponent of −41', raw(1, -41, [10])],
      ['an exponent of −42', raw(1, -42, [1])],
      ['41 significant digits', raw(1, 5, [111_111, ...new Array(5).fill(1_111_111)])],
    ];
    for (const [what, d] of malformed) expect(readDecimalInstance(d), what).toBeUndefined();
  });

  it('GEN-1 the leading word and the exponent agree at every alignment, also for negative exponents', () => {
    // e = −1: 0.5 is the word 5000000 (7 digits); e = −7: 5e-7 is one digit
    expect(readDecimalInstance(raw(1, -1, [5_000_000]))?.toFixed()).toBe('0.5');
    expect(readDecimalInstance(raw(1, -7, [5]))?.toFixed()).toBe('0.0000005');
    expect(readDecimalInstance(raw(1, -1, [5]))).toBeUndefined();
    // the exponent bounds: 1e40 has a leading word of 6 digits, 1e-40 of 3
    expect(readDecimalInstance(raw(1, 40, [100_000]))?.eq('1e40')).toBe(true);
    expect(readDecimalInstance(raw(-1, -40, [100]))?.eq('-1e-40')).toBe(true);
    // 40 significant digits are read; 41 digits of which the last is a trailing zero are 40
    expect(readDecimalInstance(raw(1, 4, [11_111, ...new Array(5).fill(1_111_111)]))?.precision()).toBe(40);
    const trailingZero = readDecimalInstance(raw(1, 5, [111_111, ...new Array(4).fill(1_111_111), 1_111_110]));
    expect(trailingZero?.precision()).toBe(40);
    expect(trailingZero?.e).toBe(5);
  });
});

describe('GEN-1 isDecimalInstance: the Decimal tag must come from the prototype of a real instance', () => {
  it('GEN-1 accepts instances of this copy, its clones and another copy; refuses primitives and tagged look-alikes', () => {
    expect([new Decimal(1), new (Decimal.clone())(1), new OtherCopy(1), new D(1)].map(isDecimalInstance)).toEqual([true, true, true, true]);
    const tag = { toStringTag: '[object Decimal]' };
    const lookalikes: unknown[] = [
      null,
      undefined,
      5,
      '5',
      tag,
      Object.assign(Object.create(OtherCopy.prototype), tag), // a tag of its own, on a real prototype
      Object.create(Object.create(OtherCopy.prototype)), // the tag two prototypes up
      Object.assign(Object.create(null), tag),
    ];
    for (const [i, value] of lookalikes.entries()) expect(isDecimalInstance(value), `look-alike ${i}`).toBe(false);
    // a tag inherited from a prototype passes this test, as a real instance's does; its fields then decide
    const inherited = Object.create(tag) as Decimal;
    expect(isDecimalInstance(inherited)).toBe(true);
    expect(readDecimalInstance(inherited)).toBeUndefined();
  });
});
