import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Claim, groupOccurrences, WcraError } from 'wcra-calc';
import { groupOccurrencesDefinition } from '../../src/claims/groupOccurrences.js';
import { expectIssues, stepValues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { arbClaims, BASE, deepFreeze } from './helpers.js';

const injury = (claimId: string, memberId: string, occurrenceId: string | undefined, employeeId = 'E1'): Claim => {
  const c = { ...BASE, claimId, memberId, employeeId, kind: 'injury' as const };
  return occurrenceId === undefined ? c : { ...c, occurrenceId };
};
const disease = (claimId: string, memberId: string, occurrenceId: string, employeeId: string): Claim => ({
  ...BASE,
  claimId,
  memberId,
  employeeId,
  occurrenceId,
  kind: 'occupational-disease',
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

describe('groupOccurrences', () => {
  it('CLM-1 a three-claimant fire is one occurrence', () => {
    const r = groupOccurrences({
      claims: [injury('A', 'M1', 'FIRE', 'E1'), injury('B', 'M1', 'FIRE', 'E2'), injury('C', 'M1', 'FIRE', 'E3')],
    });
    expect(r).toStrictEqual({
      occurrences: [
        { key: 'injury|member|M1|FIRE', kind: 'injury', memberIds: ['M1'], claimIds: ['A', 'B', 'C'], injuryDate: '2024-03-05' },
      ],
    });
  });

  it('CLM-1 a claim without occurrenceId is its own occurrence', () => {
    const r = groupOccurrences({ claims: [injury('A', 'M1', undefined), injury('B', 'M1', undefined)] });
    expect(r.occurrences.map((o) => o.key)).toStrictEqual(['claim|A', 'claim|B']);
  });

  it('CLM-1 the same occurrenceId at two unaffiliated members is two occurrences', () => {
    const r = groupOccurrences({ claims: [injury('A', 'M1', 'X'), injury('B', 'M2', 'X')] });
    expect(r.occurrences.map((o) => o.claimIds)).toStrictEqual([['A'], ['B']]);
  });

  it('CLM-2 occupational disease: one occurrence per employee, even with a shared occurrenceId', () => {
    const r = groupOccurrences({
      claims: [disease('D1', 'M1', 'DUST', 'E1'), disease('D2', 'M1', 'DUST', 'E2'), disease('D3', 'M1', 'DUST', 'E1')],
    });
    expect(r.occurrences).toStrictEqual([
      {
        key: 'occupational-disease|member|M1|DUST|E1',
        kind: 'occupational-disease',
        memberIds: ['M1'],
        claimIds: ['D1', 'D3'],
        injuryDate: '2024-03-05',
      },
      {
        key: 'occupational-disease|member|M1|DUST|E2',
        kind: 'occupational-disease',
        memberIds: ['M1'],
        claimIds: ['D2'],
        injuryDate: '2024-03-05',
      },
    ]);
  });

  it('CLM-2 an injury and a disease claim never share an occurrence', () => {
    const r = groupOccurrences({ claims: [injury('A', 'M1', 'X', 'E1'), disease('B', 'M1', 'X', 'E1')] });
    expect(r.occurrences.length).toBe(2);
  });

  it('CLM-3 affiliates of one group with the same occurrenceId form one occurrence', () => {
    const r = groupOccurrences({
      claims: [injury('A', 'INS-1', 'STORM'), injury('B', 'INS-2', 'STORM'), injury('C', 'INS-3', 'STORM')],
      affiliateGroups: { 'INS-1': 'HOLDCO', 'INS-2': 'HOLDCO' },
    });
    expect(r.occurrences).toStrictEqual([
      { key: 'injury|group|HOLDCO|STORM', kind: 'injury', memberIds: ['INS-1', 'INS-2'], claimIds: ['A', 'B'], injuryDate: '2024-03-05' },
      { key: 'injury|member|INS-3|STORM', kind: 'injury', memberIds: ['INS-3'], claimIds: ['C'], injuryDate: '2024-03-05' },
    ]);
  });

  it('CLM-3 affiliates do not merge occupational disease claims of different members', () => {
    const r = groupOccurrences({
      claims: [disease('A', 'INS-1', 'DUST', 'E1'), disease('B', 'INS-2', 'DUST', 'E1')],
      affiliateGroups: { 'INS-1': 'HOLDCO', 'INS-2': 'HOLDCO' },
    });
    expect(r.occurrences.length).toBe(2);
  });

  it('CLM-1 keys escape "|" and "%" so different IDs never collide', () => {
    const r = groupOccurrences({ claims: [injury('A', 'M|1', 'X'), injury('B', 'M', '1|X'), injury('C', 'M%7C1', 'X')] });
    expect(r.occurrences.map((o) => o.key)).toStrictEqual(['injury|member|M%7C1|X', 'injury|member|M|1%7CX', 'injury|member|M%257C1|X']);
  });

  it('CLM-1 key parts without "|" or "%" are kept as they are', () => {
    const r = groupOccurrences({ claims: [injury('A B', 'M 1', 'X/Y'), injury('C&D', 'M1', undefined)] });
    expect(r.occurrences.map((o) => o.key)).toStrictEqual(['injury|member|M 1|X/Y', 'claim|C&D']);
  });

  it('CLM-1 claims of one occurrence with different injury dates → INCONSISTENT_OCCURRENCE', () => {
    const e = thrown(() =>
      groupOccurrences({ claims: [injury('A', 'M1', 'FIRE'), { ...injury('B', 'M1', 'FIRE'), injuryDate: '2024-03-06' }] }),
    );
    expect(e.code).toBe('INCONSISTENT_OCCURRENCE');
    expect(e.details).toStrictEqual({
      key: 'injury|member|M1|FIRE',
      claimId: 'B',
      injuryDate: '2024-03-06',
      otherClaimId: 'A',
      otherInjuryDate: '2024-03-05',
    });
  });

  it('CLM-1 no claims → no occurrences', () => {
    expect(groupOccurrences({ claims: [] })).toStrictEqual({ occurrences: [] });
  });

  it('CLM-1 explain gives one step per occurrence citing its rule', () => {
    const r = groupOccurrences(
      {
        claims: [
          injury('A', 'M1', 'F'),
          injury('B', 'M2', 'F'),
          disease('C', 'M1', 'D', 'E1'),
          injury('D', 'M1', undefined),
          injury('E', 'M3', 'F'),
        ],
        affiliateGroups: { M1: 'G', M2: 'G' },
      },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['CLM-3', 'CLM-2', 'CLM-1', 'CLM-1']);
    expect(r.steps?.[0]?.result.value).toBe('injury|group|G|F');
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'CLM-3',
        inputs: [
          { label: 'Claims', value: 'A, B', kind: 'text' },
          { label: 'Members', value: 'M1, M2', kind: 'text' },
          { label: 'Injury date', value: '2024-03-05', kind: 'date' },
        ],
        result: { label: 'Occurrence', value: 'injury|group|G|F', kind: 'text' },
      },
      {
        rule: 'CLM-2',
        inputs: [
          { label: 'Claims', value: 'C', kind: 'text' },
          { label: 'Members', value: 'M1', kind: 'text' },
          { label: 'Injury date', value: '2024-03-05', kind: 'date' },
        ],
        result: { label: 'Occurrence', value: 'occupational-disease|member|M1|D|E1', kind: 'text' },
      },
      {
        rule: 'CLM-1',
        inputs: [
          { label: 'Claims', value: 'D', kind: 'text' },
          { label: 'Members', value: 'M1', kind: 'text' },
          { label: 'Injury date', value: '2024-03-05', kind: 'date' },
        ],
        result: { label: 'Occurrence', value: 'claim|D', kind: 'text' },
      },
      {
        rule: 'CLM-1',
        inputs: [
          { label: 'Claims', value: 'E', kind: 'text' },
          { label: 'Members', value: 'M3', kind: 'text' },
          { label: 'Injury date', value: '2024-03-05', kind: 'date' },
        ],
        result: { label: 'Occurrence', value: 'injury|member|M3|F', kind: 'text' },
      },
    ]);
  });

  it('CLM-1 explain: an occupational disease claim without occurrence ID is its own occurrence (CLM-1)', () => {
    const { occurrenceId: _, ...lone } = disease('Z', 'M1', 'D', 'E7');
    expect(stepValues(groupOccurrences({ claims: [lone] }, { explain: true }).steps)).toEqual([
      {
        rule: 'CLM-1',
        inputs: [
          { label: 'Claims', value: 'Z', kind: 'text' },
          { label: 'Members', value: 'M1', kind: 'text' },
          { label: 'Injury date', value: '2024-03-05', kind: 'date' },
        ],
        result: { label: 'Occurrence', value: 'claim|Z', kind: 'text' },
      },
    ]);
  });

  describe('properties', () => {
    const normalize = (occ: ReadonlyArray<{ key: string; claimIds: ReadonlyArray<string> }>) =>
      occ.map((o) => `${o.key}=${[...o.claimIds].sort().join(',')}`).sort();

    it('CLM-1 grouping does not depend on the order of the claims', () => {
      fc.assert(
        fc.property(
          arbClaims(1, 15).chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length }))),
          fc.boolean(),
          ([claims, shuffled], grouped) => {
            const affiliateGroups = grouped ? { M1: 'G', M2: 'G' } : {};
            const a = groupOccurrences({ claims, affiliateGroups }).occurrences;
            const b = groupOccurrences({ claims: shuffled, affiliateGroups }).occurrences;
            expect(normalize(b)).toStrictEqual(normalize(a));
          },
        ),
      );
    });

    it('CLM-1 every claim is in exactly one occurrence', () => {
      fc.assert(
        fc.property(arbClaims(1, 15), (claims) => {
          const ids = groupOccurrences({ claims }).occurrences.flatMap((o) => o.claimIds);
          expect([...ids].sort()).toStrictEqual(claims.map((c) => c.claimId).sort());
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ claims: [injury('A', 'M1', 'F'), injury('B', 'M2', 'F')], affiliateGroups: { M1: 'G', M2: 'G' } });
    const copy = structuredClone(input);
    groupOccurrences(input);
    expect(input).toStrictEqual(copy);
  });

  describe('bad input → INVALID_INPUT', () => {
    it.each([
      [null, ['input'], 'wrong_type'],
      [{ claims: 'x' }, ['claims'], 'wrong_type'],
      [{ claims: [{ ...BASE, injuryDate: '2019-02-30' }] }, ['claims', 0, 'injuryDate'], 'not_a_date'],
      [{ claims: [BASE, { ...BASE, claimId: 'C2', paid: '-5' }] }, ['claims', 1, 'paid'], 'out_of_range'],
      [{ claims: [{ ...BASE, kind: 'accident' }] }, ['claims', 0, 'kind'], 'not_one_of'],
      [{ claims: [BASE], affiliateGroups: { M1: '' } }, ['affiliateGroups', 'M1'], 'not_an_id'],
      [{ claims: [BASE], affiliateGroups: { M1: 'G', M2: 5 } }, ['affiliateGroups', 'M2'], 'not_an_id'],
      [{ claims: [BASE], affiliateGroups: { '': 'G' } }, ['affiliateGroups', ''], 'not_an_id'],
      [{ claims: [BASE], affiliateGroups: ['G'] }, ['affiliateGroups'], 'wrong_type'],
      [{ claims: [BASE], affiliateGroups: null }, ['affiliateGroups'], 'wrong_type'],
      [{ claims: [BASE, BASE] }, ['claims', 1, 'claimId'], 'duplicate'],
      [{ claims: [], other: 1 }, ['other'], 'unknown_field'],
    ])('%j', (input, path, code) => {
      expectIssues(() => groupOccurrences(input as never), [{ path: path[0] === 'input' ? [] : path, code }]);
    });

    it('rejects bad options', () => {
      expect(thrown(() => groupOccurrences({ claims: [] }, { explain: 'yes' } as never)).issues[0]?.path).toStrictEqual([
        'options',
        'explain',
      ]);
    });
  });
});

describe('groupOccurrences: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(groupOccurrencesDefinition)).toMatchInlineSnapshot(`
      "CLM-3  One incident across affiliate group G: one retention
        Claims                                                          C1, C2
        Members                                                         M1, M2
        Injury date                                                 2024-03-05
        ----------------------------------------------------------------------
        Occurrence                                         injury|group|G|FIRE

      CLM-2  Occupational disease: one occurrence per employee
        Claims                                                              C3
        Members                                                             M1
        Injury date                                                 2024-03-05
        ----------------------------------------------------------------------
        Occurrence                      occupational-disease|member|M1|DUST|E3

      CLM-2  Occupational disease: one occurrence per employee
        Claims                                                              C4
        Members                                                             M1
        Injury date                                                 2024-03-05
        ----------------------------------------------------------------------
        Occurrence                      occupational-disease|member|M1|DUST|E4

      CLM-1  No occurrence ID: the claim is its own occurrence
        Claims                                                              C5
        Members                                                             M1
        Injury date                                                 2024-03-05
        ----------------------------------------------------------------------
        Occurrence                                                    claim|C5"
    `);
  });
});
