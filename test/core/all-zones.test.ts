// GEN-2 / GEN-4: every date computation gives the UTC answer in every time zone of the host,
// including the zones that skipped a calendar day (Pacific/Kiritimati 1994-12-31, Pacific/Apia
// and Pacific/Fakaofo 2011-12-30, Kwajalein 1993-08-21), on dates sampled across 1900–2199.
// Node re-reads `process.env.TZ` when it is assigned (checked below), so one process visits
// every zone of Intl.supportedValuesOf('timeZone').
import { afterAll, describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators.js';
import { loadCases } from '../../src/cli/conformance.js';
import {
  addBusinessDays,
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isWeekendDate,
  toDayNumber,
  weekdayOf,
} from '../../src/core/dates.js';
import { jsonSchemaOf } from '../../src/core/json-schema.js';
import {
  benefitWeeks,
  billingCalendar,
  claimReportingStatus,
  installmentSchedule,
  isWcraError,
  lateReportFine,
  nextReimbursementWindow,
  paymentStatus,
  unitStatSchedule,
  unitStatStatus,
} from '../../src/index.js';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const ZONES: ReadonlyArray<string> = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const DAY_MS = 86_400_000;

/** The outcome of a call, as comparable data: the JSON result, or the error code and issue codes. */
function outcome(fn: () => unknown): string {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    if (isWcraError(error)) return `error ${error.code} ${JSON.stringify(error.issues.map((i) => [i.path, i.code]))}`;
    return `thrown ${String(error)}`;
  }
}

/** Every date calculator, and the core helpers, as functions of one date `d`. */
const CHECKS: ReadonlyArray<readonly [string, (d: string) => unknown]> = [
  [
    'core',
    (d) => [addDays(d, 1), addDays(d, -1), daysBetween('1994-12-30', d), addMonths(d, 1), endOfMonth(d), weekdayOf(d), isWeekendDate(d)],
  ],
  ['core business days', (d) => [addBusinessDays(d, 3), addBusinessDays(d, 10, [addDays(d, 2)])]],
  ['paymentStatus next day', (d) => paymentStatus({ dueDate: d, receivedOn: addDays(d, 1) })],
  ['paymentStatus two days', (d) => paymentStatus({ dueDate: addDays(d, -1), receivedOn: addDays(d, 1) })],
  ['unitStatSchedule', (d) => unitStatSchedule({ policyEffectiveDate: addMonths(d, -18), reports: 2 })],
  ['unitStatStatus', (d) => unitStatStatus({ policyEffectiveDate: addMonths(d, -18), filed: [], asOf: addDays(d, 2), reports: 1 })],
  ['lateReportFine', (d) => lateReportFine({ reports: [{ dueDate: addDays(d, -1), receivedOn: addDays(d, 1) }] })],
  [
    'claimReportingStatus',
    (d) => claimReportingStatus({ incurred: '40000', retention: '500000', catastrophic: true, notifiedOn: addDays(d, -3) }),
  ],
  [
    'nextReimbursementWindow',
    (d) => nextReimbursementWindow({ dateOfLoss: addMonths(d, -6), asOf: d, paid: '600000', retention: '500000' }),
  ],
  ['benefitWeeks', (d) => benefitWeeks({ start: addDays(d, -3), end: addDays(d, 3) })],
  ['billingCalendar', (d) => billingCalendar({ coverageYear: Number(d.slice(0, 4)) })],
  ['installmentSchedule', (d) => installmentSchedule({ coverageYear: Number(d.slice(0, 4)), amount: '100000.03', plan: 'quarterly' })],
];

/** Dates spread over 1900–2199 (a fixed pseudo-random walk, month ends and leap days). */
const SAMPLE: ReadonlyArray<string> = (() => {
  const first = toDayNumber('1900-01-04');
  const span = toDayNumber('2199-12-28') - first;
  const out = ['1900-02-28', '1900-03-01', '2000-02-29', '2100-02-28', '2100-03-01', '2199-12-28', '1999-12-31', '2024-12-31'];
  let seed = 20_260_101;
  for (let i = 0; i < 240; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(fromDayNumber(first + (seed % span)));
  }
  return out;
})();

