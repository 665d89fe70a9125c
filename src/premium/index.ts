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
  type ExposureBaseInput,
  ExposureBaseInputSchema,
  type ExposureBaseOptions,
  ExposureBaseOptionsSchema,
  type ExposureBaseResult,
  type ExposureClassRow,
  exposureBase,
} from './exposureBase.js';
export {
  type ReinsurancePremiumInput,
  ReinsurancePremiumInputSchema,
  type ReinsurancePremiumOptions,
  ReinsurancePremiumOptionsSchema,
  type ReinsurancePremiumResult,
  reinsurancePremium,
  SELF_INSURER_TAX_RATE,
} from './reinsurancePremium.js';
