import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, ReinsurancePremiumInputSchema, reinsurancePremium } from '../../src/index.js';
import { reinsurancePremiumDefinition } from '../../src/premium/reinsurancePremium.js';
import { centsStr, deepFreeze, expectIssues, expectWcraError, isJsonSafe, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

describe('PRM-1 reinsurancePremium: worked examples (seed 002)', () => {
  it('PRM-1 Calculation 1: $12,000,000 × 7.95% = $954,000', () => {
    expect(reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' })).toEqual({
      exposure: '12000000.00',
      rate: '0.0795',
      premium: '954000.00',
      taxRate: '0',
      tax: '0.00',
      total: '954000.00',
    });
  });

  it('PRM-1 Calculation 2: $13,000,000 × 7.95% = $1,033,500', () => {
    expect(reinsurancePremium({ exposure: 13000000, year: 2022, level: 'low', memberType: 'insurer' }).premium).toBe('1033500.00');
  });

  it('PRM-6 a self-insurer adds 2% premium tax; insurers pay the same rate', () => {
    const r = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'self-insurer' });
    expect(r).toEqual({
      exposure: '12000000.00',
      rate: '0.0795',
      premium: '954000.00',
      taxRate: '0.02',
      tax: '19080.00',
      total: '973080.00',
    });
  });

  it('PRM-2 each level and year takes its published rate', () => {
    expect(reinsurancePremium({ exposure: '1000000', year: 2025, level: 'jumbo', memberType: 'insurer' }).premium).toBe('11000.00');
    expect(reinsurancePremium({ exposure: '1000000', year: 2016, level: 'super', memberType: 'insurer' }).premium).toBe('27500.00');
  });
});

describe('PRM-1 reinsurancePremium: edge cases', () => {
  it('PRM-2 a rate together with the year or level to look it up is a conflict (even for jumbo in 2017)', () => {
    expectIssues(
      () => reinsurancePremium({ exposure: '100', rate: '0.5', year: 2022, level: 'low', memberType: 'insurer' }),
      [
        { path: ['year'], code: 'conflict' },
        { path: ['level'], code: 'conflict' },
      ],
    );
    expectIssues(
      () => reinsurancePremium({ exposure: '100', rate: '0.5', year: 2017, memberType: 'insurer' }),
      [{ path: ['year'], code: 'conflict' }],
    );
    expectIssues(
      () => reinsurancePremium({ exposure: '100', rate: '0.5', level: 'jumbo', memberType: 'insurer' }),
      [{ path: ['level'], code: 'conflict' }],
    );
    expect(reinsurancePremium({ exposure: '100', rate: '0.5', memberType: 'insurer' }).premium).toBe('50.00');
  });

  it('GEN-1 half-cent ties round half-up: premium and tax', () => {
    // 0.5 × 0.01 = 0.005 → 0.01; tax 0.25 × 0.02 = 0.005 → 0.01
    expect(reinsurancePremium({ exposure: '0.50', rate: '0.01', memberType: 'insurer' }).premium).toBe('0.01');
    expect(reinsurancePremium({ exposure: '2.50', rate: '0.1', memberType: 'self-insurer' })).toMatchObject({
      premium: '0.25',
      tax: '0.01',
      total: '0.26',
    });
    // 1.005 × 1 as a float would round down: exact input rounds up.
    expect(reinsurancePremium({ exposure: 1.005, rate: 1, memberType: 'insurer' }).premium).toBe('1.01');
  });

  it('PRM-6 tax is computed on the rounded premium (order of operations)', () => {
    // premium 100 × 0.00025 = 0.025 → 0.03; tax 50% of 0.03 = 0.015 → 0.02.
    // (Tax on the unrounded premium would be 0.0125 → 0.01: the test tells the two apart.)
    const r = reinsurancePremium({ exposure: '100', rate: '0.00025', memberType: 'self-insurer', taxRate: '0.5' });
    expect(r).toMatchObject({ premium: '0.03', tax: '0.02', total: '0.05' });
  });

  it('PRM-1 zero exposure, a zero rate, a caller tax rate, Decimal inputs', () => {
    expect(reinsurancePremium({ exposure: 0, rate: '0.0795', memberType: 'self-insurer' })).toMatchObject({
      premium: '0.00',
      tax: '0.00',
      total: '0.00',
    });
    expect(reinsurancePremium({ exposure: '5', rate: 0, memberType: 'insurer' }).premium).toBe('0.00');
    expect(
      reinsurancePremium({ exposure: new Decimal('1000'), rate: new Decimal('0.1'), memberType: 'insurer', taxRate: '0.03' }),
    ).toMatchObject({ tax: '3.00', total: '103.00' });
  });

  it('GEN-1 amounts near 2^53 cents stay exact', () => {
    const r = reinsurancePremium({ exposure: '90071992547409.91', rate: '1', memberType: 'insurer' });
    expect(r.premium).toBe('90071992547409.91');
    expect(reinsurancePremium({ exposure: '90071992547409.91', rate: '0.0795', memberType: 'insurer' }).premium).toBe('7160723407519.09');
  });

  it('PRM-2 caller rate table for a year the library lacks', () => {
    const rateTable = [{ year: 2026, low: '0.074', high: '0.044', super: '0.022', jumbo: '0.0105' }];
    expect(reinsurancePremium({ exposure: '1000000', year: 2026, level: 'low', memberType: 'insurer' }, { rateTable }).premium).toBe(
      '74000.00',
    );
  });

  it('explain: steps with rule IDs that print the seed worksheet', () => {
    const r = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'self-insurer' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toEqual(['PRM-2', 'PRM-1', 'PRM-6', 'PRM-6']);
    expect(r.steps?.[1]?.result).toEqual({ label: 'Reinsurance premium', value: '954000.00', kind: 'money' });
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('x 7.95%');
    expect(sheet).toContain('$973,080.00');
    expect(reinsurancePremium({ exposure: '1', rate: '0.1', memberType: 'insurer' }, { explain: true }).steps?.map((s) => s.rule)).toEqual([
      'PRM-1',
    ]);
    expect('steps' in reinsurancePremium({ exposure: '1', rate: '0.1', memberType: 'insurer' })).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ exposure: '12000000', year: 2022, level: 'low' as const, memberType: 'insurer' as const });
    const options = deepFreeze({ explain: true, rateTable: [{ year: 2030, low: '0.07', high: '0.04', super: '0.02' }] });
    expect(reinsurancePremium(input, options).premium).toBe('954000.00');
    expect(input).toEqual({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' });
  });
});