/** UTC dates (±3 days) around each instant where the current zone's offset jumps by 20 hours or more. */
function skippedDayWindows(): string[] {
  const out: string[] = [];
  let prevT = Date.UTC(1900, 0, 15);
  let prev = new Date(prevT).getTimezoneOffset();
  for (let y = 1900; y <= 2199; y++) {
    for (let m = 0; m < 12; m++) {
      const t = Date.UTC(y, m, 15);
      const off = new Date(t).getTimezoneOffset();
      if (Math.abs(off - prev) >= 20 * 60) {
        let lo = prevT;
        let hi = t;
        while (hi - lo > DAY_MS) {
          const mid = lo + Math.floor((hi - lo) / 2 / DAY_MS) * DAY_MS;
          if (new Date(mid).getTimezoneOffset() === prev) lo = mid;
          else hi = mid;
        }
        const day = Math.floor(hi / DAY_MS);
        for (let k = -3; k <= 3; k++) out.push(new Date((day + k) * DAY_MS).toISOString().slice(0, 10));
      }
      prev = off;
      prevT = t;
    }
  }
  return out;
}

describe('GEN-2 every time zone gives the UTC answer', () => {
  it('Node applies a TZ assigned at run time (the premise of this test)', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date(Date.UTC(2000, 0, 1)).getTimezoneOffset()).toBe(-14 * 60);
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(Date.UTC(2000, 0, 1)).getTimezoneOffset()).toBe(8 * 60);
    process.env.TZ = 'UTC';
    expect(new Date(Date.UTC(2000, 0, 1)).getTimezoneOffset()).toBe(0);
  });

  it('the issue 14 cases: Kiritimati 1994-12-31, Apia 2011-12-30', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(paymentStatus({ dueDate: '1994-12-31', receivedOn: '1995-01-01' })).toEqual({ late: true, daysLate: 1 });
    expect(paymentStatus({ dueDate: '1994-12-30', receivedOn: '1995-01-01' })).toEqual({ late: true, daysLate: 2 });
    expect(unitStatSchedule({ policyEffectiveDate: '1993-06-30', reports: 1 }).reports[0]?.valuationDate).toBe('1994-12-30');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(daysBetween('1994-12-30', '1995-01-01')).toBe(2);
    process.env.TZ = 'Pacific/Apia';
    expect(lateReportFine({ reports: [{ dueDate: '2011-12-28', receivedOn: '2011-12-30' }] }).totalDaysLate).toBe(2);
    expect(lateReportFine({ reports: [{ dueDate: '2011-12-29', receivedOn: '2011-12-30' }] }).totalFine).toBe('100.00');
    expect(daysBetween('2011-12-30', '2011-12-31')).toBe(1);
    // 2011-12-30 is a Friday: 3 business days after Wednesday 2011-12-28 is Monday 2012-01-02,
    // and the catastrophic claim's 10 business days after Monday 2011-12-26 end Monday 2012-01-09.
    expect(claimReportingStatus({ incurred: '40000', retention: '500000', catastrophic: true, notifiedOn: '2011-12-26' }).deadline).toBe(
      '2012-01-09',
    );
    expect(addBusinessDays('2011-12-28', 3)).toBe('2012-01-02');
    expect(weekdayOf('2011-12-30')).toBe(4);
    process.env.TZ = 'UTC';
  });

  it('every zone: around its skipped days and across 1900–2199', () => {
    // Phase 1: each zone's own dates to check (its skipped days, and a share of the sample).
    const datesByZone = new Map<string, string[]>();
    ZONES.forEach((zone, z) => {
      process.env.TZ = zone;
      const share = SAMPLE.filter((_, i) => i % 16 === z % 16);
      datesByZone.set(zone, [...skippedDayWindows(), ...share]);
    });
    const skipping = [...datesByZone.entries()].filter(([, dates]) => dates.includes('1994-12-31') || dates.includes('2011-12-30'));
    expect(skipping.map(([zone]) => zone)).toEqual(expect.arrayContaining(['Pacific/Kiritimati', 'Pacific/Apia']));
    // Phase 2: the UTC answers.
    process.env.TZ = 'UTC';
    const all = new Set([...datesByZone.values()].flat());
    const expected = new Map<string, string>();
    for (const d of all)
      for (const [name, fn] of CHECKS)
        expected.set(
          `${name} ${d}`,
          outcome(() => fn(d)),
        );
    // Phase 3: every zone.
    const mismatches: string[] = [];
    let checked = 0;
    for (const [zone, dates] of datesByZone) {
      process.env.TZ = zone;
      for (const d of dates) {
        for (const [name, fn] of CHECKS) {
          checked++;
          const got = outcome(() => fn(d));
          if (got !== expected.get(`${name} ${d}`)) mismatches.push(`${zone} ${name} ${d}: ${got}`);
        }
      }
    }
    process.env.TZ = 'UTC';
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(ZONES.length * 15 * CHECKS.length);
  });
});

