import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, reimbursementDue } from 'wcra-calc';
import { reimbursementDueDefinition } from '../../src/claims/reimbursementDue.js';
import { expectIssues, stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, m, toC } from './helpers.js';

describe('reimbursementDue', () => {
  it('CLM-6 due = max(0, paid − retention) − reimbursed', () => {
    expect(reimbursementDue({ paid: '700000', retention: '500000', reimbursed: '150000' })).toStrictEqual({
      excess: '200000.00',
      due: '50000.00',
      overpaid: '0.00',
    });
  });

  it('CLM-6 a negative amount due is an overpayment owed back', () => {
    expect(reimbursementDue({ paid: '600000', retention: '500000', reimbursed: '150000' })).toStrictEqual({
      excess: '100000.00',
      due: '0.00',
      overpaid: '50000.00',
    });
  });

  it('CLM-6 paid below the retention: nothing due; reimbursed defaults to 0', () => {
    expect(reimbursementDue({ paid: '499999.99', retention: '500000' })).toStrictEqual({ excess: '0.00', due: '0.00', overpaid: '0.00' });
    expect(reimbursementDue({ paid: '500000', retention: '500000' }).due).toBe('0.00');
    expect(reimbursementDue({ paid: '500000.01', retention: '500000' }).due).toBe('0.01');
  });

  it('CLM-6 fully reimbursed: neither due nor overpaid', () => {
    expect(reimbursementDue({ paid: 700000, retention: 500000, reimbursed: 200000 })).toStrictEqual({
      excess: '200000.00',
      due: '0.00',
      overpaid: '0.00',
    });
  });

  it('GEN-1 amounts near 2^53 cents are exact', () => {
    expect(reimbursementDue({ paid: '90071992547409.91', retention: '0.01', reimbursed: '90071992547409.91' })).toStrictEqual({
      excess: '90071992547409.90',
      due: '0.00',
      overpaid: '0.01',
    });
  });

  it('CLM-6 explain prints the two steps', () => {
    const r = reimbursementDue({ paid: '600000', retention: '500000', reimbursed: '150000' }, { explain: true });
    expect(r.steps?.map((s) => s.result.label)).toStrictEqual(['Excess', 'Overpaid']);
    expect(formatWorksheet(r.steps ?? [])).toContain('- $150,000.00');
    expect(reimbursementDue({ paid: '700000', retention: '500000' }, { explain: true }).steps?.[1]?.result).toStrictEqual({
      label: 'Due',
      value: '200000.00',
      kind: 'money',
    });
  });

  it('CLM-6 explain lists both steps in full', () => {
    expect(stepValues(reimbursementDue({ paid: '700000', retention: '500000', reimbursed: '150000' }, { explain: true }).steps)).toEqual([
      {
        rule: 'CLM-6',
        inputs: [
          { label: 'Paid', value: '700000.00', kind: 'money' },
          { label: 'Retention', value: '500000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Excess', value: '200000.00', kind: 'money' },
      },
      {
        rule: 'CLM-6',
        inputs: [
          { label: 'Excess', value: '200000.00', kind: 'money' },
          { label: 'Reimbursed to date', value: '150000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Due', value: '50000.00', kind: 'money' },
      },
    ]);
  });

  describe('properties', () => {
    const c = fc.integer({ min: 0, max: 2 ** 52 });
    it('CLM-6 due − overpaid = max(0, paid − retention) − reimbursed, one of them zero', () => {
      fc.assert(
        fc.property(c, c, c, (paid, retention, reimbursed) => {
          const r = reimbursementDue({ paid: m(paid), retention: m(retention), reimbursed: m(reimbursed) });
          const excess = paid > retention ? BigInt(paid - retention) : 0n;
          expect(toC(r.excess)).toBe(excess);
          expect(toC(r.due) - toC(r.overpaid)).toBe(excess - BigInt(reimbursed));
          expect(toC(r.due) === 0n || toC(r.overpaid) === 0n).toBe(true);
        }),
      );
    });

    it('CLM-6 raising the retention never raises the amount due', () => {
      fc.assert(
        fc.property(c, c, c, fc.integer({ min: 0, max: 1e9 }), (paid, retention, reimbursed, raise) => {
          const lo = reimbursementDue({ paid: m(paid), retention: m(retention), reimbursed: m(reimbursed) });
          const hi = reimbursementDue({ paid: m(paid), retention: m(retention + raise), reimbursed: m(reimbursed) });
          expect(toC(hi.due) <= toC(lo.due)).toBe(true);
          expect(toC(hi.overpaid) >= toC(lo.overpaid)).toBe(true);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ paid: '700000', retention: '500000', reimbursed: '1' });
    reimbursementDue(input);
    expect(input).toStrictEqual({ paid: '700000', retention: '500000', reimbursed: '1' });
  });

  it.each([
    [null, [], 'wrong_type'],
    [{ paid: '-1', retention: '0' }, ['paid'], 'out_of_range'],
    [{ paid: '1', retention: 'abc' }, ['retention'], 'not_money'],
    [{ paid: '1', retention: '0', reimbursed: 0.001 }, ['reimbursed'], 'too_many_decimals'],
    [{ paid: '1', retention: '0', extra: 1 }, ['extra'], 'unknown_field'],
  ])('bad input %j → INVALID_INPUT %j %s', (input, path, code) => {
    expectIssues(() => reimbursementDue(input as never), [{ path, code }]);
  });
});

describe('reimbursementDue: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(reimbursementDueDefinition)).toMatchInlineSnapshot(`
      "CLM-6  Excess = max(0, paid - retention)
        Paid                                                       $700,000.00
        Retention                                                - $500,000.00
        ----------------------------------------------------------------------
        Excess                                                     $200,000.00

      CLM-6  Due = excess - reimbursed to date (below zero: overpaid, owed back)
        Excess                                                     $200,000.00
        Reimbursed to date                                       - $150,000.00
        ----------------------------------------------------------------------
        Due                                                         $50,000.00"
    `);
  });
});
