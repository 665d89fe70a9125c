import * as z from 'zod/mini';
import { compareDates, yearOf } from '../core/dates.js';
import { WcraError } from '../core/errors.js';
import { type ExplainOption, ExplainOptionsSchema, flag, isoDate, oneOf, year } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { coverageYearDate } from '../rules/figures.js';
import type { RuleId } from '../rules/ids.js';
import { MEMBER_TYPES, type MemberType, RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { FIRST_JUMBO_YEAR, FIRST_SUPER_YEAR } from '../rules/rates.js';
import { RETENTION_ELECTION_DEADLINE } from '../rules/retentions.js';
import { step } from '../rules/step.js';

/** Schema of a retention level change request (the Retention Level Change form). */
export const RetentionChangeRequestSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    level: oneOf(RETENTION_LEVELS),
    submittedOn: isoDate(),
    commerceApproved: z.optional(flag()),
  }))();

/** Input schema of {@link resolveRetentionElection}. */
export const ResolveRetentionElectionInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coverageYear: year(),
    memberType: oneOf(MEMBER_TYPES),
    currentLevel: z.optional(oneOf(RETENTION_LEVELS)),
    request: z.optional(RetentionChangeRequestSchema),
  }))();

/** A Retention Level Change form. */
export interface RetentionChangeRequest {
  /** The level requested. */
  readonly level: RetentionLevel;
  /** The date the form was sent (postmark or e-mail), `YYYY-MM-DD`: on or before December 1 of the year before (RET-5). */
  readonly submittedOn: string;
  /** For a self-insurer raising its level: whether Commerce gave its prior approval (RET-6). Ignored for insurers. */
  readonly commerceApproved?: boolean;
}

/** Input of {@link resolveRetentionElection}. */
export interface ResolveRetentionElectionInput {
  /** The coverage (calendar) year whose level is decided. */
  readonly coverageYear: number;
  /** `'insurer'` or `'self-insurer'` (a self-insurer needs Commerce approval to raise its level, RET-6). */
  readonly memberType: MemberType;
  /** The level in force for the year before; absent for a new member (RET-8). */
  readonly currentLevel?: RetentionLevel;
  /** The change form for the year, if one was sent. */
  readonly request?: RetentionChangeRequest;
}

/** Options schema of {@link resolveRetentionElection}. */
export const ResolveRetentionElectionOptionsSchema = ExplainOptionsSchema;

/** Options of {@link resolveRetentionElection}. */
export type ResolveRetentionElectionOptions = ExplainOption;

/** What became of an election for a coverage year. */
export type ElectionOutcome = 'changed' | 'unchanged' | 'late' | 'approval-required';

/** Result of {@link resolveRetentionElection}. */
export interface ResolveRetentionElectionResult extends Explained {
  /** The level in force for the coverage year. */
  readonly level: RetentionLevel;
  /** `'changed'`, `'unchanged'`, `'late'` (after the deadline, RET-5) or `'approval-required'` (RET-6). */
  readonly outcome: ElectionOutcome;
  /** Why, in business terms, citing the rule. */
  readonly reason: string;
}

/** The first coverage year each level was offered (RET-2: jumbo from 2018; RET-3: super from 1996). */
const FIRST_YEAR: Readonly<Record<RetentionLevel, number>> = { low: 0, high: 0, super: FIRST_SUPER_YEAR, jumbo: FIRST_JUMBO_YEAR };

/** The December 1 deadline for changing the level of `coverageYear` (RET-5). @internal */
export function electionDeadline(coverageYear: number): string {
  return coverageYearDate(RETENTION_ELECTION_DEADLINE.value, coverageYear);
}

/** Throws `LEVEL_NOT_OFFERED` for jumbo before 2018 or super before 1996 (RET-2, RET-3). @internal */
export function assertLevelOffered(coverageYear: number, level: RetentionLevel): void {
  // RULES: RET-2, RET-3 — jumbo is offered from 2018, super from 1996.
  if (coverageYear < FIRST_YEAR[level]) {
    throw new WcraError('LEVEL_NOT_OFFERED', `The ${level} retention is offered from ${FIRST_YEAR[level]}, not for ${coverageYear}.`, {
      details: { year: coverageYear, level },
    });
  }
}

