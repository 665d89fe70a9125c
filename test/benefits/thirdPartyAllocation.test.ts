import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thirdPartyAllocationDefinition } from '../../src/benefits/thirdPartyAllocation.js';
import { thirdPartyAllocation } from '../../src/index.js';
import { arbCents, centsStr, deepFreeze, expectIssues, strCents } from '../helpers.js';
import { exampleWorksheet } from '../worksheet.js';

const example = { recovery: '300000', collectionCosts: '100000', benefitsPaid: '90000' };

describe('BEN-9 thirdPartyAllocation: values', () => {
  it('BEN-9 one third of the net to the employee, benefits less the cost share to the employer, the rest a credit', () => {
    expect(thirdPartyAllocation(example)).toStrictEqual({
      netRecovery: '200000.00',
      employeeThird: '66666.67',
      balance: '133333.33',
      employerReimbursement: '60000.00',
      employeeBalance: '73333.33',
      futureBenefitCredit: '73333.33',
    });
  });

  it('BEN-9 no costs: the employer is reimbursed the benefits paid in full', () => {
    const r = thirdPartyAllocation({ recovery: '90000', collectionCosts: '0', benefitsPaid: '25000.50' });
    expect([r.netRecovery, r.employeeThird, r.balance, r.employerReimbursement, r.employeeBalance]).toStrictEqual([
      '90000.00',
      '30000.00',
      '60000.00',
      '25000.50',
      '34999.50',
    ]);
  });

  it('BEN-9 the reimbursement is at most the balance; nothing is left for the employee', () => {
    const r = thirdPartyAllocation({ recovery: '100000', collectionCosts: '25000', benefitsPaid: '400000' });
    // 400,000 × 75,000 / 100,000 = 300,000 owed, capped at the balance 50,000.
    expect([r.balance, r.employerReimbursement, r.employeeBalance, r.futureBenefitCredit]).toStrictEqual([
      '50000.00',
      '50000.00',
      '0.00',
      '0.00',
    ]);
  });

  it('BEN-9 a recovery of zero (or eaten by costs) gives zero parts', () => {
    const zero = { netRecovery: '0.00', employeeThird: '0.00', balance: '0.00', employerReimbursement: '0.00' };
    expect(thirdPartyAllocation({ recovery: '0', collectionCosts: '0', benefitsPaid: '5000' })).toMatchObject(zero);
    expect(thirdPartyAllocation({ recovery: '800', collectionCosts: '800', benefitsPaid: '5000' })).toMatchObject(zero);
  });

  it('GEN-3 the third of 0.01, 0.02 and 1.00: floored, the leftover cent to the larger remainder', () => {
    const third = (net: string) => thirdPartyAllocation({ recovery: net, collectionCosts: '0', benefitsPaid: '0' });
    expect([third('0.01').employeeThird, third('0.01').balance]).toStrictEqual(['0.00', '0.01']);
    expect([third('0.02').employeeThird, third('0.02').balance]).toStrictEqual(['0.01', '0.01']);
    expect([third('1.00').employeeThird, third('1.00').balance]).toStrictEqual(['0.33', '0.67']);
  });

  it('GEN-3 a reimbursement on exactly half a cent goes up (tie to the reimbursement, the first part)', () => {
    // 0.01 × 1.00 / 2.00 = half a cent each way.
    const r = thirdPartyAllocation({ recovery: '2.00', collectionCosts: '1.00', benefitsPaid: '0.01' }, { explain: true });
    expect(r.employerReimbursement).toBe('0.01');
    expect(r.steps?.[3]?.result.value).toBe('0.00');
    // 0.03 × 1.00 / 2.00 = 1.5 cents → 2 cents to the reimbursement, 1 cent cost share.
    expect(thirdPartyAllocation({ recovery: '2.00', collectionCosts: '1.00', benefitsPaid: '0.03' }).employerReimbursement).toBe('0.02');
  });
});

