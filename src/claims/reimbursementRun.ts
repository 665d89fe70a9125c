import * as z from 'zod/mini';
import { yearOf } from '../core/dates.js';
import { invalidInput, WcraError, type WcraIssue } from '../core/errors.js';
import { MAX_MONEY, tryParseCents } from '../core/money.js';
import {
  describeValue,
  type ExplainOption,
  explainOptionShape,
  id,
  isoDate,
  oneOf,
  parseOptions,
  parseWith,
  year,
} from '../core/schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from '../core/trace.js';
import { RETENTION_LEVELS, type RetentionLevel } from '../rules/levels.js';
import { lookupRetentionLimit, type RetentionTableInput, RetentionTableSchema } from '../rules/retentions.js';
import { overThresholdReasons, type ReportingReason } from './claimReportingStatus.js';
import { thresholdCents } from './claimReportingThreshold.js';
import { type Claim, type ClaimKind, claimIssues, duplicateIssue, fastParseClaim, moneyOf, type ParsedClaim } from './claimSchema.js';
import { AffiliateGroupsSchema, affiliateMap, type OccurrenceGroup, occurrenceGrouping, ownKey } from './groupOccurrences.js';
import { type NextReimbursementWindowResult, windowCore } from './nextReimbursementWindow.js';
import { dueCents } from './reimbursementDue.js';
import { type ClaimShare, claimShare, claimShares, splitCents } from './splitOccurrence.js';

/** Schema of one retention election: the level a member had in force for a calendar year (RET-5). */
export const ElectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({ memberId: id('a member ID'), year: year(), level: oneOf(RETENTION_LEVELS) }))();

/** A retention election as callers pass it. */
export type Election = z.input<typeof ElectionSchema>;

function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Input schema of {@link reimbursementRun}. `claims` may be any iterable (checked claim by claim). */
export const ReimbursementRunInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    claims: z.custom<Iterable<Claim>>(isIterable, {
      error: (iss) => `must be a list (or iterable) of claims, got ${describeValue(iss.input)}`,
    }),
    elections: z.array(ElectionSchema),
    affiliateGroups: z.optional(AffiliateGroupsSchema),
    retentionTable: z.optional(RetentionTableSchema),
  }))();

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
  /** The date the run is for: with it, each occurrence gets its next request window (CLM-5). */
  readonly asOf?: string;
}

/** The reporting status of an occurrence in a run (CLM-7, threshold test). */
export interface RunReportingStatus {
  readonly mustReport: boolean;
  readonly reasons: ReadonlyArray<ReportingReason>;
  /** min(50% × retention, 1,000,000). */
  readonly threshold: string;
}

/** One occurrence of a {@link reimbursementRun}. */
export interface RunOccurrence {
  readonly key: string;
  readonly kind: ClaimKind;
  readonly memberIds: ReadonlyArray<string>;
  readonly claimIds: ReadonlyArray<string>;
  readonly injuryDate: string;
  /** The calendar year of the injury, whose election applies (RET-4). */
  readonly year: number;
  readonly level: RetentionLevel;
  /** The retention limit in force for that year and level (RET-2, RET-4). */
  readonly retention: string;
  /** Σ paid. */
  readonly total: string;
  readonly retained: string;
  /** max(0, paid − retention): the WCRA's part to date. */
  readonly reimbursable: string;
  /** Per claim, on paid amounts (GEN-3). */
  readonly shares: ReadonlyArray<ClaimShare>;
  /** Σ incurred (incurred defaults to paid). */
  readonly incurred: string;
  /** Σ reimbursed to date. */
  readonly reimbursed: string;
  /** max(0, reimbursable − reimbursed) (CLM-6). */
  readonly due: string;
  /** max(0, reimbursed − reimbursable): owed back to the WCRA (CLM-6). */
  readonly overpaid: string;
  readonly reporting: RunReportingStatus;
  /** With `options.asOf`: the next request window (CLM-5). */
  readonly nextWindow?: Omit<NextReimbursementWindowResult, 'steps'>;
}

/** Totals of a run. */
export interface RunTotals {
  readonly paid: string;
  readonly reimbursable: string;
  readonly reimbursed: string;
  readonly due: string;
  readonly overpaid: string;
}

/** Result of {@link reimbursementRun}. */
export interface ReimbursementRunResult extends Explained {
  readonly occurrences: ReadonlyArray<RunOccurrence>;
  readonly totals: RunTotals;
}

