/**
 * The permanent partial disability (PPD) schedules of Minn. Stat. § 176.101 subd. 2a (BEN-5), as
 * dated data, the lump-sum discount cap (BEN-7), and the strict schedule lookup.
 * @module
 */
import * as z from 'zod/mini';
import { compareDates } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { WcraError } from '../core/errors.js';
import { centsToMoney, formatDecimal, type Money, type MoneyLike } from '../core/money.js';
import { addIssue, cents, decimalLike, isoDate, nonEmptyList, text } from '../core/schema.js';
import type { RuleFigure } from './figures.js';

/** One band of a PPD schedule: ratings from `from` to less than `to` (the last band includes `to`). */
export interface PpdBand {
  /** Lowest rating of the band, percent of the whole body as written in the schedule (`"5.5"`). */
  readonly from: string;
  /** The band ends below this rating (`"10.5"`); the last band's `to` is `"100"` and is included. */
  readonly to: string;
  /** The amount for 100% in this band, two-decimal string (`"75000.00"`). */
  readonly amount: Money;
}

/** A PPD schedule in force for injuries from `from` to `to` (inclusive). */
export interface PpdSchedule {
  /** The schedule's period as an ISO 8601 interval: `"2000-10-01/2018-09-30"`, open-ended `"2026-10-01/.."`. */
  readonly era: string;
  /** First injury date the schedule applies to (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last injury date the schedule applies to (`YYYY-MM-DD`), `null` while it is the schedule in force. */
  readonly to: string | null;
  /** Where the figures come from. */
  readonly source: string;
  /** The bands, lowest first: from 0 to 100 with no gap. */
  readonly bands: ReadonlyArray<PpdBand>;
}

const BEN5_SOURCE = 'RULES.md BEN-5 (Minn. Stat. § 176.101 subd. 2a; wcra.biz PPD schedules)';
const BEN5_SOURCE_2026 = 'RULES.md BEN-5 (Minn. Stat. § 176.101 subd. 2a as amended by Laws 2026 ch. 103 § 10)';

/**
 * The built-in PPD schedules (BEN-5): twenty bands each (less than 5.5; 5.5 to less than 10.5; … ;
 * 95.5 up to and including 100), for injuries 2000-10-01–2018-09-30, 2018-10-01–2023-09-30,
 * 2023-10-01–2026-09-30 and from 2026-10-01. Injuries before 2000-10-01 need a caller's schedule.
 */
