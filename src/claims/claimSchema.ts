/**
 * The claim record shared by the claims functions (CLM-1 … CLM-8), its schema, and the fast,
 * equivalent check the batch run uses on its hot path.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates.js';
import { invalidInput, isWcraError, type WcraIssue } from '../core/errors.js';
import { centsToMoney, type MoneyLike, tryParseCents } from '../core/money.js';
import { cents, duplicateIssues, id, isoDate, listedTwice, oneOf, toIssues } from '../core/schema.js';

/** The kinds of claim: an injury (CLM-1) or an occupational disease (CLM-2). */
export const CLAIM_KINDS = /* @__PURE__ */ Object.freeze(['injury', 'occupational-disease'] as const);

/** A kind of claim: `'injury'` (CLM-1) or `'occupational-disease'` (CLM-2). */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * Schema of one claim (the claim record shared by the claims functions).
 *
 * `{ claimId, memberId, employeeId, occurrenceId?, injuryDate, kind, paid, incurred?, reimbursed? }`:
 * money as a {@link MoneyLike} in whole cents (payments are cent amounts), non-negative;
 * `incurred` defaults to `paid`, `reimbursed` (reimbursements received to date) to 0.
 */
export const ClaimSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z.strictObject({
      /** The claim's own ID, unique in the listing. */
      claimId: id('a claim ID'),
      /** The WCRA member the claim belongs to. */
      memberId: id('a member ID'),
      /** The injured employee (occupational disease: one occurrence per employee, CLM-2). */
      employeeId: id('an employee ID'),
      /** The incident the claim arose from; claims sharing it are one occurrence (CLM-1). Absent: its own occurrence. */
      occurrenceId: z.optional(id('an occurrence ID')),
      /** The date of injury (`YYYY-MM-DD`); it decides the retention that applies (RET-4). */
      injuryDate: isoDate(),
      /** `'injury'` or `'occupational-disease'`. */
      kind: oneOf(CLAIM_KINDS),
      /** Reimbursable benefits paid to date, in dollars (whole cents, not negative). */
      paid: cents(),
      /** Total incurred (paid + reserve), in dollars, for the reporting threshold (CLM-7). */
      incurred: z.optional(cents()),
      /** What the WCRA has reimbursed to date on the claim, in dollars. */
      reimbursed: z.optional(cents()),
    }),
    z.transform(
      (c): ParsedClaim => ({
        claimId: c.claimId,
        memberId: c.memberId,
        employeeId: c.employeeId,
        occurrenceId: c.occurrenceId,
        injuryDate: c.injuryDate,
        kind: c.kind,
        paid: c.paid,
        incurred: c.incurred ?? c.paid,
        reimbursed: c.reimbursed ?? 0,
      }),
    ),
  ))();

/** A claim as callers pass it (see {@link ClaimSchema}). */
export type Claim = z.input<typeof ClaimSchema>;

/** A claim as {@link ClaimSchema} reads it: validated, with money in integer cents. */
export interface ParsedClaim {
  /** The claim's ID, unique in a listing. */
  readonly claimId: string;
  /** The member (insurer or self-insurer) the claim belongs to. */
  readonly memberId: string;
  /** The injured employee. */
  readonly employeeId: string;
  /** The incident or cause that groups claims into one occurrence (CLM-1, CLM-2), if given. */
  readonly occurrenceId: string | undefined;
  /** The date of injury, `YYYY-MM-DD` (it picks the retention, RET-4). */
  readonly injuryDate: string;
  /** `'injury'` or `'disease'` (occupational disease, CLM-2). */
  readonly kind: ClaimKind;
  /** Paid to date, in integer cents. */
  readonly paid: number;
  /** Incurred (paid plus reserves), in integer cents (defaults to `paid`). */
  readonly incurred: number;
  /** Already reimbursed by the WCRA, in integer cents (default 0). */
  readonly reimbursed: number;
}

const CLAIM_KEYS: ReadonlySet<string> = new Set([
  'claimId',
  'memberId',
  'employeeId',
  'occurrenceId',
  'injuryDate',
  'kind',
  'paid',
  'incurred',
  'reimbursed',
]);

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200;
}

function centsOf(v: unknown): number | undefined {
  const c = tryParseCents(v);
  return c !== undefined && c >= 0 ? c : undefined;
}

/**
 * The batch's fast check: accepts exactly what {@link ClaimSchema} accepts (a property test
 * keeps the two in step) and returns the claim with money in integer cents, or `undefined`.
 * No zod and no Decimal per claim.
 * @internal
 */
