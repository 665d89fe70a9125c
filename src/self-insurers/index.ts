// Public API of the self-insurers feature (SI-*).
export {
  type ExperienceModInput,
  ExperienceModInputSchema,
  type ExperienceModOptions,
  type ExperienceModResult,
  experienceMod,
} from './experienceMod.js';
export {
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
  type LateReportFineInput,
  LateReportFineInputSchema,
  type LateReportFineOptions,
  type LateReportFineResult,
  lateReportFine,
} from './lateReportFine.js';
export {
  type PayrollVarianceRow,
  type PayrollVariancesInput,
  PayrollVariancesInputSchema,
  type PayrollVariancesOptions,
  type PayrollVariancesResult,
  payrollVariances,
} from './payrollVariances.js';
export {
  type SplitLossInput,
  SplitLossInputSchema,
  type SplitLossOptions,
  type SplitLossResult,
  splitLoss,
} from './splitLoss.js';