/** True when a JSON Schema has a date field anywhere. */
const readsDates = (schema: unknown): boolean => JSON.stringify(schema).includes('"format":"date"');

/** True when a result holds a date (`billingCalendar` reads a year and gives dates). */
const givesDates = (d: (typeof CALCULATORS)[number]): boolean =>
  /"\d{4}-\d{2}-\d{2}/.test(JSON.stringify(d.run(d.example, d.exampleOptions)));

/** Every calculator that reads or gives a date, derived from the definitions. */
const DATED = CALCULATORS.filter((d) => readsDates(jsonSchemaOf(d.input)) || readsDates(jsonSchemaOf(d.options)) || givesDates(d));
const CASES = loadCases(new URL('../conformance/', import.meta.url).pathname).flatMap(({ cases }) => cases);

describe('GEN-2 every calculator that reads a date gives the UTC answer in every zone', () => {
  it('its example and every conformance case, with explain, in the zones that skipped a day and one in six of the others', () => {
    console.log(`all zones: ${DATED.length} calculators read or give dates: ${DATED.map((d) => d.name).join(', ')}`);
    expect(DATED.length).toBeGreaterThanOrEqual(25);
    const runs = DATED.flatMap((def) =>
      [{ input: def.example, options: def.exampleOptions }, ...CASES.filter((c) => c.function === def.name)].map(({ input, options }) => {
        const opts = { ...(options as object), ...(def.explains ? { explain: true } : {}) };
        return { name: def.name, run: () => def.run(input, opts) };
      }),
    );
    process.env.TZ = 'UTC';
    const expected = runs.map((r) => outcome(r.run));
    const zones = ZONES.filter(
      (zone, z) => z % 6 === 0 || ['Pacific/Kiritimati', 'Pacific/Apia', 'Pacific/Fakaofo', 'Pacific/Kwajalein'].includes(zone),
    );
    const mismatches: string[] = [];
    for (const zone of zones) {
      process.env.TZ = zone;
      runs.forEach((r, i) => {
        const got = outcome(r.run);
        if (got !== expected[i]) mismatches.push(`${zone} ${r.name} #${i}: ${got.slice(0, 120)}`);
      });
    }
    process.env.TZ = 'UTC';
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(zones.length).toBeGreaterThan(60);
  });
});

describe('GEN-2 day numbers', () => {
  it('round-trip every day of 1900–2200 and agree with UTC Date arithmetic', () => {
    const first = toDayNumber('1900-01-01');
    const last = toDayNumber('2200-12-31');
    expect(first).toBe(Date.UTC(1900, 0, 1) / DAY_MS);
    expect(last).toBe(Date.UTC(2200, 11, 31) / DAY_MS);
    for (let n = first; n <= last; n++) {
      const d = fromDayNumber(n);
      if (toDayNumber(d) !== n || d !== new Date(n * DAY_MS).toISOString().slice(0, 10)) throw new Error(`day ${n} → ${d}`);
    }
  });
});
