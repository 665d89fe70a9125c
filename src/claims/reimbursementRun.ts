import * as z from 'zod/mini';
import { yearOf } from '../core/dates.js';
import { invalidInput, type WcraIssue } from '../core/errors.js';
import { MAX_MONEY, type Money } from '../core/money.js';
import { describeValue, type ExplainOption, explainOptionShape, id, isoDate, JSON_TAGS, oneOf, year } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { type ElectionIndex, indexElections, levelInForce, limitInForce, memberLevel } from '../retention/retentionInForce.js';
import { defineCalculator } from '../rules/define.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { step } from '../rules/step.js';
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

/** The input as its schema gives it (elections and affiliate groups checked, claims still to read). */
type ParsedRunInput = z.output<typeof ReimbursementRunInputSchema>;

/** The retention of a year and level with its reporting threshold (RET-2, CLM-7), in cents and as money. */
interface RetentionEntry {
  readonly year: number;
  readonly level: RetentionLevel;
  readonly cents: number;
  readonly money: Money;
  readonly threshold: number;
  readonly thresholdMoney: Money;
}

interface Totals {
  paid: number;
  reimbursable: number;
  reimbursed: number;
  due: number;
  overpaid: number;
}

/** An occurrence being built (step 5 adds the window fields). */
type Building = { -readonly [K in keyof RunOccurrence]: RunOccurrence[K] };

/** Everything a run shares between its occurrences: the election index and the caches of steps 3 and 5. */
interface RunContext {
  readonly elections: ElectionIndex;
  readonly retentionTable: RetentionTableInput | undefined;
  readonly asOf: string | undefined;
  /** Year → level → retention. */
  readonly retentions: Map<number, Map<RetentionLevel, RetentionEntry>>;
  /** Member → year → retention of the member's own occurrences (a single claim's fast path). */
  readonly memberRetentions: Map<string, Map<number, RetentionEntry>>;
  /** Month of the date of loss → its request window (CLM-5); each occurrence gets its own copy. */
  readonly windows: Map<string, RunWindow>;
  readonly totals: Totals;
}

/** Step 1 (validate): the elections indexed by retention (RET-5 duplicates, RET-7 clashes) and the run's caches. */
function runContext(v: ParsedRunInput, asOf: string | undefined): RunContext {
  return {
    elections: indexElections(v.elections, affiliateMap(v.affiliateGroups)), // RULES: RET-7
    retentionTable: v.retentionTable,
    asOf,
    retentions: new Map(),
    memberRetentions: new Map(),
    windows: new Map(),
    totals: { paid: 0, reimbursable: 0, reimbursed: 0, due: 0, overpaid: 0 },
  };
}

