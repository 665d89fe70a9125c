import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, groupOccurrences, splitOccurrence } from 'wcra-calc';
import * as z from 'zod/mini';
import { claimIssues, fastParseClaim } from '../../src/claims/claimSchema.js';
import { D } from '../../src/core/decimal.js';
import { tryParseCents, tryParseDecimal } from '../../src/core/money.js';

/** Reference: whole cents by way of an exact decimal (slow, obviously right). */
function referenceCents(v: unknown): number | undefined {
  const d = tryParseDecimal(v);
  if (d === undefined) return undefined;
  const c = d.times(100);
  if (!c.isInteger() || c.abs().gt(Number.MAX_SAFE_INTEGER)) return undefined;
  return c.isZero() ? 0 : c.toNumber();
}

import { MESSAGES } from '../../src/core/issues.js';
import { arbClaim, BASE } from './helpers.js';
import { thrown } from './thrown.js';

const WEIRD: ReadonlyArray<unknown> = [
  undefined,
  null,
  '',
  'x'.repeat(201),
  'abc',
  '-1',
  '-0.01',
  '1.005',
  '1.000',
  '12.5',
  '1e3',
  ' 12',
  '2019-02-30',
  '2024-02-29',
  '1899-12-31',
  '2024-3-5',
  0,
  -0,
  -1,
  0.1,
  0.30000000000000004,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  90071992547409.91,
  '90071992547409.92',
  '90071992547409.91',
  true,
  [],
  {},
  'injury',
  'occupational-disease',
  'disease',
];

const FIELDS = ['claimId', 'memberId', 'employeeId', 'occurrenceId', 'injuryDate', 'kind', 'paid', 'incurred', 'reimbursed', 'extra'];

/** A claim-like value: a valid claim with one or two fields replaced, removed or added. */
const arbClaimLike = fc.oneof(
  arbClaim('C1'),
  fc
    .tuple(
      arbClaim('C1'),
      fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...WEIRD), fc.constant('DELETE'))), {
        minLength: 1,
        maxLength: 2,
      }),
    )
    .map(([claim, edits]) => {
      const c: Record<string, unknown> = { ...claim };
      for (const [field, value] of edits) {
        if (value === 'DELETE') delete c[field];
        else c[field] = value;
      }
      return c;
    }),
  fc.constantFrom<unknown>(null, undefined, 42, 'claim', [], [BASE], new Date(0)),
);

