import {
  applicableRetention,
  claimReportingStatus,
  escalatedRate,
  ppdAmount,
  presentValue,
  reimbursementDue,
  ttdRate,
  ultimateValue,
} from 'wcra-calc';
import { check, sheet, summary } from './lib/check.js';

/** Exact sum of two-decimal money strings, through integer cents (no float money). */
function sumMoney(amounts: ReadonlyArray<string>): string {
  const cents = amounts.reduce((acc, a) => acc + BigInt(a.replace('.', '')), 0n);
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

const injuryDate = '2022-12-05';
const today = '2026-12-03';
console.log(`# A claim injured on ${injuryDate}, valued on ${today}`);

// BEN-1: 2/3 of $1,650.00 = $1,100.00, between the minimum $262.55 and the maximum $1,312.74 in
// force from 2022-10-01; TTD lasts at most 130 weeks for an injury from 10/1/2008.
const ttd = ttdRate({ injuryDate, weeklyWage: '1650' }, { explain: true });
sheet('TTD rate (BEN-1)', ttd.steps);
const { steps: _ttdSteps, ...ttdFigures } = ttd;
check('TTD rate', ttdFigures, {
  weeklyWage: '1650.00',
  weeklyRate: '1100.00',
  maximum: '1312.74',
  minimum: '262.55',
  limitedBy: null,
  maxWeeks: 130,
});

// BEN-4: an injury from 10/1/2013 is first adjusted at its third anniversary, 2025-12-05, by the
// SAWW change announced for 2025-10-01 (3.72%), capped at 3%: $1,100.00 x 1.03 = $1,133.00. The
// next anniversary, 2026-12-05, is after today.
const escalation = escalatedRate({ injuryDate, rate: ttd.weeklyRate, asOf: today }, { explain: true });
sheet('Escalation to today (BEN-4)', escalation.steps);
check('adjustments', escalation.adjustments, [{ date: '2025-12-05', announced: '0.0372', applied: '0.03', rate: '1133.00' }]);
check('rate in force today', escalation.rate, '1133.00');

// BEN-6, BEN-5: ratings of 12% and 8% combine to 12 + 8 x (1 - 0.12) = 19.04%, in the band
// 15.5 to less than 20.5 of the 10/1/2018-9/30/2023 schedule ($94,500): 19.04% x 94,500 = $17,992.80.
const ppd = ppdAmount({ injuryDate, ratings: ['12', '8'] }, { explain: true });
sheet('PPD award (BEN-6, BEN-5)', ppd.steps);
const { steps: _ppdSteps, ...ppdFigures } = ppd;
check('PPD award', ppdFigures, {
  combinedRating: '19.04',
  payableRating: '19.04',
  schedule: '2018-10-01/2023-09-30',
  band: { from: '15.5', to: '20.5', amount: '94500.00' },
  amount: '17992.80',
});

// BEN-7: the award paid at the TTD rate is 16 weekly payments of $1,100.00 and $392.80 a week
// after the last; discounted at 5% a year (the weekly rate 1.05^(1/52) - 1), the first payment at
// once, its lump sum is $17,863.69 (DLI's 5% cap is not exceeded).
const lumpSum = presentValue({ weeklyRate: ttd.weeklyRate, discountRate: '0.05', award: ppd.amount }, { explain: true });
sheet('PPD lump sum (BEN-7)', lumpSum.steps);
const { steps: _pvSteps, ...lumpSumFigures } = lumpSum;
check('PPD lump sum', lumpSumFigures, {
  payments: { count: 16, amount: '1100.00', last: '392.80' },
  presentValue: '17863.69',
  aboveLumpSumCap: false,
});

// BEN-8: still to pay, 10 more years of indemnity at today's rate ($1,133.00 x 52 = $58,916.00 a
// year, escalated 2.7% a year: the WCRA's indemnity case-reserve rate for an injury on or after
// 10/1/2013: the tenth year is 58,916 x 1.027^9 = $74,880.24, the total $666,148.51) and 10 years
// of medical at $25,000.00 a year (escalated 4.5%: $307,205.23).
const indemnity = ultimateValue({ weeklyRate: escalation.rate, years: '10', injuryDate, kind: 'indemnity' }, { explain: true });
sheet('Ultimate value of the indemnity (BEN-8)', indemnity.steps);
check('indemnity escalation', indemnity.escalationRate, '0.027');
check(
  'indemnity first and last years',
  [indemnity.years[0], indemnity.years.at(-1)],
  [
    { year: 1, amount: '58916.00' },
    { year: 10, amount: '74880.24' },
  ],
);
check('indemnity ultimate value', indemnity.ultimateValue, '666148.51');
const medical = ultimateValue({ annualPayment: '25000', years: '10', injuryDate, kind: 'medical' });
check('medical escalation', medical.escalationRate, '0.045');
check('medical ultimate value', medical.ultimateValue, '307205.23');

// The total incurred: TTD paid (130 weeks x $1,100.00 = $143,000.00), medical paid to date
// ($42,400.00, from the claim file), the PPD award and the two ultimate values.
const ttdPaid = '143000.00';
const medicalPaid = '42400.00';
const incurred = sumMoney([ttdPaid, medicalPaid, ppd.amount, indemnity.ultimateValue, medical.ultimateValue]);
check('total incurred', incurred, '1176746.54');

// RET-4: the member elected the low retention for 2022, $500,000.00 (RET-2), the one in force on
// the date of injury.
const retention = applicableRetention({ injuryDate, elections: [{ year: 2022, level: 'low' }] }, { explain: true });
sheet('Retention in force on the date of injury (RET-4)', retention.steps);
check('retention', [retention.level, retention.limit], ['low', '500000.00']);

// CLM-7: report when the total incurred exceeds the lesser of 50% of the retention ($250,000.00)
// and $1,000,000.00.
const reporting = claimReportingStatus({ incurred, retention: retention.limit }, { explain: true });
sheet('Must the claim be reported? (CLM-7)', reporting.steps);
check('reporting', [reporting.mustReport, reporting.reasons, reporting.threshold], [true, ['over-threshold'], '250000.00']);

// CLM-6: once all of it is paid, the WCRA reimburses what exceeds the retention:
// $1,176,746.54 - $500,000.00 = $676,746.54.
const expected = reimbursementDue({ paid: incurred, retention: retention.limit }, { explain: true });
sheet('Reimbursement expected above the retention (CLM-6)', expected.steps);
check('expected reimbursement', [expected.excess, expected.due, expected.overpaid], ['676746.54', '676746.54', '0.00']);

summary();
