import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, selectAuditSample } from 'wcra-calc';
import { fnv1a32, selectAuditSampleDefinition } from '../../src/billing/selectAuditSample.js';
import { D } from '../../src/core/decimal.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectIssues, onlyWcraErrors } from './helpers.js';

/** An independent FNV-1a 32-bit over UTF-8 (TextEncoder) to check the library's ranking. */
function referenceHash(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

function referenceSample(ids: ReadonlyArray<string>, year: number, seed: string, size: number): string[] {
  return [...ids]
    .map((id) => ({ id, h: referenceHash(`${seed}|${year}|${id}`) }))
    .sort((a, b) => a.h - b.h || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, size)
    .map((x) => x.id);
}

const ids = (r: { selected: ReadonlyArray<{ memberId: string }> }) => r.selected.map((s) => s.memberId);
const member = (memberId: string, exposure: string | number = '1000') => ({ memberId, exposure });

describe('selectAuditSample: worked examples', () => {
  it('BIL-5 11 members with exposure and 2 without: 3 audited (20% of 11 rounded up), chosen by the seeded hash', () => {
    const members = [
      ...Array.from({ length: 11 }, (_, i) => member(`M${String(i + 1).padStart(2, '0')}`)),
      member('Z1', '0'),
      member('Z2', 0),
    ];
    const r = selectAuditSample({ members, year: 2024, seed: 'audit' });
    expect(r.eligible).toBe(11);
    const expected = referenceSample(
      members.slice(0, 11).map((m) => m.memberId),
      2024,
      'audit',
      3,
    );
    expect(ids(r)).toStrictEqual(expected);
    expect(r).toStrictEqual({ selected: expected.map((memberId) => ({ memberId })), eligible: 11 });
  });

  it('BIL-5 the hash is FNV-1a 32-bit over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    for (const s of ['é', '€', '😀', 'Z|2024|Ünïcødé']) expect(fnv1a32(s)).toBe(referenceHash(s));
    // A lone surrogate keeps its own three bytes (WTF-8: U+D800 is ED A0 80).
    let h = 0x811c9dc5;
    for (const b of [0x78, 0xed, 0xa0, 0x80, 0x79]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    expect(fnv1a32('x\uD800y')).toBe(h);
  });

  it('BIL-5 a different year or seed gives a different, still reproducible, sample', () => {
    const members = Array.from({ length: 50 }, (_, i) => member(`member-${i}`));
    const a = ids(selectAuditSample({ members, year: 2024, seed: 1 }));
    const b = ids(selectAuditSample({ members, year: 2025, seed: 1 }));
    const c = ids(selectAuditSample({ members, year: 2024, seed: '1' }));
    expect(a.length).toBe(10);
    expect(a).not.toStrictEqual(b);
    expect(c).toStrictEqual(a); // seed 1 and '1' are the same text
    expect(a).toStrictEqual(
      referenceSample(
        members.map((m) => m.memberId),
        2024,
        '1',
        10,
      ),
    );
    expect(ids(selectAuditSample({ members, year: 2024 }))).toStrictEqual(
      referenceSample(
        members.map((m) => m.memberId),
        2024,
        '',
        10,
      ),
    );
  });

  it('BIL-5 explain: eligible count, sample size rounded up, then the selection', () => {
    const members = Array.from({ length: 6 }, (_, i) => member(`m${i}`));
    const r = selectAuditSample({ members, year: 2024, seed: 's' }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BIL-5', 'BIL-5', 'BIL-5']);
    expect(r.steps?.[1]?.inputs[1]).toStrictEqual({ label: 'Audit fraction', value: '0.2', kind: 'rate', operator: 'x' });
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Members to audit', value: '2', kind: 'number' });
    expect(r.steps?.[2]?.result.value).toBe(ids(r).join(', '));
    expect(formatWorksheet(r.steps ?? [])).toContain('x 20%');
  });
});

describe('selectAuditSample: edge cases', () => {
  it('BIL-5 sizes at the rounding thresholds: 5 → 1, 6 → 2, 10 → 2, 1 → 1, 0 → 0 (exact decimal, no float error)', () => {
    const size = (n: number, fraction?: string) =>
      selectAuditSample({
        members: Array.from({ length: n }, (_, i) => member(`m${i}`)),
        year: 2024,
        ...(fraction === undefined ? {} : { fraction }),
      }).selected.length;
    expect([size(5), size(6), size(10), size(11), size(1), size(0)]).toStrictEqual([1, 2, 2, 3, 1, 0]);
    // 0.1 × 30 is 3.0000000000000004 in floats; exactly 3 here.
    expect(size(30, '0.1')).toBe(3);
    expect(size(7, '0')).toBe(0);
    expect(size(7, '1')).toBe(7);
  });

  it('BIL-5 only exposure above zero is eligible: "0", "0.00", "-0", 0 and Decimal-like zero are not', () => {
    const r = selectAuditSample({
      members: [member('a', '0'), member('b', '0.00'), member('c', '-0'), member('d', 0), member('e', '0.01'), member('f', 0.5)],
      year: 2024,
      fraction: '1',
    });
    expect(r.eligible).toBe(2);
    expect([...ids(r)].sort()).toStrictEqual(['e', 'f']);
  });

  it('BIL-5 equal hashes are ordered by memberId, whatever the input order', () => {
    // FNV-1a collides for these two ids with seed 'tie' and year 2024.
    expect(fnv1a32('tie|2024|M4699')).toBe(fnv1a32('tie|2024|M1180154'));
    const one = selectAuditSample({ members: [member('M4699'), member('M1180154')], year: 2024, seed: 'tie', fraction: '0.5' });
    const two = selectAuditSample({ members: [member('M1180154'), member('M4699')], year: 2024, seed: 'tie', fraction: '0.5' });
    expect(ids(one)).toStrictEqual(['M1180154']);
    expect(ids(two)).toStrictEqual(['M1180154']);
  });

  it('BIL-5 exposure given as a Decimal instance', () => {
    const r = selectAuditSample({
      members: [
        { memberId: 'a', exposure: new D('0') },
        { memberId: 'b', exposure: new D('12.5') },
      ],
      year: 2024,
    });
    expect(r).toStrictEqual({ selected: [{ memberId: 'b' }], eligible: 1 });
  });

  it('BIL-5 no members: nothing selected', () => {
    expect(selectAuditSample({ members: [], year: 2024 })).toStrictEqual({ selected: [], eligible: 0 });
  });

  it('BIL-5 a larger fraction contains the smaller sample as its prefix', () => {
    const members = Array.from({ length: 40 }, (_, i) => member(`id${i}`));
    const small = ids(selectAuditSample({ members, year: 2024, seed: 'x', fraction: '0.2' }));
    const large = ids(selectAuditSample({ members, year: 2024, seed: 'x', fraction: '0.5' }));
    expect(large.slice(0, small.length)).toStrictEqual(small);
  });
});

describe('properties', () => {
  const membersArb = fc.uniqueArray(
    fc.record({ memberId: fc.string({ minLength: 1, maxLength: 12 }), exposure: fc.nat({ max: 1000 }).map((n) => `${n}.00`) }),
    { selector: (m) => m.memberId, maxLength: 60 },
  );

  it('BIL-5 the sample is stable under shuffling the members', () => {
    fc.assert(
      fc.property(
        membersArb,
        fc.integer({ min: 1900, max: 2200 }),
        fc.string({ maxLength: 10 }),
        fc.nat(),
        (members, year, seed, shuffleSeed) => {
          const shuffled = [...members];
          let s = shuffleSeed;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as (typeof shuffled)[number], shuffled[i] as (typeof shuffled)[number]];
          }
          expect(selectAuditSample({ members: shuffled, year, seed })).toStrictEqual(selectAuditSample({ members, year, seed }));
        },
      ),
    );
  });

  it('BIL-5 size is ⌈20% × eligible⌉, selected members are eligible and distinct', () => {
    fc.assert(
      fc.property(membersArb, fc.integer({ min: 1900, max: 2200 }), (members, year) => {
        const r = selectAuditSample({ members, year, seed: 'p' });
        const eligible = members.filter((m) => m.exposure !== '0.00').map((m) => m.memberId);
        expect(r.eligible).toBe(eligible.length);
        expect(r.selected.length).toBe(Math.ceil((eligible.length * 2) / 10));
        expect(new Set(ids(r)).size).toBe(r.selected.length);
        for (const id of ids(r)) expect(eligible.includes(id)).toBe(true);
        expect(ids(r)).toStrictEqual(referenceSample(eligible, year, 'p', r.selected.length));
      }),
    );
  });
});

