import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, insurerAdjustmentBasis } from 'wcra-calc';
import { addDays } from '../../src/core/dates.js';
import { insurerAdjustmentBasisDefinition } from '../../src/premium/insurerAdjustmentBasis.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues } from './helpers.js';

const SEP = 'the standard earned premium at company rate level reported to MWCIA is used';

describe('insurerAdjustmentBasis: worked examples', () => {
  it('PRM-9 data received on the deadline is on time: the reported exposure is used', () => {
    expect(
      insurerAdjustmentBasis({
        deadline: '2023-04-01',
        reported: { exposure: '13000000', receivedOn: '2023-04-01' },
        standardEarnedPremium: '13400000',
      }),
    ).toStrictEqual({
      basis: 'reported',
      exposure: '13000000.00',
      reason: 'Data received on 2023-04-01, by the deadline 2023-04-01: the reported exposure is used.',
    });
  });

  it('PRM-9 GEN-4 data received the day after the deadline is late: the standard earned premium is used', () => {
    expect(
      insurerAdjustmentBasis({
        deadline: '2023-04-01',
        reported: { exposure: '13000000', receivedOn: '2023-04-02' },
        standardEarnedPremium: '13400000',
      }),
    ).toStrictEqual({
      basis: 'standard-earned-premium',
      exposure: '13400000.00',
      reason: `Data received on 2023-04-02, after the deadline 2023-04-01: ${SEP}.`,
    });
  });

  it('PRM-9 no data reported: the standard earned premium is used', () => {
    expect(insurerAdjustmentBasis({ deadline: '2023-04-01', standardEarnedPremium: '13400000' })).toStrictEqual({
      basis: 'standard-earned-premium',
      exposure: '13400000.00',
      reason: `No data reported by the deadline 2023-04-01: ${SEP}.`,
    });
  });

  it('PRM-9 data received after the fallback was applied is not accepted', () => {
    const r = insurerAdjustmentBasis({
      deadline: '2023-04-01',
      reported: { exposure: '13000000', receivedOn: '2023-06-01' },
      standardEarnedPremium: '13400000',
      fallbackAppliedOn: '2023-05-15',
    });
    expect(r).toStrictEqual({
      basis: 'standard-earned-premium',
      exposure: '13400000.00',
      reason: `Data received on 2023-06-01, after the fallback was applied on 2023-05-15: late data is not accepted, so ${SEP}.`,
    });
  });

  it('PRM-9 explanation lists the dates and both figures', () => {
    const r = insurerAdjustmentBasis(
      {
        deadline: '2023-04-01',
        reported: { exposure: '13000000', receivedOn: '2023-06-01' },
        standardEarnedPremium: '13400000',
        fallbackAppliedOn: '2023-05-15',
      },
      { explain: true },
    );
    expect(r.steps).toStrictEqual([
      {
        rule: 'PRM-9',
        description: expect.any(String),
        inputs: [
          { label: 'Reporting deadline', value: '2023-04-01', kind: 'date' },
          { label: 'Data received on', value: '2023-06-01', kind: 'date' },
          { label: 'Reported exposure', value: '13000000.00', kind: 'money' },
          { label: 'Fallback applied on', value: '2023-05-15', kind: 'date' },
          { label: 'Standard earned premium at company rate level', value: '13400000.00', kind: 'money' },
        ],
        result: { label: 'Adjustment exposure basis', value: '13400000.00', kind: 'money' },
      },
    ]);
    const onTime = insurerAdjustmentBasis(
      { deadline: '2023-04-01', reported: { exposure: '1', receivedOn: '2023-03-01' }, standardEarnedPremium: '2' },
      { explain: true },
    );
    expect(formatWorksheet(onTime.steps ?? [])).toContain('PRM-9  Reported by the deadline: the adjustment uses the reported exposure');
    const missing = insurerAdjustmentBasis({ deadline: '2023-04-01', standardEarnedPremium: '2' }, { explain: true });
    expect(missing.steps?.[0]?.inputs[1]).toStrictEqual({ label: 'Data received on', value: 'not reported', kind: 'text' });
  });
});

