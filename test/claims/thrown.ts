// `thrown(fn)`: the WcraError `fn` throws (the shared helper, under the name the claims tests use).
export { catchWcra as thrown } from '../helpers.js';