describe('BEN-9 thirdPartyAllocation: properties', () => {
  const inputs = fc
    .tuple(arbCents(10n ** 13n), fc.double({ min: 0, max: 1, noNaN: true }), arbCents(10n ** 13n))
    .map(([recovery, costFraction, benefits]) => {
      const costs = BigInt(Math.floor(Number(recovery) * costFraction));
      return { recovery, costs: costs > recovery ? recovery : costs, benefits };
    });

  it('BEN-9 GEN-3 the parts add up exactly to the recovery', () => {
    fc.assert(
      fc.property(inputs, ({ recovery, costs, benefits }) => {
        const r = thirdPartyAllocation({
          recovery: centsStr(recovery),
          collectionCosts: centsStr(costs),
          benefitsPaid: centsStr(benefits),
        });
        const [third, balance, reimb, rest] = [r.employeeThird, r.balance, r.employerReimbursement, r.employeeBalance].map(strCents);
        expect(costs + (third as bigint) + (reimb as bigint) + (rest as bigint)).toBe(recovery);
        expect(strCents(r.netRecovery)).toBe(recovery - costs);
        expect((third as bigint) + (balance as bigint)).toBe(recovery - costs);
        expect(r.futureBenefitCredit).toBe(r.employeeBalance);
        expect((rest as bigint) >= 0n).toBe(true);
      }),
    );
  });

  it('BEN-9 the third and the reimbursement are the exact shares rounded (differential, bigint)', () => {
    fc.assert(
      fc.property(inputs, ({ recovery, costs, benefits }) => {
        const r = thirdPartyAllocation({
          recovery: centsStr(recovery),
          collectionCosts: centsStr(costs),
          benefitsPaid: centsStr(benefits),
        });
        const net = recovery - costs;
        // Nearest cent; a third is never exactly half a cent, so this is unambiguous.
        expect(strCents(r.employeeThird)).toBe((2n * net + 3n) / 6n);
        if (recovery === 0n) return;
        const owed = (2n * benefits * net + recovery) / (2n * recovery); // half-up
        const balance = strCents(r.balance);
        expect(strCents(r.employerReimbursement)).toBe(owed < balance ? owed : balance);
      }),
    );
  });

  it('BEN-9 does not mutate its input', () => {
    const input = deepFreeze({ ...example });
    expect(thirdPartyAllocation(input)).toMatchObject({ employerReimbursement: '60000.00' });
    expect(input).toStrictEqual(example);
  });
});

describe('BEN-9 thirdPartyAllocation: bad input', () => {
  it('BEN-9 costs above the recovery are out_of_range', () => {
    expectIssues(
      () => thirdPartyAllocation({ recovery: '1000', collectionCosts: '1000.01', benefitsPaid: '0' }),
      [{ path: ['collectionCosts'], code: 'out_of_range' }],
    );
  });

  it('BEN-9 codes for bad fields', () => {
    expectIssues(
      () => thirdPartyAllocation({ recovery: 'abc', collectionCosts: '-1', benefitsPaid: '1.005' }),
      [
        { path: ['recovery'], code: 'not_money' },
        { path: ['collectionCosts'], code: 'out_of_range' },
        { path: ['benefitsPaid'], code: 'too_many_decimals' },
      ],
    );
    expectIssues(() => thirdPartyAllocation({ recovery: '1' } as never), [{ path: ['collectionCosts'], code: 'required' }]);
    expectIssues(() => thirdPartyAllocation({ ...example, extra: 1 } as never), [{ path: ['extra'], code: 'unknown_field' }]);
  });
});

describe('BEN-9 thirdPartyAllocation: explain', () => {
  it('BEN-9 GEN-3 steps cite the declared rules, with the figures of the result', () => {
    const r = thirdPartyAllocation(example, { explain: true });
    expect(r.steps?.map((s) => s.rule)).toStrictEqual(['BEN-9', 'GEN-3', 'BEN-9', 'GEN-3', 'BEN-9', 'BEN-9']);
    expect(r.steps?.map((s) => s.result.value)).toStrictEqual(['200000.00', '66666.67', '133333.33', '30000.00', '60000.00', '73333.33']);
  });
});

describe('thirdPartyAllocation: the worksheet of its example', () => {
  it('prints the steps of the definition example', () => {
    expect(exampleWorksheet(thirdPartyAllocationDefinition)).toMatchInlineSnapshot(`
      "BEN-9  Net recovery = gross recovery - cost of collection
        Gross recovery                                             $300,000.00
        Cost of collection                                       - $100,000.00
        ----------------------------------------------------------------------
        Net recovery                                               $200,000.00

      GEN-3  Employee's third = net recovery / 3, the net split 1 : 2 in whole cents (leftover cent to the larger remainder)
        Net recovery                                               $200,000.00
        ----------------------------------------------------------------------
        Employee's third                                            $66,666.67

      BEN-9  Balance = net recovery - employee's third
        Net recovery                                               $200,000.00
        Employee's third                                          - $66,666.67
        ----------------------------------------------------------------------
        Balance                                                    $133,333.33

      GEN-3  Employer's share of the costs = benefits paid x costs / gross recovery (benefits paid split net : costs in whole cents)
        Benefits paid                                               $90,000.00
        Cost of collection                                       x $100,000.00
        Gross recovery                                           / $300,000.00
        ----------------------------------------------------------------------
        Employer's share of the costs                               $30,000.00

      BEN-9  Employer reimbursement = benefits paid - employer's share of the costs, at most the balance
        Benefits paid                                               $90,000.00
        Employer's share of the costs                             - $30,000.00
        Balance                                                min $133,333.33
        ----------------------------------------------------------------------
        Employer reimbursement                                      $60,000.00

      BEN-9  Employee's balance = balance - employer reimbursement, a credit to the employer against future benefits
        Balance                                                    $133,333.33
        Employer reimbursement                                    - $60,000.00
        ----------------------------------------------------------------------
        Employee's balance (credit against future benefits)         $73,333.33"
    `);
  });
});
