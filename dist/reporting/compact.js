import { expandRuns, printable } from '../checking/diagnostic.js';
import { joined } from './reporter.js';
import { isUnreadable } from './results.js';
/** One line per problem, `path:line:1: severity rule message`, for editors and grep. Control characters in
 *  a path are escaped as in messages: a file name must not break the line or drive the terminal. */
export const compactChunks = function* (results, { chalk }) {
    for (const result of results) {
        const path = printable(result.path);
        if (isUnreadable(result)) {
            yield `${path}: ${chalk.red('error')} ${printable(result.error)}\n`;
            continue;
        }
        for (const repair of result.repairs ?? []) {
            yield `${path}:${repair.line}:1: ${chalk.green(result.dryRun ? 'would-fix' : 'fixed')} ${repair.rule} ${repair.action}\n`;
        }
        for (const { line, severity, rule, message } of expandRuns(result.diagnostics)) {
            const colour = severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
            yield `${path}:${line}:1: ${colour(severity)} ${rule} ${message}\n`;
        }
    }
};
export const compactReporter = joined(compactChunks);
