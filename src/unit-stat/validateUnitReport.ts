import * as z from 'zod/mini';
import { compareDates, isIsoDate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import type { IssueCode } from '../core/issues.js';
import { formatDecimal, formatMoney, inMoneyRange, type MoneyLike, tryParseDecimal } from '../core/money.js';
import {
  cents,
  classCode,
  describeValue,
  type ExplainOption,
  explainOptionShape,
  field,
  flag,
  id,
  isoDate,
  Problem,
  toIssues,
} from '../core/schema.js';
import { type Explained, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import { MAX_RATE_PLACES, ratePlacesOn, SPECIAL_COMPENSATION_FUND_CLASS, THREE_DECIMAL_RATES_FROM } from '../rules/unitStat.js';

/**
 * Every code a unit report issue can carry (these are validator results, not `WcraError` codes):
 *
 * - `MISSING_CLASS_0174`: no exposure row has class 0174 (USR-5).
 * - `INVALID_CLASS_CODE`: a class code is missing or not four digits written as text.
 * - `INVALID_TERM`: the expiration date is not after the effective date.
 * - `ACCIDENT_OUTSIDE_TERM`: a loss's accident date is outside the policy term.
 * - `PAID_EXCEEDS_INCURRED`: a loss's paid total is above its incurred total.
 * - `PREMIUM_MISMATCH`: |premium − exposure ÷ 100 × manual rate| > $0.01.
 * - `INVALID_FIELD`: any other malformed, missing or unknown field.
 */
export const UNIT_REPORT_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'MISSING_CLASS_0174',
  'INVALID_CLASS_CODE',
  'INVALID_TERM',
  'ACCIDENT_OUTSIDE_TERM',
  'PAID_EXCEEDS_INCURRED',
  'PREMIUM_MISMATCH',
  'INVALID_FIELD',
] as const);

/** A unit report issue code: one of {@link UNIT_REPORT_ISSUE_CODES}. */
export type UnitReportIssueCode = (typeof UNIT_REPORT_ISSUE_CODES)[number];

/** One problem found in a unit report. */
export interface UnitReportIssue {
  /** What kind of problem: one of {@link UNIT_REPORT_ISSUE_CODES}. */
  readonly code: UnitReportIssueCode;
  /** Path from the input root, e.g. `['report', 'exposures', 1, 'premium']`. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in business terms. */
  readonly message: string;
  /**
   * For a field issue (`INVALID_FIELD`, `INVALID_CLASS_CODE`): the generic input issue code of
   * the library (`required`, `unknown_field`, `not_money`, `too_many_decimals`, … from
   * `ISSUE_CODES`), so a program can tell field problems apart without reading the message.
   * Absent on the rule issues.
   */
  readonly fieldCode?: IssueCode;
}

/** A non-negative amount with at most `places` decimals (2: money; 3: a manual rate per $100, USR-7), or undefined. @internal */
function amountOf(v: unknown, places = 2): Dec | undefined {
  const d = tryParseDecimal(v);
  if (d === undefined || !inMoneyRange(d) || (d.isNegative() && !d.isZero()) || d.decimalPlaces() > places) return undefined;
  return d;
}

/** A manual rate per $100 of exposure: zero or more, at most 3 decimals in any year (USR-7), coded by what is wrong. */
function manualRate(): z.ZodMiniType<Dec, MoneyLike> {
  return field<Dec, MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      const message = `must be a manual rate per $100, zero or more, at most ${MAX_RATE_PLACES} decimals (USR-7), got ${describeValue(v)}`;
      if (d === undefined || !inMoneyRange(d)) return new Problem('not_a_number', message);
      if (d.isNegative() && !d.isZero()) return new Problem('out_of_range', message);
      if (d.decimalPlaces() > MAX_RATE_PLACES) return new Problem('too_many_decimals', message);
      return d;
    },
    ['decimal', true, undefined, 'a manual rate per $100 of exposure'],
  );
}

