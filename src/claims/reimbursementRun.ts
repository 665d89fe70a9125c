import * as z from 'zod/mini';
import { yearOf } from '../core/dates.js';
import { invalidInput, WcraError, type WcraIssue } from '../core/errors.js';
import { MAX_MONEY, type Money, tryParseCents } from '../core/money.js';
import { describeValue, type ExplainOption, explainOptionShape, id, isoDate, JSON_TAGS, oneOf, year } from '../core/schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { lookupRetentionLimit, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { overThresholdReasons, type ReportingReason } from './claimReportingStatus.js';
import { thresholdCents } from './claimReportingThreshold.js';
import {
  type Claim,
  type ClaimKind,
  ClaimSchema,
  claimIssues,
  duplicateIssue,
  fastParseClaim,
  moneyOf,
  type ParsedClaim,
} from './claimSchema.js';
import { AffiliateGroupsSchema, affiliateMap, type OccurrenceGroup, occurrenceGrouping, ownKey } from './groupOccurrences.js';
import { type NoRequestReason, noRequestReason, type ReimbursementWindowKind, windowCore } from './nextReimbursementWindow.js';
import { dueCents } from './reimbursementDue.js';
import { type ClaimShare, claimShare, claimShares, splitCents } from './splitOccurrence.js';

/** Schema of one retention election: the level a member had in force for a calendar year (RET-5). */
export const ElectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({ memberId: id('a member ID'), year: year(), level: oneOf(RETENTION_LEVELS) }))();

/** A retention election as callers pass it: the level a member had in force for a year. */
export interface Election {
  /** The member the election belongs to. */
  readonly memberId: string;
  /** The coverage (calendar) year. */
  readonly year: number;
  /** The retention level in force for that year. */
  readonly level: RetentionLevel;
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Input schema of {@link reimbursementRun}. `claims` may be any iterable (checked claim by claim). */
export const ReimbursementRunInputSchema = /* @__PURE__ */ (() => {
  const claims = z.custom<Iterable<Claim>>(isIterable, {
    error: (iss) => `must be a list (or iterable) of claims, got ${describeValue(iss.input)}`,
    params: { code: 'wrong_type' },
  });
  // Its JSON form (JSON has no other iterable): a list of claims, each checked by ClaimSchema.
  JSON_TAGS.set(claims, ['oneOf', 'claims', { list: z.array(ClaimSchema) }]);
  return z.strictObject({
    claims,
    elections: z.array(ElectionSchema),
    affiliateGroups: z.optional(AffiliateGroupsSchema),
    retentionTable: z.optional(RetentionTableSchema),
  });
})();

/** Input of {@link reimbursementRun}. */
export interface ReimbursementRunInput {
  /** The claims: an array or any iterable (e.g. a generator reading a file). See {@link ClaimSchema}. */
  readonly claims: Iterable<Claim>;
  /** Retention elections `{ memberId, year, level }` (RET-5). */
  readonly elections: ReadonlyArray<Election>;
  /** Member ID → affiliate group ID (RET-7, CLM-3). */
  readonly affiliateGroups?: Readonly<Record<string, string>>;
  /** Your own retention limits for years the built-in table lacks (RET-3). */
  readonly retentionTable?: RetentionTableInput;
}

/** Options schema of {@link reimbursementRun}. */
export const ReimbursementRunOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, asOf: z.optional(isoDate()) }))();

/** Options of {@link reimbursementRun}. */
export interface ReimbursementRunOptions extends ExplainOption {
  /**
   * The date the run is for: with it, each occurrence gets `nextWindow` (the next request
   * window, or `null` when there is nothing to request) and `noRequestReason` (CLM-5).
   */
  readonly asOf?: string;
}

/** The reporting status of an occurrence in a run (CLM-7, threshold test). */
export interface RunReportingStatus {
  /** Whether the occurrence must be reported to the WCRA (incurred above the threshold). */
  readonly mustReport: boolean;
  /** `['over-threshold']` when it must be reported, else `[]`. */
  readonly reasons: ReadonlyArray<ReportingReason>;
  /** min(50% × retention, 1,000,000). */
  readonly threshold: Money;
}

