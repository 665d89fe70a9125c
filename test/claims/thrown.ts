import { WcraError } from 'wcra-calc';

/** Runs `fn` and returns the WcraError it throws (fails the test otherwise). */
export function thrown(fn: () => unknown): WcraError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WcraError) return e;
    throw e;
  }
  throw new Error('expected a WcraError');
}
