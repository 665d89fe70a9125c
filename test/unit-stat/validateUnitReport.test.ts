import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUnitReport } from 'wcra-calc';
import { addDays, addMonths, daysBetween } from '../../src/core/dates.js';
import { validateUnitReportDefinition } from '../../src/unit-stat/validateUnitReport.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, isoDateArb, thrown } from './helpers.js';

const header = { policyNumber: 'WC-1001', effectiveDate: '2024-03-15', expirationDate: '2025-03-15', insuredName: 'Acme Tool Co.' };
/** A policy effective from 2026-01-01, when 3-decimal manual rates start (USR-7). */
const header2026 = { ...header, effectiveDate: '2026-03-15', expirationDate: '2027-03-15' };
const e8810 = { classCode: '8810', exposure: '250000', manualRate: '0.12', premium: '300.00' };
const e0174 = { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' };
const loss = { claimNumber: 'C-1', accidentDate: '2024-06-01', injuryKind: '05', paid: '1200', incurred: '5000' };
const good = { header, exposures: [e8810, e0174], losses: [loss] };

/** The report of the guide and the example: one report with six issues. */
const failing = {
  header: { policyNumber: 'WC-2001', effectiveDate: '2026-03-15', expirationDate: '2027-03-15', insuredName: 'Lakeside Bakery LLC' },
  exposures: [
    { classCode: '2003', exposure: '180000', manualRate: '3.215', premium: '5787.00' },
    { classCode: '8810', exposure: '60000', manualRate: '0.18', premium: '110.00' },
    { classCode: '174', exposure: '240000', manualRate: '0', premium: '0' },
  ],
  losses: [
    { claimNumber: 'C-1', accidentDate: '2027-03-15', injuryKind: '05', paid: '2500', incurred: '4000' },
    { claimNumber: 'C-2', accidentDate: '2026-07-02', injuryKind: '06', paid: '900', incurred: '850' },
    { accidentDate: '2026-13-01', injuryKind: '06', paid: '100', incurred: '100' },
  ],
};

const codes = (report: unknown) => validateUnitReport({ report: report as object }).issues.map((i) => i.code);

describe('validateUnitReport worked examples', () => {
  it('USR-1 USR-5 a consistent report has no issues', () => {
    expect(validateUnitReport({ report: good })).toStrictEqual({ valid: true, issues: [] });
  });

  it('USR-1 USR-5 a report with several problems lists every one of them, in order', () => {
    expect(validateUnitReport({ report: failing })).toStrictEqual({
      valid: false,
      issues: [
        {
          code: 'INVALID_CLASS_CODE',
          path: ['report', 'exposures', 2, 'classCode'],
          message: expect.any(String),
          fieldCode: 'not_a_class_code',
        },
        {
          code: 'INVALID_FIELD',
          path: ['report', 'losses', 2, 'accidentDate'],
          message: expect.any(String),
          fieldCode: 'not_a_date',
        },
        {
          code: 'PREMIUM_MISMATCH',
          path: ['report', 'exposures', 1, 'premium'],
          message: expect.any(String),
        },
        {
          code: 'MISSING_CLASS_0174',
          path: ['report', 'exposures'],
          message: expect.any(String),
        },
        {
          code: 'ACCIDENT_OUTSIDE_TERM',
          path: ['report', 'losses', 0, 'accidentDate'],
          message: expect.any(String),
        },
        {
          code: 'PAID_EXCEEDS_INCURRED',
          path: ['report', 'losses', 1, 'paid'],
          message: expect.any(String),
        },
      ],
    });
  });
});

describe('validateUnitReport edge cases', () => {
  it('USR-5 class 0174 with zero premium counts as present; without it the report fails, even with no exposures', () => {
    expect(codes({ ...good, exposures: [e0174] })).toStrictEqual([]);
    expect(codes({ ...good, exposures: [] })).toStrictEqual(['MISSING_CLASS_0174']);
    expect(codes({ ...good, exposures: [e8810] })).toStrictEqual(['MISSING_CLASS_0174']);
  });

  it('USR-1 term: expiration on or before the effective date is INVALID_TERM, and accidents are then not checked', () => {
    const r = validateUnitReport({ report: { ...good, header: { ...header, expirationDate: '2024-03-15' } } });
    expect(r.issues).toStrictEqual([
      {
        code: 'INVALID_TERM',
        path: ['report', 'header', 'expirationDate'],
        message: expect.any(String),
      },
    ]);
    expect(
      codes({ ...good, header: { ...header, expirationDate: '2023-03-15' }, losses: [{ ...loss, accidentDate: '2030-01-01' }] }),
    ).toStrictEqual(['INVALID_TERM']);
  });

  it('USR-1 accidents on the effective date are inside; on the expiration date outside unless the option says so', () => {
    expect(codes({ ...good, losses: [{ ...loss, accidentDate: '2024-03-15' }] })).toStrictEqual([]);
    expect(codes({ ...good, losses: [{ ...loss, accidentDate: '2024-03-14' }] })).toStrictEqual(['ACCIDENT_OUTSIDE_TERM']);
    expect(codes({ ...good, losses: [{ ...loss, accidentDate: '2025-03-14' }] })).toStrictEqual([]);
    const onExpiry = { ...good, losses: [{ ...loss, accidentDate: '2025-03-15' }] };
    expect(codes(onExpiry)).toStrictEqual(['ACCIDENT_OUTSIDE_TERM']);
    expect(validateUnitReport({ report: onExpiry }, { termIncludesExpirationDate: true }).issues).toStrictEqual([]);
    const after = validateUnitReport(
      { report: { ...good, losses: [{ ...loss, accidentDate: '2025-03-16' }] } },
      { termIncludesExpirationDate: true },
    );
    expect(after.issues.map((i) => [i.code, i.path.join('.')])).toStrictEqual([['ACCIDENT_OUTSIDE_TERM', 'report.losses.0.accidentDate']]);
  });

  it('USR-1 leap-year terms: an accident on February 29 is in a term that spans it', () => {
    const leap = { ...header, effectiveDate: '2024-02-29', expirationDate: '2025-02-28' };
    expect(codes({ ...good, header: leap, losses: [{ ...loss, accidentDate: '2024-02-29' }] })).toStrictEqual([]);
    expect(codes({ ...good, header: leap, losses: [{ ...loss, accidentDate: '2024-02-28' }] })).toStrictEqual(['ACCIDENT_OUTSIDE_TERM']);
  });

  it('USR-1 premium may differ from exposure / 100 x manual rate by exactly one cent, not more', () => {
    const row = (premium: string) => ({
      ...good,
      header: header2026,
      losses: [],
      exposures: [{ classCode: '5403', exposure: '12345.67', manualRate: '7.895', premium }, e0174],
    });
    // 12345.67 / 100 x 7.895 = 974.6906465
    expect(codes(row('974.69'))).toStrictEqual([]);
    expect(codes(row('974.70'))).toStrictEqual([]);
    expect(codes(row('974.68'))).toStrictEqual(['PREMIUM_MISMATCH']); // 0.0106465 away
    expect(codes(row('974.71'))).toStrictEqual(['PREMIUM_MISMATCH']);
    // exactly one cent apart: 100 / 100 x 1 = 1
    const exact = (premium: string) => ({ ...good, exposures: [{ classCode: '5403', exposure: '100', manualRate: '1', premium }, e0174] });
    expect(codes(exact('1.01'))).toStrictEqual([]);
    expect(codes(exact('0.99'))).toStrictEqual([]);
    expect(codes(exact('1.02'))).toStrictEqual(['PREMIUM_MISMATCH']);
    expect(codes(exact('0.98'))).toStrictEqual(['PREMIUM_MISMATCH']);
  });

  it('USR-1 amounts near 2^53 cents are compared exactly', () => {
    const big = { classCode: '5403', exposure: '90071992547409.91', manualRate: '100', premium: '90071992547409.91' };
    expect(codes({ ...good, exposures: [big, e0174] })).toStrictEqual([]);
    expect(codes({ ...good, exposures: [{ ...big, premium: '90071992547409.89' }, e0174] })).toStrictEqual(['PREMIUM_MISMATCH']);
    expect(codes({ ...good, losses: [{ ...loss, paid: '90071992547409.91', incurred: '90071992547409.90' }] })).toStrictEqual([
      'PAID_EXCEEDS_INCURRED',
    ]);
  });

  it('USR-7 manual rates may carry 3 decimals on a policy effective from 2026-01-01, never 4', () => {
    const r3 = { classCode: '5403', exposure: '1000', manualRate: '2.125', premium: '21.25' };
    const on2026 = { ...good, header: header2026, losses: [] };
    expect(codes({ ...on2026, exposures: [r3, e0174] })).toStrictEqual([]);
    expect(codes({ ...on2026, exposures: [{ ...r3, manualRate: '2.1250' }, e0174] })).toStrictEqual([]);
    expect(codes({ ...on2026, exposures: [{ ...r3, manualRate: '-1' }, e0174] })).toStrictEqual(['INVALID_FIELD']);
    expect(codes({ ...on2026, exposures: [{ ...r3, manualRate: '-0', premium: '0' }, e0174] })).toStrictEqual([]);
    const r4 = validateUnitReport({ report: { ...on2026, exposures: [{ ...r3, manualRate: '2.1255' }, e0174] } });
    expect(r4.issues.map((i) => [i.code, i.fieldCode, i.path])).toStrictEqual([
      ['INVALID_FIELD', 'too_many_decimals', ['report', 'exposures', 0, 'manualRate']],
    ]);
    const fieldCodes = (manualRate: string) =>
      validateUnitReport({ report: { ...on2026, exposures: [{ ...r3, manualRate }, e0174] } }).issues.map((i) => i.fieldCode);
    expect([fieldCodes('abc'), fieldCodes('-1'), fieldCodes('1e999999')]).toStrictEqual([
      ['not_a_number'],
      ['out_of_range'],
      ['not_a_number'],
    ]);
  });

  it('USR-7 a policy effective before 2026-01-01 takes at most 2 decimals: too_many_decimals (issue 14 item 17)', () => {
    const r3 = { classCode: '5403', exposure: '1000', manualRate: '2.125', premium: '21.25' };
    const at = (effectiveDate: string) => ({ ...good, header: { ...header, effectiveDate, expirationDate: '2027-06-30' }, losses: [] });
    const r = validateUnitReport({ report: { ...at('2024-03-15'), exposures: [r3, e0174] } });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.fieldCode, i.path])).toStrictEqual([
      ['INVALID_FIELD', 'too_many_decimals', ['report', 'exposures', 0, 'manualRate']],
    ]);
    // the boundary: the last day of 2025 rejects, 2026-01-01 accepts
    expect(validateUnitReport({ report: { ...at('2025-12-31'), exposures: [r3, e0174] } }).issues.map((i) => i.fieldCode)).toStrictEqual([
      'too_many_decimals',
    ]);
    expect(codes({ ...at('2026-01-01'), exposures: [r3, e0174] })).toStrictEqual([]);
    // 2 decimals (and trailing zeros) are fine before 2026; a 3-decimal row skips its premium check
    expect(codes({ ...at('2024-03-15'), exposures: [{ ...r3, manualRate: '2.120', premium: '21.20' }, e0174] })).toStrictEqual([]);
    expect(codes({ ...at('2024-03-15'), exposures: [{ ...r3, premium: '99' }, e0174] })).toStrictEqual(['INVALID_FIELD']);
    // without a well-formed effective date the date rule cannot be applied: only the field issue
    const noDate = validateUnitReport({ report: { ...at('2024-02-30'), exposures: [r3, e0174] } });
    expect(noDate.issues.map((i) => [i.fieldCode, i.path.join('.')])).toStrictEqual([['not_a_date', 'report.header.effectiveDate']]);
  });

  it('USR-1 paid equal to incurred is fine; numbers are accepted as amounts', () => {
    expect(codes({ ...good, losses: [{ ...loss, paid: 5000, incurred: '5000.00' }] })).toStrictEqual([]);
    expect(codes({ ...good, losses: [] })).toStrictEqual([]);
  });

  it('USR-1 malformed fields are INVALID_FIELD issues with paths, never thrown', () => {
    const r = validateUnitReport({
      report: {
        header: { policyNumber: '', effectiveDate: '2019-02-30', insuredName: 7, agent: 'x' },
        exposures: [null, { classCode: 8810, exposure: '-5', manualRate: 'abc', premium: '1.005' }, { ...e0174, classCode: undefined }],
        losses: 'none',
        extra: true,
      },
    });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toStrictEqual([
      ['INVALID_FIELD', 'report.header.policyNumber'],
      ['INVALID_FIELD', 'report.header.effectiveDate'],
      ['INVALID_FIELD', 'report.header.expirationDate'],
      ['INVALID_FIELD', 'report.header.insuredName'],
      ['INVALID_FIELD', 'report.header.agent'],
      ['INVALID_FIELD', 'report.exposures.0'],
      ['INVALID_CLASS_CODE', 'report.exposures.1.classCode'],
      ['INVALID_FIELD', 'report.exposures.1.exposure'],
      ['INVALID_FIELD', 'report.exposures.1.manualRate'],
      ['INVALID_FIELD', 'report.exposures.1.premium'],
      ['INVALID_CLASS_CODE', 'report.exposures.2.classCode'],
      ['INVALID_FIELD', 'report.losses'],
      ['INVALID_FIELD', 'report.extra'],
      ['MISSING_CLASS_0174', 'report.exposures'],
    ]);
  });

  it('USR-1 missing sections are reported, and an empty object reports class 0174 missing too', () => {
    expect(validateUnitReport({ report: {} }).issues.map((i) => [i.code, i.path.join('.'), i.fieldCode])).toStrictEqual([
      ['INVALID_FIELD', 'report.header', 'required'],
      ['INVALID_FIELD', 'report.exposures', 'required'],
      ['INVALID_FIELD', 'report.losses', 'required'],
      ['MISSING_CLASS_0174', 'report.exposures', undefined],
    ]);
    expect(codes({ ...good, losses: [{ ...loss, paid: 'x', accidentDate: 5, claimNumber: '' }, 3] })).toStrictEqual([
      'INVALID_FIELD',
      'INVALID_FIELD',
      'INVALID_FIELD',
      'INVALID_FIELD',
    ]);
  });
});