/** One occurrence of a {@link reimbursementRun}. */
export interface RunOccurrence {
  /** The occurrence key, as `groupOccurrences` gives it. */
  readonly key: string;
  /** `'injury'` or `'occupational-disease'` (CLM-2). */
  readonly kind: ClaimKind;
  /** The members whose claims make up the occurrence (several for affiliates, CLM-3). */
  readonly memberIds: ReadonlyArray<string>;
  /** The claims of the occurrence, in input order. */
  readonly claimIds: ReadonlyArray<string>;
  /** The date of injury of the occurrence. */
  readonly injuryDate: string;
  /** The calendar year of the injury, whose election applies (RET-4). */
  readonly year: number;
  /** The level in force for that year (RET-4). */
  readonly level: RetentionLevel;
  /** The retention limit in force for that year and level (RET-2, RET-4). */
  readonly retention: Money;
  /** Σ paid. */
  readonly total: Money;
  /** min(total, retention): what the member keeps. */
  readonly retained: Money;
  /** max(0, paid − retention): the WCRA's part to date. */
  readonly reimbursable: Money;
  /** Per claim, on paid amounts (GEN-3). */
  readonly shares: ReadonlyArray<ClaimShare>;
  /** Σ incurred (incurred defaults to paid). */
  readonly incurred: Money;
  /** Σ reimbursed to date. */
  readonly reimbursed: Money;
  /** max(0, reimbursable − reimbursed) (CLM-6). */
  readonly due: Money;
  /** max(0, reimbursed − reimbursable): owed back to the WCRA (CLM-6). */
  readonly overpaid: Money;
  /** The reporting status on Σ incurred (CLM-7, threshold test). */
  readonly reporting: RunReportingStatus;
  /**
   * With `options.asOf`: the next request window (CLM-5), or `null` when there is nothing to
   * request (see `noRequestReason`). Absent without `asOf`.
   */
  readonly nextWindow?: RunWindow | null;
  /** With `options.asOf`: `null` when there is a window, else why not (CLM-5). Absent without `asOf`. */
  readonly noRequestReason?: NoRequestReason | null;
}

/** A request window of a run: a calendar month (CLM-5). */
export interface RunWindow {
  /** First day of the window's month. */
  readonly start: string;
  /** Last day of the window's month. */
  readonly end: string;
  /** Half-year anniversary month or anniversary month of the date of loss. */
  readonly kind: ReimbursementWindowKind;
}

/** Totals of a run. */
export interface RunTotals {
  /** Σ paid over the occurrences. */
  readonly paid: Money;
  /** Σ reimbursable (the WCRA's part). */
  readonly reimbursable: Money;
  /** Σ reimbursed to date. */
  readonly reimbursed: Money;
  /** Σ due (CLM-6). */
  readonly due: Money;
  /** Σ overpaid, owed back to the WCRA (CLM-6). */
  readonly overpaid: Money;
}

/** Result of {@link reimbursementRun}. */
export interface ReimbursementRunResult extends Explained {
  /** The occurrences, in the order of their first claim. */
  readonly occurrences: ReadonlyArray<RunOccurrence>;
  /** The run's totals. */
  readonly totals: RunTotals;
}

/** At most this many invalid claims are reported in one `INVALID_INPUT` error. */
export const MAX_REPORTED_INVALID_CLAIMS = 20;

interface RetentionEntry {
  readonly year: number;
  readonly level: RetentionLevel;
  readonly cents: number;
  readonly money: string;
  readonly threshold: number;
  readonly over: RunReportingStatus;
  readonly under: RunReportingStatus;
}

interface Totals {
  paid: number;
  reimbursable: number;
  reimbursed: number;
  due: number;
  overpaid: number;
}

type ParsedElection = { readonly memberId: string; readonly year: number; readonly level: RetentionLevel };

/** Everything a run shares between its occurrences (caches keep a million-claim result small). */
interface RunContext {
  readonly affiliates: ReadonlyMap<string, string>;
  readonly byMember: ReadonlyMap<string, ReadonlyMap<number, RetentionLevel>>;
  readonly mismatch: ReadonlyMap<string, WcraError>;
  readonly retentionTable: RetentionTableInput | undefined;
  readonly asOf: string | undefined;
  readonly retentions: Map<string, RetentionEntry>;
  readonly windows: Map<string, RunWindow>;
  readonly memberLists: Map<string, ReadonlyArray<string>>;
  readonly totals: Totals;
}

