import { correctionFor, unitStatSchedule, unitStatStatus, validateUnitReport } from 'wcra-calc';
import { check, summary } from './lib/check.js';

// 1. Schedule of a policy effective mid-month (USR-2).
const policyEffectiveDate = '2024-03-15';
const schedule = unitStatSchedule({ policyEffectiveDate, reports: 3 });
console.log(`Unit statistical schedule, policy effective ${policyEffectiveDate}`);
console.log('Report  Valued as of  Filing window');
for (const r of schedule.reports) console.log(`${String(r.report).padStart(6)}  ${r.valuationDate}    ${r.filingStart} to ${r.filingEnd}`);
check('report 1 (18 months; 18th-20th month after March 2024)', schedule.reports[0], {
  report: 1,
  valuationDate: '2025-09-15',
  filingStart: '2025-09-01',
  filingEnd: '2025-11-30',
});
check('report 2 (12 months later)', schedule.reports[1], {
  report: 2,
  valuationDate: '2026-09-15',
  filingStart: '2026-09-01',
  filingEnd: '2026-11-30',
});
check('report 3 (12 months later)', schedule.reports[2], {
  report: 3,
  valuationDate: '2027-09-15',
  filingStart: '2027-09-01',
  filingEnd: '2027-11-30',
});

// 2. Status as of 2026-10-15: report 1 was never filed (overdue), report 2's window is open.
const asOf = '2026-10-15';
const status = unitStatStatus({ policyEffectiveDate, filed: [], asOf, reports: 3 });
console.log(`\nStatus as of ${asOf}`);
for (const r of status.overdue) console.log(`  report ${r.report} OVERDUE: window ended ${r.filingEnd}, ${r.daysOverdue} days`);
for (const r of status.expected) console.log(`  report ${r.report} expected: file by ${r.filingEnd}`);
check('overdue', status.overdue, [
  { report: 1, valuationDate: '2025-09-15', filingStart: '2025-09-01', filingEnd: '2025-11-30', daysOverdue: 319 },
]);
check('expected', status.expected, [{ report: 2, valuationDate: '2026-09-15', filingStart: '2026-09-01', filingEnd: '2026-11-30' }]);
check('filed late', status.filedLate, []);
const later = unitStatStatus({
  policyEffectiveDate,
  filed: [
    { report: 1, filedOn: '2026-10-20' },
    { report: 2, filedOn: '2026-11-30' },
  ],
  asOf: '2027-01-04',
  reports: 3,
});
check('report 1 filed late, report 2 on the last day of its window', later, {
  expected: [],
  overdue: [],
  filedLate: [
    { report: 1, valuationDate: '2025-09-15', filingStart: '2025-09-01', filingEnd: '2025-11-30', filedOn: '2026-10-20', daysLate: 324 },
  ],
});

// 3. A report that fails validation, with all its issues (USR-1, USR-5, USR-7).
const report = {
  header: { policyNumber: 'WC-2001', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Lakeside Bakery LLC' },
  exposures: [
    { classCode: '2003', exposure: '180000', manualRate: '3.215', premium: '5787.00' },
    { classCode: '8810', exposure: '60000', manualRate: '0.18', premium: '110.00' },
    { classCode: '174', exposure: '240000', manualRate: '0', premium: '0' },
  ],
  losses: [
    { claimNumber: 'C-1', accidentDate: '2027-03-15', injuryKind: '05', paid: '2500', incurred: '4000' },
    { claimNumber: 'C-2', accidentDate: '2026-07-02', injuryKind: '06', paid: '900', incurred: '850' },
    { accidentDate: '2026-13-01', injuryKind: '06', paid: '100', incurred: '100' },
  ],
};
const validation = validateUnitReport({ report });
console.log(`\nValidation of ${report.header.policyNumber}: ${validation.valid ? 'valid' : `${validation.issues.length} issues`}`);
for (const i of validation.issues) console.log(`  ${i.code.padEnd(22)} ${i.path.join('.')}: ${i.message}`);
check('valid', validation.valid, false);
check('issues', validation.issues, [
  {
    code: 'INVALID_CLASS_CODE',
    path: ['report', 'exposures', 2, 'classCode'],
    message: 'must be a four-digit class code written as text (e.g. "8810"), got "174"',
    fieldCode: 'not_a_class_code',
  },
  {
    code: 'INVALID_FIELD',
    path: ['report', 'losses', 2, 'accidentDate'],
    message: 'must be a calendar date written YYYY-MM-DD, got "2026-13-01"',
    fieldCode: 'not_a_date',
  },
  {
    code: 'PREMIUM_MISMATCH',
    path: ['report', 'exposures', 1, 'premium'],
    message: 'premium 110.00 is off by over $0.01 from 60000.00 / 100 x 0.18 = 108',
  },
  {
    code: 'MISSING_CLASS_0174',
    path: ['report', 'exposures'],
    message: 'class 0174 (Special Compensation Fund) must be reported, even with zero premium',
  },
  {
    code: 'ACCIDENT_OUTSIDE_TERM',
    path: ['report', 'losses', 0, 'accidentDate'],
    message: 'accident date 2027-03-15 is outside the term 2026-03-15 to 2027-03-15 (expiration date excluded)',
  },
  {
    code: 'PAID_EXCEEDS_INCURRED',
    path: ['report', 'losses', 1, 'paid'],
    message: 'paid 900.00 exceeds incurred 850.00',
  },
]);

// 4. Fixing it after filing (USR-3, USR-4): accepted, class code and a claim change together.
const fix = correctionFor({ status: 'accepted', changes: ['class-code', 'loss'] });
console.log(`\nFix: ${fix.action} ${fix.indicator ?? ''} (${fix.reason})`);
check('correction indicator', [fix.action, fix.indicator], ['correction', 'M']);
check('rejected report', correctionFor({ status: 'rejected', changes: ['loss'] }).action, 'replacement');
// A class code and an exposure amount are both exposure data (USR-1): one kind, indicator E, not M.
check('class code and exposure', correctionFor({ status: 'accepted', changes: ['class-code', 'exposure'] }).indicator, 'E');
// Before 2026-01-01 manual rates carry 2 decimals (USR-7): a 2024 policy with a 3-decimal rate is an issue.
const old = validateUnitReport({
  report: {
    header: { policyNumber: 'WC-1001', effectiveDate: '2024-03-15', expirationDate: '2025-03-15', insuredName: 'Acme Tool Co.' },
    exposures: [
      { classCode: '8810', exposure: '250000', manualRate: '0.125', premium: '312.50' },
      { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' },
    ],
    losses: [],
  },
});
check(
  '3 decimals on a 2024 policy',
  old.issues.map((i) => [i.code, i.fieldCode, i.path.join('.')]),
  [['INVALID_FIELD', 'too_many_decimals', 'report.exposures.0.manualRate']],
);

summary();
