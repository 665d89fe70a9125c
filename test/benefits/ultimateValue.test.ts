import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ultimateValueDefinition } from '../../src/benefits/ultimateValue.js';
import { CASE_RESERVE_TABLE, ultimateValue } from '../../src/index.js';
import { lookupCaseReserveRate } from '../../src/rules/caseReserve.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const example = { weeklyRate: '800', years: '3.5', injuryDate: '2024-11-15', kind: 'indemnity' } as const;

describe('BEN-8 ultimateValue: values', () => {
  it('BEN-8 three years of $10,000 at 3%: 10,000 + 10,300 + 10,609', () => {
    expect(ultimateValue({ annualPayment: '10000', years: 3, escalationRate: '0.03' })).toStrictEqual({
      escalationRate: '0.03',
      years: [
        { year: 1, amount: '10000.00' },
        { year: 2, amount: '10300.00' },
        { year: 3, amount: '10609.00' },
      ],
      ultimateValue: '30909.00',
    });
  });

  it('BEN-8 a weekly rate is 52 a year; a final half year at the escalated amount; the WCRA indemnity rate 2.7% from 2013-10-01', () => {
    // 41,600 + 42,723.20 + 43,876.7264 + 0.5 × 45,061.398… = 150,730.6254064.
    expect(ultimateValue(example)).toStrictEqual({
      escalationRate: '0.027',
      years: [
        { year: 1, amount: '41600.00' },
        { year: 2, amount: '42723.20' },
        { year: 3, amount: '43876.73' },
        { year: 4, amount: '22530.70' },
      ],
      ultimateValue: '150730.63',
    });
  });

  it('BEN-8 the case-reserve rates by date of injury, at every edge of the table', () => {
    const rateOn = (injuryDate: string, kind: 'indemnity' | 'medical') =>
      ultimateValue({ annualPayment: '1', years: 1, injuryDate, kind }).escalationRate;
    expect(rateOn('1900-01-01', 'indemnity')).toBe('0.039');
    expect(rateOn('1992-09-30', 'indemnity')).toBe('0.039');
    expect(rateOn('1992-10-01', 'indemnity')).toBe('0.034');
    expect(rateOn('1995-09-30', 'indemnity')).toBe('0.034');
    expect(rateOn('1995-10-01', 'indemnity')).toBe('0.019');
    expect(rateOn('2013-09-30', 'indemnity')).toBe('0.019');
    expect(rateOn('2013-10-01', 'indemnity')).toBe('0.027');
    expect(rateOn('2200-12-31', 'indemnity')).toBe('0.027');
    for (const d of ['1900-01-01', '1992-10-01', '2013-10-01', '2200-12-31']) expect(rateOn(d, 'medical')).toBe('0.045');
  });

  it('BEN-8 the table is frozen, sourced and without gaps; a period it lacks is UNKNOWN_PERIOD', () => {
    expect(Object.isFrozen(CASE_RESERVE_TABLE)).toBe(true);
    for (const e of CASE_RESERVE_TABLE) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(e.source).toMatch(/BEN-8/);
    }
    const gappy = CASE_RESERVE_TABLE.filter((e) => e.rate !== '0.034');
    const err = expectWcraError(() => lookupCaseReserveRate('1993-01-01', 'indemnity', gappy), 'UNKNOWN_PERIOD');
    expect(err.details).toStrictEqual({ injuryDate: '1993-01-01', kind: 'indemnity' });
    expect(lookupCaseReserveRate('1993-01-01', 'medical', gappy).rate).toBe('0.045');
  });

  it('BEN-8 zero years is nothing; a quarter year alone is a quarter of A', () => {
    expect(ultimateValue({ annualPayment: '1000', years: 0, escalationRate: '0.05' })).toStrictEqual({
      escalationRate: '0.05',
      years: [],
      ultimateValue: '0.00',
    });
    expect(ultimateValue({ annualPayment: '1000', years: '0.25', escalationRate: '0.05' }).years).toStrictEqual([
      { year: 1, amount: '250.00' },
    ]);
    expect(ultimateValue({ annualPayment: '0', years: 5, escalationRate: '0.05' }).years.map((y) => y.amount)).toStrictEqual(
      Array(5).fill('0.00'),
    );
  });

  it('BEN-8 rounded to the cent once at the end: a half cent goes up by default, options.rounding changes it', () => {
    // 0.01 × 0.5 = 0.005 exactly.
    expect(ultimateValue({ annualPayment: '0.01', years: '0.5', escalationRate: '0' }).ultimateValue).toBe('0.01');
    expect(ultimateValue({ annualPayment: '0.01', years: '0.5', escalationRate: '0' }, { rounding: 'trunc' }).ultimateValue).toBe('0.00');
    // Three years of 0.333 at 0%: 0.999 → 1.00, not 3 × 0.33.
    expect(ultimateValue({ annualPayment: '0.333', years: 3, escalationRate: '0' })).toMatchObject({
      ultimateValue: '1.00',
      years: [
        { year: 1, amount: '0.34' },
        { year: 2, amount: '0.33' },
        { year: 3, amount: '0.33' },
      ],
    });
  });

  it('BEN-8 a total beyond the money range is RESULT_OUT_OF_RANGE', () => {
    expectWcraError(() => ultimateValue({ annualPayment: '90071992547409.91', years: 100, escalationRate: '0.05' }), 'RESULT_OUT_OF_RANGE');
  });
});