/** The RET-7 error for two affiliates of one group with different levels in a year. */
function mismatchError(group: string, first: ParsedElection, other: ParsedElection): WcraError {
  // RULES: RET-7 — affiliates are a single entity and must share one retention level.
  return new WcraError(
    'AFFILIATE_LEVEL_MISMATCH',
    `Affiliates "${first.memberId}" (${first.level}) and "${other.memberId}" (${other.level}) of group "${group}" must share one retention level for ${other.year}.`,
    {
      details: {
        groupId: group,
        year: other.year,
        memberId: first.memberId,
        level: first.level,
        otherMemberId: other.memberId,
        otherLevel: other.level,
      },
    },
  );
}

/** Step 1 (validate the elections): elections by member and year, and the RET-7 clashes by group and year. */
function electionIndex(
  elections: ReadonlyArray<ParsedElection>,
  affiliates: ReadonlyMap<string, string>,
): { byMember: Map<string, Map<number, RetentionLevel>>; mismatch: Map<string, WcraError> } {
  const byMember = new Map<string, Map<number, RetentionLevel>>();
  const byGroup = new Map<string, ParsedElection>();
  const mismatch = new Map<string, WcraError>();
  const issues: WcraIssue[] = [];
  elections.forEach((e, i) => {
    const years = byMember.get(e.memberId) ?? new Map<number, RetentionLevel>();
    byMember.set(e.memberId, years);
    if (years.has(e.year)) {
      const message = `member ${JSON.stringify(e.memberId)} has two elections for ${e.year}`;
      issues.push({ path: ['elections', i], code: 'duplicate', message });
      return;
    }
    years.set(e.year, e.level);
    const group = affiliates.get(e.memberId);
    if (group === undefined) return;
    const gy = `${group}\u0000${e.year}`;
    const seen = byGroup.get(gy);
    if (seen === undefined) byGroup.set(gy, e);
    else if (seen.level !== e.level && !mismatch.has(gy)) mismatch.set(gy, mismatchError(group, seen, e));
  });
  if (issues.length > 0) throw invalidInput(issues);
  return { byMember, mismatch };
}

/** The level in force for the occurrence's members in the injury year (RET-4, RET-7). */
function levelFor(ctx: RunContext, memberIds: ReadonlyArray<string>, yr: number, key: string): RetentionLevel {
  let level: RetentionLevel | undefined;
  for (const memberId of memberIds) {
    const own = ctx.byMember.get(memberId)?.get(yr);
    if (own === undefined) {
      throw new WcraError(
        'NO_ELECTION',
        `Member "${memberId}" has no election for ${yr} (injury year of occurrence ${key}): add { memberId: "${memberId}", year: ${yr}, level } to elections.`,
        { details: { memberId, year: yr, key } },
      );
    }
    const group = ctx.affiliates.get(memberId);
    const clash = group === undefined ? undefined : ctx.mismatch.get(`${group}\u0000${yr}`);
    if (clash !== undefined) throw clash;
    level = own;
  }
  return level as RetentionLevel;
}

/** Step 3 (retention): the retention of the occurrence, with its reporting statuses, cached by year and level. */
function retentionFor(ctx: RunContext, memberIds: ReadonlyArray<string>, yr: number, key: string): RetentionEntry {
  const level = levelFor(ctx, memberIds, yr, key);
  const rk = `${yr}|${level}`;
  const cached = ctx.retentions.get(rk);
  if (cached !== undefined) return cached;
  const limit = lookupRetentionLimit(yr, level, ctx.retentionTable); // RULES: RET-2, RET-4
  const cents = tryParseCents(limit) as number;
  const threshold = thresholdCents(cents); // RULES: CLM-7
  const thresholdMoney = moneyOf(threshold);
  const entry: RetentionEntry = {
    year: yr,
    level,
    cents,
    money: limit,
    threshold,
    over: /* @__PURE__ */ Object.freeze({
      mustReport: true,
      reasons: overThresholdReasons(threshold + 1, threshold),
      threshold: thresholdMoney,
    }),
    under: /* @__PURE__ */ Object.freeze({
      mustReport: false,
      reasons: overThresholdReasons(threshold, threshold),
      threshold: thresholdMoney,
    }),
  };
  ctx.retentions.set(rk, entry);
  return entry;
}

