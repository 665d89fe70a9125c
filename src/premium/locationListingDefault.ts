import * as z from 'zod/mini';
import { compareDates, type IsoDate } from '../core/dates.js';
import { D, type Dec } from '../core/decimal.js';
import { formatMoney, type MoneyLike } from '../core/money.js';
import { addIssue, duplicateIssues, type ExplainOption, explainOptionShape, flag, id, isoDate, money } from '../core/schema.js';
import { type Explained, moneyValue, step, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';

/** Input schema of {@link locationListingDefault}. */
export const LocationListingDefaultInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      listingFiledOn: z.optional(isoDate()),
      retentionDeadline: isoDate(),
      entities: z.array(
        z.strictObject({ entityId: id('an entity identifier'), payroll: money({ nonNegative: true }), selfInsured: flag() }),
      ),
    })
    .check(
      z.superRefine((v, ctx) => {
        for (const { path, code, message } of duplicateIssues(v.entities, 'entities', 'entityId', 'entity')) {
          addIssue(ctx, [...path], code, message);
        }
      }),
    ))();

/** Input of {@link locationListingDefault}. */
export interface LocationListingDefaultInput {
  /** The date the self-insured location listing was filed, `YYYY-MM-DD`; omit when it was not filed. */
  readonly listingFiledOn?: string;
  /** The deadline of the retention selection form the listing goes with, `YYYY-MM-DD` (PRM-10). */
  readonly retentionDeadline: string;
  /** The member's Minnesota entities (each `entityId` once). */
  readonly entities: ReadonlyArray<{
    /** The entity's identifier, a non-empty string. */
    readonly entityId: string;
    /** The entity's Minnesota payroll, a non-negative amount of money. */
    readonly payroll: MoneyLike;
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
  readonly payrollBasis: string;
  /** The `entityId`s whose payroll counts toward premium, in input order. */
  readonly includedEntities: ReadonlyArray<string>;
  /** Why, in one sentence with the dates. */
  readonly reason: string;
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
 * Dates are compared as calendar dates: a listing filed on the deadline is on time (GEN-4).
 * `payrollBasis` is the exact sum of the included payrolls (not a billed amount, so not
 * rounded on the way; shown to the cent). Convention: `entities` lists the member's Minnesota
 * entities (federally covered ones already excluded); `entityId`s must be unique; an on-time
 * listing with no self-insured entity gives a payroll basis of zero.
 *
 * @param input - `{ listingFiledOn?, retentionDeadline, entities: { entityId, payroll, selfInsured }[] }`.
 * @param options - `{ explain? }`.
 * @returns `{ payrollBasis, includedEntities, reason }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input or a repeated `entityId`.
 *
 * @example
 * ```ts
 * import { locationListingDefault } from 'wcra-calc';
 * const entities = [
 *   { entityId: 'plant-a', payroll: '4000000', selfInsured: true },
 *   { entityId: 'store-b', payroll: '1500000', selfInsured: false },
 * ];
 * locationListingDefault({ listingFiledOn: '2025-12-01', retentionDeadline: '2025-12-01', entities }).payrollBasis //=> '4000000.00'
 * locationListingDefault({ retentionDeadline: '2025-12-01', entities }).includedEntities //=> ['plant-a', 'store-b']
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
    listingFiledOn: '2024-06-15',
    retentionDeadline: '2024-06-01',
    entities: [
      { entityId: 'A', payroll: '1000000', selfInsured: true },
      { entityId: 'B', payroll: '500000', selfInsured: false },
    ],
  },
  explains: true,
  compute: (v, opts): LocationListingDefaultResult => {
    const onTime = listingOnTime(v.listingFiledOn, v.retentionDeadline); // RULES: PRM-10
    const included = v.entities.filter((e) => !onTime || e.selfInsured);
    const total = included.reduce((s: Dec, e) => s.plus(e.payroll), new D(0));
    const filed = `Self-insured location listing filed on ${v.listingFiledOn}, `;
    const reason = onTime
      ? `${filed}by the deadline ${v.retentionDeadline}: only self-insured entities' payroll counts.`
      : `${v.listingFiledOn === undefined ? 'No self-insured location listing filed' : `${filed}after the deadline ${v.retentionDeadline}`}: all Minnesota entities' payroll counts, even insured ones.`;
    const result: LocationListingDefaultResult = {
      payrollBasis: formatMoney(total),
      includedEntities: included.map((e) => e.entityId),
      reason,
    };
    return withSteps(result, opts.explain, () => [
      step(
        'PRM-10',
        onTime
          ? 'Listing filed by the deadline: only self-insured entities count'
          : 'No listing by the deadline: all Minnesota entities count',
        [
          textValue('Retention form deadline', v.retentionDeadline, 'date'),
          textValue('Location listing filed on', v.listingFiledOn ?? 'not filed', v.listingFiledOn === undefined ? 'text' : 'date'),
        ],
        textValue('Entities counted', `${included.length} of ${v.entities.length}`, 'number'),
      ),
      step(
        'PRM-10',
        'Payroll basis = sum of the payroll of the entities counted',
        included.map((e, i) =>
          moneyValue(`${e.entityId}${e.selfInsured ? '' : ' (insured)'}`, formatMoney(e.payroll), i === 0 ? undefined : '+'),
        ),
        moneyValue('Payroll basis', result.payrollBasis),
      ),
    ]);
  },
});
