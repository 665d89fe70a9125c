import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableRetention,
  checkAffiliateElections,
  compareRetentionLevels,
  reinsurancePurchaseAllowed,
  resolveRetentionElection,
  retentionLimits,
  WcraError,
} from 'wcra-calc';

const functions = {
  retentionLimits,
  applicableRetention,
  resolveRetentionElection,
  checkAffiliateElections,
  reinsurancePurchaseAllowed,
  compareRetentionLevels,
} as Record<string, (input: unknown, options?: unknown) => unknown>;

// Near-valid values: the fields the functions read, filled with anything.
const field = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    'low',
    'high',
    'super',
    'jumbo',
    'mega',
    'insurer',
    'self-insurer',
    '2019-02-30',
    '2019-06-30',
    'abc',
    '-1',
    '1e5',
    '10.005',
  ),
  fc.integer({ min: 1890, max: 2210 }),
);
const table = fc.array(fc.record({ year: field, low: field, high: field, super: field, jumbo: field }, { requiredKeys: ['year', 'low'] }), {
  maxLength: 3,
});
const nearInput = fc.record(
  {
    year: field,
    injuryDate: field,
    elections: fc.oneof(field, fc.array(fc.record({ year: field, level: field }), { maxLength: 3 })),
    coverageYear: field,
    memberType: field,
    currentLevel: field,
    request: fc.oneof(field, fc.record({ level: field, submittedOn: field, commerceApproved: field })),
    members: fc.oneof(field, fc.array(fc.record({ memberId: field, groupId: field, level: field }), { maxLength: 3 })),
    level: field,
    exception: field,
    exposure: field,
    occurrenceLosses: fc.oneof(field, fc.array(field, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const nearOptions = fc.oneof(
  fc.anything(),
  fc.record({ explain: field, retentionTable: fc.oneof(field, table), rateTable: fc.oneof(field, table) }, { requiredKeys: [] }),
);

describe('robustness', () => {
  for (const [name, fn] of Object.entries(functions)) {
    it(`GEN any input to ${name}: a result or a WcraError, never another error`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), nearInput), fc.option(nearOptions, { nil: undefined }), (input, options) => {
          try {
            const result = fn(input, options);
            expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
          } catch (error) {
            if (!(error instanceof WcraError)) throw error;
          }
        }),
      );
    });
  }
});
