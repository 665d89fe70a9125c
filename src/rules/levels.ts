/**
 * Retention levels (RET-2, RET-3) and their published figures: the first year of each level and
 * the multiples of the low limit.
 * @module
 */
import type { RuleFigure } from './figures.js';

/** A WCRA retention level. `jumbo` is offered from coverage year 2018 (RET-2). */
export type RetentionLevel = 'low' | 'high' | 'super' | 'jumbo';

/** Every retention level, lowest limit first. */
export const RETENTION_LEVELS = /* @__PURE__ */ Object.freeze([
  'low',
  'high',
  'super',
  'jumbo',
] as const satisfies ReadonlyArray<RetentionLevel>);

/** Who the member is: a licensed insurer or a self-insurer (PRM-1, PRM-6). */
export type MemberType = 'insurer' | 'self-insurer';

/** Every member type. */
export const MEMBER_TYPES = /* @__PURE__ */ Object.freeze(['insurer', 'self-insurer'] as const satisfies ReadonlyArray<MemberType>);

/** The figures of the retention levels, {@link RETENTION_LEVEL_FIGURES} (RET-2, RET-3). */
export interface RetentionLevelFigures {
  /** The first coverage year of today's fixed levels (low $500,000, RET-2): 2016; earlier years follow RET-3. */
  readonly firstFixedLevelsYear: RuleFigure<number>;
  /** The first coverage year with three levels (super offered): 1996 (RET-3). */
  readonly firstSuperYear: RuleFigure<number>;
  /** The first coverage year with the jumbo level: 2018 (RET-2). */
  readonly firstJumboYear: RuleFigure<number>;
  /** The high limit as a multiple of the low limit from 1996: 2 (RET-2, RET-3). */
  readonly highMultiple: RuleFigure<string>;
  /** The super limit as a multiple of the low limit from 1996: 4 (RET-2, RET-3). */
  readonly superMultiple: RuleFigure<string>;
  /** The jumbo limit as a multiple of the low limit from 2018: 10 (RET-2). */
  readonly jumboMultiple: RuleFigure<string>;
  /** Before 1996, the high limit above the low limit: $200,000 (RET-3). */
  readonly twoLevelHighSpread: RuleFigure<string>;
}

/** The first coverage year of the fixed levels (RET-2): the value of `RETENTION_LEVEL_FIGURES.firstFixedLevelsYear`, apart so a bundle that needs the value does not carry the source text. @internal */
export const FIXED_LEVELS_FROM = 2016;
/** The first coverage year with the super level (RET-3): the value of `RETENTION_LEVEL_FIGURES.firstSuperYear`, apart so a bundle that needs the value does not carry the source text. @internal */
export const SUPER_FROM = 1996;
/** The first coverage year with the jumbo level (RET-2): the value of `RETENTION_LEVEL_FIGURES.firstJumboYear`, apart so a bundle that needs the value does not carry the source text. @internal */
export const JUMBO_FROM = 2018;
/** high = this × low from 1996 (RET-2, RET-3): the value of `RETENTION_LEVEL_FIGURES.highMultiple`, apart so a bundle that needs the value does not carry the source text. @internal */
export const HIGH_MULTIPLE = '2';
/** super = this × low from 1996 (RET-2, RET-3): the value of `RETENTION_LEVEL_FIGURES.superMultiple`, apart so a bundle that needs the value does not carry the source text. @internal */
export const SUPER_MULTIPLE = '4';
/** jumbo = this × low from 2018 (RET-2): the value of `RETENTION_LEVEL_FIGURES.jumboMultiple`, apart so a bundle that needs the value does not carry the source text. @internal */
export const JUMBO_MULTIPLE = '10';
/** high = low + this before 1996 (RET-3): the value of `RETENTION_LEVEL_FIGURES.twoLevelHighSpread`, apart so a bundle that needs the value does not carry the source text. @internal */
export const TWO_LEVEL_HIGH_SPREAD = '200000';

const SEED_003 = 'WCRA retention page (seed 003)';

/**
 * The published figures of the retention levels (deeply frozen): the first year of the fixed
 * levels (2016), of super (1996) and of jumbo (2018); high = 2 × low and super = 4 × low from
 * 1996, jumbo = 10 × low from 2018; before 1996 high = low + $200,000.
 */
export const RETENTION_LEVEL_FIGURES: RetentionLevelFigures = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    firstFixedLevelsYear: /* @__PURE__ */ Object.freeze({
      value: FIXED_LEVELS_FROM,
      rule: 'RET-2',
      fromYear: 2016,
      toYear: null,
      published: true,
      source: `${SEED_003}: "Before 2016, the low retention was indexed to the statewide average weekly wage"; RULES.md RET-2`,
    } as const),
    firstSuperYear: /* @__PURE__ */ Object.freeze({
      value: SUPER_FROM,
      rule: 'RET-3',
      fromYear: 1996,
      toYear: null,
      published: true,
      source: `${SEED_003}: "Before 1996, there were only two retention levels"; RULES.md RET-3`,
    } as const),
    firstJumboYear: /* @__PURE__ */ Object.freeze({
      value: JUMBO_FROM,
      rule: 'RET-2',
      fromYear: 2018,
      toYear: null,
      published: true,
      source: 'wcra.biz rate table, read 2026 (no jumbo column for 2016 and 2017); RULES.md RET-2',
    } as const),
    highMultiple: /* @__PURE__ */ Object.freeze({
      value: HIGH_MULTIPLE,
      rule: 'RET-2',
      fromYear: 1996,
      toYear: null,
      published: true,
      source: `${SEED_003}: "the high retention at two times the low" (from 2016), "set at two times the low retention" (before 2016); RULES.md RET-2, RET-3`,
    } as const),
    superMultiple: /* @__PURE__ */ Object.freeze({
      value: SUPER_MULTIPLE,
      rule: 'RET-2',
      fromYear: 1996,
      toYear: null,
      published: true,
      source: `${SEED_003}: "the super retention at four times the low" (from 2016), "set at four times the low retention" (before 2016); RULES.md RET-2, RET-3`,
    } as const),
    jumboMultiple: /* @__PURE__ */ Object.freeze({
      value: JUMBO_MULTIPLE,
      rule: 'RET-2',
      fromYear: 2018,
      toYear: null,
      published: true,
      source: `${SEED_003}: "the jumbo retention at ten times the low"; RULES.md RET-2`,
    } as const),
    twoLevelHighSpread: /* @__PURE__ */ Object.freeze({
      value: TWO_LEVEL_HIGH_SPREAD,
      rule: 'RET-3',
      fromYear: null,
      toYear: 1995,
      published: true,
      source: `${SEED_003}: "the high level fixed at $200,000 higher than the low retention" (before 1996); RULES.md RET-3`,
    } as const),
  }))();
