// Issue 13 item 9: the figures moved into src/rules/ (CLM-7 days, SI-6 fallback, USR-2 reports,
// RET-2/RET-3 first years and multiples): each value, its years and source, frozen, and read by
// the calculators (the public constants are the figures' values, the results follow them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADJUSTMENT_DUE_DATE,
  BILLING_CALENDAR_MONTHS,
  billingCalendar,
  CATASTROPHIC_REPORTING_DAYS,
  CATASTROPHIC_REPORTING_DAYS_FIGURE,
  claimReportingStatus,
  DEFAULT_UNIT_STAT_REPORTS,
  FALLBACK_MOD_FIGURES,
  FALLBACK_MOD_FLOOR,
  FALLBACK_MOD_STEP,
  FALLBACK_NOTIFY_FROM_YEAR,
  FIRST_FIXED_LEVELS_YEAR,
  FIRST_JUMBO_YEAR,
  FIRST_SUPER_YEAR,
  fallbackExperienceMod,
  INSTALLMENT_DUE_DATES,
  installmentSchedule,
  MAX_UNIT_STAT_REPORTS,
  PPD_LUMP_SUM_MAX_DISCOUNT,
  PPD_LUMP_SUM_MAX_DISCOUNT_FIGURE,
  RETENTION_ELECTION_DEADLINE,
  RETENTION_LEVEL_FIGURES,
  RETENTION_TABLE,
  retentionLimits,
  TPD_MAX_DAYS_AFTER_INJURY,
  TPD_MAX_DAYS_AFTER_INJURY_FIGURE,
  UNIT_STAT_REPORTS_FIGURE,
  unitStatSchedule,
} from '../../src/index.js';
import { RULE_IDS } from '../../src/rules/ids.js';
import { listFiles } from '../docs/snippets.js';
import { expectIssues } from '../helpers.js';

const L = RETENTION_LEVEL_FIGURES;

/** Every figure with what it must hold: [figure, value, rule, fromYear, toYear, published, a word of its source]. */
const EXPECTED = [
  [CATASTROPHIC_REPORTING_DAYS_FIGURE, 10, 'CLM-7', null, null, true, 'CLM-7'],
  [FALLBACK_MOD_FIGURES.floor, '1.05', 'SI-6', null, null, true, 'seed 001'],
  [FALLBACK_MOD_FIGURES.step, '0.05', 'SI-6', null, null, true, 'seed 001'],
  [FALLBACK_MOD_FIGURES.notifyFromYear, 3, 'SI-6', null, null, true, 'seed 001'],
  [UNIT_STAT_REPORTS_FIGURE, 10, 'USR-2', null, null, false, 'library default'],
  [L.firstFixedLevelsYear, 2016, 'RET-2', 2016, null, true, 'seed 003'],
  [L.firstSuperYear, 1996, 'RET-3', 1996, null, true, 'seed 003'],
  [L.firstJumboYear, 2018, 'RET-2', 2018, null, true, 'rate table'],
  [L.highMultiple, '2', 'RET-2', 1996, null, true, 'seed 003'],
  [L.superMultiple, '4', 'RET-2', 1996, null, true, 'seed 003'],
  [L.jumboMultiple, '10', 'RET-2', 2018, null, true, 'seed 003'],
  [L.twoLevelHighSpread, '200000', 'RET-3', null, 1995, true, 'seed 003'],
  [TPD_MAX_DAYS_AFTER_INJURY_FIGURE, 3150, 'BEN-2', 1992, null, true, 'BEN-2'],
  [PPD_LUMP_SUM_MAX_DISCOUNT_FIGURE, '0.05', 'BEN-7', null, null, true, 'BEN-7'],
  [RETENTION_ELECTION_DEADLINE, { month: 12, day: 1, yearOffset: -1 }, 'RET-5', null, null, true, 'seed 003'],
  [ADJUSTMENT_DUE_DATE, { month: 10, day: 1, yearOffset: 1 }, 'PRM-8', null, null, true, 'seed 002'],
  [BILLING_CALENDAR_MONTHS.estimateBilled, { fromMonth: 12, toMonth: 12, yearOffset: -1 }, 'BIL-1', null, null, true, 'seed 002'],
  [BILLING_CALENDAR_MONTHS.adjustmentComputed, { fromMonth: 5, toMonth: 7, yearOffset: 1 }, 'BIL-6', null, null, true, 'seed 002'],
  [BILLING_CALENDAR_MONTHS.adjustmentBilled, { fromMonth: 8, toMonth: 8, yearOffset: 1 }, 'BIL-6', null, null, true, 'seed 002'],
  [BILLING_CALENDAR_MONTHS.adjustmentStatement, { fromMonth: 9, toMonth: 9, yearOffset: 1 }, 'BIL-6', null, null, true, 'seed 002'],
  [
    INSTALLMENT_DUE_DATES,
    [
      { month: 2, day: 1, yearOffset: 0 },
      { month: 4, day: 1, yearOffset: 0 },
      { month: 7, day: 1, yearOffset: 0 },
      { month: 10, day: 1, yearOffset: 0 },
    ],
    'BIL-2',
    null,
    null,
    true,
    'seed 002',
  ],
] as const;