/** A consistent report: premiums = exposure / 100 x rate rounded to cents, accidents in term, paid <= incurred. */
const consistentReport = fc
  .record({
    eff: isoDateArb,
    months: fc.integer({ min: 1, max: 36 }),
    rows: fc.array(
      fc.record({
        classCode: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        exposureCents: fc.bigInt({ min: 0n, max: 100_000_000_000n }),
        rateThousandths: fc.bigInt({ min: 0n, max: 99_999n }),
      }),
      { maxLength: 6 },
    ),
    zero0174: fc.boolean(),
    at: fc.integer({ min: 0, max: 6 }),
    losses: fc.array(
      fc.record({
        dayFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        paid: fc.bigInt({ min: 0n, max: 10n ** 12n }),
        extra: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      }),
      {
        maxLength: 5,
      },
    ),
  })
  .map(({ eff, months, rows, zero0174, at, losses }) => {
    const exp = addMonths(eff, months);
    const term = daysBetween(eff, exp);
    // RULES: USR-7 — 3-decimal rates only on policies effective from 2026-01-01.
    const places = eff < '2026-01-01' ? 10n : 1n;
    const row = (classCode: string, e: bigint, rawRate: bigint) => {
      const r = (rawRate / places) * places;
      return {
        classCode,
        exposure: cents(e),
        manualRate: `${r / 1000n}.${String(r % 1000n).padStart(3, '0')}`,
        premium: cents((e * r + 50_000n) / 100_000n), // half-up to the cent
      };
    };
    const exposures = rows.filter((r) => r.classCode !== '0174').map((r) => row(r.classCode, r.exposureCents, r.rateThousandths));
    const special = zero0174 ? row('0174', 0n, 0n) : row('0174', rows[0]?.exposureCents ?? 12345n, 123n);
    exposures.splice(Math.min(at, exposures.length), 0, special);
    return {
      header: { policyNumber: 'P-1', effectiveDate: eff, expirationDate: exp, insuredName: 'Insured' },
      exposures,
      losses: losses.map((l, i) => ({
        claimNumber: `C-${i}`,
        accidentDate: addDays(eff, Math.min(term - 1, Math.floor(l.dayFraction * term))),
        injuryKind: '06',
        paid: cents(l.paid),
        incurred: cents(l.paid + l.extra),
      })),
    };
  });

