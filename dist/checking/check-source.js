import { openInputFile } from '../reading/open-input.js';
import { forEachLine } from '../reading/line-splitter.js';
import { FileChecker } from './checker.js';
import { selectRules } from './select-rules.js';
/** Checks a stream of bytes (a file, stdin, a socket) as one session file. */
export async function runCheck(path, chunks, options = {}) {
    const checker = new FileChecker({
        path,
        rules: selectRules(options),
        ...(options.format && { format: options.format }),
        ...(options.repairs && { repairs: true }),
        ...(options.strategy && { strategy: options.strategy }),
        ...(options.placeholderText !== undefined && { placeholderText: options.placeholderText }),
    });
    await forEachLine(chunks, (line) => checker.line(line));
    const outcome = checker.end();
    const report = {
        path,
        ...(outcome.facts.format && { format: outcome.facts.format.name }),
        records: outcome.facts.records,
        lines: outcome.facts.lines,
        diagnostics: outcome.diagnostics.map(({ repair: _repair, ...diagnostic }) => diagnostic),
    };
    return { ...outcome, report };
}
/** Checks one session file by path, streaming it. Throws InputError when it cannot be read. */
export async function checkFile(path, options = {}) {
    const { chunks } = await openInputFile(path);
    return (await runCheck(path, chunks, options)).report;
}
/** Checks session content from a stream, a string or a Buffer. */
export async function checkStream(input, options = {}) {
    const chunks = typeof input === 'string' || Buffer.isBuffer(input) ? [Buffer.from(input)] : input;
    return (await runCheck(options.path ?? '-', chunks, options)).report;
}
