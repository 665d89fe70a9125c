import { describe, expect, it } from 'vitest';
import {
  BILLING_FIGURES,
  billingCalendar,
  DEFAULT_AUDIT_FRACTION,
  DEFAULT_INVOICE_LEAD_DAYS,
  installmentSchedule,
  selectAuditSample,
} from '../../src/index.js';
import { RULE_IDS } from '../../src/rules/ids.js';

describe('BIL figures in src/rules/billing.ts', () => {
  it('BIL-3 BIL-5 the figures, their rules, years and sources (written out from RULES.md)', () => {
    expect(BILLING_FIGURES.invoiceLeadDays).toMatchObject({ value: 20, rule: 'BIL-3', fromYear: null, toYear: null, published: true });
    expect(BILLING_FIGURES.auditShare).toMatchObject({ value: '0.2', rule: 'BIL-5', fromYear: null, toYear: null, published: true });
    for (const f of Object.values(BILLING_FIGURES)) {
      expect(RULE_IDS).toContain(f.rule);
      expect(f.source).toContain('seed 002');
      expect(f.source).toContain(`RULES.md ${f.rule}`);
    }
  });

  it('the figures are deeply frozen', () => {
    expect(Object.isFrozen(BILLING_FIGURES)).toBe(true);
    for (const f of Object.values(BILLING_FIGURES)) expect(Object.isFrozen(f)).toBe(true);
    expect(() => {
      (BILLING_FIGURES.invoiceLeadDays as { value: number }).value = 45;
    }).toThrow(TypeError);
    expect(installmentSchedule({ coverageYear: 2024, amount: '4', plan: 'annual' }).installments[0]?.invoiceDate).toBe('2024-01-12');
  });

  it('BIL-3 installmentSchedule and billingCalendar read the invoice lead days from the figure', () => {
    expect(DEFAULT_INVOICE_LEAD_DAYS).toBe(BILLING_FIGURES.invoiceLeadDays.value);
    const input = { coverageYear: 2025, amount: '1000', plan: 'quarterly' } as const;
    expect(installmentSchedule(input)).toStrictEqual(
      installmentSchedule(input, { invoiceLeadDays: BILLING_FIGURES.invoiceLeadDays.value }),
    );
    expect(installmentSchedule(input).installments.map((i) => i.invoiceDate)).toStrictEqual([
      '2025-01-12',
      '2025-03-12',
      '2025-06-11',
      '2025-09-11',
    ]);
    expect(billingCalendar({ coverageYear: 2025 })).toStrictEqual(billingCalendar({ coverageYear: 2025 }, { invoiceLeadDays: 20 }));
  });

  it('BIL-5 selectAuditSample reads its default share from the figure', () => {
    expect(DEFAULT_AUDIT_FRACTION).toBe(BILLING_FIGURES.auditShare.value);
    const members = Array.from({ length: 10 }, (_, i) => ({ memberId: `m${i}`, exposure: '1000' }));
    const r = selectAuditSample({ members, year: 2025, seed: 1 });
    expect(r.selected).toHaveLength(2);
    expect(r).toStrictEqual(selectAuditSample({ members, year: 2025, seed: 1, fraction: DEFAULT_AUDIT_FRACTION }));
  });
});
