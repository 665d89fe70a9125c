import * as z from 'zod/mini';
import { addIssue, duplicateIssues, type ExplainOption, ExplainOptionsSchema, id, oneOf } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { step } from '../rules/step.js';

/** Input schema of {@link checkAffiliateElections}. */
export const CheckAffiliateElectionsInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      members: z.array(
        z.strictObject({
          memberId: id('a member identifier'),
          groupId: z.optional(id('a group identifier')),
          level: oneOf(RETENTION_LEVELS),
        }),
      ),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const i of duplicateIssues(v.members, 'members', 'memberId', 'member')) addIssue(ctx, i.path, i.code, i.message);
      }),
    ))();

/** One member's level for the coverage year checked. */
export interface AffiliateMemberElection {
  /** The member's identifier (each member once). */
  readonly memberId: string;
  /** The affiliate group (holding company, group self-insurer) it belongs to; absent when it stands alone. */
  readonly groupId?: string;
  /** The retention level the member elected for the year. */
  readonly level: RetentionLevel;
}

/** Input of {@link checkAffiliateElections}. */
export interface CheckAffiliateElectionsInput {
  /** The members' levels for one coverage year; members sharing `groupId` are affiliates. */
  readonly members: ReadonlyArray<AffiliateMemberElection>;
}

/** Options schema of {@link checkAffiliateElections}. */
export const CheckAffiliateElectionsOptionsSchema = ExplainOptionsSchema;

/** Options of {@link checkAffiliateElections}. */
export type CheckAffiliateElectionsOptions = ExplainOption;

/** One affiliate group whose members elected different levels. */
export interface AffiliateViolation {
  /** The affiliate group. */
  readonly groupId: string;
  /** Every member of the group, in input order. */
  readonly memberIds: ReadonlyArray<string>;
  /** The distinct levels the group's members elected, lowest limit first. */
  readonly levels: ReadonlyArray<RetentionLevel>;
}

/** Result of {@link checkAffiliateElections}. */
export interface CheckAffiliateElectionsResult extends Explained {
  /** True when every group has one level. */
  readonly ok: boolean;
  /** The groups with more than one level, in order of their first member in the input. */
  readonly violations: ReadonlyArray<AffiliateViolation>;
}

interface Group {
  readonly groupId: string;
  readonly memberIds: string[];
  readonly levels: Set<RetentionLevel>;
}

/** Groups members by `groupId` (members without one are left out), in order of first appearance. @internal */
export function affiliateGroups(
  members: ReadonlyArray<{ memberId: string; groupId?: string | undefined; level: RetentionLevel }>,
): Group[] {
  const groups = new Map<string, Group>();
  for (const m of members) {
    if (m.groupId === undefined) continue;
    let g = groups.get(m.groupId);
    if (g === undefined) {
      g = { groupId: m.groupId, memberIds: [], levels: new Set() };
      groups.set(m.groupId, g);
    }
    g.memberIds.push(m.memberId);
    g.levels.add(m.level);
  }
  return [...groups.values()];
}

/**
 * Checks that affiliated members elected the same retention level (RET-7): affiliated insurers
 * in one holding company, affiliated self-insurers and each group self-insurer are a single
 * entity, so all must have the same level.
 *
 * Members sharing a `groupId` are one affiliate group; a member without `groupId` stands alone
 * and is never a violation. Each group with more than one distinct level is reported once, with
 * all its member IDs in input order and its distinct levels lowest first. Convention: the check
 * reports, it does not throw; a member ID listed twice is `INVALID_INPUT`. Pass the members'
 * levels for one coverage year.
 *
 * @param input - `{ members: { memberId, groupId?, level }[] }`.
 * @param options - `{ explain? }`.
 * @returns `{ ok, violations: { groupId, memberIds, levels }[] }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input or a duplicate member ID.
 *
 * @example
 * ```ts
 * import { checkAffiliateElections } from 'wcra-calc';
 * const members = [
 *   { memberId: 'A', groupId: 'G1', level: 'high' },
 *   { memberId: 'B', groupId: 'G1', level: 'low' },
 *   { memberId: 'C', level: 'jumbo' },
 * ] as const;
 * checkAffiliateElections({ members })
 * //=> { ok: false, violations: [{ groupId: 'G1', memberIds: ['A', 'B'], levels: ['low', 'high'] }] }
 * ```
 */
export function checkAffiliateElections(
  input: CheckAffiliateElectionsInput,
  options?: CheckAffiliateElectionsOptions,
): CheckAffiliateElectionsResult {
  return checkAffiliateElectionsDefinition.run(input, options);
}

/** The definition of {@link checkAffiliateElections}. */
export const checkAffiliateElectionsDefinition = /* @__PURE__ */ defineCalculator({
  name: 'checkAffiliateElections',
  feature: 'retention',
  summary: 'Whether affiliated members elected the same retention level',
  rules: ['RET-7'],
  uncitedRules: {},
  input: CheckAffiliateElectionsInputSchema,
  options: CheckAffiliateElectionsOptionsSchema,
  example: {
    members: [
      { memberId: 'A', groupId: 'G1', level: 'high' },
      { memberId: 'B', groupId: 'G1', level: 'low' },
      { memberId: 'C', level: 'jumbo' },
    ],
  },
  explains: true,
  compute: (v, opts): CheckAffiliateElectionsResult => {
    const groups = affiliateGroups(v.members);
    const sortedLevels = (g: Group): RetentionLevel[] => RETENTION_LEVELS.filter((l) => g.levels.has(l));
    // RULES: RET-7 — one entity, one retention level.
    const violations: AffiliateViolation[] = groups
      .filter((g) => g.levels.size > 1)
      .map((g) => ({ groupId: g.groupId, memberIds: [...g.memberIds], levels: sortedLevels(g) }));
    const result: CheckAffiliateElectionsResult = { ok: violations.length === 0, violations };
    return withSteps(result, opts.explain, () =>
      groups.map((g) =>
        step(
          'RET-7',
          `Affiliate group ${g.groupId} is one entity: all members must elect the same level`,
          [textValue('Members', g.memberIds.join(', ')), textValue('Levels elected', sortedLevels(g).join(', '))],
          textValue('Same level', g.levels.size === 1 ? 'yes' : 'no (violation)'),
        ),
      ),
    );
  },
});
