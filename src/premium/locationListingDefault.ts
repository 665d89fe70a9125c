import * as z from 'zod/mini';
import { compareDates, type IsoDate, makeDate } from '../core/dates.js';
import { D, type Dec } from '../core/decimal.js';
import { guaranteed, WcraError } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { formatMoney, type Money, type MoneyLike } from '../core/money.js';
import {
  addIssue,
  duplicateIssues,
  type ExplainOption,
  explainOptionShape,
  flag,
  id,
  isoDate,
  money,
  nonEmptyList,
  withJsonRules,
  year,
} from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { LOCATION_LISTING_DEADLINE } from '../rules/premium.js';
import { step } from '../rules/step.js';
import { type ClassPayroll, ClassPayrollSchema } from './exposureBase.js';

/** Input schema of {@link locationListingDefault}. */
export const LocationListingDefaultInputSchema = /* @__PURE__ */ (() => {
  const schema = z
    .strictObject({
      listingFiledOn: z.optional(isoDate()),
      coverageYear: z.optional(year()),
      retentionDeadline: z.optional(isoDate()),
      entities: z.array(
        z.strictObject({
          entityId: id('an entity identifier'),
          payroll: z.optional(money({ nonNegative: true })),
          payrollByClass: z.optional(nonEmptyList(ClassPayrollSchema, 'class payroll')),
          selfInsured: flag(),
        }),
      ),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.coverageYear === undefined && v.retentionDeadline === undefined) {
          addIssue(ctx, ['coverageYear'], 'required', 'is required (or, for older callers, retentionDeadline)');
        }
        if (v.coverageYear !== undefined && v.retentionDeadline !== undefined) {
          addIssue(ctx, ['retentionDeadline'], 'conflict', MESSAGES.conflict('retentionDeadline', 'coverageYear'));
        }
        v.entities.forEach((e, i) => {
          if (e.payroll === undefined && e.payrollByClass === undefined) {
            addIssue(ctx, ['entities', i, 'payroll'], 'required', 'is required (or payrollByClass)');
          } else if (e.payroll !== undefined && e.payrollByClass !== undefined && !e.payroll.eq(sumOf(e.payrollByClass))) {
            addIssue(ctx, ['entities', i, 'payroll'], 'inconsistent', 'must equal the sum of payrollByClass when both are given');
          }
        });
        for (const { path, code, message } of duplicateIssues(v.entities, 'entities', 'entityId', 'entity')) {
          addIssue(ctx, [...path], code, message);
        }
      }),
    );
  // Its JSON form: coverageYear or retentionDeadline, not both; each entity's payroll or payrollByClass (their sum is checked by the library only).
  /* @__PURE__ */ withJsonRules(schema, {
    oneOf: [{ required: ['coverageYear'] }, { required: ['retentionDeadline'] }],
    properties: { entities: { items: { anyOf: [{ required: ['payroll'] }, { required: ['payrollByClass'] }] } } },
  });
  return schema;
})();

/** Input of {@link locationListingDefault}. */
export interface LocationListingDefaultInput {
  /** The date the self-insured location listing was filed, `YYYY-MM-DD`; omit when it was not filed. */
  readonly listingFiledOn?: string;
  /**
   * The coverage year the listing is for (PRM-10). The listing goes with the retention form, due
   * December 1 of the year before (`2026` → `2025-12-01`). Give this or `retentionDeadline`.
   */
  readonly coverageYear?: number;
  /**
   * The deadline of the retention selection form the listing goes with, `YYYY-MM-DD` (PRM-10).
   * Kept for older callers: give `coverageYear` instead (both together are a `conflict`).
   */
  readonly retentionDeadline?: string;
  /** The member's Minnesota entities (each `entityId` once). */
  readonly entities: ReadonlyArray<{
    /** The entity's identifier, a non-empty string. */
    readonly entityId: string;
    /** The entity's Minnesota payroll, a non-negative amount of money (or give `payrollByClass`; with both, they must agree). */
    readonly payroll?: MoneyLike;
    /** The entity's Minnesota payroll by class code (a location's classes); its sum is the entity's payroll. */
    readonly payrollByClass?: ReadonlyArray<ClassPayroll>;
    /** Whether the entity is self-insured (only those count when the listing is on time). */
    readonly selfInsured: boolean;
  }>;
}

/** Options schema of {@link locationListingDefault}. */
export const LocationListingDefaultOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link locationListingDefault}. */
export interface LocationListingDefaultOptions extends ExplainOption {}