/** The USR-7 issue of a manual rate with more decimals than its policy's effective date allows, or undefined. @internal */
function ratePlacesIssue(rate: Dec, effective: string | undefined, i: number): UnitReportIssue | undefined {
  if (effective === undefined) return undefined;
  const places = ratePlacesOn(effective);
  if (rate.decimalPlaces() <= places) return undefined;
  // RULES: USR-7 — manual (pure premium) rates carry 3 decimals only from 2026-01-01.
  return {
    code: 'INVALID_FIELD',
    fieldCode: 'too_many_decimals',
    path: ['report', 'exposures', i, 'manualRate'],
    message: `manual rate ${formatDecimal(rate)} has ${rate.decimalPlaces()} decimals: a policy effective ${effective} takes at most ${places} (3 decimals from ${THREE_DECIMAL_RATES_FROM}, USR-7)`,
  };
}

/** Schema of a unit statistical report's header (USR-1). */
export const UnitReportHeaderSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The policy number as on the policy. */
    policyNumber: id('a policy number'),
    /** The policy's effective date (`YYYY-MM-DD`); it decides the rate precision (USR-7). */
    effectiveDate: isoDate(),
    /** The policy's expiration date (`YYYY-MM-DD`), after the effective date. */
    expirationDate: isoDate(),
    /** The insured's name as on the policy. */
    insuredName: id("the insured's name"),
  }))();

/** Schema of one exposure row of a unit report (USR-1). */
export const UnitReportExposureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The four-digit class code (`"8810"`; `"0174"` for the Special Compensation Fund). */
    classCode: classCode(),
    /** The exposure (payroll) of the class, in dollars. */
    exposure: cents({ noun: 'an exposure amount' }),
    /** The manual rate per $100 of exposure (2 decimals; 3 from policies effective 2026-01-01, USR-7). */
    manualRate: manualRate(),
    /** The premium reported for the class, in dollars. */
    premium: cents({ noun: 'a premium' }),
  }))();

/** Schema of one loss row of a unit report (USR-1). */
export const UnitReportLossSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The claim number (optional). */
    claimNumber: z.optional(id('a claim number')),
    /** The date of the accident (`YYYY-MM-DD`), within the policy term. */
    accidentDate: isoDate(),
    /** The kind-of-injury code of the statistical plan. */
    injuryKind: id('a kind-of-injury code'),
    /** The total paid on the claim, in dollars. */
    paid: cents({ noun: 'a paid total' }),
    /** The total incurred (paid + reserves), in dollars, at least the paid total. */
    incurred: cents({ noun: 'an incurred total' }),
  }))();

/** Schema of a well-formed unit statistical report (USR-1): fields only, not the rule checks. */
export const UnitReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The policy header. */
    header: UnitReportHeaderSchema,
    /** One row per class code (class 0174 always included). */
    exposures: z.array(UnitReportExposureSchema),
    /** One row per claim. */
    losses: z.array(UnitReportLossSchema),
  }))();

/** A unit statistical report as {@link validateUnitReport} expects it. */
export type UnitReportInput = z.input<typeof UnitReportSchema>;

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Input schema of {@link validateUnitReport}: `{ report: object }` (the report's content is checked, not thrown on). */
export const ValidateUnitReportInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // `object`: any object is accepted here; its content is reported as issues, never thrown.
    // Read as a record of unknown fields: the core inspects it without trusting its shape.
    report: field<Readonly<Record<string, unknown>>, UnitReportInput | object>(
      (v) =>
        isRecord(v)
          ? v
          : new Problem('wrong_type', `must be a unit report (an object with header, exposures, losses), got ${describeValue(v)}`),
      ['object'],
    ),
  }))();

/** Input of {@link validateUnitReport}. */
export interface ValidateUnitReportInput {
  /** The unit statistical report to check (`{ header, exposures, losses }`, USR-1); any object is accepted and its problems reported. */
  readonly report: UnitReportInput | object;
}

/** Options schema of {@link validateUnitReport}. */
export const ValidateUnitReportOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    termIncludesExpirationDate: z.optional(flag()),
  }))();

/** Options of {@link validateUnitReport}. */
export interface ValidateUnitReportOptions extends ExplainOption {
  /**
   * Count an accident on the expiration date as inside the term. Default `false`: the policy
   * period ends at 12:01 a.m. on the expiration date, so the term is effective ≤ date < expiration.
   */
  readonly termIncludesExpirationDate?: boolean;
}

/** Result of {@link validateUnitReport}. */
export interface ValidateUnitReportResult extends Explained {
  /** True when `issues` is empty. */
  readonly valid: boolean;
  /** Every problem found (see the function's documentation for the order). */
  readonly issues: ReadonlyArray<UnitReportIssue>;
}

