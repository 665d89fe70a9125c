import * as z from 'zod/mini';
import { compareDates, makeDate, yearOf } from '../core/dates.js';
import { addIssue, type ExplainOption, ExplainOptionsSchema, id, isoDate, oneOf, year } from '../core/schema.js';
import { type Explained, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType, RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { step } from '../rules/step.js';
import { assertLevelOffered, type ElectionOutcome, resolveElectionCore } from './resolveRetentionElection.js';

/** Schema of one Retention Level Change form in a history. */
export const RetentionChangeFormSchema = /* @__PURE__ */ (() =>
  z.strictObject({ level: oneOf(RETENTION_LEVELS), submittedOn: isoDate(), approvedOn: z.optional(isoDate()) }))();

/** Input schema of {@link retentionHistory}. */
export const RetentionHistoryInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      memberType: oneOf(MEMBER_TYPES),
      memberId: z.optional(id('a member ID')),
      firstYear: year(),
      firstLevel: oneOf(RETENTION_LEVELS),
      changeForms: z.array(RetentionChangeFormSchema),
      throughYear: year(),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.throughYear < v.firstYear)
          addIssue(ctx, ['throughYear'], 'inconsistent', `must not be before firstYear (${v.firstYear}), got ${v.throughYear}`);
        v.changeForms.forEach((f, i) => {
          // A form is for the coverage year after the one it is sent in; the first year is the first election (RET-8).
          if (yearOf(f.submittedOn) < v.firstYear)
            addIssue(
              ctx,
              ['changeForms', i, 'submittedOn'],
              'out_of_range',
              `must be in or after firstYear (${v.firstYear}): the first year's level is firstLevel`,
            );
        });
      }),
    ))();

/** One Retention Level Change form. */
export interface RetentionChangeForm {
  /** The level the form asks for. */
  readonly level: RetentionLevel;
  /**
   * The date the form was sent (postmark or e-mail), `YYYY-MM-DD`. It asks for the coverage year
   * after the one it is sent in, and is on time on or before December 1 (RET-5).
   */
  readonly submittedOn: string;
  /**
   * For a self-insurer raising its level: the date Commerce approved the increase (RET-6). It
   * counts when on or before January 1 of the coverage year the form asks for. Ignored for
   * insurers and for decreases.
   */
  readonly approvedOn?: string;
}

/** Input of {@link retentionHistory}. */
export interface RetentionHistoryInput {
  /** `'insurer'` or `'self-insurer'` (a self-insurer needs Commerce approval to raise its level, RET-6). */
  readonly memberType: MemberType;
  /** The member's ID: when given, each election carries it, ready for `reimbursementRun`. */
  readonly memberId?: string;
  /** The member's first coverage year, 1900–2200. */
  readonly firstYear: number;
  /** The level of the new member's retention election for its first year (RET-8). */
  readonly firstLevel: RetentionLevel;
  /** The Retention Level Change forms the member sent, in any order. */
  readonly changeForms: ReadonlyArray<RetentionChangeForm>;
  /** The last coverage year of the history (not before `firstYear`). */
  readonly throughYear: number;
}

/** Options schema of {@link retentionHistory}. */
export const RetentionHistoryOptionsSchema = ExplainOptionsSchema;

/** Options of {@link retentionHistory}. */
export type RetentionHistoryOptions = ExplainOption;

/** The level in force for one coverage year. */
export interface HistoryElection {
  /** The member (only when `memberId` was given). */
  readonly memberId?: string;
  /** The coverage (calendar) year. */
  readonly year: number;
  /** The retention level in force for that year. */
  readonly level: RetentionLevel;
}

/** What became of one change form. */
export interface HistoryDecision {
  /** The form's position in `changeForms`. */
  readonly form: number;
  /** The coverage year the form asks for: the year after the one it was sent in. */
  readonly coverageYear: number;
  /** The level the form asked for. */
  readonly requestedLevel: RetentionLevel;
  /**
   * `'changed'`, `'unchanged'` (the level was already in force), `'late'` (sent after December 1,
   * RET-5), `'approval-required'` (a self-insurer's increase without prior approval, RET-6), or
   * `'after-history'` (asks for a year after `throughYear`: not decided).
   */
  readonly outcome: ElectionOutcome | 'after-history';
  /** The level in force for `coverageYear` after this form (`null` for `'after-history'`). */
  readonly level: RetentionLevel | null;
  /** Why, citing the rule. */
  readonly reason: string;
}

