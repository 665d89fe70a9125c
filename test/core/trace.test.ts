import { describe, expect, it } from 'vitest';
import { displayDollars, displayMoney, displayRate, moneyValue, rateValue, step, textValue, withSteps } from '../../src/core/trace.js';
import { formatWorksheet } from '../../src/index.js';
import { expectWcraError } from '../helpers.js';

describe('explain steps and the printed worksheet', () => {
  const steps = [
    step(
      'PRM-1',
      'Premium = exposure base x reinsurance rate',
      [moneyValue('Exposure base', '12000000.00'), rateValue('Rate', '0.0795', 'x')],
      moneyValue('Premium', '954000.00'),
    ),
    step(
      'PRM-7',
      'Annual adjustment',
      [moneyValue('Actual premium', '1033500.00'), moneyValue('Less estimated premium', '954000.00', '-')],
      moneyValue('Annual adjustment', '79500.00'),
    ),
  ];

  it('prints labels left and amounts right-aligned, as in seed 002', () => {
    const sheet = formatWorksheet(steps, { width: 60 });
    const row = (label: string, value: string) => `  ${label}${value.padStart(58 - label.length)}`;
    expect(sheet.split('\n')).toEqual([
      'PRM-1  Premium = exposure base x reinsurance rate',
      row('Exposure base', '$12,000,000.00'),
      row('Rate', 'x 7.95%'),
      `  ${'-'.repeat(58)}`,
      row('Premium', '$954,000.00'),
      '',
      'PRM-7  Annual adjustment',
      row('Actual premium', '$1,033,500.00'),
      row('Less estimated premium', '- $954,000.00'),
      `  ${'-'.repeat(58)}`,
      row('Annual adjustment', '$79,500.00'),
    ]);
    for (const line of sheet.split('\n').filter((l) => l.startsWith('  '))) expect(line).toHaveLength(60);
  });

  it('defaults to 72 columns, truncates long labels, clamps odd widths', () => {
    const sheet = formatWorksheet([step('X-1', 'd', [textValue('L'.repeat(100), 'v')], textValue('Result', 'ok'))]);
    const lines = sheet.split('\n');
    expect(lines[1]).toHaveLength(72);
    expect(lines[1]).toContain('…');
    expect(formatWorksheet(steps, { width: 40 }).split('\n')[1]).toHaveLength(40);
    expectWcraError(() => formatWorksheet(steps, { width: 5 }), 'INVALID_INPUT');
    expectWcraError(() => formatWorksheet(steps, null as never), 'INVALID_INPUT');
    expect(formatWorksheet([])).toBe('');
  });

  it('displays money and rates for people, never in results', () => {
    expect(displayMoney('-1234567.5')).toBe('-$1,234,567.50');
    expect(displayMoney('0')).toBe('$0.00');
    expect(displayMoney('-0.00')).toBe('$0.00');
    expect(displayRate('0.0795')).toBe('7.95%');
    expect(displayRate('0')).toBe('0%');
    expect(displayRate('0.02')).toBe('2%');
  });

  it('displays a published amount in running text without zero cents', () => {
    expect(displayDollars('1000000')).toBe('$1,000,000');
    expect(displayDollars('200000.00')).toBe('$200,000');
    expect(displayDollars('1234.5')).toBe('$1,234.50');
    expect(displayDollars('0')).toBe('$0');
  });

  it('steps are added only when asked', () => {
    let built = 0;
    const make = () => {
      built++;
      return steps;
    };
    expect(withSteps({ a: 1 }, false, make)).toEqual({ a: 1 });
    expect(withSteps({ a: 1 }, undefined, make)).toEqual({ a: 1 });
    expect(built).toBe(0);
    expect(withSteps({ a: 1 }, true, make)).toEqual({ a: 1, steps });
    expect(built).toBe(1);
  });

  it('rejects what is not a list of steps, and money values that are not decimals', () => {
    expectWcraError(() => formatWorksheet(null as never), 'INVALID_INPUT');
    const err = expectWcraError(() => formatWorksheet([step('X', 'd', [], moneyValue('R', 'abc'))]), 'INVALID_INPUT');
    expect(err.issues[0]?.path).toEqual(['steps', 0, 'result', 'value']);
  });
});