describe('BEN-8 ultimateValue: properties', () => {
  it('BEN-8 at 0% escalation the ultimate value is payment × years (rounded half-up)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000n }), fc.integer({ min: 0, max: 400 }), fc.boolean(), (c, quarters, weekly) => {
        const years = (quarters / 4).toString();
        const input = weekly ? { weeklyRate: centsStr(c) } : { annualPayment: centsStr(c) };
        const r = ultimateValue({ ...input, years, escalationRate: '0' });
        const annual = weekly ? 52n * c : c;
        expect(strCents(r.ultimateValue)).toBe((annual * BigInt(quarters) * 2n + 4n) / 8n);
      }),
    );
  });

  it('BEN-8 differential: the exact sum in bigint, rounded half-up; GEN-3 the years add up to it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000_000n }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (a, n, quarter, perMille) => {
          const k = BigInt(perMille);
          // Σ_{y<n} a·(1000 + k)^y / 1000^y + quarter/4 · a·(1000 + k)^n / 1000^n, over 4·1000^n.
          let num = 0n;
          for (let y = 0; y < n; y++) num += a * (1000n + k) ** BigInt(y) * 1000n ** BigInt(n - y) * 4n;
          num += a * (1000n + k) ** BigInt(n) * BigInt(quarter);
          const den = 4n * 1000n ** BigInt(n);
          const r = ultimateValue({ annualPayment: centsStr(a), years: n + quarter / 4, escalationRate: (perMille / 1000).toString() });
          const total = strCents(r.ultimateValue);
          expect(total).toBe((2n * num + den) / (2n * den));
          expect(r.years.length).toBe(n + (quarter > 0 ? 1 : 0));
          expect(r.years.reduce((s, y) => s + strCents(y.amount), 0n)).toBe(total);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('BEN-8 does not mutate its input', () => {
    const input = deepFreeze({ ...example });
    expect(ultimateValue(input).ultimateValue).toBe('150730.63');
    expect(input).toStrictEqual(example);
  });
});

describe('BEN-8 ultimateValue: bad input', () => {
  it('BEN-8 a payment: one of annualPayment and weeklyRate', () => {
    expectIssues(
      () => ultimateValue({ annualPayment: '1', weeklyRate: '1', years: 1, escalationRate: '0' }),
      [{ path: ['weeklyRate'], code: 'conflict' }],
    );
    expectIssues(() => ultimateValue({ years: 1, escalationRate: '0' }), [{ path: ['annualPayment'], code: 'required' }]);
  });

  it('BEN-8 an escalation: escalationRate, or injuryDate and kind, not both', () => {
    expectIssues(
      () => ultimateValue({ annualPayment: '1', years: 1, escalationRate: '0.02', kind: 'medical' }),
      [{ path: ['escalationRate'], code: 'conflict' }],
    );
    expectIssues(
      () => ultimateValue({ annualPayment: '1', years: 1 }),
      [
        { path: ['injuryDate'], code: 'required' },
        { path: ['kind'], code: 'required' },
      ],
    );
    expectIssues(() => ultimateValue({ annualPayment: '1', years: 1, kind: 'medical' }), [{ path: ['injuryDate'], code: 'required' }]);
  });

  it('BEN-8 codes for bad fields', () => {
    expectIssues(
      () => ultimateValue({ annualPayment: 'abc', years: 101, escalationRate: '1.5', injuryDate: '2024-02-30', kind: 'dental' } as never),
      [
        { path: ['annualPayment'], code: 'not_money' },
        { path: ['years'], code: 'out_of_range' },
        { path: ['escalationRate'], code: 'out_of_range' },
        { path: ['injuryDate'], code: 'not_a_date' },
        { path: ['kind'], code: 'not_one_of' },
      ],
    );
    expectIssues(
      () => ultimateValue({ weeklyRate: '-1', years: '-1', escalationRate: '0' }),
      [
        { path: ['weeklyRate'], code: 'out_of_range' },
        { path: ['years'], code: 'out_of_range' },
      ],
    );
  });
});

describe('BEN-8 ultimateValue: explain', () => {
  it('BEN-8 GEN-3 steps cite the declared rules, with the figures of the result', () => {
    const r = ultimateValue(example, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BEN-8', 'BEN-8', 'BEN-8', 'GEN-3']);
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['0.027', '41600.00', '150730.63', '150730.63']);
    expect(r.steps?.[3]?.inputs.map((i) => i.value)).toStrictEqual(['41600.00', '42723.20', '43876.73', '22530.70']);
  });

  it('BEN-8 with an escalation rate and an annual payment there is no table or weekly step', () => {
    const r = ultimateValue({ annualPayment: '10000', years: 3, escalationRate: '0.03' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BEN-8', 'GEN-3']);
  });
});

describe('ultimateValue: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(ultimateValueDefinition)).toMatchInlineSnapshot(`
      "BEN-8  WCRA case-reserve escalation rate for indemnity benefits by date of injury (RULES.md BEN-8 (WCRA case-reserve program escalation rates, read 2026))
        Date of injury                                              2024-11-15
        Kind                                                         indemnity
        ----------------------------------------------------------------------
        Escalation rate                                                   2.7%

      BEN-8  Annual payment = 52 x weekly rate
        Weekly rate                                                    $800.00
        Weeks a year                                                      x 52
        ----------------------------------------------------------------------
        Annual payment                                              $41,600.00

      BEN-8  Ultimate value = sum of A x (1 + e)^y for each whole year y = 0 .. n - 1, plus the final fraction of a year at A x (1 + e)^n, rounded to cents at the end
        Annual payment (A)                                          $41,600.00
        Escalation rate (e)                                               2.7%
        Years                                                              3.5
        ----------------------------------------------------------------------
        Ultimate value                                             $150,730.63

      GEN-3  Yearly amounts: the ultimate value split in proportion to each year's exact payments, in whole cents
        Year 1                                                      $41,600.00
        Year 2                                                      $42,723.20
        Year 3                                                      $43,876.73
        Year 4                                                      $22,530.70
        ----------------------------------------------------------------------
        Ultimate value                                             $150,730.63"
    `);
  });
});