describe('dated figures moved into src/rules/ (issue 13 item 9)', () => {
  it.each(EXPECTED)(
    'CLM-7 SI-6 USR-2 RET-2 RET-3 %o: value, rule, years, source, frozen',
    (f, value, rule, from, to, published, source) => {
      expect(f).toStrictEqual({ value, rule, fromYear: from, toYear: to, published, source: f.source });
      expect(RULE_IDS).toContain(f.rule);
      expect(f.source).toContain(source);
      expect(f.source).toContain(`RULES.md ${rule}`);
      expect(Object.isFrozen(f)).toBe(true);
      expect(() => {
        (f as { value: unknown }).value = 0;
      }).toThrow(TypeError);
    },
  );

  it('the figure groups are frozen too', () => {
    expect(Object.isFrozen(FALLBACK_MOD_FIGURES)).toBe(true);
    expect(Object.isFrozen(RETENTION_LEVEL_FIGURES)).toBe(true);
    expect(Object.isFrozen(BILLING_CALENDAR_MONTHS)).toBe(true);
  });

  it('CLM-7 SI-6 USR-2 RET-2 RET-3 the public constants are the figures’ values', () => {
    expect([CATASTROPHIC_REPORTING_DAYS, FALLBACK_MOD_FLOOR, FALLBACK_MOD_STEP, FALLBACK_NOTIFY_FROM_YEAR]).toStrictEqual([
      CATASTROPHIC_REPORTING_DAYS_FIGURE.value,
      FALLBACK_MOD_FIGURES.floor.value,
      FALLBACK_MOD_FIGURES.step.value,
      FALLBACK_MOD_FIGURES.notifyFromYear.value,
    ]);
    expect([DEFAULT_UNIT_STAT_REPORTS, MAX_UNIT_STAT_REPORTS]).toStrictEqual([
      UNIT_STAT_REPORTS_FIGURE.value,
      UNIT_STAT_REPORTS_FIGURE.value,
    ]);
    expect([FIRST_FIXED_LEVELS_YEAR, FIRST_SUPER_YEAR, FIRST_JUMBO_YEAR]).toStrictEqual([
      L.firstFixedLevelsYear.value,
      L.firstSuperYear.value,
      L.firstJumboYear.value,
    ]);
  });

  it('CLM-7 a catastrophic deadline on a Monday falls CATASTROPHIC_REPORTING_DAYS business days (two weeks) later', () => {
    // 2025-03-03 is a Monday; 10 business days later, no holidays, is Monday 2025-03-17.
    const r = claimReportingStatus({ incurred: '1', retention: '500000', catastrophic: true, notifiedOn: '2025-03-03' });
    expect(r.deadline).toBe('2025-03-17');
    expect(CATASTROPHIC_REPORTING_DAYS % 5).toBe(0);
  });

  it('SI-6 the fallback mod follows the floor and step figures (cents arithmetic)', () => {
    const floor = Math.round(Number(FALLBACK_MOD_FIGURES.floor.value) * 100);
    const stepC = Math.round(Number(FALLBACK_MOD_FIGURES.step.value) * 100);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 8 }), (priorC, years) => {
        const prior = `${Math.trunc(priorC / 100)}.${String(priorC % 100).padStart(2, '0')}`;
        const r = fallbackExperienceMod({ priorMod: prior, consecutiveYears: years, sector: 'private' });
        const want = Math.max(floor, priorC + stepC) + stepC * (years - 1);
        expect(r.mod).toBe(`${Math.trunc(want / 100)}.${String(want % 100).padStart(2, '0')}`);
        expect(r.notify === null).toBe(years < FALLBACK_MOD_FIGURES.notifyFromYear.value);
      }),
    );
  });

  it('USR-2 the schedule lists UNIT_STAT_REPORTS_FIGURE reports by default and refuses one more', () => {
    expect(unitStatSchedule({ policyEffectiveDate: '2024-03-15' }).reports).toHaveLength(UNIT_STAT_REPORTS_FIGURE.value);
    expectIssues(
      () => unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: UNIT_STAT_REPORTS_FIGURE.value + 1 }),
      [{ path: ['reports'], code: 'out_of_range' }],
    );
  });

  it('RET-2 RET-3 a caller entry with only low gets the levels of its era from the figures', () => {
    const low = 300000;
    const limits = (year: number) => retentionLimits({ year }, { retentionTable: [{ year, low: String(low) }] }).limits;
    const times = (f: { value: string }) => `${low * Number(f.value)}.00`;
    expect(limits(L.firstSuperYear.value - 1)).toStrictEqual({ low: `${low}.00`, high: `${low + Number(L.twoLevelHighSpread.value)}.00` });
    expect(limits(L.firstSuperYear.value)).toStrictEqual({ low: `${low}.00`, high: times(L.highMultiple), super: times(L.superMultiple) });
    expect(limits(L.firstJumboYear.value - 1).jumbo).toBeUndefined();
    expect(limits(L.firstJumboYear.value).jumbo).toBe(times(L.jumboMultiple));
  });

  it('RET-2 the built-in table starts at the first fixed-levels year and has jumbo exactly from the first jumbo year', () => {
    expect(RETENTION_TABLE[0]?.year).toBe(L.firstFixedLevelsYear.value);
    for (const e of RETENTION_TABLE) expect(e.jumbo !== undefined).toBe(e.year >= L.firstJumboYear.value);
  });
});

