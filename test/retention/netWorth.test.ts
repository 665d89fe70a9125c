// RET-11: the net-worth tests of an individual self-insurer's retention level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { netWorthAllowsLimit } from '../../src/retention/netWorth.js';

const dollars = (c: bigint) => new D(c.toString()).div(100);

describe('netWorthAllowsLimit (RET-11)', () => {
  it('RET-11: allowed exactly when net worth >= 10% of assets and >= 10 x limit (boundaries included)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 13n }),
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (nw, assets, limit) => {
          const r = netWorthAllowsLimit(dollars(nw), dollars(assets), dollars(limit));
          const expected = nw * 10n >= assets && nw >= limit * 10n;
          expect(r.allowed).toBe(expected);
          expect(r.reason === undefined).toBe(expected);
        },
      ),
    );
  });

  it('RET-11: the boundaries pass (net worth exactly 10% of assets and exactly 10 x limit)', () => {
    expect(netWorthAllowsLimit(new D('5000000'), new D('50000000'), new D('500000'))).toEqual({ allowed: true });
    expect(netWorthAllowsLimit(new D('4999999.99'), new D('40000000'), new D('500000')).allowed).toBe(false);
    expect(netWorthAllowsLimit(new D('5000000'), new D('50000000.01'), new D('500000')).allowed).toBe(false);
  });
});
