import {
  annualAdjustment,
  estimatedExposure,
  estimateRevisionAllowed,
  exposureBase,
  reinsurancePremium,
  settleAdjustment,
} from 'wcra-calc';
import { check, sheet, summary } from './lib/check.js';

// ---------------------------------------------------------------------------------------------
// Part 1. Self-insurer, coverage year 2024, high retention (4.70% in 2024), 2% premium tax.
// ---------------------------------------------------------------------------------------------
console.log('# Part 1: a self-insurer, coverage year 2024 (high retention)');

// PRM-3: actual exposure for 2022 (two years back) from payroll by class and the 2022 mod.
// 8810: 18,450,000 / 100 x 0.12 = 22,140.00; 5403: 3,275,400 / 100 x 6.85 = 224,364.90;
// 7380: 2,118,750 / 100 x 4.27 = 90,470.625; total 336,975.525 x 0.87 = 293,168.70675 -> 293,168.71
const exposure2022 = exposureBase(
  {
    memberType: 'self-insurer',
    payroll: [
      { classCode: '8810', amount: '18450000' },
      { classCode: '5403', amount: '3275400' },
      { classCode: '7380', amount: '2118750' },
    ],
    pureRates: [
      { classCode: '8810', rate: '0.12' },
      { classCode: '5403', rate: '6.85' },
      { classCode: '7380', rate: '4.27' },
    ],
    experienceMod: '0.87',
  },
  { explain: true },
);
sheet('2022 actual exposure (PRM-3)', exposure2022.steps);
check('2022 actual exposure', exposure2022.exposure, '293168.71');

// PRM-4: the 2024 estimate (billed December 2023) is the member's pro rata share of the WCRA's
// projected 2024 total: 293,168.71 x 2,640,000,000 / 2,400,000,000 = 322,485.581 -> 322,485.58
const estimate2024 = estimatedExposure(
  { memberActual: exposure2022.exposure, totalActual: '2400000000', projectedTotal: '2640000000' },
  { explain: true },
);
sheet('2024 estimated exposure (PRM-4)', estimate2024.steps);
check('pro rata share', estimate2024.share, '0.000122153629167');
check('2024 estimated exposure', estimate2024.exposure, '322485.58');

// PRM-1, PRM-6: estimated premium with 2% tax: 322,485.58 x 4.70% = 15,156.82; tax 303.14.
const estimatedPremium = reinsurancePremium(
  { exposure: estimate2024.exposure, year: 2024, level: 'high', memberType: 'self-insurer' },
  { explain: true },
);
sheet('2024 estimated premium, billed December 2023 (PRM-1, PRM-6)', estimatedPremium.steps);
check('estimated premium', estimatedPremium.premium, '15156.82');
check('estimated premium tax', estimatedPremium.tax, '303.14');
check('estimated premium invoice total', estimatedPremium.total, '15459.96');

// PRM-3: actual 2024 exposure, known in spring 2025, with the 2024 mod.
// 8810: 19,870,250 / 100 x 0.11 = 21,857.275; 5403: 2,960,000 / 100 x 6.52 = 192,992.00;
// 7380: 2,405,300 / 100 x 4.11 = 98,857.83; total 313,707.105 x 0.91 = 285,473.46555 -> 285,473.47
const exposure2024 = exposureBase(
  {
    memberType: 'self-insurer',
    payroll: [
      { classCode: '8810', amount: '19870250' },
      { classCode: '5403', amount: '2960000' },
      { classCode: '7380', amount: '2405300' },
    ],
    pureRates: [
      { classCode: '8810', rate: '0.11' },
      { classCode: '5403', rate: '6.52' },
      { classCode: '7380', rate: '4.11' },
    ],
    experienceMod: '0.91',
  },
  { explain: true },
);
sheet('2024 actual exposure (PRM-3)', exposure2024.steps);
check('2024 actual exposure', exposure2024.exposure, '285473.47');

// PRM-5: would the member have been allowed a revised estimate? -11.48%: no (15% needed).
const revision = estimateRevisionAllowed({ estimate: estimate2024.exposure, revised: exposure2024.exposure }, { explain: true });
sheet('Revision of the estimate (PRM-5)', revision.steps);
check('revision allowed', revision.allowed, false);
check('revision change', revision.change, '-0.1147713643');

