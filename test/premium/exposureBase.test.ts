import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExposureBaseInput, exposureBase, formatWorksheet } from 'wcra-calc';
import { exposureBaseDefinition } from '../../src/premium/exposureBase.js';
import { exampleWorksheet } from '../worksheet.js';
import { catchWcra, cents, deepFreeze, expectIssues, MAX_CENTS, toCents } from './helpers.js';

const selfInsurer = (payroll: Array<[string, string]>, rates: Array<[string, string]>, experienceMod: string): ExposureBaseInput => ({
  memberType: 'self-insurer',
  payroll: payroll.map(([classCode, amount]) => ({ classCode, amount })),
  pureRates: rates.map(([classCode, rate]) => ({ classCode, rate })),
  experienceMod,
});

describe('exposureBase: worked examples', () => {
  it('PRM-3 insurer: earned premium less EL increased-limits premium (seed 002 exposure $12,000,000)', () => {
    expect(exposureBase({ memberType: 'insurer', earnedPremium: '12500000', elIncreasedLimitsPremium: '500000' })).toStrictEqual({
      exposure: '12000000.00',
    });
  });

  it('PRM-3 insurer: no EL increased-limits premium means none is deducted', () => {
    expect(exposureBase({ memberType: 'insurer', earnedPremium: 13000000 })).toStrictEqual({ exposure: '13000000.00' });
  });

  it('PRM-3 self-insurer: payroll / 100 x pure rate, summed, x mod', () => {
    const r = exposureBase(
      selfInsurer(
        [
          ['8810', '10000000'],
          ['7380', '2500000'],
        ],
        [
          ['8810', '0.125'],
          ['7380', '4.25'],
        ],
        '0.90',
      ),
    );
    expect(r).toStrictEqual({
      exposure: '106875.00',
      byClass: [
        { classCode: '8810', payroll: '10000000.00', pureRate: '0.125', purePremium: '12500.00' },
        { classCode: '7380', payroll: '2500000.00', pureRate: '4.25', purePremium: '106250.00' },
      ],
    });
  });

  it('USR-7 PRM-3 pure rates with 3 decimals are used exactly', () => {
    // 12,345.67 / 100 x 1.234 = 152.3455678 -> 152.35
    const r = exposureBase(selfInsurer([['5403', '12345.67']], [['5403', '1.234']], '1.00'));
    expect(r.exposure).toBe('152.35');
    expect(r.byClass?.[0]?.pureRate).toBe('1.234');
    // 3-decimal rate on a large payroll: 987,654,321.09 / 100 x 2.718 = 26,844,444.4472... -> 26,844,444.45
    expect(exposureBase(selfInsurer([['8810', '987654321.09']], [['8810', '2.718']], '1')).exposure).toBe('26844444.45');
  });

  it('PRM-3 rates for classes without payroll are ignored', () => {
    const r = exposureBase(
      selfInsurer(
        [['8810', '100000']],
        [
          ['8810', '0.2'],
          ['9999', '50'],
        ],
        '1',
      ),
    );
    expect(r.exposure).toBe('200.00');
    expect(r.byClass).toHaveLength(1);
  });
});

describe('exposureBase: edge cases', () => {
  it('GEN-1 half-cent tie from a 3-decimal rate rounds half-up: 100 / 100 x 0.005 = 0.005 -> 0.01', () => {
    expect(exposureBase(selfInsurer([['8810', '100']], [['8810', '0.005']], '1')).exposure).toBe('0.01');
  });

  it('GEN-1 half-cent tie made by the mod: 1,000 / 100 x 0.125 x 1.02 = 1.275 -> 1.28 (a float would give 1.27)', () => {
    expect(exposureBase(selfInsurer([['8810', '1000']], [['8810', '0.125']], '1.02')).exposure).toBe('1.28');
  });

  it('GEN-1 PRM-3 rounded once at the end: two classes of 0.004 give 0.01, not 0.00 + 0.00', () => {
    const r = exposureBase(
      selfInsurer(
        [
          ['8810', '0.80'],
          ['8742', '0.80'],
        ],
        [
          ['8810', '0.5'],
          ['8742', '0.5'],
        ],
        '1',
      ),
    );
    expect(r.exposure).toBe('0.01');
    expect(r.byClass?.map((c) => c.purePremium)).toStrictEqual(['0.00', '0.00']);
  });

  it('PRM-3 zero exposure: no payroll, zero payroll, a zero mod, or EL equal to earned premium', () => {
    expect(exposureBase(selfInsurer([], [], '1'))).toStrictEqual({ exposure: '0.00', byClass: [] });
    expect(exposureBase(selfInsurer([['8810', '0']], [['8810', '0.2']], '1')).exposure).toBe('0.00');
    expect(exposureBase(selfInsurer([['8810', '5000000']], [['8810', '0.2']], '0')).exposure).toBe('0.00');
    expect(exposureBase({ memberType: 'insurer', earnedPremium: '500', elIncreasedLimitsPremium: '500' }).exposure).toBe('0.00');
  });

  it('PRM-3 a single class', () => {
    expect(exposureBase(selfInsurer([['0174', '250000']], [['0174', '3.5']], '1.05')).exposure).toBe('9187.50');
  });

  it('PRM-3 amounts near 2^53 cents stay exact', () => {
    expect(exposureBase({ memberType: 'insurer', earnedPremium: '90071992547409.91' }).exposure).toBe('90071992547409.91');
    expect(exposureBase({ memberType: 'insurer', earnedPremium: '90071992547409.91', elIncreasedLimitsPremium: '0.01' }).exposure).toBe(
      '90071992547409.90',
    );
    expect(exposureBase(selfInsurer([['8810', '90071992547409.91']], [['8810', '100']], '1')).exposure).toBe('90071992547409.91');
  });
});