export const PPD_SCHEDULES: ReadonlyArray<PpdSchedule> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({
    era: '2000-10-01/2018-09-30',
    from: '2000-10-01',
    to: '2018-09-30',
    source: BEN5_SOURCE,
    bands: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ from: '0', to: '5.5', amount: '75000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '5.5', to: '10.5', amount: '80000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '10.5', to: '15.5', amount: '85000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '15.5', to: '20.5', amount: '90000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '20.5', to: '25.5', amount: '95000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '25.5', to: '30.5', amount: '100000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '30.5', to: '35.5', amount: '110000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '35.5', to: '40.5', amount: '120000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '40.5', to: '45.5', amount: '130000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '45.5', to: '50.5', amount: '140000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '50.5', to: '55.5', amount: '165000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '55.5', to: '60.5', amount: '190000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '60.5', to: '65.5', amount: '215000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '65.5', to: '70.5', amount: '240000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '70.5', to: '75.5', amount: '265000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '75.5', to: '80.5', amount: '315000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '80.5', to: '85.5', amount: '365000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '85.5', to: '90.5', amount: '415000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '90.5', to: '95.5', amount: '465000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '95.5', to: '100', amount: '515000.00' }),
    ]),
  }),
  /* @__PURE__ */ Object.freeze({
    era: '2018-10-01/2023-09-30',
    from: '2018-10-01',
    to: '2023-09-30',
    source: BEN5_SOURCE,
    bands: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ from: '0', to: '5.5', amount: '78800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '5.5', to: '10.5', amount: '84000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '10.5', to: '15.5', amount: '89300.00' }),
      /* @__PURE__ */ Object.freeze({ from: '15.5', to: '20.5', amount: '94500.00' }),
      /* @__PURE__ */ Object.freeze({ from: '20.5', to: '25.5', amount: '99800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '25.5', to: '30.5', amount: '105000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '30.5', to: '35.5', amount: '115500.00' }),
      /* @__PURE__ */ Object.freeze({ from: '35.5', to: '40.5', amount: '126000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '40.5', to: '45.5', amount: '136500.00' }),
      /* @__PURE__ */ Object.freeze({ from: '45.5', to: '50.5', amount: '147000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '50.5', to: '55.5', amount: '173300.00' }),
      /* @__PURE__ */ Object.freeze({ from: '55.5', to: '60.5', amount: '199500.00' }),
      /* @__PURE__ */ Object.freeze({ from: '60.5', to: '65.5', amount: '225800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '65.5', to: '70.5', amount: '252000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '70.5', to: '75.5', amount: '278300.00' }),
      /* @__PURE__ */ Object.freeze({ from: '75.5', to: '80.5', amount: '330800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '80.5', to: '85.5', amount: '383300.00' }),
      /* @__PURE__ */ Object.freeze({ from: '85.5', to: '90.5', amount: '435800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '90.5', to: '95.5', amount: '488300.00' }),
      /* @__PURE__ */ Object.freeze({ from: '95.5', to: '100', amount: '540800.00' }),
    ]),
  }),
  /* @__PURE__ */ Object.freeze({
    era: '2023-10-01/2026-09-30',
    from: '2023-10-01',
    to: '2026-09-30',
    source: BEN5_SOURCE,
    bands: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ from: '0', to: '5.5', amount: '114260.00' }),
      /* @__PURE__ */ Object.freeze({ from: '5.5', to: '10.5', amount: '121800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '10.5', to: '15.5', amount: '129485.00' }),
      /* @__PURE__ */ Object.freeze({ from: '15.5', to: '20.5', amount: '137025.00' }),
      /* @__PURE__ */ Object.freeze({ from: '20.5', to: '25.5', amount: '139720.00' }),
      /* @__PURE__ */ Object.freeze({ from: '25.5', to: '30.5', amount: '147000.00' }),
      /* @__PURE__ */ Object.freeze({ from: '30.5', to: '35.5', amount: '150150.00' }),
      /* @__PURE__ */ Object.freeze({ from: '35.5', to: '40.5', amount: '163800.00' }),
      /* @__PURE__ */ Object.freeze({ from: '40.5', to: '45.5', amount: '177450.00' }),
      /* @__PURE__ */ Object.freeze({ from: '45.5', to: '50.5', amount: '177870.00' }),
      /* @__PURE__ */ Object.freeze({ from: '50.5', to: '55.5', amount: '181965.00' }),
      /* @__PURE__ */ Object.freeze({ from: '55.5', to: '60.5', amount: '209475.00' }),
      /* @__PURE__ */ Object.freeze({ from: '60.5', to: '65.5', amount: '237090.00' }),
      /* @__PURE__ */ Object.freeze({ from: '65.5', to: '70.5', amount: '264600.00' }),
      /* @__PURE__ */ Object.freeze({ from: '70.5', to: '75.5', amount: '292215.00' }),
      /* @__PURE__ */ Object.freeze({ from: '75.5', to: '80.5', amount: '347340.00' }),
      /* @__PURE__ */ Object.freeze({ from: '80.5', to: '85.5', amount: '402465.00' }),
      /* @__PURE__ */ Object.freeze({ from: '85.5', to: '90.5', amount: '457590.00' }),
      /* @__PURE__ */ Object.freeze({ from: '90.5', to: '95.5', amount: '512715.00' }),
      /* @__PURE__ */ Object.freeze({ from: '95.5', to: '100', amount: '567840.00' }),
    ]),
  }),
  /* @__PURE__ */ Object.freeze({
    era: '2026-10-01/..',
    from: '2026-10-01',
    to: null,
    source: BEN5_SOURCE_2026,
    bands: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ from: '0', to: '5.5', amount: '137240.00' }),
      /* @__PURE__ */ Object.freeze({ from: '5.5', to: '10.5', amount: '146297.00' }),
      /* @__PURE__ */ Object.freeze({ from: '10.5', to: '15.5', amount: '155527.00' }),
      /* @__PURE__ */ Object.freeze({ from: '15.5', to: '20.5', amount: '164584.00' }),
      /* @__PURE__ */ Object.freeze({ from: '20.5', to: '25.5', amount: '167821.00' }),
      /* @__PURE__ */ Object.freeze({ from: '25.5', to: '30.5', amount: '176565.00' }),
      /* @__PURE__ */ Object.freeze({ from: '30.5', to: '35.5', amount: '180348.00' }),
      /* @__PURE__ */ Object.freeze({ from: '35.5', to: '40.5', amount: '196744.00' }),
      /* @__PURE__ */ Object.freeze({ from: '40.5', to: '45.5', amount: '213139.00' }),
      /* @__PURE__ */ Object.freeze({ from: '45.5', to: '50.5', amount: '213643.00' }),
      /* @__PURE__ */ Object.freeze({ from: '50.5', to: '55.5', amount: '218562.00' }),
      /* @__PURE__ */ Object.freeze({ from: '55.5', to: '60.5', amount: '251605.00' }),
      /* @__PURE__ */ Object.freeze({ from: '60.5', to: '65.5', amount: '284774.00' }),
      /* @__PURE__ */ Object.freeze({ from: '65.5', to: '70.5', amount: '317817.00' }),
      /* @__PURE__ */ Object.freeze({ from: '70.5', to: '75.5', amount: '350986.00' }),
      /* @__PURE__ */ Object.freeze({ from: '75.5', to: '80.5', amount: '417197.00' }),
      /* @__PURE__ */ Object.freeze({ from: '80.5', to: '85.5', amount: '483409.00' }),
      /* @__PURE__ */ Object.freeze({ from: '85.5', to: '90.5', amount: '549621.00' }),
      /* @__PURE__ */ Object.freeze({ from: '90.5', to: '95.5', amount: '615833.00' }),
      /* @__PURE__ */ Object.freeze({ from: '95.5', to: '100', amount: '682045.00' }),
    ]),
  }),
]);

