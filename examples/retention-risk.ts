// Retention choice under uncertainty: a self-insurer compares the four WCRA retention levels of
// 2025 with a frequency and severity model (RET-12, RET-1, RET-2, RET-10, RET-11, PRM-1, PRM-2,
// PRM-6) and prints a table per level. Exits non-zero if any figure differs from the figures
// written below.
//
// The severity is NOT Minnesota data. It is a Pareto II (Lomax) with shape 1.98 and scale
// $100,000, fitted to a published illustration: the NCCI 2014 excess-loss-factor sample for an
// NCCI state (Corro and Tseng, Variance 14(1), 2021), where about 17% of loss dollars lie above
// $500,000 per occurrence, 10% above $1,000,000 and 2% above $5,000,000. This Pareto gives
// (100,000 / (R + 100,000))^0.98 = 17.3%, 9.5% and 2.1%. Its variance is infinite (shape < 2):
// the mean of what the member keeps exists at every level, the gross tail does not settle.
import process from 'node:process';
import { formatWorksheet, retentionRiskProfile } from 'wcra-calc';

function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    console.log(`MISMATCH ${label}: got ${a}, expected ${e}`);
    process.exitCode = 1;
  }
}

function money(value: string): string {
  const negative = value.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? value.slice(1) : value).split('.');
  return `${negative ? '-' : ''}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

// The member: a self-insurer with a 2025 exposure base of $3,200,000, about 30 occurrences a year
// (Poisson), net worth $30,000,000 and total assets $250,000,000.
const member = {
  year: 2025,
  exposure: '3200000',
  memberType: 'self-insurer',
  frequency: { kind: 'poisson', mean: '30' },
  severity: { kind: 'pareto', shape: '1.98', scale: '100000' },
  netWorth: '30000000',
  totalAssets: '250000000',
} as const;

const profile = retentionRiskProfile(member, { seed: 2025, explain: true });

console.log('WCRA retention levels, 2025, self-insurer: expected cost and tail risk (100,000 simulated years, seed 2025)');
console.log(`Severity mean per occurrence ${money(profile.severityMean)}; expected gross loss per year ${money(profile.expectedGross)}\n`);
for (const l of profile.levels) {
  console.log(
    `${l.level.toUpperCase()}  limit ${money(l.limit)}  ${l.allowedByNetWorth ? 'open to the member (RET-11)' : `NOT open: ${l.netWorthReason}`}`,
  );
  const rows: Array<[string, string]> = [
    ['Premium + 2% tax', money(l.total)],
    ['E[min(X, limit)] per occurrence', money(l.perOccurrence.limitedExpectedValue)],
    ['Expected retained per year', money(l.expectedRetained)],
    ['Expected ceded to the WCRA per year', money(l.expectedCeded)],
    ['Expected total cost', money(l.expectedTotalCost)],
    ['  vs low', money(l.versusLow.expectedTotalCost)],
    ['P(an occurrence pierces the limit)', l.probabilityPierced],
    ['Simulated mean retained (SE)', `${money(l.retained.mean)} (${Number(l.standardErrors.retained).toFixed(2)})`],
    ['Total cost VaR 99%', money(l.totalCost.var['0.99'] as string)],
    ['Total cost TVaR 99%', money(l.totalCost.tvar['0.99'] as string)],
    ['Total cost TVaR 99.5%', money(l.totalCost.tvar['0.995'] as string)],
  ];
  for (const [label, value] of rows) console.log(`  ${label.padEnd(38)}${value.padStart(18)}`);
  console.log('');
}

const expected = { severityMean: '102040.82', expectedGross: '3061224.49' };
check('severity mean', profile.severityMean, expected.severityMean);
check('expected gross', profile.expectedGross, expected.expectedGross);
const figures = profile.levels.map((l) => ({
  level: l.level,
  total: l.total,
  lev: l.perOccurrence.limitedExpectedValue,
  expectedRetained: l.expectedRetained,
  expectedTotalCost: l.expectedTotalCost,
  allowed: l.allowedByNetWorth,
  pierced: l.probabilityPierced,
  mean: l.retained.mean,
  var99: l.totalCost.var['0.99'],
  tvar99: l.totalCost.tvar['0.99'],
}));
const written = [
  {
    level: 'low',
    total: '246432.00',
    lev: '84413.52',
    expectedRetained: '2532405.61',
    expectedTotalCost: '2778837.61',
    allowed: true,
    pierced: '0.57856',
    mean: '2534327.40',
    var99: '4816645.19',
    tvar99: '5178522.51',
  },
  {
    level: 'high',
    total: '146880.00',
    lev: '92308.66',
    expectedRetained: '2769259.79',
    expectedTotalCost: '2916139.79',
    allowed: true,
    pierced: '0.22791',
    mean: '2771321.71',
    var99: '5609767.33',
    tvar99: '6088888.04',
  },
  {
    level: 'super',
    total: '73440.00',
    lev: '96876.66',
    expectedRetained: '2906299.93',
    expectedTotalCost: '2979739.93',
    allowed: true,
    pierced: '0.07005',
    mean: '2908021.02',
    var99: '6418108.78',
    tvar99: '7112556.87',
  },
  {
    level: 'jumbo',
    total: '35904.00',
    lev: '99876.33',
    expectedRetained: '2996289.85',
    expectedTotalCost: '3032193.85',
    allowed: false,
    pierced: '0.01294',
    mean: '2999076.81',
    var99: '7879686.67',
    tvar99: '9005297.43',
  },
];
figures.forEach((f, i) => {
  check(`${f.level} figures`, f, written[i]);
});

// The worksheet of the high level: rate, premium, tax, closed-form figures, against low, RET-11.
const steps = profile.steps ?? [];
const from = steps.findIndex((s) => s.description.startsWith('high:'));
const to = steps.findIndex((s) => s.description.startsWith('super:'));
const high = steps.slice(from, to).filter((s) => !s.description.includes('simulated'));
const sheet = formatWorksheet(high);
console.log('Worksheet, high retention:\n');
console.log(sheet);
check('high worksheet total cost line', sheet.includes('Expected total cost (high)') && sheet.includes('$2,916,139.79'), true);

if (process.exitCode === 1) console.log('\nFAILED: some figures differ from the written ones.');
else console.log('\nAll figures match.');
