import { describe, expect, it } from 'vitest';
import { reinsurancePremium } from '../../src/index.js';
import { expectIssues, expectWcraError, stepValues } from '../helpers.js';

describe('PRM-1 reinsurancePremium: the whole explain trace', () => {
  it('PRM-2 seed 002 self-insurer from the table: rate lookup, premium, tax and total steps', () => {
    // 12,000,000 × 0.0795 = 954,000.00; tax 2% = 19,080.00; total 973,080.00.
    const r = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'self-insurer' }, { explain: true });
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'PRM-2',
        inputs: [
          { label: 'Coverage year', value: '2022', kind: 'number' },
          { label: 'Retention level', value: 'low', kind: 'text' },
        ],
        result: { label: 'Reinsurance rate', value: '0.0795', kind: 'rate' },
      },
      {
        rule: 'PRM-1',
        inputs: [
          { label: 'Exposure base', value: '12000000.00', kind: 'money' },
          { label: 'Reinsurance rate (low, 2022)', value: '0.0795', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Reinsurance premium', value: '954000.00', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        inputs: [
          { label: 'Reinsurance premium', value: '954000.00', kind: 'money' },
          { label: 'Premium tax rate', value: '0.02', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Premium tax', value: '19080.00', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        inputs: [
          { label: 'Reinsurance premium', value: '954000.00', kind: 'money' },
          { label: 'Premium tax', value: '19080.00', kind: 'money', operator: '+' },
        ],
        result: { label: 'Total due', value: '973080.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-2 a caller rate table names its own source in the lookup step', () => {
    const rateTable = [{ year: 2026, low: '0.074', high: '0.044', super: '0.022', source: 'WCRA 2026 notice' }];
    const r = reinsurancePremium({ exposure: '1000000', year: 2026, level: 'high', memberType: 'insurer' }, { explain: true, rateTable });
    // 1,000,000 × 0.044 = 44,000.00; insurer: no tax steps.
    expect(r.steps?.[0]?.description).toContain('(WCRA 2026 notice)');
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'PRM-2',
        inputs: [
          { label: 'Coverage year', value: '2026', kind: 'number' },
          { label: 'Retention level', value: 'high', kind: 'text' },
        ],
        result: { label: 'Reinsurance rate', value: '0.044', kind: 'rate' },
      },
      {
        rule: 'PRM-1',
        inputs: [
          { label: 'Exposure base', value: '1000000.00', kind: 'money' },
          { label: 'Reinsurance rate (high, 2026)', value: '0.044', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Reinsurance premium', value: '44000.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-1 a given rate: the rate label names no level or year (a rate comes without its key)', () => {
    const premiumStep = (input: Parameters<typeof reinsurancePremium>[0]) =>
      reinsurancePremium(input, { explain: true }).steps?.map((s) => s.inputs[1]?.label);
    expect(premiumStep({ exposure: '100', rate: '0.1', memberType: 'insurer' })).toEqual(['Reinsurance rate']);
  });

  it('PRM-6 an insurer with a caller tax rate gets the tax steps; a self-insurer at 0% does not', () => {
    // 100 × 0.1 = 10.00; tax 10.00 × 0.05 = 0.50; total 10.50.
    const r = reinsurancePremium({ exposure: '100', rate: '0.1', memberType: 'insurer', taxRate: '0.05' }, { explain: true });
    expect(stepValues(r.steps)).toEqual([
      {
        rule: 'PRM-1',
        inputs: [
          { label: 'Exposure base', value: '100.00', kind: 'money' },
          { label: 'Reinsurance rate', value: '0.1', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Reinsurance premium', value: '10.00', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        inputs: [
          { label: 'Reinsurance premium', value: '10.00', kind: 'money' },
          { label: 'Premium tax rate', value: '0.05', kind: 'rate', operator: 'x' },
        ],
        result: { label: 'Premium tax', value: '0.50', kind: 'money' },
      },
      {
        rule: 'PRM-6',
        inputs: [
          { label: 'Reinsurance premium', value: '10.00', kind: 'money' },
          { label: 'Premium tax', value: '0.50', kind: 'money', operator: '+' },
        ],
        result: { label: 'Total due', value: '10.50', kind: 'money' },
      },
    ]);
    const zero = reinsurancePremium({ exposure: '100', rate: '0.1', memberType: 'self-insurer', taxRate: '0' }, { explain: true });
    expect(zero.steps?.map((s) => s.rule)).toEqual(['PRM-1']);
    expect(zero).toMatchObject({ taxRate: '0', tax: '0.00', total: '10.00' });
  });

  it('PRM-2 missing year and level without a rate: coded required', () => {
    const both = expectWcraError(() => reinsurancePremium({ exposure: '1', memberType: 'insurer' }), 'INVALID_INPUT');
    const code = 'required';
    expect(both.issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([
      { path: ['year'], code },
      { path: ['level'], code },
    ]);
    expectIssues(() => reinsurancePremium({ exposure: '1', year: 2022, memberType: 'insurer' }), [{ path: ['level'], code }]);
    expectIssues(() => reinsurancePremium({ exposure: '1', level: 'low', memberType: 'insurer' }), [{ path: ['year'], code }]);
  });
});

describe('GEN-1 reinsurancePremium options.rounding (issue 14 item 15)', () => {
  it('rounds the premium and the tax with the named mode; the worksheet says which', () => {
    // 333 × 0.0015 = 0.4995 → 0.50 half-up, 0.49 toward zero, 0.50 toward +infinity.
    const input = { exposure: '333', rate: '0.0015', memberType: 'self-insurer' as const };
    expect(reinsurancePremium(input).premium).toBe('0.50');
    expect(reinsurancePremium(input, { rounding: 'trunc' }).premium).toBe('0.49');
    expect(reinsurancePremium(input, { rounding: 'ceil' }).premium).toBe('0.50');
    // Tax: 0.50 × 0.02 = 0.01 exactly; 25.25 × 0.02 = 0.505 → 0.51 half-up, 0.50 half-even.
    const taxed = { exposure: '2525', rate: '0.01', memberType: 'self-insurer' as const };
    expect(reinsurancePremium(taxed).tax).toBe('0.51');
    expect(reinsurancePremium(taxed, { rounding: 'halfEven' }).tax).toBe('0.50');
    const steps = reinsurancePremium(taxed, { rounding: 'halfEven', explain: true }).steps ?? [];
    expect(steps.map((s) => s.description).every((d) => !d.includes('half-up'))).toBe(true);
    expectIssues(
      () => reinsurancePremium(taxed, { rounding: 'bankers' as never }),
      [{ path: ['options', 'rounding'], code: 'not_one_of' }],
    );
  });
});
