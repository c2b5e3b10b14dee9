import { printable } from '../checking/diagnostic.js';
import { isUnreadable, plural } from './results.js';
/** Grouped by file, aligned, coloured on a terminal, with a summary line (ESLint's stylish). */
export const stylishReporter = (results, context) => {
    const { chalk } = context;
    const out = [];
    for (const result of results) {
        if (isUnreadable(result)) {
            out.push(`${chalk.underline(printable(result.path))}\n  ${chalk.red('error')}  ${printable(result.error)}\n`);
            continue;
        }
        const block = fileBlock(result, context);
        if (block)
            out.push(block);
    }
    out.push(summaryLines(context));
    return out.join('\n');
};
function fileBlock(result, { chalk }) {
    const repairs = result.repairs ?? [];
    if (result.diagnostics.length === 0 && repairs.length === 0)
        return '';
    const rows = [
        ...repairs.map((repair) => ({ line: repair.line, cells: [String(repair.line), chalk.green('fixed'), repair.action, chalk.dim(repair.rule)] })),
        ...result.diagnostics.map(({ line, severity, message, rule }) => {
            const colour = severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
            return { line, cells: [String(line), colour(severity), message, chalk.dim(rule)] };
        }),
    ]
        .sort((a, b) => a.line - b.line)
        .map((row) => row.cells);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => visibleLength(row[column]))));
    const body = rows.map(([line, severity, message, rule]) => {
        return `  ${line.padStart(widths[0])}  ${severity}${' '.repeat(widths[1] - visibleLength(severity))}  ${message}  ${rule}`;
    });
    const format = result.format ? chalk.dim(` (${result.format}, ${plural(result.records, 'record')})`) : '';
    const written = result.written && result.written !== '-' ? [`  ${chalk.green('→')} wrote ${printable(result.written)}${result.backup ? ` (original kept as ${printable(result.backup)})` : ''}`] : [];
    return [`${chalk.underline(printable(result.path))}${format}`, ...body, ...written, ''].join('\n');
}
function summaryLines({ chalk, command, summary }) {
    const { files, errors, warnings, infos, fixable, repaired, unreadable, filesWithProblems } = summary;
    const lines = [];
    const problems = errors + warnings + infos;
    if (command === 'fix' && repaired > 0)
        lines.push(chalk.green(`✔ Repaired ${plural(repaired, 'problem')}.`));
    if (problems === 0 && unreadable === 0) {
        if (command === 'check' || repaired === 0)
            lines.push(chalk.green(`✔ ${plural(files, 'file')} checked, no problems.`));
    }
    else if (problems > 0) {
        const colour = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
        const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])].join(', ');
        const remain = command === 'fix' ? ' remain' : '';
        lines.push(colour(`✖ ${plural(problems, 'problem')} (${counts})${remain} in ${filesWithProblems} of ${plural(files, 'file')}.`));
        if (command === 'check' && fixable > 0)
            lines.push(`  ${fixable} fixable with \`session-doctor fix\`.`);
    }
    if (unreadable > 0)
        lines.push(chalk.red(`✖ ${plural(unreadable, 'file')} could not be read or replaced.`));
    return `${lines.join('\n')}\n`;
}
const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text) => text.replace(ANSI, '').length;
