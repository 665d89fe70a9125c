import * as z from 'zod/mini';
import { guaranteed, WcraError } from '../core/errors.js';
import { addIssue, describeValue, duplicateIssues, type ExplainOption, ExplainOptionsSchema, id, JSON_TAGS } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import type { RuleId } from '../rules/ids.js';
import { step } from '../rules/step.js';
import { type Claim, type ClaimKind, ClaimSchema, namingClaims, type ParsedClaim } from './claimSchema.js';

/** Schema of `affiliateGroups`: member ID (non-empty) → group ID (affiliates of one holding company, RET-7). */
export const AffiliateGroupsSchema = /* @__PURE__ */ (() => {
  const groupId = id('a group ID');
  const schema = z
    .custom<Record<string, string>>(
      (v) => typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v)),
      {
        error: (iss) => `must be an object mapping member IDs to group IDs, got ${describeValue(iss.input)}`,
        params: { code: 'wrong_type' },
      },
    )
    .check(
      z.superRefine((groups, ctx) => {
        for (const [member, g] of Object.entries(groups)) {
          const r = member === '' ? undefined : z.safeParse(groupId, g, { reportInput: true });
          if (r?.success !== true) {
            const message =
              r === undefined ? 'a member ID must not be empty' : guaranteed(r.error.issues[0]?.message, 'message of a failed member ID');
            addIssue(ctx, [member], 'not_an_id', message);
          }
        }
      }),
    );
  // Its JSON form: an object of member ID → group ID (built from what the bundle already holds).
  const json = z.catchall(z.strictObject({}), groupId);
  JSON_TAGS.set(schema, ['oneOf', 'affiliateGroups', { object: json }]);
  return schema;
})();

/** Input schema of {@link groupOccurrences}. */
export const GroupOccurrencesInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      claims: z.array(ClaimSchema),
      affiliateGroups: z.optional(AffiliateGroupsSchema),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const i of duplicateIssues(v.claims, 'claims', 'claimId', 'claim')) addIssue(ctx, i.path, i.code, i.message);
      }),
    ))();

/** Input of {@link groupOccurrences}. */
export interface GroupOccurrencesInput {
  /** The claims to group (claim IDs unique); see {@link ClaimSchema}. */
  readonly claims: ReadonlyArray<Claim>;
  /** Member ID → affiliate group ID: affiliates' injury claims with one `occurrenceId` are one occurrence (RET-7, CLM-3). */
  readonly affiliateGroups?: Readonly<Record<string, string>>;
}

/** Options schema of {@link groupOccurrences}. */
export const GroupOccurrencesOptionsSchema = ExplainOptionsSchema;

/** Options of {@link groupOccurrences}. */
export type GroupOccurrencesOptions = ExplainOption;

/** One occurrence: the claims that share one retention (CLM-1, CLM-2, CLM-3). */
export interface Occurrence {
  /**
   * A stable key: `injury|member|<memberId>|<occurrenceId>`, `injury|group|<groupId>|<occurrenceId>`,
   * `occupational-disease|member|<memberId>|<occurrenceId>|<employeeId>`, or `claim|<claimId>`
   * for a claim without `occurrenceId`. Parts holding `|` or `%` are percent-encoded.
   */
  readonly key: string;
  /** `'injury'` or `'occupational-disease'`. */
  readonly kind: ClaimKind;
  /** The members with claims in the occurrence, in order of first appearance. */
  readonly memberIds: ReadonlyArray<string>;
  /** The occurrence's claims, in input order. */
  readonly claimIds: ReadonlyArray<string>;
  /** The date of injury shared by the occurrence's claims. */
  readonly injuryDate: string;
}

/** Result of {@link groupOccurrences}. */
export interface GroupOccurrencesResult extends Explained {
  /** The occurrences in order of their first claim in the input. */
  readonly occurrences: ReadonlyArray<Occurrence>;
}

/** An occurrence being built (unchecked core). @internal */
export interface OccurrenceGroup {
  readonly key: string;
  readonly kind: ClaimKind;
  readonly memberIds: string[];
  readonly claims: ParsedClaim[];
  readonly injuryDate: string;
  /** The affiliate group the occurrence belongs to, when grouped under CLM-3. */
  readonly groupId: string | undefined;
}

function esc(part: string): string {
  return part.includes('|') || part.includes('%') ? encodeURIComponent(part) : part;
}

/** Affiliate groups as a map (own keys only). @internal */
export function affiliateMap(groups: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (groups !== undefined) for (const [member, group] of Object.entries(groups)) map.set(member, group);
  return map;
}

/**
 * The occurrence key of a claim with an `occurrenceId`:
 * - occupational disease: one occurrence per member, `occurrenceId` and employee (CLM-2);
 * - injury: one occurrence per `occurrenceId` and member, or per affiliate group (CLM-1, CLM-3).
 */
