// Public API of the premium feature (PRM-*).
export {
  type AdjustmentKind,
  type AnnualAdjustmentInput,
  AnnualAdjustmentInputSchema,
  type AnnualAdjustmentOptions,
  type AnnualAdjustmentResult,
  annualAdjustment,
} from './annualAdjustment.js';
export {
  type EstimatedExposureInput,
  EstimatedExposureInputSchema,
  type EstimatedExposureOptions,
  type EstimatedExposureResult,
  estimatedExposure,
} from './estimatedExposure.js';
export {
  type EstimateRevisionAllowedInput,
  EstimateRevisionAllowedInputSchema,
  type EstimateRevisionAllowedOptions,
  type EstimateRevisionAllowedResult,
  estimateRevisionAllowed,
} from './estimateRevisionAllowed.js';
export {
  type ExposureBaseInput,
  ExposureBaseInputSchema,
  type ExposureBaseOptions,
  type ExposureBaseResult,
  type ExposureClassRow,
  exposureBase,
} from './exposureBase.js';
export {
  type InsurerAdjustmentBasisInput,
  InsurerAdjustmentBasisInputSchema,
  type InsurerAdjustmentBasisKind,
  type InsurerAdjustmentBasisOptions,
  type InsurerAdjustmentBasisResult,
  insurerAdjustmentBasis,
} from './insurerAdjustmentBasis.js';
export {
  type LocationListingDefaultInput,
  LocationListingDefaultInputSchema,
  type LocationListingDefaultOptions,
  type LocationListingDefaultResult,
  locationListingDefault,
} from './locationListingDefault.js';
export {
  type ReinsurancePremiumInput,
  ReinsurancePremiumInputSchema,
  type ReinsurancePremiumOptions,
  type ReinsurancePremiumResult,
  reinsurancePremium,
} from './reinsurancePremium.js';
export {
  type CreditApplication,
  type SettleAdjustmentInput,
  SettleAdjustmentInputSchema,
  type SettleAdjustmentOptions,
  type SettleAdjustmentResult,
  settleAdjustment,
} from './settleAdjustment.js';
