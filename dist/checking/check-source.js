import { openInputFile } from '../reading/open-input.js';
import { FileChecker } from './checker.js';
import { asArray, SpilledDiagnostics } from './diagnostic-list.js';
import { selectRules } from './select-rules.js';
/**
 * Adds what the file's format learns from the files around it (a Codex fork whose parent is gone) to a
 * check of the file at `path`, when its rule is selected.
 */
export async function withLinkedProblems(path, run, options) {
    const links = run.facts.format?.links;
    const enabled = links && selectRules(options).find(({ rule }) => rule.name === links.rule);
    if (!links || !enabled)
        return run;
    // The options stand for the run: the same object for every file of one check or fix.
    const problems = await links.check(path, run.facts.history, options);
    if (problems.length === 0)
        return run;
    const { rule, severity } = enabled;
    const found = problems.map(({ line, message }) => ({ rule: rule.name, code: rule.code, severity, line, message, fixable: false }));
    const withFound = (list) => (list instanceof SpilledDiagnostics ? list.withExtra(found) : [...list, ...found].sort((a, b) => a.line - b.line));
    return { ...run, diagnostics: withFound(run.diagnostics), report: { ...run.report, diagnostics: withFound(run.report.diagnostics) } };
}
/** Checks a stream of bytes (a file, stdin, a socket) as one session file. */
export async function runCheck(path, chunks, options = {}) {
    const checker = new FileChecker({
        path,
        rules: selectRules(options),
        ...(options.format && { format: options.format }),
        ...(options.repairs && { repairs: true }),
        ...(options.unsafeFixes && { unsafeFixes: true }),
        ...(options.strategy && { strategy: options.strategy }),
        ...(options.placeholderText !== undefined && { placeholderText: options.placeholderText }),
        ...(options.pinnedPrefix && { pinnedPrefix: options.pinnedPrefix }),
        ...(options.onRepair && { onRepair: options.onRepair }),
    });
    for await (const chunk of options.signal ? abortable(chunks, options.signal) : chunks)
        checker.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const outcome = checker.end();
    const report = {
        path,
        ...(outcome.facts.format && { format: outcome.facts.format.name }),
        records: outcome.facts.records,
        lines: outcome.facts.lines,
        // Only diagnostics in memory carry repairs.
        diagnostics: Array.isArray(outcome.diagnostics) ? outcome.diagnostics.map(({ repair: _repair, ...diagnostic }) => diagnostic) : outcome.diagnostics,
    };
    return { ...outcome, report };
}
/** Checks one session file by path, streaming it. Throws InputError when it cannot be read. */
export async function checkFile(path, options = {}) {
    return asReport(await checkFileLazily(path, options));
}
/** checkFile, its diagnostics possibly left in temp files until they are read (the CLI's). */
export async function checkFileLazily(path, options = {}) {
    const { chunks } = await openInputFile(path);
    return (await withLinkedProblems(path, await runCheck(path, chunks, options), options)).report;
}
/** How much of a file formatOfFile reads at most: the records that tell a format are its first few lines. */
const FORMAT_PREFIX_BYTES = 1 << 20;
/**
 * The format of the session file at `path` as a check of it would detect it from its first records (undefined
 * when they tell none), reading no more of it than that takes. Throws InputError when it cannot be read.
 */
export async function formatOfFile(path) {
    const { chunks } = await openInputFile(path);
    const checker = new FileChecker({ path, rules: [] });
    let read = 0;
    for await (const chunk of chunks) {
        checker.push(chunk);
        read += chunk.length;
        if (checker.format || read >= FORMAT_PREFIX_BYTES)
            break;
    }
    return checker.end().facts.format;
}
/** The report with its diagnostics in an array. */
export function asReport(checked) {
    const diagnostics = asArray(checked.diagnostics);
    if (checked.diagnostics instanceof SpilledDiagnostics)
        checked.diagnostics.release();
    return { ...checked, diagnostics };
}
/** Checks session content from a stream, a string or a Buffer. */
export async function checkStream(input, options = {}) {
    const chunks = typeof input === 'string' || Buffer.isBuffer(input) ? [Buffer.from(input)] : input;
    return asReport((await runCheck(options.path ?? '-', chunks, options)).report);
}
/** The chunks, until the signal aborts: then the signal's reason is thrown. */
export async function* abortable(chunks, signal) {
    signal.throwIfAborted();
    for await (const chunk of chunks) {
        signal.throwIfAborted();
        yield chunk;
    }
}
