import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Claim, formatWorksheet, splitOccurrence, WcraError } from 'wcra-calc';
import { splitOccurrenceDefinition } from '../../src/claims/splitOccurrence.js';
import { expectIssues, stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { arbClaims, BASE, deepFreeze, m, toC } from './helpers.js';

const fire = (claimId: string, paid: string | number, extra: Partial<Claim> = {}): Claim => ({
  ...BASE,
  claimId,
  employeeId: `E-${claimId}`,
  occurrenceId: 'FIRE',
  paid,
  ...extra,
});

function thrown(fn: () => unknown): WcraError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WcraError) return e;
    throw e;
  }
  throw new Error('expected a WcraError');
}

describe('splitOccurrence', () => {
  it('RET-1 GEN-3 issue example: 300,000 / 250,000 / 150,000 over a 500,000 retention', () => {
    const r = splitOccurrence({ claims: [fire('A', '300000'), fire('B', '250000'), fire('C', '150000')], retention: '500000' });
    expect(r).toStrictEqual({
      total: '700000.00',
      retained: '500000.00',
      reimbursable: '200000.00',
      shares: [
        { claimId: 'A', total: '300000.00', retained: '214285.71', reimbursable: '85714.29' },
        { claimId: 'B', total: '250000.00', retained: '178571.43', reimbursable: '71428.57' },
        { claimId: 'C', total: '150000.00', retained: '107142.86', reimbursable: '42857.14' },
      ],
    });
  });

  it('RET-1 basis incurred splits the incurred amounts', () => {
    const r = splitOccurrence({
      claims: [fire('A', '100', { incurred: '600000' }), fire('B', '100')],
      retention: '500000',
      basis: 'incurred',
    });
    expect(r.total).toBe('600100.00');
    expect(r.shares.map((s) => s.reimbursable)).toStrictEqual(['100083.32', '16.68']);
  });

  it('RET-1 exactly at the retention: nothing reimbursable', () => {
    const r = splitOccurrence({ claims: [fire('A', '300000'), fire('B', '200000')], retention: '500000' });
    expect(r.reimbursable).toBe('0.00');
    expect(r.shares.map((s) => [s.retained, s.reimbursable])).toStrictEqual([
      ['300000.00', '0.00'],
      ['200000.00', '0.00'],
    ]);
  });

  it('RET-1 one cent over the retention goes to the largest claim', () => {
    const r = splitOccurrence({ claims: [fire('A', '200000'), fire('B', '300000.01')], retention: '500000' });
    expect(r.shares.map((s) => s.reimbursable)).toStrictEqual(['0.00', '0.01']);
  });

  it('GEN-3 a half-cent tie goes to the earlier claim', () => {
    const r = splitOccurrence({ claims: [fire('A', '1.00'), fire('B', '1.00')], retention: '1.99' });
    expect(r.shares.map((s) => s.reimbursable)).toStrictEqual(['0.01', '0.00']);
  });

  it('RET-1 zero paid and zero retention', () => {
    expect(splitOccurrence({ claims: [fire('A', 0), fire('B', 0)], retention: 0 }).shares.map((s) => s.reimbursable)).toStrictEqual([
      '0.00',
      '0.00',
    ]);
    expect(splitOccurrence({ claims: [fire('A', '10'), fire('B', 0)], retention: 0 }).shares.map((s) => s.reimbursable)).toStrictEqual([
      '10.00',
      '0.00',
    ]);
  });

  it('RET-1 one claim: the whole excess is its share', () => {
    expect(splitOccurrence({ claims: [fire('A', '1234567.89')], retention: '1000000' }).shares).toStrictEqual([
      { claimId: 'A', total: '1234567.89', retained: '1000000.00', reimbursable: '234567.89' },
    ]);
  });

  it('GEN-1 amounts near 2^53 cents are split exactly', () => {
    const r = splitOccurrence({ claims: [fire('A', '45035996273704.95'), fire('B', '45035996273704.96')], retention: '0.01' });
    expect(r.total).toBe('90071992547409.91');
    expect(r.reimbursable).toBe('90071992547409.90');
    expect(r.shares.map((s) => s.reimbursable)).toStrictEqual(['45035996273704.95', '45035996273704.95']);
  });

  it('GEN-1 a total above 2^53 − 1 cents → INVALID_INPUT', () => {
    const e = thrown(() => splitOccurrence({ claims: [fire('A', '90071992547409.91'), fire('B', '0.01')], retention: 0 }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => ({ path: i.path, code: i.code }))).toStrictEqual([{ path: ['claims'], code: 'out_of_range' }]);
  });

  it('GEN-3 the Alabama paradox: a higher retention can move one cent to another claim', () => {
    // Largest-remainder allocation (GEN-3) is not monotone claim by claim: a cent can move.
    const claims = [fire('A', '0.01'), fire('B', '0.03'), fire('C', '0.03')];
    expect(splitOccurrence({ claims, retention: '0.03' }).shares.map((s) => s.reimbursable)).toStrictEqual(['0.00', '0.02', '0.02']);
    expect(splitOccurrence({ claims, retention: '0.04' }).shares.map((s) => s.reimbursable)).toStrictEqual(['0.01', '0.01', '0.01']);
  });

  it('RET-1 explain prints a worksheet', () => {
    const r = splitOccurrence(
      { claims: [fire('A', '300000'), fire('B', '250000'), fire('C', '150000')], retention: '500000' },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['CLM-1', 'RET-1', 'GEN-3', 'GEN-3', 'GEN-3']);
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$85,714.29');
    expect(sheet).toContain('- $500,000.00');
  });

  it('CLM-1 RET-1 GEN-3 explain lists every step in full (incurred basis)', () => {
    const r = splitOccurrence(
      {
        claims: [fire('A', '10', { incurred: '300' }), fire('B', '20', { incurred: '100' })],
        retention: '200',
        basis: 'incurred',
      },
      { explain: true },
    );
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'CLM-1',
        inputs: [
          { label: 'Claim A', value: '300.00', kind: 'money' },
          { label: 'Claim B', value: '100.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Total incurred', value: '400.00', kind: 'money' },
      },
      {
        rule: 'RET-1',
        inputs: [
          { label: 'Total incurred', value: '400.00', kind: 'money' },
          { label: 'Retention', value: '200.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Reimbursable', value: '200.00', kind: 'money' },
      },
      {
        rule: 'GEN-3',
        inputs: [
          { label: 'Reimbursable', value: '200.00', kind: 'money' },
          { label: 'Claim / total', value: '300.00 / 400.00', kind: 'number' },
        ],
        result: { label: 'Claim A reimbursable share', value: '150.00', kind: 'money' },
      },
      {
        rule: 'GEN-3',
        inputs: [
          { label: 'Reimbursable', value: '200.00', kind: 'money' },
          { label: 'Claim / total', value: '100.00 / 400.00', kind: 'number' },
        ],
        result: { label: 'Claim B reimbursable share', value: '50.00', kind: 'money' },
      },
    ]);
  });

  describe('properties', () => {
    const arbInput = fc.tuple(
      arbClaims(1, 8),
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fc.constantFrom('paid' as const, 'incurred' as const),
    );

    it('GEN-3 shares add up exactly to the occurrence figures', () => {
      fc.assert(
        fc.property(arbInput, ([claims, retention, basis]) => {
          const r = splitOccurrence({ claims, retention: m(retention), basis });
          const sum = (f: 'total' | 'retained' | 'reimbursable') => r.shares.reduce((s, x) => s + toC(x[f]), 0n);
          expect(sum('total')).toBe(toC(r.total));
          expect(sum('retained')).toBe(toC(r.retained));
          expect(sum('reimbursable')).toBe(toC(r.reimbursable));
          for (const s of r.shares) expect(toC(s.retained) + toC(s.reimbursable)).toBe(toC(s.total));
        }),
      );
    });

    it('RET-1 reimbursable = max(0, total − retention): never above it, never negative, no share above its claim', () => {
      fc.assert(
        fc.property(arbInput, ([claims, retention, basis]) => {
          const r = splitOccurrence({ claims, retention: m(retention), basis });
          const total = toC(r.total);
          const expected = total > BigInt(retention) ? total - BigInt(retention) : 0n;
          expect(toC(r.reimbursable)).toBe(expected);
          for (const s of r.shares) {
            expect(toC(s.reimbursable) >= 0n).toBe(true);
            expect(toC(s.reimbursable) <= toC(s.total)).toBe(true);
          }
        }),
      );
    });

    it('RET-1 raising the retention never raises the occurrence reimbursement, nor any claim share by more than the one GEN-3 cent', () => {
      fc.assert(
        fc.property(arbInput, fc.integer({ min: 1, max: 100_000_000 }), ([claims, retention, basis], raise) => {
          const lo = splitOccurrence({ claims, retention: m(retention), basis });
          const hi = splitOccurrence({ claims, retention: m(retention + raise), basis });
          expect(toC(hi.reimbursable) <= toC(lo.reimbursable)).toBe(true);
          hi.shares.forEach((s, i) => {
            expect(toC(s.reimbursable) <= toC(lo.shares[i]?.reimbursable ?? '0') + 1n).toBe(true);
          });
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ claims: [fire('A', '300000'), fire('B', '250000')], retention: '500000' });
    const copy = structuredClone(input);
    splitOccurrence(input);
    expect(input).toStrictEqual(copy);
  });

  describe('bad input → INVALID_INPUT', () => {
    it.each([
      [null, [], 'wrong_type'],
      [{ claims: [], retention: '1' }, ['claims'], 'empty_list'],
      [{ claims: [BASE], retention: '-1' }, ['retention'], 'out_of_range'],
      [{ claims: [BASE], retention: '1.001' }, ['retention'], 'too_many_decimals'],
      [{ claims: [BASE], retention: '1', basis: 'reserved' }, ['basis'], 'not_one_of'],
      [{ claims: [{ ...BASE, paid: 'abc' }], retention: '1' }, ['claims', 0, 'paid'], 'not_money'],
      [{ claims: [{ ...BASE, injuryDate: '2019-02-30' }], retention: '1' }, ['claims', 0, 'injuryDate'], 'not_a_date'],
      [{ claims: [BASE, BASE], retention: '1' }, ['claims', 1, 'claimId'], 'duplicate'],
      [{ claims: [BASE] }, ['retention'], 'required'],
    ])('%j', (input, path, code) => {
      expectIssues(() => splitOccurrence(input as never), [{ path, code }]);
    });
  });
});

describe('splitOccurrence: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(splitOccurrenceDefinition)).toMatchInlineSnapshot(`
      "CLM-1  Occurrence total = sum of the claims' paid amounts
        Claim A                                                    $300,000.00
        Claim B                                                  + $250,000.00
        Claim C                                                  + $150,000.00
        ----------------------------------------------------------------------
        Total paid                                                 $700,000.00

      RET-1  Reimbursable = max(0, total - retention)
        Total paid                                                 $700,000.00
        Retention                                                - $500,000.00
        ----------------------------------------------------------------------
        Reimbursable                                               $200,000.00

      GEN-3  Claim A: share = reimbursable x claim / total, floored to the cent, leftover cents to largest remainders
        Reimbursable                                               $200,000.00
        Claim / total                                    300000.00 / 700000.00
        ----------------------------------------------------------------------
        Claim A reimbursable share                                  $85,714.29

      GEN-3  Claim B: share = reimbursable x claim / total, floored to the cent, leftover cents to largest remainders
        Reimbursable                                               $200,000.00
        Claim / total                                    250000.00 / 700000.00
        ----------------------------------------------------------------------
        Claim B reimbursable share                                  $71,428.57

      GEN-3  Claim C: share = reimbursable x claim / total, floored to the cent, leftover cents to largest remainders
        Reimbursable                                               $200,000.00
        Claim / total                                    150000.00 / 700000.00
        ----------------------------------------------------------------------
        Claim C reimbursable share                                  $42,857.14"
    `);
  });
});
