import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VARIANCE_THRESHOLD,
  HYBRID_MIN_ENTITIES,
  hybridEligibility,
  LATE_REPORT_FINE_PER_DAY,
  lateReportFine,
  payrollVariances,
  SELF_INSURER_FIGURES,
} from '../../src/index.js';
import { RULE_IDS } from '../../src/rules/ids.js';

describe('SI figures in src/rules/selfInsurers.ts', () => {
  it('SI-1 SI-2 SI-3 the figures, their rules, years and sources (written out from RULES.md)', () => {
    expect(SELF_INSURER_FIGURES.lateReportFinePerDay).toMatchObject({
      value: '100',
      rule: 'SI-1',
      fromYear: null,
      toYear: null,
      published: true,
    });
    expect(SELF_INSURER_FIGURES.hybridMinEntities).toMatchObject({
      value: 50,
      rule: 'SI-2',
      fromYear: null,
      toYear: null,
      published: true,
    });
    // SI-3: the sources set no threshold, so 10% is a library default, not a WCRA figure.
    expect(SELF_INSURER_FIGURES.varianceThreshold).toMatchObject({ value: '0.10', rule: 'SI-3', published: false });
    for (const f of Object.values(SELF_INSURER_FIGURES)) {
      expect(RULE_IDS).toContain(f.rule);
      expect(f.source).toContain('seed 001');
      expect(f.source).toContain(`RULES.md ${f.rule}`);
    }
  });

  it('the figures are deeply frozen', () => {
    expect(Object.isFrozen(SELF_INSURER_FIGURES)).toBe(true);
    for (const f of Object.values(SELF_INSURER_FIGURES)) expect(Object.isFrozen(f)).toBe(true);
    expect(() => {
      (SELF_INSURER_FIGURES.lateReportFinePerDay as { value: string }).value = '1';
    }).toThrow(TypeError);
    expect(lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-02' }] }).totalFine).toBe('100.00');
  });

  it('SI-1 lateReportFine reads its default fine per day from the figure', () => {
    expect(LATE_REPORT_FINE_PER_DAY).toBe(SELF_INSURER_FIGURES.lateReportFinePerDay.value);
    const r = lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-04' }] });
    const explicit = lateReportFine({
      reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-04' }],
      finePerDay: LATE_REPORT_FINE_PER_DAY,
    });
    expect(r.totalFine).toBe('300.00');
    expect(r).toStrictEqual(explicit);
  });

  it('SI-2 hybridEligibility reads its minimum from the figure: 49 no, 50 yes', () => {
    expect(HYBRID_MIN_ENTITIES).toBe(SELF_INSURER_FIGURES.hybridMinEntities.value);
    expect(hybridEligibility({ organizationType: 'group', entityCount: HYBRID_MIN_ENTITIES - 1 }).eligible).toBe(false);
    expect(hybridEligibility({ organizationType: 'group', entityCount: HYBRID_MIN_ENTITIES }).eligible).toBe(true);
  });

  it('SI-3 payrollVariances reads its default threshold from the figure', () => {
    expect(DEFAULT_VARIANCE_THRESHOLD).toBe(SELF_INSURER_FIGURES.varianceThreshold.value);
    const input = { estimated: [{ classCode: '8810', amount: '1000' }], audited: [{ classCode: '8810', amount: '1100' }] };
    expect(payrollVariances(input)).toStrictEqual(payrollVariances({ ...input, threshold: DEFAULT_VARIANCE_THRESHOLD }));
    expect(payrollVariances(input).needsExplanation).toBe(true);
    expect(payrollVariances({ ...input, audited: [{ classCode: '8810', amount: '1099.99' }] }).needsExplanation).toBe(false);
    const steps = payrollVariances(input, { explain: true }).steps ?? [];
    expect(steps.at(-1)?.description).toContain('10%');
  });
});