describe('ClaimSchema', () => {
  it('CLM-1 accepts a claim with whole-cent money as strings or numbers', () => {
    expect(z.safeParse(ClaimSchema, { ...BASE, paid: 12.5, incurred: '20.10', reimbursed: 0 }).success).toBe(true);
    expect(fastParseClaim({ ...BASE, paid: 12.5, incurred: '20.10' })).toStrictEqual({
      ...BASE,
      occurrenceId: undefined,
      paid: 1250,
      incurred: 2010,
      reimbursed: 0,
    });
  });

  it('CLM-1 incurred defaults to paid and reimbursed to 0', () => {
    expect(fastParseClaim(BASE)).toMatchObject({ paid: 100000, incurred: 100000, reimbursed: 0 });
  });

  it('GEN-1 rejects fractions of a cent, negatives and unknown kinds, naming the claim', () => {
    expect(claimIssues({ ...BASE, paid: '1.005' }, 3)).toMatchObject([
      {
        path: ['claims', 3, 'paid'],
        code: 'too_many_decimals',
        message: `claim "C1": ${MESSAGES.wholeCents('"1.005"')}`,
      },
    ]);
    expect(claimIssues({ ...BASE, paid: '-1' }, 0)).toMatchObject([
      { path: ['claims', 0, 'paid'], code: 'out_of_range', message: `claim "C1": ${MESSAGES.negative('an amount of money', '"-1"')}` },
    ]);
    expect(claimIssues({ ...BASE, kind: 'disease' }, 0)[0]?.path).toStrictEqual(['claims', 0, 'kind']);
    expect(claimIssues({ ...BASE, claimId: 7 }, 1)[0]?.message).toBe(`claim without a valid claimId: ${MESSAGES.id('a claim ID', '7')}`);
    expect(claimIssues(BASE, 0)).toStrictEqual([]);
  });

  it('GEN-1 accepts amounts up to 2^53 − 1 cents and rejects one cent more', () => {
    expect(fastParseClaim({ ...BASE, paid: '90071992547409.91' })?.paid).toBe(Number.MAX_SAFE_INTEGER);
    expect(fastParseClaim({ ...BASE, paid: '90071992547409.92' })).toBeUndefined();
    expect(z.safeParse(ClaimSchema, { ...BASE, paid: '90071992547409.92' }).success).toBe(false);
  });

  it('GEN-1 tryParseCents: a 41-character string is rejected even when its value is small', () => {
    expect(tryParseCents(`${'0'.repeat(39)}1`)).toBe(100);
    expect(tryParseCents(`${'0'.repeat(40)}1`)).toBeUndefined();
    expect(tryParseCents(`${'0'.repeat(37)}1.5`)).toBe(150);
    expect(tryParseCents(`${'0'.repeat(38)}1.5`)).toBeUndefined();
  });

  it('GEN-1 tryParseCents: a non-digit after the decimal point is rejected', () => {
    expect(tryParseCents('1.a')).toBeUndefined();
    expect(tryParseCents('1./')).toBeUndefined();
    expect(tryParseCents('1.5:')).toBeUndefined();
    expect(tryParseCents('1.5/')).toBeUndefined();
    expect(tryParseCents('1.0/')).toBeUndefined();
    expect(tryParseCents('1.09')).toBe(109);
  });

  it('GEN-1 tryParseCents: whole numbers up to ±90071992547409 dollars, then the core rules', () => {
    expect(tryParseCents(90071992547409)).toBe(9007199254740900);
    expect(tryParseCents(-90071992547409)).toBe(-9007199254740900);
    expect(tryParseCents(90071992547410)).toBeUndefined();
    expect(tryParseCents(-90071992547410)).toBeUndefined();
    expect(tryParseCents(7)).toBe(700);
    expect(tryParseCents(-7)).toBe(-700);
    expect(Object.is(tryParseCents(-0), 0)).toBe(true);
    expect(tryParseCents(12.5)).toBe(1250);
    expect(tryParseCents('12.5')).toBe(1250);
    expect(tryParseCents(new D('12.5'))).toBe(1250);
  });

  it('CLM-1 the fast check: IDs of 200 characters pass, 201 do not', () => {
    const id200 = 'x'.repeat(200);
    expect(fastParseClaim({ ...BASE, claimId: id200, memberId: id200, employeeId: id200, occurrenceId: id200 })?.claimId).toBe(id200);
    expect(z.safeParse(ClaimSchema, { ...BASE, claimId: id200 }).success).toBe(true);
    expect(fastParseClaim({ ...BASE, claimId: 'x'.repeat(201) })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, occurrenceId: 'x'.repeat(201) })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, occurrenceId: '' })).toBeUndefined();
  });

  it('CLM-1 the fast check rejects negative money, a bad paid with a good incurred, and bad injury dates', () => {
    expect(fastParseClaim({ ...BASE, paid: '-0.01' })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, paid: -1 })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, incurred: '-0.01' })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, reimbursed: -5 })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, paid: 'abc', incurred: '5' })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, paid: undefined, incurred: '5', reimbursed: '1' })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, injuryDate: '2019-02-30' })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, injuryDate: 20240305 })).toBeUndefined();
    expect(fastParseClaim({ ...BASE, paid: '0', incurred: '0.00', reimbursed: 0 })).toStrictEqual({
      ...BASE,
      occurrenceId: undefined,
      paid: 0,
      incurred: 0,
      reimbursed: 0,
    });
  });

  it('GEN-1 only issues under claims[i] name the claim; others keep their message', () => {
    expect(thrown(() => splitOccurrence({ claims: [BASE], retention: '-1' })).issues).toMatchObject([
      { path: ['retention'], code: 'out_of_range', message: MESSAGES.negative('an amount of money', '"-1"') },
    ]);
    expect(thrown(() => splitOccurrence({ claims: 'x', retention: '1' } as never)).issues).toMatchObject([
      { path: ['claims'], code: 'wrong_type', message: MESSAGES.wrongType('a list', '"x"') },
    ]);
    expect(thrown(() => groupOccurrences(null as never)).issues).toMatchObject([
      { path: [], code: 'wrong_type', message: MESSAGES.wrongType('an object with named fields', 'null') },
    ]);
    expect(thrown(() => groupOccurrences({ claims: [{ ...BASE, paid: '-1' }] })).issues).toMatchObject([
      { path: ['claims', 0, 'paid'], code: 'out_of_range', message: `claim "C1": ${MESSAGES.negative('an amount of money', '"-1"')}` },
    ]);
  });

  it('GEN-1 the allocation-free tryParseCents reads the edge cases like the exact decimal reference', () => {
    const cases: unknown[] = [
      '0',
      '-0',
      '-0.00',
      '007.50',
      '1.2500',
      '1.001',
      '1.0010',
      '1.',
      '.5',
      '-',
      '',
      '1.5',
      '12.34',
      '90071992547409.91',
      '90071992547409.92',
      '9'.repeat(40),
      '9'.repeat(41),
      '00000000000000000000000000000000000001.5',
      '1e3',
      '+1',
      ' 1',
      '1 ',
      '١',
      0,
      -0,
      1,
      -1,
      0.1,
      0.29,
      1.005,
      12.5,
      90071992547409,
      90071992547410,
      90071992547409.91,
      1e21,
      1e-7,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new D('12.34'),
      new D('1.234'),
      null,
      undefined,
      true,
      {},
      [],
    ];
    for (const c of cases) expect(tryParseCents(c), String(c)).toBe(referenceCents(c));
  });

  describe('properties', () => {
    it('GEN-1 tryParseCents agrees with the exact decimal reference on strings and numbers', () => {
      const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 20 });
      const decimalString = fc
        .tuple(
          fc.boolean(),
          digits,
          fc.option(fc.string({ unit: fc.constantFrom('0', '3', '9'), minLength: 0, maxLength: 5 }), { nil: undefined }),
        )
        .map(([neg, w, f]) => `${neg ? '-' : ''}${w}${f === undefined ? '' : `.${f}`}`);
      fc.assert(
        fc.property(
          fc.oneof(
            decimalString,
            fc.string(),
            fc.double(),
            fc.integer(),
            fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((c) => c / 100),
          ),
          (v) => {
            expect(tryParseCents(v)).toBe(referenceCents(v));
          },
        ),
      );
    });

    it('CLM-8 the fast check accepts exactly what ClaimSchema accepts', () => {
      fc.assert(
        fc.property(arbClaimLike, (value) => {
          const fast = fastParseClaim(value) !== undefined;
          const slow = z.safeParse(ClaimSchema, value).success;
          expect(fast).toBe(slow);
          expect(claimIssues(value, 0).length === 0).toBe(slow);
        }),
      );
    });

    it('CLM-8 the fast check agrees on the constructed edge cases one field at a time', () => {
      for (const field of FIELDS) {
        for (const value of WEIRD) {
          const c: Record<string, unknown> = { ...BASE, [field]: value };
          expect(fastParseClaim(c) !== undefined, `${field}=${String(value)}`).toBe(z.safeParse(ClaimSchema, c).success);
        }
      }
    });
  });
});