describe('PRM-1 reinsurancePremium: bad input', () => {
  it('the issue examples: abc exposure → INVALID_INPUT, 2031 → UNKNOWN_YEAR, jumbo 2017 → LEVEL_NOT_OFFERED', () => {
    const err = expectIssues(
      () => reinsurancePremium({ exposure: 'abc', rate: '0.05', memberType: 'insurer' }),
      [{ path: ['exposure'], code: 'not_money' }],
    );
    expect(err.issues).toHaveLength(1);
    expectWcraError(() => reinsurancePremium({ exposure: '1', year: 2031, level: 'low', memberType: 'insurer' }), 'UNKNOWN_YEAR');
    expectWcraError(() => reinsurancePremium({ exposure: '1', year: 2017, level: 'jumbo', memberType: 'insurer' }), 'LEVEL_NOT_OFFERED');
  });

  it('no rate and no year/level names both missing fields', () => {
    const err = expectWcraError(() => reinsurancePremium({ exposure: '1', memberType: 'insurer' }), 'INVALID_INPUT');
    expect(err.issues.map((i) => i.path)).toEqual([['year'], ['level']]);
  });

  it.each<[unknown, ReadonlyArray<string | number>, string]>([
    [null, [], 'wrong_type'],
    [undefined, [], 'required'],
    [[], [], 'wrong_type'],
    ['12000000', [], 'wrong_type'],
    [{ exposure: '-1', rate: '0.1', memberType: 'insurer' }, ['exposure'], 'out_of_range'],
    [{ exposure: '1', rate: '7.95', memberType: 'insurer' }, ['rate'], 'out_of_range'],
    [{ exposure: '1', rate: '0.1', memberType: 'reinsurer' }, ['memberType'], 'not_one_of'],
    [{ exposure: '1', rate: '0.1', memberType: 'insurer', taxRate: '2' }, ['taxRate'], 'out_of_range'],
    [{ exposure: '1', year: 2022, level: 'mega', memberType: 'insurer' }, ['level'], 'not_one_of'],
    [{ exposure: '1', year: '2022', level: 'low', memberType: 'insurer' }, ['year'], 'not_an_integer'],
    [{ exposure: '1', rate: '0.1', memberType: 'insurer', extra: true }, ['extra'], 'unknown_field'],
  ])('%j → INVALID_INPUT at %j (%s)', (input, path, code) => {
    expectIssues(() => reinsurancePremium(input as never), [{ path, code }]);
  });

  it('bad options', () => {
    expect(
      expectWcraError(
        () => reinsurancePremium({ exposure: '1', rate: '0.1', memberType: 'insurer' }, { explain: 'yes' } as never),
        'INVALID_INPUT',
      ).issues[0]?.path,
    ).toEqual(['options', 'explain']);
    expectWcraError(
      () =>
        reinsurancePremium({ exposure: '1', year: 2030, level: 'low', memberType: 'insurer' }, { rateTable: [{ year: 2030 }] } as never),
      'INVALID_INPUT',
    );
  });

  it('the exported schema accepts exactly what the function accepts', () => {
    expect(ReinsurancePremiumInputSchema.safeParse({ exposure: '1', rate: '0.1', memberType: 'insurer' }).success).toBe(true);
    expect(ReinsurancePremiumInputSchema.safeParse({ exposure: '1', memberType: 'insurer' }).success).toBe(false);
  });
});

