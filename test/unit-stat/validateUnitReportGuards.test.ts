// The branches of the rule checks of validateUnitReport, written out by hand.
import { describe, expect, it } from 'vitest';
import { validateUnitReport } from 'wcra-calc';

describe('validateUnitReport: guards', () => {
  const header = { policyNumber: 'WC-1001', effectiveDate: '2024-03-15', expirationDate: '2025-03-15', insuredName: 'Acme Tool Co.' };
  const e8810 = { classCode: '8810', exposure: '250000', manualRate: '0.12', premium: '300.00' };
  const e0174 = { classCode: '0174', exposure: '250000', manualRate: '0', premium: '0' };
  const loss = { claimNumber: 'C-1', accidentDate: '2024-06-01', injuryKind: '05', paid: '1200', incurred: '5000' };
  const good = { header, exposures: [e8810, e0174], losses: [loss] };
  // Codes and paths (the field's generic issue code in `fieldCode`), never the wording.
  const issues = (report: object) => validateUnitReport({ report }).issues.map((i) => [i.code, i.path.join('.'), i.fieldCode]);

  it('USR-1 a malformed effective date switches off the term checks: no INVALID_TERM, no ACCIDENT_OUTSIDE_TERM', () => {
    const early = { ...loss, accidentDate: '2020-01-01' };
    expect(issues({ ...good, header: { ...header, effectiveDate: '2024-13-01' }, losses: [early] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'not_a_date'],
    ]);
    expect(issues({ ...good, header: { ...header, effectiveDate: 20240315 }, losses: [early] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'not_a_date'],
    ]);
  });

  it('USR-1 a missing expiration date switches off the term checks', () => {
    const { expirationDate: _omitted, ...noExpiration } = header;
    expect(issues({ ...good, header: noExpiration, losses: [{ ...loss, accidentDate: '2030-01-01' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.expirationDate', 'required'],
    ]);
    const { effectiveDate: _gone, ...noEffective } = header;
    expect(issues({ ...good, header: noEffective, losses: [{ ...loss, accidentDate: '2030-01-01' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.header.effectiveDate', 'required'],
    ]);
  });

  it('USR-1 the premium check is skipped when the rate or the premium is malformed, exposure valid', () => {
    expect(issues({ ...good, exposures: [{ ...e8810, manualRate: 'abc' }, e0174] })).toStrictEqual([
      ['INVALID_FIELD', 'report.exposures.0.manualRate', 'not_a_number'],
    ]);
    expect(issues({ ...good, exposures: [{ ...e8810, premium: 'x' }, e0174] })).toStrictEqual([
      ['INVALID_FIELD', 'report.exposures.0.premium', 'not_money'],
    ]);
  });

  it('USR-1 paid vs incurred is skipped when either amount is malformed', () => {
    expect(issues({ ...good, losses: [{ ...loss, paid: 'x' }] })).toStrictEqual([['INVALID_FIELD', 'report.losses.0.paid', 'not_money']]);
    expect(issues({ ...good, losses: [{ ...loss, paid: '900', incurred: '-1' }] })).toStrictEqual([
      ['INVALID_FIELD', 'report.losses.0.incurred', 'out_of_range'],
    ]);
  });
});
