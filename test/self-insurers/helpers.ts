// Helpers of the self-insurer tests: the shared test helpers under the names these tests use.
export { centsStr as cents, deepFreeze, expectWcraError, toCents } from '../helpers.js';
