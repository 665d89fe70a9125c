/**
 * wcra-calc: exact, dated, explainable calculations for Minnesota's Workers' Compensation
 * Reinsurance Association (WCRA) and MWCIA unit statistical reporting.
 *
 * Money in results is a decimal string with exactly two places (`"954000.00"`); rates, shares
 * and mods are decimal strings; dates are `YYYY-MM-DD`. Every function validates its input and
 * throws only {@link WcraError}.
 *
 * @packageDocumentation
 */

// Feature folders (each folder's index.ts lists its public functions, schemas and types)
export * from './billing/index.js';
export * from './claims/index.js';
// Core
export { AllocateInputSchema, allocate } from './core/allocate.js';
export type { IsoDate } from './core/dates.js';
export {
  isWcraError,
  WCRA_ERROR_CODES,
  WcraError,
  type WcraErrorCode,
  type WcraErrorDetails,
  type WcraIssue,
} from './core/errors.js';
export { type DecimalLike, MAX_MONEY, type MoneyLike } from './core/money.js';
export { ROUNDING_MODES, type RoundingMode } from './core/rounding.js';
export type { ExplainOption } from './core/schema.js';
export {
  type Explained,
  FormatWorksheetInputSchema,
  type FormatWorksheetOptions,
  formatWorksheet,
  type TraceKind,
  type TraceStep,
  type TraceValue,
} from './core/trace.js';
export * from './premium/index.js';
export * from './retention/index.js';
// Rules
export { MEMBER_TYPES, type MemberType, RETENTION_LEVELS, type RetentionLevel } from './rules/levels.js';
export { RATE_TABLE, type RateTable, type RateTableEntry, type RateTableInput, RateTableSchema } from './rules/rates.js';
export {
  RETENTION_TABLE,
  type RetentionTable,
  type RetentionTableEntry,
  type RetentionTableInput,
  RetentionTableSchema,
} from './rules/retentions.js';
export * from './self-insurers/index.js';
export * from './unit-stat/index.js';
