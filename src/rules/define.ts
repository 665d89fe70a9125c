/**
 * `defineCalculator`: the calculator definition with its rule IDs checked against RULES.md.
 * @module
 */
import type * as z from 'zod/mini';
import { type CalculatorDefinition, type CalculatorSpec, calculator } from '../core/calculator.js';
import type { RuleId } from './ids.js';

/**
 * Defines a calculator: name, feature, summary, rule IDs (typed: a misspelt ID does not compile),
 * input and options schemas, a valid example, whether it explains, and its unchecked core.
 * Returns the frozen definition whose `run` is the checked call. @internal
 */
export function defineCalculator<I extends z.ZodMiniType, O extends z.ZodMiniType, R>(
  spec: CalculatorSpec<RuleId, I, O, R>,
): CalculatorDefinition<RuleId, I, O, R> {
  return calculator(spec);
}
