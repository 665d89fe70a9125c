// Helpers of the retention tests: the shared test helpers under the names these tests use.
export { catchWcra, centsStr as centsString, deepFreeze, expectInvalid, expectIssues, stepValues, toCents } from '../helpers.js';
