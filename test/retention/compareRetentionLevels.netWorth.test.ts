// compareRetentionLevels learns RET-11 (issue 15 item 11): with a self-insurer's net worth and
// total assets, each level says whether the member may choose it, and why not.
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/core/money.js';
import { compareRetentionLevels } from '../../src/retention/compareRetentionLevels.js';
import { netWorthAllowsLimit } from '../../src/retention/netWorth.js';
import { expectIssues } from '../helpers.js';

const member = { year: 2025, exposure: '3200000', occurrenceLosses: ['275000', '2600000'], memberType: 'self-insurer' } as const;

describe('compareRetentionLevels: RET-11', () => {
  it('RET-11: allowedByNetWorth per level (>= 10% of assets and >= 10 x limit), netWorthReason only when false', () => {
    const r = compareRetentionLevels({ ...member, netWorth: '20000000', totalAssets: '150000000' });
    expect(r.options.map((o) => o.allowedByNetWorth)).toEqual([true, true, true, false]);
    expect(r.options.map((o) => o.netWorthReason === undefined)).toEqual([true, true, true, false]);
    for (const o of r.options)
      expect(o.allowedByNetWorth).toBe(netWorthAllowsLimit(toDecimal('20000000'), toDecimal('150000000'), toDecimal(o.limit)).allowed);
    // below 10% of total assets: no level at all
    const thin = compareRetentionLevels({ ...member, netWorth: '20000000', totalAssets: '200000000.01' });
    expect(thin.options.map((o) => o.allowedByNetWorth)).toEqual([false, false, false, false]);
  });

  it('RET-11: the other figures are unchanged, and without net worth the fields are absent', () => {
    const without = compareRetentionLevels(member);
    const withNw = compareRetentionLevels({ ...member, netWorth: '20000000', totalAssets: '150000000' });
    expect(without.options[0]).not.toHaveProperty('allowedByNetWorth');
    expect(withNw.options.map(({ allowedByNetWorth: _a, netWorthReason: _r, ...rest }) => rest)).toStrictEqual(without.options);
  });

  it('RET-11: both or neither, self-insurers only', () => {
    expectIssues(() => compareRetentionLevels({ ...member, netWorth: '20000000' }), [{ path: ['totalAssets'], code: 'required' }]);
    expectIssues(
      () => compareRetentionLevels({ ...member, memberType: 'insurer', netWorth: '1', totalAssets: '2' }),
      [
        { path: ['netWorth'], code: 'not_allowed' },
        { path: ['totalAssets'], code: 'not_allowed' },
      ],
    );
    expectIssues(
      () => compareRetentionLevels({ ...member, memberType: undefined, netWorth: '1', totalAssets: '2' } as never),
      [{ path: ['netWorth'], code: 'not_allowed' }],
    );
    expectIssues(
      () => compareRetentionLevels({ ...member, netWorth: '1', totalAssets: '-2' }),
      [{ path: ['totalAssets'], code: 'out_of_range' }],
    );
  });

  it('RET-11: explain adds one step per level with the answer', () => {
    const r = compareRetentionLevels({ ...member, netWorth: '20000000', totalAssets: '150000000' }, { explain: true });
    const steps = (r.steps ?? []).filter((s) => s.rule === 'RET-11');
    expect(steps.map((s) => s.result.value)).toEqual(['yes', 'yes', 'yes', 'no']);
  });
});
