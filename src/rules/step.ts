/**
 * `step` for the feature calculators: a trace step whose rule is a RULES ID (typed: a misspelt ID
 * in an explain step does not compile, as in a definition's `rules`).
 * @module
 */
import { type TraceStep, type TraceValue, step as traceStep } from '../core/trace.js';
import type { RuleId } from './ids.js';

/** Builds a step citing the RULES ID `rule` (a typed {@link RuleId}). @internal */
export function step(rule: RuleId, description: string, inputs: ReadonlyArray<TraceValue>, result: TraceValue): TraceStep {
  return traceStep(rule, description, inputs, result);
}
