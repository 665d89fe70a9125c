import * as z from 'zod/mini';
import { allocateUnits } from '../core/allocate.js';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { addIssue, cents, type ExplainOption, explainOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link thirdPartyAllocation}. */
export const ThirdPartyAllocationInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      recovery: cents({ noun: 'a recovery' }),
      collectionCosts: cents({ noun: 'a cost of collection' }),
      benefitsPaid: cents({ noun: 'an amount of benefits paid' }),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (typeof v.recovery !== 'number' || typeof v.collectionCosts !== 'number') return;
        if (v.collectionCosts > v.recovery) {
          addIssue(ctx, ['collectionCosts'], 'out_of_range', 'must not exceed the recovery: the costs are deducted from it');
        }
      }),
    ))();

/** Input of {@link thirdPartyAllocation}. */
export interface ThirdPartyAllocationInput {
  /** The gross recovery from the third party (judgment or settlement), in whole cents, zero or more. */
  readonly recovery: MoneyLike;
  /**
   * The reasonable cost of collecting it (attorney fees and costs, burial expense beyond the
   * statutory liability), in whole cents, zero or more and at most `recovery`.
   */
  readonly collectionCosts: MoneyLike;
  /** The compensation benefits the employer (or the Special Compensation Fund) has paid, in whole cents, zero or more. */
  readonly benefitsPaid: MoneyLike;
}

/** Options schema of {@link thirdPartyAllocation}. */
export const ThirdPartyAllocationOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link thirdPartyAllocation}. */
export interface ThirdPartyAllocationOptions extends ExplainOption {}

/** Result of {@link thirdPartyAllocation}: money as two-decimal strings. */
export interface ThirdPartyAllocationResult extends Explained {
  /** recovery − collectionCosts. */
  readonly netRecovery: Money;
  /** One third of the net recovery, paid to the employee free of any subrogation right (GEN-3 share). */
  readonly employeeThird: Money;
  /** netRecovery − employeeThird: the two thirds out of which the employer is reimbursed. */
  readonly balance: Money;
  /**
   * benefitsPaid − (collectionCosts ÷ recovery) × benefitsPaid, at most `balance`: the benefits
   * paid less the employer's pro rata share of the costs (GEN-3 share).
   */
  readonly employerReimbursement: Money;
  /** balance − employerReimbursement: paid to the employee. */
  readonly employeeBalance: Money;
  /** The employer's credit against future benefits: equal to `employeeBalance`. */
  readonly futureBenefitCredit: Money;
}

/** The BEN-9 shares in integer cents (unchecked core). @internal */
export interface ThirdPartyCents {
  readonly net: number;
  readonly third: number;
  readonly balance: number;
  readonly costShare: number;
  readonly reimbursement: number;
  readonly employeeBalance: number;
}

/**
 * The BEN-9 allocation in integer cents. Assumes valid input: non-negative safe integers with
 * `costs ≤ recovery`. Both splits are the core allocation (GEN-3), so every part is a whole
 * number of cents and costs + third + reimbursement + employee's balance = recovery exactly.
 * @internal
 */
export function thirdPartyCents(recovery: number, costs: number, benefitsPaid: number): ThirdPartyCents {
  const net = recovery - costs; // RULES: BEN-9
  // RULES: BEN-9, GEN-3 — one third to the employee: the net split 1 : 2 in whole cents.
  const [third, balance] = net === 0 ? [0, 0] : (allocateUnits(net, [1, 2]) as [number, number]);
  // RULES: BEN-9, GEN-3 — benefits paid split net : costs; the costs' part is the employer's
  // share of the cost of collection. Nothing to share when nothing was recovered.
  const [owed, costShare] = recovery === 0 ? [0, 0] : (allocateUnits(benefitsPaid, [net, costs]) as [number, number]);
  const reimbursement = Math.min(owed, balance); // RULES: BEN-9 — at most the balance
  return { net, third, balance, costShare, reimbursement, employeeBalance: balance - reimbursement };
}

