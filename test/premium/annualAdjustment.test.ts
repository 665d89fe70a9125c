import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualAdjustment, formatWorksheet, hybridTrueUp, reinsurancePremium } from '../../src/index.js';
import { annualAdjustmentDefinition } from '../../src/premium/annualAdjustment.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

describe('PRM-7 annualAdjustment: worked examples', () => {
  it('PRM-7 seed 002 Calculation 3: $1,033,500 − $954,000 = $79,500 additional premium', () => {
    expect(annualAdjustment({ estimatedPremium: '954000', actualPremium: '1033500' })).toEqual({
      adjustment: '79500.00',
      kind: 'additional',
      taxRate: '0',
      tax: '0.00',
      total: '79500.00',
    });
  });

  it('PRM-7 end to end from the seed exposures', () => {
    const est = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' });
    const act = reinsurancePremium({ exposure: '13000000', year: 2022, level: 'low', memberType: 'insurer' });
    expect(annualAdjustment({ estimatedPremium: est.premium, actualPremium: act.premium }).adjustment).toBe('79500.00');
  });

  it('PRM-6 a self-insurer credit carries a tax credit', () => {
    expect(annualAdjustment({ estimatedPremium: '1000', actualPremium: '900', memberType: 'self-insurer' })).toEqual({
      adjustment: '-100.00',
      kind: 'credit',
      taxRate: '0.02',
      tax: '-2.00',
      total: '-102.00',
    });
  });

  it('PRM-7 no change', () => {
    expect(annualAdjustment({ estimatedPremium: '954000.00', actualPremium: 954000, memberType: 'self-insurer' })).toMatchObject({
      adjustment: '0.00',
      kind: 'none',
      tax: '0.00',
      total: '0.00',
    });
  });
});

describe('PRM-7 annualAdjustment: edge cases', () => {
  it('GEN-1 half-cent ties on the tax of a credit go away from zero', () => {
    // credit −0.25 × 2% = −0.005 → −0.01
    expect(annualAdjustment({ estimatedPremium: '1.25', actualPremium: '1.00', memberType: 'self-insurer' })).toMatchObject({
      adjustment: '-0.25',
      tax: '-0.01',
      total: '-0.26',
    });
    expect(annualAdjustment({ estimatedPremium: '1.00', actualPremium: '1.25', memberType: 'self-insurer' })).toMatchObject({
      tax: '0.01',
      total: '0.26',
    });
  });

  it('GEN-1 sub-cent premiums: the adjustment is rounded once, half-up', () => {
    expect(annualAdjustment({ estimatedPremium: '0.001', actualPremium: '0.006' }).adjustment).toBe('0.01');
    expect(annualAdjustment({ estimatedPremium: '0.006', actualPremium: '0.001' }).adjustment).toBe('-0.01');
  });

  it('an explicit tax rate overrides the member type default', () => {
    expect(annualAdjustment({ estimatedPremium: '0', actualPremium: '100', memberType: 'insurer', taxRate: '0.05' }).tax).toBe('5.00');
    expect(annualAdjustment({ estimatedPremium: '0', actualPremium: '100', memberType: 'self-insurer', taxRate: 0 }).tax).toBe('0.00');
  });

  it('amounts near 2^53 cents', () => {
    expect(annualAdjustment({ estimatedPremium: '0', actualPremium: '90071992547409.91' }).adjustment).toBe('90071992547409.91');
    expect(annualAdjustment({ estimatedPremium: '90071992547409.91', actualPremium: '0' }).adjustment).toBe('-90071992547409.91');
  });

  it('explain: the Calculation 3 layout', () => {
    const r = annualAdjustment({ estimatedPremium: '954000', actualPremium: '1033500', memberType: 'self-insurer' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['PRM-7', 'PRM-6', 'PRM-6']);
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('- $954,000.00');
    expect(sheet).toContain('$81,090.00');
    expect(annualAdjustment({ estimatedPremium: '1', actualPremium: '2' }, { explain: true }).steps).toHaveLength(1);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ estimatedPremium: '954000', actualPremium: '1033500', memberType: 'self-insurer' as const });
    expect(annualAdjustment(input).total).toBe('81090.00');
    expect(input).toEqual({ estimatedPremium: '954000', actualPremium: '1033500', memberType: 'self-insurer' });
  });
});

