/**
 * The calculators the CLI, the JSON Schemas and the conformance suite know by name, derived from
 * the calculator definitions (`CALCULATORS`, generated from the sources). The calculators not yet
 * written as definitions keep a hand-written entry in `LEGACY` until they are; an entry there is
 * ignored once a definition of the same name exists.
 * @module
 */
import type * as z from 'zod/mini';
import { BillingCalendarInputSchema, billingCalendar } from '../billing/billingCalendar.js';
import { InstallmentScheduleInputSchema, installmentSchedule } from '../billing/installmentSchedule.js';
import { PaymentPlanFromFirstPaymentInputSchema, paymentPlanFromFirstPayment } from '../billing/paymentPlanFromFirstPayment.js';
import { PaymentStatusInputSchema, paymentStatus } from '../billing/paymentStatus.js';
import { SelectAuditSampleInputSchema, selectAuditSample } from '../billing/selectAuditSample.js';
import { CALCULATORS } from '../calculators.js';
import { ClaimReportingStatusInputSchema, claimReportingStatus } from '../claims/claimReportingStatus.js';
import { ClaimReportingThresholdInputSchema, claimReportingThreshold } from '../claims/claimReportingThreshold.js';
import { GroupOccurrencesInputSchema, groupOccurrences } from '../claims/groupOccurrences.js';
import { NextReimbursementWindowInputSchema, nextReimbursementWindow } from '../claims/nextReimbursementWindow.js';
import { ReimbursableAmountInputSchema, reimbursableAmount } from '../claims/reimbursableAmount.js';
import { ReimbursementDueInputSchema, reimbursementDue } from '../claims/reimbursementDue.js';
import { ReimbursementRunInputSchema, reimbursementRun } from '../claims/reimbursementRun.js';
import { SplitOccurrenceInputSchema, splitOccurrence } from '../claims/splitOccurrence.js';
import { AllocateInputSchema, allocate } from '../core/allocate.js';
import type { CalculatorDefinition } from '../core/calculator.js';
import { AnnualAdjustmentInputSchema, annualAdjustment } from '../premium/annualAdjustment.js';
import { EstimatedExposureInputSchema, estimatedExposure } from '../premium/estimatedExposure.js';
import { EstimateRevisionAllowedInputSchema, estimateRevisionAllowed } from '../premium/estimateRevisionAllowed.js';
import { ExposureBaseInputSchema, exposureBase } from '../premium/exposureBase.js';
import { InsurerAdjustmentBasisInputSchema, insurerAdjustmentBasis } from '../premium/insurerAdjustmentBasis.js';
import { LocationListingDefaultInputSchema, locationListingDefault } from '../premium/locationListingDefault.js';
import { SettleAdjustmentInputSchema, settleAdjustment } from '../premium/settleAdjustment.js';
import { ApplicableRetentionInputSchema, applicableRetention } from '../retention/applicableRetention.js';
import { CheckAffiliateElectionsInputSchema, checkAffiliateElections } from '../retention/checkAffiliateElections.js';
import { CompareRetentionLevelsInputSchema, compareRetentionLevels } from '../retention/compareRetentionLevels.js';
import { ReinsurancePurchaseAllowedInputSchema, reinsurancePurchaseAllowed } from '../retention/reinsurancePurchaseAllowed.js';
import { ResolveRetentionElectionInputSchema, resolveRetentionElection } from '../retention/resolveRetentionElection.js';
import { RetentionLimitsInputSchema, retentionLimits } from '../retention/retentionLimits.js';
import { ExperienceModInputSchema, experienceMod } from '../self-insurers/experienceMod.js';
import { FallbackExperienceModInputSchema, fallbackExperienceMod } from '../self-insurers/fallbackExperienceMod.js';
import { HybridEligibilityInputSchema, hybridEligibility } from '../self-insurers/hybridEligibility.js';
import { HybridTransitionInputSchema, hybridTransition } from '../self-insurers/hybridTransition.js';
import { HybridTrueUpInputSchema, hybridTrueUp } from '../self-insurers/hybridTrueUp.js';
import { LateReportFineInputSchema, lateReportFine } from '../self-insurers/lateReportFine.js';
import { PayrollVariancesInputSchema, payrollVariances } from '../self-insurers/payrollVariances.js';
import { SplitLossInputSchema, splitLoss } from '../self-insurers/splitLoss.js';
import { CorrectionForInputSchema, correctionFor } from '../unit-stat/correctionFor.js';
import { UnitStatScheduleInputSchema, unitStatSchedule } from '../unit-stat/unitStatSchedule.js';
import { UnitStatStatusInputSchema, unitStatStatus } from '../unit-stat/unitStatStatus.js';
import { ValidateUnitReportInputSchema, validateUnitReport } from '../unit-stat/validateUnitReport.js';