// PRM-1: actual premium: 285,473.47 x 4.70% = 13,417.25 (tax 268.35).
const actualPremium = reinsurancePremium(
  { exposure: exposure2024.exposure, year: 2024, level: 'high', memberType: 'self-insurer' },
  { explain: true },
);
sheet('2024 actual premium (PRM-1)', actualPremium.steps);
check('actual premium', actualPremium.premium, '13417.25');
check('actual premium tax', actualPremium.tax, '268.35');

// PRM-7, PRM-6: adjustment = 13,417.25 - 15,156.82 = -1,739.57; tax -34.79; total credit -1,774.36.
const adjustment = annualAdjustment(
  { estimatedPremium: estimatedPremium.premium, actualPremium: actualPremium.premium, memberType: 'self-insurer' },
  { explain: true },
);
sheet('2024 annual adjustment, billed August 2025 (PRM-7, PRM-6)', adjustment.steps);
check('adjustment', adjustment.adjustment, '-1739.57');
check('adjustment kind', adjustment.kind, 'credit');
check('adjustment tax', adjustment.tax, '-34.79');
check('adjustment total', adjustment.total, '-1774.36');

// PRM-8: the credit goes first to premium still due (the last 2025 installment, due October 1,
// 2025, hypothetical $1,250.00); the rest is refunded.
const settlement = settleAdjustment(
  { coverageYear: 2024, adjustment: adjustment.total, openCharges: [{ dueDate: '2025-10-01', amount: '1250.00' }] },
  { explain: true },
);
sheet('Settlement of the 2024 adjustment (PRM-8)', settlement.steps);
const { steps: _steps, ...settled } = settlement;
check('settlement', settled, {
  amountDue: '0.00',
  dueDate: null,
  creditApplied: '1250.00',
  applications: [{ dueDate: '2025-10-01', amount: '1250.00', index: 0 }],
  refund: '524.36',
});

// ---------------------------------------------------------------------------------------------
// Part 2. Seed 002: insurer, low retention, 2022 (rate 7.95%), from exposure to settlement.
// ---------------------------------------------------------------------------------------------
console.log('\n# Part 2: seed 002, an insurer in 2022 (low retention)');

const seedEstimate = estimatedExposure({ memberActual: '10000000', totalActual: '5000000000', projectedTotal: '6000000000' });
check('estimated 2022 exposure (0.2% of $6,000,000,000)', seedEstimate, { share: '0.002', exposure: '12000000.00' });
const calc1 = reinsurancePremium({ exposure: seedEstimate.exposure, year: 2022, level: 'low', memberType: 'insurer' }, { explain: true });
sheet('Calculation 1: Estimated 2022 Reinsurance Premium (prepared Dec 2021)', calc1.steps);
check('estimated 2022 premium', calc1.premium, '954000.00');

const seedActual = exposureBase(
  { memberType: 'insurer', earnedPremium: '13250000', elIncreasedLimitsPremium: '250000' },
  { explain: true },
);
sheet('2022 actual exposure (PRM-3)', seedActual.steps);
check('actual 2022 exposure', seedActual.exposure, '13000000.00');
const calc2 = reinsurancePremium({ exposure: seedActual.exposure, year: 2022, level: 'low', memberType: 'insurer' }, { explain: true });
sheet('Calculation 2: Actual 2022 Reinsurance Premium (prepared May 2023)', calc2.steps);
check('actual 2022 premium', calc2.premium, '1033500.00');

const calc3 = annualAdjustment({ estimatedPremium: calc1.premium, actualPremium: calc2.premium }, { explain: true });
sheet('Calculation 3: 2022 Annual Adjustment (billed August 2023)', calc3.steps);
check('2022 annual adjustment', calc3.total, '79500.00');
const seedSettlement = settleAdjustment({ coverageYear: 2022, adjustment: calc3.total }, { explain: true });
sheet('Settlement of the 2022 adjustment (PRM-8, BIL-6)', seedSettlement.steps);
check('2022 adjustment due', [seedSettlement.amountDue, seedSettlement.dueDate], ['79500.00', '2023-10-01']);

summary();