function occurrenceKey(
  claim: ParsedClaim,
  occurrenceId: string,
  affiliates: ReadonlyMap<string, string>,
): { key: string; groupId: string | undefined } {
  if (claim.kind === 'occupational-disease') {
    // RULES: CLM-2 — each affected employee is a separate occurrence, even with a shared cause.
    return { key: `occupational-disease|member|${esc(claim.memberId)}|${esc(occurrenceId)}|${esc(claim.employeeId)}`, groupId: undefined };
  }
  const groupId = affiliates.get(claim.memberId);
  // RULES: CLM-1, CLM-3 — one incident is one occurrence; affiliates of one group are one entity.
  const key =
    groupId === undefined
      ? `injury|member|${esc(claim.memberId)}|${esc(occurrenceId)}`
      : `injury|group|${esc(groupId)}|${esc(occurrenceId)}`;
  return { key, groupId };
}

/** The key of a claim without `occurrenceId` (its own occurrence). @internal */
export function ownKey(claimId: string): string {
  return `claim|${esc(claimId)}`;
}

/** A new occurrence of one claim. */
function newGroup(key: string, groupId: string | undefined, claim: ParsedClaim): OccurrenceGroup {
  return { key, kind: claim.kind, memberIds: [claim.memberId], claims: [claim], injuryDate: claim.injuryDate, groupId };
}

/** Claims grouped into occurrences as they are read (see {@link occurrenceGrouping}). @internal */
export interface OccurrenceGrouping<S> {
  /**
   * The occurrences in order of their first claim: a group for claims with an `occurrenceId`,
   * what `own` made of a claim without one.
   */
  readonly order: Array<S | OccurrenceGroup>;
  /** The positions in `order` of the groups. */
  readonly slots: number[];
  /** Adds the next claim; throws `INCONSISTENT_OCCURRENCE` when its injury date differs from its occurrence's. */
  add(claim: ParsedClaim): void;
  /** Forgets the key index (the groups stay in `order`). */
  release(): void;
}

/**
 * The one grouping of claims into occurrences (unchecked core of {@link groupOccurrences} and
 * `reimbursementRun`, CLM-1, CLM-2, CLM-3). A claim without `occurrenceId` is its own
 * occurrence: `own` turns it into what stands for it in `order` (the batch settles it at once).
 * Claim IDs must already be unique.
 * @internal
 */
export function occurrenceGrouping<S>(affiliates: ReadonlyMap<string, string>, own: (claim: ParsedClaim) => S): OccurrenceGrouping<S> {
  const order: Array<S | OccurrenceGroup> = [];
  const slots: number[] = [];
  const groups = new Map<string, OccurrenceGroup>();
  const add = (claim: ParsedClaim): void => {
    if (claim.occurrenceId === undefined) {
      order.push(own(claim));
      return;
    }
    const { key, groupId } = occurrenceKey(claim, claim.occurrenceId, affiliates);
    const g = groups.get(key);
    if (g === undefined) {
      const fresh = newGroup(key, groupId, claim);
      groups.set(key, fresh);
      slots.push(order.length);
      order.push(fresh);
      return;
    }
    if (g.injuryDate !== claim.injuryDate) {
      const other = g.claims[0] as ParsedClaim;
      throw new WcraError(
        'INCONSISTENT_OCCURRENCE',
        `Claims "${other.claimId}" and "${claim.claimId}" of occurrence ${key} have different injury dates (${g.injuryDate}, ${claim.injuryDate}).`,
        {
          details: {
            key,
            claimId: claim.claimId,
            injuryDate: claim.injuryDate,
            otherClaimId: other.claimId,
            otherInjuryDate: g.injuryDate,
          },
        },
      );
    }
    if (!g.memberIds.includes(claim.memberId)) g.memberIds.push(claim.memberId);
    g.claims.push(claim);
  };
  return { order, slots, add, release: () => groups.clear() };
}

/** The public view of a group. @internal */
export function toOccurrence(g: OccurrenceGroup): Occurrence {
  return { key: g.key, kind: g.kind, memberIds: [...g.memberIds], claimIds: g.claims.map((c) => c.claimId), injuryDate: g.injuryDate };
}

