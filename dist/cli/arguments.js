import { UsageError } from './usage-error.js';
/**
 * Checks of the command line that yargs does not make: `--no-` forms of options that take a value, and
 * numbers. yargs would turn `--no-placeholder-text` into the value `false` (written into a session as
 * "false") and `--min-age abc` into NaN (a guard quietly switched off).
 */
/** Options that take a value and have no `--no-` form (`--no-config` has one: no config file). */
const VALUE_OPTIONS = new Set([
    'format',
    'output-file',
    'reporter',
    'select',
    'ignore',
    'max-warnings',
    'input-format',
    'stdin-filename',
    'files-from',
    'output',
    'strategy',
    'placeholder-text',
    'min-age',
    'jobs',
]);
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** The complaint about a `--no-OPTION` of an option that takes a value (up to `--`, after which all are paths). */
export function negatedValueOption(args) {
    for (const arg of args) {
        if (arg === '--')
            return undefined;
        const name = /^--no-([^=]+)/.exec(arg)?.[1];
        if (name !== undefined && VALUE_OPTIONS.has(kebab(name)))
            return `${arg}: --${kebab(name)} takes a value and has no --no- form (leave it out for the default)`;
    }
    return undefined;
}
/** A count or a number of seconds: digits only (no sign, fraction, exponent or hex), within safe integers. */
export function nonNegativeInteger(option, value) {
    const text = String(value);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
        throw new UsageError(`--${option} ${JSON.stringify(text)}: expected a whole number, 0 or more`);
    }
    return Number(text);
}
/** --jobs: a number of threads from 1 to 64, or `auto` (and the default): undefined. */
export function threadCount(value) {
    if (value === undefined || String(value) === 'auto')
        return undefined;
    const threads = /^\d+$/.test(String(value)) ? Number(value) : NaN;
    if (!(threads >= 1 && threads <= 64))
        throw new UsageError(`--jobs ${JSON.stringify(String(value))}: expected a number of threads from 1 to 64, or auto`);
    return threads;
}
/** --max-warnings: a count, or -1 for no limit (ESLint's meaning, and the default). */
export function warningLimit(value) {
    return value === undefined || String(value) === '-1' ? -1 : nonNegativeInteger('max-warnings', value);
}