/** Result of {@link locationListingDefault}. */
export interface LocationListingDefaultResult extends Explained {
  /** Σ payroll of the included entities (exact sum, shown to the cent). */
  readonly payrollBasis: Money;
  /** The `entityId`s whose payroll counts toward premium, in input order. */
  readonly includedEntities: ReadonlyArray<string>;
  /** The deadline applied, `YYYY-MM-DD`: December 1 before `coverageYear`, or the `retentionDeadline` given. */
  readonly deadline: string;
  /**
   * The included entities' payroll by class, summed over the entities, classes in the order they
   * first appear: ready for `exposureBase`'s `payroll`. Present only when every included entity
   * gives `payrollByClass` (an entity given only a total cannot be split by class).
   */
  readonly payroll?: ReadonlyArray<{
    /** The four-digit class code. */
    readonly classCode: string;
    /** The class's payroll over the included entities (exact sum, shown to the cent). */
    readonly amount: Money;
  }>;
  /** Why, in one sentence with the dates. */
  readonly reason: string;
}

function sumOf(rows: ReadonlyArray<{ readonly amount: Dec }>): Dec {
  let total: Dec = new D(0);
  for (const r of rows) total = total.plus(r.amount);
  return total;
}

/**
 * The location listing deadline for a coverage year (PRM-10): December 1 of the year before.
 * A year before the table's first year is `UNKNOWN_YEAR` (pass `retentionDeadline`). @internal
 */
export function listingDeadline(coverageYear: number): IsoDate {
  const { value, fromYear, toYear } = LOCATION_LISTING_DEADLINE;
  if ((fromYear !== null && coverageYear < fromYear) || (toYear !== null && coverageYear > toYear)) {
    throw new WcraError(
      'UNKNOWN_YEAR',
      `No self-insured location listing deadline is known for coverage year ${coverageYear} (known from ${fromYear}). Pass the deadline as \`retentionDeadline\` instead of \`coverageYear\`.`,
      { details: { year: coverageYear } },
    );
  }
  return makeDate(coverageYear + value.yearOffset, value.month, value.day);
}

/** Payroll by class summed over entities, in first-appearance order (unchecked core). @internal */
export function payrollByClassOf(
  entities: ReadonlyArray<{ readonly payrollByClass?: ReadonlyArray<{ readonly classCode: string; readonly amount: Dec }> | undefined }>,
): Array<{ classCode: string; amount: Dec }> | undefined {
  const byClass = new Map<string, Dec>();
  for (const e of entities) {
    if (e.payrollByClass === undefined) return undefined;
    for (const r of e.payrollByClass) byClass.set(r.classCode, (byClass.get(r.classCode) ?? new D(0)).plus(r.amount));
  }
  return [...byClass].map(([classCode, amount]) => ({ classCode, amount }));
}

/** Whether a listing counts (unchecked core): filed on or before the deadline. @internal */
export function listingOnTime(listingFiledOn: IsoDate | undefined, retentionDeadline: IsoDate): boolean {
  return listingFiledOn !== undefined && compareDates(listingFiledOn, retentionDeadline) <= 0;
}

/**
 * Whose payroll counts toward a partly insured, partly self-insured member's premium (PRM-10):
 * with a self-insured location listing filed with the retention form by the deadline
 * (December 1), only the self-insured entities; with none, or a late one, the payroll of all its
 * Minnesota entities, even those with an insurance policy in place.
 *
 * The deadline: give `coverageYear` (the listing goes with the retention form, due December 1
 * of the year before: coverage year 2026 → 2025-12-01, from `LOCATION_LISTING_DEADLINE` in the
 * rule tables), or, as older callers did, `retentionDeadline` itself; both together are a
 * `conflict`. Dates are compared as calendar dates: a listing filed on the deadline is on time
 * (GEN-4).
 *
 * Payroll by class: give each entity's `payrollByClass` (its locations' classes) and the result
 * carries `payroll`, the included entities' payroll summed by class, ready for `exposureBase`
 * (`exposureBase({ memberType: 'self-insurer', payroll: r.payroll, pureRates, experienceMod })`).
 * An entity may give only its total `payroll` (then the result has no `payroll` by class when
 * that entity is included) or both (they must agree).
 * `payrollBasis` is the exact sum of the included payrolls (not a billed amount, so not
 * rounded on the way; shown to the cent). Convention: `entities` lists the member's Minnesota
 * entities (federally covered ones already excluded); `entityId`s must be unique; an on-time
 * listing with no self-insured entity gives a payroll basis of zero.
 *
 * @param input - `{ listingFiledOn?, coverageYear (or retentionDeadline), entities: { entityId, payroll?, payrollByClass?, selfInsured }[] }`.
 * @param options - `{ explain? }`.
 * @returns `{ payrollBasis, includedEntities, deadline, payroll?, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, a repeated `entityId` (`duplicate`),
 *   neither or both of `coverageYear` and `retentionDeadline` (`required` / `conflict`), an entity
 *   without payroll (`required`) or whose `payroll` differs from its `payrollByClass` sum
 *   (`inconsistent`); `UNKNOWN_YEAR` for a coverage year before 2016.
 *
 * @example
 * ```ts
 * import { locationListingDefault } from 'wcra-calc';
 * const entities = [
 *   { entityId: 'plant-a', payrollByClass: [{ classCode: '3632', amount: '3000000' }, { classCode: '8810', amount: '1000000' }], selfInsured: true },
 *   { entityId: 'store-b', payrollByClass: [{ classCode: '8810', amount: '1500000' }], selfInsured: false },
 * ];
 * locationListingDefault({ listingFiledOn: '2025-12-01', coverageYear: 2026, entities }).payrollBasis //=> '4000000.00'
 * const late = locationListingDefault({ coverageYear: 2026, entities });
 * late.includedEntities //=> ['plant-a', 'store-b']
 * late.payroll //=> [{ classCode: '3632', amount: '3000000.00' }, { classCode: '8810', amount: '2500000.00' }]
 * ```
 */
