import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctionFor, UNIT_REPORT_CHANGE_KINDS } from 'wcra-calc';
import { correctionForDefinition } from '../../src/unit-stat/correctionFor.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze } from './helpers.js';

describe('correctionFor worked examples (seed 004)', () => {
  it('USR-3 a rejected report is fixed with a replacement report', () => {
    expect(correctionFor({ status: 'rejected' })).toStrictEqual({
      action: 'replacement',
      reason: 'USR-3: rejected: file a replacement report.',
    });
    expect(correctionFor({ status: 'rejected', changes: ['class-code', 'loss'] }).action).toBe('replacement');
  });

  it('USR-4 a loss correction that changes the totals: indicator L', () => {
    expect(correctionFor({ status: 'accepted', changes: ['loss'] })).toStrictEqual({
      action: 'correction',
      indicator: 'L',
      reason: "USR-4: file a loss correction (totals change with the detail) with indicator 'L'.",
    });
  });

  it('USR-4 a class code and a claim corrected on the same report: indicator M', () => {
    expect(correctionFor({ status: 'accepted', changes: ['class-code', 'loss'] })).toStrictEqual({
      action: 'correction',
      indicator: 'M',
      reason: "USR-4: class-code, loss change together: file a correction with indicator 'M' (multiple).",
    });
  });

  it('USR-3 accepted with warnings: review; corrected if filed wrong', () => {
    expect(correctionFor({ status: 'accepted-with-warnings' })).toStrictEqual({
      action: 'review',
      reason: 'USR-3: review the warnings; if filed wrong, file a correction.',
    });
    const r = correctionFor({ status: 'accepted-with-warnings', changes: ['loss'] });
    expect(r.action).toBe('correction');
    expect(r.indicator).toBe('L');
    expect(r.reason.startsWith('Accepted with warnings, filed wrong (USR-3). USR-4:')).toBe(true);
  });

  it('USR-3 accepted and nothing changed: none', () => {
    expect(correctionFor({ status: 'accepted' })).toStrictEqual({
      action: 'none',
      reason: 'USR-3: accepted, nothing changed: nothing to file.',
    });
    expect(correctionFor({ status: 'accepted', changes: [] }).action).toBe('none');
  });
});

describe('correctionFor edge cases', () => {
  it.each([
    ['header', 'H'],
    ['exposure', 'E'],
    ['class-code', 'E'],
  ] as const)('USR-3 a single %s change: the WCSTAT indicator, labelled as not confirmed by the Minnesota sources', (kind, indicator) => {
    const r = correctionFor({ status: 'accepted', changes: [kind] });
    expect(r.action).toBe('correction');
    expect(r.indicator).toBe(indicator);
    expect(r.reason).toContain('not confirmed by the Minnesota sources');
    expect(r.reason).toContain(`for a ${kind} change`);
  });

  it('USR-4 a class code and an exposure amount are both exposure data: E, not M (issue 14 item 17)', () => {
    for (const changes of [
      ['class-code', 'exposure'],
      ['exposure', 'class-code'],
      ['class-code', 'exposure', 'class-code'],
    ] as const) {
      const r = correctionFor({ status: 'accepted', changes });
      expect(r.action).toBe('correction');
      expect(r.indicator).toBe('E');
    }
    expect(correctionFor({ status: 'accepted', changes: ['class-code', 'exposure', 'loss'] }).indicator).toBe('M');
    expect(correctionFor({ status: 'accepted', changes: ['class-code', 'header'] }).indicator).toBe('M');
    expect(correctionFor({ status: 'accepted-with-warnings', changes: ['exposure', 'class-code'] }).indicator).toBe('E');
  });

  it('USR-4 a kind listed twice counts once', () => {
    expect(correctionFor({ status: 'accepted', changes: ['loss', 'loss'] }).indicator).toBe('L');
  });
});

describe('properties', () => {
  const kindsArb = fc.array(fc.constantFrom(...UNIT_REPORT_CHANGE_KINDS), { maxLength: 8 });

  it('USR-3 a rejected report always gets a replacement without indicator', () => {
    fc.assert(
      fc.property(kindsArb, (changes) => {
        expect(correctionFor({ status: 'rejected', changes })).not.toHaveProperty('indicator');
        expect(correctionFor({ status: 'rejected', changes }).action).toBe('replacement');
      }),
    );
  });

  it('USR-4 accepted: M exactly when two or more distinct kinds of data change (class code = exposure), L exactly when only loss changes; order does not matter', () => {
    fc.assert(
      fc.property(kindsArb, (changes) => {
        const distinct = new Set(changes.map((k) => (k === 'class-code' ? 'exposure' : k)));
        const r = correctionFor({ status: 'accepted', changes });
        expect(r.action).toBe(distinct.size === 0 ? 'none' : 'correction');
        expect(r.indicator === 'M').toBe(distinct.size > 1);
        expect(r.indicator === 'L').toBe(distinct.size === 1 && distinct.has('loss'));
        expect(correctionFor({ status: 'accepted', changes: [...changes].reverse() })).toStrictEqual(r);
        const w = correctionFor({ status: 'accepted-with-warnings', changes });
        expect(w.action).toBe(distinct.size === 0 ? 'review' : 'correction');
        expect(w.indicator).toBe(r.indicator);
      }),
    );
  });
});

describe('correctionFor input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ status: 'accepted' as const, changes: ['loss' as const, 'header' as const] });
    expect(correctionFor(input).indicator).toBe('M');
    expect(input).toStrictEqual({ status: 'accepted', changes: ['loss', 'header'] });
  });

  it.each([
    [null, [], 'wrong_type'],
    [{}, ['status'], 'required'],
    [{ status: 'pending' }, ['status'], 'not_one_of'],
    [{ status: 'accepted', changes: ['premium'] }, ['changes', 0], 'not_one_of'],
    [{ status: 'accepted', changes: 'loss' }, ['changes'], 'wrong_type'],
    [{ status: 'accepted', indicator: 'L' }, ['indicator'], 'unknown_field'],
  ])('USR-3 rejects %j', (input, path, code) => {
    expectIssues(() => correctionFor(input as never), [{ path, code }]);
  });
});

describe('correctionFor: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(correctionForDefinition)).toMatchInlineSnapshot(`
      "USR-3  Rejected: replacement report; accepted and changed: correction report; accepted with warnings: review
        Status                                                        accepted
        Changes                                               class-code, loss
        ----------------------------------------------------------------------
        Action                                                      correction

      USR-4  Indicator 'L' for loss data alone, 'M' when several kinds of data change together
        Changes                                               class-code, loss
        ----------------------------------------------------------------------
        Indicator                                                            M"
    `);
  });
});
