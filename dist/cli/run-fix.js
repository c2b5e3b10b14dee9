import { printable } from '../checking/diagnostic.js';
import { selectRules } from '../checking/select-rules.js';
import { InputError } from '../reading/input-error.js';
import { fixFile } from '../repairing/fix-file.js';
import { checkOptionsOf, displayName, finish, pathsToCheck, reportTargets } from './common-run.js';
import { STDIN, resolveInputs, spoolStdin } from './inputs.js';
import { refuseOutputsThatAreInputs } from './output-is-input.js';
import { startProgress } from './progress.js';
import { UsageError } from './usage-error.js';
/** `session-doctor fix`: writes repaired copies (or replaces files with --in-place). Returns the exit code. */
export async function runFixCommand(args) {
    const base = checkOptionsOf(args);
    selectRules(base);
    if (args.inPlace && args.output !== undefined)
        throw new UsageError('--in-place and --output exclude each other');
    const inputs = await resolveInputs(await pathsToCheck(args));
    if (args.output !== undefined && args.output !== '-' && inputs.length > 1) {
        throw new UsageError('--output names one file, but more than one input was given');
    }
    await refuseOutputsThatAreInputs([...reportTargets(args).flatMap((target) => target.file ?? []), ...repairedCopies(args, inputs)], inputs);
    // Repaired content or diffs on stdout push the report to stderr.
    const stdoutTaken = args.diff || args.output === '-' || (inputs.some((input) => input.path === STDIN) && args.output === undefined);
    const results = [];
    // Diffs and repaired content on stdout would interleave with the progress line on a terminal.
    const progress = startProgress(inputs.length, { flag: stdoutTaken ? false : args.progress });
    for (const input of inputs) {
        progress.next(input.path);
        if ('error' in input) {
            results.push({ path: input.path, error: input.error.message });
            continue;
        }
        try {
            results.push(await fixOne(input.path, args, base));
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            // Name the file that failed when it is not the input (the copy, the temp file, the backup).
            const where = error.path === input.path ? '' : `${error.path}: `;
            results.push({ path: displayName(args, input.path), error: `${where}${error.message}` });
        }
    }
    progress.end();
    printNotes(results);
    return finish('fix', args, results, stdoutTaken ? process.stderr : process.stdout);
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
/** The files fix writes besides the inputs themselves: -o, or a <file>.fixed per input. */
function repairedCopies(args, inputs) {
    if (args.inPlace || args.dryRun || args.diff)
        return [];
    if (args.output !== undefined)
        return args.output === '-' ? [] : [args.output];
    return inputs.flatMap((input) => (input.path === STDIN ? [] : [`${input.path}.fixed`]));
}
async function fixOne(path, args, base) {
    const options = {
        ...base,
        strategy: args.strategy,
        ...(args.placeholderText !== undefined && { placeholderText: args.placeholderText }),
        inPlace: args.inPlace,
        backup: args.backup,
        dryRun: args.dryRun || args.diff,
        diff: args.diff,
        force: args.force,
        allowOpenWriters: args.allowOpenWriters,
        unsafeFixes: args.unsafeFixes,
        minAgeSeconds: args.minAge,
        ...(args.output !== undefined && { output: args.output === '-' ? process.stdout : args.output }),
    };
    if (path !== STDIN) {
        const report = await fixFile(path, options);
        if (report.diff)
            process.stdout.write(report.diff);
        return report;
    }
    if (args.inPlace)
        throw new InputError(STDIN, '--in-place cannot replace stdin');
    const spooled = await spoolStdin();
    try {
        const report = await fixFile(spooled.path, { ...options, displayPath: displayName(args, STDIN), output: options.output ?? process.stdout });
        if (report.diff)
            process.stdout.write(report.diff);
        return report;
    }
    finally {
        await spooled.dispose();
    }
}