const MAX_PREMIUM_DIFFERENCE = '0.01';

function dateOf(v: unknown): string | undefined {
  return typeof v === 'string' && isIsoDate(v) ? v : undefined;
}

function listOf(v: unknown): ReadonlyArray<unknown> {
  return Array.isArray(v) ? v : [];
}

/** The rule checks (USR-1, USR-5, USR-7) on a report whose fields may be malformed (unchecked core). @internal */
export function unitReportRuleIssues(report: Readonly<Record<string, unknown>>, includeExpiration: boolean): UnitReportIssue[] {
  const issues: UnitReportIssue[] = [];
  const { term, effective } = termIssues(report, issues);
  exposureIssues(report, effective, issues);
  lossIssues(report, { term, includeExpiration }, issues);
  return issues;
}

type Term = { readonly effective: string; readonly expiration: string };

/** USR-1: the policy term runs forward; returns the term (when valid) and the effective date. */
function termIssues(report: Readonly<Record<string, unknown>>, issues: UnitReportIssue[]): { term?: Term; effective?: string } {
  const header = isRecord(report.header) ? report.header : {};
  const effective = dateOf(header.effectiveDate);
  const expiration = dateOf(header.expirationDate);
  let term: { effective: string; expiration: string } | undefined;
  if (effective !== undefined && expiration !== undefined) {
    if (compareDates(expiration, effective) <= 0) {
      // RULES: USR-1 — the policy term must run forward.
      issues.push({
        code: 'INVALID_TERM',
        path: ['report', 'header', 'expirationDate'],
        message: `expiration date ${expiration} must be after effective date ${effective}`,
      });
    } else {
      term = { effective, expiration };
    }
  }
  return { ...(term === undefined ? {} : { term }), ...(effective === undefined ? {} : { effective }) };
}

/** USR-1, USR-5, USR-7: each class's premium, its rate's precision, and class 0174 present. */
function exposureIssues(report: Readonly<Record<string, unknown>>, effective: string | undefined, issues: UnitReportIssue[]): void {
  let has0174 = false;
  listOf(report.exposures).forEach((row, i) => {
    if (!isRecord(row)) return;
    if (row.classCode === SPECIAL_COMPENSATION_FUND_CLASS) has0174 = true;
    const exposure = amountOf(row.exposure);
    const rate = amountOf(row.manualRate, MAX_RATE_PLACES);
    const premium = amountOf(row.premium);
    const tooPrecise = rate === undefined ? undefined : ratePlacesIssue(rate, effective, i);
    if (tooPrecise !== undefined) issues.push(tooPrecise);
    if (exposure === undefined || rate === undefined || premium === undefined || tooPrecise !== undefined) return;
    const computed = exposure.div(100).times(rate); // exact: division by 100 only moves the decimal point
    // RULES: USR-1 — premium = exposure ÷ 100 × manual rate, to within one cent.
    if (premium.minus(computed).abs().gt(MAX_PREMIUM_DIFFERENCE)) {
      issues.push({
        code: 'PREMIUM_MISMATCH',
        path: ['report', 'exposures', i, 'premium'],
        message: `premium ${formatMoney(premium)} is off by over $0.01 from ${formatMoney(exposure)} / 100 x ${formatDecimal(rate)} = ${formatDecimal(computed)}`,
      });
    }
  });
  if (!has0174) {
    // RULES: USR-5 — class 0174 and its premium, even zero, on every unit report.
    issues.push({
      code: 'MISSING_CLASS_0174',
      path: ['report', 'exposures'],
      message: `class ${SPECIAL_COMPENSATION_FUND_CLASS} (Special Compensation Fund) must be reported, even with zero premium`,
    });
  }
}