/**
 * Groups claims into occurrences, each carrying one retention (CLM-1, CLM-2, CLM-3).
 *
 * - Injury claims of the same member with the same `occurrenceId` are one occurrence (CLM-1).
 * - Occupational disease: each affected employee is a separate occurrence, even when several
 *   share an `occurrenceId` (CLM-2).
 * - `affiliateGroups` maps member IDs to a group ID: injury claims of members of one group with
 *   the same `occurrenceId` form one occurrence across the affiliates (CLM-3, inferred from
 *   Minn. Stat. § 79.34 subd. 1: the group is one entity with one retention).
 * - A claim without `occurrenceId` is its own occurrence.
 *
 * Conventions: an injury claim and an occupational disease claim never share an occurrence,
 * even with the same `occurrenceId`; occupational disease claims are grouped by member (not by
 * affiliate group), since employee IDs belong to one employer's records. Occurrences come in
 * the order of their first claim in the input, claims in input order; which claims form an
 * occurrence does not depend on the order. Claim IDs must be unique in the list.
 *
 * @param input - `{ claims, affiliateGroups? }` (claims as in {@link ClaimSchema}).
 * @param options - `{ explain? }`.
 * @returns `{ occurrences: { key, kind, memberIds, claimIds, injuryDate }[] }`.
 * @throws {@link WcraError} `INCONSISTENT_OCCURRENCE` when claims of one occurrence have
 *   different injury dates; `INVALID_INPUT` for a bad claim (the message names its claim ID)
 *   or a claim ID listed twice.
 *
 * @example
 * ```ts
 * import { groupOccurrences } from 'wcra-calc';
 * const base = { memberId: 'M1', injuryDate: '2024-03-05', paid: '1000' };
 * const claims = [
 *   { ...base, claimId: 'C1', employeeId: 'E1', occurrenceId: 'FIRE', kind: 'injury' as const },
 *   { ...base, claimId: 'C2', employeeId: 'E2', occurrenceId: 'FIRE', kind: 'injury' as const },
 *   { ...base, claimId: 'C3', employeeId: 'E3', occurrenceId: 'DUST', kind: 'occupational-disease' as const },
 *   { ...base, claimId: 'C4', employeeId: 'E4', occurrenceId: 'DUST', kind: 'occupational-disease' as const },
 * ];
 * groupOccurrences({ claims }).occurrences.map((o) => o.claimIds) //=> [['C1', 'C2'], ['C3'], ['C4']]
 * groupOccurrences({ claims }).occurrences[0]
 * //=> { key: 'injury|member|M1|FIRE', kind: 'injury', memberIds: ['M1'], claimIds: ['C1', 'C2'], injuryDate: '2024-03-05' }
 * ```
 */
export function groupOccurrences(input: GroupOccurrencesInput, options?: GroupOccurrencesOptions): GroupOccurrencesResult {
  return namingClaims(input, () => groupOccurrencesDefinition.run(input, options));
}

/** The rule that forms an occurrence, and why in words. */
function groupingRule(g: OccurrenceGroup): { rule: RuleId; text: string } {
  if (g.claims[0]?.occurrenceId === undefined) return { rule: 'CLM-1', text: 'No occurrence ID: the claim is its own occurrence' };
  if (g.kind === 'occupational-disease') return { rule: 'CLM-2', text: 'Occupational disease: one occurrence per employee' };
  if (g.groupId === undefined) return { rule: 'CLM-1', text: "One incident: the member's claims with one occurrence ID" };
  return { rule: 'CLM-3', text: `One incident across affiliate group ${g.groupId}: one retention` };
}

/** The definition of {@link groupOccurrences}. */
export const groupOccurrencesDefinition = /* @__PURE__ */ defineCalculator({
  name: 'groupOccurrences',
  feature: 'claims',
  summary: 'Claims grouped into occurrences, each carrying one retention',
  rules: ['CLM-1', 'CLM-2', 'CLM-3'],
  uncitedRules: {},
  input: GroupOccurrencesInputSchema,
  options: GroupOccurrencesOptionsSchema,
  example: {
    claims: [
      { memberId: 'M1', claimId: 'C1', employeeId: 'E1', occurrenceId: 'FIRE', kind: 'injury', injuryDate: '2024-03-05', paid: '1000' },
      { memberId: 'M2', claimId: 'C2', employeeId: 'E2', occurrenceId: 'FIRE', kind: 'injury', injuryDate: '2024-03-05', paid: '1000' },
      {
        memberId: 'M1',
        claimId: 'C3',
        employeeId: 'E3',
        occurrenceId: 'DUST',
        kind: 'occupational-disease',
        injuryDate: '2024-03-05',
        paid: '1000',
      },
      {
        memberId: 'M1',
        claimId: 'C4',
        employeeId: 'E4',
        occurrenceId: 'DUST',
        kind: 'occupational-disease',
        injuryDate: '2024-03-05',
        paid: '1000',
      },
      { memberId: 'M1', claimId: 'C5', employeeId: 'E5', kind: 'injury', injuryDate: '2024-03-05', paid: '1000' },
    ],
    affiliateGroups: { M1: 'G', M2: 'G' },
  },
  explains: true,
  compute: (v, opts): GroupOccurrencesResult => {
    const claims: ReadonlyArray<ParsedClaim> = v.claims;
    const affiliates = affiliateMap(v.affiliateGroups);
    const grouping = occurrenceGrouping(affiliates, (c) => newGroup(ownKey(c.claimId), undefined, c));
    for (const c of claims) grouping.add(c);
    const list = grouping.order;
    const result: GroupOccurrencesResult = { occurrences: list.map(toOccurrence) };
    return withSteps(result, opts.explain, () =>
      list.map((g) => {
        const { rule, text } = groupingRule(g);
        return step(
          rule,
          text,
          [
            textValue('Claims', g.claims.map((c) => c.claimId).join(', ')),
            textValue('Members', g.memberIds.join(', ')),
            textValue('Injury date', g.injuryDate, 'date'),
          ],
          textValue('Occurrence', g.key),
        );
      }),
    );
  },
});
