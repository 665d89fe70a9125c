import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposureBase, formatWorksheet, locationListingDefault } from 'wcra-calc';
import { addDays } from '../../src/core/dates.js';
import { locationListingDefaultDefinition } from '../../src/premium/locationListingDefault.js';
import { catchWcra } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';
import { cents, deepFreeze, expectIssues, expectWcraError, toCents } from './helpers.js';

const entities = [
  { entityId: 'plant-a', payroll: '4000000', selfInsured: true },
  { entityId: 'store-b', payroll: '1500000', selfInsured: false },
  { entityId: 'office-c', payroll: '250000.50', selfInsured: true },
];
const ALL = "all Minnesota entities' payroll counts, even insured ones.";

describe('locationListingDefault: worked examples', () => {
  it('PRM-10 a listing filed on December 1 is on time: only self-insured entities count', () => {
    expect(locationListingDefault({ listingFiledOn: '2025-12-01', retentionDeadline: '2025-12-01', entities })).toStrictEqual({
      payrollBasis: '4250000.50',
      includedEntities: ['plant-a', 'office-c'],
      deadline: '2025-12-01',
      reason: "Self-insured location listing filed on 2025-12-01, by the deadline 2025-12-01: only self-insured entities' payroll counts.",
    });
  });

  it('PRM-10 no listing: all Minnesota entities count, insured ones too', () => {
    expect(locationListingDefault({ retentionDeadline: '2025-12-01', entities })).toStrictEqual({
      payrollBasis: '5750000.50',
      includedEntities: ['plant-a', 'store-b', 'office-c'],
      deadline: '2025-12-01',
      reason: `No self-insured location listing filed: ${ALL}`,
    });
  });

  it('PRM-10 GEN-4 a listing filed December 2 is late: all entities count', () => {
    const r = locationListingDefault({ listingFiledOn: '2025-12-02', retentionDeadline: '2025-12-01', entities });
    expect(r.includedEntities).toStrictEqual(['plant-a', 'store-b', 'office-c']);
    expect(r.reason).toBe(`Self-insured location listing filed on 2025-12-02, after the deadline 2025-12-01: ${ALL}`);
  });

  it('PRM-10 explanation prints which entities count and the sum', () => {
    const r = locationListingDefault({ retentionDeadline: '2025-12-01', entities }, { explain: true });
    expect(r.steps?.[0]).toStrictEqual({
      rule: 'PRM-10',
      description: expect.any(String),
      inputs: [
        { label: 'Retention form deadline', value: '2025-12-01', kind: 'date' },
        { label: 'Location listing filed on', value: 'not filed', kind: 'text' },
      ],
      result: { label: 'Entities counted', value: '3 of 3', kind: 'number' },
    });
    expect(r.steps?.[1]?.inputs).toStrictEqual([
      { label: 'plant-a', value: '4000000.00', kind: 'money' },
      { label: 'store-b (insured)', value: '1500000.00', kind: 'money', operator: '+' },
      { label: 'office-c', value: '250000.50', kind: 'money', operator: '+' },
    ]);
    const onTime = locationListingDefault({ listingFiledOn: '2025-11-30', retentionDeadline: '2025-12-01', entities }, { explain: true });
    const sheet = formatWorksheet(onTime.steps ?? []);
    expect(sheet).toContain('PRM-10  Listing filed by the deadline: only self-insured entities count');
    expect(sheet.split('\n').at(-1)).toMatch(/^ {2}Payroll basis +\$4,250,000\.50$/);
  });
});

describe('locationListingDefault: edge cases', () => {
  it('PRM-10 no entities, or an on-time listing with no self-insured entity, gives zero payroll', () => {
    expect(locationListingDefault({ retentionDeadline: '2025-12-01', entities: [] })).toStrictEqual({
      payrollBasis: '0.00',
      includedEntities: [],
      deadline: '2025-12-01',
      payroll: [],
      reason: `No self-insured location listing filed: ${ALL}`,
    });
    const r = locationListingDefault({
      listingFiledOn: '2025-10-01',
      retentionDeadline: '2025-12-01',
      entities: [{ entityId: 'x', payroll: '10', selfInsured: false }],
    });
    expect([r.payrollBasis, r.includedEntities]).toStrictEqual(['0.00', []]);
  });

  it('PRM-10 a single entity', () => {
    expect(
      locationListingDefault({
        listingFiledOn: '2024-12-01',
        retentionDeadline: '2024-12-01',
        entities: [{ entityId: 'only', payroll: 1, selfInsured: true }],
      }).payrollBasis,
    ).toBe('1.00');
  });

  it('PRM-10 payroll near 2^53 cents sums exactly; a sum past MAX_MONEY is RESULT_OUT_OF_RANGE', () => {
    const r = locationListingDefault({
      retentionDeadline: '2024-12-01',
      entities: [
        { entityId: 'a', payroll: '45035996273704.95', selfInsured: true },
        { entityId: 'b', payroll: '45035996273704.96', selfInsured: false },
      ],
    });
    expect(r.payrollBasis).toBe('90071992547409.91');
    const over = () =>
      locationListingDefault({
        retentionDeadline: '2024-12-01',
        entities: [
          { entityId: 'a', payroll: '90071992547409.91', selfInsured: true },
          { entityId: 'b', payroll: '90071992547409.91', selfInsured: false },
        ],
      });
    expect(catchWcra(over).code).toBe('RESULT_OUT_OF_RANGE');
  });
});

