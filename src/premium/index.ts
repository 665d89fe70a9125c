// Public API of the premium feature (PRM-*).
export {
  type AdjustmentKind,
  type AnnualAdjustmentInput,
  AnnualAdjustmentInputSchema,
  type AnnualAdjustmentOptions,
  AnnualAdjustmentOptionsSchema,
  type AnnualAdjustmentResult,
  annualAdjustment,
} from './annualAdjustment.js';
export {
  type EstimatedExposureInput,
  EstimatedExposureInputSchema,
  type EstimatedExposureOptions,
  EstimatedExposureOptionsSchema,
  type EstimatedExposureResult,
  estimatedExposure,
} from './estimatedExposure.js';
export {
  type EstimateRevisionAllowedInput,
  EstimateRevisionAllowedInputSchema,
  type EstimateRevisionAllowedOptions,
  EstimateRevisionAllowedOptionsSchema,
  type EstimateRevisionAllowedResult,
  estimateRevisionAllowed,
} from './estimateRevisionAllowed.js';
export {
  type ExposureBaseInput,
  ExposureBaseInputSchema,
  type ExposureBaseOptions,
  ExposureBaseOptionsSchema,
  type ExposureBaseResult,
  type ExposureClassRow,
  exposureBase,
} from './exposureBase.js';
export {
  type InsurerAdjustmentBasisInput,
  InsurerAdjustmentBasisInputSchema,
  type InsurerAdjustmentBasisKind,
  type InsurerAdjustmentBasisOptions,
  InsurerAdjustmentBasisOptionsSchema,
  type InsurerAdjustmentBasisResult,
  insurerAdjustmentBasis,
} from './insurerAdjustmentBasis.js';
export {
  type LocationListingDefaultInput,
  LocationListingDefaultInputSchema,
  type LocationListingDefaultOptions,
  LocationListingDefaultOptionsSchema,
  type LocationListingDefaultResult,
  locationListingDefault,
} from './locationListingDefault.js';
export {
  type ReinsurancePremiumInput,
  ReinsurancePremiumInputSchema,
  type ReinsurancePremiumOptions,
  ReinsurancePremiumOptionsSchema,
  type ReinsurancePremiumResult,
  reinsurancePremium,
  SELF_INSURER_TAX_RATE,
} from './reinsurancePremium.js';
export {
  type CreditApplication,
  type SettleAdjustmentInput,
  SettleAdjustmentInputSchema,
  type SettleAdjustmentOptions,
  SettleAdjustmentOptionsSchema,
  type SettleAdjustmentResult,
  settleAdjustment,
} from './settleAdjustment.js';