describe('selectAuditSample: input', () => {
  it('does not mutate its input', () => {
    const members = [member('b'), member('a'), member('c')];
    const input = deepFreeze({ members, year: 2024, seed: 'x', fraction: '0.5' });
    expect(selectAuditSample(input, deepFreeze({ explain: true })).selected.length).toBe(2);
    expect(input.members.map((m) => m.memberId)).toStrictEqual(['b', 'a', 'c']);
  });

  it('bad input: duplicate memberIds, negative exposure, fraction above 1, bad seed, null', () => {
    expectIssues(
      () => selectAuditSample({ members: [member('a'), member('b'), member('a')], year: 2024 }),
      [{ path: ['members', 2, 'memberId'], code: 'duplicate' }],
    );
    expectIssues(
      () => selectAuditSample({ members: [member('a', '-1')], year: 2024 }),
      [{ path: ['members', 0, 'exposure'], code: 'out_of_range' }],
    );
    expectIssues(
      () => selectAuditSample({ members: [member('a', 'lots')], year: 2024 }),
      [{ path: ['members', 0, 'exposure'], code: 'not_money' }],
    );
    expectIssues(() => selectAuditSample({ members: [member('')], year: 2024 }), [{ path: ['members', 0, 'memberId'], code: 'not_an_id' }]);
    expectIssues(
      () => selectAuditSample({ members: [{ memberId: 'a' }] as never, year: 2024 }),
      [{ path: ['members', 0, 'exposure'], code: 'required' }],
    );
    expectIssues(() => selectAuditSample({ members: [], year: 2024, fraction: '1.5' }), [{ path: ['fraction'], code: 'out_of_range' }]);
    expectIssues(() => selectAuditSample({ members: [], year: 2024, fraction: '-0.1' }), [{ path: ['fraction'], code: 'out_of_range' }]);
    expectIssues(() => selectAuditSample({ members: [], year: 2024, seed: 1.5 }), [{ path: ['seed'], code: 'wrong_type' }]);
    expectIssues(() => selectAuditSample({ members: [], year: 2024, seed: null as never }), [{ path: ['seed'], code: 'wrong_type' }]);
    expectIssues(() => selectAuditSample({ members: null as never, year: 2024 }), [{ path: ['members'], code: 'wrong_type' }]);
    expectIssues(() => selectAuditSample({ members: [] } as never), [{ path: ['year'], code: 'required' }]);
    expectIssues(() => selectAuditSample(null as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(
      () => selectAuditSample({ members: [], year: 2024 }, { explain: 'no' as never }),
      [{ path: ['options', 'explain'], code: 'wrong_type' }],
    );
  });
  it('GEN-1 any value for the input, a field or the options throws only WcraError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        onlyWcraErrors(() => selectAuditSample(x as never));
        onlyWcraErrors(() =>
          selectAuditSample({ ...{ members: [{ memberId: 'a', exposure: '1' }], year: 2024 }, year: x } as never, y as never),
        );
        onlyWcraErrors(() =>
          selectAuditSample({ members: [{ memberId: 'a', exposure: '1' }], year: 2024 }, { explain: true, other: y } as never),
        );
      }),
    );
  });
});

describe('selectAuditSample: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(selectAuditSampleDefinition)).toMatchInlineSnapshot(`
      "BIL-5  Eligible members = members with exposure above zero
        Members listed                                                       3
        ----------------------------------------------------------------------
        Eligible members                                                     2

      BIL-5  Sample size = eligible members x audit fraction, rounded up
        Eligible members                                                     2
        Audit fraction                                                   x 20%
        ----------------------------------------------------------------------
        Members to audit                                                     1

      BIL-5  Rank eligible members by FNV-1a 32-bit hash of "seed|year|memberId" (ties by memberId); take the first 1
        Seed                                                            "wcra"
        Year                                                              2024
        ----------------------------------------------------------------------
        Selected                                                             B"
    `);
  });
});
