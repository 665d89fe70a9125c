import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, lateReportFine } from 'wcra-calc';
import { addDays } from '../../src/core/dates.js';
import { lateReportFineDefinition } from '../../src/self-insurers/lateReportFine.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, toCents } from './helpers.js';

/** One report's fine, the common case: one report with a received date. */
const one = (dueDate: string, receivedOn: string, finePerDay?: string | number) =>
  lateReportFine({ reports: [{ dueDate, receivedOn }], ...(finePerDay === undefined ? {} : { finePerDay }) });

describe('lateReportFine', () => {
  it('SI-1 $100 per calendar day late for one report (10 days late: $1,000, Commerce notified)', () => {
    expect(lateReportFine({ reports: [{ reportId: 'payroll-2024', dueDate: '2025-03-01', receivedOn: '2025-03-11' }] })).toStrictEqual({
      reports: [
        { reportId: 'payroll-2024', dueDate: '2025-03-01', countedTo: '2025-03-11', missing: false, daysLate: 10, fine: '1000.00' },
      ],
      totalDaysLate: 10,
      totalFine: '1000.00',
      notifyCommerce: true,
    });
  });

  it('SI-1 each report past due is fined on its own dates, and the total adds them up', () => {
    const r = lateReportFine({
      reports: [
        { reportId: 'a', dueDate: '2025-03-01', receivedOn: '2025-03-08' },
        { reportId: 'b', dueDate: '2025-03-01', receivedOn: '2025-03-01' },
        { reportId: 'c', dueDate: '2024-03-01', receivedOn: '2024-03-04' },
      ],
    });
    expect(r.reports.map((x) => [x.reportId, x.daysLate, x.fine])).toStrictEqual([
      ['a', 7, '700.00'],
      ['b', 0, '0.00'],
      ['c', 3, '300.00'],
    ]);
    expect([r.totalDaysLate, r.totalFine, r.notifyCommerce]).toStrictEqual([10, '1000.00', true]);
  });

  it('SI-1 a report still missing is counted to asOf; reports without an id are told apart by position', () => {
    expect(
      lateReportFine({ reports: [{ dueDate: '2025-03-01' }, { dueDate: '2025-03-01', receivedOn: '2025-03-02' }], asOf: '2025-04-01' }),
    ).toStrictEqual({
      reports: [
        { dueDate: '2025-03-01', countedTo: '2025-04-01', missing: true, daysLate: 31, fine: '3100.00' },
        { dueDate: '2025-03-01', countedTo: '2025-03-02', missing: false, daysLate: 1, fine: '100.00' },
      ],
      totalDaysLate: 32,
      totalFine: '3200.00',
      notifyCommerce: true,
    });
  });

  it('GEN-4 received on the due date is 0 days late: no fine, no notification', () => {
    const r = one('2025-03-01', '2025-03-01');
    expect([r.totalDaysLate, r.totalFine, r.notifyCommerce]).toStrictEqual([0, '0.00', false]);
    expect(r.reports[0]?.fine).toBe('0.00');
  });

  it('GEN-4 the day after the due date is 1 day late; an early report is 0', () => {
    expect(one('2025-03-01', '2025-03-02').totalFine).toBe('100.00');
    expect(one('2025-03-01', '2025-02-10').reports[0]?.daysLate).toBe(0);
  });

  it('GEN-4 leap years and month ends are calendar days', () => {
    expect(one('2024-02-28', '2024-03-01').totalDaysLate).toBe(2);
    expect(one('2023-02-28', '2023-03-01').totalDaysLate).toBe(1);
    expect(one('2024-12-31', '2025-01-01').totalDaysLate).toBe(1);
    expect(one('2024-01-31', '2024-12-31').totalDaysLate).toBe(335);
  });

  it('SI-1 receivedOn wins over asOf when both are given', () => {
    expect(lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-05' }], asOf: '2025-06-30' }).totalDaysLate).toBe(4);
    expect(lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-05' }], asOf: '2025-03-05' }).totalDaysLate).toBe(4);
  });

  it('GEN-1 a fine per day with fractions of a cent is rounded once per report (options.rounding, default half-up)', () => {
    expect(one('2025-03-01', '2025-03-02', '0.005').totalFine).toBe('0.01');
    expect(one('2025-03-01', '2025-03-04', '0.005').totalFine).toBe('0.02');
    expect(one('2025-03-01', '2025-03-02', 250).totalFine).toBe('250.00');
    const two = {
      reports: [
        { dueDate: '2025-03-01', receivedOn: '2025-03-02' },
        { dueDate: '2025-03-01', receivedOn: '2025-03-02' },
      ],
      finePerDay: '0.005',
    };
    expect(lateReportFine(two).totalFine).toBe('0.02'); // each report's fine is to the cent: 0.01 + 0.01
    expect(lateReportFine(two, { rounding: 'halfEven' }).totalFine).toBe('0.00');
    expect(lateReportFine(two, { rounding: 'ceil' }).reports.map((x) => x.fine)).toStrictEqual(['0.01', '0.01']);
  });

  it('GEN-1 a fine up to the largest amount is exact; above it is refused', () => {
    expect(one('2025-03-01', '2025-03-02', '90071992547409.91').totalFine).toBe('90071992547409.91');
    expectIssues(() => one('2025-03-01', '2025-03-03', '90071992547409.91'), [{ path: ['finePerDay'], code: 'out_of_range' }]);
    const twoAtMax = {
      reports: [
        { dueDate: '2025-03-01', receivedOn: '2025-03-02' },
        { dueDate: '2025-03-01', receivedOn: '2025-03-02' },
      ],
      finePerDay: '90071992547409.91',
    };
    expectIssues(() => lateReportFine(twoAtMax), [{ path: ['finePerDay'], code: 'out_of_range' }]);
  });

  it('SI-1 explains each report and the total as a worksheet', () => {
    const r = lateReportFine(
      { reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-11' }, { dueDate: '2025-03-11' }], asOf: '2025-03-13' },
      { explain: true },
    );
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'SI-1', 'GEN-4', 'SI-1', 'SI-1']);
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Fine', value: '1000.00', kind: 'money' });
    expect(r.steps?.[2]?.inputs[1]).toStrictEqual({ label: 'Still missing as of', value: '2025-03-13', kind: 'date' });
    expect(r.steps?.[4]?.result).toStrictEqual({ label: 'Total fine', value: '1200.00', kind: 'money' });
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$100.00');
    expect(sheet.split('\n').at(-1)?.endsWith('$1,200.00')).toBe(true);
    expect(one('2025-03-01', '2025-03-03', '0.005').steps).toBeUndefined();
    expect(
      lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-03' }], finePerDay: '0.005' }, { explain: true }).steps?.[1]
        ?.inputs[0]?.value,
    ).toBe('0.005');
  });

  describe('properties', () => {
    const report = fc.record({ due: fc.integer({ min: 0, max: 3000 }), days: fc.integer({ min: -400, max: 3000 }), missing: fc.boolean() });

    it('SI-1 per report: days late = max(0, days), fine = $100 × days; totals are the sums; Commerce iff any late', () => {
      fc.assert(
        fc.property(fc.array(report, { minLength: 1, maxLength: 20 }), (list) => {
          // asOf is the latest counted-to date; a missing report is counted to it.
          const base = '2020-01-15';
          const asOfOffset = Math.max(...list.map((x) => x.due + x.days));
          const asOf = addDays(base, asOfOffset);
          const reports = list.map((x) =>
            x.missing ? { dueDate: addDays(base, x.due) } : { dueDate: addDays(base, x.due), receivedOn: addDays(base, x.due + x.days) },
          );
          const r = lateReportFine({ reports, asOf });
          const expectedDays = list.map((x) => Math.max(0, x.missing ? asOfOffset - x.due : x.days));
          expect(r.reports.map((x) => x.daysLate)).toStrictEqual(expectedDays);
          expect(r.reports.map((x) => x.fine)).toStrictEqual(expectedDays.map((d) => cents(10_000n * BigInt(d))));
          expect(r.reports.map((x) => x.missing)).toStrictEqual(list.map((x) => x.missing));
          const sum = expectedDays.reduce((a, b) => a + b, 0);
          expect(r.totalDaysLate).toBe(sum);
          expect(toCents(r.totalFine)).toBe(r.reports.reduce((a, x) => a + toCents(x.fine), 0n));
          expect(r.notifyCommerce).toBe(sum > 0);
        }),
      );
    });

    it('SI-1 with any whole-cent fine per day: fine = perDay × days exactly', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 0, max: 400 }), (perDay, days) => {
          const r = lateReportFine({ reports: [{ dueDate: '2024-02-01' }], asOf: addDays('2024-02-01', days), finePerDay: cents(perDay) });
          expect(r.totalFine).toBe(cents(perDay * BigInt(days)));
        }),
      );
    });

    it('SI-1 the order of the reports changes only the order of the rows', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -50, max: 500 }), { minLength: 1, maxLength: 10 }), (offsets) => {
          const reports = offsets.map((o, i) => ({ reportId: `r${i}`, dueDate: '2030-06-30', receivedOn: addDays('2030-06-30', o) }));
          const a = lateReportFine({ reports });
          const b = lateReportFine({ reports: [...reports].reverse() });
          expect(b.totalFine).toBe(a.totalFine);
          expect(b.reports).toStrictEqual([...a.reports].reverse());
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ reports: [{ reportId: 'x', dueDate: '2025-03-01', receivedOn: '2025-03-11' }], finePerDay: '100' });
    expect(lateReportFine(input, { explain: true }).totalFine).toBe('1000.00');
    expect(input).toStrictEqual({ reports: [{ reportId: 'x', dueDate: '2025-03-01', receivedOn: '2025-03-11' }], finePerDay: '100' });
  });

  describe('bad input', () => {
    it('GEN-4 a report with neither receivedOn nor asOf; receivedOn after asOf', () => {
      expectIssues(
        () => lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-02' }, { dueDate: '2025-03-01' }] }),
        [{ path: ['reports', 1, 'receivedOn'], code: 'required' }],
      );
      expectIssues(
        () => lateReportFine({ reports: [{ dueDate: '2025-03-01', receivedOn: '2025-03-09' }], asOf: '2025-03-08' }),
        [{ path: ['reports', 0, 'receivedOn'], code: 'inconsistent' }],
      );
    });

    it('SI-1 a report id listed twice; an empty list; the old single-report shape', () => {
      expectIssues(
        () =>
          lateReportFine({
            reports: [
              { reportId: 'a', dueDate: '2025-03-01', receivedOn: '2025-03-02' },
              { dueDate: '2025-03-01', receivedOn: '2025-03-02' },
              { reportId: 'a', dueDate: '2025-03-01', receivedOn: '2025-03-02' },
            ],
          }),
        [{ path: ['reports', 2, 'reportId'], code: 'duplicate' }],
      );
      expectIssues(() => lateReportFine({ reports: [] }), [{ path: ['reports'], code: 'empty_list' }]);
      expectIssues(
        () => lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-02' } as never),
        [
          { path: ['reports'], code: 'required' },
          { path: ['dueDate'], code: 'unknown_field' },
        ],
      );
    });

    it.each([
      ['null input', null, [], 'wrong_type'],
      ['an impossible date', { reports: [{ dueDate: '2019-02-30' }], asOf: '2019-03-01' }, ['reports', 0, 'dueDate'], 'not_a_date'],
      ['a date with time', { reports: [{ dueDate: '2019-02-01T00:00' }], asOf: '2019-03-01' }, ['reports', 0, 'dueDate'], 'not_a_date'],
      ['a numeric date', { reports: [{ dueDate: 20190201 }], asOf: '2019-03-01' }, ['reports', 0, 'dueDate'], 'not_a_date'],
      ['a bad asOf', { reports: [{ dueDate: '2019-02-01' }], asOf: '2019-13-01' }, ['asOf'], 'not_a_date'],
      [
        'an empty report id',
        { reports: [{ reportId: '', dueDate: '2019-02-01' }], asOf: '2019-03-01' },
        ['reports', 0, 'reportId'],
        'not_an_id',
      ],
      ['reports not a list', { reports: 2, asOf: '2019-03-01' }, ['reports'], 'wrong_type'],
      [
        'a negative fine per day',
        { reports: [{ dueDate: '2019-02-01' }], asOf: '2019-03-01', finePerDay: '-100' },
        ['finePerDay'],
        'out_of_range',
      ],
      [
        'a fine per day as text',
        { reports: [{ dueDate: '2019-02-01' }], asOf: '2019-03-01', finePerDay: '$100' },
        ['finePerDay'],
        'not_money',
      ],
      [
        'an unknown field in a report',
        { reports: [{ dueDate: '2019-02-01', late: true }], asOf: '2019-03-01' },
        ['reports', 0, 'late'],
        'unknown_field',
      ],
    ])('%s → INVALID_INPUT', (_name, input, path, code) => {
      expectIssues(() => lateReportFine(input as never), [{ path, code }]);
    });

    it('bad options → INVALID_INPUT under options', () => {
      const input = { reports: [{ dueDate: '2019-02-01' }], asOf: '2019-03-01' };
      expectIssues(() => lateReportFine(input, { explain: 'yes' } as never), [{ path: ['options', 'explain'], code: 'wrong_type' }]);
      expectIssues(() => lateReportFine(input, { rounding: 'up' } as never), [{ path: ['options', 'rounding'], code: 'not_one_of' }]);
    });
  });
});

