// Retention choice for a sample member: compares the four WCRA retention levels of 2025 for a
// self-insurer (RET-10, RET-1, PRM-1, PRM-2, PRM-6) and prints a table. A historical what-if on
// the member's own loss history, not a forecast. Exits non-zero if any figure differs from the
// figures written below.
import process from 'node:process';
import { compareRetentionLevels, formatWorksheet, reinsurancePurchaseAllowed, resolveRetentionElection } from 'wcra-calc';

function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    console.log(`MISMATCH ${label}: got ${a}, expected ${e}`);
    process.exitCode = 1;
  }
}

function money(value: string): string {
  const [whole = '0', cents = '00'] = value.split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** `"0.0755"` -> `7.55%` by moving the decimal point in the string (no float). */
function percent(rate: string): string {
  const [whole = '0', frac = ''] = rate.split('.');
  const digits = frac.padEnd(4, '0');
  return `${Number(whole) * 100 + Number(digits.slice(0, 2))}.${digits.slice(2)}%`;
}

// The sample member: a self-insurer with a 2025 exposure base of $3,200,000 and four
// occurrences in its history (each the occurrence's total statutory loss).
const member = {
  year: 2025,
  exposure: '3200000',
  occurrenceLosses: ['275000.00', '820000.50', '2600000.00', '45000.00'],
  memberType: 'self-insurer',
} as const;

const comparison = compareRetentionLevels(member, { explain: true });

const header = ['Level', 'Limit', 'Rate', 'Premium', 'Tax (2%)', 'Retained', 'Reimbursed', 'Net cost', 'Added / occ.'];
const rows = comparison.options.map((o) => [
  o.level,
  money(o.limit),
  percent(o.rate),
  money(o.premium),
  money(o.tax),
  money(o.retainedLosses),
  money(o.reimbursedLosses),
  money(o.netCost),
  money(o.addedLiabilityPerOccurrence),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: ReadonlyArray<string>): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log('WCRA retention levels, coverage year 2025, self-insurer (historical what-if, not a forecast)');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const expected = [
  ['low', '500000.00', '0.0755', '241600.00', '4832.00', '1320000.00', '2420000.50', '1566432.00', '0.00'],
  ['high', '1000000.00', '0.045', '144000.00', '2880.00', '2140000.50', '1600000.00', '2286880.50', '500000.00'],
  ['super', '2000000.00', '0.0225', '72000.00', '1440.00', '3140000.50', '600000.00', '3213440.50', '1500000.00'],
  ['jumbo', '5000000.00', '0.011', '35200.00', '704.00', '3740000.50', '0.00', '3775904.50', '4500000.00'],
];
comparison.options.forEach((o, i) => {
  check(
    `${o.level} figures`,
    [o.level, o.limit, o.rate, o.premium, o.tax, o.retainedLosses, o.reimbursedLosses, o.netCost, o.addedLiabilityPerOccurrence],
    expected[i],
  );
});
check('levels compared', comparison.options.length, 4);

// The worksheet of the high level: rate, premium, tax, retained, reimbursed, net cost, added liability.
console.log('\nWorksheet, high retention:\n');
const highSteps = (comparison.steps ?? []).filter((s) => s.description.startsWith('high:') || s.description.includes('the high retention'));
console.log(formatWorksheet(highSteps));
check('high worksheet net cost line', formatWorksheet(highSteps).includes('$2,286,880.50'), true);

// Electing the high level for 2025: a self-insurer needs Commerce approval (RET-6), by December 1, 2024 (RET-5).
const election = resolveRetentionElection({
  coverageYear: 2025,
  memberType: 'self-insurer',
  currentLevel: 'low',
  request: { level: 'high', submittedOn: '2024-11-20', commerceApproved: true },
});
console.log(`\nElection for 2025: ${election.outcome} -> ${election.level}. ${election.reason}`);
check('election', [election.outcome, election.level], ['changed', 'high']);

// At the high level, other reinsurance below the retention needs a § 79.34 subd. 2 exception (RET-9).
const purchase = reinsurancePurchaseAllowed({ level: 'high', memberType: 'self-insurer', exception: 'aggregate-stop-loss' });
console.log(`Aggregate stop-loss cover at the high level: ${purchase.allowed ? 'allowed' : 'prohibited'}. ${purchase.reason}`);
check('stop-loss allowed', purchase.allowed, true);

if (process.exitCode === 1) console.log('\nFAILED: some figures differ from the written ones.');
else console.log('\nAll figures match.');
