// The published premium and unit-stat figures live in src/rules/ with source and years (issue 13 item 9).
import { describe, expect, it } from 'vitest';
import {
  ESTIMATE_REVISION_THRESHOLD,
  estimateRevisionAllowed,
  LOCATION_LISTING_DEADLINE,
  locationListingDefault,
  MAX_RATE_PLACES,
  RATE_PRECISION,
  SPECIAL_COMPENSATION_FUND_CLASS,
  THREE_DECIMAL_RATES_FROM,
  UNIT_STAT_SCHEDULE,
  unitStatSchedule,
} from '../../src/index.js';
import { ratePlacesOn } from '../../src/rules/unitStat.js';

describe('premium and unit-stat rule figures', () => {
  it('PRM-5 PRM-10 USR-2 USR-5 USR-7 every table is deeply frozen and names its source', () => {
    for (const t of [ESTIMATE_REVISION_THRESHOLD, LOCATION_LISTING_DEADLINE, UNIT_STAT_SCHEDULE, ...RATE_PRECISION]) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(t.source).toMatch(/RULES\.md (PRM|USR)-\d+/);
    }
    expect(Object.isFrozen(RATE_PRECISION)).toBe(true);
    expect(Object.isFrozen(LOCATION_LISTING_DEADLINE.value)).toBe(true);
    expect([ESTIMATE_REVISION_THRESHOLD.value, SPECIAL_COMPENSATION_FUND_CLASS, MAX_RATE_PLACES]).toStrictEqual(['0.15', '0174', 3]);
    expect(LOCATION_LISTING_DEADLINE.value).toStrictEqual({ month: 12, day: 1, yearOffset: -1 });
  });

  it('USR-7 rate decimals by date: 2 before 2026-01-01, 3 from then', () => {
    expect(THREE_DECIMAL_RATES_FROM).toBe('2026-01-01');
    expect([ratePlacesOn('1900-01-01'), ratePlacesOn('2025-12-31'), ratePlacesOn('2026-01-01'), ratePlacesOn('2200-12-31')]).toStrictEqual([
      2, 2, 3, 3,
    ]);
  });

  it('PRM-5 the calculator reads the 15% threshold: exactly 15% allowed, just under not', () => {
    expect(estimateRevisionAllowed({ estimate: '1000', revised: '1150' }).allowed).toBe(true);
    expect(estimateRevisionAllowed({ estimate: '1000', revised: '1149.99' }).allowed).toBe(false);
    const steps = estimateRevisionAllowed({ estimate: '1000', revised: '1150' }, { explain: true }).steps ?? [];
    expect(steps[1]?.inputs[1]).toMatchObject({ label: '15% of the estimate', value: '150.00' });
  });

  it('PRM-10 USR-2 the calculators read the deadline and the schedule', () => {
    expect(locationListingDefault({ coverageYear: 2026, entities: [] }).deadline).toBe('2025-12-01');
    const first = unitStatSchedule({ policyEffectiveDate: '2024-03-15', reports: 2 }).reports;
    expect(first.map((r) => [r.valuationDate, r.filingStart, r.filingEnd])).toStrictEqual([
      ['2025-09-15', '2025-09-01', '2025-11-30'],
      ['2026-09-15', '2026-09-01', '2026-11-30'],
    ]);
  });
});
