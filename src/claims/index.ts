// Public API of the claims feature (CLM-*).

export {
  type ClaimReportingStatusInput,
  ClaimReportingStatusInputSchema,
  type ClaimReportingStatusOptions,
  type ClaimReportingStatusResult,
  claimReportingStatus,
  type ReportingReason,
} from './claimReportingStatus.js';
export {
  type ClaimReportingThresholdInput,
  ClaimReportingThresholdInputSchema,
  type ClaimReportingThresholdOptions,
  type ClaimReportingThresholdResult,
  claimReportingThreshold,
} from './claimReportingThreshold.js';
export { CLAIM_KINDS, type Claim, type ClaimKind, ClaimSchema } from './claimSchema.js';
export {
  AffiliateGroupsSchema,
  type GroupOccurrencesInput,
  GroupOccurrencesInputSchema,
  type GroupOccurrencesOptions,
  type GroupOccurrencesResult,
  groupOccurrences,
  type Occurrence,
} from './groupOccurrences.js';
export {
  type NextReimbursementWindowInput,
  NextReimbursementWindowInputSchema,
  type NextReimbursementWindowOptions,
  type NextReimbursementWindowResult,
  nextReimbursementWindow,
  type ReimbursementWindowKind,
} from './nextReimbursementWindow.js';
export {
  EXCLUDED_CATEGORIES,
  PAYMENT_CATEGORIES,
  type PaymentCategory,
  REIMBURSABLE_CATEGORIES,
  type ReimbursableAmountInput,
  ReimbursableAmountInputSchema,
  type ReimbursableAmountOptions,
  type ReimbursableAmountResult,
  reimbursableAmount,
} from './reimbursableAmount.js';
export {
  type ReimbursementDueInput,
  ReimbursementDueInputSchema,
  type ReimbursementDueOptions,
  type ReimbursementDueResult,
  reimbursementDue,
} from './reimbursementDue.js';
export {
  type Election,
  ElectionSchema,
  MAX_REPORTED_INVALID_CLAIMS,
  type ReimbursementRunInput,
  ReimbursementRunInputSchema,
  type ReimbursementRunOptions,
  type ReimbursementRunResult,
  type RunOccurrence,
  type RunReportingStatus,
  type RunTotals,
  reimbursementRun,
} from './reimbursementRun.js';
export {
  type ClaimShare,
  SPLIT_BASES,
  type SplitOccurrenceInput,
  SplitOccurrenceInputSchema,
  type SplitOccurrenceOptions,
  type SplitOccurrenceResult,
  splitOccurrence,
} from './splitOccurrence.js';
