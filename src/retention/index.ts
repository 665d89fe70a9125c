// Public API of the retention feature (RET-*).
export {
  type ApplicableRetentionInput,
  ApplicableRetentionInputSchema,
  type ApplicableRetentionOptions,
  type ApplicableRetentionResult,
  applicableRetention,
  type RetentionElection,
  RetentionElectionSchema,
} from './applicableRetention.js';
export {
  type AffiliateViolation,
  type CheckAffiliateElectionsInput,
  CheckAffiliateElectionsInputSchema,
  type CheckAffiliateElectionsOptions,
  type CheckAffiliateElectionsResult,
  checkAffiliateElections,
} from './checkAffiliateElections.js';
export {
  type CompareRetentionLevelsInput,
  CompareRetentionLevelsInputSchema,
  type CompareRetentionLevelsOptions,
  type CompareRetentionLevelsResult,
  compareRetentionLevels,
  type RetentionLevelOption,
} from './compareRetentionLevels.js';
export {
  REINSURANCE_EXCEPTIONS,
  type ReinsuranceException,
  type ReinsurancePurchaseAllowedInput,
  ReinsurancePurchaseAllowedInputSchema,
  type ReinsurancePurchaseAllowedOptions,
  type ReinsurancePurchaseAllowedResult,
  reinsurancePurchaseAllowed,
} from './reinsurancePurchaseAllowed.js';
export {
  type ElectionOutcome,
  type ResolveRetentionElectionInput,
  ResolveRetentionElectionInputSchema,
  type ResolveRetentionElectionOptions,
  type ResolveRetentionElectionResult,
  RetentionChangeRequestSchema,
  resolveRetentionElection,
} from './resolveRetentionElection.js';
export {
  type RetentionLimitsByLevel,
  type RetentionLimitsInput,
  RetentionLimitsInputSchema,
  type RetentionLimitsOptions,
  type RetentionLimitsResult,
  retentionLimits,
} from './retentionLimits.js';
