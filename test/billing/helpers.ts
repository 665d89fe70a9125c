// Helpers of the billing tests: the shared test helpers under the names these tests use.
export {
  catchWcra,
  centsStr as money,
  deepFreeze,
  expectInvalid,
  expectIssues,
  onlyWcraErrors,
  toCents as cents,
} from '../helpers.js';
