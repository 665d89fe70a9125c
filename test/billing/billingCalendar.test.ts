import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BILLING_EVENTS, billingCalendar, formatWorksheet } from 'wcra-calc';
import { billingCalendarDefinition } from '../../src/billing/billingCalendar.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectIssues, onlyWcraErrors } from './helpers.js';

const brief = (events: ReadonlyArray<{ event: string; date?: string; start?: string; end?: string; rule: string }>) =>
  events.map((e) => [e.event, e.date ?? `${e.start}..${e.end}`, e.rule]);

describe('billingCalendar: worked examples', () => {
  it('BIL-1 BIL-6 seed 002 coverage year 2022: estimate December 2021 from 2020 exposure, adjustment billed August 2023', () => {
    const { events } = billingCalendar({ coverageYear: 2022 });
    expect(brief(events)).toStrictEqual([
      ['retention-election-deadline', '2021-12-01', 'RET-5'],
      ['estimate-billed', '2021-12-01..2021-12-31', 'BIL-1'],
      ['installment-1-invoice', '2022-01-12', 'BIL-3'],
      ['installment-1-due', '2022-02-01', 'BIL-2'],
      ['installment-2-invoice', '2022-03-12', 'BIL-3'],
      ['installment-2-due', '2022-04-01', 'BIL-2'],
      ['installment-3-invoice', '2022-06-11', 'BIL-3'],
      ['installment-3-due', '2022-07-01', 'BIL-2'],
      ['installment-4-invoice', '2022-09-11', 'BIL-3'],
      ['installment-4-due', '2022-10-01', 'BIL-2'],
      ['adjustment-computation', '2023-05-01..2023-07-31', 'BIL-6'],
      ['adjustment-billed', '2023-08-01..2023-08-31', 'BIL-6'],
      ['september-statement', '2023-09-01..2023-09-30', 'BIL-6'],
      ['adjustment-due', '2023-10-01', 'PRM-8'],
    ]);
    expect(events.find((e) => e.event === 'estimate-billed')?.exposureYear).toBe(2020);
  });

  it('PRM-4 full event objects: exposureYear only on estimate-billed, installment only on installment events', () => {
    const { events } = billingCalendar({ coverageYear: 2024 });
    expect(events[0]).toStrictEqual({
      event: 'retention-election-deadline',
      date: '2023-12-01',
      rule: 'RET-5',
      description: '2024 retention change form deadline; if late or missing, the level in force stays',
    });
    expect(events[3]).toStrictEqual({
      event: 'installment-1-due',
      date: '2024-02-01',
      rule: 'BIL-2',
      description: 'Full premium (annual) or first quarterly installment due',
      installment: 1,
    });
    expect(events.at(-1)).toStrictEqual({
      event: 'adjustment-due',
      date: '2025-10-01',
      rule: 'PRM-8',
      description: 'Additional premium from the 2024 adjustment due',
    });
    for (const e of events) {
      expect('exposureYear' in e).toBe(e.event === 'estimate-billed');
      expect('installment' in e).toBe(e.event.startsWith('installment-'));
      expect('date' in e !== ('start' in e && 'end' in e)).toBe(true);
    }
  });

  it('BIL-2 annual plan: only installment 1 is listed', () => {
    const names = billingCalendar({ coverageYear: 2024, plan: 'annual' }).events.map((e) => e.event);
    expect(names.filter((n) => n.startsWith('installment-'))).toStrictEqual(['installment-1-invoice', 'installment-1-due']);
    expect(names.length).toBe(8);
  });

  it('BIL-6 explain: one step per event, citing its rule', () => {
    const r = billingCalendar({ coverageYear: 2024 }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(r.events.map((e) => e.rule));
    expect(r.steps?.[1]?.result).toStrictEqual({ label: 'Window', value: '2023-12-01 to 2023-12-31', kind: 'date' });
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Date', value: '2023-12-01', kind: 'date' });
    expect(formatWorksheet(r.steps ?? [])).toContain('adjustment-due');
  });

  it('BIL-6 every name is one of BILLING_EVENTS, kebab-case, listed once', () => {
    const names = billingCalendar({ coverageYear: 2024 }).events.map((e) => e.event);
    expect([...names].sort()).toStrictEqual([...BILLING_EVENTS].sort());
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('billingCalendar: edge cases', () => {
  it('BIL-6 leap years: month windows end on the right day (February not involved, December/August/September fixed)', () => {
    const e = billingCalendar({ coverageYear: 2023 }).events;
    expect(e.find((x) => x.event === 'adjustment-billed')).toMatchObject({ start: '2024-08-01', end: '2024-08-31' });
    expect(e.find((x) => x.event === 'september-statement')).toMatchObject({ start: '2024-09-01', end: '2024-09-30' });
  });

  it('BIL-3 a long invoice lead reorders events: invoices sort by their own dates, ties keep the BILLING_EVENTS order (leap year 2024)', () => {
    const { events } = billingCalendar({ coverageYear: 2024 }, { invoiceLeadDays: 62 });
    expect(brief(events).slice(0, 5)).toStrictEqual([
      ['retention-election-deadline', '2023-12-01', 'RET-5'],
      ['estimate-billed', '2023-12-01..2023-12-31', 'BIL-1'],
      ['installment-1-invoice', '2023-12-01', 'BIL-3'],
      ['installment-2-invoice', '2024-01-30', 'BIL-3'],
      ['installment-1-due', '2024-02-01', 'BIL-2'],
    ]);
    const common = billingCalendar({ coverageYear: 2023 }, { invoiceLeadDays: 62 }).events;
    expect(common.find((e) => e.event === 'installment-2-invoice')?.date).toBe('2023-01-29');
  });

  it('BIL-3 ties on one day keep the BILLING_EVENTS order; invoice on the due date with a lead of 0', () => {
    const { events } = billingCalendar({ coverageYear: 2024 }, { invoiceLeadDays: 0 });
    expect(brief(events).slice(2, 4)).toStrictEqual([
      ['installment-1-invoice', '2024-02-01', 'BIL-3'],
      ['installment-1-due', '2024-02-01', 'BIL-2'],
    ]);
  });

  it('RET-5 first and last accepted coverage years', () => {
    expect(billingCalendar({ coverageYear: 1901 }).events[0]?.date).toBe('1900-12-01');
    expect(billingCalendar({ coverageYear: 2199 }).events.at(-1)?.date).toBe('2200-10-01');
  });
});

describe('properties', () => {
  it('BIL-6 events are sorted by date (windows by start), windows end on or after they start, all in Y−1..Y+1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 0, max: 366 }), (y, lead) => {
        const { events } = billingCalendar({ coverageYear: y }, { invoiceLeadDays: lead });
        const keys = events.map((e) => (e.date ?? e.start) as string);
        for (let i = 1; i < keys.length; i++) expect((keys[i - 1] as string) <= (keys[i] as string)).toBe(true);
        for (const e of events) {
          if (e.start !== undefined) expect((e.end as string) >= e.start).toBe(true);
          const year = Number((e.date ?? e.start)?.slice(0, 4));
          expect(year >= y - 2 && year <= y + 1).toBe(true);
        }
        const due = events.filter((e) => e.event.endsWith('-due') && e.event.startsWith('installment')).map((e) => e.date as string);
        for (let i = 1; i < due.length; i++) expect((due[i - 1] as string) < (due[i] as string)).toBe(true);
      }),
    );
  });
});

describe('billingCalendar: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ coverageYear: 2024, plan: 'quarterly' as const });
    expect(billingCalendar(input, deepFreeze({ explain: true, invoiceLeadDays: 20 })).events.length).toBe(14);
    expect(input).toStrictEqual({ coverageYear: 2024, plan: 'quarterly' });
  });

  it('bad input: years outside 1901–2199, wrong types, unknown plan, null', () => {
    expectIssues(() => billingCalendar({ coverageYear: 1900 }), [{ path: ['coverageYear'], code: 'out_of_range' }]);
    expectIssues(() => billingCalendar({ coverageYear: 2200 }), [{ path: ['coverageYear'], code: 'out_of_range' }]);
    expectIssues(() => billingCalendar({ coverageYear: '2024' as never }), [{ path: ['coverageYear'], code: 'not_an_integer' }]);
    expectIssues(() => billingCalendar({ coverageYear: 2024, plan: 'monthly' as never }), [{ path: ['plan'], code: 'not_one_of' }]);
    expectIssues(() => billingCalendar({} as never), [{ path: ['coverageYear'], code: 'required' }]);
    expectIssues(() => billingCalendar(null as never), [{ path: [], code: 'wrong_type' }]);
    expectIssues(
      () => billingCalendar({ coverageYear: 2024 }, { invoiceLeadDays: '20' as never }),
      [{ path: ['options', 'invoiceLeadDays'], code: 'not_an_integer' }],
    );
    expectIssues(
      () => billingCalendar({ coverageYear: 2024 }, { other: true } as never),
      [{ path: ['options', 'other'], code: 'unknown_field' }],
    );
  });
  it('GEN-1 any value for the input, a field or the options throws only WcraError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        onlyWcraErrors(() => billingCalendar(x as never));
        onlyWcraErrors(() => billingCalendar({ ...{ coverageYear: 2024 }, coverageYear: x } as never, y as never));
        onlyWcraErrors(() => billingCalendar({ coverageYear: 2024 }, { explain: true, other: y } as never));
      }),
    );
  });
});

