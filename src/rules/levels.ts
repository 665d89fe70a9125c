/**
 * Retention levels (RET-2, RET-3).
 * @module
 */

/** A WCRA retention level. `jumbo` is offered from coverage year 2018 (RET-2). */
export type RetentionLevel = 'low' | 'high' | 'super' | 'jumbo';

/** Every retention level, lowest limit first. */
export const RETENTION_LEVELS = /* @__PURE__ */ Object.freeze([
  'low',
  'high',
  'super',
  'jumbo',
] as const satisfies ReadonlyArray<RetentionLevel>);

/** Who the member is: a licensed insurer or a self-insurer (PRM-1, PRM-6). */
export type MemberType = 'insurer' | 'self-insurer';

/** Every member type. */
export const MEMBER_TYPES = /* @__PURE__ */ Object.freeze(['insurer', 'self-insurer'] as const satisfies ReadonlyArray<MemberType>);