/** At most this many invalid claims are reported in one `INVALID_INPUT` error. */
export const MAX_REPORTED_INVALID_CLAIMS = 20;

interface GroupLevel {
  readonly level: RetentionLevel;
  readonly memberId: string;
}

function electionIndex(
  elections: ReadonlyArray<{ memberId: string; year: number; level: RetentionLevel }>,
  affiliates: ReadonlyMap<string, string>,
): { byMember: Map<string, Map<number, RetentionLevel>>; mismatch: Map<string, WcraError> } {
  const byMember = new Map<string, Map<number, RetentionLevel>>();
  const byGroup = new Map<string, GroupLevel>();
  const mismatch = new Map<string, WcraError>();
  const issues: WcraIssue[] = [];
  elections.forEach((e, i) => {
    let years = byMember.get(e.memberId);
    if (years === undefined) {
      years = new Map();
      byMember.set(e.memberId, years);
    }
    if (years.has(e.year)) {
      issues.push({
        path: ['elections', i],
        code: 'duplicate',
        message: `member ${JSON.stringify(e.memberId)} has two elections for ${e.year}`,
      });
      return;
    }
    years.set(e.year, e.level);
    const group = affiliates.get(e.memberId);
    if (group === undefined) return;
    const gy = `${group}\u0000${e.year}`;
    const seen = byGroup.get(gy);
    if (seen === undefined) byGroup.set(gy, { level: e.level, memberId: e.memberId });
    else if (seen.level !== e.level && !mismatch.has(gy)) {
      // RULES: RET-7 — affiliates are a single entity and must share one retention level.
      mismatch.set(
        gy,
        new WcraError(
          'AFFILIATE_LEVEL_MISMATCH',
          `Affiliates "${seen.memberId}" (${seen.level}) and "${e.memberId}" (${e.level}) of group "${group}" must share one retention level for ${e.year}.`,
          {
            details: {
              groupId: group,
              year: e.year,
              memberId: seen.memberId,
              level: seen.level,
              otherMemberId: e.memberId,
              otherLevel: e.level,
            },
          },
        ),
      );
    }
  });
  if (issues.length > 0) throw invalidInput(issues);
  return { byMember, mismatch };
}

/**
 * The batch reimbursement run of a claims listing (CLM-8): groups the claims into occurrences
 * (CLM-1, CLM-2, CLM-3), and for every occurrence finds the retention in force (RET-4), splits
 * it claim by claim (GEN-3), computes the amount due (CLM-6), the reporting status (CLM-7,
 * threshold test) and, given `options.asOf`, the next request window (CLM-5).
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
 * run.occurrences[0]?.reporting //=> { mustReport: true, reasons: ['over-threshold'], threshold: '250000.00' }
 * ```
 */
