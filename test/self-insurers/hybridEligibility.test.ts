import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, hybridEligibility, ORGANIZATION_TYPES } from 'wcra-calc';
import { MESSAGES } from '../../src/core/issues.js';
import { hybridEligibilityDefinition } from '../../src/self-insurers/hybridEligibility.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectWcraError } from './helpers.js';

const COUNT_REASON = (n: number) => `has ${n} policyholders or entities on December 31 of the preceding year: a hybrid needs 50 or more`;

describe('hybridEligibility', () => {
  it('SI-2 a trust with 120 policyholders may apply to report as a hybrid', () => {
    expect(hybridEligibility({ organizationType: 'trust', entityCount: 120 })).toStrictEqual({
      eligible: true,
      reasons: ['is a trust, which may report as a hybrid', COUNT_REASON(120)],
    });
  });

  it.each([
    [49, false],
    [50, true],
    [51, true],
  ])('SI-2 %i entities: eligible %s (threshold is 50 or more)', (n, eligible) => {
    for (const organizationType of ['trust', 'group', 'association', 'political-subdivision'] as const) {
      expect(hybridEligibility({ organizationType, entityCount: n }).eligible).toBe(eligible);
    }
  });

  it('SI-2 49 entities: the reason names the count', () => {
    expect(hybridEligibility({ organizationType: 'political-subdivision', entityCount: 49 })).toStrictEqual({
      eligible: false,
      reasons: [COUNT_REASON(49)],
    });
  });

  it("SI-2 'other' organizations are never eligible, even with 50 or more", () => {
    expect(hybridEligibility({ organizationType: 'other', entityCount: 50 })).toStrictEqual({
      eligible: false,
      reasons: ['is not a trust, group, association or political subdivision: only those may be hybrids'],
    });
  });

  it('SI-2 both unmet conditions are listed', () => {
    expect(hybridEligibility({ organizationType: 'other', entityCount: 0 }).reasons).toStrictEqual([
      'is not a trust, group, association or political subdivision: only those may be hybrids',
      COUNT_REASON(0),
    ]);
  });

  it('SI-2 names each organization type in its reason', () => {
    expect(hybridEligibility({ organizationType: 'association', entityCount: 50 }).reasons[0]).toBe(
      'is an association, which may report as a hybrid',
    );
    expect(hybridEligibility({ organizationType: 'political-subdivision', entityCount: 50 }).reasons[0]).toBe(
      'is a political subdivision, which may report as a hybrid',
    );
  });

  it('SI-2 explains as a worksheet', () => {
    const r = hybridEligibility({ organizationType: 'group', entityCount: 50 }, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['SI-2']);
    expect(r.steps?.[0]?.result).toStrictEqual({ label: 'Eligible to apply', value: 'yes', kind: 'text' });
    expect(formatWorksheet(r.steps ?? [])).toContain('at least 50');
    expect(hybridEligibility({ organizationType: 'group', entityCount: 5 }, { explain: true }).steps?.[0]?.result.value).toBe('no');
  });

  describe('properties', () => {
    it('SI-2 eligible exactly when the type is not other and the count is at least 50', () => {
      fc.assert(
        fc.property(fc.constantFrom(...ORGANIZATION_TYPES), fc.integer({ min: 0, max: 100_000 }), (organizationType, entityCount) => {
          const r = hybridEligibility({ organizationType, entityCount });
          expect(r.eligible).toBe(organizationType !== 'other' && entityCount >= 50);
          expect(r.reasons.length).toBeGreaterThan(0);
        }),
      );
    });

    it('SI-2 eligibility is monotone in the count', () => {
      fc.assert(
        fc.property(fc.constantFrom(...ORGANIZATION_TYPES), fc.nat(1000), fc.nat(1000), (organizationType, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          if (hybridEligibility({ organizationType, entityCount: lo }).eligible) {
            expect(hybridEligibility({ organizationType, entityCount: hi }).eligible).toBe(true);
          }
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ organizationType: 'trust' as const, entityCount: 50 });
    expect(hybridEligibility(input).eligible).toBe(true);
    expect(input).toStrictEqual({ organizationType: 'trust', entityCount: 50 });
  });

  describe('bad input', () => {
    it.each([
      ['null', null, undefined],
      ['an unknown organization type', { organizationType: 'company', entityCount: 60 }, ['organizationType']],
      ['a negative count', { organizationType: 'trust', entityCount: -1 }, ['entityCount']],
      ['a fractional count', { organizationType: 'trust', entityCount: 50.5 }, ['entityCount']],
      ['a count as text', { organizationType: 'trust', entityCount: '50' }, ['entityCount']],
      ['a missing count', { organizationType: 'trust' }, ['entityCount']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => hybridEligibility(input as never), 'INVALID_INPUT', path);
    });

    it('lists the accepted organization types', () => {
      const err = expectWcraError(() => hybridEligibility({ organizationType: 'company', entityCount: 60 } as never), 'INVALID_INPUT');
      expect(err.issues[0]).toMatchObject({
        path: ['organizationType'],
        code: 'not_one_of',
        message: MESSAGES.oneOf(['trust', 'group', 'association', 'political-subdivision', 'other'], '"company"'),
      });
    });
  });
});

describe('hybridEligibility: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(hybridEligibilityDefinition)).toMatchInlineSnapshot(`
      "SI-2  Hybrid: a trust, group, association or political subdivision with 50+ policyholders or entities
        Organization type                                                trust
        Policyholders or entities (December 31 of the preceding year)       50
        Required                                                   at least 50
        ----------------------------------------------------------------------
        Eligible to apply                                                  yes"
    `);
  });
});
