import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, payrollVariances } from 'wcra-calc';
import { payrollVariancesDefinition } from '../../src/self-insurers/payrollVariances.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectWcraError } from './helpers.js';

const row = (classCode: string, amount: string) => ({ classCode, amount });

describe('payrollVariances', () => {
  it('SI-3 flags classes whose audited payroll differs from the estimate by 10% or more', () => {
    const r = payrollVariances({
      estimated: [row('8810', '1000000'), row('7380', '500000'), row('5403', '2000000')],
      audited: [row('8810', '1050000'), row('7380', '560000'), row('5403', '1700000')],
    });
    expect(r).toStrictEqual({
      rows: [
        {
          classCode: '8810',
          estimated: '1000000.00',
          audited: '1050000.00',
          difference: '50000.00',
          change: '0.05',
          needsExplanation: false,
        },
        { classCode: '7380', estimated: '500000.00', audited: '560000.00', difference: '60000.00', change: '0.12', needsExplanation: true },
        {
          classCode: '5403',
          estimated: '2000000.00',
          audited: '1700000.00',
          difference: '-300000.00',
          change: '-0.15',
          needsExplanation: true,
        },
      ],
      needsExplanation: true,
    });
  });

  it('SI-3 a variance exactly at the threshold counts (up and down); just under does not', () => {
    const r = payrollVariances({
      estimated: [row('0001', '1000'), row('0002', '1000'), row('0003', '1000')],
      audited: [row('0001', '1100'), row('0002', '900'), row('0003', '1099.99')],
    });
    expect(r.rows.map((x) => [x.change, x.needsExplanation])).toStrictEqual([
      ['0.1', true],
      ['-0.1', true],
      ['0.0999', false],
    ]);
  });

  it('SI-3 the shown change never reads as the other side of the threshold (truncated toward zero)', () => {
    // Issue 14 item 4: 1,099,995 / 1,000,000 was shown "0.1" (the threshold) with no explanation needed.
    const r = payrollVariances({ estimated: [row('8810', '1000000')], audited: [row('8810', '1099995')] });
    expect(r.rows[0]).toMatchObject({ change: '0.0999', needsExplanation: false });
    const down = payrollVariances({ estimated: [row('8810', '1000000')], audited: [row('8810', '900005')] });
    expect(down.rows[0]).toMatchObject({ change: '-0.0999', needsExplanation: false });
    const at = payrollVariances({ estimated: [row('8810', '3')], audited: [row('8810', '3.30')] });
    expect(at.rows[0]).toMatchObject({ change: '0.1', needsExplanation: true });
    const third = payrollVariances({ estimated: [row('8810', '3')], audited: [row('8810', '4')] });
    expect(third.rows[0]?.change).toBe('0.3333');
    const twoThirds = payrollVariances({ estimated: [row('8810', '3')], audited: [row('8810', '1')] });
    expect(twoThirds.rows[0]?.change).toBe('-0.6666');
  });

  it('SI-3 a threshold with more decimals shows the change with as many; a tiny change is never "0"', () => {
    const fine = payrollVariances({ estimated: [row('8810', '100000')], audited: [row('8810', '112344')], threshold: '0.12345' });
    expect(fine.rows[0]).toMatchObject({ change: '0.12344', needsExplanation: false });
    const over = payrollVariances({ estimated: [row('8810', '100000')], audited: [row('8810', '112346')], threshold: '0.12345' });
    expect(over.rows[0]).toMatchObject({ change: '0.12346', needsExplanation: true });
    const tiny = payrollVariances({
      estimated: [row('8810', '90071992547409.90')],
      audited: [row('8810', '90071992547409.91')],
      threshold: '0',
    });
    expect(tiny.rows[0]).toMatchObject({ change: '0.0000000000000001', needsExplanation: true });
  });

  it('SI-3 a class on one side only counts as a variance', () => {
    const r = payrollVariances({ estimated: [row('8810', '1000'), row('7380', '0')], audited: [row('8810', '1000'), row('9101', '500')] });
    expect(r.rows).toStrictEqual([
      { classCode: '8810', estimated: '1000.00', audited: '1000.00', difference: '0.00', change: '0', needsExplanation: false },
      { classCode: '7380', estimated: '0.00', audited: '0.00', difference: '0.00', change: '0', needsExplanation: true },
      { classCode: '9101', estimated: '0.00', audited: '500.00', difference: '500.00', change: null, needsExplanation: true },
    ]);
    const dropped = payrollVariances({ estimated: [row('8810', '1000')], audited: [] });
    expect(dropped.rows[0]).toStrictEqual({
      classCode: '8810',
      estimated: '1000.00',
      audited: '0.00',
      difference: '-1000.00',
      change: '-1',
      needsExplanation: true,
    });
  });

  it('SI-3 an estimate of zero: no ratio (null) and a variance; zero on both sides is none', () => {
    const r = payrollVariances({ estimated: [row('8810', '0'), row('7380', '0')], audited: [row('8810', '10'), row('7380', '0')] });
    expect(r.rows.map((x) => [x.change, x.needsExplanation])).toStrictEqual([
      [null, true],
      ['0', false],
    ]);
  });

  it('SI-3 an empty class list gives no rows and no variance', () => {
    expect(payrollVariances({ estimated: [], audited: [] })).toStrictEqual({ rows: [], needsExplanation: false });
  });

  it('SI-3 the threshold is an option (library default 10%)', () => {
    const input = { estimated: [row('8810', '1000')], audited: [row('8810', '1060')] };
    expect(payrollVariances(input).needsExplanation).toBe(false);
    expect(payrollVariances({ ...input, threshold: '0.05' }).needsExplanation).toBe(true);
    expect(payrollVariances({ ...input, threshold: 0.06 }).needsExplanation).toBe(true);
    expect(payrollVariances({ ...input, threshold: '0.0601' }).needsExplanation).toBe(false);
    expect(payrollVariances({ ...input, threshold: '0' }).needsExplanation).toBe(true);
    expect(payrollVariances({ estimated: [row('8810', '1000')], audited: [row('8810', '1000')], threshold: '0' }).needsExplanation).toBe(
      false,
    );
  });

  it('GEN-1 amounts near 2^53 cents stay exact', () => {
    const r = payrollVariances({ estimated: [row('8810', '90071992547409.91')], audited: [row('8810', '0.01')] });
    expect(r.rows[0]?.difference).toBe('-90071992547409.90');
    expect(r.rows[0]?.change).toBe('-0.9999'); // truncated toward zero: never shown as the whole estimate
  });

  it('SI-3 explains each class and the summary', () => {
    const r = payrollVariances(
      { estimated: [row('8810', '1000'), row('7380', '0')], audited: [row('8810', '1200'), row('7380', '50')] },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['SI-3', 'SI-3', 'SI-3']);
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Change', value: '0.2', kind: 'rate' });
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Change', value: 'no estimate (variance)', kind: 'text' });
    expect(r.steps?.[2]?.result.value).toBe('8810, 7380');
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('20%');
    expect(payrollVariances({ estimated: [], audited: [] }, { explain: true }).steps?.[0]?.result.value).toBe('none');
  });

  describe('properties', () => {
    const amount = fc.bigInt({ min: 0n, max: 100_000_000_000n });

    it('SI-3 difference = audited − estimated exactly; flagged iff |difference| ≥ 10% × estimated (and not zero)', () => {
      fc.assert(
        fc.property(amount, amount, (e, a) => {
          const r = payrollVariances({ estimated: [row('8810', cents(e))], audited: [row('8810', cents(a))] });
          const d = a - e;
          expect(r.rows[0]?.difference).toBe(cents(d));
          const abs = d < 0n ? -d : d;
          expect(r.rows[0]?.needsExplanation).toBe(d !== 0n && abs * 10n >= e);
          expect(r.needsExplanation).toBe(r.rows[0]?.needsExplanation);
        }),
      );
    });

    it('SI-3 the shown change compared with the threshold always agrees with the decision', () => {
      const threshold = fc.oneof(
        fc.constant(undefined),
        fc.bigInt({ min: 0n, max: 10n ** 8n }).map((n) => `${n / 10n ** 6n}.${(n % 10n ** 6n).toString().padStart(6, '0')}`),
      );
      // Half the pairs sit within a few cents of the threshold's edge, up or down.
      const nearEdge = fc
        .tuple(fc.bigInt({ min: 1n, max: 100_000_000_000n }), fc.integer({ min: -3, max: 3 }), fc.boolean())
        .map(([e, k, up]) => [e, up ? e + e / 10n + BigInt(k) : e - e / 10n + BigInt(k)] as const)
        .filter(([, a]) => a >= 0n);
      const pair = fc.oneof(fc.tuple(amount, amount), nearEdge);
      fc.assert(
        fc.property(pair, threshold, ([e, a], t) => {
          const r = payrollVariances({
            estimated: [row('8810', cents(e))],
            audited: [row('8810', cents(a))],
            ...(t === undefined ? {} : { threshold: t }),
          });
          const shown = r.rows[0]?.change;
          if (e === 0n) return void expect(shown).toBe(a === 0n ? '0' : null);
          expect(shown).toMatch(/^-?\d+(\.\d+)?$/);
          // Compare |shown| with the threshold exactly, on integers scaled by a common power of ten.
          const [si = '', sf = ''] = String(shown).replace('-', '').split('.');
          const [ti = '', tf = ''] = (t ?? '0.10').split('.');
          const places = Math.max(sf.length, tf.length);
          const scaled = (i: string, f: string) => BigInt(i + f.padEnd(places, '0'));
          const agrees = shown !== '0' && scaled(si, sf) >= scaled(ti, tf);
          expect(r.rows[0]?.needsExplanation).toBe(agrees);
        }),
        { numRuns: 500 },
      );
    });

    it('SI-3 identical payroll never needs an explanation', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { maxLength: 20 }),
          fc.array(amount, { minLength: 20, maxLength: 20 }),
          (codes, amounts) => {
            const list = codes.map((c, i) => row(String(c).padStart(4, '0'), cents(amounts[i] ?? 0n)));
            const r = payrollVariances({ estimated: list, audited: [...list].reverse() });
            expect(r.rows.length).toBe(list.length);
            expect(r.needsExplanation).toBe(false);
          },
        ),
      );
    });

    it('SI-3 every class of either side has exactly one row', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 10 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 10 }),
          (es, as) => {
            const code = (c: number) => String(c).padStart(4, '0');
            const r = payrollVariances({ estimated: es.map((c) => row(code(c), '100')), audited: as.map((c) => row(code(c), '100')) });
            const all = new Set([...es, ...as].map(code));
            expect(r.rows.map((x) => x.classCode).sort()).toStrictEqual([...all].sort());
            const oneSided = [...all].filter((c) => !(es.map(code).includes(c) && as.map(code).includes(c)));
            expect(
              r.rows
                .filter((x) => x.needsExplanation)
                .map((x) => x.classCode)
                .sort(),
            ).toStrictEqual(oneSided.sort());
          },
        ),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ estimated: [row('8810', '1000')], audited: [row('8810', '1200'), row('7380', '1')], threshold: '0.1' });
    payrollVariances(input, { explain: true });
    expect(input).toStrictEqual({ estimated: [row('8810', '1000')], audited: [row('8810', '1200'), row('7380', '1')], threshold: '0.1' });
  });

  describe('bad input', () => {
    it.each([
      ['null', null, undefined],
      ['estimated missing', { audited: [] }, ['estimated']],
      ['a numeric class code', { estimated: [{ classCode: 8810, amount: '1' }], audited: [] }, ['estimated', 0, 'classCode']],
      ['a negative amount', { estimated: [], audited: [row('8810', '-1')] }, ['audited', 0, 'amount']],
      ['an amount as words', { estimated: [row('8810', 'ten')], audited: [] }, ['estimated', 0, 'amount']],
      ['a negative threshold', { estimated: [], audited: [], threshold: '-0.1' }, ['threshold']],
      ['an extra field in a row', { estimated: [{ classCode: '8810', amount: '1', note: 'x' }], audited: [] }, undefined],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => payrollVariances(input as never), 'INVALID_INPUT', path);
    });

    it('SI-3 a class listed twice on one side is refused with its path', () => {
      const err = expectWcraError(
        () => payrollVariances({ estimated: [row('8810', '1'), row('8810', '2')], audited: [row('7380', '1'), row('7380', '1')] }),
        'INVALID_INPUT',
        ['estimated', 1, 'classCode'],
      );
      expect(err.issues.map((i) => i.path)).toContainEqual(['audited', 1, 'classCode']);
      expect(err.issues.map((i) => i.code)).toStrictEqual(['duplicate', 'duplicate']);
    });
  });
});

describe('payrollVariances: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(payrollVariancesDefinition)).toMatchInlineSnapshot(`
      "SI-3  Class 8810 variance = (audited - estimated) / estimated; explain if at least the threshold or one-sided
        Class 8810 audited payroll                               $1,050,000.00
        Less estimated payroll                                 - $1,000,000.00
        ----------------------------------------------------------------------
        Change                                                              5%

      SI-3  Class 7380 variance = (audited - estimated) / estimated; explain if at least the threshold or one-sided
        Class 7380 audited payroll                                 $560,000.00
        Less estimated payroll                                   - $500,000.00
        ----------------------------------------------------------------------
        Change                                                             12%

      SI-3  Significant payroll variances need an explanation (library default threshold 10%, not a WCRA figure)
        Threshold                                                          10%
        Classes compared                                                     2
        ----------------------------------------------------------------------
        Classes needing an explanation                                    7380"
    `);
  });
});
