import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_TYPES, REINSURANCE_EXCEPTIONS, RETENTION_LEVELS, reinsurancePurchaseAllowed } from 'wcra-calc';
import { reinsurancePurchaseAllowedDefinition } from '../../src/retention/reinsurancePurchaseAllowed.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectInvalid, expectIssues } from './helpers.js';

describe('reinsurancePurchaseAllowed', () => {
  it('RET-9 low level: always allowed', () => {
    expect(reinsurancePurchaseAllowed({ level: 'low', memberType: 'insurer' })).toStrictEqual({
      allowed: true,
      reason:
        'At the low retention other reinsurance below the retention is allowed: Minn. Stat. § 79.34 subd. 2 prohibits it only at high, super and jumbo (RET-9).',
    });
    expect(reinsurancePurchaseAllowed({ level: 'low', memberType: 'self-insurer', exception: 'incidental-pool' }).allowed).toBe(true);
  });

  it('RET-9 high, super, jumbo without an exception: prohibited by § 79.34 subd. 2', () => {
    expect(reinsurancePurchaseAllowed({ level: 'high', memberType: 'self-insurer' })).toStrictEqual({
      allowed: false,
      reason:
        'At the high retention Minn. Stat. § 79.34 subd. 2 prohibits other reinsurance below the retention, unless one of its five exceptions applies (RET-9).',
    });
    expect(reinsurancePurchaseAllowed({ level: 'super', memberType: 'insurer' }).allowed).toBe(false);
    expect(reinsurancePurchaseAllowed({ level: 'jumbo', memberType: 'insurer' }).allowed).toBe(false);
  });

  it('RET-9 (a) and (b) are open to insurers and self-insurers', () => {
    expect(reinsurancePurchaseAllowed({ level: 'super', memberType: 'self-insurer', exception: 'common-control-member' })).toStrictEqual({
      allowed: true,
      reason:
        'At the super retention other reinsurance is allowed under exception (a) of Minn. Stat. § 79.34 subd. 2: reinsurance from another WCRA member under common control (RET-9).',
    });
    expect(reinsurancePurchaseAllowed({ level: 'jumbo', memberType: 'insurer', exception: 'aggregate-stop-loss' }).reason).toBe(
      'At the jumbo retention other reinsurance is allowed under exception (b) of Minn. Stat. § 79.34 subd. 2: aggregate stop-loss above a stated total of retained claims or a percentage of premium (RET-9).',
    );
  });

  it('RET-9 (c) and (d) insurers only', () => {
    expect(reinsurancePurchaseAllowed({ level: 'high', memberType: 'insurer', exception: 'incidental-pool' })).toStrictEqual({
      allowed: true,
      reason:
        "At the high retention other reinsurance is allowed under exception (c) of Minn. Stat. § 79.34 subd. 2: a pooling arrangement where the workers' compensation reinsurance is incidental, open to insurers (RET-9).",
    });
    expect(reinsurancePurchaseAllowed({ level: 'high', memberType: 'self-insurer', exception: 'single-insured-captive' })).toStrictEqual({
      allowed: false,
      reason:
        'At the high retention, exception (d) of Minn. Stat. § 79.34 subd. 2, a captive reinsurer of a single insured under common control, limited to its claims, is open only to insurers, not to self-insurers (RET-9).',
    });
    expect(reinsurancePurchaseAllowed({ level: 'super', memberType: 'insurer', exception: 'single-insured-captive' }).reason).toBe(
      'At the super retention other reinsurance is allowed under exception (d) of Minn. Stat. § 79.34 subd. 2: a captive reinsurer of a single insured under common control, limited to its claims, open to insurers (RET-9). A retrocession by that reinsurer must itself fit (a), (b) or (c).',
    );
  });

  it('RET-9 (e) self-insurers only, with the retrocession condition', () => {
    expect(reinsurancePurchaseAllowed({ level: 'jumbo', memberType: 'self-insurer', exception: 'same-group-reinsurer' })).toStrictEqual({
      allowed: true,
      reason:
        'At the jumbo retention other reinsurance is allowed under exception (e) of Minn. Stat. § 79.34 subd. 2: a reinsurer in the same conglomerate or holding company, open to self-insurers (RET-9). A retrocession by that reinsurer must itself fit (a), (b) or (c).',
    });
    expect(reinsurancePurchaseAllowed({ level: 'jumbo', memberType: 'insurer', exception: 'same-group-reinsurer' })).toStrictEqual({
      allowed: false,
      reason:
        'At the jumbo retention, exception (e) of Minn. Stat. § 79.34 subd. 2, a reinsurer in the same conglomerate or holding company, is open only to self-insurers, not to insurers (RET-9).',
    });
  });

  it('RET-9 explain: one step naming the exception', () => {
    const r = reinsurancePurchaseAllowed({ level: 'high', memberType: 'insurer', exception: 'incidental-pool' }, { explain: true });
    expect(r.steps).toStrictEqual([
      {
        rule: 'RET-9',
        description: r.reason,
        inputs: [
          { label: 'Retention level', value: 'high', kind: 'text' },
          { label: 'Member type', value: 'insurer', kind: 'text' },
          { label: 'Exception (c)', value: 'incidental-pool', kind: 'text' },
        ],
        result: { label: 'Other reinsurance below the retention', value: 'allowed', kind: 'text' },
      },
    ]);
    expect(reinsurancePurchaseAllowed({ level: 'high', memberType: 'insurer' }, { explain: true }).steps?.[0]?.result.value).toBe(
      'prohibited',
    );
  });

  describe('properties', () => {
    it('RET-9 the full decision table: allowed ⇔ low, or an exception open to the member type', () => {
      const insurerOnly = new Set(['incidental-pool', 'single-insured-captive']);
      fc.assert(
        fc.property(
          fc.constantFrom(...RETENTION_LEVELS),
          fc.constantFrom(...MEMBER_TYPES),
          fc.option(fc.constantFrom(...REINSURANCE_EXCEPTIONS), { nil: undefined }),
          (level, memberType, exception) => {
            const input = exception === undefined ? { level, memberType } : { level, memberType, exception };
            const r = reinsurancePurchaseAllowed(input);
            const open =
              exception !== undefined &&
              (insurerOnly.has(exception)
                ? memberType === 'insurer'
                : exception === 'same-group-reinsurer'
                  ? memberType === 'self-insurer'
                  : true);
            expect(r.allowed).toBe(level === 'low' || open);
            expect(r.reason).toContain('§ 79.34 subd. 2');
            expect(r.reason).toContain('(RET-9)');
          },
        ),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ level: 'high' as const, memberType: 'insurer' as const, exception: 'aggregate-stop-loss' as const });
    expect(reinsurancePurchaseAllowed(input, deepFreeze({ explain: true })).allowed).toBe(true);
    expect(input).toStrictEqual({ level: 'high', memberType: 'insurer', exception: 'aggregate-stop-loss' });
  });

  describe('bad input → INVALID_INPUT', () => {
    it('null, unknown level, unknown member type, unknown exception, extra field', () => {
      expectInvalid(() => reinsurancePurchaseAllowed(null as never), []);
      expectInvalid(() => reinsurancePurchaseAllowed({ level: 'mega' as never, memberType: 'insurer' }), ['level']);
      expectInvalid(() => reinsurancePurchaseAllowed({ level: 'high', memberType: 'tpa' as never }), ['memberType']);
      expectIssues(
        () => reinsurancePurchaseAllowed({ level: 'high', memberType: 'insurer', exception: 'fronting' as never }),
        [{ path: ['exception'], code: 'not_one_of' }],
      );
      expectInvalid(() => reinsurancePurchaseAllowed({ level: 'high', memberType: 'insurer', year: 2020 } as never), ['year']);
    });
  });
});

describe('reinsurancePurchaseAllowed: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(reinsurancePurchaseAllowedDefinition)).toMatchInlineSnapshot(`
      "RET-9  At the jumbo retention other reinsurance is allowed under exception (b) of Minn. Stat. § 79.34 subd. 2: aggregate stop-loss above a stated total of retained claims or a percentage of premium (RET-9).
        Retention level                                                  jumbo
        Member type                                                    insurer
        Exception (b)                                      aggregate-stop-loss
        ----------------------------------------------------------------------
        Other reinsurance below the retention                          allowed"
    `);
  });
});
