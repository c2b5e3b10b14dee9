import { Writable } from 'node:stream';
import { FORMAT_NAMES } from './formats/names.js';
const isStringList = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const SEVERITY_VALUES = ['error', 'warning', 'info', 'off'];
const expect = (test, what) => (value) => (test(value) ? undefined : what);
const boolean = expect((value) => typeof value === 'boolean', 'a boolean');
const oneOf = (choices) => expect((value) => typeof value === 'string' && choices.includes(value), `one of ${choices.join(', ')}`);
/** Every option of check and fix, and what it must be. */
const OPTIONS = {
    select: expect(isStringList, 'an array of rule names, codes or code prefixes'),
    ignore: expect(isStringList, 'an array of rule names, codes or code prefixes'),
    severities: expect((value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((level) => SEVERITY_VALUES.includes(level)), `an object of rule → ${SEVERITY_VALUES.join(' | ')}`),
    format: oneOf(FORMAT_NAMES),
    strategy: oneOf(['placeholder', 'truncate']),
    placeholderText: expect((value) => typeof value === 'string', 'a string'),
    unsafeFixes: boolean,
    inPlace: boolean,
    backup: boolean,
    dryRun: boolean,
    diff: boolean,
    force: boolean,
    allowOpenWriters: boolean,
    minAgeSeconds: expect((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0, 'a number of seconds, 0 or more'),
    output: expect((value) => (typeof value === 'string' && value !== '') || value instanceof Writable, 'a file path or a Writable stream'),
    onFile: expect((value) => typeof value === 'function', 'a function'),
    onDiff: expect((value) => typeof value === 'function', 'a function'),
    signal: expect((value) => value instanceof AbortSignal, 'an AbortSignal'),
};
const CONTENT_FIX_EXCLUDED = new Set(['inPlace', 'backup', 'output', 'dryRun', 'force', 'allowOpenWriters', 'minAgeSeconds', 'onFile']);
const describeValue = (value) => value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
/**
 * Throws a TypeError naming the option for an unknown option or a value of the wrong kind: a typo
 * (`inplace`) or a wrong type (`placeholderText: 5`, which would be written into the file) must not pass
 * silently. `undefined` counts as not given.
 */
export function validateOptions(fn, options, { content = false } = {}) {
    if (options === undefined)
        return;
    if (typeof options !== 'object' || options === null || Array.isArray(options))
        throw new TypeError(`${fn}: options must be an object (got ${describeValue(options)})`);
    const allowed = fn === 'check' ? ['select', 'ignore', 'severities', 'format', 'strategy', 'placeholderText', 'onFile', 'signal'] : Object.keys(OPTIONS);
    for (const [name, value] of Object.entries(options)) {
        if (value === undefined)
            continue;
        if (!allowed.includes(name) || (content && fn === 'fix' && CONTENT_FIX_EXCLUDED.has(name)) || (content && name === 'onFile')) {
            throw new TypeError(`${fn}: unknown option "${name}"${content ? ' for content' : ''}`);
        }
        const problem = OPTIONS[name](value);
        if (problem)
            throw new TypeError(`${fn}: option ${name} must be ${problem} (got ${describeValue(value)})`);
    }
}
