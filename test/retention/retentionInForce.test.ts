// The one retention lookup (src/retention/retentionInForce.ts): reimbursementRun asks retention
// for the level and limit in force (RET-4, RET-7) instead of keeping its own copy, so the batch
// and the single-member function agree on every occurrence, and on every refusal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableRetention, type Claim, type Election, type RetentionLevel, reimbursementRun } from 'wcra-calc';
import { catchWcra, expectWcraError } from '../helpers.js';

const LEVELS: ReadonlyArray<RetentionLevel> = ['low', 'high', 'super', 'jumbo'];
const MEMBERS = ['M1', 'M2', 'M3'];

const claim = (claimId: string, memberId: string, injuryDate: string, occurrenceId?: string): Claim => ({
  claimId,
  memberId,
  employeeId: `E-${claimId}`,
  injuryDate,
  kind: 'injury',
  paid: '750000',
  ...(occurrenceId === undefined ? {} : { occurrenceId }),
});

/** Elections for some members and years 2016–2019 (jumbo is not offered before 2018), each member and year once. */
const arbElections: fc.Arbitrary<Election[]> = fc
  .uniqueArray(
    fc.record({ memberId: fc.constantFrom(...MEMBERS), year: fc.integer({ min: 2016, max: 2019 }), level: fc.constantFrom(...LEVELS) }),
    { selector: (e) => `${e.memberId}|${e.year}`, maxLength: 12 },
  )
  .map((es) => es.map((e) => ({ ...e })));

const arbClaim = fc.record({
  memberId: fc.constantFrom(...MEMBERS),
  injuryDate: fc.constantFrom('2016-01-01', '2017-06-30', '2018-12-31', '2019-03-05', '2020-07-01'),
});

describe('retention in force: reimbursementRun uses the lookup of applicableRetention (RET-4)', () => {
  it('RET-4 RET-2 every single-claim occurrence has the level and limit applicableRetention gives for its member, and the same refusal', () => {
    fc.assert(
      fc.property(arbElections, arbClaim, (elections, c) => {
        const own = elections.filter((e) => e.memberId === c.memberId).map(({ year, level }) => ({ year, level }));
        const run = () => reimbursementRun({ claims: [claim('A', c.memberId, c.injuryDate)], elections });
        const single = () => applicableRetention({ injuryDate: c.injuryDate, elections: own });
        let expected: { year: number; level: RetentionLevel; limit: string };
        try {
          expected = single();
        } catch {
          // The same refusal: NO_ELECTION for a year without an election, LEVEL_NOT_OFFERED for jumbo before 2018.
          expect(catchWcra(run).code).toBe(catchWcra(single).code);
          return;
        }
        const o = run().occurrences[0];
        expect([o?.year, o?.level, o?.retention]).toStrictEqual([expected.year, expected.level, expected.limit]);
      }),
    );
  });

  it('RET-7 an occurrence across affiliates takes the level they share; a clash is AFFILIATE_LEVEL_MISMATCH only in a year with a claim', () => {
    const elections: Election[] = [
      { memberId: 'M1', year: 2019, level: 'high' },
      { memberId: 'M2', year: 2019, level: 'high' },
      { memberId: 'M1', year: 2018, level: 'low' },
      { memberId: 'M2', year: 2018, level: 'super' },
    ];
    const affiliateGroups = { M1: 'G', M2: 'G' };
    const storm = [claim('A', 'M1', '2019-03-05', 'STORM'), claim('B', 'M2', '2019-03-05', 'STORM')];
    const r = reimbursementRun({ claims: storm, elections, affiliateGroups });
    expect(r.occurrences.map((o) => [o.memberIds, o.level, o.retention])).toStrictEqual([[['M1', 'M2'], 'high', '1000000.00']]);
    const e = expectWcraError(
      () => reimbursementRun({ claims: [claim('C', 'M2', '2018-05-05')], elections, affiliateGroups }),
      'AFFILIATE_LEVEL_MISMATCH',
    );
    expect(e.details).toMatchObject({ groupId: 'G', year: 2018, otherMemberId: 'M2', otherLevel: 'super' });
  });

  it('RET-2 a limit derived beyond the money range is RESULT_OUT_OF_RANGE, found by the lookup (the batch goes no further)', () => {
    const retentionTable = [{ year: 2019, low: '90071992547409.91' }];
    const elections: Election[] = [{ memberId: 'M1', year: 2019, level: 'jumbo' }];
    const e = expectWcraError(
      () => reimbursementRun({ claims: [claim('A', 'M1', '2019-03-05')], elections, retentionTable }),
      'RESULT_OUT_OF_RANGE',
    );
    expect(e.details).toStrictEqual({ year: 2019, level: 'jumbo' });
    // The low level of the same table is in range and used as it is.
    const low = reimbursementRun({
      claims: [claim('A', 'M1', '2019-03-05')],
      elections: [{ ...elections[0], level: 'low' } as Election],
      retentionTable,
    });
    expect(low.occurrences[0]?.retention).toBe('90071992547409.91');
  });
});