/** USR-1: each loss within the term, and paid not above incurred. */
function lossIssues(
  report: Readonly<Record<string, unknown>>,
  how: { readonly term: Term | undefined; readonly includeExpiration: boolean },
  issues: UnitReportIssue[],
): void {
  const { term, includeExpiration } = how;
  listOf(report.losses).forEach((row, i) => {
    if (!isRecord(row)) return;
    const accident = dateOf(row.accidentDate);
    if (accident !== undefined && term !== undefined) {
      const afterEnd = includeExpiration ? compareDates(accident, term.expiration) > 0 : compareDates(accident, term.expiration) >= 0;
      if (compareDates(accident, term.effective) < 0 || afterEnd) {
        // RULES: USR-1 — losses belong to the policy term.
        issues.push({
          code: 'ACCIDENT_OUTSIDE_TERM',
          path: ['report', 'losses', i, 'accidentDate'],
          message: `accident date ${accident} is outside the term ${term.effective} to ${term.expiration} (${includeExpiration ? 'inclusive' : 'expiration date excluded'})`,
        });
      }
    }
    const paid = amountOf(row.paid);
    const incurred = amountOf(row.incurred);
    if (paid !== undefined && incurred !== undefined && paid.gt(incurred)) {
      // RULES: USR-1 — incurred = paid + outstanding, so paid cannot exceed incurred.
      issues.push({
        code: 'PAID_EXCEEDS_INCURRED',
        path: ['report', 'losses', i, 'paid'],
        message: `paid ${formatMoney(paid)} exceeds incurred ${formatMoney(incurred)}`,
      });
    }
  });
}

/**
 * Checks a unit statistical report before filing and returns every problem, not just the first
 * (USR-1, USR-5, USR-7).
 *
 * Field checks (`INVALID_FIELD`, or `INVALID_CLASS_CODE` for a `classCode` field), against
 * {@link UnitReportSchema}: header `{ policyNumber, effectiveDate, expirationDate, insuredName }`;
 * exposures `{ classCode, exposure, manualRate, premium }[]`; losses `{ claimNumber?,
 * accidentDate, injuryKind, paid, incurred }[]`. Missing and unknown fields are issues.
 * Amounts (exposure, premium, paid, incurred) are non-negative with at most 2 decimals; manual
 * rates are per $100 of exposure, non-negative, with at most 3 decimals in any case; dates are
 * `YYYY-MM-DD`; class codes are four digits written as text (`"0174"`, not `174`).
 * Convention: `injuryKind` is the carrier's kind-of-injury code as non-empty text; the
 * Minnesota sources give no code list, so its value is not checked further.
 *
 * Rule checks, each made only where the fields it needs are well-formed:
 * - `INVALID_FIELD` with `fieldCode: 'too_many_decimals'` (USR-7): a manual rate with 3 decimals
 *   on a policy effective before 2026-01-01 (Minnesota rates carry 3 decimals only from
 *   2026-01-01; `RATE_PRECISION` in the rule tables). Checked only when the effective date is
 *   well formed; that row's premium is then not checked against the rate.
 * - `INVALID_TERM`: expirationDate ≤ effectiveDate.
 * - `PREMIUM_MISMATCH`: |premium − exposure ÷ 100 × manualRate| > 0.01, computed exactly (a
 *   difference of exactly one cent passes).
 * - `MISSING_CLASS_0174` (USR-5): no exposure row has class code `"0174"`, whatever its premium
 *   (a row with zero premium counts as present).
 * - `ACCIDENT_OUTSIDE_TERM`: accident before the effective date or on/after the expiration date.
 *   Convention: the policy period ends at 12:01 a.m. on the expiration date, so an accident on
 *   that date is outside; option `termIncludesExpirationDate: true` counts it as inside.
 *   Not checked when the term itself is invalid.
 * - `PAID_EXCEEDS_INCURRED`: paid > incurred.
 *
 * Order of issues: field issues first, in the order of the report's fields; then INVALID_TERM,
 * the USR-7 rate check and PREMIUM_MISMATCH by exposure row, MISSING_CLASS_0174, then the loss
 * checks by loss row. Field issues carry `fieldCode`, the library's generic issue code.
 * Paths start at the input root (`['report', 'losses', 0, 'paid']`).
 *
 * @param input - `{ report }`.
 * @param options - `{ explain?, termIncludesExpirationDate? }`.
 * @returns `{ valid, issues: { code, path, message }[] }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` only when the argument is not `{ report: object }`
 *   (e.g. `null`, `report` missing or a list, or fields besides `report`) or the options are
 *   malformed; problems inside the report are never thrown.
 *
 * @example
 * ```ts
 * import { validateUnitReport } from 'wcra-calc';
 * const header = { policyNumber: 'WC-1001', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Acme Tool Co.' };
 * const exposures = [{ classCode: '8810', exposure: '250000', manualRate: '0.125', premium: '312.50' }, { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' }];
 * const losses = [{ accidentDate: '2026-06-01', injuryKind: '05', paid: '1200', incurred: '5000' }];
 * validateUnitReport({ report: { header, exposures, losses } }) //=> { valid: true, issues: [] }
 * const bad = validateUnitReport({ report: { header, exposures: exposures.slice(0, 1), losses } });
 * bad.issues.map((i) => i.code) //=> ['MISSING_CLASS_0174']
 * // A 2024 policy: 3-decimal rates come only from 2026-01-01 (USR-7).
 * const old = validateUnitReport({ report: { header: { ...header, effectiveDate: '2024-03-15', expirationDate: '2025-03-15' }, exposures, losses: [] } });
 * old.issues.map((i) => [i.code, i.fieldCode]) //=> [['INVALID_FIELD', 'too_many_decimals']]
 * ```
 */
