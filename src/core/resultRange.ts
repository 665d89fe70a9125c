/**
 * The result guard of the checked shell (issue 14 item 5): a result that would leave the range
 * the library supports is an error, never returned. Money strings beyond ±MAX_MONEY and dates
 * outside 1900-01-01 … 2200-12-31 anywhere in a result are `RESULT_OUT_OF_RANGE`.
 * @module
 */
import { MAX_YEAR, MIN_YEAR } from './dates.js';
import { WcraError } from './errors.js';
import { MESSAGES } from './issues.js';
import { MAX_MONEY } from './money.js';

const MONEY = /^-?\d+\.\d{2}$/;
const DATE = /^(\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/**
 * Fields that are not amounts or dates even when they look like one: the caller's identifiers and
 * words echoed back, and ratios written with two decimals (a change, a rate, a mod, a share).
 */
const ECHO_KEY =
  /(?:Id|id|Number|Name|label|description|reason|message|source|[cC]hange|[rR]ate|[rR]atio|[mM]od|[sS]hare|[fF]actor|[rR]ating|[wW]eeks)$/;
const MAX_INT_DIGITS = /* @__PURE__ */ MAX_MONEY.indexOf('.');

/** Why a string in a result is out of range, or undefined. */
function outOfRange(s: string): string | undefined {
  const date = DATE.exec(s);
  if (date !== null) {
    const y = Number(date[1]);
    return y < MIN_YEAR || y > MAX_YEAR ? `date ${s}` : undefined;
  }
  if (!MONEY.test(s)) return undefined;
  const digits = s.startsWith('-') ? s.slice(1) : s;
  const intDigits = digits.length - 3;
  if (intDigits < MAX_INT_DIGITS) return undefined; // cheap: fewer digits than MAX_MONEY
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length - 3 < MAX_INT_DIGITS) return undefined;
  return trimmed.length > MAX_MONEY.length || trimmed > MAX_MONEY ? `amount ${s}` : undefined;
}

/** The path and reason of the first out-of-range string in `value` (results are shallow: recursion is safe). */
function find(value: unknown): { path: Array<string | number>; why: string } | undefined {
  if (typeof value === 'string') {
    const why = outOfRange(value);
    return why === undefined ? undefined : { path: [], why };
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = find(value[i]);
      if (hit !== undefined) return { path: [i, ...hit.path], why: hit.why };
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  // An explain value: only its money and dates are figures of the range (rates, counts and words are not).
  if (typeof record.kind === 'string' && 'value' in record && record.kind !== 'money' && record.kind !== 'date') return undefined;
  for (const k in record) {
    if (ECHO_KEY.test(k)) continue;
    const hit = find(record[k]);
    if (hit !== undefined) return { path: [k, ...hit.path], why: hit.why };
  }
  return undefined;
}

/**
 * Throws `RESULT_OUT_OF_RANGE` (with the path of the first offending field in `details`) when a
 * money string or a date anywhere in `result` (explain steps included: they show the same
 * figures) leaves the supported range; returns the result otherwise. Linear in the size of the
 * result. @internal
 */
export function checkResultRange<R>(result: R, calculatorName: string): R {
  const hit = find(result);
  if (hit === undefined) return result;
  const where = hit.path.length === 0 ? 'the result' : hit.path.join('.');
  throw new WcraError('RESULT_OUT_OF_RANGE', `${calculatorName}: ${MESSAGES.resultRange(`${hit.why} at ${where}`)}`, {
    details: { path: hit.path.join('.') },
  });
}
