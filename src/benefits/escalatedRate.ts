import * as z from 'zod/mini';
import { addMonths, compareDates, dateParts, makeDate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { guaranteed } from '../core/errors.js';
import { formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  addIssue,
  type ExplainOption,
  explainOptionShape,
  isoDate,
  money,
  type RoundingOption,
  roundingOptionShape,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import {
  ESCALATION_ERAS,
  type EscalationEra,
  escalationEraOf,
  lookupSawwChange,
  type SawwChangesInput,
  SawwChangesSchema,
} from '../rules/saww.js';
import { step } from '../rules/step.js';

/** Input schema of {@link escalatedRate}. */
export const EscalatedRateInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ injuryDate: isoDate(), rate: money({ nonNegative: true, noun: 'a weekly rate' }), asOf: isoDate() }).check(
    z.superRefine((v, ctx) => {
      const first = ESCALATION_ERAS[0]?.from ?? '';
      if (compareDates(v.injuryDate, first) < 0) {
        addIssue(
          ctx,
          ['injuryDate'],
          'out_of_range',
          `must be on or after ${first}: the library has no escalation rule for earlier injuries`,
        );
      }
      if (compareDates(v.asOf, v.injuryDate) < 0) addIssue(ctx, ['asOf'], 'out_of_range', 'must not be before the injury date');
    }),
  ))();

/** Input of {@link escalatedRate}. */
export interface EscalatedRateInput {
  /** The date of injury (`YYYY-MM-DD`, from 1975-08-01): it picks when adjustments fall and their cap (BEN-4). */
  readonly injuryDate: string;
  /** The weekly benefit rate at the time of injury (TTD, TPD, PTD or dependency), a non-negative amount of money. */
  readonly rate: MoneyLike;
  /** The date (`YYYY-MM-DD`, not before the injury) the rate is wanted for: adjustments due on or before it apply. */
  readonly asOf: string;
}

/** Options schema of {@link escalatedRate}. */
export const EscalatedRateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, ...roundingOptionShape, sawwChanges: z.optional(SawwChangesSchema) }))();

/** Options of {@link escalatedRate}. */
export interface EscalatedRateOptions extends ExplainOption, RoundingOption {
  /**
   * Your own `[{ year, change, source? }]` SAWW changes (the change announced for October 1 of
   * `year`, a fraction: 3.46% is `"0.0346"`), checked before the built-in table; years unique.
   */
  readonly sawwChanges?: SawwChangesInput;
}

/** One adjustment of {@link EscalatedRateResult}. */
export interface EscalationAdjustment {
  /** The date of the adjustment (`YYYY-MM-DD`): an anniversary of the injury, or an October 1. */
  readonly date: string;
  /** The SAWW change announced for the October 1 on or before `date` (within a year), a fraction. */
  readonly announced: string;
  /** The change applied after the era's cap and floor, a fraction. */
  readonly applied: string;
  /** The rate from `date`: the previous rate × (1 + applied), rounded to the cent. */
  readonly rate: Money;
}

/** Result of {@link escalatedRate}: money as two-decimal strings, changes as fractions. */
export interface EscalatedRateResult extends Explained {
  /** Every adjustment due from the injury up to `asOf`, in date order (empty when none is due yet). */
  readonly adjustments: ReadonlyArray<EscalationAdjustment>;
  /** The weekly rate in force on `asOf`. */
  readonly rate: Money;
}

/** The dates of the adjustments due from the injury to `asOf`, both included (BEN-4). */
function adjustmentDates(injuryDate: string, asOf: string, era: EscalationEra): string[] {
  const out: string[] = [];
  if (era.firstAnniversary === null) {
    const { year } = dateParts(injuryDate);
    const firstYear = compareDates(makeDate(year, 10, 1), injuryDate) > 0 ? year : year + 1;
    for (let y = firstYear, d = makeDate(y, 10, 1); compareDates(d, asOf) <= 0; y++, d = makeDate(y, 10, 1)) out.push(d);
    return out;
  }
  for (
    let k = era.firstAnniversary, d = addMonths(injuryDate, 12 * k);
    compareDates(d, asOf) <= 0;
    k++, d = addMonths(injuryDate, 12 * k)
  ) {
    out.push(d);
  }
  return out;
}

/** The year whose October 1 change applies to an adjustment on `date`: October–December its year, else the year before. */
function announcementYear(date: string): number {
  const { year, month } = dateParts(date);
  return month >= 10 ? year : year - 1;
}

/** The change applied: the announced change within the era's cap and floor (BEN-4). */
function appliedChange(announced: Dec, era: EscalationEra): Dec {
  const cap = toDecimal(era.cap);
  let applied = announced.greaterThan(cap) ? cap : announced;
  if (era.floor !== null && applied.lessThan(era.floor)) applied = toDecimal(era.floor);
  return applied;
}

/** One adjustment with what the explanation shows. */
interface Adjusted extends EscalationAdjustment {
  readonly year: number;
  readonly source: string;
  readonly previous: string;
}

/** Applies every adjustment in turn, each on top of the previous ones (BEN-4). */
function adjust(
  dates: ReadonlyArray<string>,
  start: Dec,
  era: EscalationEra,
  how: { readonly table: Parameters<typeof lookupSawwChange>[1]; readonly mode: RoundingMode | undefined },
): Adjusted[] {
  const { table, mode } = how;
  let current = start;
  return dates.map((date) => {
    const year = announcementYear(date);
    const { change, source } = lookupSawwChange(year, table); // RULES: BEN-4
    const announced = toDecimal(change);
    const applied = appliedChange(announced, era);
    const previous = formatMoney(current);
    current = roundMoney(current.times(applied.plus(1)), mode); // RULES: BEN-4 (convention: each rate to the cent)
    return {
      date,
      announced: formatDecimal(announced),
      applied: formatDecimal(applied),
      rate: formatMoney(current),
      year,
      source,
      previous,
    };
  });
}

