// GEN: no input, however malformed, makes a premium function throw anything but a WcraError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatedExposure,
  estimateRevisionAllowed,
  exposureBase,
  insurerAdjustmentBasis,
  isWcraError,
  locationListingDefault,
  settleAdjustment,
} from 'wcra-calc';

const functions: Array<[string, (input: never, options?: never) => unknown]> = [
  ['exposureBase', exposureBase],
  ['estimatedExposure', estimatedExposure],
  ['estimateRevisionAllowed', estimateRevisionAllowed],
  ['settleAdjustment', settleAdjustment],
  ['insurerAdjustmentBasis', insurerAdjustmentBasis],
  ['locationListingDefault', locationListingDefault],
];

/** Values that look almost right: amounts, dates, class codes, flags, and junk. */
const fieldValue = fc.oneof(
  fc.constantFrom(
    '1',
    '-1',
    '0',
    'abc',
    '1.005',
    '2023-04-01',
    '2019-02-30',
    '8810',
    '',
    'insurer',
    'self-insurer',
    2022,
    0,
    -1,
    true,
    null,
  ),
  fc.double(),
  fc.anything(),
);
const keys = [
  'memberType',
  'earnedPremium',
  'elIncreasedLimitsPremium',
  'payroll',
  'pureRates',
  'experienceMod',
  'memberActual',
  'totalActual',
  'projectedTotal',
  'estimate',
  'revised',
  'coverageYear',
  'adjustment',
  'openCharges',
  'deadline',
  'reported',
  'standardEarnedPremium',
  'fallbackAppliedOn',
  'listingFiledOn',
  'retentionDeadline',
  'entities',
] as const;
const listOf = fc.array(
  fc.record(
    {
      classCode: fieldValue,
      amount: fieldValue,
      rate: fieldValue,
      dueDate: fieldValue,
      entityId: fieldValue,
      payroll: fieldValue,
      selfInsured: fieldValue,
    },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);
const inputArb = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom(...keys),
    fc.oneof(fieldValue, listOf, fc.record({ exposure: fieldValue, receivedOn: fieldValue }, { requiredKeys: [] })),
  ),
);

describe('properties', () => {
  it.each(functions)('GEN-1 %s returns a result or throws a WcraError for any input', (_name, fn) => {
    fc.assert(
      fc.property(inputArb, fc.oneof(fc.constant(undefined), fc.anything()), (input, options) => {
        try {
          const r = fn(input as never, options as never);
          expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
        } catch (error) {
          expect(isWcraError(error)).toBe(true);
        }
      }),
    );
  });
});