/** Step 5 (status): the request window, only with something to request (CLM-5), cached by loss month. */
function windowFields(
  ctx: RunContext,
  injuryDate: string,
  ret: RetentionEntry,
  amounts: { paid: number; due: number },
): Partial<RunOccurrence> {
  if (ctx.asOf === undefined) return {};
  const why = noRequestReason(amounts.paid, ret.cents, amounts.due); // RULES: CLM-5
  if (why !== null) return { nextWindow: null, noRequestReason: why };
  const month = injuryDate.slice(0, 7);
  let w = ctx.windows.get(month);
  if (w === undefined) {
    const wc = windowCore(injuryDate, ctx.asOf); // RULES: CLM-5
    w = /* @__PURE__ */ Object.freeze({ start: wc.start, end: wc.end, kind: wc.kind });
    ctx.windows.set(month, w);
  }
  return { nextWindow: w, noRequestReason: null };
}

function addTotals(t: Totals, paid: number, reimbursable: number, d: { reimbursed: number; due: number; overpaid: number }): void {
  t.paid += paid;
  t.reimbursable += reimbursable;
  t.reimbursed += d.reimbursed;
  t.due += d.due;
  t.overpaid += d.overpaid;
}

/** The figures every occurrence has, from its retention and its due (CLM-6). */
function common(ret: RetentionEntry, d: { readonly due: number; readonly overpaid: number }, incurred: number) {
  return {
    year: ret.year,
    level: ret.level,
    retention: ret.money,
    due: moneyOf(d.due),
    overpaid: moneyOf(d.overpaid),
    reporting: incurred > ret.threshold ? ret.over : ret.under, // RULES: CLM-7
  };
}

/** Step 4 (split) for a claim without occurrenceId: its own occurrence, computed at once. */
function singleOccurrence(ctx: RunContext, c: ParsedClaim): RunOccurrence {
  let memberIds = ctx.memberLists.get(c.memberId);
  if (memberIds === undefined) {
    memberIds = /* @__PURE__ */ Object.freeze([c.memberId]);
    ctx.memberLists.set(c.memberId, memberIds);
  }
  const key = ownKey(c.claimId);
  const ret = retentionFor(ctx, memberIds, yearOf(c.injuryDate), key); // RULES: RET-4 — the injury year decides
  const d = dueCents(c.paid, ret.cents, c.reimbursed); // RULES: RET-1, CLM-6 — reimbursable is the excess
  const share = claimShare(c.claimId, c.paid, d.excess); // RULES: GEN-3 — one claim takes it all
  addTotals(ctx.totals, c.paid, d.excess, { reimbursed: c.reimbursed, due: d.due, overpaid: d.overpaid });
  const { year, level, retention, due, overpaid, reporting } = common(ret, d, c.incurred);
  return {
    key,
    kind: c.kind,
    memberIds,
    claimIds: [c.claimId],
    injuryDate: c.injuryDate,
    year,
    level,
    retention,
    total: share.total,
    retained: share.retained,
    reimbursable: share.reimbursable,
    shares: [share],
    incurred: c.incurred === c.paid ? share.total : moneyOf(c.incurred),
    reimbursed: moneyOf(c.reimbursed),
    due,
    overpaid,
    reporting,
    ...windowFields(ctx, c.injuryDate, ret, { paid: c.paid, due: d.due }),
  };
}

/** Sums of a group's claims: paid amounts (the split's weights), incurred, reimbursed. */
function groupSums(g: OccurrenceGroup): { amounts: number[]; claimIds: string[]; incurred: number; reimbursed: number } {
  const n = g.claims.length;
  const amounts = new Array<number>(n);
  const claimIds = new Array<string>(n);
  let incurred = 0;
  let reimbursed = 0;
  for (let j = 0; j < n; j++) {
    const c = g.claims[j] as ParsedClaim;
    amounts[j] = c.paid;
    claimIds[j] = c.claimId;
    incurred += c.incurred;
    reimbursed += c.reimbursed;
  }
  if (!Number.isSafeInteger(incurred) || !Number.isSafeInteger(reimbursed)) {
    throw invalidInput([
      { path: ['claims'], code: 'out_of_range', message: `occurrence ${g.key}: its claims must add up to at most ${MAX_MONEY}` },
    ]);
  }
  return { amounts, claimIds, incurred, reimbursed };
}