/** Options passed through to a calculator (validated by the calculator itself). */
export type RunOptions = unknown;

/** One calculator known by name. */
export interface CatalogEntry {
  /** The exported function's name, e.g. `reinsurancePremium`. */
  readonly name: string;
  /** One line: what it computes. */
  readonly description: string;
  /** The RULES IDs it applies. */
  readonly rules: ReadonlyArray<string>;
  /** Its exported input schema. */
  readonly inputSchema: z.ZodMiniType;
  /** Its exported options schema (absent for the legacy entries). */
  readonly optionsSchema?: z.ZodMiniType;
  /** Options the example needs (a caller's table, an as-of date), if any. */
  readonly exampleOptions?: unknown;
  /** Calls the function with one JSON input and its options (`{ explain }`, tables, …). */
  readonly run: (input: unknown, options?: RunOptions) => unknown;
  /** Whether the function accepts `{ explain: true }`. */
  readonly explains: boolean;
  /** A valid example input (used by `wcra-calc list --examples`, the fuzz suite and the docs). */
  readonly example: unknown;
}

/** The hand-written entries of the calculators not yet written as definitions. */
const LEGACY: ReadonlyArray<CatalogEntry> = [
  {
    name: 'allocate',
    description: 'Split an amount into parts proportional to weights that add up exactly to the cent',
    rules: ['GEN-3'],
    inputSchema: AllocateInputSchema,
    run: (input) => {
      const i = (input ?? {}) as { total?: never; weights?: never };
      return { parts: allocate(i.total as never, i.weights as never) };
    },
    explains: false,
    example: { total: '100000.03', weights: [1, 1, 1, 1] },
  },
  {
    name: 'retentionLimits',
    description: 'WCRA retention limits (low, high, super, jumbo) of a coverage year',
    rules: ['RET-2', 'RET-3'],
    inputSchema: RetentionLimitsInputSchema,
    run: (input, options) => retentionLimits(input as never, options as never),
    explains: true,
    example: { year: 2024 },
  },
  {
    name: 'applicableRetention',
    description: 'The retention level and limit in force for the calendar year of an injury',
    rules: ['RET-4'],
    inputSchema: ApplicableRetentionInputSchema,
    run: (input, options) => applicableRetention(input as never, options as never),
    explains: true,
    example: {
      injuryDate: '2019-12-31',
      elections: [
        { year: 2018, level: 'low' },
        { year: 2019, level: 'super' },
      ],
    },
  },
  {
    name: 'resolveRetentionElection',
    description: 'Whether a retention level change takes effect: deadline, Commerce approval, new members',
    rules: ['RET-5', 'RET-6', 'RET-8'],
    inputSchema: ResolveRetentionElectionInputSchema,
    run: (input, options) => resolveRetentionElection(input as never, options as never),
    explains: true,
    example: {
      coverageYear: 2025,
      memberType: 'self-insurer',
      currentLevel: 'low',
      request: { level: 'high', submittedOn: '2024-12-01', commerceApproved: true },
    },
  },
  {
    name: 'checkAffiliateElections',
    description: 'Affiliate groups whose members elected different retention levels',
    rules: ['RET-7'],
    inputSchema: CheckAffiliateElectionsInputSchema,
    run: (input, options) => checkAffiliateElections(input as never, options as never),
    explains: true,
    example: {
      members: [
        { memberId: 'A', groupId: 'G1', level: 'high' },
        { memberId: 'B', groupId: 'G1', level: 'low' },
        { memberId: 'C', level: 'jumbo' },
      ],
    },
  },
  {
    name: 'reinsurancePurchaseAllowed',
    description: 'Whether other reinsurance below the retention may be bought (Minn. Stat. 79.34 subd. 2)',
    rules: ['RET-9'],
    inputSchema: ReinsurancePurchaseAllowedInputSchema,
    run: (input, options) => reinsurancePurchaseAllowed(input as never, options as never),
    explains: true,
    example: { level: 'jumbo', memberType: 'insurer', exception: 'aggregate-stop-loss' },
  },
  {
    name: 'compareRetentionLevels',
    description: 'Historical what-if of every level: premium, tax, retained and reimbursed losses, net cost',
    rules: ['RET-10', 'RET-1', 'PRM-1', 'PRM-2', 'PRM-6'],
    inputSchema: CompareRetentionLevelsInputSchema,
    run: (input, options) => compareRetentionLevels(input as never, options as never),
    explains: true,
    example: { year: 2022, exposure: '12000000', occurrenceLosses: ['1500000', '300000'] },
  },
  {
    name: 'groupOccurrences',
    description: 'Group claims into occurrences: per incident, per employee for occupational disease, across affiliates',
    rules: ['CLM-1', 'CLM-2', 'CLM-3'],
    inputSchema: GroupOccurrencesInputSchema,
    run: (input, options) => groupOccurrences(input as never, options as never),
    explains: true,
    example: {
      claims: [
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E1', claimId: 'A', paid: '300000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E2', claimId: 'B', paid: '250000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E3', claimId: 'C', paid: '150000' },
        {
          memberId: 'M1',
          occurrenceId: 'DUST',
          injuryDate: '2024-03-05',
          kind: 'occupational-disease',
          employeeId: 'E4',
          claimId: 'D',
          paid: '1000',
        },
      ],
    },
  },
  {
    name: 'splitOccurrence',
    description: 'Split the reimbursable excess of an occurrence over its retention among its claims, to the cent',
    rules: ['CLM-6', 'RET-1', 'GEN-3'],
    inputSchema: SplitOccurrenceInputSchema,
    run: (input, options) => splitOccurrence(input as never, options as never),
    explains: true,
    example: {
      claims: [
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E1', claimId: 'A', paid: '300000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E2', claimId: 'B', paid: '250000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E3', claimId: 'C', paid: '150000' },
      ],
      retention: '500000',
    },
  },
  {
    name: 'reimbursableAmount',
    description: 'Reimbursable statutory benefits versus excluded penalties, interest, expenses and EL payments',
    rules: ['CLM-4'],
    inputSchema: ReimbursableAmountInputSchema,
    run: (input, options) => reimbursableAmount(input as never, options as never),
    explains: true,
    example: {
      payments: [
        { category: 'indemnity', amount: '400000' },
        { category: 'medical', amount: '250000.50' },
        { category: 'penalty', amount: '5000' },
        { category: 'claim-expense', amount: '30000' },
      ],
    },
  },
  {
    name: 'reimbursementDue',
    description: 'Amount due on a reimbursement request, or the overpayment owed back',
    rules: ['CLM-6'],
    inputSchema: ReimbursementDueInputSchema,
    run: (input, options) => reimbursementDue(input as never, options as never),
    explains: true,
    example: { paid: '700000', retention: '500000', reimbursed: '150000' },
  },
  {
    name: 'nextReimbursementWindow',
    description: 'The next half-year or anniversary month in which reimbursement may be requested',
    rules: ['CLM-5'],
    inputSchema: NextReimbursementWindowInputSchema,
    run: (input, options) => nextReimbursementWindow(input as never, options as never),
    explains: true,
    example: { dateOfLoss: '2023-03-15', asOf: '2024-05-02' },
  },
  {
    name: 'claimReportingThreshold',
    description: 'The claim reporting threshold: the lesser of 50% of the retention and $1,000,000',
    rules: ['CLM-7'],
    inputSchema: ClaimReportingThresholdInputSchema,
    run: (input, options) => claimReportingThreshold(input as never, options as never),
    explains: true,
    example: { retention: '500000' },
  },
  {
    name: 'claimReportingStatus',
    description: 'Whether a claim must be reported, why, and the catastrophic-injury deadline',
    rules: ['CLM-7'],
    inputSchema: ClaimReportingStatusInputSchema,
    run: (input, options) => claimReportingStatus(input as never, options as never),
    explains: true,
    example: { incurred: '40000', retention: '500000', catastrophic: true, notifiedOn: '2024-12-20' },
  },
  {
    name: 'reimbursementRun',
    description: 'Batch over a claims listing: occurrences, retention, split, amount due, reporting, request window',
    rules: ['CLM-1', 'CLM-2', 'CLM-3', 'CLM-5', 'CLM-6', 'CLM-7', 'CLM-8', 'RET-4', 'RET-7'],
    inputSchema: ReimbursementRunInputSchema,
    run: (input, options) => reimbursementRun(input as never, options as never),
    explains: true,
    example: {
      claims: [
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E1', claimId: 'A', paid: '300000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E2', claimId: 'B', paid: '250000' },
        { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', employeeId: 'E3', claimId: 'C', paid: '150000' },
      ],
      elections: [{ memberId: 'M1', year: 2024, level: 'low' }],
    },
  },
  {
    name: 'annualAdjustment',
    description: 'Annual adjustment = actual premium - estimated premium, with tax for self-insurers',
    rules: ['PRM-6', 'PRM-7'],
    inputSchema: AnnualAdjustmentInputSchema,
    run: (input, options) => annualAdjustment(input as never, options as never),
    explains: true,
    example: { estimatedPremium: '954000', actualPremium: '1033500' },
  },
  {
    name: 'exposureBase',
    description: 'Exposure base: insurer earned premium less EL increased limits, or self-insurer payroll x pure rates x mod',
    rules: ['PRM-3', 'USR-7'],
    inputSchema: ExposureBaseInputSchema,
    run: (input, options) => exposureBase(input as never, options as never),
    explains: true,
    example: {
      memberType: 'self-insurer',
      payroll: [
        { classCode: '8810', amount: '10000000' },
        { classCode: '7380', amount: '2500000' },
      ],
      pureRates: [
        { classCode: '8810', rate: '0.125' },
        { classCode: '7380', rate: '4.25' },
      ],
      experienceMod: '0.90',
    },
  },
  {
    name: 'estimatedExposure',
    description: 'Estimated exposure: the pro rata share of the projected total exposure',
    rules: ['PRM-4'],
    inputSchema: EstimatedExposureInputSchema,
    run: (input, options) => estimatedExposure(input as never, options as never),
    explains: true,
    example: { memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' },
  },
  {
    name: 'estimateRevisionAllowed',
    description: 'Whether an estimate may be revised (a change of 15% or more either way)',
    rules: ['PRM-5'],
    inputSchema: EstimateRevisionAllowedInputSchema,
    run: (input, options) => estimateRevisionAllowed(input as never, options as never),
    explains: true,
    example: { estimate: '954000', revised: '810900' },
  },
  {
    name: 'settleAdjustment',
    description: 'Settle an annual adjustment: additional premium due October 1, or a credit applied then refunded',
    rules: ['PRM-8', 'BIL-6'],
    inputSchema: SettleAdjustmentInputSchema,
    run: (input, options) => settleAdjustment(input as never, options as never),
    explains: true,
    example: {
      coverageYear: 2022,
      adjustment: '-5000',
      openCharges: [
        { dueDate: '2023-10-01', amount: '3000' },
        { dueDate: '2023-07-01', amount: '1000' },
      ],
    },
  },
  {
    name: 'insurerAdjustmentBasis',
    description: 'Reported exposure or standard earned premium as the basis of an insurer adjustment',
    rules: ['PRM-9'],
    inputSchema: InsurerAdjustmentBasisInputSchema,
    run: (input, options) => insurerAdjustmentBasis(input as never, options as never),
    explains: true,
    example: { deadline: '2023-04-01', reported: { exposure: '13000000', receivedOn: '2023-04-01' }, standardEarnedPremium: '13400000' },
  },
  {
    name: 'locationListingDefault',
    description: 'Whose payroll counts for a partly self-insured member, with or without a location listing',
    rules: ['PRM-10'],
    inputSchema: LocationListingDefaultInputSchema,
    run: (input, options) => locationListingDefault(input as never, options as never),
    explains: true,
    example: {
      listingFiledOn: '2025-12-01',
      retentionDeadline: '2025-12-01',
      entities: [
        { entityId: 'plant-a', payroll: '4000000', selfInsured: true },
        { entityId: 'store-b', payroll: '1500000', selfInsured: false },
      ],
    },
  },
  {
    name: 'installmentSchedule',
    description: 'Annual or quarterly installments with due and invoice dates, split to the cent',
    rules: ['BIL-2', 'BIL-3', 'GEN-3'],
    inputSchema: InstallmentScheduleInputSchema,
    run: (input, options) => installmentSchedule(input as never, options as never),
    explains: true,
    example: { coverageYear: 2024, amount: '100000.03', plan: 'quarterly' },
  },
  {
    name: 'paymentStatus',
    description: 'Whether a payment was received late, and by how many calendar days',
    rules: ['BIL-4', 'GEN-4'],
    inputSchema: PaymentStatusInputSchema,
    run: (input, options) => paymentStatus(input as never, options as never),
    explains: true,
    example: { dueDate: '2024-02-01', receivedOn: '2024-02-03' },
  },
  {
    name: 'paymentPlanFromFirstPayment',
    description: 'Annual, quarterly or shortfall from the first payment, with the installments still to invoice',
    rules: ['BIL-2'],
    inputSchema: PaymentPlanFromFirstPaymentInputSchema,
    run: (input, options) => paymentPlanFromFirstPayment(input as never, options as never),
    explains: true,
    example: { coverageYear: 2024, amount: '100000.03', firstPayment: '25000.01' },
  },
  {
    name: 'billingCalendar',
    description: 'The dated billing events of a coverage year, from the retention deadline to the adjustment due date',
    rules: ['BIL-1', 'BIL-2', 'BIL-3', 'BIL-6', 'PRM-4', 'PRM-8', 'RET-5'],
    inputSchema: BillingCalendarInputSchema,
    run: (input, options) => billingCalendar(input as never, options as never),
    explains: true,
    example: { coverageYear: 2024 },
  },
  {
    name: 'selectAuditSample',
    description: 'A reproducible, order-independent audit sample of 20% of the members with exposure',
    rules: ['BIL-5'],
    inputSchema: SelectAuditSampleInputSchema,
    run: (input, options) => selectAuditSample(input as never, options as never),
    explains: true,
    example: {
      members: [
        { memberId: 'A', exposure: '1000' },
        { memberId: 'B', exposure: '2000' },
        { memberId: 'C', exposure: '0' },
      ],
      year: 2024,
      seed: 'wcra',
    },
  },
  {
    name: 'lateReportFine',
    description: 'Fine of $100 per calendar day per report past due, and whether Commerce is told',
    rules: ['SI-1', 'GEN-4'],
    inputSchema: LateReportFineInputSchema,
    run: (input, options) => lateReportFine(input as never, options as never),
    explains: true,
    example: { dueDate: '2025-03-01', receivedOn: '2025-03-11' },
  },
  {
    name: 'hybridEligibility',
    description: 'Whether a trust, group, association or political subdivision may report as a hybrid',
    rules: ['SI-2'],
    inputSchema: HybridEligibilityInputSchema,
    run: (input, options) => hybridEligibility(input as never, options as never),
    explains: true,
    example: { organizationType: 'trust', entityCount: 50 },
  },
  {
    name: 'hybridTransition',
    description: 'Whether a move between standard and hybrid reporting is allowed (no return to hybrid)',
    rules: ['SI-2'],
    inputSchema: HybridTransitionInputSchema,
    run: (input, options) => hybridTransition(input as never, options as never),
    explains: true,
    example: { history: ['standard', 'hybrid'], to: 'standard' },
  },
  {
    name: 'payrollVariances',
    description: 'Audited against estimated payroll by class, with the classes that need an explanation',
    rules: ['SI-3'],
    inputSchema: PayrollVariancesInputSchema,
    run: (input, options) => payrollVariances(input as never, options as never),
    explains: true,
    example: {
      estimated: [
        { classCode: '8810', amount: '1000000' },
        { classCode: '7380', amount: '500000' },
      ],
      audited: [
        { classCode: '8810', amount: '1050000' },
        { classCode: '7380', amount: '560000' },
      ],
    },
  },
  {
    name: 'hybridTrueUp',
    description: 'Hybrid true-up from estimated to audited payroll and mod: exposures, premiums, adjustment with tax',
    rules: ['SI-3', 'SI-4', 'PRM-3', 'PRM-6', 'PRM-7'],
    inputSchema: HybridTrueUpInputSchema,
    run: (input, options) => hybridTrueUp(input as never, options as never),
    explains: true,
    example: {
      coverageYear: 2023,
      level: 'low',
      estimatedPayroll: [
        { classCode: '8810', amount: '40000000' },
        { classCode: '9101', amount: '10000000' },
      ],
      auditedPayroll: [
        { classCode: '8810', amount: '42000000' },
        { classCode: '9101', amount: '11500000' },
      ],
      pureRates: [
        { classCode: '8810', rate: '0.15' },
        { classCode: '9101', rate: '2.50' },
      ],
      estimatedMod: '0.95',
      finalMod: '0.97',
    },
  },
  {
    name: 'fallbackExperienceMod',
    description: 'The experience mod assigned when data is insufficient, and who is notified from the third year',
    rules: ['SI-6'],
    inputSchema: FallbackExperienceModInputSchema,
    run: (input, options) => fallbackExperienceMod(input as never, options as never),
    explains: true,
    example: { priorMod: '0.90', consecutiveYears: 3, sector: 'private' },
  },
  {
    name: 'experienceMod',
    description: 'Experience modification (Ap + W x Ae + (1 - W) x Ee + B) / (E + B), to two decimals',
    rules: ['SI-7'],
    inputSchema: ExperienceModInputSchema,
    run: (input, options) => experienceMod(input as never, options as never),
    explains: true,
    example: {
      actualPrimary: '30000',
      actualExcess: '50000',
      expectedLosses: '100000',
      expectedExcess: '70000',
      weight: '0.2',
      ballast: '40000',
    },
  },
  {
    name: 'splitLoss',
    description: 'A loss split into primary (up to the split point) and excess parts',
    rules: ['SI-7'],
    inputSchema: SplitLossInputSchema,
    run: (input, options) => splitLoss(input as never, options as never),
    explains: true,
    example: { loss: '42000', splitPoint: '18500' },
  },
  {
    name: 'unitStatSchedule',
    description: 'Valuation dates and filing windows of the unit statistical reports of a policy',
    rules: ['USR-2'],
    inputSchema: UnitStatScheduleInputSchema,
    run: (input) => unitStatSchedule(input as never),
    explains: false,
    example: { policyEffectiveDate: '2024-03-15', reports: 3 },
  },
  {
    name: 'unitStatStatus',
    description: 'Expected, overdue and late-filed unit statistical reports of a policy as of a date',
    rules: ['USR-2', 'GEN-4'],
    inputSchema: UnitStatStatusInputSchema,
    run: (input) => unitStatStatus(input as never),
    explains: false,
    example: { policyEffectiveDate: '2023-01-10', filed: [{ report: 1, filedOn: '2024-10-02' }], asOf: '2025-07-15', reports: 3 },
  },
  {
    name: 'correctionFor',
    description: 'Replacement, correction (indicator L or M), review or nothing for a filed unit report',
    rules: ['USR-3', 'USR-4'],
    inputSchema: CorrectionForInputSchema,
    run: (input) => correctionFor(input as never),
    explains: false,
    example: { status: 'accepted', changes: ['class-code', 'loss'] },
  },
  {
    name: 'validateUnitReport',
    description: 'Every problem in a unit statistical report (class 0174, class codes, term, losses, premium)',
    rules: ['USR-1', 'USR-5', 'USR-7'],
    inputSchema: ValidateUnitReportInputSchema,
    run: (input, options) => validateUnitReport(input as never, options as never),
    explains: false,
    example: {
      report: {
        header: { policyNumber: 'WC-1001', effectiveDate: '2024-03-15', expirationDate: '2025-03-15', insuredName: 'Acme Tool Co.' },
        exposures: [
          { classCode: '8810', exposure: '250000', manualRate: '0.125', premium: '312.50' },
          { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' },
        ],
        losses: [{ accidentDate: '2024-06-01', injuryKind: '05', paid: '1200', incurred: '5000' }],
      },
    },
  },
];

function fromDefinition(d: CalculatorDefinition): CatalogEntry {
  return {
    name: d.name,
    description: d.summary,
    rules: d.rules,
    inputSchema: d.input,
    optionsSchema: d.options,
    run: d.run,
    explains: d.explains,
    example: d.example,
    exampleOptions: d.exampleOptions,
  };
}

/** Every calculator: the definitions, in the order of the feature folders, then the legacy entries. */
export const CATALOG: ReadonlyArray<CatalogEntry> = [
  ...CALCULATORS.map(fromDefinition),
  ...LEGACY.filter((e) => !CALCULATORS.some((d) => d.name === e.name)),
];

/** The entry of a calculator by name, or `undefined`. */
export function findCalculator(name: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.name === name);
}