describe('PRM-7 annualAdjustment: bad input', () => {
  it.each<[unknown, ReadonlyArray<string | number>]>([
    [null, []],
    [{ estimatedPremium: 'abc', actualPremium: '1' }, ['estimatedPremium']],
    [{ estimatedPremium: '1' }, ['actualPremium']],
    [{ estimatedPremium: '-1', actualPremium: '1' }, ['estimatedPremium']],
    [{ estimatedPremium: '1', actualPremium: '1', memberType: 'pool' }, ['memberType']],
    [{ estimatedPremium: '1', actualPremium: '1', taxRate: '1.5' }, ['taxRate']],
  ])('%j → INVALID_INPUT at %j', (input, path) => {
    expect(expectWcraError(() => annualAdjustment(input as never), 'INVALID_INPUT').issues[0]?.path).toEqual(path);
  });

  it('bad options', () => {
    expectWcraError(() => annualAdjustment({ estimatedPremium: '1', actualPremium: '1' }, { explain: 1 } as never), 'INVALID_INPUT');
    expectWcraError(() => annualAdjustment({ estimatedPremium: '1', actualPremium: '1' }, null as never), 'INVALID_INPUT');
  });
});

describe('PRM-7 annualAdjustment: properties', () => {
  const cents = fc.bigInt({ min: 0n, max: 10n ** 14n });

  it('PRM-7 adjustment = actual − estimated exactly; kind follows the sign', () => {
    fc.assert(
      fc.property(cents, cents, (e, a) => {
        const r = annualAdjustment({ estimatedPremium: centsStr(e), actualPremium: centsStr(a) });
        expect(strCents(r.adjustment)).toBe(a - e);
        expect(r.kind).toBe(a > e ? 'additional' : a < e ? 'credit' : 'none');
        expect(r.total).toBe(r.adjustment);
      }),
    );
  });

  it('PRM-6 the tax of a credit mirrors the tax of the same charge', () => {
    fc.assert(
      fc.property(cents, cents, (e, a) => {
        const up = annualAdjustment({ estimatedPremium: centsStr(e), actualPremium: centsStr(a), memberType: 'self-insurer' });
        const down = annualAdjustment({ estimatedPremium: centsStr(a), actualPremium: centsStr(e), memberType: 'self-insurer' });
        expect(strCents(up.tax)).toBe(-strCents(down.tax));
        expect(strCents(up.total)).toBe(strCents(up.adjustment) + strCents(up.tax));
      }),
    );
  });
});

describe('PRM-6 annualAdjustment: adjustmentTax (issue 14 item 14)', () => {
  // Seed figures: estimate tax 2% of $207,900.00 = $4,158.00; actual premium $197,174.25.
  const year = { estimatedPremium: '207900', actualPremium: '197174.25', memberType: 'self-insurer' } as const;

  it("PRM-6 'on-adjustment' (default): tax on the adjustment, -$214.52; the year's tax is $3,943.48, a cent off 2% of actual", () => {
    const r = annualAdjustment(year);
    expect(r).toEqual({ adjustment: '-10725.75', kind: 'credit', taxRate: '0.02', tax: '-214.52', total: '-10940.27' });
    expect(annualAdjustment(year, { adjustmentTax: 'on-adjustment' })).toEqual(r);
    const estimateTax = reinsurancePremium({ exposure: '207900', rate: '1', memberType: 'self-insurer' }).tax;
    expect(estimateTax).toBe('4158.00');
    expect(centsStr(strCents(estimateTax) + strCents(r.tax))).toBe('3943.48');
    expect(reinsurancePremium({ exposure: '197174.25', rate: '1', memberType: 'self-insurer' }).tax).toBe('3943.49');
  });

  it("PRM-6 'true-up-to-actual': tax = 2% of actual rounded - estimate tax = $3,943.49 - $4,158.00 = -$214.51", () => {
    const r = annualAdjustment(year, { adjustmentTax: 'true-up-to-actual' });
    expect(r).toEqual({ adjustment: '-10725.75', kind: 'credit', taxRate: '0.02', tax: '-214.51', total: '-10940.26' });
  });

  it("PRM-6 'true-up-to-actual' explains the tax on actual and on estimated premium", () => {
    const r = annualAdjustment(year, { adjustmentTax: 'true-up-to-actual', explain: true });
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toEqual([
      ['PRM-7', '-10725.75'],
      ['PRM-6', '3943.49'],
      ['PRM-6', '4158.00'],
      ['PRM-6', '-214.51'],
      ['PRM-6', '-10940.26'],
    ]);
    expect(annualAdjustment({ ...year, memberType: 'insurer' }, { adjustmentTax: 'true-up-to-actual', explain: true }).steps).toHaveLength(
      1,
    );
  });

  it('PRM-6 property: with true-up, estimate tax + adjustment tax = tax on the actual premium; the methods differ by at most a cent', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 13n });
    const rateArb = fc.constantFrom('0.02', '0.015', '0.0333', '0');
    fc.assert(
      fc.property(cents, cents, rateArb, (e, a, taxRate) => {
        const input = { estimatedPremium: centsStr(e), actualPremium: centsStr(a), taxRate };
        const trued = annualAdjustment(input, { adjustmentTax: 'true-up-to-actual' });
        const taxOf = (c: bigint) =>
          strCents(reinsurancePremium({ exposure: centsStr(c), rate: '1', taxRate, memberType: 'self-insurer' }).tax);
        expect(taxOf(e) + strCents(trued.tax)).toBe(taxOf(a));
        expect(strCents(trued.total)).toBe(strCents(trued.adjustment) + strCents(trued.tax));
        const plain = annualAdjustment(input);
        const gap = strCents(plain.tax) - strCents(trued.tax);
        expect(gap >= -1n && gap <= 1n).toBe(true);
      }),
    );
  });

  it('rejects an unknown method', () => {
    expectIssues(
      () => annualAdjustment(year, { adjustmentTax: 'on-actual' } as never),
      [{ path: ['options', 'adjustmentTax'], code: 'not_one_of' }],
    );
  });
});

