// Public API of the self-insurers feature (SI-*).
export {
  type ExperienceModInput,
  ExperienceModInputSchema,
  type ExperienceModOptions,
  type ExperienceModResult,
  experienceMod,
} from './experienceMod.js';
export {
  FALLBACK_MOD_FLOOR,
  FALLBACK_MOD_STEP,
  FALLBACK_NOTIFY_FROM_YEAR,
  type FallbackExperienceModInput,
  FallbackExperienceModInputSchema,
  type FallbackExperienceModOptions,
  type FallbackExperienceModResult,
  type FallbackNotify,
  fallbackExperienceMod,
  SELF_INSURER_SECTORS,
  type SelfInsurerSector,
} from './fallbackExperienceMod.js';
export {
  HYBRID_MIN_ENTITIES,
  type HybridEligibilityInput,
  HybridEligibilityInputSchema,
  type HybridEligibilityOptions,
  type HybridEligibilityResult,
  hybridEligibility,
  ORGANIZATION_TYPES,
  type OrganizationType,
} from './hybridEligibility.js';
export {
  type HybridTransitionInput,
  HybridTransitionInputSchema,
  type HybridTransitionOptions,
  type HybridTransitionResult,
  hybridTransition,
  REPORTING_METHODS,
  type ReportingMethod,
} from './hybridTransition.js';
export {
  type HybridTrueUpInput,
  HybridTrueUpInputSchema,
  type HybridTrueUpOptions,
  type HybridTrueUpResult,
  hybridTrueUp,
} from './hybridTrueUp.js';
export {
  LATE_REPORT_FINE_PER_DAY,
  type LateReportFineInput,
  LateReportFineInputSchema,
  type LateReportFineOptions,
  type LateReportFineResult,
  lateReportFine,
} from './lateReportFine.js';
export {
  DEFAULT_VARIANCE_THRESHOLD,
  type PayrollVarianceRow,
  type PayrollVariancesInput,
  PayrollVariancesInputSchema,
  type PayrollVariancesOptions,
  type PayrollVariancesResult,
  payrollVariances,
  VARIANCE_CHANGE_PLACES,
} from './payrollVariances.js';
export {
  type SplitLossInput,
  SplitLossInputSchema,
  type SplitLossOptions,
  type SplitLossResult,
  splitLoss,
} from './splitLoss.js';