export function validateUnitReport(input: ValidateUnitReportInput, options?: ValidateUnitReportOptions): ValidateUnitReportResult {
  return validateUnitReportDefinition.run(input, options);
}

/** The field issues of a report, against {@link UnitReportSchema}. */
function fieldIssuesOf(report: Readonly<Record<string, unknown>>): UnitReportIssue[] {
  const parsed = z.safeParse(UnitReportSchema, report, { reportInput: true });
  if (parsed.success) return [];
  return toIssues(parsed.error.issues, ['report']).map((i) => ({
    code: i.path.at(-1) === 'classCode' ? 'INVALID_CLASS_CODE' : 'INVALID_FIELD',
    path: i.path,
    message: i.message,
    fieldCode: i.code,
  }));
}

/** The explain steps: one per rule, with the count of issues it found. */
function validationSteps(issues: ReadonlyArray<UnitReportIssue>) {
  const count = (codes: ReadonlyArray<UnitReportIssueCode>) => String(issues.filter((i) => codes.includes(i.code)).length);
  return [
    step(
      'USR-1',
      'Header, exposure and loss fields well formed; term runs forward; premium = exposure / 100 x manual rate within $0.01; accidents in the term; paid <= incurred',
      [textValue('Issues found', String(issues.length), 'number')],
      textValue(
        'USR-1 issues',
        count([
          'INVALID_FIELD',
          'INVALID_CLASS_CODE',
          'INVALID_TERM',
          'PREMIUM_MISMATCH',
          'ACCIDENT_OUTSIDE_TERM',
          'PAID_EXCEEDS_INCURRED',
        ]),
        'number',
      ),
    ),
    step(
      'USR-5',
      `Class ${SPECIAL_COMPENSATION_FUND_CLASS} (Special Compensation Fund) on every report, even with zero premium`,
      [textValue('Issues found', String(issues.length), 'number')],
      textValue('USR-5 issues', count(['MISSING_CLASS_0174']), 'number'),
    ),
    step(
      'USR-7',
      `Manual rates carry at most 2 decimals on policies effective before ${THREE_DECIMAL_RATES_FROM}, 3 from then on`,
      [textValue('Issues found', String(issues.length), 'number')],
      textValue('USR-7 issues', String(issues.filter((i) => i.fieldCode === 'too_many_decimals').length), 'number'),
    ),
  ];
}

/** The definition of {@link validateUnitReport}: name, rules, schemas, example. */
export const validateUnitReportDefinition = /* @__PURE__ */ defineCalculator({
  name: 'validateUnitReport',
  feature: 'unit-stat',
  summary: 'Every problem in a unit statistical report (class 0174, class codes, term, losses, premium)',
  rules: ['USR-1', 'USR-5', 'USR-7'],
  uncitedRules: {},
  input: ValidateUnitReportInputSchema,
  options: ValidateUnitReportOptionsSchema,
  example: {
    report: {
      header: { policyNumber: 'WC-1001', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Acme Tool Co.' },
      exposures: [
        { classCode: '8810', exposure: '250000', manualRate: '0.125', premium: '312.50' },
        { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' },
      ],
      losses: [{ accidentDate: '2026-06-01', injuryKind: '05', paid: '1200', incurred: '5000' }],
    },
  },
  explains: true,
  compute: (v, opts): ValidateUnitReportResult => {
    const report = v.report;
    const ruleIssues = unitReportRuleIssues(report, opts.termIncludesExpirationDate === true);
    const issues = [...fieldIssuesOf(report), ...ruleIssues];
    return withSteps({ valid: issues.length === 0, issues }, opts.explain, () => validationSteps(issues));
  },
});
