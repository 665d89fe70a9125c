import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAffiliateElections, RETENTION_LEVELS } from 'wcra-calc';
import { checkAffiliateElectionsDefinition } from '../../src/retention/checkAffiliateElections.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectInvalid, expectIssues } from './helpers.js';

type Level = (typeof RETENTION_LEVELS)[number];

describe('checkAffiliateElections', () => {
  it('RET-7 seed 003: affiliated insurers must choose the same level', () => {
    const r = checkAffiliateElections({
      members: [
        { memberId: 'INS-1', groupId: 'HOLD-A', level: 'super' },
        { memberId: 'INS-2', groupId: 'HOLD-A', level: 'high' },
        { memberId: 'INS-3', groupId: 'HOLD-A', level: 'super' },
        { memberId: 'INS-4', groupId: 'HOLD-B', level: 'low' },
        { memberId: 'INS-5', groupId: 'HOLD-B', level: 'low' },
      ],
    });
    expect(r).toStrictEqual({
      ok: false,
      violations: [{ groupId: 'HOLD-A', memberIds: ['INS-1', 'INS-2', 'INS-3'], levels: ['high', 'super'] }],
    });
  });

  it('RET-7 one level per group: ok', () => {
    const r = checkAffiliateElections({
      members: [
        { memberId: 'A', groupId: 'G', level: 'jumbo' },
        { memberId: 'B', groupId: 'G', level: 'jumbo' },
      ],
    });
    expect(r).toStrictEqual({ ok: true, violations: [] });
  });

  it('RET-7 members without a group stand alone; empty list and one member are ok', () => {
    expect(
      checkAffiliateElections({
        members: [
          { memberId: 'A', level: 'low' },
          { memberId: 'B', level: 'jumbo' },
        ],
      }),
    ).toStrictEqual({ ok: true, violations: [] });
    expect(checkAffiliateElections({ members: [] })).toStrictEqual({ ok: true, violations: [] });
    expect(checkAffiliateElections({ members: [{ memberId: 'A', groupId: 'G', level: 'high' }] }).ok).toBe(true);
  });

  it('RET-7 several violating groups in order of first appearance, levels lowest first', () => {
    const r = checkAffiliateElections({
      members: [
        { memberId: 'b1', groupId: 'B', level: 'jumbo' },
        { memberId: 'a1', groupId: 'A', level: 'super' },
        { memberId: 'b2', groupId: 'B', level: 'low' },
        { memberId: 'a2', groupId: 'A', level: 'high' },
        { memberId: 'b3', groupId: 'B', level: 'super' },
      ],
    });
    expect(r.violations).toStrictEqual([
      { groupId: 'B', memberIds: ['b1', 'b2', 'b3'], levels: ['low', 'super', 'jumbo'] },
      { groupId: 'A', memberIds: ['a1', 'a2'], levels: ['high', 'super'] },
    ]);
  });

  it('RET-7 explain: one step per group', () => {
    const r = checkAffiliateElections(
      {
        members: [
          { memberId: 'A', groupId: 'G', level: 'low' },
          { memberId: 'B', groupId: 'G', level: 'high' },
          { memberId: 'C', groupId: 'H', level: 'low' },
        ],
      },
      { explain: true },
    );
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([
      ['RET-7', 'no (violation)'],
      ['RET-7', 'yes'],
    ]);
    expect(r.steps?.[0]?.inputs).toStrictEqual([
      { label: 'Members', value: 'A, B', kind: 'text' },
      { label: 'Levels elected', value: 'low, high', kind: 'text' },
    ]);
  });

  describe('properties', () => {
    it('RET-7 ok ⇔ every group has one level; violations list exactly the mixed groups', () => {
      const member = fc.record({
        groupId: fc.option(fc.constantFrom('G1', 'G2', 'G3'), { nil: undefined }),
        level: fc.constantFrom<Level>(...RETENTION_LEVELS),
      });
      fc.assert(
        fc.property(fc.array(member, { maxLength: 20 }), (rows) => {
          const members = rows.map((m, i) =>
            m.groupId === undefined ? { memberId: `M${i}`, level: m.level } : { memberId: `M${i}`, groupId: m.groupId, level: m.level },
          );
          const r = checkAffiliateElections({ members });
          const mixed = new Set<string>();
          for (const g of ['G1', 'G2', 'G3']) {
            if (new Set(members.filter((m) => 'groupId' in m && m.groupId === g).map((m) => m.level)).size > 1) mixed.add(g);
          }
          expect(r.ok).toBe(mixed.size === 0);
          expect(new Set(r.violations.map((v) => v.groupId))).toStrictEqual(mixed);
          for (const v of r.violations) expect(v.levels.length).toBeGreaterThan(1);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({
      members: [
        { memberId: 'A', groupId: 'G', level: 'low' as const },
        { memberId: 'B', groupId: 'G', level: 'high' as const },
      ],
    });
    expect(checkAffiliateElections(input, deepFreeze({ explain: true })).ok).toBe(false);
    expect(input.members[1]).toStrictEqual({ memberId: 'B', groupId: 'G', level: 'high' });
  });

  describe('bad input → INVALID_INPUT', () => {
    it('null, wrong shapes, unknown level, empty ids, duplicate member', () => {
      expectInvalid(() => checkAffiliateElections(null as never), []);
      expectInvalid(() => checkAffiliateElections({ members: {} as never }), ['members']);
      expectInvalid(() => checkAffiliateElections({ members: [{ memberId: 'A', level: 'mega' as never }] }), ['members', 0, 'level']);
      expectInvalid(() => checkAffiliateElections({ members: [{ memberId: '', level: 'low' }] }), ['members', 0, 'memberId']);
      expectInvalid(
        () => checkAffiliateElections({ members: [{ memberId: 'A', groupId: 7 as never, level: 'low' }] }),
        ['members', 0, 'groupId'],
      );
      expectIssues(
        () =>
          checkAffiliateElections({
            members: [
              { memberId: 'A', level: 'low' },
              { memberId: 'A', level: 'low' },
            ],
          }),
        [{ path: ['members', 1, 'memberId'], code: 'duplicate' }],
      );
    });
  });
});

describe('checkAffiliateElections: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(checkAffiliateElectionsDefinition)).toMatchInlineSnapshot(`
      "RET-7  Affiliate group G1 is one entity: all members must elect the same level
        Members                                                           A, B
        Levels elected                                               low, high
        ----------------------------------------------------------------------
        Same level                                              no (violation)"
    `);
  });
});
