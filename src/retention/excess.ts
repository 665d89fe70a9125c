/**
 * RET-1's split of a loss at a retention: what exceeds it. Lives in retention (the rule), used by
 * claims (CLM-6 reimbursement) and by the retention comparisons.
 * @module
 */

/** max(0, paid − retention) in integer cents: what exceeds the retention (RET-1, CLM-6). @internal */
export function excessCents(paid: number, retention: number): number {
  return paid > retention ? paid - retention : 0;
}
