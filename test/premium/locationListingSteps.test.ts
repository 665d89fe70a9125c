import { describe, expect, it } from 'vitest';
import { locationListingDefault } from '../../src/index.js';

const entities = [
  { entityId: 'plant-a', payroll: '4000000', selfInsured: true },
  { entityId: 'store-b', payroll: '1500000', selfInsured: false },
  { entityId: 'plant-c', payroll: '250000.50', selfInsured: true },
];

describe('PRM-10 locationListingDefault: the whole explain trace', () => {
  it('PRM-10 a listing filed the day after the deadline: every entity counts, dates shown as dates', () => {
    // 4,000,000 + 1,500,000 + 250,000.50 = 5,750,000.50
    const r = locationListingDefault({ listingFiledOn: '2025-12-02', retentionDeadline: '2025-12-01', entities }, { explain: true });
    expect(r.payrollBasis).toBe('5750000.50');
    expect(r.reason).toBe(
      "Self-insured location listing filed on 2025-12-02, after the deadline 2025-12-01: all Minnesota entities' payroll counts, even insured ones.",
    );
    expect(r.steps).toEqual([
      {
        rule: 'PRM-10',
        description: expect.any(String),
        inputs: [
          { label: 'Retention form deadline', value: '2025-12-01', kind: 'date' },
          { label: 'Location listing filed on', value: '2025-12-02', kind: 'date' },
        ],
        result: { label: 'Entities counted', value: '3 of 3', kind: 'number' },
      },
      {
        rule: 'PRM-10',
        description: expect.any(String),
        inputs: [
          { label: 'plant-a', value: '4000000.00', kind: 'money' },
          { label: 'store-b (insured)', value: '1500000.00', kind: 'money', operator: '+' },
          { label: 'plant-c', value: '250000.50', kind: 'money', operator: '+' },
        ],
        result: { label: 'Payroll basis', value: '5750000.50', kind: 'money' },
      },
    ]);
  });

  it('PRM-10 a listing filed on the deadline: only the self-insured entities count', () => {
    // 4,000,000 + 250,000.50 = 4,250,000.50
    const r = locationListingDefault({ listingFiledOn: '2025-12-01', retentionDeadline: '2025-12-01', entities }, { explain: true });
    expect(r.reason).toBe(
      "Self-insured location listing filed on 2025-12-01, by the deadline 2025-12-01: only self-insured entities' payroll counts.",
    );
    expect(r.steps).toEqual([
      {
        rule: 'PRM-10',
        description: expect.any(String),
        inputs: [
          { label: 'Retention form deadline', value: '2025-12-01', kind: 'date' },
          { label: 'Location listing filed on', value: '2025-12-01', kind: 'date' },
        ],
        result: { label: 'Entities counted', value: '2 of 3', kind: 'number' },
      },
      {
        rule: 'PRM-10',
        description: expect.any(String),
        inputs: [
          { label: 'plant-a', value: '4000000.00', kind: 'money' },
          { label: 'plant-c', value: '250000.50', kind: 'money', operator: '+' },
        ],
        result: { label: 'Payroll basis', value: '4250000.50', kind: 'money' },
      },
    ]);
  });

  it('PRM-10 no listing: the filing date is shown as text', () => {
    const r = locationListingDefault({ retentionDeadline: '2025-12-01', entities: [] }, { explain: true });
    expect(r.steps?.[0]?.inputs[1]).toEqual({ label: 'Location listing filed on', value: 'not filed', kind: 'text' });
    expect(r.steps?.[1]).toEqual({
      rule: 'PRM-10',
      description: expect.any(String),
      inputs: [],
      result: { label: 'Payroll basis', value: '0.00', kind: 'money' },
    });
  });
});
