import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedLosses, expectedLossesDefinition } from 'wcra-calc';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

describe('expectedLosses', () => {
  it('SI-10 E = payroll / 100 x rate, Ep = E x D-ratio, Ee = E - Ep, by class and in total', () => {
    // 8810: 2,000,000 / 100 x 0.125 = 2,500.00; x 0.4 = 1,000.00
    // 5403: 750,000 / 100 x 3.217 = 24,127.50; x 0.33 = 7,962.075 -> 7,962.08; Ee 16,165.42
    expect(expectedLosses(expectedLossesDefinition.example)).toStrictEqual({
      classes: [
        { classCode: '8810', expected: '2500.00', expectedPrimary: '1000.00', expectedExcess: '1500.00' },
        { classCode: '5403', expected: '24127.50', expectedPrimary: '7962.08', expectedExcess: '16165.42' },
      ],
      expected: '26627.50',
      expectedPrimary: '8962.08',
      expectedExcess: '17665.42',
    });
  });

  it('SI-10 each class is stated to the cent, half-up (convention): 1,234.56 / 100 x 0.125 = 1.5432 -> 1.54', () => {
    const r = expectedLosses({
      payroll: [{ classCode: '8810', amount: '1234.56' }],
      rates: [{ classCode: '8810', expectedLossRate: '0.125', dRatio: '0.5' }],
    });
    expect(r.classes[0]).toStrictEqual({ classCode: '8810', expected: '1.54', expectedPrimary: '0.77', expectedExcess: '0.77' });
  });

  it('SI-10 a rate for a class without payroll is ignored', () => {
    const r = expectedLosses({
      payroll: [{ classCode: '8810', amount: '100000' }],
      rates: [
        { classCode: '8810', expectedLossRate: '0.1', dRatio: '1' },
        { classCode: '7380', expectedLossRate: '5', dRatio: '0.2' },
      ],
    });
    expect(r.classes.map((c) => c.classCode)).toStrictEqual(['8810']);
    expect(r.expectedExcess).toBe('0.00');
  });

  it('SI-10 a payroll class without a rate is MISSING_RATE naming the class', () => {
    const err = expectWcraError(
      () =>
        expectedLosses({
          payroll: [{ classCode: '5403', amount: '1' }],
          rates: [{ classCode: '8810', expectedLossRate: '0.1', dRatio: '0.3' }],
        }),
      'MISSING_RATE',
    );
    expect(err.details).toStrictEqual({ classCode: '5403' });
  });

  it('USR-7 rates carry at most 3 decimals; the D-ratio is a fraction', () => {
    const payroll = [{ classCode: '8810', amount: '1' }];
    expectIssues(
      () => expectedLosses({ payroll, rates: [{ classCode: '8810', expectedLossRate: '0.1234', dRatio: '0.3' }] }),
      [{ path: ['rates', 0, 'expectedLossRate'], code: 'too_many_decimals' }],
    );
    expect(expectedLosses({ payroll, rates: [{ classCode: '8810', expectedLossRate: '0.1230', dRatio: '0.3' }] }).expected).toBe('0.00');
    expectIssues(
      () => expectedLosses({ payroll, rates: [{ classCode: '8810', expectedLossRate: '-1', dRatio: '0.3' }] }),
      [{ path: ['rates', 0, 'expectedLossRate'], code: 'out_of_range' }],
    );
    expectIssues(
      () => expectedLosses({ payroll, rates: [{ classCode: '8810', expectedLossRate: 'x', dRatio: '1.1' }] }),
      [
        { path: ['rates', 0, 'expectedLossRate'], code: 'not_a_number' },
        { path: ['rates', 0, 'dRatio'], code: 'out_of_range' },
      ],
    );
  });

  it('USR-7 with a ratingYear before 2026, rates take at most 2 decimals; from 2026, 3 (issue 17 item 3)', () => {
    const payroll = [{ classCode: '8810', amount: '2000000' }];
    const rates = [{ classCode: '8810', expectedLossRate: '0.125', dRatio: '0.4' }];
    for (const ratingYear of [2016, 2024, 2025]) {
      expectIssues(
        () => expectedLosses({ payroll, rates, ratingYear }),
        [{ path: ['rates', 0, 'expectedLossRate'], code: 'too_many_decimals' }],
      );
    }
    expect(expectedLosses({ payroll, rates, ratingYear: 2026 }).expected).toBe('2500.00');
    expect(expectedLosses({ payroll, rates, ratingYear: 2030 }).expected).toBe('2500.00');
    // without ratingYear nothing tells the year: up to 3 decimals accepted, as before
    expect(expectedLosses({ payroll, rates }).expected).toBe('2500.00');
    // 2 decimals (or a trailing zero) are fine in any year
    const two = [{ classCode: '8810', expectedLossRate: '0.130', dRatio: '0.4' }];
    expect(expectedLosses({ payroll, rates: two, ratingYear: 2024 }).expected).toBe('2600.00');
    expectIssues(() => expectedLosses({ payroll, rates, ratingYear: 2025.5 }), [{ path: ['ratingYear'], code: 'not_an_integer' }]);
  });

  it('bad input codes: duplicates, empty lists, class codes', () => {
    const rate = { classCode: '8810', expectedLossRate: '0.1', dRatio: '0.3' };
    expectIssues(
      () =>
        expectedLosses({
          payroll: [
            { classCode: '8810', amount: '1' },
            { classCode: '8810', amount: '2' },
          ],
          rates: [rate, rate],
        }),
      [
        { path: ['payroll', 1, 'classCode'], code: 'duplicate' },
        { path: ['rates', 1, 'classCode'], code: 'duplicate' },
      ],
    );
    expectIssues(() => expectedLosses({ payroll: [], rates: [rate] }), [{ path: ['payroll'], code: 'empty_list' }]);
    expectIssues(
      () => expectedLosses({ payroll: [{ classCode: '881', amount: '1' }], rates: [rate] }),
      [{ path: ['payroll', 0, 'classCode'], code: 'not_a_class_code' }],
    );
  });

  it('explain: per class E and Ep, then E, Ep, Ee; every step cites SI-10', () => {
    const r = expectedLosses(expectedLossesDefinition.example, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(Array(7).fill('SI-10'));
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual([
      '2500.00',
      '1000.00',
      '24127.50',
      '7962.08',
      '26627.50',
      '8962.08',
      '17665.42',
    ]);
  });

  it('GEN-3 property: Ep + Ee = E per class and in total; classes add up to the totals; Ep ≤ E', () => {
    const row = fc.record({
      amount: fc.bigInt({ min: 0n, max: 100_000_000_000n }),
      rate: fc.integer({ min: 0, max: 20_000 }),
      d: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const codes = rows.map((_, i) => String(8000 + i));
        const r = expectedLosses({
          payroll: rows.map((x, i) => ({ classCode: codes[i] as string, amount: centsStr(x.amount) })),
          rates: rows.map((x, i) => ({
            classCode: codes[i] as string,
            expectedLossRate: (x.rate / 1000).toFixed(3),
            dRatio: (x.d / 100).toFixed(2),
          })),
        });
        let e = 0n;
        let ep = 0n;
        for (const c of r.classes) {
          expect(strCents(c.expectedPrimary) + strCents(c.expectedExcess)).toBe(strCents(c.expected));
          expect(strCents(c.expectedPrimary) <= strCents(c.expected)).toBe(true);
          e += strCents(c.expected);
          ep += strCents(c.expectedPrimary);
        }
        expect([strCents(r.expected), strCents(r.expectedPrimary), strCents(r.expectedExcess)]).toStrictEqual([e, ep, e - ep]);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(expectedLossesDefinition.example));
    expectedLosses(input, { explain: true });
    expect(input).toStrictEqual(expectedLossesDefinition.example);
  });
});

describe('expectedLosses: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(expectedLossesDefinition)).toMatchInlineSnapshot(`
      "SI-10  Class 8810: expected losses = payroll / 100 x expected loss rate, to the cent
        Payroll                                                  $2,000,000.00
        Expected loss rate per $100                                      0.125
        ----------------------------------------------------------------------
        Class 8810 expected losses                                   $2,500.00

      SI-10  Class 8810: expected primary losses = expected losses x D-ratio, to the cent
        Expected losses                                              $2,500.00
        D-ratio                                                            0.4
        ----------------------------------------------------------------------
        Class 8810 expected primary losses                           $1,000.00

      SI-10  Class 5403: expected losses = payroll / 100 x expected loss rate, to the cent
        Payroll                                                    $750,000.00
        Expected loss rate per $100                                      3.217
        ----------------------------------------------------------------------
        Class 5403 expected losses                                  $24,127.50

      SI-10  Class 5403: expected primary losses = expected losses x D-ratio, to the cent
        Expected losses                                             $24,127.50
        D-ratio                                                           0.33
        ----------------------------------------------------------------------
        Class 5403 expected primary losses                           $7,962.08

      SI-10  Expected losses (E) = sum over the classes
        Class 8810 expected losses                                   $2,500.00
        Class 5403 expected losses                                + $24,127.50
        ----------------------------------------------------------------------
        Expected losses (E)                                         $26,627.50

      SI-10  Expected primary losses (Ep) = sum over the classes
        Class 8810 expected primary                                  $1,000.00
        Class 5403 expected primary                                + $7,962.08
        ----------------------------------------------------------------------
        Expected primary losses (Ep)                                 $8,962.08

      SI-10  Expected excess losses (Ee) = E - Ep
        Expected losses (E)                                         $26,627.50
        Expected primary losses (Ep)                               - $8,962.08
        ----------------------------------------------------------------------
        Expected excess losses (Ee)                                 $17,665.42"
    `);
  });
});
