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
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/**
 * Fields that are not amounts or dates even when they look like one: the caller's identifiers and
 * words echoed back, and ratios written with two decimals (a change, a rate, a mod, a share).
 */
const ECHO_KEY =
  /(?:Id|id|Number|Name|label|description|reason|message|source|[cC]hange|[rR]ate|[rR]atio|[mM]od|[sS]hare|[fF]actor|[rR]ating|[wW]eeks)$/;
/** A date is 10 characters; a money string can leave the range only with as many as MAX_MONEY. */
const DATE_LENGTH = 10;

/** Whether a string is long enough, or shaped, to be checked at all (the fast path of the walk). */
const mayBeOut = (s: string): boolean => s.length === DATE_LENGTH || s.length >= MAX_MONEY.length;

/** Why a string in a result is out of range, or undefined. */
function outOfRange(s: string): string | undefined {
  if (s.length === DATE_LENGTH) {
    // Cheap first: a date has its dashes at 4 and 7 and, when in range, a year of 1900-2200.
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
    // The year by character codes (no substring); a non-digit gives a number DATE.test then refuses.
    const y = s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 48 * 1111;
    if (y >= MIN_YEAR && y <= MAX_YEAR) return undefined;
    return DATE.test(s) ? `date ${s}` : undefined;
  }
  if (s.length < MAX_MONEY.length || !MONEY.test(s)) return undefined;
  const digits = (s.startsWith('-') ? s.slice(1) : s).replace(/^0+(?=\d)/, '');
  const over = digits.length > MAX_MONEY.length || (digits.length === MAX_MONEY.length && digits > MAX_MONEY);
  return over ? `amount ${s}` : undefined;
}

/** The answers of {@link ECHO_KEY} by key (a result has few distinct keys; at most 1,000 are kept). */
let echoKeys: Map<string, boolean> | undefined;

/** Whether a field's key names an echo (tested once per key, not once per object of a large result). */
function isEcho(key: string): boolean {
  echoKeys ??= new Map();
  let echo = echoKeys.get(key);
  if (echo === undefined) {
    echo = ECHO_KEY.test(key);
    if (echoKeys.size < 1000) echoKeys.set(key, echo);
  }
  return echo;
}

/** The path and reason of the first out-of-range string in `value` (results are shallow: recursion is safe). */
function find(value: unknown): { path: Array<string | number>; why: string } | undefined {
  if (typeof value === 'string') {
    const why = mayBeOut(value) ? outOfRange(value) : undefined;
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
    const v = record[k];
    if (typeof v === 'string') {
      // The value first (cheap, and nearly always in range), the key's name only for a hit.
      const why = mayBeOut(v) ? outOfRange(v) : undefined;
      if (why !== undefined && !isEcho(k)) return { path: [k], why };
      continue;
    }
    if (v === null || typeof v !== 'object' || isEcho(k)) continue;
    const hit = find(v);
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