/** Result of {@link retentionHistory}. */
export interface RetentionHistoryResult extends Explained {
  /** The level in force for every year `firstYear`…`throughYear`: the `elections` of `applicableRetention`. */
  readonly elections: ReadonlyArray<HistoryElection>;
  /** One decision per change form, in the order the forms were sent (ties in input order). */
  readonly decisions: ReadonlyArray<HistoryDecision>;
}

interface Decided extends HistoryDecision {
  readonly rule: 'RET-5' | 'RET-6';
}

type ParsedForm = { readonly level: RetentionLevel; readonly submittedOn: string; readonly approvedOn?: string | undefined };

/** Decides one form against the level in force for its year (RET-5, RET-6). */
function decide(memberType: MemberType, form: ParsedForm, index: number, current: RetentionLevel): Decided {
  const coverageYear = yearOf(form.submittedOn) + 1;
  // RULES: RET-6 — prior approval: given on or before the day the change would take effect.
  const approved = form.approvedOn !== undefined && compareDates(form.approvedOn, makeDate(coverageYear, 1, 1)) <= 0;
  const request = { level: form.level, submittedOn: form.submittedOn, commerceApproved: approved };
  const r = resolveElectionCore(coverageYear, memberType, current, request); // RULES: RET-5, RET-6
  const rule = r.rule === 'RET-6' ? 'RET-6' : 'RET-5';
  return { form: index, coverageYear, requestedLevel: form.level, outcome: r.outcome, level: r.level, reason: r.reason, rule };
}

/** The forms in the order they were sent (a stable sort: ties keep the input order). */
function bySubmission(forms: ReadonlyArray<ParsedForm>): Array<{ form: ParsedForm; index: number }> {
  return forms.map((form, index) => ({ form, index })).sort((a, b) => compareDates(a.form.submittedOn, b.form.submittedOn));
}

/**
 * The unchecked core: carries the level forward year by year, applying each form to its year.
 * @internal
 */
export function historyCore(v: {
  readonly memberType: MemberType;
  readonly firstYear: number;
  readonly firstLevel: RetentionLevel;
  readonly changeForms: ReadonlyArray<ParsedForm>;
  readonly throughYear: number;
}): { levels: RetentionLevel[]; decisions: Decided[] } {
  assertLevelOffered(v.firstYear, v.firstLevel); // RULES: RET-8 — the first election, of a level offered that year
  const levels: RetentionLevel[] = [v.firstLevel];
  const decisions: Decided[] = [];
  const pending = bySubmission(v.changeForms);
  let next = 0;
  for (let yr = v.firstYear + 1; yr <= v.throughYear; yr++) {
    let level = levels[levels.length - 1] as RetentionLevel; // RULES: RET-5 — a missing or late form keeps the level
    for (; next < pending.length && yearOf((pending[next] as { form: ParsedForm }).form.submittedOn) + 1 === yr; next++) {
      const { form, index } = pending[next] as { form: ParsedForm; index: number };
      const d = decide(v.memberType, form, index, level);
      decisions.push(d);
      level = d.level as RetentionLevel;
    }
    levels.push(level);
  }
  for (; next < pending.length; next++) {
    const { form, index } = pending[next] as { form: ParsedForm; index: number };
    const coverageYear = yearOf(form.submittedOn) + 1;
    const reason = `The form asks for ${coverageYear}, after the last year of the history (${v.throughYear}): not decided.`;
    decisions.push({ form: index, coverageYear, requestedLevel: form.level, outcome: 'after-history', level: null, reason, rule: 'RET-5' });
  }
  return { levels, decisions };
}

