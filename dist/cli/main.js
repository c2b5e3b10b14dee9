#!/usr/bin/env node
import yargs, {} from 'yargs';
import { hideBin } from 'yargs/helpers';
import { printable } from '../checking/diagnostic.js';
import { UnknownRuleError } from '../checking/unknown-rule-error.js';
import { ConfigError } from '../config/errors.js';
import { FORMAT_NAMES } from '../formats/names.js';
import { InputError } from '../reading/input-error.js';
import { REPORT_FORMATS } from '../reporting/formats.js';
import { VERSION } from '../version.js';
import { negatedValueOption, nonNegativeInteger, threadCount, warningLimit } from './arguments.js';
import { setHeapFlags } from './heap-flags.js';
import { cleanUpOnInterrupt } from './interrupts.js';
import { ignoreClosedPipe, writeReport } from './report-output.js';
import { UsageError } from './usage-error.js';
/** yargs drops a lone `-` (stdin) as a positional and sometimes as an option value: it is swapped for this
 *  token before parsing and back after. No real argument contains a NUL. */
const DASH = '\u0000-';
const undash = (value) => (value === DASH ? '-' : Array.isArray(value) ? value.map(undash) : value);
/** Repeatable, comma-separated list options. */
const list = (value) => [value]
    .flat()
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean);
function commonOptions(argv) {
    return argv
        .positional('paths', { type: 'string', array: true, default: [], describe: 'Files or folders (searched for *.jsonl, *.ndjson); - for stdin' })
        .option('format', { alias: 'f', choices: REPORT_FORMATS, describe: 'Report format (default: stylish, or the config file\'s "format")' })
        .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file' })
        .option('reporter', { type: 'string', requiresArg: true, describe: 'Add a report: FORMAT or FORMAT:FILE (repeatable; replaces the default report)' })
        .option('config', { type: 'string', describe: 'Config file (default: session-doctor.config.json or package.json "session-doctor", searched upward); --no-config: none' })
        .option('progress', { type: 'boolean', describe: 'Progress line on stderr (default: on a terminal, for long runs)' })
        .option('select', { type: 'string', describe: 'Only these rules (names, codes or code prefixes; comma-separated)' })
        .option('ignore', { type: 'string', describe: 'Not these rules (names, codes or code prefixes; comma-separated)' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
        .option('max-warnings', { type: 'string', describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
        .option('color', { type: 'boolean', describe: 'Colour: --color[=always|never|auto], --no-color (default auto: on for a terminal; NO_COLOR, FORCE_COLOR honoured)' })
        .option('statistics', { type: 'boolean', default: false, describe: 'Per-rule counts over the run instead of every problem (JSON: added as "statistics")' })
        .option('input-format', { choices: ['auto', ...FORMAT_NAMES], default: 'auto', describe: 'Session format (default: detected)' })
        .option('stdin-filename', { type: 'string', describe: 'Name to report for stdin' })
        .option('files-from', { type: 'string', describe: 'Read paths to work on from this file, one per line (- for stdin)' })
        .option('null', { alias: '0', type: 'boolean', default: false, describe: 'Paths in --files-from are separated by NUL bytes (find -print0, git ls-files -z)' });
}
/** The options check and fix share, with the config file applied (CLI flags win). */
async function commonArgs(argv) {
    const flags = {
        ...(argv.format !== undefined && { format: argv.format }),
        reporters: [argv.reporter ?? []].flat().map(String),
        ...(argv.config !== undefined && { config: argv.config }),
    };
    const { withConfig } = await import('./common-run.js');
    return withConfig(commonArgsFromFlags(argv), flags);
}
function commonArgsFromFlags(argv) {
    return {
        // Everything after `--` is a path, even when it starts with a dash.
        paths: undash([...(argv.paths ?? []), ...(argv['--'] ?? []).map(String)]),
        format: (argv.format ?? 'stylish'),
        ...(argv.outputFile !== undefined && { outputFile: argv.outputFile }),
        ...(argv.select !== undefined && { select: list(argv.select) }),
        ...(argv.ignore !== undefined && { ignore: list(argv.ignore) }),
        quiet: argv.quiet,
        maxWarnings: warningLimit(argv.maxWarnings),
        ...(argv.color !== undefined && { color: argv.color }),
        inputFormat: argv.inputFormat,
        ...(argv.stdinFilename !== undefined && { stdinFilename: argv.stdinFilename }),
        ...(argv.filesFrom !== undefined && { filesFrom: undash(argv.filesFrom) }),
        nullSeparated: argv.null,
        statistics: argv.statistics,
        ...(argv.progress !== undefined && { progress: argv.progress }),
    };
}
const COLOUR_WHEN = { always: '--color', true: '--color', never: '--no-color', false: '--no-color', auto: undefined };
/**
 * `--color[=WHEN]` (always, never, auto), as ls and ShellCheck: yargs knows only a boolean --color, which
 * would read `--color=always` as false and take the WHEN of `--color never` for a path. Rewritten to
 * --color / --no-color / nothing before parsing, up to a `--`.
 */
function colourWhen(args) {
    const out = [];
    for (let index = 0; index < args.length; index += 1) {
        const arg = args[index];
        if (arg === '--')
            return [...out, ...args.slice(index)];
        const joined = arg.startsWith('--color=') ? arg.slice('--color='.length) : undefined;
        const separate = arg === '--color' && args[index + 1] !== undefined && Object.hasOwn(COLOUR_WHEN, args[index + 1]) ? args[index + 1] : undefined;
        const when = joined ?? separate;
        if (when === undefined) {
            out.push(arg);
            continue;
        }
        if (!Object.hasOwn(COLOUR_WHEN, when))
            throw new UsageError(`--color=${when}: choose always, never or auto`);
        if (separate !== undefined)
            index += 1;
        const flag = COLOUR_WHEN[when];
        if (flag)
            out.push(flag);
    }
    return out;
}
/** What yargs' fail handler was told, printed once parsing is over. */
const usageMessages = [];
/** Set by yargs' fail handler: yargs still calls the command handler after a failed validation. */
let usageFailed = false;
/** Runs a command body; maps expected failures to one line on stderr and exit code 2. */
async function run(body) {
    if (usageFailed)
        return;
    try {
        process.exitCode = await body();
    }
    catch (error) {
        process.exitCode = 2;
        if (error instanceof InputError)
            process.stderr.write(`session-doctor: ${printable(error.path)}: ${printable(error.message)}\n`);
        else if (error instanceof UsageError || error instanceof UnknownRuleError || error instanceof ConfigError)
            process.stderr.write(`session-doctor: ${error.message}\n`);
        else {
            const detail = process.env.SESSION_DOCTOR_DEBUG ? error.stack : error.message;
            process.stderr.write(`session-doctor: internal error: ${detail} (please report it)\n`);
        }
    }
}
setHeapFlags();
// Starting a worker thread resets V8's flags for the whole process: the flags are set again once each worker runs.
process.on('worker', (worker) => worker.once('online', setHeapFlags));
ignoreClosedPipe();
cleanUpOnInterrupt();
let given = [];
try {
    given = colourWhen(hideBin(process.argv));
}
catch (error) {
    usageFailed = true;
    process.exitCode = 2;
    process.stderr.write(`session-doctor: ${error.message}\nRun \`session-doctor --help\` for usage.\n`);
}
const negated = usageFailed ? undefined : negatedValueOption(given);
if (negated !== undefined) {
    usageFailed = true;
    process.stderr.write(`session-doctor: ${negated}\n`);
    process.exitCode = 2;
}
const COMMANDS = ['check', 'fix', 'restore', 'rules', 'explain'];
/**
 * The command the arguments name first, when they ask for no help or version (no option before `--` is
 * -h, -v, --help, --version or a cluster of short flags holding h or v). yargs renders and caches the help
 * text of the named command it runs, after running it (15–40 ms on every run), but never a default
 * command's: such a run parses the arguments after the name with that command as the default one.
 * Anything else (help, version, no command or an unknown one) goes through the whole command line.
 */
function directCommand(args) {
    const name = args[0];
    if (name === undefined || !COMMANDS.includes(name))
        return undefined;
    for (const arg of args.slice(1)) {
        if (arg === '--')
            break;
        if (arg === '--help' || arg === '--version' || (/^-[^-]/.test(arg) && /[hv]/.test(arg)))
            return undefined;
    }
    return name;
}
/** The commands, or only `direct` as the default command. */
function withCommands(argv, direct) {
    const wants = (spec) => direct === undefined || spec.split(' ')[0] === direct;
    const as = (spec) => (direct === undefined ? spec : spec.replace(/^\S+/, '$0'));
    let parser = argv;
    if (wants('check [paths..]'))
        parser = parser.command(as('check [paths..]'), 'Report problems in session files (changes nothing)', (argv) => commonOptions(argv)
            .option('jobs', { type: 'string', describe: 'Threads to check files on: a number, or auto (one per core, up to 4, for files of 256 MiB or more in all; else one)' })
            .example('$0 check ~/.codex/sessions', 'Check your Codex sessions')
            .example('$0 check -f json samples', 'Machine-readable report'), (argv) => run(async () => (await import('./run-check.js')).runCheckCommand(await commonArgs(argv), threadCount(argv.jobs))));
    if (wants('fix [paths..]'))
        parser = parser.command(as('fix [paths..]'), 'Write repaired copies (<file>.fixed), or replace files with --in-place', (argv) => commonOptions(argv)
            .option('in-place', { alias: 'i', type: 'boolean', default: false, describe: 'Replace the file (atomically; the original is kept as <file>.bak)' })
            .option('backup', { type: 'boolean', default: true, describe: 'With --in-place, keep the original as <file>.bak (--no-backup: do not)' })
            .option('copy-to', { type: 'string', describe: 'Write the repaired session here instead of <file>.fixed (one input; - for stdout); -o is the report file' })
            .option('output', { type: 'string', hidden: true })
            .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'Also apply unsafe fixes: those that change what the model sees, or drop real content' })
            .option('dry-run', { type: 'boolean', default: false, describe: 'Report what would be repaired; write nothing' })
            .option('diff', { type: 'boolean', default: false, describe: 'Print a unified diff of the repair to stdout; write nothing' })
            .option('force', { type: 'boolean', default: false, describe: 'With --in-place, replace a file modified moments ago, hard-linked, or whose owner cannot be kept' })
            .option('allow-open-writers', { type: 'boolean', default: false, describe: 'With --in-place, replace a file even while a process holds it open for writing (what it writes next is lost)' })
            .option('strategy', { choices: ['placeholder', 'truncate'], default: 'placeholder', describe: 'Answer unanswered calls with placeholders, or end the session before them' })
            .option('placeholder-text', { type: 'string', describe: 'Output text of inserted placeholders (default: the client\'s own: "aborted" for Codex, its interrupted text for Claude Code)' })
            .option('min-age', { type: 'string', describe: 'With --in-place, seconds since the last modification before a file is taken as finished (default 10)' })
            .example('$0 fix rollout.jsonl', 'Write rollout.jsonl.fixed')
            .example('$0 fix --copy-to repaired.jsonl -f json -o report.json rollout.jsonl', 'The repaired session in one file, the report in another')
            .example('$0 fix --in-place ~/.codex/sessions', 'Repair your sessions in place, keeping backups'), (argv) => run(async () => {
            if (argv.output !== undefined)
                throw new UsageError('--output is now --copy-to (the repaired session); -o/--output-file names the report file, as in check');
            const args = {
                ...(await commonArgs(argv)),
                unsafeFixes: argv.unsafeFixes,
                inPlace: argv.inPlace,
                backup: argv.backup,
                ...(argv.copyTo !== undefined && { copyTo: undash(argv.copyTo) }),
                dryRun: argv.dryRun,
                diff: argv.diff,
                force: argv.force,
                allowOpenWriters: argv.allowOpenWriters,
                strategy: argv.strategy,
                ...(argv.placeholderText !== undefined && { placeholderText: argv.placeholderText }),
                minAge: argv.minAge === undefined ? 10 : nonNegativeInteger('min-age', argv.minAge),
            };
            return (await import('./run-fix.js')).runFixCommand(args);
        }));
    if (wants('restore [files..]'))
        parser = parser.command(as('restore [files..]'), 'Put the newest backup (<file>.bak…) of each file back, atomically; --list shows the backups', (argv) => argv
            .positional('files', { type: 'string', array: true, default: [], describe: 'Files repaired with fix --in-place' })
            .option('list', { alias: 'l', type: 'boolean', default: false, describe: 'List the backups of each file; restore nothing' })
            .option('force', { type: 'boolean', default: false, describe: 'Restore a file even if it was modified moments ago' })
            .option('min-age', { type: 'string', describe: 'Seconds since the last modification before a file is taken as finished (default 10)' })
            .example('$0 restore rollout.jsonl', 'Undo fix --in-place')
            .example('$0 restore --list rollout.jsonl', 'Show the backups'), (argv) => run(async () => (await import('./run-restore.js')).runRestoreCommand({
            files: undash([...argv.files, ...(argv['--'] ?? []).map(String)]),
            list: argv.list,
            force: argv.force,
            minAge: argv.minAge === undefined ? 10 : nonNegativeInteger('min-age', argv.minAge),
        })));
    if (wants('rules'))
        parser = parser.command(as('rules'), 'List the rules', (argv) => argv.option('format', { alias: 'f', choices: ['table', 'json'], default: 'table' }), (argv) => run(async () => (await writeReport((await import('./run-rules.js')).rulesText(argv.format), undefined), 0)));
    if (wants('explain <rule>'))
        parser = parser.command(as('explain <rule>'), 'Explain one rule', (argv) => argv.positional('rule', { type: 'string', demandOption: true, describe: 'Rule name or code' }), (argv) => run(async () => (await writeReport((await import('./run-rules.js')).explainText(argv.rule), undefined), 0)));
    return direct === undefined ? parser.demandCommand(1, 'Name a command: check, fix, restore, rules or explain.').recommendCommands() : parser;
}
const args = given.map((arg) => (arg === '-' ? DASH : arg));
const direct = directCommand(args);
/** Parses and runs the command. Not a top-level await: the CLI runs as a CommonJS bundle (src/cli/launch.ts). */
async function main() {
    await withCommands(direct === undefined
        ? yargs(args).scriptName('session-doctor').usage('$0 <command> [options]\n\nLint and losslessly repair AI agent session files (Codex CLI rollouts).')
        : yargs(args.slice(1)).scriptName(`session-doctor ${direct}`), direct)
        .parserConfiguration({ 'populate--': true })
        .strict()
        .version(VERSION)
        .alias('h', 'help')
        .alias('v', 'version')
        .wrap(Math.min(100, process.stdout.columns || 100))
        .fail((message, error) => {
        // yargs reports its own parse errors (`--reporter` without a value) as a YError: a usage error too.
        if (error && error.name !== 'YError')
            throw error;
        // A mistake found before parsing (a --no- form, a bad --color=WHEN) was reported already: one line.
        if (usageFailed && usageMessages.length === 0)
            return;
        usageFailed = true;
        usageMessages.push(message ?? error?.message ?? 'invalid arguments');
        process.exitCode = 2;
    })
        .parseAsync();
    // yargs may fail twice for one mistake (a mistyped command: "Did you mean check?", then "Unknown argument"): one line.
    if (usageMessages.length > 0) {
        const unique = [...new Set(usageMessages)];
        const hints = unique.filter((message) => message.startsWith('Did you mean'));
        const others = unique.filter((message) => !hints.includes(message));
        const text = hints.length === 0 ? others.join('; ') : [...others.map((message) => (/[.?]$/.test(message) ? message : `${message}.`)), ...hints].join(' ');
        process.stderr.write(`session-doctor: ${text}\nRun \`session-doctor --help\` for usage.\n`);
    }
}
void main();
