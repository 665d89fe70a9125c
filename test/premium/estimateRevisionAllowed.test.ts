import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateRevisionAllowed, formatWorksheet } from 'wcra-calc';
import { estimateRevisionAllowedDefinition } from '../../src/premium/estimateRevisionAllowed.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues, MAX_CENTS } from './helpers.js';

/** A signed decimal string as num / 10^places. */
function fraction(s: string): { num: bigint; den: bigint } {
  const neg = s.startsWith('-');
  const [w = '0', f = ''] = (neg ? s.slice(1) : s).split('.');
  const num = BigInt(w + f);
  return { num: neg ? -num : num, den: 10n ** BigInt(f.length) };
}
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

describe('estimateRevisionAllowed: worked examples', () => {
  it('PRM-5 exactly 15% down is allowed', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '810900' })).toStrictEqual({ allowed: true, change: '-0.15' });
  });

  it('PRM-5 exactly 15% up is allowed', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '1097100' })).toStrictEqual({ allowed: true, change: '0.15' });
  });

  it('PRM-5 seed 002 figures: $954,000 to $1,033,500 is 8.33%, not allowed', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '1033500' })).toStrictEqual({ allowed: false, change: '0.0833333333' });
  });

  it('PRM-5 explanation prints the change and the test', () => {
    const r = estimateRevisionAllowed({ estimate: '954000', revised: '810900' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'PRM-5',
        description: expect.any(String),
        inputs: [
          { label: 'Revised figure', value: '810900.00', kind: 'money' },
          { label: 'Less estimate', value: '954000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Change', value: '-0.15', kind: 'rate' },
      },
      {
        rule: 'PRM-5',
        description: expect.any(String),
        inputs: [
          { label: 'Difference |revised - estimate|', value: '143100.00', kind: 'money' },
          { label: '15% of the estimate', value: '143100.00', kind: 'money' },
        ],
        result: { label: 'Revision allowed', value: 'yes', kind: 'text' },
      },
    ]);
    expect(formatWorksheet(r.steps ?? [])).toContain('-15%');
  });
});

describe('estimateRevisionAllowed: edge cases', () => {
  it('PRM-5 one cent short of 15% is not allowed, and the truncated change stays below 0.15', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '1097099.99' })).toStrictEqual({
      allowed: false,
      change: '0.1499999895',
    });
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '810900.01' })).toStrictEqual({
      allowed: false,
      change: '-0.1499999895',
    });
  });

  it('PRM-5 a change that would round to 15% but is below it is shown truncated, not as 0.15', () => {
    // 0.1499999999999... must not print as 0.15 next to allowed: false.
    const r = estimateRevisionAllowed({ estimate: '100000000000', revised: '114999999999.99' });
    expect(r).toStrictEqual({ allowed: false, change: '0.1499999999' });
  });

  it('PRM-5 no change is not a revision', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '954000.00' })).toStrictEqual({ allowed: false, change: '0' });
    const r = estimateRevisionAllowed({ estimate: '954000', revised: '954000' }, { explain: true });
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Revision allowed', value: 'no', kind: 'text' });
  });

  it('PRM-5 a revision to zero is a 100% change', () => {
    expect(estimateRevisionAllowed({ estimate: '954000', revised: '0' })).toStrictEqual({ allowed: true, change: '-1' });
  });

  it('PRM-5 convention: from a zero estimate any revision above zero is allowed and the change is null', () => {
    expect(estimateRevisionAllowed({ estimate: '0', revised: '0.01' })).toStrictEqual({ allowed: true, change: null });
    expect(estimateRevisionAllowed({ estimate: '0', revised: '0' })).toStrictEqual({ allowed: false, change: null });
    const r = estimateRevisionAllowed({ estimate: '0', revised: '5' }, { explain: true });
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Change', value: 'none (the estimate is zero)', kind: 'text' });
    expect(r.steps?.[1]?.result.value).toBe('yes');
  });

  it('PRM-5 amounts near 2^53 cents', () => {
    expect(estimateRevisionAllowed({ estimate: '90071992547409.91', revised: '0.01' })).toStrictEqual({
      allowed: true,
      change: '-0.9999999999',
    });
    expect(estimateRevisionAllowed({ estimate: '0.01', revised: '90071992547409.91' })).toStrictEqual({
      allowed: true,
      change: '9007199254740990',
    });
  });
});

describe('properties', () => {
  const pair = fc.tuple(fc.bigInt({ min: 1n, max: MAX_CENTS }), fc.bigInt({ min: 0n, max: MAX_CENTS }));

  it('PRM-5 allowed exactly when 100 x |revised - estimate| >= 15 x estimate (integer cents)', () => {
    fc.assert(
      fc.property(pair, ([e, r]) => {
        expect(estimateRevisionAllowed({ estimate: cents(e), revised: cents(r) }).allowed).toBe(100n * abs(r - e) >= 15n * e);
      }),
    );
  });

  it('PRM-5 |change| >= 0.15 gives the same answer as allowed, and change is (revised - estimate) / estimate truncated', () => {
    fc.assert(
      fc.property(pair, ([e, r]) => {
        const res = estimateRevisionAllowed({ estimate: cents(e), revised: cents(r) });
        const c = fraction(res.change ?? 'x');
        expect(100n * abs(c.num) >= 15n * c.den).toBe(res.allowed);
        // change x 10^10 = trunc((r - e) x 10^10 / e)
        expect((c.num * 10n ** 10n) / c.den).toBe(((r - e) * 10n ** 10n) / e);
      }),
    );
  });

  it('PRM-5 revisions exactly 15% away are allowed (constructed on purpose)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.boolean(), (k, up) => {
        const e = 20n * k; // 15% of 20k cents is 3k cents exactly
        const r = up ? e + 3n * k : e - 3n * k;
        expect(estimateRevisionAllowed({ estimate: cents(e), revised: cents(r) })).toStrictEqual({
          allowed: true,
          change: up ? '0.15' : '-0.15',
        });
        expect(estimateRevisionAllowed({ estimate: cents(e), revised: cents(up ? r - 1n : r + 1n) }).allowed).toBe(false);
      }),
    );
  });
});

describe('estimateRevisionAllowed: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ estimate: '954000', revised: '810900' });
    estimateRevisionAllowed(input, { explain: true });
    expect(input).toStrictEqual({ estimate: '954000', revised: '810900' });
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['a negative estimate', { estimate: '-1', revised: '1' }, ['estimate'], 'out_of_range'],
    ['a boolean', { estimate: '1', revised: true }, ['revised'], 'not_money'],
    ['an unknown field', { estimate: '1', revised: '1', percent: 15 }, ['percent'], 'unknown_field'],
    ['a thousands separator', { estimate: '954,000', revised: '1' }, ['estimate'], 'not_money'],
  ])('PRM-5 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => estimateRevisionAllowed(input as never), [{ path, code }]);
  });
});

describe('estimateRevisionAllowed: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(estimateRevisionAllowedDefinition)).toMatchInlineSnapshot(`
      "PRM-5  Change = (revised - estimate) / estimate, truncated to 10 decimal places
        Revised figure                                             $810,900.00
        Less estimate                                            - $954,000.00
        ----------------------------------------------------------------------
        Change                                                            -15%

      PRM-5  A revision is allowed when |revised - estimate| >= 15% of the estimate
        Difference |revised - estimate|                            $143,100.00
        15% of the estimate                                        $143,100.00
        ----------------------------------------------------------------------
        Revision allowed                                                   yes"
    `);
  });
});