/**
 * The highest discount rate DLI allows for a PPD lump sum: 5% a year (BEN-7). `presentValue`
 * flags a higher rate (`aboveLumpSumCap`) and does not refuse it.
 */
export const PPD_LUMP_SUM_MAX_DISCOUNT = '0.05';

/** The BEN-7 cap on a PPD lump sum's discount rate as a dated figure (5% a year), with its source; its value is {@link PPD_LUMP_SUM_MAX_DISCOUNT}. */
export const PPD_LUMP_SUM_MAX_DISCOUNT_FIGURE: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: PPD_LUMP_SUM_MAX_DISCOUNT,
  rule: 'BEN-7',
  fromYear: null,
  toYear: null,
  published: true,
  source: 'RULES.md BEN-7: "DLI allows a PPD lump sum to be discounted at up to 5%"',
} as const);

/** A rating: a percent of the whole body from 0 to 100 (`"12.5"` is 12.5%). @internal */
export function rating(noun = 'a rating (percent of the whole body, 0 to 100)'): z.ZodMiniType<Dec, MoneyLike> {
  return decimalLike({ nonNegative: true, max: 100, noun });
}

/** Checks a caller's bands: from 0, each band starting where the previous one ends, up to 100. */
function checkBands(bands: ReadonlyArray<{ from: Dec; to: Dec }>, ctx: Parameters<typeof addIssue>[0]): void {
  bands.forEach((b, i) => {
    const previous = bands[i - 1];
    if (previous === undefined && !b.from.isZero()) addIssue(ctx, ['bands', 0, 'from'], 'inconsistent', 'the first band must start at 0');
    if (previous !== undefined && !b.from.eq(previous.to))
      addIssue(ctx, ['bands', i, 'from'], 'inconsistent', `must equal the previous band's to (${formatDecimal(previous.to)})`);
    if (!b.to.gt(b.from)) addIssue(ctx, ['bands', i, 'to'], 'inconsistent', "must be above the band's from");
  });
  const last = bands.at(-1);
  if (last !== undefined && !last.to.eq(100))
    addIssue(ctx, ['bands', bands.length - 1, 'to'], 'inconsistent', 'the last band must end at 100');
}

/** Schema of a caller-supplied PPD schedule (the `schedule` option of `ppdAmount`). */
export const PpdScheduleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** First date of injury the schedule applies to (`YYYY-MM-DD`). */
      from: isoDate(),
      /** Last date of injury it applies to (`YYYY-MM-DD`, inclusive; absent: still in force). */
      to: z.optional(isoDate()),
      /** The bands, lowest first, covering 0 to 100 without gaps. */
      bands: nonEmptyList(
        z.strictObject({
          /** The band's lower edge, a percent of the whole body (`"5.5"`), included. */
          from: rating(),
          /** The band's upper edge (`"10.5"`), excluded except for the last band's `"100"`. */
          to: rating(),
          /** The amount of the band, in dollars: a rating in the band pays rating × amount. */
          amount: cents(),
        }),
        'band',
      ),
      /** Where your schedule comes from (shown in the worksheet). */
      source: z.optional(text()),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.to !== undefined && compareDates(v.to, v.from) < 0) addIssue(ctx, ['to'], 'inconsistent', 'must not be before from');
        checkBands(v.bands, ctx);
      }),
    ))();

/** A caller's PPD schedule as accepted in options. */
export type PpdScheduleInput = z.input<typeof PpdScheduleSchema>;

/**
 * The PPD schedule in force on an injury date: the caller's schedule when its period covers the
 * date, else the built-in one. A date neither covers is `UNKNOWN_PERIOD`. @internal
 */
export function lookupPpdSchedule(injuryDate: string, caller?: z.output<typeof PpdScheduleSchema>): PpdSchedule {
  if (
    caller !== undefined &&
    compareDates(caller.from, injuryDate) <= 0 &&
    (caller.to === undefined || compareDates(injuryDate, caller.to) <= 0)
  ) {
    return {
      era: `${caller.from}/${caller.to ?? '..'}`,
      from: caller.from,
      to: caller.to ?? null,
      source: caller.source ?? 'caller-supplied schedule',
      bands: caller.bands.map((b) => ({ from: formatDecimal(b.from), to: formatDecimal(b.to), amount: centsToMoney(b.amount) })),
    };
  }
  const built = PPD_SCHEDULES.find((s) => compareDates(s.from, injuryDate) <= 0 && (s.to === null || compareDates(injuryDate, s.to) <= 0));
  if (built === undefined) {
    throw new WcraError(
      'UNKNOWN_PERIOD',
      `No built-in PPD schedule for an injury on ${injuryDate} (the built-in schedules start 2000-10-01). Supply it in \`options.schedule\` ({ from, to?, bands: [{ from, to, amount }] }).`,
      { details: { injuryDate } },
    );
  }
  return built;
}
