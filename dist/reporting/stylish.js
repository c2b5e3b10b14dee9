import { printable } from '../checking/diagnostic.js';
import { joined, mapIterable } from './reporter.js';
import { isUnreadable, plural, ruleStatistics } from './results.js';
import { summarySentences } from './summary-text.js';
/**
 * Grouped by file, aligned, coloured on a terminal, with a summary (ESLint's stylish). The same finding on
 * consecutive lines is one row with a line range; with `statistics`, per-rule counts replace the rows.
 * Made in pieces: a file's rows are gone through twice, once for the column widths, then to write them.
 */
export const stylishChunks = function* (results, context) {
    const { chalk } = context;
    if (context.statistics)
        yield `${statisticsTable(results, chalk)}\n`;
    else {
        for (const result of results) {
            if (isUnreadable(result)) {
                yield `${chalk.underline(printable(result.path))}\n  ${chalk.red('error')}  ${printable(result.error)}\n\n`;
                continue;
            }
            yield* fileBlock(result, context);
        }
    }
    yield summaryLines(results, context);
};
export const stylishReporter = joined(stylishChunks);
function* fileBlock(result, { chalk }) {
    const repairs = result.repairs ?? [];
    if (result.diagnostics.length === 0 && repairs.length === 0)
        return;
    const done = result.dryRun ? 'would fix' : 'fixed';
    // Repairs come in line order, as diagnostics do (fix reads them from one sorted list).
    const repairRows = () => mapIterable(repairs, (repair) => ({
        line: repair.line,
        cells: [repair.endLine === undefined ? String(repair.line) : `${repair.line}-${repair.endLine}`, chalk.green(done), repair.action, chalk.dim(repair.rule)],
    }));
    const diagnosticRow = ({ diagnostic: { line, severity, message, rule }, last }) => {
        const colour = severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
        const where = last > line ? `${line}-${last}` : String(line);
        const times = last > line ? chalk.dim(` (${last - line + 1} lines)`) : '';
        return { line, cells: [where, colour(severity), `${message}${times}`, chalk.dim(rule)] };
    };
    // Diagnostics come in line order (the checker sorts them): the repairs' rows merge in, each before the
    // diagnostics of its line.
    const rows = () => mergeByLine(repairRows(), mapIterable(collapse(result.diagnostics), diagnosticRow));
    let lineWidth = 0;
    let severityWidth = 0;
    for (const { cells } of rows()) {
        lineWidth = Math.max(lineWidth, cells[0].length);
        severityWidth = Math.max(severityWidth, visibleLength(cells[1]));
    }
    const format = result.format ? chalk.dim(` (${result.format}, ${plural(result.records, 'record')})`) : '';
    yield `${chalk.underline(printable(result.path))}${format}\n`;
    for (const { cells: [line, severity, message, rule] } of rows()) {
        yield `  ${line.padStart(lineWidth)}  ${severity}${' '.repeat(severityWidth - visibleLength(severity))}  ${message}  ${rule}\n`;
    }
    if (result.written && result.written !== '-') {
        yield `  ${chalk.green('→')} wrote ${printable(result.written)}${result.backup ? ` (original kept as ${printable(result.backup)})` : ''}\n`;
    }
    yield '\n';
}
/** Two sequences of rows in line order as one; on the same line, `first`'s rows come first. */
function* mergeByLine(first, second) {
    const firsts = first[Symbol.iterator]();
    let next = firsts.next();
    for (const row of second) {
        for (; !next.done && next.value.line <= row.line; next = firsts.next())
            yield next.value;
        yield row;
    }
    for (; !next.done; next = firsts.next())
        yield next.value;
}
/** Runs of the same finding (rule, severity, message; no call id) on consecutive lines, as first diagnostic and last line. */
export function* collapse(diagnostics) {
    let run;
    for (const diagnostic of diagnostics) {
        if (run && sameFinding(run.diagnostic, diagnostic) && diagnostic.line === run.last + 1)
            run.last = diagnostic.endLine ?? diagnostic.line;
        else {
            if (run)
                yield run;
            run = { diagnostic, last: diagnostic.endLine ?? diagnostic.line };
        }
    }
    if (run)
        yield run;
}
const sameFinding = (a, b) => a.callId === undefined && b.callId === undefined && a.rule === b.rule && a.severity === b.severity && a.message === b.message;
function statisticsTable(results, chalk) {
    const statistics = ruleStatistics(results);
    if (statistics.length === 0)
        return '';
    const rows = statistics.map((entry) => {
        const fix = [entry.fixable > 0 ? `${entry.fixable} fixable` : '', entry.unsafeFixable > 0 ? `${entry.unsafeFixable} with --unsafe-fixes` : ''].filter(Boolean).join(', ');
        return [String(entry.count), entry.code, entry.rule, fix];
    });
    const widths = [0, 1, 2].map((column) => rows.reduce((width, row) => Math.max(width, row[column].length), 0));
    const lines = rows.map(([count, code, rule, fix]) => `${count.padStart(widths[0])}  ${code.padEnd(widths[1])}  ${fix ? rule.padEnd(widths[2]) : rule}${fix ? `  ${chalk.dim(fix)}` : ''}`);
    return `${lines.join('\n')}\n`;
}
function summaryLines(results, { chalk, command, summary }) {
    const tones = { ok: chalk.green, error: chalk.red.bold, warning: chalk.yellow.bold, plain: (text) => text };
    const lines = summarySentences(command, summary, results).map(({ tone, text, hint }) => (hint ? `  ${tones[tone](text)}` : tones[tone](text)));
    return `${lines.join('\n')}\n`;
}
const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text) => text.replace(ANSI, '').length;
