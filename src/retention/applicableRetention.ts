import * as z from 'zod/mini';
import { yearOf } from '../core/dates.js';
import type { Money } from '../core/money.js';
import { addIssue, duplicateIssues, type ExplainOption, explainOptionShape, isoDate, oneOf, year } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { FIRST_FIXED_LEVELS_YEAR } from '../rules/rates.js';
import { lookupRetentionLimit, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { step } from '../rules/step.js';
import { noElectionError } from './retentionInForce.js';

/** Schema of one retention election: the level a member had in force for a coverage year. */
export const RetentionElectionSchema = /* @__PURE__ */ (() => z.strictObject({ year: year(), level: oneOf(RETENTION_LEVELS) }))();

/** One retention election: the level in force for a coverage (calendar) year. */
export interface RetentionElection {
  /** The coverage (calendar) year. */
  readonly year: number;
  /** The retention level in force for that year. */
  readonly level: RetentionLevel;
}

/** Input schema of {@link applicableRetention}. */
export const ApplicableRetentionInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      injuryDate: isoDate(),
      elections: z.array(RetentionElectionSchema),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const i of duplicateIssues(v.elections, 'elections', 'year', 'coverage year')) addIssue(ctx, i.path, i.code, i.message);
      }),
    ))();

/** Input of {@link applicableRetention}. */
export interface ApplicableRetentionInput {
  /** The date of the employee's injury, `YYYY-MM-DD`. */
  readonly injuryDate: string;
  /** The level in force per coverage year, each year at most once. */
  readonly elections: ReadonlyArray<RetentionElection>;
}

/** Options schema of {@link applicableRetention}. */
export const ApplicableRetentionOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    retentionTable: z.optional(RetentionTableSchema),
  }))();

/** Options of {@link applicableRetention}. */
export interface ApplicableRetentionOptions extends ExplainOption {
  /** Your own retention limits for years the built-in table lacks (see `RETENTION_TABLE` for its years; the one retention table schema, see `retentionLimits`). */
  readonly retentionTable?: RetentionTableInput;
}

/** Result of {@link applicableRetention}. */
export interface ApplicableRetentionResult extends Explained {
  /** The calendar year of the injury: the coverage year whose retention applies. */
  readonly year: number;
  /** The retention level in force for that year. */
  readonly level: RetentionLevel;
  /** The retention limit of that level in that year (money string). */
  readonly limit: Money;
}

/**
 * The election for a coverage year in a list of elections, or `undefined` (unchecked: assumes
 * each year appears at most once). Reusable by batch code that validated its elections once.
 * @internal
 */
export function findElection<T extends { readonly year: number }>(elections: ReadonlyArray<T>, yr: number): T | undefined {
  for (const e of elections) if (e.year === yr) return e;
  return undefined;
}

/**
 * The retention in force for an injury year (unchecked core of {@link applicableRetention}):
 * the member's election for that year and its limit. Throws `NO_ELECTION`, `UNKNOWN_YEAR` or
 * `LEVEL_NOT_OFFERED`.
 * @internal
 */
export function applicableRetentionCore(
  injuryYear: number,
  elections: ReadonlyArray<{ readonly year: number; readonly level: RetentionLevel }>,
  retentionTable?: RetentionTableInput,
): { year: number; level: RetentionLevel; limit: string } {
  // RULES: RET-4 — the year of the injury decides, not the year the claim is reported.
  const election = findElection(elections, injuryYear);
  if (election === undefined) throw noElectionError(injuryYear, { covered: elections.map((e) => e.year) });
  const limit = lookupRetentionLimit(injuryYear, election.level, retentionTable);
  return { year: injuryYear, level: election.level, limit };
}

/**
 * The retention that applies to a claim (RET-4): the level the member had in force for the
 * calendar year in which the employee's injury occurred, whatever the date the claim is
 * reported, and that level's limit for that year (RET-2, RET-3).
 *
 * `elections` lists the level in force per coverage year (for instance the levels returned by
 * `resolveRetentionElection`). Convention: a year missing from the list is never filled in from
 * a neighbouring year — it is `NO_ELECTION` — and a year listed twice is `INVALID_INPUT`.
 *
 * @param input - `{ injuryDate, elections: { year, level }[] }`.
 * @param options - `{ explain?, retentionTable? }`.
 * @returns `{ year, level, limit }` (and `steps` with `explain`).
 * @throws {@link WcraError} `NO_ELECTION` when no election covers the injury year;
 *   `LEVEL_NOT_OFFERED` for a level not offered that year (jumbo before 2018);
 *   `UNKNOWN_YEAR` for a year without retention limits; `INVALID_INPUT` for bad input.
 *
 * @example
 * ```ts
 * import { applicableRetention } from 'wcra-calc';
 * const elections = [{ year: 2018, level: 'low' }, { year: 2019, level: 'super' }];
 * applicableRetention({ injuryDate: '2019-12-31', elections })
 * //=> { year: 2019, level: 'super', limit: '2000000.00' }
 * applicableRetention({ injuryDate: '2018-01-01', elections }).limit //=> '500000.00'
 * ```
 */
export function applicableRetention(input: ApplicableRetentionInput, options?: ApplicableRetentionOptions): ApplicableRetentionResult {
  return applicableRetentionDefinition.run(input, options);
}

/** The definition of {@link applicableRetention}. */
export const applicableRetentionDefinition = /* @__PURE__ */ defineCalculator({
  name: 'applicableRetention',
  feature: 'retention',
  summary: 'The retention level and limit in force for the year of an injury',
  rules: ['RET-4', 'RET-2', 'RET-3'],
  uncitedRules: {
    'RET-3': /* @__PURE__ */ (() => `cited for an injury year before ${FIRST_FIXED_LEVELS_YEAR} (a caller table); the example is 2019`)(),
  },
  input: ApplicableRetentionInputSchema,
  options: ApplicableRetentionOptionsSchema,
  example: {
    injuryDate: '2019-12-31',
    elections: [
      { year: 2018, level: 'low' },
      { year: 2019, level: 'super' },
    ],
  },
  explains: true,
  compute: (v, opts): ApplicableRetentionResult => {
    const result: ApplicableRetentionResult = applicableRetentionCore(yearOf(v.injuryDate), v.elections, opts.retentionTable);
    return withSteps(result, opts.explain, () => [
      step(
        'RET-4',
        'The retention in force in the injury year applies, whenever the claim is reported',
        [textValue('Date of injury', v.injuryDate, 'date'), textValue('Coverage year', String(result.year), 'number')],
        textValue('Retention level in force', result.level),
      ),
      step(
        result.year >= FIRST_FIXED_LEVELS_YEAR ? 'RET-2' : 'RET-3',
        `${result.level} retention limit, ${result.year}`,
        [textValue('Retention level', result.level), textValue('Coverage year', String(result.year), 'number')],
        moneyValue('Retention limit', result.limit),
      ),
    ]);
  },
});