describe('insurerAdjustmentBasis: edge cases', () => {
  it('PRM-9 convention: late data received before the fallback was applied is still late', () => {
    const r = insurerAdjustmentBasis({
      deadline: '2023-04-01',
      reported: { exposure: '13000000', receivedOn: '2023-05-15' },
      standardEarnedPremium: '13400000',
      fallbackAppliedOn: '2023-05-15',
    });
    expect(r.basis).toBe('standard-earned-premium');
    expect(r.reason).toBe(`Data received on 2023-05-15, after the deadline 2023-04-01: ${SEP}.`);
  });

  it('PRM-9 convention: on-time data wins over a recorded fallback date', () => {
    const r = insurerAdjustmentBasis({
      deadline: '2023-04-01',
      reported: { exposure: '0', receivedOn: '2023-03-31' },
      standardEarnedPremium: '13400000',
      fallbackAppliedOn: '2023-05-15',
    });
    expect(r).toStrictEqual({
      basis: 'reported',
      exposure: '0.00',
      reason:
        'Data received on 2023-03-31, by the deadline 2023-04-01: the reported exposure is used; the fallback of 2023-05-15 does not apply.',
    });
  });

  it('PRM-9 GEN-2 leap day and month ends compare as calendar dates', () => {
    const late = insurerAdjustmentBasis({
      deadline: '2024-02-29',
      reported: { exposure: '1', receivedOn: '2024-03-01' },
      standardEarnedPremium: '2',
    });
    expect(late.basis).toBe('standard-earned-premium');
    const onTime = insurerAdjustmentBasis({
      deadline: '2024-02-29',
      reported: { exposure: '1', receivedOn: '2024-02-29' },
      standardEarnedPremium: '2',
    });
    expect(onTime.basis).toBe('reported');
    const yearEnd = insurerAdjustmentBasis({
      deadline: '2023-12-31',
      reported: { exposure: '1', receivedOn: '2024-01-01' },
      standardEarnedPremium: '2',
    });
    expect(yearEnd.basis).toBe('standard-earned-premium');
  });

  it('PRM-9 zero and near-2^53 figures are echoed to the cent', () => {
    expect(insurerAdjustmentBasis({ deadline: '2023-04-01', standardEarnedPremium: '0' }).exposure).toBe('0.00');
    expect(
      insurerAdjustmentBasis({
        deadline: '2023-04-01',
        reported: { exposure: '90071992547409.91', receivedOn: '2023-01-01' },
        standardEarnedPremium: 5,
      }).exposure,
    ).toBe('90071992547409.91');
  });
});

describe('properties', () => {
  it('PRM-9 the reported figure is used exactly when received on or before the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        (d, offset, fallbackAfter, reported, sep) => {
          const deadline = addDays('2020-01-01', d);
          const receivedOn = addDays(deadline, offset);
          const r = insurerAdjustmentBasis({
            deadline,
            reported: { exposure: cents(reported), receivedOn },
            standardEarnedPremium: cents(sep),
            ...(fallbackAfter === undefined ? {} : { fallbackAppliedOn: addDays(deadline, fallbackAfter) }),
          });
          expect(r.basis).toBe(offset <= 0 ? 'reported' : 'standard-earned-premium');
          expect(r.exposure).toBe(offset <= 0 ? cents(reported) : cents(sep));
          expect(r.reason.includes('late data is not accepted')).toBe(fallbackAfter !== undefined && offset > fallbackAfter);
        },
      ),
    );
  });
});

describe('insurerAdjustmentBasis: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({
      deadline: '2023-04-01',
      reported: { exposure: '1', receivedOn: '2023-06-01' },
      standardEarnedPremium: '2',
      fallbackAppliedOn: '2023-05-01',
    });
    const copy = structuredClone(input);
    insurerAdjustmentBasis(input, { explain: true });
    expect(input).toStrictEqual(copy);
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['an impossible deadline', { deadline: '2019-02-30', standardEarnedPremium: '1' }, ['deadline'], 'not_a_date'],
    ['a date with a time', { deadline: '2023-04-01T00:00:00Z', standardEarnedPremium: '1' }, ['deadline'], 'not_a_date'],
    ['a missing premium', { deadline: '2023-04-01' }, ['standardEarnedPremium'], 'required'],
    ['a negative premium', { deadline: '2023-04-01', standardEarnedPremium: '-1' }, ['standardEarnedPremium'], 'out_of_range'],
    [
      'a report without a date',
      { deadline: '2023-04-01', standardEarnedPremium: '1', reported: { exposure: '1' } },
      ['reported', 'receivedOn'],
      'required',
    ],
    [
      'a fallback on the deadline',
      { deadline: '2023-04-01', standardEarnedPremium: '1', fallbackAppliedOn: '2023-04-01' },
      ['fallbackAppliedOn'],
      'inconsistent',
    ],
  ])('PRM-9 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => insurerAdjustmentBasis(input as never), [{ path, code }]);
  });
});

describe('insurerAdjustmentBasis: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(insurerAdjustmentBasisDefinition)).toMatchInlineSnapshot(`
      "PRM-9  Reported by the deadline: the adjustment uses the reported exposure
        Reporting deadline                                          2023-04-01
        Data received on                                            2023-04-01
        Reported exposure                                       $13,000,000.00
        Standard earned premium at company rate level           $13,400,000.00
        ----------------------------------------------------------------------
        Adjustment exposure basis                               $13,000,000.00"
    `);
  });
});
