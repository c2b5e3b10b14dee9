import { plural } from '../checking/diagnostic.js';
import { REPORT_FORMATS } from '../reporting/formats.js';
const FAILURE_LEVELS = ['error', 'warning', 'info', 'never'];
/** Formats written to the step's log; the CLI prints one report at most on stdout. */
const LOG_FORMATS = ['github', 'stylish', 'compact'];
/** An input the Action cannot use: the step fails with this one line. */
export class ActionInputError extends Error {
    name = 'ActionInputError';
}
const input = (env, name, fallback) => {
    const value = env[`INPUT_${name.toUpperCase()}`]?.trim();
    return value ? value : fallback;
};
/** One per line, or several on a line separated by spaces (a path with a space needs a line of its own). */
const list = (text) => (text.includes('\n') ? text.split('\n') : text.split(/\s+/)).map((item) => item.trim()).filter(Boolean);
export function readInputs(env) {
    const paths = list(input(env, 'paths', '.'));
    const formats = [...new Set(input(env, 'formats', 'github sarif').split(/[\s,]+/).filter(Boolean))];
    for (const format of formats) {
        if (!REPORT_FORMATS.includes(format))
            throw new ActionInputError(`formats: unknown format "${format}" (use ${REPORT_FORMATS.join(', ')})`);
    }
    const toLog = formats.filter((format) => LOG_FORMATS.includes(format));
    if (toLog.length > 1)
        throw new ActionInputError(`formats: ${toLog.join(' and ')} both go to the log; choose one of ${LOG_FORMATS.join(', ')}`);
    const failOn = input(env, 'fail_on', 'error');
    if (!FAILURE_LEVELS.includes(failOn))
        throw new ActionInputError(`fail_on: "${failOn}" is not one of ${FAILURE_LEVELS.join(', ')}`);
    return {
        paths,
        formats: formats,
        failOn: failOn,
        files: {
            sarif: input(env, 'sarif_file', 'session-doctor.sarif'),
            json: input(env, 'json_file', 'session-doctor.json'),
            junit: input(env, 'junit_file', 'session-doctor.xml'),
        },
    };
}
/** The CLI's reports for these inputs: the log format on stdout, the file formats to their files. */
export function reporterArgs(inputs) {
    return inputs.formats.flatMap((format) => {
        const file = format === 'sarif' || format === 'json' || format === 'junit' ? inputs.files[format] : undefined;
        return ['--reporter', file === undefined ? format : `${format}:${file}`];
    });
}
/** Whether findings of these counts fail the step at this level. */
export function fails(level, counts) {
    if (level === 'never')
        return false;
    if (level === 'info')
        return counts.errors + counts.warnings + counts.infos > 0;
    if (level === 'warning')
        return counts.errors + counts.warnings > 0;
    return counts.errors > 0;
}
/** Why the step fails, counts pluralised: `1 error, 0 warnings, 2 infos`. */
export function failureMessage(level, counts) {
    return `failing the step: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')} (fail_on: ${level})`;
}
