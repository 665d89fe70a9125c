// Public API of the billing feature (BIL-*).
export {
  BILLING_EVENTS,
  type BillingCalendarInput,
  BillingCalendarInputSchema,
  type BillingCalendarOptions,
  BillingCalendarOptionsSchema,
  type BillingCalendarResult,
  type BillingEvent,
  type BillingEventName,
  billingCalendar,
} from './billingCalendar.js';
export {
  DEFAULT_INVOICE_LEAD_DAYS,
  type Installment,
  type InstallmentScheduleInput,
  InstallmentScheduleInputSchema,
  type InstallmentScheduleOptions,
  InstallmentScheduleOptionsSchema,
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
  PaymentPlanFromFirstPaymentOptionsSchema,
  type PaymentPlanFromFirstPaymentResult,
  paymentPlanFromFirstPayment,
} from './paymentPlanFromFirstPayment.js';
export {
  type PaymentStatusInput,
  PaymentStatusInputSchema,
  type PaymentStatusOptions,
  PaymentStatusOptionsSchema,
  type PaymentStatusResult,
  paymentStatus,
} from './paymentStatus.js';
export {
  DEFAULT_AUDIT_FRACTION,
  type SelectAuditSampleInput,
  SelectAuditSampleInputSchema,
  type SelectAuditSampleOptions,
  SelectAuditSampleOptionsSchema,
  type SelectAuditSampleResult,
  selectAuditSample,
} from './selectAuditSample.js';
