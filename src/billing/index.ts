// Public API of the billing feature (BIL-*).
export {
  BILLING_EVENTS,
  type BillingCalendarInput,
  BillingCalendarInputSchema,
  type BillingCalendarOptions,
  type BillingCalendarResult,
  type BillingEvent,
  type BillingEventName,
  billingCalendar,
} from './billingCalendar.js';
export {
  type Installment,
  type InstallmentScheduleInput,
  InstallmentScheduleInputSchema,
  type InstallmentScheduleOptions,
  type InstallmentScheduleResult,
  installmentSchedule,
  PAYMENT_PLANS,
  type PaymentPlan,
} from './installmentSchedule.js';
export {
  DETECTED_PLANS,
  type DetectedPlan,
  type PaymentPlanFromFirstPaymentInput,
  PaymentPlanFromFirstPaymentInputSchema,
  type PaymentPlanFromFirstPaymentOptions,
  type PaymentPlanFromFirstPaymentResult,
  paymentPlanFromFirstPayment,
} from './paymentPlanFromFirstPayment.js';
export {
  type PaymentStatusInput,
  PaymentStatusInputSchema,
  type PaymentStatusOptions,
  type PaymentStatusResult,
  paymentStatus,
} from './paymentStatus.js';
export {
  type SelectAuditSampleInput,
  SelectAuditSampleInputSchema,
  type SelectAuditSampleOptions,
  type SelectAuditSampleResult,
  selectAuditSample,
} from './selectAuditSample.js';
