import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, lateReportFine } from 'wcra-calc';
import { addDays } from '../../src/core/dates.js';
import { cents, deepFreeze, expectWcraError, toCents } from './helpers.js';

describe('lateReportFine', () => {
  it('SI-1 $100 per calendar day late for one report (10 days late: $1,000, Commerce notified)', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-11' })).toStrictEqual({
      daysLate: 10,
      fine: '1000.00',
      notifyCommerce: true,
    });
  });

  it('SI-1 each report past due is fined: 3 reports, 7 days late = $2,100', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-08', reports: 3 }).fine).toBe('2100.00');
  });

  it('SI-1 a report still missing is counted to asOf', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', asOf: '2025-04-01' })).toStrictEqual({
      daysLate: 31,
      fine: '3100.00',
      notifyCommerce: true,
    });
  });

  it('GEN-4 received on the due date is 0 days late: no fine, no notification', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-01' })).toStrictEqual({
      daysLate: 0,
      fine: '0.00',
      notifyCommerce: false,
    });
  });

  it('GEN-4 the day after the due date is 1 day late', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-02' })).toStrictEqual({
      daysLate: 1,
      fine: '100.00',
      notifyCommerce: true,
    });
  });

  it('GEN-4 a report received before the due date is 0 days late', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-02-10', reports: 4 }).fine).toBe('0.00');
  });

  it('GEN-4 leap years and month ends are calendar days', () => {
    expect(lateReportFine({ dueDate: '2024-02-28', receivedOn: '2024-03-01' }).daysLate).toBe(2);
    expect(lateReportFine({ dueDate: '2023-02-28', receivedOn: '2023-03-01' }).daysLate).toBe(1);
    expect(lateReportFine({ dueDate: '2024-12-31', receivedOn: '2025-01-01' }).daysLate).toBe(1);
    expect(lateReportFine({ dueDate: '2024-01-31', receivedOn: '2024-12-31' }).daysLate).toBe(335);
  });

  it('SI-1 receivedOn wins over asOf when both are given', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-05', asOf: '2025-06-30' }).daysLate).toBe(4);
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-05', asOf: '2025-03-05' }).daysLate).toBe(4);
  });

  it('GEN-1 a fine per day with fractions of a cent is rounded once, half-up', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-02', finePerDay: '0.005' }).fine).toBe('0.01');
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-04', finePerDay: '0.005' }).fine).toBe('0.02');
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-02', finePerDay: 250 }).fine).toBe('250.00');
  });

  it('GEN-1 a fine up to the largest amount is exact; above it is refused', () => {
    expect(lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-02', finePerDay: '90071992547409.91' }).fine).toBe(
      '90071992547409.91',
    );
    expectWcraError(
      () => lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-03', finePerDay: '90071992547409.91' }),
      'INVALID_INPUT',
      ['finePerDay'],
    );
  });

  it('SI-1 explains days and fine as a worksheet', () => {
    const r = lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-11', reports: 2 }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['GEN-4', 'SI-1']);
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Fine', value: '2000.00', kind: 'money' });
    const sheet = formatWorksheet(r.steps ?? []);
    expect(sheet).toContain('$100.00');
    expect(sheet.split('\n').at(-1)?.endsWith('$2,000.00')).toBe(true);
    const missing = lateReportFine({ dueDate: '2025-03-01', asOf: '2025-03-03' }, { explain: true });
    expect(missing.steps?.[0]?.inputs[1]).toStrictEqual({ label: 'Still missing as of', value: '2025-03-03', kind: 'date' });
    expect(lateReportFine({ dueDate: '2025-03-01', asOf: '2025-03-03' })).not.toHaveProperty('steps');
  });

  describe('properties', () => {
    it('SI-1 the fine is linear in days late and in reports', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 500 }), (days, reports) => {
          const r = lateReportFine({ dueDate: '2020-01-15', receivedOn: addDays('2020-01-15', days), reports });
          expect(r.daysLate).toBe(days);
          expect(r.fine).toBe(cents(10_000n * BigInt(days) * BigInt(reports)));
          expect(r.notifyCommerce).toBe(days > 0);
          const one = lateReportFine({ dueDate: '2020-01-15', receivedOn: addDays('2020-01-15', days) });
          expect(toCents(r.fine)).toBe(toCents(one.fine) * BigInt(reports));
        }),
      );
    });

    it('SI-1 with any whole-cent fine per day: fine = perDay × days × reports exactly', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10_000_000_000n }),
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 1, max: 20 }),
          (perDay, days, reports) => {
            const r = lateReportFine({ dueDate: '2024-02-01', asOf: addDays('2024-02-01', days), reports, finePerDay: cents(perDay) });
            expect(r.fine).toBe(cents(perDay * BigInt(days) * BigInt(reports)));
          },
        ),
      );
    });

    it('GEN-4 reports received on or before the due date are never fined', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 5000 }), (early) => {
          const r = lateReportFine({ dueDate: '2030-06-30', receivedOn: addDays('2030-06-30', -early), reports: 9 });
          expect(r).toStrictEqual({ daysLate: 0, fine: '0.00', notifyCommerce: false });
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ dueDate: '2025-03-01', receivedOn: '2025-03-11', reports: 2, finePerDay: '100' });
    expect(lateReportFine(input).fine).toBe('2000.00');
    expect(input).toStrictEqual({ dueDate: '2025-03-01', receivedOn: '2025-03-11', reports: 2, finePerDay: '100' });
  });

  describe('bad input', () => {
    it('GEN-4 one of receivedOn and asOf is required', () => {
      const err = expectWcraError(() => lateReportFine({ dueDate: '2025-03-01' }), 'INVALID_INPUT', ['receivedOn']);
      expect(err.issues[0]?.message).toBe('is required unless asOf is given (a missing report counts to asOf)');
    });

    it('GEN-4 receivedOn after asOf is refused', () => {
      expectWcraError(() => lateReportFine({ dueDate: '2025-03-01', receivedOn: '2025-03-09', asOf: '2025-03-08' }), 'INVALID_INPUT', [
        'receivedOn',
      ]);
    });

    it.each([
      ['null input', null, []],
      ['a list', [], []],
      ['an impossible date', { dueDate: '2019-02-30', asOf: '2019-03-01' }, ['dueDate']],
      ['a date with time', { dueDate: '2019-02-01T00:00', asOf: '2019-03-01' }, ['dueDate']],
      ['a numeric date', { dueDate: 20190201, asOf: '2019-03-01' }, ['dueDate']],
      ['a bad asOf', { dueDate: '2019-02-01', asOf: '2019-13-01' }, ['asOf']],
      ['zero reports', { dueDate: '2019-02-01', asOf: '2019-03-01', reports: 0 }, ['reports']],
      ['fractional reports', { dueDate: '2019-02-01', asOf: '2019-03-01', reports: 1.5 }, ['reports']],
      ['a negative fine per day', { dueDate: '2019-02-01', asOf: '2019-03-01', finePerDay: '-100' }, ['finePerDay']],
      ['a fine per day as text', { dueDate: '2019-02-01', asOf: '2019-03-01', finePerDay: '$100' }, ['finePerDay']],
      ['an unknown field', { dueDate: '2019-02-01', asOf: '2019-03-01', late: true }, []],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => lateReportFine(input as never), 'INVALID_INPUT', path.length === 0 ? undefined : path);
    });

    it('bad options → INVALID_INPUT under options', () => {
      expectWcraError(() => lateReportFine({ dueDate: '2019-02-01', asOf: '2019-03-01' }, { explain: 'yes' } as never), 'INVALID_INPUT', [
        'options',
        'explain',
      ]);
    });
  });
});