/** Step 4 (split) for an occurrence of claims sharing an occurrenceId. */
function groupedOccurrence(ctx: RunContext, g: OccurrenceGroup): RunOccurrence {
  const ret = retentionFor(ctx, g.memberIds, yearOf(g.injuryDate), g.key); // RULES: RET-4
  const { amounts, claimIds, incurred, reimbursed } = groupSums(g);
  const s = splitCents(amounts, ret.cents); // RULES: RET-1, GEN-3
  const d = dueCents(s.total, ret.cents, reimbursed); // RULES: CLM-6
  addTotals(ctx.totals, s.total, s.reimbursable, { reimbursed, due: d.due, overpaid: d.overpaid });
  return {
    key: g.key,
    kind: g.kind,
    memberIds: g.memberIds,
    claimIds,
    injuryDate: g.injuryDate,
    ...common(ret, d, incurred),
    total: moneyOf(s.total),
    retained: moneyOf(s.total - s.reimbursable),
    reimbursable: moneyOf(s.reimbursable),
    shares: claimShares(g.claims, amounts, s.parts),
    incurred: moneyOf(incurred),
    reimbursed: moneyOf(reimbursed),
    ...windowFields(ctx, g.injuryDate, ret, { paid: s.total, due: d.due }),
  };
}

/**
 * Steps 1–2 (validate, group): one pass over the claims — the fast check (zod only for an
 * invalid claim), then the one grouping (a claim without occurrenceId is settled at once).
 * Invalid claims win over every other error; nothing partial is returned.
 */
