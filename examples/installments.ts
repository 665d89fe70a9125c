// A quarterly self-insurer bill with Minnesota premium tax, printed as the four invoices
// (PRM-1, PRM-2, PRM-6, BIL-2, BIL-3, GEN-3). Exits non-zero if any figure differs from the
// figure written here.
//
// A self-insured member at the low retention, coverage year 2024 (rate 7.90%), estimated
// exposure $3,456,789.12, paying in four quarterly installments.
import process from 'node:process';
import { formatWorksheet, installmentSchedule, paymentPlanFromFirstPayment, reinsurancePremium } from 'wcra-calc';

let mismatches = 0;
function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return;
  mismatches++;
  process.exitCode = 1;
  console.log(`MISMATCH ${label}: got ${a}, expected ${e}`);
}

// 1. The premium, with the 2% premium tax added for a self-insurer (PRM-6).
const premium = reinsurancePremium({ exposure: '3456789.12', year: 2024, level: 'low', memberType: 'self-insurer' }, { explain: true });
console.log('Estimated 2024 reinsurance premium (billed December 2023)\n');
console.log(formatWorksheet(premium.steps ?? []));
check('rate', premium.rate, '0.079');
check('premium', premium.premium, '273086.34'); // 3,456,789.12 x 7.90% = 273,086.34048
check('tax', premium.tax, '5461.73'); // 273,086.34 x 2% = 5,461.7268
check('total', premium.total, '278548.07');

// 2. The four invoices: the total split by GEN-3 (leftover cents to the earliest installments),
//    due February 1, April 1, July 1, October 1, invoiced 20 days before (BIL-2, BIL-3).
const { installments } = installmentSchedule({ coverageYear: 2024, amount: premium.total, plan: 'quarterly' });
console.log('\nInvoices\n');
console.log('  No.  Invoice date  Due date          Amount');
for (const i of installments) {
  console.log(`  ${String(i.number).padEnd(3)}  ${i.invoiceDate}    ${i.dueDate}  ${i.amount.padStart(12)}`);
}
check('installments', installments, [
  { number: 1, dueDate: '2024-02-01', invoiceDate: '2024-01-12', amount: '69637.02' },
  { number: 2, dueDate: '2024-04-01', invoiceDate: '2024-03-12', amount: '69637.02' },
  { number: 3, dueDate: '2024-07-01', invoiceDate: '2024-06-11', amount: '69637.02' },
  { number: 4, dueDate: '2024-10-01', invoiceDate: '2024-09-11', amount: '69637.01' },
]);
// The invoices add up to the bill, to the cent (sum in integer cents, never floats).
const sumCents = installments.reduce((s, i) => s + BigInt(i.amount.replace('.', '')), 0n);
check('sum of installments (cents)', String(sumCents), '27854807');
console.log(`  ${'Total'.padEnd(33)}${premium.total.padStart(12)}`);

// 3. The member pays the first installment on time: the WCRA reads the plan from it (BIL-2).
const plan = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: premium.total, firstPayment: '69637.02' });
check('detected plan', plan.plan, 'quarterly');
check(
  'remaining',
  plan.remaining.map((i) => i.amount),
  ['69637.02', '69637.02', '69637.01'],
);

console.log(mismatches === 0 ? '\nAll figures match.' : `\n${mismatches} figure(s) differ.`);