/** No change form: the level in force stays (RET-5); a new member without one is `NO_ELECTION` (RET-8). */
function withoutRequest(
  coverageYear: number,
  memberType: MemberType,
  currentLevel: RetentionLevel | undefined,
): { level: RetentionLevel; outcome: ElectionOutcome; reason: string; rule: RuleId } {
  if (currentLevel === undefined) {
    // RULES: RET-8 — a new member must file a retention election.
    throw new WcraError('NO_ELECTION', `A new member must file a retention election for ${coverageYear} (RET-8).`, {
      details: { year: coverageYear, memberType },
    });
  }
  // RULES: RET-5 — no form: the level in force is kept.
  const reason = `No change request: the ${currentLevel} retention stays for ${coverageYear} (RET-5).`;
  return { level: currentLevel, outcome: 'unchanged', reason, rule: 'RET-5' };
}

/**
 * Unchecked core of {@link resolveRetentionElection}: decides the level in force. Throws
 * `NO_ELECTION` for a new member without a request. @internal
 */
export function resolveElectionCore(
  coverageYear: number,
  memberType: 'insurer' | 'self-insurer',
  currentLevel: RetentionLevel | undefined,
  request: { readonly level: RetentionLevel; readonly submittedOn: string; readonly commerceApproved?: boolean | undefined } | undefined,
): { level: RetentionLevel; outcome: ElectionOutcome; reason: string; rule: RuleId } {
  const deadline = electionDeadline(coverageYear);
  if (request === undefined) return withoutRequest(coverageYear, memberType, currentLevel);
  assertLevelOffered(coverageYear, request.level);
  if (currentLevel === undefined) {
    // RULES: RET-8 — a new member's first election is part of licensing, not a change (convention).
    return {
      level: request.level,
      outcome: 'changed',
      reason: `First election of a new member: the ${request.level} retention applies for ${coverageYear} (RET-8).`,
      rule: 'RET-8',
    };
  }
  // RULES: RET-5 — the form must be sent on or before December 1 of the year before; no change during the year.
  if (compareDates(request.submittedOn, deadline) > 0) {
    const during = yearOf(request.submittedOn) >= coverageYear ? ' (no change during the year)' : '';
    return {
      level: currentLevel,
      outcome: 'late',
      reason: `The form requesting the ${request.level} retention was submitted on ${request.submittedOn}, after the ${deadline} deadline${during}: the ${currentLevel} retention stays for ${coverageYear} (RET-5).`,
      rule: 'RET-5',
    };
  }
  if (request.level === currentLevel) {
    return {
      level: currentLevel,
      outcome: 'unchanged',
      reason: `The request keeps the ${currentLevel} retention for ${coverageYear} (RET-5).`,
      rule: 'RET-5',
    };
  }
  const increase = RETENTION_LEVELS.indexOf(request.level) > RETENTION_LEVELS.indexOf(currentLevel);
  // RULES: RET-6 — a self-insurer needs prior Commerce approval to elect a higher retention.
  if (memberType === 'self-insurer' && increase && request.commerceApproved !== true) {
    return {
      level: currentLevel,
      outcome: 'approval-required',
      reason: `A self-insurer needs prior Commerce approval to raise its retention from ${currentLevel} to ${request.level}: the ${currentLevel} retention stays for ${coverageYear} (RET-6).`,
      rule: 'RET-6',
    };
  }
  const approved = increase && memberType === 'self-insurer';
  return {
    level: request.level,
    outcome: 'changed',
    reason: `The change from ${currentLevel} to ${request.level} was submitted on ${request.submittedOn}, by the ${deadline} deadline: the ${request.level} retention applies for ${coverageYear} (RET-5${approved ? ', RET-6 approval given' : ''}).`,
    rule: approved ? 'RET-6' : 'RET-5',
  };
}

