import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { REPORT_FORMATS } from './formats.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';
export const REPORTERS = {
    stylish: stylishReporter,
    json: jsonReporter,
    compact: compactReporter,
    sarif: sarifReporter,
    github: githubReporter,
    junit: junitReporter,
};
export { REPORT_FORMATS };
