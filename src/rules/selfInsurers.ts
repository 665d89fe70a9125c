/**
 * Published self-insurer figures (SI rules) and the library's documented defaults where the
 * sources set none, each with its rule, the years it applies to and its source.
 * @module
 */
import type { RuleFigure } from './figures.js';

/** The self-insurer figures of {@link SELF_INSURER_FIGURES}. */
export interface SelfInsurerFigures {
  /** The fine per calendar day for each payroll report past due: $100 (SI-1). */
  readonly lateReportFinePerDay: RuleFigure<string>;
  /** The least number of policyholders or entities in a hybrid's reporting group: 50 (SI-2). */
  readonly hybridMinEntities: RuleFigure<number>;
  /** The payroll variance that needs an explanation, as a fraction: 10% (SI-3, a library default). */
  readonly varianceThreshold: RuleFigure<string>;
}

const SEED_001 = 'WCRA Membership FAQ (seed 001)';

/**
 * The self-insurer figures (deeply frozen): the $100 a day late report fine (SI-1), the 50
 * policyholders or entities of a hybrid (SI-2), and the 10% payroll variance threshold (SI-3),
 * which the sources do not set: a documented library default (`published: false`).
 */
export const SELF_INSURER_FIGURES: SelfInsurerFigures = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    lateReportFinePerDay: /* @__PURE__ */ Object.freeze({
      value: '100',
      rule: 'SI-1',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_001}: "fined $100 per calendar day for each report past due"; RULES.md SI-1`,
    } as const),
    hybridMinEntities: /* @__PURE__ */ Object.freeze({
      value: 50,
      rule: 'SI-2',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_001}: hybrids "with 50 or more policyholders or entities in their reporting group"; RULES.md SI-2`,
    } as const),
    varianceThreshold: /* @__PURE__ */ Object.freeze({
      value: '0.10',
      rule: 'SI-3',
      fromYear: null,
      toYear: null,
      published: false,
      source: `library default: ${SEED_001} asks for an explanation of "significant payroll variances" and sets no threshold; RULES.md SI-3`,
    } as const),
  }))();

/** The experience-mod fallback figures of {@link FALLBACK_MOD_FIGURES} (SI-6). */
export interface FallbackModFigures {
  /** The least mod of the first year without sufficient data: 1.05 (SI-6). */
  readonly floor: RuleFigure<string>;
  /** What the first year adds to the prior mod, and each following consecutive year adds again: 0.05 (SI-6). */
  readonly step: RuleFigure<string>;
  /** The consecutive premium year without the data from which the WCRA notifies: the third (SI-6). */
  readonly notifyFromYear: RuleFigure<number>;
}

const SEED_001_SI6: string = /* @__PURE__ */ (() => `${SEED_001}, insufficient payroll or loss data`)();

/**
 * The SI-6 fallback figures (deeply frozen): a first-year mod of at least 1.05, the 0.05 added
 * the first year and each following consecutive year, and the notice after three consecutive
 * premium years without the data.
 */
export const FALLBACK_MOD_FIGURES: FallbackModFigures = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    floor: /* @__PURE__ */ Object.freeze({
      value: '1.05',
      rule: 'SI-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_001_SI6}: "an experience rating modification factor of 1.05 or add .05 (whichever is greater)"; RULES.md SI-6`,
    } as const),
    step: /* @__PURE__ */ Object.freeze({
      value: '0.05',
      rule: 'SI-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_001_SI6}: "add .05 … for the first year … and increase it by .05 for each subsequent year"; RULES.md SI-6`,
    } as const),
    notifyFromYear: /* @__PURE__ */ Object.freeze({
      value: 3,
      rule: 'SI-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_001_SI6}: "If after three consecutive premium years … the WCRA will notify"; RULES.md SI-6`,
    } as const),
  }))();