/**
 * Decides which retention level is in force for a coverage year, given the level currently in
 * force and an optional Retention Level Change request (RET-5, RET-6, RET-8).
 *
 * Order of the checks:
 * 1. No request: the current level stays (`'unchanged'`); a new member (no `currentLevel`)
 *    without a request is `NO_ELECTION` (RET-8).
 * 2. A request for a level not offered that year (jumbo before 2018, super before 1996) is
 *    `LEVEL_NOT_OFFERED` (RET-2, RET-3).
 * 3. A new member's request is its first election and takes effect (`'changed'`) whatever its
 *    date. Convention: the December 1 deadline and the Commerce approval govern changes of an
 *    existing level; a new member's first election is handled in licensing (RET-8).
 * 4. Submitted after December 1 of `coverageYear − 1` (including during the coverage year):
 *    `'late'`, the current level stays (RET-5). Convention: lateness is checked first, before
 *    approval, even when the request repeats the level in force.
 * 5. An on-time request for the level already in force: `'unchanged'`.
 * 6. A self-insurer moving to a higher level without `commerceApproved: true`:
 *    `'approval-required'`, the current level stays (RET-6). Decreases need no approval, and
 *    insurers never need it (`commerceApproved` is ignored for them).
 * 7. Otherwise `'changed'`: the requested level applies.
 *
 * `submittedOn` is the postmark (or e-mail) date of the form; on December 1 itself is on time.
 *
 * @param input - `{ coverageYear, memberType, currentLevel?, request?: { level, submittedOn, commerceApproved? } }`.
 * @param options - `{ explain? }`.
 * @returns `{ level, outcome, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `NO_ELECTION` for a new member without a request;
 *   `LEVEL_NOT_OFFERED` for a request of a level not offered that year; `INVALID_INPUT` for bad input.
 *
 * @example
 * ```ts
 * import { resolveRetentionElection } from 'wcra-calc';
 * const onTime = { level: 'high', submittedOn: '2024-12-01' } as const;
 * resolveRetentionElection({ coverageYear: 2025, memberType: 'insurer', currentLevel: 'low', request: onTime }).outcome //=> 'changed'
 * const late = { level: 'high', submittedOn: '2024-12-02' } as const;
 * resolveRetentionElection({ coverageYear: 2025, memberType: 'insurer', currentLevel: 'low', request: late }).level //=> 'low'
 * const result = resolveRetentionElection({ coverageYear: 2025, memberType: 'self-insurer', currentLevel: 'low', request: onTime });
 * result.outcome //=> 'approval-required'
 * ```
 */
export function resolveRetentionElection(
  input: ResolveRetentionElectionInput,
  options?: ResolveRetentionElectionOptions,
): ResolveRetentionElectionResult {
  return resolveRetentionElectionDefinition.run(input, options);
}

/** The definition of {@link resolveRetentionElection}. */
export const resolveRetentionElectionDefinition = /* @__PURE__ */ defineCalculator({
  name: 'resolveRetentionElection',
  feature: 'retention',
  summary: 'The retention level in force for a coverage year, given a change form',
  rules: ['RET-5', 'RET-6', 'RET-8', 'RET-2', 'RET-3'],
  uncitedRules: {
    'RET-8': 'cited for a new member (no level in force); the example has one',
    'RET-2': 'only refuses jumbo before 2018 (LEVEL_NOT_OFFERED): no step',
    'RET-3': 'only refuses super before 1996 (LEVEL_NOT_OFFERED): no step',
  },
  input: ResolveRetentionElectionInputSchema,
  options: ResolveRetentionElectionOptionsSchema,
  example: { coverageYear: 2025, memberType: 'insurer', currentLevel: 'low', request: { level: 'high', submittedOn: '2024-12-01' } },
  explains: true,
  compute: (v, opts): ResolveRetentionElectionResult => {
    const core = resolveElectionCore(v.coverageYear, v.memberType, v.currentLevel, v.request);
    const result: ResolveRetentionElectionResult = { level: core.level, outcome: core.outcome, reason: core.reason };
    return withSteps(result, opts.explain, () => {
      const inputs = [
        textValue('Coverage year', String(v.coverageYear), 'number'),
        textValue('Member type', v.memberType),
        textValue('Level in force', v.currentLevel ?? 'none (new member)'),
      ];
      if (v.request !== undefined) {
        inputs.push(
          textValue('Requested level', v.request.level),
          textValue('Submitted on', v.request.submittedOn, 'date'),
          textValue('Deadline', electionDeadline(v.coverageYear), 'date'),
        );
        if (v.memberType === 'self-insurer')
          inputs.push(textValue('Commerce approval', v.request.commerceApproved === true ? 'yes' : 'no'));
      }
      return [step(core.rule, result.reason, inputs, textValue(`Level in force (${result.outcome})`, result.level))];
    });
  },
});
