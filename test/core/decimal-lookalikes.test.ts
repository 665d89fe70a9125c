// A Decimal is recognised only as decimal.js defines one (issue 14 item 8): an instance of its
// class (any clone, any copy of the package), never an object that merely looks like one.
import { createRequire } from 'node:module';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isDecimalInstance } from '../../src/core/decimal.js';
import { tryParseCents, tryParseDecimal } from '../../src/core/money.js';
import { CALCULATORS, isWcraError, reinsurancePremium } from '../../src/index.js';
import { expectIssues } from '../helpers.js';

/** The CommonJS build of decimal.js: another copy of the package, as a second bundle would hold. */
const OtherCopy = createRequire(import.meta.url)('decimal.js') as typeof Decimal;

const LOOKALIKES: ReadonlyArray<readonly [string, unknown]> = [
  ['JSON with a toStringTag field', JSON.parse('{"toStringTag":"[object Decimal]"}')],
  ['toString() → "abc"', { toStringTag: '[object Decimal]', toString: () => 'abc' }],
  ['isFinite and toString() → "5"', { toStringTag: '[object Decimal]', isFinite: () => true, toString: () => '5' }],
  ['JSON with Decimal fields', JSON.parse('{"toStringTag":"[object Decimal]","s":1,"e":0,"d":[5]}')],
  ['a Decimal prototype without fields', Object.create(Decimal.prototype)],
  ['a Decimal with words out of base', Object.assign(Object.create(Decimal.prototype), { s: 1, e: 7, d: [1e7] })],
  ['a Decimal whose exponent disagrees with its digits', Object.assign(Object.create(Decimal.prototype), { s: 1, e: 3, d: [5] })],
  ['a Decimal with a NaN sign', Object.assign(Object.create(Decimal.prototype), { s: Number.NaN, e: 0, d: [5] })],
  ['a Decimal with 100 words', Object.assign(Object.create(Decimal.prototype), { s: 1, e: 0, d: [1, ...new Array(99).fill(1)] })],
];

describe('GEN-1 Decimal recognition', () => {
  it('accepts real Decimals: this copy, its clones and another copy of decimal.js', () => {
    expect(OtherCopy).not.toBe(Decimal);
    const Clone = Decimal.clone({ precision: 5 });
    for (const d of [new Decimal('12.345'), new Clone('12.345'), new OtherCopy('12.345')]) {
      expect(isDecimalInstance(d)).toBe(true);
      expect(tryParseDecimal(d)?.toFixed()).toBe('12.345');
      expect(tryParseCents(new OtherCopy('-1033500.5'))).toBe(-103350050);
    }
    expect(reinsurancePremium({ exposure: new OtherCopy('12000000'), rate: new OtherCopy('0.0795'), memberType: 'insurer' }).premium).toBe(
      '954000.00',
    );
  });

  it.each(LOOKALIKES)('refuses %s', (_, value) => {
    expect(tryParseDecimal(value)).toBeUndefined();
    expect(tryParseCents(value)).toBeUndefined();
    expectIssues(
      () => reinsurancePremium({ exposure: value as never, year: 2022, level: 'low', memberType: 'insurer' }),
      [{ path: ['exposure'], code: 'not_money' }],
    );
    expectIssues(
      () => reinsurancePremium({ exposure: '12000000', rate: value as never, memberType: 'insurer' }),
      [{ path: ['rate'], code: 'not_a_number' }],
    );
  });

  it('every calculator refuses a look-alike in each of its example fields with a WcraError', () => {
    const lookalike = JSON.parse('{"toStringTag":"[object Decimal]"}');
    // A map field (member ID -> group ID) and a free-form report (checked field by field against USR-1) take
    // any object, and this look-alike is one.
    const maps = new Set(['groupOccurrences.affiliateGroups', 'validateUnitReport.report']);
    let fields = 0;
    for (const def of CALCULATORS) {
      const example = def.example as Record<string, unknown>;
      for (const key of Object.keys(example)) {
        if (maps.has(`${def.name}.${key}`)) continue;
        fields++;
        let thrown: unknown;
        try {
          def.run({ ...example, [key]: lookalike }, def.exampleOptions);
        } catch (error) {
          thrown = error;
        }
        expect(isWcraError(thrown), `${def.name}.${key}: ${String(thrown)}`).toBe(true);
        expect((thrown as { code: string }).code).toBe('INVALID_INPUT');
      }
    }
    expect(fields).toBeGreaterThan(CALCULATORS.length);
  });
});
