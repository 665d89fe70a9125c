import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, splitLoss } from 'wcra-calc';
import { splitLossDefinition } from '../../src/self-insurers/splitLoss.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectWcraError, toCents } from './helpers.js';

describe('splitLoss', () => {
  it('SI-7 primary = min(loss, split point), excess = the rest', () => {
    expect(splitLoss({ loss: '42000', splitPoint: '18500' })).toStrictEqual({ primary: '18500.00', excess: '23500.00' });
    expect(splitLoss({ loss: '9000', splitPoint: '18500' })).toStrictEqual({ primary: '9000.00', excess: '0.00' });
  });

  it('SI-10 published NCCI-style worked splits: $12,000 and $50,000 at split points $5,000, $10,000, $13,500', () => {
    const points = ['5000', '10000', '13500'];
    expect(points.map((splitPoint) => splitLoss({ loss: '12000', splitPoint }).primary)).toStrictEqual(['5000.00', '10000.00', '12000.00']);
    expect(points.map((splitPoint) => splitLoss({ loss: '50000', splitPoint }).excess)).toStrictEqual(['45000.00', '40000.00', '36500.00']);
  });

  it('SI-7 a loss exactly at the split point is all primary', () => {
    expect(splitLoss({ loss: '18500', splitPoint: '18500.00' })).toStrictEqual({ primary: '18500.00', excess: '0.00' });
    expect(splitLoss({ loss: '18500.01', splitPoint: 18500 })).toStrictEqual({ primary: '18500.00', excess: '0.01' });
  });

  it('SI-7 zero loss, zero split point', () => {
    expect(splitLoss({ loss: 0, splitPoint: '18500' })).toStrictEqual({ primary: '0.00', excess: '0.00' });
    expect(splitLoss({ loss: '500', splitPoint: 0 })).toStrictEqual({ primary: '0.00', excess: '500.00' });
  });

  it('GEN-3 amounts near 2^53 cents stay exact', () => {
    expect(splitLoss({ loss: '90071992547409.91', splitPoint: '0.01' })).toStrictEqual({ primary: '0.01', excess: '90071992547409.90' });
  });

  it('SI-7 explains as a worksheet', () => {
    const r = splitLoss({ loss: '42000', splitPoint: '18500' }, { explain: true });
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['18500.00', '23500.00']);
    expect(formatWorksheet(r.steps ?? [])).toContain('min $18,500.00');
  });

  describe('properties', () => {
    const amount = fc.bigInt({ min: 0n, max: 9_007_199_254_740_991n });

    it('GEN-3 primary + excess = loss exactly; primary ≤ split point; excess > 0 only above it', () => {
      fc.assert(
        fc.property(amount, amount, (loss, split) => {
          const r = splitLoss({ loss: cents(loss), splitPoint: cents(split) });
          expect(toCents(r.primary) + toCents(r.excess)).toBe(loss);
          expect(toCents(r.primary)).toBe(loss < split ? loss : split);
          expect(toCents(r.excess) > 0n).toBe(loss > split);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ loss: '42000', splitPoint: '18500' });
    splitLoss(input);
    expect(input).toStrictEqual({ loss: '42000', splitPoint: '18500' });
  });

  describe('bad input', () => {
    it.each([
      ['null', null, undefined],
      ['a negative loss', { loss: '-1', splitPoint: '18500' }, ['loss']],
      ['fractions of a cent', { loss: '1.005', splitPoint: '18500' }, ['loss']],
      ['a split point as words', { loss: '1', splitPoint: 'high' }, ['splitPoint']],
      ['a split point above the largest amount', { loss: '1', splitPoint: '90071992547409.92' }, ['splitPoint']],
      ['a missing loss', { splitPoint: '18500' }, ['loss']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      const err = expectWcraError(() => splitLoss(input as never), 'INVALID_INPUT', path);
      if (path?.[0] === 'loss' && input !== null && 'loss' in input) {
        expect(err.issues[0]?.code).toBe(input.loss === '-1' ? 'out_of_range' : 'too_many_decimals');
      }
    });
  });
});

describe('splitLoss: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(splitLossDefinition)).toMatchInlineSnapshot(`
      "SI-7  Primary loss = min(loss, split point)
        Loss                                                        $42,000.00
        Split point                                             min $18,500.00
        ----------------------------------------------------------------------
        Primary loss                                                $18,500.00

      SI-7  Excess loss = loss - primary loss
        Loss                                                        $42,000.00
        Primary loss                                              - $18,500.00
        ----------------------------------------------------------------------
        Excess loss                                                 $23,500.00"
    `);
  });
});
