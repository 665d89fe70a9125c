import * as z from 'zod/mini';
import { guaranteed } from '../core/errors.js';
import { type ExplainOption, explainOptionShape, oneOf } from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** The statuses a filed unit report can have at MWCIA (USR-3). */
export const UNIT_REPORT_STATUSES = /* @__PURE__ */ Object.freeze(['rejected', 'accepted', 'accepted-with-warnings'] as const);
/** A filed unit report's status. */
export type UnitReportStatus = (typeof UNIT_REPORT_STATUSES)[number];

/** The kinds of data a fix can change (USR-1, USR-4). */
export const UNIT_REPORT_CHANGE_KINDS = /* @__PURE__ */ Object.freeze(['header', 'exposure', 'class-code', 'loss'] as const);
/** A kind of data a fix changes. */
export type UnitReportChangeKind = (typeof UNIT_REPORT_CHANGE_KINDS)[number];

/** The correction indicator types {@link correctionFor} returns. */
export type CorrectionIndicator = 'L' | 'M' | 'H' | 'E';

/** Input schema of {@link correctionFor}. */
export const CorrectionForInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    status: oneOf(UNIT_REPORT_STATUSES),
    changes: z.optional(z.array(oneOf(UNIT_REPORT_CHANGE_KINDS))),
  }))();

/** Input of {@link correctionFor}. */
export interface CorrectionForInput {
  /** The filed report's status at MWCIA: `'rejected'`, `'accepted'` or `'accepted-with-warnings'` (USR-3). */
  readonly status: UnitReportStatus;
  /** The kinds of data the fix changes (default none); a kind listed twice counts once. */
  readonly changes?: ReadonlyArray<UnitReportChangeKind>;
}

/** Options schema of {@link correctionFor}. */
export const CorrectionForOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link correctionFor}. */
export interface CorrectionForOptions extends ExplainOption {}

/** Result of {@link correctionFor}. */
export interface CorrectionForResult extends Explained {
  /** What to file: a replacement report, a correction report, a review of the warnings, or nothing. */
  readonly action: 'replacement' | 'correction' | 'review' | 'none';
  /** Correction indicator type, present only when `action` is `'correction'`. */
  readonly indicator?: CorrectionIndicator;
  /** Why, citing the rule (and saying when an indicator is not confirmed by the Minnesota sources). */
  readonly reason: string;
}

/** The kind of data a change kind belongs to (USR-1): a class code is exposure data. @internal */
export function dataKindOf(kind: UnitReportChangeKind): 'header' | 'exposure' | 'loss' {
  return kind === 'class-code' ? 'exposure' : kind;
}

/** The correction for a set of distinct change kinds (unchecked core; at least one kind). @internal */
export function correctionCore(kinds: ReadonlyArray<UnitReportChangeKind>, prefix: string): CorrectionForResult {
  // RULES: USR-4 — a class code is exposure data (USR-1): a class code and an exposure amount are one kind of data, not several.
  const dataKinds = [...new Set(kinds.map(dataKindOf))];
  if (dataKinds.length > 1) {
    // RULES: USR-4 — several kinds of data changing together take indicator "M".
    return {
      action: 'correction',
      indicator: 'M',
      reason: `${prefix}USR-4: ${kinds.join(', ')} change together: file a correction with indicator 'M' (multiple).`,
    };
  }
  const kind = guaranteed(dataKinds[0], 'kind of a changed field');
  if (kind === 'loss') {
    // RULES: USR-4 — a loss correction (totals change with the loss detail) takes indicator "L".
    return {
      action: 'correction',
      indicator: 'L',
      reason: `${prefix}USR-4: file a loss correction (totals change with the detail) with indicator 'L'.`,
    };
  }
  // Class codes are exposure data: a class-code change (alone or with an exposure change) is an exposure correction.
  const header = kind === 'header';
  return {
    action: 'correction',
    indicator: header ? 'H' : 'E',
    reason: `${prefix}USR-3: file a correction with WCSTAT indicator '${header ? 'H' : 'E'}' (${header ? 'header' : 'exposure'}) for a ${kinds.join(' and ')} change, not confirmed by the Minnesota sources (only 'L' and 'M').`,
  };
}

