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
  /* @__PURE__ */ Object.freeze({ year: 2024, firstYear: '14000', twoYearAverage: '14000', threeYearAverage: '7000' }),
  /* @__PURE__ */ Object.freeze({ year: 2025, firstYear: '14500', twoYearAverage: '14500', threeYearAverage: null }),
]);

/**
 * MWCIA loss limitation ("state per claim accident limitation", SI-9) of one rating year: each
 * claim's losses are limited to `singleClaim`, an accident's claims together to `multipleClaim`.
 * `null` marks a figure the sources do not give (the single-claim figures from 2024): callers
 * supply it in `options.limitations`.
 */
export interface LossLimitation {
  /** The rating year the figures apply to. */
  readonly year: number;
  /** Limit of one claim's losses (dollars, a decimal string), or `null` when not published in the sources. */
  readonly singleClaim: string | null;
  /** Limit of the losses of all the claims of one accident together (dollars, a decimal string). */
  readonly multipleClaim: string | null;
  /** Where the figures come from. */
  readonly source: string;
}

const SI9_SOURCE = 'MWCIA state per claim accident limitation, RULES.md SI-9';

/** SI-9 loss limitations, one entry per rating year, oldest first (deeply frozen). */
export const LOSS_LIMITATIONS: ReadonlyArray<LossLimitation> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ year: 2019, singleClaim: '221000', multipleClaim: '442000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2020, singleClaim: '216000', multipleClaim: '432000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2021, singleClaim: '222500', multipleClaim: '445000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2022, singleClaim: '230500', multipleClaim: '461000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2023, singleClaim: '242500', multipleClaim: '485000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2024, singleClaim: null, multipleClaim: '245000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2025, singleClaim: null, multipleClaim: '239000', source: SI9_SOURCE }),
  /* @__PURE__ */ Object.freeze({ year: 2026, singleClaim: null, multipleClaim: '269000', source: SI9_SOURCE }),
]);