describe('GEN-1 annualAdjustment and hybridTrueUp options.rounding (issue 14 item 15)', () => {
  it('rounds the adjustment and its tax with the named mode, in both tax methods', () => {
    // 0.005 of a cent-fraction adjustment: 100.015 - 100 = 0.015 → 0.02 half-up, 0.01 toward zero.
    const input = { estimatedPremium: '100', actualPremium: '100.015', memberType: 'self-insurer' as const };
    expect(annualAdjustment(input).adjustment).toBe('0.02');
    expect(annualAdjustment(input, { rounding: 'trunc' }).adjustment).toBe('0.01');
    expect(annualAdjustment(input, { rounding: 'halfEven' }).adjustment).toBe('0.02');
    // Tax on the seed's actual premium 197,174.25 × 2% = 3,943.485: 3,943.49 half-up, 3,943.48 half-even.
    const seed = { estimatedPremium: '207900', actualPremium: '197174.25', memberType: 'self-insurer' as const };
    expect(annualAdjustment(seed, { adjustmentTax: 'true-up-to-actual' }).tax).toBe('-214.51');
    expect(annualAdjustment(seed, { adjustmentTax: 'true-up-to-actual', rounding: 'halfEven' }).tax).toBe('-214.52');
    const steps = annualAdjustment(seed, { adjustmentTax: 'true-up-to-actual', rounding: 'halfEven', explain: true }).steps ?? [];
    expect(steps.some((s) => s.description.includes('half-up'))).toBe(false);
  });

  it('hybridTrueUp passes the mode to its premiums and adjustment', () => {
    const input = {
      coverageYear: 2025,
      estimatedPayroll: [{ classCode: '8810', amount: '1000' }],
      auditedPayroll: [{ classCode: '8810', amount: '1100' }],
      pureRates: [{ classCode: '8810', rate: '1' }],
      estimatedMod: '1',
      finalMod: '1',
      rate: '0.0755',
    };
    // Exposures 10.00 and 11.00; premiums 10 × 0.0755 = 0.755 and 11 × 0.0755 = 0.8305.
    const up = hybridTrueUp(input);
    const down = hybridTrueUp(input, { rounding: 'floor' });
    expect([up.estimatedPremium, up.actualPremium]).toEqual(['0.76', '0.83']);
    expect([down.estimatedPremium, down.actualPremium]).toEqual(['0.75', '0.83']);
  });
});

describe('annualAdjustment: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(annualAdjustmentDefinition)).toMatchInlineSnapshot(`
      "PRM-7  Annual adjustment = actual premium - estimated premium
        Actual premium                                           $1,033,500.00
        Less estimated premium                                   - $954,000.00
        ----------------------------------------------------------------------
        Annual adjustment                                           $79,500.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Annual adjustment                                           $79,500.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                  $1,590.00

      PRM-6  Total = amount + premium tax
        Annual adjustment                                           $79,500.00
        Premium tax                                                + $1,590.00
        ----------------------------------------------------------------------
        Total adjustment                                            $81,090.00"
    `);
  });
});
