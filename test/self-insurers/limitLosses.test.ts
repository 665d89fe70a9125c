import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOSS_LIMITATIONS, limitLosses, limitLossesDefinition } from 'wcra-calc';
import { centsStr, deepFreeze, expectIssues, expectWcraError, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const claim = (claimId: string, incurred: string, accidentId?: string) =>
  accidentId === undefined ? { claimId, incurred } : { claimId, accidentId, incurred };

describe('limitLosses', () => {
  it('SI-9 2023: a claim is limited to $242,500, an accident to $485,000', () => {
    expect(limitLosses({ ratingYear: 2023, claims: [claim('c1', '300000'), claim('c2', '18000')] })).toStrictEqual({
      claims: [
        { claimId: 'c1', incurred: '300000.00', limited: '242500.00' },
        { claimId: 'c2', incurred: '18000.00', limited: '18000.00' },
      ],
      total: '260500.00',
    });
  });

  it('SI-9 GEN-3 an accident above the multiple-claim figure: the reduction shared in proportion to the limited amounts', () => {
    const r = limitLosses(limitLossesDefinition.example);
    // capped 242,500 + 242,500 + 40,000 = 525,000; reduction 40,000 → 18,476.19 / 18,476.19 / 3,047.62
    expect(r.claims.map((c) => c.limited)).toStrictEqual(['224023.81', '224023.81', '36952.38', '15000.00']);
    expect(r.total).toBe('500000.00');
  });

  it('SI-9 each rating year of the built-in table 2019–2023', () => {
    const expected = [
      [2019, '221000.00', '442000.00'],
      [2020, '216000.00', '432000.00'],
      [2021, '222500.00', '445000.00'],
      [2022, '230500.00', '461000.00'],
      [2023, '242500.00', '485000.00'],
    ] as const;
    for (const [ratingYear, single, multiple] of expected) {
      const one = limitLosses({ ratingYear, claims: [claim('a', '9000000')] });
      expect(one.total).toBe(single);
      const three = limitLosses({ ratingYear, claims: ['a', 'b', 'c'].map((id) => claim(id, '9000000', 'X')) });
      expect(three.total).toBe(multiple);
    }
  });

  it('SI-9 from 2024 the single-claim figure is UNKNOWN_YEAR unless supplied; a supplied figure applies', () => {
    expectWcraError(() => limitLosses({ ratingYear: 2024, claims: [claim('a', '1000')] }), 'UNKNOWN_YEAR');
    expectWcraError(() => limitLosses({ ratingYear: 2018, claims: [] }), 'UNKNOWN_YEAR');
    const limitations = [{ year: 2024, singleClaim: '200000' }];
    const r = limitLosses({ ratingYear: 2024, claims: [claim('a', '230000', 'X'), claim('b', '100000', 'X')] }, { limitations });
    // 200,000 + 100,000 = 300,000 > 245,000: reduction 55,000 shared 2:1
    expect(r.claims.map((c) => c.limited)).toStrictEqual(['163333.33', '81666.67']);
    expect(r.total).toBe('245000.00');
    const own = limitLosses(
      { ratingYear: 2030, claims: [claim('a', '50000')] },
      { limitations: [{ year: 2030, singleClaim: '40000', multipleClaim: '80000' }] },
    );
    expect(own.total).toBe('40000.00');
  });

  it('SI-9 the built-in table is deeply frozen', () => {
    expect(Object.isFrozen(LOSS_LIMITATIONS)).toBe(true);
    expect(LOSS_LIMITATIONS.every((r) => Object.isFrozen(r))).toBe(true);
  });

  it('SI-9 no claims: total 0.00', () => {
    expect(limitLosses({ ratingYear: 2023, claims: [] })).toStrictEqual({ claims: [], total: '0.00' });
  });

  describe('properties', () => {
    const arbClaims = fc.array(
      fc.record({ incurred: fc.bigInt({ min: 0n, max: 100_000_000n }), accident: fc.constantFrom('A', 'B', 'C', undefined) }),
      { maxLength: 8 },
    );
    const toInput = (cs: ReadonlyArray<{ incurred: bigint; accident: string | undefined }>) =>
      cs.map((c, i) => claim(`c${i}`, centsStr(c.incurred), c.accident));

    it('SI-9 limitation never raises a loss; each claim ≤ the single figure; each accident ≤ the multiple figure (GEN-3 exact)', () => {
      fc.assert(
        fc.property(arbClaims, fc.integer({ min: 2019, max: 2023 }), (cs, ratingYear) => {
          const row = LOSS_LIMITATIONS.find((l) => l.year === ratingYear);
          const single = BigInt(row?.singleClaim ?? '0') * 100n;
          const multiple = BigInt(row?.multipleClaim ?? '0') * 100n;
          const r = limitLosses({ ratingYear, claims: toInput(cs) });
          const limited = r.claims.map((c) => strCents(c.limited));
          limited.forEach((l, i) => {
            expect(l <= (cs[i]?.incurred ?? 0n)).toBe(true);
            expect(l >= 0n && l <= single).toBe(true);
          });
          for (const acc of ['A', 'B', 'C']) {
            const idx = cs.flatMap((c, i) => (c.accident === acc ? [i] : []));
            const sum = idx.reduce((s, i) => s + (limited[i] ?? 0n), 0n);
            const capped = idx.reduce((s, i) => s + ((cs[i]?.incurred ?? 0n) < single ? (cs[i]?.incurred ?? 0n) : single), 0n);
            expect(sum).toBe(capped > multiple ? multiple : capped);
          }
          expect(strCents(r.total)).toBe(limited.reduce((s, l) => s + l, 0n));
        }),
      );
    });
  });

  it('explain: steps cite exactly SI-9 and GEN-3, with the shares', () => {
    const r = limitLosses(limitLossesDefinition.example, { explain: true });
    expect(new Set(r.steps?.map((s) => s.rule))).toStrictEqual(new Set(['SI-9', 'GEN-3']));
    const share = r.steps?.find((s) => s.rule === 'GEN-3');
    expect(share?.inputs.map((i) => i.value)).toStrictEqual(['18476.19', '18476.19', '3047.62']);
    expect(share?.result.value).toBe('40000.00');
    expect(r.steps?.at(-1)?.result.value).toBe('500000.00');
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(limitLossesDefinition.example));
    const options = deepFreeze({ limitations: [{ year: 2023, singleClaim: '1000' }], explain: true });
    limitLosses(input, options);
    expect(input).toStrictEqual(limitLossesDefinition.example);
  });

  it('bad input codes', () => {
    expectIssues(
      () => limitLosses({ ratingYear: 2023, claims: [claim('a', '1'), claim('a', '2')] }),
      [{ path: ['claims', 1, 'claimId'], code: 'duplicate' }],
    );
    expectIssues(
      () => limitLosses({ ratingYear: 2023, claims: [claim('a', '1.005')] }),
      [{ path: ['claims', 0, 'incurred'], code: 'too_many_decimals' }],
    );
    expectIssues(
      () => limitLosses({ ratingYear: 2023, claims: [claim('a', '-1')] }),
      [{ path: ['claims', 0, 'incurred'], code: 'out_of_range' }],
    );
    expectIssues(
      () => limitLosses({ ratingYear: 2023, claims: [{ claimId: '', incurred: '1' }] }),
      [{ path: ['claims', 0, 'claimId'], code: 'not_an_id' }],
    );
    expectIssues(() => limitLosses({ ratingYear: 2023.5, claims: [] }), [{ path: ['ratingYear'], code: 'not_an_integer' }]);
    expectIssues(
      () =>
        limitLosses(
          { ratingYear: 2024, claims: [] },
          {
            limitations: [
              { year: 2024, singleClaim: '1' },
              { year: 2024, singleClaim: '2' },
            ],
          },
        ),
      [{ path: ['options', 'limitations', 1, 'year'], code: 'duplicate' }],
    );
  });
});