describe('properties', () => {
  it('USR-1 USR-5 a report built from consistent data has no issues', () => {
    fc.assert(
      fc.property(consistentReport, (report) => {
        expect(validateUnitReport({ report })).toStrictEqual({ valid: true, issues: [] });
      }),
    );
  });

  it('USR-5 removing class 0174 always yields MISSING_CLASS_0174 (and nothing else)', () => {
    fc.assert(
      fc.property(consistentReport, (report) => {
        const without = { ...report, exposures: report.exposures.filter((e) => e.classCode !== '0174') };
        const r = validateUnitReport({ report: without });
        expect(r.valid).toBe(false);
        expect(r.issues.map((i) => i.code)).toStrictEqual(['MISSING_CLASS_0174']);
      }),
    );
  });

  it('USR-1 never throws on any report content', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('header', 'exposures', 'losses', 'x'), fc.anything()), (report) => {
        const r = validateUnitReport({ report });
        expect(r.valid).toBe(r.issues.length === 0);
        for (const i of r.issues) expect(i.path[0]).toBe('report');
      }),
    );
  });
});

describe('validateUnitReport input', () => {
  it.each([
    [null, [], 'wrong_type'],
    [{}, ['report'], 'required'],
    [{ report: [] }, ['report'], 'wrong_type'],
    [{ report: 'x' }, ['report'], 'wrong_type'],
    [{ report: good, strict: true }, ['strict'], 'unknown_field'],
  ])('USR-1 throws INVALID_INPUT only when the argument is not { report: object }: %j', (input, path, code) => {
    expectIssues(() => validateUnitReport(input as never), [{ path, code }]);
  });

  it('USR-1 rejects bad options', () => {
    const e = thrown(() => validateUnitReport({ report: good }, { termIncludesExpirationDate: 1 } as never));
    expect(e.issues?.[0]?.path).toStrictEqual(['options', 'termIncludesExpirationDate']);
  });
});

describe('validateUnitReport: inputs are not mutated', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ report: structuredClone(failing) });
    validateUnitReport(input);
    expect(input.report).toStrictEqual(failing);
  });
});

describe('validateUnitReport: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(validateUnitReportDefinition)).toMatchInlineSnapshot(`
      "USR-1  Header, exposure and loss fields well formed; term runs forward; premium = exposure / 100 x manual rate within $0.01; accidents in the term; paid <= incurred
        Issues found                                                         0
        ----------------------------------------------------------------------
        USR-1 issues                                                         0

      USR-5  Class 0174 (Special Compensation Fund) on every report, even with zero premium
        Issues found                                                         0
        ----------------------------------------------------------------------
        USR-5 issues                                                         0

      USR-7  Manual rates carry at most 2 decimals on policies effective before 2026-01-01, 3 from then on
        Issues found                                                         0
        ----------------------------------------------------------------------
        USR-7 issues                                                         0"
    `);
  });
});