/** The retention of a level in a year, by retention's strict lookup, with its threshold; cached. */
function retentionEntry(ctx: RunContext, year: number, level: RetentionLevel): RetentionEntry {
  let byLevel = ctx.retentions.get(year);
  if (byLevel === undefined) {
    byLevel = new Map();
    ctx.retentions.set(year, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached !== undefined) return cached;
  const { limit, cents } = limitInForce(year, level, ctx.retentionTable); // RULES: RET-2, RET-4
  const threshold = thresholdCents(cents); // RULES: CLM-7
  const entry: RetentionEntry = { year, level, cents, money: limit, threshold, thresholdMoney: moneyOf(threshold) };
  byLevel.set(level, entry);
  return entry;
}

/** Step 3 (retention) of an occurrence of several claims: the level its members share in the injury year (RET-4, RET-7). */
function groupRetention(ctx: RunContext, g: OccurrenceGroup): RetentionEntry {
  const year = yearOf(g.injuryDate); // RULES: RET-4 — the injury year decides
  return retentionEntry(ctx, year, levelInForce(ctx.elections, g.memberIds, year, g.key));
}

/** Step 3 (retention) of a claim that is its own occurrence: its member's level (RET-4, RET-7), cached by member and year. */
function singleRetention(ctx: RunContext, c: ParsedClaim, key: string): RetentionEntry {
  const year = yearOf(c.injuryDate); // RULES: RET-4 — the injury year decides
  let years = ctx.memberRetentions.get(c.memberId);
  if (years === undefined) {
    years = new Map();
    ctx.memberRetentions.set(c.memberId, years);
  }
  let entry = years.get(year);
  if (entry === undefined) {
    entry = retentionEntry(ctx, year, memberLevel(ctx.elections, c.memberId, year, key));
    years.set(year, entry);
  }
  return entry;
}

/** Step 5 (status): the reporting status on Σ incurred (CLM-7, threshold test), a new object per occurrence. */
function reportingOf(ret: RetentionEntry, incurred: number): RunReportingStatus {
  const reasons = overThresholdReasons(incurred, ret.threshold); // RULES: CLM-7 (a shared frozen list: copied)
  return { mustReport: reasons.length > 0, reasons: [...reasons], threshold: ret.thresholdMoney };
}

/**
 * Step 5 (status): with `asOf`, the request window, only with something to request (CLM-5:
 * paid above the retention and an amount due, else `why` not); the window cached by loss month, copied.
 */
function addWindow(ctx: RunContext, o: Building, asOf: string, why: NoRequestReason | null): RunOccurrence {
  if (why !== null) {
    o.nextWindow = null;
    o.noRequestReason = why;
    return o;
  }
  const month = o.injuryDate.slice(0, 7);
  let w = ctx.windows.get(month);
  if (w === undefined) {
    const wc = windowCore(o.injuryDate, asOf); // RULES: CLM-5
    w = { start: wc.start, end: wc.end, kind: wc.kind };
    ctx.windows.set(month, w);
  }
  o.nextWindow = { start: w.start, end: w.end, kind: w.kind };
  o.noRequestReason = null;
  return o;
}

/** Adds an occurrence's figures in cents to the run's totals (reimbursable is the excess, RET-1). */
function addTotals(
  t: Totals,
  paid: number,
  reimbursed: number,
  d: { readonly excess: number; readonly due: number; readonly overpaid: number },
): void {
  t.paid += paid;
  t.reimbursable += d.excess;
  t.reimbursed += reimbursed;
  t.due += d.due;
  t.overpaid += d.overpaid;
}

/** Steps 3–5 for a claim without occurrenceId: its own occurrence, settled at once. */
function singleOccurrence(ctx: RunContext, c: ParsedClaim): RunOccurrence {
  const key = ownKey(c.claimId);
  const ret = singleRetention(ctx, c, key);
  // Step 4 (split): one claim takes it all (GEN-3); reimbursable is the excess (RET-1, CLM-6).
  const d = dueCents(c.paid, ret.cents, c.reimbursed);
  const share = claimShare(c.claimId, c.paid, d.excess);
  addTotals(ctx.totals, c.paid, c.reimbursed, d);
  const o: Building = {
    key,
    kind: c.kind,
    memberIds: [c.memberId],
    claimIds: [c.claimId],
    injuryDate: c.injuryDate,
    year: ret.year,
    level: ret.level,
    retention: ret.money,
    total: share.total,
    retained: share.retained,
    reimbursable: share.reimbursable,
    shares: [share],
    incurred: c.incurred === c.paid ? share.total : moneyOf(c.incurred),
    reimbursed: moneyOf(c.reimbursed),
    due: moneyOf(d.due),
    overpaid: moneyOf(d.overpaid),
    reporting: reportingOf(ret, c.incurred),
  };
  return ctx.asOf === undefined ? o : addWindow(ctx, o, ctx.asOf, noRequestReason(c.paid, ret.cents, d.due)); // RULES: CLM-5
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

/** Steps 3–5 for an occurrence of claims sharing an occurrenceId. */
function groupedOccurrence(ctx: RunContext, g: OccurrenceGroup): RunOccurrence {
  const ret = groupRetention(ctx, g);
  // Step 4 (split): the excess (RET-1) pro rata to the paid amounts (GEN-3), then the due (CLM-6).
  const { amounts, claimIds, incurred, reimbursed } = groupSums(g);
  const s = splitCents(amounts, ret.cents);
  const d = dueCents(s.total, ret.cents, reimbursed);
  addTotals(ctx.totals, s.total, reimbursed, d);
  const o: Building = {
    key: g.key,
    kind: g.kind,
    memberIds: g.memberIds,
    claimIds,
    injuryDate: g.injuryDate,
    year: ret.year,
    level: ret.level,
    retention: ret.money,
    total: moneyOf(s.total),
    retained: moneyOf(s.total - s.reimbursable),
    reimbursable: moneyOf(s.reimbursable),
    shares: claimShares(g.claims, amounts, s.parts),
    incurred: moneyOf(incurred),
    reimbursed: moneyOf(reimbursed),
    due: moneyOf(d.due),
    overpaid: moneyOf(d.overpaid),
    reporting: reportingOf(ret, incurred),
  };
  return ctx.asOf === undefined ? o : addWindow(ctx, o, ctx.asOf, noRequestReason(s.total, ret.cents, d.due)); // RULES: CLM-5
}

/** Step 1 (validate) of a claim the fast check refused (zod describes it) or whose claim ID came earlier. */
function claimProblems(raw: unknown, claim: ParsedClaim | undefined, i: number): WcraIssue[] {
  if (claim !== undefined) return [duplicateIssue(claim, i)];
  const found = claimIssues(raw, i);
  return found.length > 0 ? found : [{ path: ['claims', i], code: 'wrong_type', message: 'is not a valid claim' }];
}

/**
 * Steps 1–2 (validate, group): one pass over the claims — each checked, then grouped (a claim
 * without occurrenceId is settled at once, steps 3–5); the groups are settled once all are read.
 * Invalid claims win over every other error; nothing partial is returned.
 */
function readClaims(ctx: RunContext, claims: Iterable<unknown>): RunOccurrence[] {
  const grouping = occurrenceGrouping(ctx.elections.affiliates, (c) => singleOccurrence(ctx, c));
  const seenIds = new Set<string>();
  const issues: WcraIssue[] = [];
  let badClaims = 0;
  let failure: unknown;
  let index = 0;
  for (const raw of claims) {
    const i = index++;
    const claim = fastParseClaim(raw);
    if (claim === undefined || seenIds.has(claim.claimId)) {
      issues.push(...claimProblems(raw, claim, i));
      if (++badClaims >= MAX_REPORTED_INVALID_CLAIMS) break;
      continue;
    }
    seenIds.add(claim.claimId);
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
 * The run is a pipeline of five named steps over the single-occurrence cores: validate (the
 * elections, then each claim as it is read), group (CLM-1 to CLM-3), retention (retention's own
 * lookup, as `applicableRetention` does it), split (GEN-3, RET-1, CLM-6) and status (CLM-7,
 * CLM-5).
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
 * The result is a plain object, like every result of the library: no part of it is frozen and
 * no object is shared between occurrences (each has its own `reporting`, `nextWindow` and
 * `memberIds`), so editing one occurrence never changes another.
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
    const ctx = runContext(v, opts.asOf); // step 1: the elections
    const occurrences = readClaims(ctx, v.claims); // steps 1–5: the claims, occurrence by occurrence
    const result: ReimbursementRunResult = { occurrences, totals: runTotals(ctx.totals) };
    return withSteps(result, opts.explain, () => runSteps(result));
  },
});
