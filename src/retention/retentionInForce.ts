/**
 * The retention in force (RET-4, RET-5, RET-7), as the library looks it up everywhere: the
 * elections of many members indexed once by member and year, the level in force for an
 * occurrence's members in its injury year, the limit of that level, and the errors when there
 * is none. `applicableRetention` (one member's elections) and claims' `reimbursementRun` (a whole
 * listing) both use it; claims imports retention, never the reverse.
 * @module
 */
import { internalError, invalidInput, WcraError, type WcraIssue } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { tryParseCents } from '../core/money.js';
import type { RetentionLevel } from '../rules/levels.js';
import { lookupRetentionLimit, type RetentionTableInput } from '../rules/retentions.js';

/** One member's election for a coverage year (RET-5). @internal */
export interface MemberElection {
  readonly memberId: string;
  readonly year: number;
  readonly level: RetentionLevel;
}

/** Whose election was missing: a member of an occurrence, or a list of elections with the years it covers. @internal */
export type MissingElection = { readonly memberId: string; readonly key: string } | { readonly covered: ReadonlyArray<number> };

/**
 * RET-4's refusal: no election covers the injury year. A year without an election is never
 * filled in from a neighbouring year. The one `NO_ELECTION` of the retention lookup. @internal
 */
export function noElectionError(year: number, missing: MissingElection): WcraError {
  if ('memberId' in missing) {
    const { memberId, key } = missing;
    return new WcraError(
      'NO_ELECTION',
      `Member "${memberId}" has no election for ${year} (injury year of occurrence ${key}): add { memberId: "${memberId}", year: ${year}, level } to elections.`,
      { details: { memberId, year, key } },
    );
  }
  const years = [...missing.covered].sort((a, b) => a - b);
  const covered = years.length === 0 ? 'no elections given' : `elections cover ${years.join(', ')}`;
  return new WcraError(
    'NO_ELECTION',
    `No retention election for ${year}, the injury year (RET-4): ${covered}. Add the level in force for ${year}.`,
    { details: { year } },
  );
}

/** RET-7's refusal: two affiliates of one group with different levels for a year. @internal */
export function affiliateMismatchError(group: string, first: MemberElection, other: MemberElection): WcraError {
  // RULES: RET-7 — affiliates are a single entity and must share one retention level.
  return new WcraError(
    'AFFILIATE_LEVEL_MISMATCH',
    `Affiliates "${first.memberId}" (${first.level}) and "${other.memberId}" (${other.level}) of group "${group}" must share one retention level for ${other.year}.`,
    {
      details: {
        groupId: group,
        year: other.year,
        memberId: first.memberId,
        level: first.level,
        otherMemberId: other.memberId,
        otherLevel: other.level,
      },
    },
  );
}

/** The elections of a listing, indexed once by {@link indexElections}. @internal */
export interface ElectionIndex {
  /** Member → coverage year → the level elected (RET-5). */
  readonly byMember: ReadonlyMap<string, ReadonlyMap<number, RetentionLevel>>;
  /** Member → affiliate group (RET-7). */
  readonly affiliates: ReadonlyMap<string, string>;
  /** `group NUL year` → the RET-7 error of the group's first clash that year. */
  readonly mismatch: ReadonlyMap<string, WcraError>;
}

const groupYear = (group: string, year: number): string => `${group}\u0000${year}`;

/**
 * Indexes elections by member and year (RET-5: one election per member and year, a second one
 * is `INVALID_INPUT` code `duplicate` at `elections[i]`) and notes, per affiliate group and
 * year, the first clash of levels (RET-7), thrown only when an occurrence needs that year.
 * @internal
 */
export function indexElections(elections: ReadonlyArray<MemberElection>, affiliates: ReadonlyMap<string, string>): ElectionIndex {
  const byMember = new Map<string, Map<number, RetentionLevel>>();
  const firstOfGroup = new Map<string, MemberElection>();
  const mismatch = new Map<string, WcraError>();
  const issues: WcraIssue[] = [];
  elections.forEach((e, i) => {
    const years = byMember.get(e.memberId) ?? new Map<number, RetentionLevel>();
    byMember.set(e.memberId, years);
    if (years.has(e.year)) {
      const message = `member ${JSON.stringify(e.memberId)} has two elections for ${e.year}`;
      issues.push({ path: ['elections', i], code: 'duplicate', message });
      return;
    }
    years.set(e.year, e.level);
    const group = affiliates.get(e.memberId);
    if (group === undefined) return;
    const gy = groupYear(group, e.year);
    const seen = firstOfGroup.get(gy);
    if (seen === undefined) firstOfGroup.set(gy, e);
    else if (seen.level !== e.level && !mismatch.has(gy)) mismatch.set(gy, affiliateMismatchError(group, seen, e));
  });
  if (issues.length > 0) throw invalidInput(issues);
  return { byMember, affiliates, mismatch };
}

/**
 * The level a member had in force for the injury year of occurrence `key` (RET-4): its own
 * election, which its affiliates must share (RET-7). Throws `NO_ELECTION` or
 * `AFFILIATE_LEVEL_MISMATCH`. @internal
 */
export function memberLevel(index: ElectionIndex, memberId: string, year: number, key: string): RetentionLevel {
  // RULES: RET-4 — the year of the injury decides, not the year the claim is reported.
  const own = index.byMember.get(memberId)?.get(year);
  if (own === undefined) throw noElectionError(year, { memberId, key });
  const group = index.affiliates.get(memberId);
  const clash = group === undefined ? undefined : index.mismatch.get(groupYear(group, year));
  if (clash !== undefined) throw clash; // RULES: RET-7
  return own;
}

/** The level in force for all the members of occurrence `key` in its injury year (RET-4, RET-7). @internal */
export function levelInForce(index: ElectionIndex, memberIds: ReadonlyArray<string>, year: number, key: string): RetentionLevel {
  let level: RetentionLevel | undefined;
  for (const memberId of memberIds) level = memberLevel(index, memberId, year, key);
  if (level === undefined) throw internalError(`occurrence ${key} has no members`);
  return level;
}

/**
 * The limit of a level in a year (RET-2, RET-3: the caller's table, then the built-in one,
 * strictly), as money and as integer cents. Throws `UNKNOWN_YEAR`, `LEVEL_NOT_OFFERED`, or
 * `RESULT_OUT_OF_RANGE` for a limit derived beyond the money range (10 × a huge caller low).
 * @internal
 */
export function limitInForce(
  year: number,
  level: RetentionLevel,
  table: RetentionTableInput | undefined,
): { limit: string; cents: number } {
  const limit = lookupRetentionLimit(year, level, table);
  const cents = tryParseCents(limit);
  if (cents === undefined) {
    throw new WcraError('RESULT_OUT_OF_RANGE', MESSAGES.resultRange(`retention limit ${limit} (${level}, ${year})`), {
      details: { year, level },
    });
  }
  return { limit, cents };
}