export function fastParseClaim(value: unknown): ParsedClaim | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  for (const key in o) if (!CLAIM_KEYS.has(key)) return undefined;
  const { claimId, memberId, employeeId, occurrenceId, injuryDate, kind } = o;
  if (!isId(claimId) || !isId(memberId) || !isId(employeeId)) return undefined;
  if (occurrenceId !== undefined && !isId(occurrenceId)) return undefined;
  if (typeof injuryDate !== 'string' || !isIsoDate(injuryDate)) return undefined;
  if (kind !== 'injury' && kind !== 'occupational-disease') return undefined;
  const paid = centsOf(o.paid);
  if (paid === undefined) return undefined;
  const incurred = o.incurred === undefined ? paid : centsOf(o.incurred);
  if (incurred === undefined) return undefined;
  const reimbursed = o.reimbursed === undefined ? 0 : centsOf(o.reimbursed);
  if (reimbursed === undefined) return undefined;
  return { claimId, memberId, employeeId, occurrenceId, injuryDate, kind, paid, incurred, reimbursed };
}

/** Prefixes a claim's issue messages with its claim ID when it has a usable one. @internal */
function nameClaim(issues: ReadonlyArray<WcraIssue>, claim: unknown): WcraIssue[] {
  const claimId = typeof claim === 'object' && claim !== null ? (claim as { claimId?: unknown }).claimId : undefined;
  const label = isId(claimId) ? `claim ${JSON.stringify(claimId)}` : 'claim without a valid claimId';
  return issues.map((i) => ({ path: i.path, code: i.code, message: `${label}: ${i.message}` }));
}

/**
 * The `INVALID_INPUT` issues of one claim at `claims[index]`, from {@link ClaimSchema}, each
 * message naming the claim ID. @internal
 */
export function claimIssues(claim: unknown, index: number): WcraIssue[] {
  const r = z.safeParse(ClaimSchema, claim, { reportInput: true });
  if (r.success) return [];
  return nameClaim(toIssues(r.error.issues, ['claims', index]), claim);
}

/**
 * Validates `input` with a schema that has a `claims` list, naming the claim ID in the message
 * of every issue under `claims[i]`. @internal
 */
export function parseWithClaims<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const list = typeof input === 'object' && input !== null ? (input as { claims?: unknown }).claims : undefined;
  const issues = toIssues(result.error.issues).map((i) => {
    const index = i.path[1];
    if (i.path[0] === 'claims' && typeof index === 'number' && Array.isArray(list)) return nameClaim([i], list[index])[0] as WcraIssue;
    return i;
  });
  throw invalidInput(issues);
}

/**
 * Runs a checked call of a function taking `claims` and names the claim ID in the message of
 * every `INVALID_INPUT` issue inside `claims[i]` (duplicates already name it). The definition's
 * shell parses once; this only rewords the error. @internal
 */
export function namingClaims<R>(input: unknown, call: () => R): R {
  try {
    return call();
  } catch (error) {
    if (!isWcraError(error) || error.code !== 'INVALID_INPUT') throw error;
    let list: unknown;
    try {
      list = typeof input === 'object' && input !== null ? (input as { claims?: unknown }).claims : undefined;
    } catch {
      throw error;
    }
    if (!Array.isArray(list)) throw error;
    const issues = error.issues.map((i) => {
      const index = i.path[1];
      if (i.path[0] !== 'claims' || typeof index !== 'number' || i.code === 'duplicate') return i;
      return nameClaim([i], list[index])[0] as WcraIssue;
    });
    throw invalidInput(issues);
  }
}

/** Converts schema-validated claims to integer cents and rejects duplicate claim IDs. @internal */
export function toParsedClaims(claims: ReadonlyArray<ParsedClaim>): ReadonlyArray<ParsedClaim> {
  const out = claims;
  const issues = duplicateIssues(out, 'claims', 'claimId', 'claim');
  if (issues.length > 0) throw invalidInput(issues);
  return out;
}

/**
 * The issue of a claim at `claims[index]` whose ID an earlier claim has, worded by the core's
 * one duplicate check (for the batch, which checks claim IDs as it reads them). @internal
 */
export function duplicateIssue(claim: ParsedClaim, index: number): WcraIssue {
  return { path: ['claims', index, 'claimId'], code: 'duplicate', message: listedTwice('claim', claim.claimId) };
}

const ZERO = '0.00';

/**
 * `centsToMoney`, with one shared `"0.00"` string for zero (a million-claim run holds many
 * zeros). @internal
 */
export function moneyOf(c: number): string {
  return c === 0 ? ZERO : centsToMoney(c);
}
