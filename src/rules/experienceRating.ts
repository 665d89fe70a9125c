/**
 * Minnesota experience-rating eligibility thresholds (SI-8, MWCIA), by rating year. `null` marks a
 * figure the sources do not give (the 2025 third-test figure): callers supply it.
 * Source: /work/shared/domain/RULES.md SI-8 (MWCIA eligibility, effective 1/1/2024 and 1/1/2025).
 */
export interface EligibilityThresholds {
  /** The rating year the figures take effect (1 January). */
  readonly year: number;
  /** Unmodified premium needed in the first year of the experience period. */
  readonly firstYear: string | null;
  /** Average unmodified premium needed over the first two years. */
  readonly twoYearAverage: string | null;
  /** Average annual unmodified premium needed with more than 2 years of experience. */
  readonly threeYearAverage: string | null;
}

/** SI-8 thresholds for the rating years the sources cover (deeply frozen). */
export const ELIGIBILITY_THRESHOLDS: ReadonlyArray<EligibilityThresholds> = /* @__PURE__ */ Object.freeze([
  Object.freeze({ year: 2024, firstYear: '14000', twoYearAverage: '14000', threeYearAverage: '7000' }),
  Object.freeze({ year: 2025, firstYear: '14500', twoYearAverage: '14500', threeYearAverage: null }),
]);