describe('properties', () => {
  const entitiesArb = fc.uniqueArray(
    fc.record({
      entityId: fc.string({ minLength: 1, maxLength: 8 }),
      payroll: fc.bigInt({ min: 0n, max: 10n ** 13n }).map(cents),
      selfInsured: fc.boolean(),
    }),
    { selector: (e) => e.entityId, maxLength: 10 },
  );

  it('PRM-10 on time: exactly the self-insured entities; otherwise all; payroll basis is their sum', () => {
    fc.assert(
      fc.property(entitiesArb, fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }), (list, offset) => {
        const deadline = '2025-12-01';
        const r = locationListingDefault({
          retentionDeadline: deadline,
          entities: list,
          ...(offset === undefined ? {} : { listingFiledOn: addDays(deadline, offset) }),
        });
        const onTime = offset !== undefined && offset <= 0;
        const expected = list.filter((e) => !onTime || e.selfInsured);
        expect(r.includedEntities).toStrictEqual(expected.map((e) => e.entityId));
        expect(toCents(r.payrollBasis)).toBe(expected.reduce((s, e) => s + toCents(e.payroll), 0n));
      }),
    );
  });
});

describe('locationListingDefault: input', () => {
  it('does not mutate its input', () => {
    const input = deepFreeze({ listingFiledOn: '2025-12-01', retentionDeadline: '2025-12-01', entities: structuredClone(entities) });
    const copy = structuredClone(input);
    locationListingDefault(input, { explain: true });
    expect(input).toStrictEqual(copy);
  });

  it.each([
    ['null', null, [], 'wrong_type'],
    ['an impossible date', { retentionDeadline: '2019-02-30', entities: [] }, ['retentionDeadline'], 'not_a_date'],
    ['entities not a list', { retentionDeadline: '2025-12-01', entities: 'all' }, ['entities'], 'wrong_type'],
    [
      'a flag as text',
      { retentionDeadline: '2025-12-01', entities: [{ entityId: 'a', payroll: '1', selfInsured: 'yes' }] },
      ['entities', 0, 'selfInsured'],
      'wrong_type',
    ],
    [
      'an empty id',
      { retentionDeadline: '2025-12-01', entities: [{ entityId: '', payroll: '1', selfInsured: true }] },
      ['entities', 0, 'entityId'],
      'not_an_id',
    ],
    [
      'a negative payroll',
      { retentionDeadline: '2025-12-01', entities: [{ entityId: 'a', payroll: '-1', selfInsured: true }] },
      ['entities', 0, 'payroll'],
      'out_of_range',
    ],
    [
      'a repeated entity',
      {
        retentionDeadline: '2025-12-01',
        entities: [
          { entityId: 'a', payroll: '1', selfInsured: true },
          { entityId: 'a', payroll: '2', selfInsured: false },
        ],
      },
      ['entities', 1, 'entityId'],
      'duplicate',
    ],
  ])('PRM-10 bad input (%s) is INVALID_INPUT with its path and code', (_name, input, path, code) => {
    expectIssues(() => locationListingDefault(input as never), [{ path, code }]);
  });
});

