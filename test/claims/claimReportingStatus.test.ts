import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimReportingStatus } from 'wcra-calc';
import { claimReportingStatusDefinition } from '../../src/claims/claimReportingStatus.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, m } from './helpers.js';
import { thrown } from './thrown.js';

describe('claimReportingStatus', () => {
  it('CLM-7 over 50% of a $500,000 retention: report promptly', () => {
    expect(claimReportingStatus({ incurred: '250000.01', retention: '500000' })).toStrictEqual({
      mustReport: true,
      reasons: ['over-threshold'],
      threshold: '250000.00',
    });
  });

  it('CLM-7 exactly at the threshold: not yet', () => {
    expect(claimReportingStatus({ incurred: '250000', retention: '500000' })).toStrictEqual({
      mustReport: false,
      reasons: [],
      threshold: '250000.00',
    });
  });

  it('CLM-7 the $1,000,000 cap applies above a $2,000,000 retention', () => {
    expect(claimReportingStatus({ incurred: '1000000.01', retention: '5000000' }).mustReport).toBe(true);
    expect(claimReportingStatus({ incurred: '1000000.00', retention: '5000000' }).mustReport).toBe(false);
  });

  it('CLM-7 an odd-cent retention: 50% is compared exactly', () => {
    expect(claimReportingStatus({ incurred: '0.01', retention: '0.01' }).mustReport).toBe(true);
    expect(claimReportingStatus({ incurred: '0.01', retention: '0.02' }).mustReport).toBe(false);
  });

  it('CLM-7 catastrophic: 10 business days after notification, skipping weekends and holidays', () => {
    expect(claimReportingStatus({ incurred: '0', retention: '500000', catastrophic: true, notifiedOn: '2024-03-01' })).toStrictEqual({
      mustReport: true,
      reasons: ['catastrophic'],
      threshold: '250000.00',
      deadline: '2024-03-15',
    });
    const withHolidays = claimReportingStatus(
      { incurred: '300000', retention: '500000', catastrophic: true, notifiedOn: '2024-12-20' },
      { holidays: ['2024-12-25', '2025-01-01'] },
    );
    expect(withHolidays).toStrictEqual({
      mustReport: true,
      reasons: ['over-threshold', 'catastrophic'],
      threshold: '250000.00',
      deadline: '2025-01-07',
    });
  });

  it('CLM-7 notified on a Saturday in a leap February', () => {
    expect(claimReportingStatus({ incurred: '0', retention: '500000', catastrophic: true, notifiedOn: '2020-02-22' }).deadline).toBe(
      '2020-03-06',
    );
  });

  it('CLM-7 not catastrophic: notifiedOn is ignored', () => {
    expect(claimReportingStatus({ incurred: '1', retention: '500000', catastrophic: false, notifiedOn: '2024-03-01' })).toStrictEqual({
      mustReport: false,
      reasons: [],
      threshold: '250000.00',
    });
  });

  it('CLM-7 explain lists both tests', () => {
    const r = claimReportingStatus(
      { incurred: '300000', retention: '500000', catastrophic: true, notifiedOn: '2024-03-01' },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['yes', '2024-03-15']);
    expect(claimReportingStatus({ incurred: '3', retention: '500000' }, { explain: true }).steps?.map((s) => s.result.value)).toStrictEqual(
      ['no'],
    );
  });

  it('CLM-7 explain lists both steps in full; incurred exactly at the threshold is not over it', () => {
    const r = claimReportingStatus(
      { incurred: '250000', retention: '500000', catastrophic: true, notifiedOn: '2024-12-20' },
      { explain: true, holidays: ['2024-12-25', '2025-01-01'] },
    );
    expect(r).toEqual({
      mustReport: true,
      reasons: ['catastrophic'],
      threshold: '250000.00',
      deadline: '2025-01-07',
      steps: [
        {
          rule: 'CLM-7',
          description: expect.any(String),
          inputs: [
            { label: 'Total incurred', value: '250000.00', kind: 'money' },
            { label: 'Reporting threshold', value: '250000.00', kind: 'money' },
          ],
          result: { label: 'Over the threshold', value: 'no', kind: 'text' },
        },
        {
          rule: 'CLM-7',
          description: expect.any(String),
          inputs: [
            { label: 'Notified on', value: '2024-12-20', kind: 'date' },
            { label: 'Business days', value: '10', kind: 'number' },
          ],
          result: { label: 'Reporting deadline', value: '2025-01-07', kind: 'date' },
        },
      ],
    });
    expect(claimReportingStatus({ incurred: '250000.01', retention: '500000' }, { explain: true }).steps?.[0]?.result).toEqual({
      label: 'Over the threshold',
      value: 'yes',
      kind: 'text',
    });
  });

  describe('properties', () => {
    it('CLM-7 must report exactly when 2 × incurred > retention or incurred > 1,000,000', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 2n ** 40n }), fc.bigInt({ min: 0n, max: 2n ** 40n }), (incurred, retention) => {
          const r = claimReportingStatus({ incurred: m(incurred), retention: m(retention) });
          const threshold = retention < 200_000_000n ? retention : 200_000_000n; // doubled
          expect(r.mustReport).toBe(2n * incurred > threshold);
        }),
      );
    });

    it('CLM-7 the deadline is a weekday after notification, never a holiday', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
          const notifiedOn = d.toISOString().slice(0, 10);
          const r = claimReportingStatus({ incurred: '0', retention: '1', catastrophic: true, notifiedOn }, { holidays: [notifiedOn] });
          const deadline = r.deadline ?? '';
          expect(deadline > notifiedOn).toBe(true);
          const day = new Date(`${deadline}T12:00:00Z`).getUTCDay();
          expect(day >= 1 && day <= 5).toBe(true);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ incurred: '1', retention: '2', catastrophic: true, notifiedOn: '2024-03-01' });
    const opts = deepFreeze({ holidays: ['2024-03-04'] });
    claimReportingStatus(input, opts);
    expect(input).toStrictEqual({ incurred: '1', retention: '2', catastrophic: true, notifiedOn: '2024-03-01' });
    expect(opts).toStrictEqual({ holidays: ['2024-03-04'] });
  });

  it.each([
    [null, [], 'wrong_type'],
    [{ incurred: '1', retention: '2', catastrophic: true }, ['notifiedOn'], 'required'],
    [{ incurred: '1', retention: '2', catastrophic: 'yes' }, ['catastrophic'], 'wrong_type'],
    [{ incurred: '1', retention: '2', catastrophic: true, notifiedOn: '2019-02-30' }, ['notifiedOn'], 'not_a_date'],
    [{ incurred: -1, retention: '2' }, ['incurred'], 'out_of_range'],
  ])('bad input %j → INVALID_INPUT %j %s', (input, path, code) => {
    expectIssues(() => claimReportingStatus(input as never), [{ path, code }]);
  });

  it('bad holidays option → INVALID_INPUT', () => {
    const e = thrown(() => claimReportingStatus({ incurred: '1', retention: '2' }, { holidays: ['2024-13-01'] }));
    expect(e.issues[0]?.path).toStrictEqual(['options', 'holidays', 0]);
  });
});

describe('claimReportingStatus: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(claimReportingStatusDefinition)).toMatchInlineSnapshot(`
      "CLM-7  Report promptly when incurred exceeds min(50% of retention, $1,000,000)
        Total incurred                                              $40,000.00
        Reporting threshold                                        $250,000.00
        ----------------------------------------------------------------------
        Over the threshold                                                  no

      CLM-7  Catastrophic injury: report within 10 business days of notice
        Notified on                                                 2024-12-20
        Business days                                                       10
        ----------------------------------------------------------------------
        Reporting deadline                                          2025-01-07"
    `);
  });
});