function readClaims(ctx: RunContext, claims: Iterable<unknown>): RunOccurrence[] {
  const grouping = occurrenceGrouping(ctx.affiliates, (c) => singleOccurrence(ctx, c));
  const seenIds = new Map<string, number>();
  const issues: WcraIssue[] = [];
  let badClaims = 0;
  let failure: unknown;
  let index = 0;
  for (const raw of claims) {
    const i = index++;
    const claim = fastParseClaim(raw);
    const found = claim === undefined ? claimIssues(raw, i) : seenIds.has(claim.claimId) ? [duplicateIssue(claim, i)] : [];
    if (claim === undefined || found.length > 0) {
      issues.push(...(found.length > 0 ? found : [{ path: ['claims', i], code: 'wrong_type' as const, message: 'is not a valid claim' }]));
      if (++badClaims >= MAX_REPORTED_INVALID_CLAIMS) break;
      continue;
    }
    seenIds.set(claim.claimId, i);
    if (issues.length > 0 || failure !== undefined) continue; // only the remaining claims are checked
    try {
      grouping.add(claim);
    } catch (error) {
      failure = error;
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  if (failure !== undefined) throw failure;
  grouping.release();
  const order = grouping.order;
  for (const slot of grouping.slots) order[slot] = groupedOccurrence(ctx, order[slot] as OccurrenceGroup);
  return order as RunOccurrence[];
}

/** The run's totals as money; non-negative sums: if a partial sum passed 2^53, the final one is not safe. */
function runTotals(t: Totals): RunTotals {
  if (!Object.values(t).every(Number.isSafeInteger)) {
    throw invalidInput([{ path: ['claims'], code: 'out_of_range', message: `the run's totals must be at most ${MAX_MONEY}` }]);
  }
  const { paid, reimbursable, reimbursed, due, overpaid } = t;
  return {
    paid: moneyOf(paid),
    reimbursable: moneyOf(reimbursable),
    reimbursed: moneyOf(reimbursed),
    due: moneyOf(due),
    overpaid: moneyOf(overpaid),
  };
}

/** The run's explain steps: its totals, not every occurrence. */
function runSteps(result: ReimbursementRunResult) {
  return [
    step(
      'CLM-1',
      'Claims grouped into occurrences (CLM-1 to CLM-3), one retention each (RET-4)',
      [textValue('Occurrences', String(result.occurrences.length), 'number')],
      moneyValue('Total paid', result.totals.paid),
    ),
    step(
      'RET-1',
      'Reimbursable = sum of max(0, paid - retention)',
      [moneyValue('Total paid', result.totals.paid)],
      moneyValue('Total reimbursable', result.totals.reimbursable),
    ),
    step(
      'CLM-6',
      'Due = sum of max(0, reimbursable - reimbursed); overpaid = sum of max(0, reimbursed - reimbursable)',
      [
        moneyValue('Total reimbursable', result.totals.reimbursable),
        moneyValue('Reimbursed to date', result.totals.reimbursed, '-'),
        moneyValue('Overpaid (owed back)', result.totals.overpaid, '+'),
      ],
      moneyValue('Total due', result.totals.due),
    ),
  ];
}

/**
 * The batch reimbursement run of a claims listing (CLM-8): groups the claims into occurrences
 * (CLM-1, CLM-2, CLM-3), and for every occurrence finds the retention in force (RET-4), splits
 * it claim by claim (GEN-3), computes the amount due (CLM-6), the reporting status (CLM-7,
 * threshold test) and, given `options.asOf`, the next request window (CLM-5) — only for an
 * occurrence with something to request (paid above the retention and an amount due); otherwise
 * `nextWindow: null` and `noRequestReason` says why (`'not-above-retention'`, `'nothing-due'`).
 *
 * Per occurrence: year = calendar year of the injury date; level = the election of each of the
 * occurrence's members for that year (all must have one, RET-4; affiliates of one group must
 * share one level, RET-7); retention = the limit for that year and level from
 * `retentionTable` or the built-in table (RET-2, strict). total = Σ paid; reimbursable =
 * max(0, total − retention) split pro rata to the paid amounts; due and overpaid from
 * reimbursable − Σ reimbursed; reporting on Σ incurred. Totals add the occurrences' figures.
 * The result is exactly what `groupOccurrences` then `splitOccurrence`, `reimbursementDue`,
 * `claimReportingThreshold` and `nextReimbursementWindow` give one by one.
 *
 * Speed: `claims` may be any iterable (an array of a million, or a generator); each claim is
 * checked by a fast test equivalent to `ClaimSchema`, and money is handled in integer cents
 * (claim money is whole cents): no Decimal and no zod per claim. Only an invalid claim is run
 * through `ClaimSchema`, to describe the problem.
 *
 * Conventions: nothing partial is returned; invalid claims (and duplicate claim IDs) are
 * reported together in one `INVALID_INPUT` (up to {@link MAX_REPORTED_INVALID_CLAIMS}; the
 * iteration stops there), each issue at `claims[index]…` with the claim ID in the message.
 * Invalid input wins over every other error; otherwise the first problem met is thrown (claims
 * without `occurrenceId` are settled as they are read, occurrences of several claims once all
 * claims are read). Occurrences come in the order of their first claim, as in
 * `groupOccurrences`. Catastrophic injuries are not part of the claim record, so the
 * reporting status here is the threshold test; use `claimReportingStatus` for the 10-day rule.
 * Shared, frozen objects appear in several occurrences (`reporting`, `nextWindow`, and
 * `memberIds` of single-claim occurrences) to keep a million-claim result small: treat the
 * result as read-only (`structuredClone` it to edit).
 * With `explain`, the steps show the run's totals, not every occurrence.
 *
 * @param input - `{ claims, elections, affiliateGroups?, retentionTable? }`.
 * @param options - `{ explain?, asOf? }`.
 * @returns `{ occurrences: [...], totals: { paid, reimbursable, reimbursed, due, overpaid } }`.
 * @throws {@link WcraError} `INVALID_INPUT` (bad claim, duplicate claim ID, duplicate election);
 *   `INCONSISTENT_OCCURRENCE`; `NO_ELECTION` (a member without an election for the injury
 *   year, named with the year); `AFFILIATE_LEVEL_MISMATCH`; `UNKNOWN_YEAR`;
 *   `LEVEL_NOT_OFFERED`.
 *
 * @example
 * ```ts
 * import { reimbursementRun } from 'wcra-calc';
 * const fire = { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury' as const };
 * const run = reimbursementRun(
 *   {
 *     claims: [
 *       { ...fire, claimId: 'A', employeeId: 'E1', paid: '300000', reimbursed: '50000' },
 *       { ...fire, claimId: 'B', employeeId: 'E2', paid: '250000' },
 *       { ...fire, claimId: 'C', employeeId: 'E3', paid: '150000' },
 *     ],
 *     elections: [{ memberId: 'M1', year: 2024, level: 'low' }],
 *   },
 *   { asOf: '2024-06-30' },
 * );
 * run.totals //=> { paid: '700000.00', reimbursable: '200000.00', reimbursed: '50000.00', due: '150000.00', overpaid: '0.00' }
 * run.occurrences[0]?.nextWindow //=> { start: '2024-09-01', end: '2024-09-30', kind: 'half-year-anniversary' }
 * run.occurrences[0]?.noRequestReason //=> null
 * run.occurrences[0]?.reporting //=> { mustReport: true, reasons: ['over-threshold'], threshold: '250000.00' }
 * ```
 */
export function reimbursementRun(input: ReimbursementRunInput, options?: ReimbursementRunOptions): ReimbursementRunResult {
  return reimbursementRunDefinition.run(input, options);
}

/** The definition of {@link reimbursementRun}. */
export const reimbursementRunDefinition = /* @__PURE__ */ defineCalculator({
  name: 'reimbursementRun',
  feature: 'claims',
  summary: 'Batch reimbursement run of a claims listing: occurrences, retention, split, amount due, reporting, window',
  rules: ['CLM-8', 'CLM-1', 'CLM-2', 'CLM-3', 'RET-1', 'RET-2', 'RET-4', 'RET-7', 'GEN-3', 'CLM-5', 'CLM-6', 'CLM-7'],
  uncitedRules: {
    'CLM-8': 'the run is the CLM-8 listing check itself; its steps cite the rules it applies',
    'CLM-2': 'grouping step cites CLM-1 for CLM-1 to CLM-3',
    'CLM-3': 'grouping step cites CLM-1 for CLM-1 to CLM-3',
    'RET-2': 'the steps show totals; the limits are per occurrence (`retention`)',
    'RET-4': 'the steps show totals; the injury year is per occurrence (`year`)',
    'RET-7': 'only refuses affiliates with different levels (AFFILIATE_LEVEL_MISMATCH)',
    'GEN-3': 'the split is per occurrence (`shares`), not in the totals',
    'CLM-5': 'the window is per occurrence (`nextWindow`), not in the totals',
    'CLM-7': 'the reporting status is per occurrence (`reporting`), not in the totals',
  },
  input: ReimbursementRunInputSchema,
  options: ReimbursementRunOptionsSchema,
  example: {
    claims: [
      {
        memberId: 'M1',
        occurrenceId: 'FIRE',
        injuryDate: '2024-03-05',
        kind: 'injury',
        claimId: 'A',
        employeeId: 'E1',
        paid: '300000',
        reimbursed: '50000',
      },
      { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', claimId: 'B', employeeId: 'E2', paid: '250000' },
      { memberId: 'M1', occurrenceId: 'FIRE', injuryDate: '2024-03-05', kind: 'injury', claimId: 'C', employeeId: 'E3', paid: '150000' },
    ],
    elections: [{ memberId: 'M1', year: 2024, level: 'low' }],
  },
  exampleOptions: { asOf: '2024-06-30' },
  explains: true,
  compute: (v, opts): ReimbursementRunResult => {
    const affiliates = affiliateMap(v.affiliateGroups);
    const { byMember, mismatch } = electionIndex(v.elections, affiliates);
    const ctx: RunContext = {
      affiliates,
      byMember,
      mismatch,
      retentionTable: v.retentionTable,
      asOf: opts.asOf,
      retentions: new Map(),
      windows: new Map(),
      memberLists: new Map(),
      totals: { paid: 0, reimbursable: 0, reimbursed: 0, due: 0, overpaid: 0 },
    };
    const occurrences = readClaims(ctx, v.claims);
    const result: ReimbursementRunResult = { occurrences, totals: runTotals(ctx.totals) };
    return withSteps(result, opts.explain, () => runSteps(result));
  },
});