describe('limitLosses: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(limitLossesDefinition)).toMatchInlineSnapshot(`
      "SI-9  Loss limitation for rating year 2023: a claim at most $242,500.00, an accident's claims together at most $485,000.00 (MWCIA state per claim accident limitation, RULES.md SI-9)
        Rating year                                                       2023
        Single-claim limitation                                    $242,500.00
        ----------------------------------------------------------------------
        Multiple-claim (accident) limitation                       $485,000.00

      SI-9  Claim c1: losses limited to the single-claim figure
        Incurred losses                                            $300,000.00
        Single-claim limitation                                min $242,500.00
        ----------------------------------------------------------------------
        Claim c1 limited                                           $242,500.00

      SI-9  Claim c2: losses limited to the single-claim figure
        Incurred losses                                            $250,000.00
        Single-claim limitation                                min $242,500.00
        ----------------------------------------------------------------------
        Claim c2 limited                                           $242,500.00

      SI-9  Accident A1: its claims together limited to the multiple-claim figure
        Claims of the accident, each limited                       $525,000.00
        Multiple-claim limitation                                - $485,000.00
        ----------------------------------------------------------------------
        Reduction to share                                          $40,000.00

      GEN-3  Accident A1: the reduction shared across its claims in proportion to their limited amounts (cents to the largest remainders)
        Claim c1 share                                              $18,476.19
        Claim c2 share                                            + $18,476.19
        Claim c3 share                                             + $3,047.62
        ----------------------------------------------------------------------
        Reduction                                                   $40,000.00

      SI-9  Limited losses = sum of the limited claims
        Claim c1                                                   $224,023.81
        Claim c2                                                 + $224,023.81
        Claim c3                                                  + $36,952.38
        Claim c4                                                  + $15,000.00
        ----------------------------------------------------------------------
        Limited losses                                             $500,000.00"
    `);
  });
});
