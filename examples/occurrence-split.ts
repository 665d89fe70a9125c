// Executable spec: a three-claimant fire at two affiliated insurers, two occupational disease
// claims, and the reimbursement worksheet. Exits non-zero if any figure differs.
// Run: npx tsup >/dev/null && node .ci/run-ts.mjs examples occurrence-split
import process from 'node:process';
import { type Claim, formatWorksheet, groupOccurrences, reimbursementDue, reimbursementRun, splitOccurrence } from 'wcra-calc';

function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) console.log(`  ok        ${label}: ${a}`);
  else {
    console.log(`  MISMATCH  ${label}: got ${a}, expected ${e}`);
    process.exitCode = 1;
  }
}

// The ACME holding company: two affiliated insurers, one retention level (RET-7).
const affiliateGroups = { 'ACME-INS': 'ACME', 'ACME-MUTUAL': 'ACME' };
const elections = [
  { memberId: 'ACME-INS', year: 2024, level: 'low' as const },
  { memberId: 'ACME-MUTUAL', year: 2024, level: 'low' as const },
  { memberId: 'ACME-INS', year: 2023, level: 'high' as const },
];
const fire = { occurrenceId: 'FIRE-2024-03', injuryDate: '2024-03-05', kind: 'injury' as const };
const silica = { occurrenceId: 'SILICA', injuryDate: '2023-11-20', kind: 'occupational-disease' as const };
const claims: Claim[] = [
  { ...fire, claimId: 'F1', memberId: 'ACME-INS', employeeId: 'E101', paid: '300000', incurred: '420000', reimbursed: '50000' },
  { ...fire, claimId: 'F2', memberId: 'ACME-INS', employeeId: 'E102', paid: '250000', incurred: '260000' },
  { ...fire, claimId: 'F3', memberId: 'ACME-MUTUAL', employeeId: 'E205', paid: '150000' },
  { ...silica, claimId: 'D1', memberId: 'ACME-INS', employeeId: 'E310', paid: '1150000.75' },
  { ...silica, claimId: 'D2', memberId: 'ACME-INS', employeeId: 'E311', paid: '640000' },
];

console.log('Occurrences (CLM-1, CLM-2, CLM-3)');
const grouped = groupOccurrences({ claims, affiliateGroups });
check(
  'occurrence keys',
  grouped.occurrences.map((o) => o.key),
  [
    'injury|group|ACME|FIRE-2024-03',
    'occupational-disease|member|ACME-INS|SILICA|E310',
    'occupational-disease|member|ACME-INS|SILICA|E311',
  ],
);
check('fire members', grouped.occurrences[0]?.memberIds, ['ACME-INS', 'ACME-MUTUAL']);

console.log('\nThe fire: one retention across the affiliates, split pro rata (RET-1, GEN-3)');
const fireSplit = splitOccurrence({ claims: claims.slice(0, 3), retention: '500000' }, { explain: true });
console.log(formatWorksheet(fireSplit.steps ?? []));
check('fire reimbursable', fireSplit.reimbursable, '200000.00');
check(
  'fire shares',
  fireSplit.shares.map((s) => s.reimbursable),
  ['85714.29', '71428.57', '42857.14'],
);
check(
  'fire retained',
  fireSplit.shares.map((s) => s.retained),
  ['214285.71', '178571.43', '107142.86'],
);
const fireDue = reimbursementDue({ paid: fireSplit.total, retention: '500000', reimbursed: '50000' }, { explain: true });
console.log(`\n${formatWorksheet(fireDue.steps ?? [])}`);
check('fire due', fireDue.due, '150000.00');

console.log('\nThe whole listing (CLM-8)');
const run = reimbursementRun({ claims, elections, affiliateGroups }, { asOf: '2025-01-15' });
for (const o of run.occurrences) {
  console.log(
    `  ${o.key.padEnd(52)} ${o.level.padEnd(5)} retention ${o.retention.padStart(11)}  paid ${o.total.padStart(11)}  due ${o.due.padStart(10)}  next window ${o.nextWindow?.start ?? '-'}`,
  );
}
check(
  'retentions (RET-4: injury year)',
  run.occurrences.map((o) => o.retention),
  ['500000.00', '1000000.00', '1000000.00'],
);
check(
  'disease claims: each employee its own retention (CLM-2)',
  run.occurrences.slice(1).map((o) => o.reimbursable),
  ['150000.75', '0.00'],
);
check(
  'must report (CLM-7)',
  run.occurrences.map((o) => o.reporting.mustReport),
  [true, true, true],
);
check(
  'windows (CLM-5: only with something to request)',
  run.occurrences.map((o) => o.nextWindow?.start ?? o.noRequestReason),
  ['2025-03-01', '2025-05-01', 'not-above-retention'],
);
check('totals', run.totals, { paid: '2490000.75', reimbursable: '350000.75', reimbursed: '50000.00', due: '300000.75', overpaid: '0.00' });

if (process.exitCode === 1) console.log('\nFAILED: a figure differs from this spec.');
else console.log('\nAll figures match.');
