// Executable specification: seed 002 (WCRA "Billing & Payment"), Calculations 1, 2 and 3.
// An insurer member at the low retention, 2022 exposure levels and the 2022 rate (7.95%).
// Prints the three worksheets and exits non-zero if any figure differs from the published one.
// RULES: PRM-1, PRM-2, PRM-7
import { annualAdjustment, formatWorksheet, reinsurancePremium } from 'wcra-calc';

let mismatches = 0;
function check(label: string, actual: string, expected: string): void {
  const ok = actual === expected;
  if (!ok) mismatches++;
  console.log(`${ok ? 'ok      ' : 'MISMATCH'} ${label}: ${actual}${ok ? '' : ` (expected ${expected})`}`);
}

console.log('Calculation 1: Estimated 2022 Reinsurance Premium (prepared Dec 2021)');
const estimated = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' }, { explain: true });
console.log(formatWorksheet(estimated.steps ?? []));

console.log('\nCalculation 2: Actual 2022 Reinsurance Premium (prepared May 2023)');
const actual = reinsurancePremium({ exposure: '13000000', year: 2022, level: 'low', memberType: 'insurer' }, { explain: true });
console.log(formatWorksheet(actual.steps ?? []));

console.log('\nCalculation 3: 2022 Annual Adjustment (billed August 2023)');
const adjustment = annualAdjustment({ estimatedPremium: estimated.premium, actualPremium: actual.premium }, { explain: true });
console.log(formatWorksheet(adjustment.steps ?? []));

console.log('');
check('2022 insurer reinsurance rate for low retention', estimated.rate, '0.0795');
check('Estimated 2022 WCRA premium', estimated.premium, '954000.00');
check('Actual 2022 WCRA premium', actual.premium, '1033500.00');
check('2022 Annual Adjustment', adjustment.adjustment, '79500.00');
check('Adjustment kind', adjustment.kind, 'additional');

// PRM-6: a self-insurer's tax on the adjustment, or trued up to the tax on the actual premium.
const selfInsured = { estimatedPremium: '207900', actualPremium: '197174.25', memberType: 'self-insurer' } as const;
check('Tax on the adjustment (on-adjustment)', annualAdjustment(selfInsured).tax, '-214.52');
check('Tax trued up to actual (true-up-to-actual)', annualAdjustment(selfInsured, { adjustmentTax: 'true-up-to-actual' }).tax, '-214.51');

if (mismatches > 0) {
  console.error(`${mismatches} figure(s) differ from seed 002`);
  process.exit(1);
}
console.log('All figures match seed 002.');