describe('RET-5 PRM-8 BIL-2 the calendars read the date figures', () => {
  const iso = (y: number, d: { month: number; day: number; yearOffset: number }) =>
    `${y + d.yearOffset}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

  it.each([2019, 2024, 2030])('coverage year %i: election deadline, installment due dates, adjustment due date', (y) => {
    const events = billingCalendar({ coverageYear: y }).events;
    const dateOf = (name: string) => events.find((e) => e.event === name)?.date;
    expect(dateOf('retention-election-deadline')).toBe(iso(y, RETENTION_ELECTION_DEADLINE.value));
    expect(dateOf('adjustment-due')).toBe(iso(y, ADJUSTMENT_DUE_DATE.value));
    const due = installmentSchedule({ coverageYear: y, amount: '100', plan: 'quarterly' }).installments.map((i) => i.dueDate);
    expect(due).toStrictEqual(INSTALLMENT_DUE_DATES.value.map((d) => iso(y, d)));
  });

  it.each([2019, 2024, 2028])('BIL-1 BIL-6 coverage year %i: the windows span the figures’ months', (y) => {
    const events = billingCalendar({ coverageYear: y }).events;
    const windowOf = (name: string) => {
      const e = events.find((x) => x.event === name);
      return [e?.start?.slice(0, 7), e?.end?.slice(0, 7)];
    };
    const ym = (m: { fromMonth: number; toMonth: number; yearOffset: number }) =>
      [m.fromMonth, m.toMonth].map((month) => `${y + m.yearOffset}-${String(month).padStart(2, '0')}`);
    expect(windowOf('estimate-billed')).toStrictEqual(ym(BILLING_CALENDAR_MONTHS.estimateBilled.value));
    expect(windowOf('adjustment-computation')).toStrictEqual(ym(BILLING_CALENDAR_MONTHS.adjustmentComputed.value));
    expect(windowOf('adjustment-billed')).toStrictEqual(ym(BILLING_CALENDAR_MONTHS.adjustmentBilled.value));
    expect(windowOf('september-statement')).toStrictEqual(ym(BILLING_CALENDAR_MONTHS.adjustmentStatement.value));
  });
});

describe('no hard-coded year range in src/ (issue 13 item 9)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // RET-3's eras are closed periods of the rule itself (1996–2015), not the years a table covers.
  const CLOSED_ERAS = new Set(['1996–2015']);
  it.each(listFiles(root, 'src', '.ts'))('%s states no year range that goes stale (derive it from the table)', (file) => {
    const text = readFileSync(`${root}/${file}`, 'utf8');
    const ranges = [...text.matchAll(/\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b/g)].map((m) => m[0]).filter((r) => !CLOSED_ERAS.has(r));
    expect(ranges).toEqual([]);
  });
});

describe('the summaries that quote a figure quote its value (summaries are literal text: the docs tables are generated from them)', () => {
  it('CLM-7, PRM-5 and USR-5 figures in the one-line summaries', async () => {
    const { claimReportingThresholdDefinition, thresholdFormula } = await import('../../src/claims/claimReportingThreshold.js');
    const { estimateRevisionAllowedDefinition } = await import('../../src/premium/estimateRevisionAllowed.js');
    const { validateUnitReportDefinition } = await import('../../src/unit-stat/validateUnitReport.js');
    const { ESTIMATE_REVISION_THRESHOLD } = await import('../../src/rules/premium.js');
    const { SPECIAL_COMPENSATION_FUND_CLASS } = await import('../../src/rules/unitStat.js');
    expect(claimReportingThresholdDefinition.summary).toContain(thresholdFormula('the retention'));
    const { toDecimal } = await import('../../src/core/money.js');
    const percent = toDecimal(ESTIMATE_REVISION_THRESHOLD.value).times(100).toFixed();
    expect(estimateRevisionAllowedDefinition.summary).toContain(`at least ${percent}%`);
    expect(validateUnitReportDefinition.summary).toContain(`class ${SPECIAL_COMPENSATION_FUND_CLASS}`);
  });
});

describe('the BEN-2 and BEN-7 constants are their figures', () => {
  it('BEN-2 BEN-7 TPD_MAX_DAYS_AFTER_INJURY and PPD_LUMP_SUM_MAX_DISCOUNT equal their dated figures', () => {
    expect(TPD_MAX_DAYS_AFTER_INJURY).toBe(TPD_MAX_DAYS_AFTER_INJURY_FIGURE.value);
    expect(PPD_LUMP_SUM_MAX_DISCOUNT).toBe(PPD_LUMP_SUM_MAX_DISCOUNT_FIGURE.value);
  });
});