export function reimbursementRun(input: ReimbursementRunInput, options?: ReimbursementRunOptions): ReimbursementRunResult {
  const v = parseWith(ReimbursementRunInputSchema, input);
  const opts = parseOptions(ReimbursementRunOptionsSchema, options);
  const affiliates = affiliateMap(v.affiliateGroups);
  const { byMember, mismatch } = electionIndex(v.elections, affiliates);
  const asOf = opts.asOf;
  const retentions = new Map<string, RetentionEntry>();
  const windows = new Map<string, RunWindow>();
  const memberLists = new Map<string, ReadonlyArray<string>>();
  const totals = { paid: 0, reimbursable: 0, reimbursed: 0, due: 0, overpaid: 0 };

  /** The retention in force for the occurrence's members in the injury year (RET-4, RET-7). */
  const retentionFor = (memberIds: ReadonlyArray<string>, yr: number, key: string): RetentionEntry => {
    let level: RetentionLevel | undefined;
    for (const memberId of memberIds) {
      const own = byMember.get(memberId)?.get(yr);
      if (own === undefined) {
        throw new WcraError(
          'NO_ELECTION',
          `Member "${memberId}" has no election for ${yr} (injury year of occurrence ${key}): add { memberId: "${memberId}", year: ${yr}, level } to elections.`,
          { details: { memberId, year: yr, key } },
        );
      }
      const group = affiliates.get(memberId);
      const clash = group === undefined ? undefined : mismatch.get(`${group}\u0000${yr}`);
      if (clash !== undefined) throw clash;
      level = own;
    }
    const lv = level as RetentionLevel;
    const rk = `${yr}|${lv}`;
    let ret = retentions.get(rk);
    if (ret === undefined) {
      const limit = lookupRetentionLimit(yr, lv, v.retentionTable); // RULES: RET-2, RET-4
      const cents = tryParseCents(limit) as number;
      const threshold = thresholdCents(cents); // RULES: CLM-7
      const thresholdMoney = moneyOf(threshold);
      ret = {
        year: yr,
        level: lv,
        cents,
        money: limit,
        threshold,
        over: Object.freeze({ mustReport: true, reasons: overThresholdReasons(threshold + 1, threshold), threshold: thresholdMoney }),
        under: Object.freeze({ mustReport: false, reasons: overThresholdReasons(threshold, threshold), threshold: thresholdMoney }),
      };
      retentions.set(rk, ret);
    }
    return ret;
  };

  const windowFor = (injuryDate: string): RunWindow | undefined => {
    if (asOf === undefined) return undefined;
    const month = injuryDate.slice(0, 7);
    let w = windows.get(month);
    if (w === undefined) {
      const wc = windowCore(injuryDate, asOf); // RULES: CLM-5
      w = Object.freeze({ start: wc.start, end: wc.end, kind: wc.kind });
      windows.set(month, w);
    }
    return w;
  };

  /** A claim without occurrenceId: its own occurrence, computed at once. */
  const single = (c: ParsedClaim): RunOccurrence => {
    let memberIds = memberLists.get(c.memberId);
    if (memberIds === undefined) {
      memberIds = Object.freeze([c.memberId]);
      memberLists.set(c.memberId, memberIds);
    }
    const key = ownKey(c.claimId);
    const yr = yearOf(c.injuryDate); // RULES: RET-4 — the year of the injury, whenever reported.
    const ret = retentionFor(memberIds, yr, key);
    const total = c.paid;
    const d = dueCents(total, ret.cents, c.reimbursed); // RULES: RET-1, CLM-6 — reimbursable is the excess
    const reimbursable = d.excess;
    const share = claimShare(c.claimId, total, reimbursable); // RULES: GEN-3 — one claim takes it all
    add(total, reimbursable, c.reimbursed, d.due, d.overpaid);
    return occurrence(
      key,
      c.kind,
      memberIds,
      [c.claimId],
      c.injuryDate,
      ret,
      share.total,
      share.retained,
      share.reimbursable,
      [share],
      c.incurred === total ? share.total : moneyOf(c.incurred),
      moneyOf(c.reimbursed),
      d,
      c.incurred > ret.threshold ? ret.over : ret.under, // RULES: CLM-7
      windowFor(c.injuryDate),
    );
  };

  /** An occurrence of one or more claims sharing an occurrenceId. */
  const grouped = (g: OccurrenceGroup): RunOccurrence => {
    const yr = yearOf(g.injuryDate); // RULES: RET-4
    const ret = retentionFor(g.memberIds, yr, g.key);
    const claims = g.claims;
    const n = claims.length;
    const amounts = new Array<number>(n);
    const claimIds = new Array<string>(n);
    let incurred = 0;
    let reimbursed = 0;
    for (let j = 0; j < n; j++) {
      const c = claims[j] as ParsedClaim;
      amounts[j] = c.paid;
      claimIds[j] = c.claimId;
      incurred += c.incurred;
      reimbursed += c.reimbursed;
    }
    const s = splitCents(amounts, ret.cents); // RULES: RET-1, GEN-3
    if (!Number.isSafeInteger(incurred) || !Number.isSafeInteger(reimbursed)) {
      throw invalidInput([
        { path: ['claims'], code: 'out_of_range', message: `occurrence ${g.key}: its claims must add up to at most ${MAX_MONEY}` },
      ]);
    }
    const d = dueCents(s.total, ret.cents, reimbursed); // RULES: CLM-6
    add(s.total, s.reimbursable, reimbursed, d.due, d.overpaid);
    return occurrence(
      g.key,
      g.kind,
      g.memberIds,
      claimIds,
      g.injuryDate,
      ret,
      moneyOf(s.total),
      moneyOf(s.total - s.reimbursable),
      moneyOf(s.reimbursable),
      claimShares(claims, amounts, s.parts),
      moneyOf(incurred),
      moneyOf(reimbursed),
      d,
      incurred > ret.threshold ? ret.over : ret.under, // RULES: CLM-7
      windowFor(g.injuryDate),
    );
  };

  const add = (paid: number, reimbursable: number, reimbursed: number, due: number, overpaid: number): void => {
    totals.paid += paid;
    totals.reimbursable += reimbursable;
    totals.reimbursed += reimbursed;
    totals.due += due;
    totals.overpaid += overpaid;
  };

  // One pass over the claims: the fast check (zod only for an invalid claim), then the one
  // grouping (a claim without occurrenceId is computed at once by `single`).
  const grouping = occurrenceGrouping(affiliates, single);
  const seenIds = new Map<string, number>();
  const issues: WcraIssue[] = [];
  let badClaims = 0;
  let failure: unknown;
  let index = 0;
  for (const raw of v.claims) {
    const i = index++;
    const claim = fastParseClaim(raw);
    if (claim === undefined) {
      const found = claimIssues(raw, i);
      issues.push(...(found.length > 0 ? found : [{ path: ['claims', i], code: 'wrong_type' as const, message: 'is not a valid claim' }]));
      if (++badClaims >= MAX_REPORTED_INVALID_CLAIMS) break;
      continue;
    }
    const first = seenIds.get(claim.claimId);
    if (first !== undefined) {
      issues.push(duplicateIssue(claim, i));
      if (++badClaims >= MAX_REPORTED_INVALID_CLAIMS) break;
      continue;
    }
    seenIds.set(claim.claimId, i);
    // Once a problem is known nothing is returned: only the remaining claims are checked.
    if (issues.length > 0 || failure !== undefined) continue;
    try {
      grouping.add(claim);
    } catch (error) {
      failure = error;
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  if (failure !== undefined) throw failure;
  seenIds.clear();
  grouping.release();
  const order = grouping.order;
  for (const slot of grouping.slots) order[slot] = grouped(order[slot] as OccurrenceGroup);
  const occurrences = order as RunOccurrence[];

  // Non-negative sums: if any partial sum passed 2^53, the final one is not a safe integer.
  if (!Object.values(totals).every(Number.isSafeInteger)) {
    throw invalidInput([{ path: ['claims'], code: 'out_of_range', message: `the run's totals must be at most ${MAX_MONEY}` }]);
  }
  const result: ReimbursementRunResult = {
    occurrences,
    totals: {
      paid: moneyOf(totals.paid),
      reimbursable: moneyOf(totals.reimbursable),
      reimbursed: moneyOf(totals.reimbursed),
      due: moneyOf(totals.due),
      overpaid: moneyOf(totals.overpaid),
    },
  };
  return withSteps(result, opts.explain, () => [
    step(
      'CLM-1',
      'Claims grouped into occurrences (CLM-1 to CLM-3), one retention each (RET-4)',
      [textValue('Occurrences', String(occurrences.length), 'number')],
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
  ]);
}

type RunWindow = Omit<NextReimbursementWindowResult, 'steps'>;

interface RetentionEntry {
  readonly year: number;
  readonly level: RetentionLevel;
  readonly cents: number;
  readonly money: string;
  readonly threshold: number;
  readonly over: RunReportingStatus;
  readonly under: RunReportingStatus;
}

/** Builds an occurrence (`nextWindow` only with asOf). */
function occurrence(
  key: string,
  kind: ClaimKind,
  memberIds: ReadonlyArray<string>,
  claimIds: ReadonlyArray<string>,
  injuryDate: string,
  ret: RetentionEntry,
  total: string,
  retained: string,
  reimbursable: string,
  shares: ReadonlyArray<ClaimShare>,
  incurred: string,
  reimbursed: string,
  d: { readonly due: number; readonly overpaid: number },
  reporting: RunReportingStatus,
  nextWindow: RunWindow | undefined,
): RunOccurrence {
  const { year, level, money: retention } = ret;
  const o: RunOccurrence & { nextWindow?: RunWindow } = {
    key,
    kind,
    memberIds,
    claimIds,
    injuryDate,
    year,
    level,
    retention,
    total,
    retained,
    reimbursable,
    shares,
    incurred,
    reimbursed,
    due: moneyOf(d.due),
    overpaid: moneyOf(d.overpaid),
    reporting,
  };
  if (nextWindow !== undefined) o.nextWindow = nextWindow;
  return o;
}