describe('PRM-1 reinsurancePremium: properties', () => {
  const exposureArb = fc.bigInt({ min: 0n, max: 10n ** 14n });
  const rateArb = fc.integer({ min: 0, max: 1_000_000 }); // millionths

  it('PRM-1 premium = exposure × rate rounded half-up, exactly (BigInt reference)', () => {
    fc.assert(
      fc.property(exposureArb, rateArb, (cents, micros) => {
        const r = reinsurancePremium({ exposure: centsStr(cents), rate: (micros / 1e6).toFixed(6), memberType: 'insurer' });
        // premium cents = round(cents × micros / 1e6), half-up
        const num = cents * BigInt(micros);
        const expected = (num + 500_000n) / 1_000_000n;
        expect(strCents(r.premium)).toBe(expected);
        expect(isJsonSafe(r)).toBe(true);
      }),
    );
  });

  it('PRM-1 premium is monotone in exposure and in rate', () => {
    fc.assert(
      fc.property(exposureArb, exposureArb, rateArb, rateArb, (e1, e2, r1, r2) => {
        const [lo, hi] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const [rl, rh] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const p = (e: bigint, r: number) =>
          strCents(reinsurancePremium({ exposure: centsStr(e), rate: (r / 1e6).toFixed(6), memberType: 'self-insurer' }).total);
        expect(p(lo, rl) <= p(hi, rl)).toBe(true);
        expect(p(lo, rl) <= p(lo, rh)).toBe(true);
      }),
    );
  });

  it('PRM-6 total = premium + tax', () => {
    fc.assert(
      fc.property(exposureArb, rateArb, (cents, micros) => {
        const r = reinsurancePremium({ exposure: centsStr(cents), rate: (micros / 1e6).toFixed(6), memberType: 'self-insurer' });
        expect(strCents(r.total)).toBe(strCents(r.premium) + strCents(r.tax));
      }),
    );
  });
});

describe('reinsurancePremium: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(reinsurancePremiumDefinition)).toMatchInlineSnapshot(`
      "PRM-2  Published reinsurance rate for the low retention, coverage year 2022 (wcra.biz rate table, read 2026)
        Coverage year                                                     2022
        Retention level                                                    low
        ----------------------------------------------------------------------
        Reinsurance rate                                                 7.95%

      PRM-1  Premium = exposure base x reinsurance rate, rounded to cents (half-up)
        Exposure base                                           $12,000,000.00
        Reinsurance rate (low, 2022)                                   x 7.95%
        ----------------------------------------------------------------------
        Reinsurance premium                                        $954,000.00

      PRM-6  Minnesota premium tax = amount x tax rate, rounded to cents (half-up)
        Reinsurance premium                                        $954,000.00
        Premium tax rate                                                  x 2%
        ----------------------------------------------------------------------
        Premium tax                                                 $19,080.00

      PRM-6  Total = amount + premium tax
        Reinsurance premium                                        $954,000.00
        Premium tax                                               + $19,080.00
        ----------------------------------------------------------------------
        Total due                                                  $973,080.00"
    `);
  });
});
