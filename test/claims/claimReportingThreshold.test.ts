import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimReportingThreshold } from 'wcra-calc';
import { claimReportingThresholdDefinition } from '../../src/claims/claimReportingThreshold.js';
import { stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, m, toC } from './helpers.js';
import { thrown } from './thrown.js';

describe('claimReportingThreshold', () => {
  it.each([
    ['500000', '250000.00'],
    ['1000000', '500000.00'],
    ['2000000', '1000000.00'],
    ['5000000', '1000000.00'],
    ['2000000.02', '1000000.00'],
    ['1999999.98', '999999.99'],
    ['0.01', '0.00'],
    ['0', '0.00'],
    ['0.03', '0.01'],
  ])('CLM-7 retention %s → threshold %s', (retention, threshold) => {
    expect(claimReportingThreshold({ retention })).toStrictEqual({ threshold });
  });

  it('CLM-7 explain cites the rule', () => {
    const r = claimReportingThreshold({ retention: '500000' }, { explain: true });
    expect(r.steps?.[0]?.rule).toBe('CLM-7');
    expect(r.steps?.[0]?.result.value).toBe('250000.00');
  });

  it('CLM-7 explain lists the whole threshold step', () => {
    expect(stepValues(claimReportingThreshold({ retention: '500000.03' }, { explain: true }).steps)).toEqual([
      {
        rule: 'CLM-7',
        inputs: [
          { label: 'Retention', value: '500000.03', kind: 'money' },
          { label: 'Share of retention', value: '0.5', kind: 'rate', operator: 'x' },
          { label: 'Cap', value: '1000000.00', kind: 'money', operator: 'min' },
        ],
        result: { label: 'Reporting threshold', value: '250000.01', kind: 'money' },
      },
    ]);
  });

  describe('properties', () => {
    it('CLM-7 threshold = min(floor(retention / 2), 1,000,000), the floor never changes the test', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), (r) => {
          const t = toC(claimReportingThreshold({ retention: m(r) }).threshold);
          expect(t).toBe(r / 2n < 100_000_000n ? r / 2n : 100_000_000n);
          // For whole-cent incurred I: I > t exactly when 2I > retention.
          if (t < 100_000_000n) {
            expect(2n * (t + 1n) > r).toBe(true);
            expect(2n * t <= r).toBe(true);
          }
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ retention: '500000' });
    claimReportingThreshold(input);
    expect(input).toStrictEqual({ retention: '500000' });
  });

  it.each([
    [null, []],
    [{}, ['retention']],
    [{ retention: '-500000' }, ['retention']],
    [{ retention: 'half a million' }, ['retention']],
  ])('bad input %j → INVALID_INPUT', (input, path) => {
    const e = thrown(() => claimReportingThreshold(input as never));
    expect([e.code, e.issues[0]?.path]).toStrictEqual(['INVALID_INPUT', path]);
  });
});

describe('claimReportingThreshold: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(claimReportingThresholdDefinition)).toMatchInlineSnapshot(`
      "CLM-7  Threshold = min(50% of retention floored to the cent, $1,000,000)
        Retention                                                  $500,000.00
        Share of retention                                               x 50%
        Cap                                                  min $1,000,000.00
        ----------------------------------------------------------------------
        Reporting threshold                                        $250,000.00"
    `);
  });
});
