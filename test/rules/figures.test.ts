import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimReportingThreshold, compareRetentionLevels, reinsurancePremium } from '../../src/index.js';
import {
  NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE,
  NET_WORTH_SHARE_OF_ASSETS_FIGURE,
  PREMIUM_TAX_RATE,
  REPORTING_SHARE_OF_RETENTION,
  REPORTING_THRESHOLD_CAP_FIGURE,
} from '../../src/rules/figures.js';
import { RULE_IDS } from '../../src/rules/ids.js';

const FIGURES = [
  PREMIUM_TAX_RATE,
  REPORTING_SHARE_OF_RETENTION,
  REPORTING_THRESHOLD_CAP_FIGURE,
  NET_WORTH_SHARE_OF_ASSETS_FIGURE,
  NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE,
];

describe('published figures in src/rules/figures.ts (issue 13 item 9)', () => {
  it('each names a rule of RULES.md, a source and its years, and is frozen', () => {
    for (const f of FIGURES) {
      expect(RULE_IDS).toContain(f.rule);
      expect(f.source.length).toBeGreaterThan(0);
      expect(f.value).toMatch(/^\d+(\.\d+)?$/);
      expect(f.fromYear === null || Number.isInteger(f.fromYear)).toBe(true);
      expect(f.published).toBe(true);
      expect(Object.isFrozen(f)).toBe(true);
    }
  });

  it('CLM-7 the calculator reads the share and the cap: threshold = min(floor(share × retention), cap) in cents', () => {
    const share = BigInt(REPORTING_SHARE_OF_RETENTION.value.replace('0.', '')); // tenths
    const cap = BigInt(REPORTING_THRESHOLD_CAP_FIGURE.value) * 100n;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000_000_00n }), (retention) => {
        const half = (retention * share) / 10n;
        const expected = half < cap ? half : cap;
        const cents = expected.toString().padStart(3, '0');
        const r = claimReportingThreshold({ retention: `${retention / 100n}.${(retention % 100n).toString().padStart(2, '0')}` });
        expect(r.threshold).toBe(`${cents.slice(0, -2)}.${cents.slice(-2)}`);
      }),
    );
  });

  it('PRM-6 a self-insurer pays PREMIUM_TAX_RATE on its premium, an insurer none', () => {
    const si = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'self-insurer' });
    expect(si.tax).toBe('19080.00'); // 954,000.00 × 0.02
    expect(PREMIUM_TAX_RATE.value).toBe('0.02');
    expect(reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' }).tax).toBe('0.00');
  });

  it('RET-11 a net worth just below either floor closes the level', () => {
    const base = { year: 2025, exposure: '10000000', memberType: 'self-insurer' as const, occurrenceLosses: [] };
    // 10 × the $500,000 low limit = $5,000,000; 10% of $40,000,000 assets = $4,000,000.
    const open = compareRetentionLevels({ ...base, netWorth: '5000000', totalAssets: '40000000' });
    const closed = compareRetentionLevels({ ...base, netWorth: '4999999.99', totalAssets: '40000000' });
    expect(open.options.find((o) => o.level === 'low')?.allowedByNetWorth).toBe(true);
    expect(closed.options.find((o) => o.level === 'low')?.allowedByNetWorth).toBe(false);
    expect(NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE.value).toBe('10');
    expect(NET_WORTH_SHARE_OF_ASSETS_FIGURE.value).toBe('0.1');
  });
});
