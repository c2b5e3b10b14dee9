import { printable } from '../checking/diagnostic.js';
import { selectRules } from '../checking/select-rules.js';
import { InputError } from '../reading/input-error.js';
import { copyPathFor, fixFileLazily } from '../repairing/fix-file.js';
import { FIX_IN_FLIGHT, inFlight, sizeOnDisk } from '../repairing/in-flight.js';
import { resolve } from 'node:path';
import { checkOptionsOf, displayName, finish, pathsToCheck, refuseSessionReportFiles, reportTargets } from './common-run.js';
import { STDIN, resolveInputs, spoolStdin } from './inputs.js';
import { refuseOutputsThatAreInputs } from './output-is-input.js';
import { startProgress } from './progress.js';
import { UsageError } from './usage-error.js';
/** `session-doctor fix`: writes repaired copies (or replaces files with --in-place). Returns the exit code. */
export async function runFixCommand(args) {
    const base = checkOptionsOf(args);
    selectRules(base);
    if (args.inPlace && args.copyTo !== undefined)
        throw new UsageError('--in-place and --copy-to exclude each other');
    if (args.copyTo !== undefined && args.copyTo !== '-') {
        const copy = resolve(args.copyTo);
        if (reportTargets(args).some(({ file }) => file !== undefined && resolve(file) === copy)) {
            throw new UsageError(`${args.copyTo}: --copy-to and the report file name the same file`);
        }
    }
    const inputs = await resolveInputs(await pathsToCheck(args));
    if (args.copyTo !== undefined && args.copyTo !== '-' && inputs.length > 1) {
        throw new UsageError('--copy-to names one file, but more than one input was given');
    }
    await refuseOutputsThatAreInputs([...reportTargets(args).flatMap((target) => target.file ?? []), ...repairedCopies(args, inputs)], inputs);
    refuseSessionReportFiles(args);
    // Repaired content or diffs on stdout push the report to stderr.
    const stdoutTaken = args.diff || args.copyTo === '-' || (inputs.some((input) => input.path === STDIN) && args.copyTo === undefined);
    const results = [];
    /** Removes the temp files of the reports' diagnostics once they are written. */
    const releases = [];
    // Diffs and repaired content on stdout would interleave with the progress line on a terminal.
    const progress = startProgress(inputs.length, { flag: stdoutTaken ? false : args.progress });
    // One options object for the whole run: what fix reads once per run (a Codex home's forks) is keyed by it.
    const options = fixOptionsOf(args, base);
    // Several files at once, unless what they write goes to stdout, which would interleave.
    const limits = stdoutTaken ? { files: 1, bytes: 0 } : FIX_IN_FLIGHT;
    await inFlight(inputs.length, (index) => (inputs[index].path === STDIN ? 0 : sizeOnDisk(inputs[index].path)), async (index) => {
        const input = inputs[index];
        progress.next(input.path);
        if ('error' in input) {
            results[index] = { path: input.path, error: input.error.message };
            return;
        }
        try {
            const { release, ...report } = await fixOne(input.path, args, options);
            releases.push(release);
            results[index] = report;
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            // Name the file that failed when it is not the input (the copy, the temp file, the backup).
            const where = error.path === input.path ? '' : `${error.path}: `;
            results[index] = { path: displayName(args, input.path), error: `${where}${error.message}` };
        }
    }, limits);
    progress.end();
    printNotes(results);
    const code = await finish('fix', args, results, stdoutTaken ? process.stderr : process.stdout);
    for (const release of releases)
        release();
    // As `ruff --diff`: a diff to show means the files need fixing.
    return args.diff && code === 0 && results.some((result) => !('error' in result) && (result.repairs?.length ?? 0) > 0) ? 1 : code;
}
/** What fix could not be sure of, on stderr: once per distinct note, naming the file when there is one. */
function printNotes(results) {
    const shown = new Set();
    for (const result of results) {
        for (const note of ('notes' in result && result.notes) || []) {
            // A note about the machine (unchecked writers) is the same for every file: said once.
            const line = note.startsWith('line ') ? `${printable(result.path)}: ${note}` : note;
            if (!shown.has(line))
                process.stderr.write(`session-doctor: ${line}\n`);
            shown.add(line);
        }
    }
}
/** The files fix writes besides the inputs themselves: --copy-to, or a <file>.fixed per input. */
function repairedCopies(args, inputs) {
    if (args.inPlace || args.dryRun || args.diff)
        return [];
    if (args.copyTo !== undefined)
        return args.copyTo === '-' ? [] : [args.copyTo];
    return inputs.flatMap((input) => (input.path === STDIN ? [] : [copyPathFor(input.path)]));
}
function fixOptionsOf(args, base) {
    return {
        ...base,
        strategy: args.strategy,
        ...(args.placeholderText !== undefined && { placeholderText: args.placeholderText }),
        inPlace: args.inPlace,
        backup: args.backup,
        dryRun: args.dryRun || args.diff,
        diff: args.diff,
        // Each hunk as it is made: a diff may be larger than the file, and is never held whole.
        ...(args.diff && { onDiff: (text) => void process.stdout.write(text) }),
        force: args.force,
        allowOpenWriters: args.allowOpenWriters,
        unsafeFixes: args.unsafeFixes,
        minAgeSeconds: args.minAge,
        ...(args.copyTo !== undefined && { output: args.copyTo === '-' ? process.stdout : args.copyTo }),
    };
}
async function fixOne(path, args, options) {
    if (path !== STDIN) {
        return await fixFileLazily(path, options);
    }
    if (args.inPlace)
        throw new InputError(STDIN, '--in-place cannot replace stdin');
    const spooled = await spoolStdin();
    try {
        return await fixFileLazily(spooled.path, { ...options, displayPath: displayName(args, STDIN), output: options.output ?? process.stdout });
    }
    finally {
        await spooled.dispose();
    }
}