/**
 * How to fix a filed unit statistical report (USR-3, USR-4).
 *
 * - `status: 'rejected'` → `'replacement'`: a rejected report is fixed with a replacement report
 *   (no indicator), whatever changed.
 * - `status: 'accepted'` with changes → `'correction'`, with indicator `'L'` when only loss data
 *   changes (totals are assumed to change with the loss detail), `'M'` when two or more
 *   kinds of data change together (e.g. a class code and a claim). A class code is exposure data
 *   (USR-1), so `'class-code'` and `'exposure'` together are one kind, not several: they take
 *   `'E'`, not `'M'`. A single other kind of data gets the indicator the WCSTAT specifications
 *   state (`'H'` for header, `'E'` for exposure and class codes), and `reason` says it is not
 *   confirmed by the Minnesota sources.
 * - `status: 'accepted'` without changes → `'none'`.
 * - `status: 'accepted-with-warnings'` → `'review'` (review the warning messages); with changes,
 *   the report was filed wrong, so → `'correction'` with the indicator chosen as for
 *   `'accepted'`.
 *
 * Convention: `changes` lists kinds; a kind listed twice counts once, so `['loss', 'loss']` is
 * loss-only (`'L'`). Omitted and empty `changes` mean nothing changed.
 *
 * @param input - `{ status, changes? }` with `changes` drawn from `'header' | 'exposure' | 'class-code' | 'loss'`.
 * @param options - `{ explain? }`.
 * @returns `{ action, indicator?, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for an unknown status or change kind.
 *
 * @example
 * ```ts
 * import { correctionFor } from 'wcra-calc';
 * correctionFor({ status: 'rejected', changes: ['loss'] }).action //=> 'replacement'
 * correctionFor({ status: 'accepted', changes: ['loss'] }).indicator //=> 'L'
 * correctionFor({ status: 'accepted', changes: ['class-code', 'loss'] }).indicator //=> 'M'
 * correctionFor({ status: 'accepted', changes: ['class-code', 'exposure'] }).indicator //=> 'E'
 * correctionFor({ status: 'accepted-with-warnings' }).action //=> 'review'
 * correctionFor({ status: 'accepted' }).action //=> 'none'
 * ```
 */
export function correctionFor(input: CorrectionForInput, options?: CorrectionForOptions): CorrectionForResult {
  return correctionForDefinition.run(input, options);
}

/** The action for a status and the distinct change kinds (unchecked core). @internal */
export function correctionActionCore(status: UnitReportStatus, kinds: ReadonlyArray<UnitReportChangeKind>): CorrectionForResult {
  if (status === 'rejected') {
    // RULES: USR-3 — a rejected report is fixed with a replacement report.
    return { action: 'replacement', reason: 'USR-3: rejected: file a replacement report.' };
  }
  if (kinds.length > 0) {
    // RULES: USR-3 — an accepted report (or one accepted with warnings and filed wrong) is fixed with a correction report.
    return correctionCore(kinds, status === 'accepted-with-warnings' ? 'Accepted with warnings, filed wrong (USR-3). ' : '');
  }
  if (status === 'accepted-with-warnings') {
    // RULES: USR-3 — reports accepted with warnings are reviewed.
    return { action: 'review', reason: 'USR-3: review the warnings; if filed wrong, file a correction.' };
  }
  return { action: 'none', reason: 'USR-3: accepted, nothing changed: nothing to file.' };
}

/** The definition of {@link correctionFor}: name, rules, schemas, example. */
export const correctionForDefinition = /* @__PURE__ */ defineCalculator({
  name: 'correctionFor',
  feature: 'unit-stat',
  summary: 'Replacement, correction (indicator L or M), review or nothing for a filed unit report',
  rules: ['USR-3', 'USR-4'],
  uncitedRules: {},
  input: CorrectionForInputSchema,
  options: CorrectionForOptionsSchema,
  example: { status: 'accepted', changes: ['class-code', 'loss'] },
  explains: true,
  compute: (v, opts): CorrectionForResult => {
    const kinds = UNIT_REPORT_CHANGE_KINDS.filter((k) => v.changes?.includes(k) === true);
    const result = correctionActionCore(v.status, kinds);
    return withSteps(result, opts.explain, () => {
      const changed = textValue('Changes', kinds.length === 0 ? 'none' : kinds.join(', '));
      const steps = [
        step(
          'USR-3',
          'Rejected: replacement report; accepted and changed: correction report; accepted with warnings: review',
          [textValue('Status', v.status), changed],
          textValue('Action', result.action),
        ),
      ];
      if (result.indicator === 'L' || result.indicator === 'M') {
        steps.push(
          step(
            'USR-4',
            "Indicator 'L' for loss data alone, 'M' when several kinds of data change together",
            [changed],
            textValue('Indicator', result.indicator),
          ),
        );
      }
      return steps;
    });
  },
});