describe('billingCalendar: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(billingCalendarDefinition)).toMatchInlineSnapshot(`
      "RET-5  retention-election-deadline: 2024 retention change form deadline; if late or missing, the level in force stays
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2023-12-01

      BIL-1  estimate-billed: Estimated 2024 premium billed, from actual 2022 exposure projected to 2024 (PRM-4)
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Window                                        2023-12-01 to 2023-12-31

      BIL-3  installment-1-invoice: Installment 1 invoice e-mailed, 20 days before due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-01-12

      BIL-2  installment-1-due: Full premium (annual) or first quarterly installment due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-02-01

      BIL-3  installment-2-invoice: Installment 2 invoice e-mailed, 20 days before due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-03-12

      BIL-2  installment-2-due: Quarterly installment 2 due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-04-01

      BIL-3  installment-3-invoice: Installment 3 invoice e-mailed, 20 days before due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-06-11

      BIL-2  installment-3-due: Quarterly installment 3 due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-07-01

      BIL-3  installment-4-invoice: Installment 4 invoice e-mailed, 20 days before due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-09-11

      BIL-2  installment-4-due: Quarterly installment 4 due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2024-10-01

      BIL-6  adjustment-computation: 2024 adjustment computed from actual 2024 exposure: actual - estimated premium (PRM-7)
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Window                                        2025-05-01 to 2025-07-31

      BIL-6  adjustment-billed: 2024 adjustment billed
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Window                                        2025-08-01 to 2025-08-31

      BIL-6  september-statement: Premium notice with the 2024 adjustment; a credit goes to premiums still due, the rest is refunded (PRM-8)
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Window                                        2025-09-01 to 2025-09-30

      PRM-8  adjustment-due: Additional premium from the 2024 adjustment due
        Coverage year                                                     2024
        ----------------------------------------------------------------------
        Date                                                        2025-10-01"
    `);
  });
});
