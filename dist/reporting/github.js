import { expandRuns } from '../checking/diagnostic.js';
import { joined } from './reporter.js';
import { isUnreadable } from './results.js';
import { summarySentences } from './summary-text.js';
import { pathInRoot } from './sarif.js';
/** GitHub shows this many error and this many warning annotations of a step; it drops the rest. */
export const GITHUB_ANNOTATION_LIMIT = 10;
/** Rows of the job summary table; the summary of a step may hold 1 MiB. */
export const STEP_SUMMARY_MAX_ROWS = 500;
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
/** Escaping of a workflow command's message (as @actions/core does). */
export const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escaping of a workflow command's property value: the message escapes, plus `:` and `,`. */
export const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** The file as GitHub wants it: relative to the workspace, with `/` separators. */
function githubPath(path, context) {
    const place = pathInRoot(path, context);
    return place.relative ?? place.absolute;
}
function command(kind, properties, message) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${kind} ${props}::${escapeData(message)}`;
}
/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per problem, then a
 * plain summary line for the log. The CLI also appends `githubStepSummary` to $GITHUB_STEP_SUMMARY.
 */
export const githubChunks = function* (results, context) {
    for (const result of results) {
        const file = githubPath(result.path, context);
        if (isUnreadable(result)) {
            yield `${command('error', { file, title: 'unreadable file' }, `${result.path}: ${result.error}`)}\n`;
            continue;
        }
        for (const { severity, line, rule, message } of expandRuns(result.diagnostics)) {
            yield `${command(COMMAND[severity], { file, line: Math.max(1, line), title: rule }, message)}\n`;
        }
    }
    yield `session-doctor: ${summarySentence(context.command, context.summary, results)}\n`;
    const { errors, warnings, unreadable } = context.summary;
    if (errors + unreadable > GITHUB_ANNOTATION_LIMIT || warnings > GITHUB_ANNOTATION_LIMIT) {
        yield `session-doctor: GitHub shows only the first ${GITHUB_ANNOTATION_LIMIT} error and ${GITHUB_ANNOTATION_LIMIT} warning annotations of a step; ` +
            `${context.jobSummary ? 'the job summary lists every problem.' : 'run with --format json or sarif to see every problem.'}\n`;
    }
};
export const githubReporter = joined(githubChunks);
/** The summary for the log, in one line. */
function summarySentence(command, summary, results) {
    return summarySentences(command, summary, results)
        .map(({ text }) => text.replace(/^[✔✖] /, ''))
        .join(' ');
}
/** Text safe in a Markdown table cell: no pipe, no line break, no HTML. */
const cell = (text) => text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
/**
 * The Markdown job summary for $GITHUB_STEP_SUMMARY: a summary line and a table of every problem (GitHub
 * annotates only the first few of a step), up to STEP_SUMMARY_MAX_ROWS rows.
 */
export function githubStepSummary(results, context) {
    const rows = [];
    let total = 0;
    // Only the rows shown are made: a run may have a million problems.
    const add = (row) => (total += 1) <= STEP_SUMMARY_MAX_ROWS && rows.push(row());
    for (const result of results) {
        const file = cell(githubPath(result.path, context));
        if (isUnreadable(result)) {
            add(() => `| ${file} |  | error |  | ${cell(result.error)} |`);
            continue;
        }
        for (const { line, severity, rule, code, message } of expandRuns(result.diagnostics)) {
            add(() => `| ${file} | ${line} | ${severity} | \`${rule}\` (${code}) | ${cell(message)} |`);
        }
    }
    const out = [`### session-doctor ${context.command}`, '', summarySentence(context.command, context.summary, results), ''];
    if (total > 0) {
        out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |', ...rows);
        if (total > STEP_SUMMARY_MAX_ROWS) {
            out.push('', `…and ${total - STEP_SUMMARY_MAX_ROWS} more: run \`session-doctor check\` locally, or use \`--reporter sarif:FILE\` for all of them.`);
        }
        out.push('');
    }
    return `${out.join('\n')}\n`;
}
