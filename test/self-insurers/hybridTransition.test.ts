import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorksheet, hybridTransition, REPORTING_METHODS } from 'wcra-calc';
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

  describe('properties', () => {
    const history = fc.array(fc.constantFrom(...REPORTING_METHODS), { maxLength: 30 });

    it('SI-2 moving to hybrid is refused exactly when the history holds a hybrid → standard return', () => {
      fc.assert(
        fc.property(history, (h) => {
          const returned = h.join(',').includes('hybrid,standard');
          const current = h.at(-1);
          expect(hybridTransition({ history: h, to: 'hybrid' }).allowed).toBe(current === 'hybrid' || !returned);
        }),
      );
    });

    it('SI-2 moving to standard is always allowed', () => {
      fc.assert(
        fc.property(history, (h) => {
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