describe('exposureBase: explain', () => {
  it('PRM-3 insurer explanation', () => {
    const r = exposureBase({ memberType: 'insurer', earnedPremium: '12500000', elIncreasedLimitsPremium: '500000' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'PRM-3',
        description: expect.any(String),
        inputs: [
          { label: 'Earned premium', value: '12500000.00', kind: 'money' },
          { label: "Less employer's liability increased-limits premium", value: '500000.00', kind: 'money', operator: '-' },
        ],
        result: { label: 'Exposure base', value: '12000000.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-3 self-insurer explanation: one step per class, then the mod; prints as a worksheet', () => {
    const r = exposureBase(
      selfInsurer(
        [
          ['8810', '10000000'],
          ['7380', '2500000'],
        ],
        [
          ['8810', '0.125'],
          ['7380', '4.25'],
        ],
        '0.9',
      ),
      {
        explain: true,
      },
    );
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([
      ['PRM-3', '12500.00'],
      ['PRM-3', '106250.00'],
      ['PRM-3', '106875.00'],
    ]);
    expect(r.steps?.[2]?.inputs).toStrictEqual([
      { label: 'Total pure premium', value: '118750.00', kind: 'money' },
      { label: 'Experience modification', value: 'x 0.90', kind: 'number' },
    ]);
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet.split('\n')[0]).toBe('PRM-3  Class 8810 pure premium = payroll / 100 x pure premium rate');
    expect(sheet).toContain('x 0.125');
    expect(sheet.split('\n').at(-1)).toMatch(/^ {2}Exposure base +\$106,875\.00$/);
  });

  it('PRM-3 a mod with more than two decimals is printed in full', () => {
    const r = exposureBase(selfInsurer([['8810', '100000']], [['8810', '1']], '0.875'), { explain: true });
    expect(r.steps?.at(-1)?.inputs[1]?.value).toBe('x 0.875');
    expect(r.exposure).toBe('875.00');
  });

  it('PRM-3 without explain there are no steps', () => {
    expect('steps' in exposureBase({ memberType: 'insurer', earnedPremium: '1' }, { explain: false })).toBe(false);
  });
});

describe('properties', () => {
  const rateArb = fc.integer({ min: 0, max: 99_999 }); // thousandths: 0.000 .. 99.999 (USR-7)
  const modArb = fc.integer({ min: 0, max: 300 }); // hundredths: 0.00 .. 3.00
  const classesArb = fc.uniqueArray(
    fc.record({ code: fc.integer({ min: 0, max: 9999 }), payroll: fc.bigInt({ min: 0n, max: 10_000_000_000n }), rate: rateArb }),
    { selector: (c) => c.code, maxLength: 8 },
  );
  const code = (n: number): string => String(n).padStart(4, '0');
  const input = (classes: ReadonlyArray<{ code: number; payroll: bigint; rate: number }>, mod: number, k = 1n): ExposureBaseInput =>
    selfInsurer(
      classes.map((c) => [code(c.code), cents(c.payroll * k)]),
      classes.map((c) => [code(c.code), (c.rate / 1000).toFixed(3)]),
      (mod / 100).toFixed(2),
    );
  /** Exact oracle in integer arithmetic: cents = roundHalfUp(Σ payrollCents x rateMilli x modCenti / 10^7). */
  const oracle = (classes: ReadonlyArray<{ payroll: bigint; rate: number }>, mod: number, k = 1n): bigint => {
    const n = classes.reduce((s, c) => s + c.payroll * k * BigInt(c.rate), 0n) * BigInt(mod);
    return (n * 2n + 10_000_000n) / 20_000_000n;
  };

  it('PRM-3 GEN-1 the exposure equals the exact integer computation rounded half-up once', () => {
    fc.assert(
      fc.property(classesArb, modArb, (classes, mod) => {
        expect(toCents(exposureBase(input(classes, mod)).exposure)).toBe(oracle(classes, mod));
      }),
    );
  });

  it('PRM-3 the exposure is linear in payroll: scaling every payroll by k scales the exact exposure by k', () => {
    fc.assert(
      fc.property(classesArb, modArb, fc.bigInt({ min: 0n, max: 1000n }), (classes, mod, k) => {
        const base = exposureBase(input(classes, mod)).exposure;
        const scaled = toCents(exposureBase(input(classes, mod, k)).exposure);
        expect(scaled).toBe(oracle(classes, mod, k));
        // Only the one final rounding separates k x exposure from exposure(k x payroll).
        const diff = scaled - k * toCents(base);
        expect(diff <= (k + 1n) / 2n && diff >= -(k + 1n) / 2n).toBe(true);
      }),
    );
  });

  it('PRM-3 the exposure is exactly linear when payrolls are whole $100,000 and rates and mod are whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.integer({ min: 0, max: 1000 }), r: fc.integer({ min: 0, max: 50 }) }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, mod, k) => {
          const make = (m: number) =>
            selfInsurer(
              rows.map((r, i) => [code(i), String(r.p * 100_000 * m)]),
              rows.map((r, i) => [code(i), String(r.r)]),
              String(mod),
            );
          expect(toCents(exposureBase(make(k)).exposure)).toBe(BigInt(k) * toCents(exposureBase(make(1)).exposure));
        },
      ),
    );
  });

  it('PRM-3 the order of the classes does not change the exposure', () => {
    fc.assert(
      fc.property(classesArb, modArb, (classes, mod) => {
        expect(exposureBase(input([...classes].reverse(), mod)).exposure).toBe(exposureBase(input(classes, mod)).exposure);
      }),
    );
  });

  it('PRM-3 insurer exposure = earned - EL premium, exactly, near 2^53 cents too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_CENTS }), fc.bigInt({ min: 0n, max: MAX_CENTS }), (a, b) => {
        const [earned, el] = a >= b ? [a, b] : [b, a];
        expect(exposureBase({ memberType: 'insurer', earnedPremium: cents(earned), elIncreasedLimitsPremium: cents(el) }).exposure).toBe(
          cents(earned - el),
        );
      }),
    );
  });
});

