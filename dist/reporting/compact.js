import { expandRuns, printable } from '../checking/diagnostic.js';
import { isUnreadable } from './results.js';
/** One line per problem, `path:line:1: severity rule message`, for editors and grep. Control characters in
 *  a path are escaped as in messages: a file name must not break the line or drive the terminal. */
export const compactReporter = (results, { chalk }) => {
    const lines = [];
    for (const result of results) {
        const path = printable(result.path);
        if (isUnreadable(result)) {
            lines.push(`${path}: ${chalk.red('error')} ${printable(result.error)}`);
            continue;
        }
        for (const repair of result.repairs ?? []) {
            lines.push(`${path}:${repair.line}:1: ${chalk.green(result.dryRun ? 'would-fix' : 'fixed')} ${repair.rule} ${repair.action}`);
        }
        for (const { line, severity, rule, message } of expandRuns(result.diagnostics)) {
            const colour = severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
            lines.push(`${path}:${line}:1: ${colour(severity)} ${rule} ${message}`);
        }
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
