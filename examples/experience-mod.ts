import { expectedLosses, experienceModWorksheet, fallbackExperienceMod, limitLosses, splitLoss } from 'wcra-calc';
import { check, sheet, summary } from './lib/check.js';

// ---------------------------------------------------------------------------------------------
// Rating year 2023: computed. Limitation $242,500 a claim, $485,000 an accident (SI-9).
// ---------------------------------------------------------------------------------------------
console.log("# Rating year 2023: the mod from the member's data");

const claims2023 = [
  { claimId: 'c1', accidentId: 'A1', incurred: '300000' },
  { claimId: 'c2', accidentId: 'A1', incurred: '250000' },
  { claimId: 'c3', accidentId: 'A1', incurred: '40000' },
  { claimId: 'c4', incurred: '15000' },
  { claimId: 'c5', incurred: '8000' },
];
// SI-9: c1 and c2 to 242,500 each; accident A1 242,500 + 242,500 + 40,000 = 525,000 > 485,000:
// the 40,000 reduction shared 242,500 : 242,500 : 40,000 (GEN-3) = 18,476.19 / 18,476.19 / 3,047.62.
const limited2023 = limitLosses({ ratingYear: 2023, claims: claims2023 }, { explain: true });
sheet('2023 loss limitation (SI-9, GEN-3)', limited2023.steps);
check(
  '2023 limited losses',
  limited2023.claims.map((c) => c.limited),
  ['224023.81', '224023.81', '36952.38', '15000.00', '8000.00'],
);
check('2023 limited total', limited2023.total, '508000.00');

// SI-10: each limited claim split at the (hypothetical) $18,500 split point.
check(
  '2023 primary parts',
  limited2023.claims.map((c) => splitLoss({ loss: c.limited, splitPoint: '18500' }).primary),
  ['18500.00', '18500.00', '18500.00', '15000.00', '8000.00'],
);

// SI-10: 8810 200,000 x 0.13 = 26,000 (x 0.4 = 10,400); 5403 100,000 x 3.22 = 322,000
// (x 0.33 = 106,260); E 348,000, Ep 116,660, Ee 231,340. Rating year 2023 is before 2026, so the
// rates carry 2 decimals (USR-7): a 3-decimal rate such as 0.125 is refused for it.
const payroll2023 = [
  { classCode: '8810', amount: '20000000' },
  { classCode: '5403', amount: '10000000' },
];
const rates2023 = [
  { classCode: '8810', expectedLossRate: '0.13', dRatio: '0.4' },
  { classCode: '5403', expectedLossRate: '3.22', dRatio: '0.33' },
];
const expected2023 = expectedLosses({ payroll: payroll2023, rates: rates2023, ratingYear: 2023 });
check(
  '2023 expected losses',
  [expected2023.expected, expected2023.expectedPrimary, expected2023.expectedExcess],
  ['348000.00', '116660.00', '231340.00'],
);

// SI-7: (78,500 + 0.25 x 429,500 + 0.75 x 231,340 + 60,000) / (348,000 + 60,000)
//     = (78,500 + 107,375 + 173,505 + 60,000) / 408,000 = 419,380 / 408,000 = 1.0279 -> 1.03
const mod2023 = experienceModWorksheet(
  {
    ratingYear: 2023,
    claims: claims2023,
    payroll: payroll2023,
    rates: rates2023,
    splitPoint: '18500',
    weighting: '0.25',
    ballast: '60000',
  },
  { explain: true },
);
sheet('2023 experience mod worksheet (SI-9, SI-10, SI-7)', mod2023.steps);
const { steps: _s2023, ...figures2023 } = mod2023;
check('2023 worksheet', figures2023, {
  actualPrimary: '78500.00',
  actualExcess: '429500.00',
  expected: '348000.00',
  expectedPrimary: '116660.00',
  expectedExcess: '231340.00',
  weighting: '0.25',
  ballast: '60000.00',
  mod: '1.03',
});

// ---------------------------------------------------------------------------------------------
// Rating years 2024 and 2025: the data is missing (SI-6), from the 2023 mod.
// ---------------------------------------------------------------------------------------------
console.log('\n# Rating years 2024 and 2025: no sufficient data');

// 2024: max(1.05, 1.03 + 0.05) = 1.08; 2025: + 0.05 = 1.13; nobody notified before year 3.
const mod2024 = fallbackExperienceMod({ priorMod: mod2023.mod, consecutiveYears: 1, sector: 'private' }, { explain: true });
sheet('2024 fallback mod (SI-6)', mod2024.steps);
check('2024 fallback mod', [mod2024.mod, mod2024.notify], ['1.08', null]);
const mod2025 = fallbackExperienceMod({ priorMod: mod2023.mod, consecutiveYears: 2, sector: 'private' }, { explain: true });
sheet('2025 fallback mod (SI-6)', mod2025.steps);
check('2025 fallback mod', [mod2025.mod, mod2025.notify], ['1.13', null]);

// ---------------------------------------------------------------------------------------------
// Rating year 2026: computed again. Accident limitation $269,000 (SI-9); the single-claim
// figure is not in the sources: $150,000 here, supplied in options.limitations.
// ---------------------------------------------------------------------------------------------
console.log("\n# Rating year 2026: the mod from the member's data again");

// SI-9: c1 to 150,000; accident A9 150,000 + 120,000 = 270,000 > 269,000: the 1,000 reduction
// shared 150,000 : 120,000 = 555.56 / 444.44 -> 149,444.44 and 119,555.56; c3 6,000.
// SI-10 at a $20,000 split point: Ap 20,000 + 20,000 + 6,000 = 46,000; Ae 129,444.44 + 99,555.56 = 229,000.
// E: 8810 210,000 x 0.118 = 24,780 (x 0.41 = 10,159.80); 5403 95,000 x 3.105 = 294,975
// (x 0.35 = 103,241.25); E 319,755, Ep 113,401.05, Ee 206,353.95.
// SI-7: (46,000 + 0.22 x 229,000 + 0.78 x 206,353.95 + 58,000) / (319,755 + 58,000)
//     = 315,336.081 / 377,755 = 0.8348 -> 0.83
const mod2026 = experienceModWorksheet(
  {
    ratingYear: 2026,
    claims: [
      { claimId: 'c1', accidentId: 'A9', incurred: '180000' },
      { claimId: 'c2', accidentId: 'A9', incurred: '120000' },
      { claimId: 'c3', incurred: '6000' },
    ],
    payroll: [
      { classCode: '8810', amount: '21000000' },
      { classCode: '5403', amount: '9500000' },
    ],
    rates: [
      { classCode: '8810', expectedLossRate: '0.118', dRatio: '0.41' },
      { classCode: '5403', expectedLossRate: '3.105', dRatio: '0.35' },
    ],
    splitPoint: '20000',
    weighting: '0.22',
    ballast: '58000',
  },
  { explain: true, limitations: [{ year: 2026, singleClaim: '150000', source: 'hypothetical single-claim figure' }] },
);
sheet('2026 experience mod worksheet (SI-9, SI-10, SI-7)', mod2026.steps);
const { steps: _s2026, ...figures2026 } = mod2026;
check('2026 worksheet', figures2026, {
  actualPrimary: '46000.00',
  actualExcess: '229000.00',
  expected: '319755.00',
  expectedPrimary: '113401.05',
  expectedExcess: '206353.95',
  weighting: '0.22',
  ballast: '58000.00',
  mod: '0.83',
});

check('mods 2023-2026', [mod2023.mod, mod2024.mod, mod2025.mod, mod2026.mod], ['1.03', '1.08', '1.13', '0.83']);
summary();
