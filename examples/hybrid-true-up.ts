// A self-insurer hybrid's year, end to end (SI-3, SI-4, SI-6, SI-7, PRM-3, PRM-6, PRM-7):
// estimated and audited payroll by class, its experience mod computed on estimated payroll and
// trued up on audited payroll, the annual adjustment with Minnesota premium tax, and then three
// years without sufficient data: the fallback mod and the notification.
//
// Every figure printed is checked against the figure written here; the script exits non-zero
// (and prints MISMATCH) if any differs. Split point, weight, ballast and expected losses are
// illustrations: the rating bureau publishes the real ones every year.
import process from 'node:process';
import { experienceMod, fallbackExperienceMod, formatWorksheet, hybridTrueUp, splitLoss } from 'wcra-calc';

function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) {
    console.log(`ok        ${label}: ${a}`);
  } else {
    console.log(`MISMATCH  ${label}: got ${a}, expected ${e}`);
    process.exitCode = 1;
  }
}

function heading(text: string): void {
  console.log(`\n${text}\n${'='.repeat(text.length)}`);
}

// --- The hybrid's payroll for coverage year 2025 -------------------------------------------
const estimatedPayroll = [
  { classCode: '8810', amount: '40000000' },
  { classCode: '9101', amount: '10000000' },
  { classCode: '7380', amount: '6000000' },
];
const auditedPayroll = [
  { classCode: '8810', amount: '41200000' },
  { classCode: '9101', amount: '11500000' },
  { classCode: '7380', amount: '6000000' },
];
const pureRates = [
  { classCode: '8810', rate: '0.15' },
  { classCode: '9101', rate: '2.50' },
  { classCode: '7380', rate: '4.125' },
];

// --- SI-7: the losses split at the split point ---------------------------------------------
heading('Losses split into primary and excess (SI-7)');
const splitPoint = '18500';
const claims = ['42000', '9000', '120000', '2500'];
const parts = claims.map((loss) => splitLoss({ loss, splitPoint }));
check(
  'primary parts',
  parts.map((p) => p.primary),
  ['18500.00', '9000.00', '18500.00', '2500.00'],
);
check(
  'excess parts',
  parts.map((p) => p.excess),
  ['23500.00', '0.00', '101500.00', '0.00'],
);
const actualPrimary = '48500'; // 18,500 + 9,000 + 18,500 + 2,500
const actualExcess = '125000'; // 23,500 + 101,500

// --- SI-4: the mod on estimated payroll, then trued up on audited payroll -------------------
heading('Experience mod: estimated, then trued up (SI-4, SI-7)');
const common = { actualPrimary, actualExcess, weight: '0.25', ballast: '70000' };
// Expected losses follow payroll: the estimate uses estimated payroll, the true-up audited payroll.
const estimatedModResult = experienceMod({ ...common, expectedLosses: '260000', expectedExcess: '182000' }, { explain: true });
const finalModResult = experienceMod({ ...common, expectedLosses: '275000', expectedExcess: '192500' }, { explain: true });
console.log(formatWorksheet(estimatedModResult.steps ?? []));
console.log();
console.log(formatWorksheet(finalModResult.steps ?? []));
check('estimated mod: 286,250 / 330,000 = 0.8674', estimatedModResult.mod, '0.87');
check('final mod: 294,125 / 345,000 = 0.8525', finalModResult.mod, '0.85');

// --- SI-3, PRM-7: the true-up with tax ------------------------------------------------------
heading('Hybrid true-up, coverage year 2025, low retention (SI-3, PRM-3, PRM-6, PRM-7)');
const trueUp = hybridTrueUp(
  {
    coverageYear: 2025,
    level: 'low',
    estimatedPayroll,
    auditedPayroll,
    pureRates,
    estimatedMod: estimatedModResult.mod,
    finalMod: finalModResult.mod,
  },
  { explain: true },
);
console.log(formatWorksheet(trueUp.steps ?? []));
console.log();
check('estimated exposure: 557,500 x 0.87', trueUp.estimatedExposure, '485025.00');
check('actual exposure: 596,800 x 0.85', trueUp.actualExposure, '507280.00');
check('rate 2025 low', trueUp.rate, '0.0755');
check('estimated premium: 36,619.3875', trueUp.estimatedPremium, '36619.39');
check('actual premium: 38,299.64', trueUp.actualPremium, '38299.64');
check('adjustment (additional premium)', [trueUp.adjustment, trueUp.kind], ['1680.25', 'additional']);
check('premium tax: 2% of 1,680.25 = 33.605, half-up', trueUp.tax, '33.61');
check('total billed', trueUp.total, '1713.86');
check(
  'classes needing an explanation (10% default threshold)',
  trueUp.variances.rows.filter((r) => r.needsExplanation).map((r) => [r.classCode, r.change]),
  [['9101', '0.15']],
);

// --- SI-6: three years without sufficient data ----------------------------------------------
heading('Fallback mod: three consecutive years without sufficient data (SI-6)');
const years = [2026, 2027, 2028];
const fallback = years.map((_, i) =>
  fallbackExperienceMod({ priorMod: finalModResult.mod, consecutiveYears: i + 1, sector: 'private' }, { explain: true }),
);
console.log(formatWorksheet(fallback[2]?.steps ?? []));
console.log();
for (const [i, year] of years.entries()) console.log(`  ${year}: mod ${fallback[i]?.mod}, notify ${fallback[i]?.notify ?? '-'}`);
check(
  'fallback mods 2026-2028',
  fallback.map((f) => f.mod),
  ['1.05', '1.10', '1.15'],
);
check(
  'notification',
  fallback.map((f) => f.notify),
  [null, null, 'department-of-commerce'],
);

if (process.exitCode === 1) console.log('\nSome figures differ from the figures written in this file.');
else console.log('\nAll figures match.');
