/**
 * Deep freezing of the library's own constants (tables, lists, examples).
 * @module
 */

/**
 * Freezes a value and every plain object and array inside it, in place, and returns it. Other
 * objects (Decimal instances, schemas, class instances) are left as they are. Pure in effect for
 * the library's own literals: it is only ever applied to values the library itself builds.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  /* @__PURE__ */ Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