export function locationListingDefault(
  input: LocationListingDefaultInput,
  options?: LocationListingDefaultOptions,
): LocationListingDefaultResult {
  return locationListingDefaultDefinition.run(input, options);
}

/** The definition of {@link locationListingDefault}: name, rules, schemas, example. */
export const locationListingDefaultDefinition = /* @__PURE__ */ defineCalculator({
  name: 'locationListingDefault',
  feature: 'premium',
  summary: 'The payroll basis when a self-insured location listing is missing or late: every Minnesota entity counts',
  rules: ['PRM-10'],
  uncitedRules: {},
  input: LocationListingDefaultInputSchema,
  options: LocationListingDefaultOptionsSchema,
  example: {
    listingFiledOn: '2025-12-02',
    coverageYear: 2026,
    entities: [
      {
        entityId: 'A',
        payrollByClass: [
          { classCode: '3632', amount: '800000' },
          { classCode: '8810', amount: '200000' },
        ],
        selfInsured: true,
      },
      { entityId: 'B', payrollByClass: [{ classCode: '8810', amount: '500000' }], selfInsured: false },
    ],
  },
  explains: true,
  compute: (v, opts): LocationListingDefaultResult => {
    const deadline = v.coverageYear === undefined ? guaranteed(v.retentionDeadline, 'retentionDeadline') : listingDeadline(v.coverageYear);
    const onTime = listingOnTime(v.listingFiledOn, deadline); // RULES: PRM-10
    const entities = v.entities.map((e) => ({ ...e, total: e.payroll ?? sumOf(e.payrollByClass ?? []) }));
    const included = entities.filter((e) => !onTime || e.selfInsured);
    const total = sumOf(included.map((e) => ({ amount: e.total })));
    const byClass = payrollByClassOf(included);
    const filed = `Self-insured location listing filed on ${v.listingFiledOn}, `;
    const reason = onTime
      ? `${filed}by the deadline ${deadline}: only self-insured entities' payroll counts.`
      : `${v.listingFiledOn === undefined ? 'No self-insured location listing filed' : `${filed}after the deadline ${deadline}`}: all Minnesota entities' payroll counts, even insured ones.`;
    const result: LocationListingDefaultResult = {
      payrollBasis: formatMoney(total),
      includedEntities: included.map((e) => e.entityId),
      deadline,
      ...(byClass === undefined ? {} : { payroll: byClass.map((r) => ({ classCode: r.classCode, amount: formatMoney(r.amount) })) }),
      reason,
    };
    return withSteps(result, opts.explain, () => [
      step(
        'PRM-10',
        onTime
          ? 'Listing filed by the deadline: only self-insured entities count'
          : 'No listing by the deadline: all Minnesota entities count',
        [
          textValue('Retention form deadline', deadline, 'date'),
          textValue('Location listing filed on', v.listingFiledOn ?? 'not filed', v.listingFiledOn === undefined ? 'text' : 'date'),
        ],
        textValue('Entities counted', `${included.length} of ${v.entities.length}`, 'number'),
      ),
      step(
        'PRM-10',
        'Payroll basis = sum of the payroll of the entities counted',
        included.map((e, i) =>
          moneyValue(`${e.entityId}${e.selfInsured ? '' : ' (insured)'}`, formatMoney(e.total), i === 0 ? undefined : '+'),
        ),
        moneyValue('Payroll basis', result.payrollBasis),
      ),
    ]);
  },
});