describe('locationListingDefault: coverage year and payroll by class (issue 14 item 18)', () => {
  const byClass = [
    {
      entityId: 'plant-a',
      payrollByClass: [
        { classCode: '3632', amount: '3000000' },
        { classCode: '8810', amount: '1000000' },
      ],
      selfInsured: true,
    },
    { entityId: 'store-b', payrollByClass: [{ classCode: '8810', amount: '1500000' }], selfInsured: false },
    { entityId: 'office-c', payroll: '250000.50', payrollByClass: [{ classCode: '8810', amount: '250000.50' }], selfInsured: true },
  ];

  it('PRM-10 the deadline of coverage year Y is December 1 of Y - 1; filed on it is on time', () => {
    const r = locationListingDefault({ listingFiledOn: '2025-12-01', coverageYear: 2026, entities: byClass });
    expect(r).toStrictEqual({
      payrollBasis: '4250000.50',
      includedEntities: ['plant-a', 'office-c'],
      deadline: '2025-12-01',
      payroll: [
        { classCode: '3632', amount: '3000000.00' },
        { classCode: '8810', amount: '1250000.50' },
      ],
      reason: "Self-insured location listing filed on 2025-12-01, by the deadline 2025-12-01: only self-insured entities' payroll counts.",
    });
    const late = locationListingDefault({ listingFiledOn: '2025-12-02', coverageYear: 2026, entities: byClass });
    expect(late.includedEntities).toStrictEqual(['plant-a', 'store-b', 'office-c']);
    expect(late.payroll).toStrictEqual([
      { classCode: '3632', amount: '3000000.00' },
      { classCode: '8810', amount: '2750000.50' },
    ]);
    expect(late.payrollBasis).toBe('5750000.50');
  });

  it('PRM-10 the same answer from coverageYear as from the deadline it implies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2199 }), fc.integer({ min: -3, max: 3 }), (y, shift) => {
        const filedOn = addDays(`${y - 1}-12-01`, shift);
        const a = locationListingDefault({ listingFiledOn: filedOn, coverageYear: y, entities: byClass });
        const b = locationListingDefault({ listingFiledOn: filedOn, retentionDeadline: `${y - 1}-12-01`, entities: byClass });
        expect(a).toStrictEqual(b);
        expect(a.includedEntities.length === 2).toBe(shift <= 0);
      }),
    );
  });

  it('PRM-10 differential: the payroll by class fed into exposureBase equals exposureBase on every location row', () => {
    const pureRates = [
      { classCode: '3632', rate: '1.875' },
      { classCode: '8810', rate: '0.125' },
    ];
    for (const listingFiledOn of ['2025-11-30', '2025-12-02']) {
      const listing = locationListingDefault({ listingFiledOn, coverageYear: 2026, entities: byClass });
      const fromListing = exposureBase({ memberType: 'self-insurer', payroll: listing.payroll ?? [], pureRates, experienceMod: '0.95' });
      const rows = byClass.filter((e) => listing.includedEntities.includes(e.entityId)).flatMap((e) => e.payrollByClass);
      const fromRows = exposureBase({ memberType: 'self-insurer', payroll: rows, pureRates, experienceMod: '0.95' });
      expect(fromListing).toStrictEqual(fromRows);
    }
    // late: (3,000,000 / 100 x 1.875 + 2,750,000.50 / 100 x 0.125) x 0.95 = (56,250 + 3,437.500625) x 0.95 = 56,703.12559...
    const late = locationListingDefault({ coverageYear: 2026, entities: byClass });
    expect(exposureBase({ memberType: 'self-insurer', payroll: late.payroll ?? [], pureRates, experienceMod: '0.95' }).exposure).toBe(
      '56703.13',
    );
  });

  it('PRM-10 no payroll by class when an included entity gives only its total', () => {
    const r = locationListingDefault({ coverageYear: 2026, entities: [...byClass, { entityId: 'd', payroll: '5', selfInsured: false }] });
    expect(r).not.toHaveProperty('payroll');
    expect(r.payrollBasis).toBe('5750005.50');
  });

  it('PRM-10 bad inputs: neither or both of coverageYear and retentionDeadline, payroll missing or disagreeing', () => {
    expectIssues(() => locationListingDefault({ entities } as never), [{ path: ['coverageYear'], code: 'required' }]);
    expectIssues(
      () => locationListingDefault({ coverageYear: 2026, retentionDeadline: '2025-12-01', entities }),
      [{ path: ['retentionDeadline'], code: 'conflict' }],
    );
    expectIssues(
      () => locationListingDefault({ coverageYear: 2026, entities: [{ entityId: 'x', selfInsured: true }] }),
      [{ path: ['entities', 0, 'payroll'], code: 'required' }],
    );
    expectIssues(
      () =>
        locationListingDefault({
          coverageYear: 2026,
          entities: [{ entityId: 'x', payroll: '10', payrollByClass: [{ classCode: '8810', amount: '9.99' }], selfInsured: true }],
        }),
      [{ path: ['entities', 0, 'payroll'], code: 'inconsistent' }],
    );
    expectIssues(
      () => locationListingDefault({ coverageYear: 2026, entities: [{ entityId: 'x', payrollByClass: [], selfInsured: true }] }),
      [{ path: ['entities', 0, 'payrollByClass'], code: 'empty_list' }],
    );
    expectWcraError(() => locationListingDefault({ coverageYear: 2015, entities }), 'UNKNOWN_YEAR');
  });
});

describe('locationListingDefault: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(locationListingDefaultDefinition)).toMatchInlineSnapshot(`
      "PRM-10  No listing by the deadline: all Minnesota entities count
        Retention form deadline                                     2025-12-01
        Location listing filed on                                   2025-12-02
        ----------------------------------------------------------------------
        Entities counted                                                2 of 2

      PRM-10  Payroll basis = sum of the payroll of the entities counted
        A                                                        $1,000,000.00
        B (insured)                                              + $500,000.00
        ----------------------------------------------------------------------
        Payroll basis                                            $1,500,000.00"
    `);
  });
});
