import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, hybridTransition, REPORTING_METHODS } from 'wcra-calc';
import { hybridTransitionDefinition } from '../../src/self-insurers/hybridTransition.js';
import { expectIssues } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { deepFreeze, expectWcraError } from './helpers.js';

describe('hybridTransition', () => {
  it('SI-2 a standard self-insurer that was never a hybrid may become one (if eligible and approved)', () => {
    expect(hybridTransition({ history: ['standard', 'standard'], to: 'hybrid' })).toStrictEqual({
      allowed: true,
      reason: 'never returned from hybrid to standard: may become a hybrid if eligible and approved by the WCRA',
    });
  });

  it('SI-2 a hybrid may return to standard reporting', () => {
    expect(hybridTransition({ history: ['standard', 'hybrid'], to: 'standard' })).toStrictEqual({
      allowed: true,
      reason: 'a hybrid may return to standard reporting, then never be a hybrid again',
    });
  });

  it('SI-2 a member that returned from hybrid to standard can never switch back', () => {
    expect(hybridTransition({ history: ['standard', 'hybrid', 'hybrid', 'standard', 'standard'], to: 'hybrid' })).toStrictEqual({
      allowed: false,
      reason: 'returned from hybrid to standard (history entry 4): never a hybrid again',
    });
  });

  it('SI-2 staying in the current method is allowed (no change)', () => {
    expect(hybridTransition({ history: ['hybrid'], to: 'hybrid' })).toStrictEqual({
      allowed: true,
      reason: 'already reports as a hybrid: no change',
    });
    expect(hybridTransition({ history: ['hybrid', 'standard'], to: 'standard' })).toStrictEqual({
      allowed: true,
      reason: 'already reports as a standard self-insurer: no change',
    });
  });

  it('SI-2 an empty history (new member) may take either method', () => {
    expect(hybridTransition({ history: [], to: 'hybrid' }).allowed).toBe(true);
    expect(hybridTransition({ history: [], to: 'standard' })).toStrictEqual({
      allowed: true,
      reason: 'with no history, a member may report as a standard self-insurer',
    });
  });

  it('SI-2 starting as a hybrid is not a return', () => {
    expect(hybridTransition({ history: ['hybrid'], to: 'standard' }).allowed).toBe(true);
    expect(hybridTransition({ history: ['standard'], to: 'hybrid' }).allowed).toBe(true);
  });

  it('SI-2 explains as a worksheet', () => {
    const r = hybridTransition({ history: ['hybrid', 'standard'], to: 'hybrid' }, { explain: true });
    expect(r.steps?.[0]?.inputs[0]).toStrictEqual({ label: 'Reporting history', value: 'hybrid > standard', kind: 'text' });
    expect(r.steps?.[0]?.result.value).toBe('no');
    expect(formatWorksheet(r.steps ?? [])).toContain('SI-2');
    expect(hybridTransition({ history: [], to: 'hybrid' }, { explain: true }).steps?.[0]?.inputs[0]?.value).toBe('(none)');
  });

  it('SI-2 a history that returns to hybrid after standard is INVALID_INPUT (not_allowed at the entry)', () => {
    expectIssues(
      () => hybridTransition({ history: ['hybrid', 'standard', 'hybrid'], to: 'hybrid' }),
      [{ path: ['history', 2], code: 'not_allowed' }],
    );
    expectIssues(
      () => hybridTransition({ history: ['standard', 'hybrid', 'standard', 'standard', 'hybrid'], to: 'standard' }),
      [{ path: ['history', 4], code: 'not_allowed' }],
    );
    const err = expectWcraError(
      () => hybridTransition({ history: ['hybrid', 'standard', 'hybrid', 'hybrid'], to: 'hybrid' }),
      'INVALID_INPUT',
    );
    expect(err.issues.map((i) => i.path)).toStrictEqual([['history', 2]]);
  });

  describe('properties', () => {
    const history = fc.array(fc.constantFrom(...REPORTING_METHODS), { maxLength: 30 });
    /** A history SI-2 allows: some standard, some hybrid, then (maybe) standard for good. */
    const validHistory = fc
      .tuple(fc.nat(10), fc.nat(10), fc.nat(10))
      .map(([s, h, back]) => [
        ...Array<'standard'>(s).fill('standard'),
        ...Array<'hybrid'>(h).fill('hybrid'),
        ...Array<'standard'>(h > 0 ? back : 0).fill('standard'),
      ]);
    const impossible = (h: ReadonlyArray<string>) => /hybrid,standard(,standard)*,hybrid/.test(h.join(','));

    it('SI-2 a history is refused exactly when a hybrid entry follows a return to standard, at that entry', () => {
      fc.assert(
        fc.property(history, fc.constantFrom(...REPORTING_METHODS), (h, to) => {
          if (!impossible(h)) {
            expect(() => hybridTransition({ history: h, to })).not.toThrow();
            return;
          }
          const returned = h.findIndex((m, i) => i > 0 && h[i - 1] === 'hybrid' && m === 'standard');
          const again = h.indexOf('hybrid', returned);
          const err = expectWcraError(() => hybridTransition({ history: h, to }), 'INVALID_INPUT');
          expect(err.issues.map((i) => ({ path: i.path, code: i.code }))).toStrictEqual([
            { path: ['history', again], code: 'not_allowed' },
          ]);
        }),
      );
    });

    it('SI-2 moving to hybrid is refused exactly when the history holds a hybrid → standard return', () => {
      fc.assert(
        fc.property(validHistory, (h) => {
          const returned = h.join(',').includes('hybrid,standard');
          expect(hybridTransition({ history: h, to: 'hybrid' }).allowed).toBe(!returned);
        }),
      );
    });

    it('SI-2 moving to standard is always allowed', () => {
      fc.assert(
        fc.property(validHistory, (h) => {
          expect(hybridTransition({ history: h, to: 'standard' }).allowed).toBe(true);
        }),
      );
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ history: ['hybrid', 'standard'] as Array<'hybrid' | 'standard'>, to: 'hybrid' as const });
    expect(hybridTransition(input).allowed).toBe(false);
    expect(input).toStrictEqual({ history: ['hybrid', 'standard'], to: 'hybrid' });
  });

  describe('bad input', () => {
    it.each([
      ['null', null, undefined],
      ['history not a list', { history: 'hybrid', to: 'hybrid' }, ['history']],
      ['an unknown method in history', { history: ['standard', 'alternative'], to: 'hybrid' }, ['history', 1]],
      ['an unknown target', { history: [], to: 'insured' }, ['to']],
      ['a missing target', { history: [] }, ['to']],
    ])('%s → INVALID_INPUT', (_name, input, path) => {
      expectWcraError(() => hybridTransition(input as never), 'INVALID_INPUT', path);
    });
  });
});

describe('hybridTransition: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(hybridTransitionDefinition)).toMatchInlineSnapshot(`
      "SI-2  A member that returns from hybrid to standard can never be a hybrid again
        Reporting history                                    standard > hybrid
        Requested method                                              standard
        ----------------------------------------------------------------------
        Allowed                                                            yes"
    `);
  });
});
