import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReimbursementWindow } from 'wcra-calc';
import { deepFreeze } from './helpers.js';
import { thrown } from './thrown.js';

describe('nextReimbursementWindow', () => {
  it.each([
    // dateOfLoss, asOf, start, end, kind
    ['2023-03-15', '2023-03-20', '2023-09-01', '2023-09-30', 'half-year-anniversary'],
    ['2023-03-15', '2023-09-30', '2023-09-01', '2023-09-30', 'half-year-anniversary'],
    ['2023-03-15', '2023-10-01', '2024-03-01', '2024-03-31', 'anniversary'],
    ['2023-03-15', '2024-03-31', '2024-03-01', '2024-03-31', 'anniversary'],
    ['2023-03-15', '2024-04-01', '2024-09-01', '2024-09-30', 'half-year-anniversary'],
    ['2023-03-15', '2024-05-02', '2024-09-01', '2024-09-30', 'half-year-anniversary'],
    ['2023-08-31', '2023-12-01', '2024-02-01', '2024-02-29', 'half-year-anniversary'],
    ['2020-02-29', '2021-01-15', '2021-02-01', '2021-02-28', 'anniversary'],
    ['2024-12-31', '2025-06-30', '2025-06-01', '2025-06-30', 'half-year-anniversary'],
    ['2024-12-31', '2024-01-01', '2025-06-01', '2025-06-30', 'half-year-anniversary'],
  ])('CLM-5 loss %s, as of %s → %s to %s (%s)', (dateOfLoss, asOf, start, end, kind) => {
    expect(nextReimbursementWindow({ dateOfLoss, asOf })).toStrictEqual({ start, end, kind });
  });

  it('CLM-5 explain states the months after the loss', () => {
    const r = nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02' }, { explain: true });
    expect(r.steps?.[0]?.inputs[2]?.value).toBe('18');
    expect(r.steps?.[0]?.result.value).toBe('2024-09-01 to 2024-09-30');
  });

  it('CLM-5 explain lists the whole window step', () => {
    expect(nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02' }, { explain: true }).steps).toEqual([
      {
        rule: 'CLM-5',
        description: 'First half-year or anniversary month of the loss month not ended by the as-of date',
        inputs: [
          { label: 'Date of loss', value: '2023-03-15', kind: 'date' },
          { label: 'As of', value: '2024-05-02', kind: 'date' },
          { label: 'Months after the month of loss', value: '18', kind: 'number' },
        ],
        result: { label: 'Next request window', value: '2024-09-01 to 2024-09-30', kind: 'text' },
      },
    ]);
  });

  describe('properties', () => {
    const arbDate = fc
      .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    it('CLM-5 the window is a whole month, 6k months after the loss month, open on asOf, and the previous one had ended', () => {
      fc.assert(
        fc.property(arbDate, arbDate, (dateOfLoss, asOf) => {
          const w = nextReimbursementWindow({ dateOfLoss, asOf });
          const idx = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
          const months = idx(w.start) - idx(dateOfLoss);
          expect(w.start.endsWith('-01')).toBe(true);
          expect(w.end.slice(0, 7)).toBe(w.start.slice(0, 7));
          expect(months > 0 && months % 6 === 0).toBe(true);
          expect(w.kind).toBe(months % 12 === 0 ? 'anniversary' : 'half-year-anniversary');
          expect(w.end >= asOf).toBe(true);
          if (months > 6) expect(idx(w.start) - 6 < idx(asOf)).toBe(true);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ dateOfLoss: '2023-03-15', asOf: '2024-05-02' });
    nextReimbursementWindow(input);
    expect(input).toStrictEqual({ dateOfLoss: '2023-03-15', asOf: '2024-05-02' });
  });

  it.each([
    [null, []],
    [{ dateOfLoss: '2019-02-30', asOf: '2024-01-01' }, ['dateOfLoss']],
    [{ dateOfLoss: '2019-02-28', asOf: 20240101 }, ['asOf']],
    [{ dateOfLoss: '2019-02-28T00:00:00Z', asOf: '2024-01-01' }, ['dateOfLoss']],
  ])('bad input %j → INVALID_INPUT', (input, path) => {
    const e = thrown(() => nextReimbursementWindow(input as never));
    expect([e.code, e.issues[0]?.path]).toStrictEqual(['INVALID_INPUT', path]);
  });
});