/**
 * A member's retention levels year by year, from its first election and its change forms
 * (RET-5, RET-6, RET-8): the `elections` list `applicableRetention` and `reimbursementRun` need.
 *
 * The first year's level is `firstLevel`, the new member's election (RET-8; a level not offered
 * that year is `LEVEL_NOT_OFFERED`). Each next year keeps the level in force unless a change
 * form decides otherwise (RET-5: no form, or a late one, keeps it). A form asks for the coverage
 * year after the one it was sent in, and is decided as `resolveRetentionElection` decides it:
 * sent after December 1 → `'late'`; the level already in force → `'unchanged'`; a self-insurer's
 * increase without Commerce approval on or before January 1 of that year → `'approval-required'`
 * (RET-6); otherwise `'changed'`. Forms are applied in the order they were sent; several for one
 * year are decided one after the other (the last on-time one wins). A form for a year after
 * `throughYear` is listed as `'after-history'`.
 *
 * Conventions: a form names no year, so its year is the one after it was sent (a form sent
 * during year Y asks for Y + 1); a late form has no effect on later years (send a new one);
 * approval counts when dated on or before January 1 of the year (prior approval).
 *
 * @param input - `{ memberType, memberId?, firstYear, firstLevel, changeForms: { level, submittedOn, approvedOn? }[], throughYear }`.
 * @param options - `{ explain? }`.
 * @returns `{ elections: { memberId?, year, level }[], decisions: { form, coverageYear, requestedLevel, outcome, level, reason }[] }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (`throughYear` before `firstYear`,
 *   a form sent before `firstYear`); `LEVEL_NOT_OFFERED` for a level not offered in its year
 *   (jumbo before 2018, super before 1996).
 *
 * @example
 * ```ts
 * import { applicableRetention, retentionHistory } from 'wcra-calc';
 * const h = retentionHistory({
 *   memberType: 'self-insurer',
 *   firstYear: 2021,
 *   firstLevel: 'low',
 *   changeForms: [
 *     { level: 'high', submittedOn: '2021-11-15', approvedOn: '2021-12-20' },
 *     { level: 'super', submittedOn: '2022-11-30' },
 *     { level: 'low', submittedOn: '2023-12-05' },
 *   ],
 *   throughYear: 2024,
 * });
 * h.elections.map((e) => e.level) //=> ['low', 'high', 'high', 'high']
 * h.decisions.map((d) => d.outcome) //=> ['changed', 'approval-required', 'late']
 * applicableRetention({ injuryDate: '2023-06-01', elections: h.elections }).limit //=> '1000000.00'
 * ```
 */
export function retentionHistory(input: RetentionHistoryInput, options?: RetentionHistoryOptions): RetentionHistoryResult {
  return retentionHistoryDefinition.run(input, options);
}

function historySteps(v: { firstYear: number; firstLevel: RetentionLevel }, decisions: ReadonlyArray<Decided>): TraceStep[] {
  const steps: TraceStep[] = [
    step(
      'RET-8',
      `First election of a new member: the ${v.firstLevel} retention for ${v.firstYear}`,
      [textValue('First coverage year', String(v.firstYear), 'number')],
      textValue(`Level in force ${v.firstYear}`, v.firstLevel),
    ),
  ];
  for (const d of decisions) {
    steps.push(
      step(
        d.rule,
        d.reason,
        [textValue('Form', String(d.form), 'number'), textValue('Requested level', d.requestedLevel)],
        textValue(`Level in force ${d.coverageYear} (${d.outcome})`, d.level ?? '-'),
      ),
    );
  }
  return steps;
}

/** The definition of {@link retentionHistory}. */
export const retentionHistoryDefinition = /* @__PURE__ */ defineCalculator({
  name: 'retentionHistory',
  feature: 'retention',
  summary: "A member's retention level year by year from its first election and its change forms",
  rules: ['RET-5', 'RET-6', 'RET-8', 'RET-2', 'RET-3'],
  uncitedRules: {
    'RET-2': 'only refuses jumbo before 2018 (LEVEL_NOT_OFFERED): no step',
    'RET-3': 'only refuses super before 1996 (LEVEL_NOT_OFFERED): no step',
  },
  input: RetentionHistoryInputSchema,
  options: RetentionHistoryOptionsSchema,
  example: {
    memberType: 'self-insurer',
    firstYear: 2021,
    firstLevel: 'low',
    changeForms: [
      { level: 'high', submittedOn: '2021-11-15', approvedOn: '2021-12-20' },
      { level: 'super', submittedOn: '2022-11-30' },
      { level: 'low', submittedOn: '2023-12-05' },
    ],
    throughYear: 2024,
  },
  explains: true,
  compute: (v, opts): RetentionHistoryResult => {
    const { levels, decisions } = historyCore(v);
    const elections: HistoryElection[] = levels.map((level, i) =>
      v.memberId === undefined ? { year: v.firstYear + i, level } : { memberId: v.memberId, year: v.firstYear + i, level },
    );
    const result: RetentionHistoryResult = { elections, decisions: decisions.map(({ rule: _rule, ...d }) => d) };
    return withSteps(result, opts.explain, () => historySteps(v, decisions));
  },
});
