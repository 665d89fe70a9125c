import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReimbursementWindow, reimbursementDue } from 'wcra-calc';
import { nextReimbursementWindowDefinition } from '../../src/claims/nextReimbursementWindow.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze } from './helpers.js';
import { thrown } from './thrown.js';

/** An occurrence with something to request: paid above the retention, nothing reimbursed yet. */
const DUE = { paid: '700000', retention: '500000' } as const;

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
    expect(nextReimbursementWindow({ dateOfLoss, asOf, ...DUE })).toStrictEqual({
      start,
      end,
      kind,
      due: '200000.00',
      noRequestReason: null,
    });
  });

  it('CLM-5 explain states the months after the loss', () => {
    const r = nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02', ...DUE }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['CLM-6', 'CLM-5']);
    expect(r.steps?.[0]?.result.value).toBe('200000.00');
    expect(r.steps?.[1]?.inputs[2]?.value).toBe('18');
    expect(r.steps?.[1]?.result.value).toBe('2024-09-01 to 2024-09-30');
  });

  it.each([
    // paid, retention, reimbursed, reason, due
    ['500000', '500000', undefined, 'not-above-retention', '0.00'],
    ['100', '500000', '0', 'not-above-retention', '0.00'],
    ['700000', '500000', '200000', 'nothing-due', '0.00'],
    ['700000', '500000', '250000', 'nothing-due', '0.00'],
    ['700000.01', '700000', '0', null, '0.01'],
  ] as const)('CLM-5 paid %s, retention %s, reimbursed %s → no window because %s (due %s)', (paid, retention, reimbursed, reason, due) => {
    const input = { dateOfLoss: '2023-03-15', asOf: '2024-05-02', paid, retention, ...(reimbursed === undefined ? {} : { reimbursed }) };
    const r = nextReimbursementWindow(input);
    expect([r.noRequestReason, r.due]).toStrictEqual([reason, due]);
    expect(r.start === null && r.end === null && r.kind === null).toBe(reason !== null);
  });

  it('CLM-5 a window exactly when something is due (differential against reimbursementDue)', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.nat(2_000_000), fc.nat(2_000_000), (paid, retention, reimbursed) => {
        const amounts = { paid: String(paid), retention: String(retention), reimbursed: String(reimbursed) };
        const w = nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02', ...amounts });
        const d = reimbursementDue(amounts);
        expect(w.due).toBe(d.due);
        expect(w.start !== null).toBe(d.due !== '0.00');
        expect(w.noRequestReason).toBe(paid <= retention ? 'not-above-retention' : d.due === '0.00' ? 'nothing-due' : null);
      }),
    );
  });

  it('CLM-5 explain without a window says why', () => {
    const r = nextReimbursementWindow({ dateOfLoss: '2023-03-15', asOf: '2024-05-02', paid: '1', retention: '500000' }, { explain: true });
    expect(r.steps?.map((s) => [s.rule, s.result.value])).toStrictEqual([
      ['CLM-6', '0.00'],
      ['CLM-5', 'none (not-above-retention)'],
    ]);
  });

  describe('properties', () => {
    const arbDate = fc
      .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    it('CLM-5 the window is a whole month, 6k months after the loss month, open on asOf, and the previous one had ended', () => {
      fc.assert(
        fc.property(arbDate, arbDate, (dateOfLoss, asOf) => {
          const r = nextReimbursementWindow({ dateOfLoss, asOf, ...DUE });
          const w = { start: r.start ?? '', end: r.end ?? '', kind: r.kind };
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
    const input = deepFreeze({ dateOfLoss: '2023-03-15', asOf: '2024-05-02', ...DUE });
    nextReimbursementWindow(input);
    expect(input).toStrictEqual({ dateOfLoss: '2023-03-15', asOf: '2024-05-02', ...DUE });
  });

  it.each([
    [null, []],
    [{ dateOfLoss: '2019-02-30', asOf: '2024-01-01', ...DUE }, ['dateOfLoss']],
    [{ dateOfLoss: '2019-02-28', asOf: 20240101, ...DUE }, ['asOf']],
    [{ dateOfLoss: '2019-02-28T00:00:00Z', asOf: '2024-01-01', ...DUE }, ['dateOfLoss']],
    [{ dateOfLoss: '2019-02-28', asOf: '2024-01-01', paid: '1.005', retention: '500000' }, ['paid']],
    [{ dateOfLoss: '2019-02-28', asOf: '2024-01-01', paid: '1' }, ['retention']],
  ])('bad input %j → INVALID_INPUT', (input, path) => {
    const e = thrown(() => nextReimbursementWindow(input as never));
    expect([e.code, e.issues[0]?.path]).toStrictEqual(['INVALID_INPUT', path]);
  });
});

describe('nextReimbursementWindow: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(nextReimbursementWindowDefinition)).toMatchInlineSnapshot(`
      "CLM-6  Due = max(0, paid - retention) - reimbursed to date
        Paid                                                       $700,000.00
        Retention                                                - $500,000.00
        Reimbursed to date                                             - $0.00
        ----------------------------------------------------------------------
        Due                                                        $200,000.00

      CLM-5  First half-year or anniversary month of the loss month not ended by the as-of date
        Date of loss                                                2023-03-15
        As of                                                       2024-05-02
        Months after the month of loss                                      18
        ----------------------------------------------------------------------
        Next request window                           2024-09-01 to 2024-09-30"
    `);
  });
});
