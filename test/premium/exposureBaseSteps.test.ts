import { describe, expect, it } from 'vitest';
import { exposureBase } from '../../src/index.js';

describe('PRM-3 exposureBase: the whole self-insurer explain trace', () => {
  it('PRM-3 two classes, a mod: class steps then the total step', () => {
    // 8810: 10,000,000 / 100 × 0.125 = 12,500.00; 7380: 2,500,000 / 100 × 4.25 = 106,250.00;
    // total 118,750.00 × 0.9 = 106,875.00.
    const r = exposureBase(
      {
        memberType: 'self-insurer',
        payroll: [
          { classCode: '8810', amount: '10000000' },
          { classCode: '7380', amount: '2500000' },
        ],
        pureRates: [
          { classCode: '7380', rate: '4.25' },
          { classCode: '8810', rate: '0.125' },
        ],
        experienceMod: '0.9',
      },
      { explain: true },
    );
    expect(r.exposure).toBe('106875.00');
    expect(r.steps).toEqual([
      {
        rule: 'PRM-3',
        description: expect.any(String),
        inputs: [
          { label: 'Class 8810 payroll', value: '10000000.00', kind: 'money' },
          { label: 'Pure premium rate per $100', value: 'x 0.125', kind: 'number' },
        ],
        result: { label: 'Class 8810 pure premium', value: '12500.00', kind: 'money' },
      },
      {
        rule: 'PRM-3',
        description: expect.any(String),
        inputs: [
          { label: 'Class 7380 payroll', value: '2500000.00', kind: 'money' },
          { label: 'Pure premium rate per $100', value: 'x 4.25', kind: 'number' },
        ],
        result: { label: 'Class 7380 pure premium', value: '106250.00', kind: 'money' },
      },
      {
        rule: 'PRM-3',
        description: expect.any(String),
        inputs: [
          { label: 'Total pure premium', value: '118750.00', kind: 'money' },
          { label: 'Experience modification', value: 'x 0.90', kind: 'number' },
        ],
        result: { label: 'Exposure base', value: '106875.00', kind: 'money' },
      },
    ]);
  });

  it('PRM-3 mods are shown with two decimals, or every digit when they have more', () => {
    const modShown = (experienceMod: string) =>
      exposureBase(
        {
          memberType: 'self-insurer',
          payroll: [{ classCode: '8810', amount: '100' }],
          pureRates: [{ classCode: '8810', rate: '1' }],
          experienceMod,
        },
        { explain: true },
      ).steps?.at(-1)?.inputs[1]?.value;
    expect(modShown('1')).toBe('x 1.00');
    expect(modShown('1.1')).toBe('x 1.10');
    expect(modShown('1.15')).toBe('x 1.15');
    expect(modShown('1.155')).toBe('x 1.155');
  });
});