/**
 * The allocation of a third-party recovery (Minn. Stat. § 176.061 subd. 6; BEN-9), as the WCRA's
 * "third-party allocation" calculator.
 *
 * From the gross recovery deduct the cost of collection: netRecovery = recovery − costs. One third
 * of it goes to the employee free of any subrogation right (`employeeThird`); out of the
 * `balance` (the other two thirds) the employer is reimbursed the benefits paid less its pro rata
 * share of the costs, (costs ÷ recovery) × benefits paid, at most the balance
 * (`employerReimbursement`); the rest is paid to the employee (`employeeBalance`) and is the
 * employer's credit against future benefits (`futureBenefitCredit`, the same amount).
 *
 * Rounding (GEN-3, convention): the two divisions are splits done by the core allocation, in
 * whole cents: the net recovery is split 1 : 2 into the employee's third and the balance, and the
 * benefits paid are split net : costs into the reimbursement and the employer's share of costs
 * (each part floored to the cent, the leftover cent to the larger remainder, ties to the first).
 * So collectionCosts + employeeThird + employerReimbursement + employeeBalance = recovery exactly,
 * and there is no `rounding` option. Amounts are whole cents (they are paid figures). With a
 * recovery of zero every part is zero.
 *
 * @param input - `{ recovery, collectionCosts, benefitsPaid }`.
 * @param options - `{ explain? }`.
 * @returns `{ netRecovery, employeeThird, balance, employerReimbursement, employeeBalance, futureBenefitCredit }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input (an amount with fractions of a cent is
 *   `too_many_decimals`) and for costs above the recovery (`collectionCosts`, `out_of_range`).
 *
 * @example
 * ```ts
 * import { thirdPartyAllocation } from 'wcra-calc';
 * thirdPartyAllocation({ recovery: '300000', collectionCosts: '100000', benefitsPaid: '90000' })
 * //=> { netRecovery: '200000.00', employeeThird: '66666.67', balance: '133333.33', employerReimbursement: '60000.00', employeeBalance: '73333.33', futureBenefitCredit: '73333.33' }
 * ```
 */
export function thirdPartyAllocation(input: ThirdPartyAllocationInput, options?: ThirdPartyAllocationOptions): ThirdPartyAllocationResult {
  return thirdPartyAllocationDefinition.run(input, options);
}

/** The definition of {@link thirdPartyAllocation}. */
export const thirdPartyAllocationDefinition = /* @__PURE__ */ defineCalculator({
  name: 'thirdPartyAllocation',
  feature: 'benefits',
  summary: 'Allocation of a third-party recovery: employee third, employer reimbursement, credit against future benefits',
  rules: ['BEN-9', 'GEN-3'],
  uncitedRules: {},
  input: ThirdPartyAllocationInputSchema,
  options: ThirdPartyAllocationOptionsSchema,
  example: { recovery: '300000', collectionCosts: '100000', benefitsPaid: '90000' },
  explains: true,
  compute: (v, opts): ThirdPartyAllocationResult => {
    const c = thirdPartyCents(v.recovery, v.collectionCosts, v.benefitsPaid);
    const m = centsToMoney;
    const result: ThirdPartyAllocationResult = {
      netRecovery: m(c.net),
      employeeThird: m(c.third),
      balance: m(c.balance),
      employerReimbursement: m(c.reimbursement),
      employeeBalance: m(c.employeeBalance),
      futureBenefitCredit: m(c.employeeBalance),
    };
    return withSteps(result, opts.explain, () => [
      step(
        'BEN-9',
        'Net recovery = gross recovery - cost of collection',
        [moneyValue('Gross recovery', m(v.recovery)), moneyValue('Cost of collection', m(v.collectionCosts), '-')],
        moneyValue('Net recovery', result.netRecovery),
      ),
      step(
        'GEN-3',
        "Employee's third = net recovery / 3, the net split 1 : 2 in whole cents (leftover cent to the larger remainder)",
        [moneyValue('Net recovery', result.netRecovery)],
        moneyValue("Employee's third", result.employeeThird),
      ),
      step(
        'BEN-9',
        "Balance = net recovery - employee's third",
        [moneyValue('Net recovery', result.netRecovery), moneyValue("Employee's third", result.employeeThird, '-')],
        moneyValue('Balance', result.balance),
      ),
      step(
        'GEN-3',
        "Employer's share of the costs = benefits paid x costs / gross recovery (benefits paid split net : costs in whole cents)",
        [
          moneyValue('Benefits paid', m(v.benefitsPaid)),
          moneyValue('Cost of collection', m(v.collectionCosts), 'x'),
          moneyValue('Gross recovery', m(v.recovery), '/'),
        ],
        moneyValue("Employer's share of the costs", m(c.costShare)),
      ),
      step(
        'BEN-9',
        "Employer reimbursement = benefits paid - employer's share of the costs, at most the balance",
        [
          moneyValue('Benefits paid', m(v.benefitsPaid)),
          moneyValue("Employer's share of the costs", m(c.costShare), '-'),
          moneyValue('Balance', result.balance, 'min'),
        ],
        moneyValue('Employer reimbursement', result.employerReimbursement),
      ),
      step(
        'BEN-9',
        "Employee's balance = balance - employer reimbursement, a credit to the employer against future benefits",
        [moneyValue('Balance', result.balance), moneyValue('Employer reimbursement', result.employerReimbursement, '-')],
        moneyValue("Employee's balance (credit against future benefits)", result.employeeBalance),
      ),
    ]);
  },
});