/** The era in words, for the explanation. */
function eraText(era: EscalationEra): string {
  const when =
    era.firstAnniversary === null ? 'each October 1 after the injury' : `each anniversary from the ${ordinal(era.firstAnniversary)}`;
  const floor = era.floor === null ? '' : ` and at least ${formatDecimal(toDecimal(era.floor).times(100))}%`;
  return `${when}, change at most ${formatDecimal(toDecimal(era.cap).times(100))}%${floor}`;
}

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth'][n - 1] ?? `${n}th`;
}

/** The explanation: the era, then one step per adjustment. */
function escalationSteps(
  v: { injuryDate: string; rate: Dec; asOf: string },
  era: EscalationEra,
  adjusted: ReadonlyArray<Adjusted>,
): TraceStep[] {
  return [
    step(
      'BEN-4',
      `Escalation for an injury on ${v.injuryDate}: ${eraText(era)}`,
      [
        textValue('Date of injury', v.injuryDate, 'date'),
        textValue('As of', v.asOf, 'date'),
        moneyValue('Rate at injury', formatMoney(v.rate)),
      ],
      textValue('Adjustments due', String(adjusted.length), 'number'),
    ),
    ...adjusted.map((a) =>
      step(
        'BEN-4',
        `Adjustment on ${a.date}: SAWW change announced for October 1, ${a.year} (${a.source}), within the cap and floor; rate = previous x (1 + change), rounded to cents`,
        [
          moneyValue('Previous rate', a.previous),
          rateValue('SAWW change announced', a.announced),
          rateValue('Change applied', a.applied, 'x'),
        ],
        moneyValue(`Rate from ${a.date}`, a.rate),
      ),
    ),
  ];
}

/**
 * The weekly benefit rate escalated to a date (BEN-4, Minn. Stat. § 176.645), like the WCRA's
 * escalation figures: TTD, TPD, PTD and dependency benefits (not PPD) are adjusted by the change in
 * the statewide average weekly wage (SAWW), each adjustment on top of the previous ones; an
 * adjusted rate may exceed the current maximum.
 *
 * When and how much, by date of injury: 1975-08-01–1981-09-30 each October 1 after the injury, at
 * most 6%; 1981-10-01–1992-09-30 each anniversary, at most 6%; 1992-10-01–1995-09-30 from the
 * second anniversary, at most 4%; 1995-10-01–2013-09-30 from the fourth anniversary, at most 2%;
 * from 2013-10-01 from the third anniversary, at most 3% and never below 0% (only this era has a
 * floor). An adjustment from October 1 of year Y to September 30 of Y + 1 applies the change
 * announced for October 1 of Y: built-in 2018 3.46%, 2019 3.25%, 2023 3.89%, 2024 2.62%, 2025
 * 3.72%; other years from `options.sawwChanges`. An anniversary of a February 29 injury falls on
 * February 28 in other years. Convention: each adjusted rate is rounded to the cent
 * (`options.rounding`, default half-up); an adjustment on `asOf` is in force on `asOf`.
 *
 * @param input - `{ injuryDate, rate, asOf }`.
 * @param options - `{ explain?, rounding?, sawwChanges? }`.
 * @returns `{ adjustments: [{ date, announced, applied, rate }], rate }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (an injury before 1975-08-01, `asOf`
 *   before the injury, duplicate years in `sawwChanges`); `UNKNOWN_PERIOD` when an adjustment
 *   needs the change of a year neither the built-in table nor `sawwChanges` holds.
 *
 * @example
 * ```ts
 * import { escalatedRate } from 'wcra-calc';
 * const r = escalatedRate({ injuryDate: '2020-11-15', rate: '800', asOf: '2026-03-01' });
 * r.adjustments.map((a) => [a.date, a.announced, a.applied, a.rate])
 * //=> [['2023-11-15', '0.0389', '0.03', '824.00'], ['2024-11-15', '0.0262', '0.0262', '845.59'], ['2025-11-15', '0.0372', '0.03', '870.96']]
 * r.rate //=> '870.96'
 * ```
 */
export function escalatedRate(input: EscalatedRateInput, options?: EscalatedRateOptions): EscalatedRateResult {
  return escalatedRateDefinition.run(input, options);
}

/** The definition of {@link escalatedRate}. */
export const escalatedRateDefinition = /* @__PURE__ */ defineCalculator({
  name: 'escalatedRate',
  feature: 'benefits',
  summary: 'Weekly benefit rate escalated by the SAWW changes due up to a date',
  rules: ['BEN-4'],
  uncitedRules: {},
  input: EscalatedRateInputSchema,
  options: EscalatedRateOptionsSchema,
  example: { injuryDate: '2020-11-15', rate: '800', asOf: '2026-03-01' },
  explains: true,
  compute: (v, opts): EscalatedRateResult => {
    const era = guaranteed(escalationEraOf(v.injuryDate), 'escalation era of injuryDate'); // the schema rejects earlier injuries
    const dates = adjustmentDates(v.injuryDate, v.asOf, era); // RULES: BEN-4
    const adjusted = adjust(dates, v.rate, era, { table: opts.sawwChanges, mode: opts.rounding });
    const result: EscalatedRateResult = {
      adjustments: adjusted.map(({ date, announced, applied, rate }) => ({ date, announced, applied, rate })),
      rate: adjusted.at(-1)?.rate ?? formatMoney(v.rate),
    };
    return withSteps(result, opts.explain, () => escalationSteps(v, era, adjusted));
  },
});