describe('lateReportFine: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(lateReportFineDefinition)).toMatchInlineSnapshot(`
      "GEN-4  Report payroll-2024: days late = calendar days from due date to receipt (0 if on time)
        Due date                                                    2025-03-01
        Received on                                                 2025-03-11
        ----------------------------------------------------------------------
        Calendar days late                                                  10

      SI-1  Report payroll-2024: fine = fine per day x days late, rounded to cents
        Fine per calendar day                                          $100.00
        Days late                                                         x 10
        ----------------------------------------------------------------------
        Fine                                                         $1,000.00

      GEN-4  Report payroll-2023: days late = calendar days from due date to receipt (0 if on time)
        Due date                                                    2024-03-01
        Received on                                                 2024-03-01
        ----------------------------------------------------------------------
        Calendar days late                                                   0

      SI-1  Report payroll-2023: fine = fine per day x days late, rounded to cents
        Fine per calendar day                                          $100.00
        Days late                                                          x 0
        ----------------------------------------------------------------------
        Fine                                                             $0.00

      SI-1  Total fine = the fines of all reports past due added up
        Report payroll-2024                                          $1,000.00
        Report payroll-2023                                            + $0.00
        ----------------------------------------------------------------------
        Total fine                                                   $1,000.00"
    `);
  });
});
