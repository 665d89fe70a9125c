// Public API of the unit-stat feature (USR-*).
export {
  type CorrectionForInput,
  CorrectionForInputSchema,
  type CorrectionForResult,
  type CorrectionIndicator,
  correctionFor,
  UNIT_REPORT_CHANGE_KINDS,
  UNIT_REPORT_STATUSES,
  type UnitReportChangeKind,
  type UnitReportStatus,
} from './correctionFor.js';
export {
  type UnitStatReportDates,
  type UnitStatScheduleInput,
  UnitStatScheduleInputSchema,
  type UnitStatScheduleResult,
  unitStatSchedule,
} from './unitStatSchedule.js';
export {
  type LateUnitStatReport,
  type OverdueUnitStatReport,
  type UnitStatStatusInput,
  UnitStatStatusInputSchema,
  type UnitStatStatusResult,
  unitStatStatus,
} from './unitStatStatus.js';
export {
  UNIT_REPORT_ISSUE_CODES,
  UnitReportExposureSchema,
  UnitReportHeaderSchema,
  type UnitReportInput,
  type UnitReportIssue,
  type UnitReportIssueCode,
  UnitReportLossSchema,
  UnitReportSchema,
  type ValidateUnitReportInput,
  ValidateUnitReportInputSchema,
  type ValidateUnitReportOptions,
  type ValidateUnitReportResult,
  validateUnitReport,
} from './validateUnitReport.js';