describe('exposureBase: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze(
      selfInsurer(
        [
          ['8810', '10000000'],
          ['7380', '2500000'],
        ],
        [
          ['7380', '4.25'],
          ['8810', '0.125'],
        ],
        '0.90',
      ),
    );
    const copy = structuredClone(input);
    exposureBase(input, { explain: true });
    expect(input).toStrictEqual(copy);
  });

  it('PRM-3 a payroll class without a pure rate is MISSING_RATE naming the class', () => {
    const e = catchWcra(() =>
      exposureBase(
        selfInsurer(
          [
            ['8810', '1'],
            ['7380', '1'],
          ],
          [['8810', '0.2']],
          '1',
        ),
      ),
    );
    expect(e.code).toBe('MISSING_RATE');
    expect(e.details).toStrictEqual({ classCode: '7380' });
  });

  it('PRM-3 a class listed twice in payroll (payroll by location) is summed into one row (issue 14 item 18)', () => {
    const byLocation = exposureBase(
      selfInsurer(
        [
          ['8810', '600000'],
          ['7380', '2500000'],
          ['8810', '400000.50'],
        ],
        [
          ['8810', '0.125'],
          ['7380', '4.25'],
        ],
        '0.90',
      ),
    );
    const summed = exposureBase(
      selfInsurer(
        [
          ['8810', '1000000.50'],
          ['7380', '2500000'],
        ],
        [
          ['8810', '0.125'],
          ['7380', '4.25'],
        ],
        '0.90',
      ),
    );
    expect(byLocation).toStrictEqual(summed);
    // (1,000,000.50 / 100 x 0.125 + 2,500,000 / 100 x 4.25) x 0.90 = (1,250.000625 + 106,250) x 0.90 = 96,750.0005625
    expect(byLocation.exposure).toBe('96750.00');
    expect(byLocation.byClass?.map((r) => [r.classCode, r.payroll])).toStrictEqual([
      ['8810', '1000000.50'],
      ['7380', '2500000.00'],
    ]);
  });

  it('PRM-3 property: splitting a class payroll over locations never changes the exposure', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 6 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0n);
        const rates: Array<[string, string]> = [['8810', '0.125']];
        const split = exposureBase(
          selfInsurer(
            parts.map((c) => ['8810', cents(c)] as [string, string]),
            rates,
            '1.05',
          ),
        );
        expect(split).toStrictEqual(exposureBase(selfInsurer([['8810', cents(total)]], rates, '1.05')));
      }),
    );
  });

  it('PRM-3 a class listed twice in pureRates is INVALID_INPUT with the path of each repeat', () => {
    const e = catchWcra(() =>
      exposureBase(
        selfInsurer(
          [
            ['8810', '1'],
            ['8810', '2'],
          ],
          [
            ['8810', '1'],
            ['7380', '1'],
            ['7380', '2'],
          ],
          '1',
        ),
      ),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map(({ path, code }) => ({ path, code }))).toStrictEqual([{ path: ['pureRates', 2, 'classCode'], code: 'duplicate' }]);
  });

  it('PRM-3 EL increased-limits premium above the earned premium is INVALID_INPUT', () => {
    const e = expectIssues(
      () => exposureBase({ memberType: 'insurer', earnedPremium: '1', elIncreasedLimitsPremium: '1.01' }),
      [{ path: ['elIncreasedLimitsPremium'], code: 'inconsistent' }],
    );
    expect(e.issues).toHaveLength(1);
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['an array', [], [], 'wrong_type'],
    ['no memberType', {}, ['memberType'], 'required'],
    ['an unknown memberType', { memberType: 'captive' }, ['memberType'], 'not_one_of'],
    ['a negative earned premium', { memberType: 'insurer', earnedPremium: '-1' }, ['earnedPremium'], 'out_of_range'],
    ['earned premium NaN', { memberType: 'insurer', earnedPremium: Number.NaN }, ['earnedPremium'], 'not_money'],
    ['an unknown field', { memberType: 'insurer', earnedPremium: '1', extra: 1 }, ['extra'], 'unknown_field'],
    [
      'a numeric class code',
      { memberType: 'self-insurer', payroll: [{ classCode: 8810, amount: '1' }], pureRates: [], experienceMod: '1' },
      ['payroll', 0, 'classCode'],
      'not_a_class_code',
    ],
    [
      'a negative pure rate',
      { memberType: 'self-insurer', payroll: [], pureRates: [{ classCode: '8810', rate: '-0.1' }], experienceMod: '1' },
      ['pureRates', 0, 'rate'],
      'out_of_range',
    ],
    [
      'a mod given as text',
      { memberType: 'self-insurer', payroll: [], pureRates: [], experienceMod: 'one' },
      ['experienceMod'],
      'not_a_number',
    ],
    ['payroll not a list', { memberType: 'self-insurer', payroll: null, pureRates: [], experienceMod: '1' }, ['payroll'], 'wrong_type'],
  ])('PRM-3 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => exposureBase(input as never), [{ path, code }]);
  });

  it('bad options are INVALID_INPUT under options', () => {
    expectIssues(
      () => exposureBase({ memberType: 'insurer', earnedPremium: '1' }, { explain: 'yes' } as never),
      [{ path: ['options', 'explain'], code: 'wrong_type' }],
    );
  });
});

describe('exposureBase: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(exposureBaseDefinition)).toMatchInlineSnapshot(`
      "PRM-3  Class 8810 pure premium = payroll / 100 x pure premium rate
        Class 8810 payroll                                      $10,000,000.00
        Pure premium rate per $100                                     x 0.125
        ----------------------------------------------------------------------
        Class 8810 pure premium                                     $12,500.00

      PRM-3  Class 7380 pure premium = payroll / 100 x pure premium rate
        Class 7380 payroll                                       $2,500,000.00
        Pure premium rate per $100                                      x 4.25
        ----------------------------------------------------------------------
        Class 7380 pure premium                                    $106,250.00

      PRM-3  Self-insurer exposure = total pure premium x experience modification, rounded to cents (half-up)
        Total pure premium                                         $118,750.00
        Experience modification                                         x 0.90
        ----------------------------------------------------------------------
        Exposure base                                              $106,875.00"
    `);
  });
});
