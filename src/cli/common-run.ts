import type { ChalkInstance } from 'chalk';
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Severity } from '../checking/diagnostic.js';
import { mergeSeverities } from '../config/apply.js';
import { ignoreMatcher, type IgnoreMatcher } from '../config/ignores.js';
import { loadConfig } from '../config/load-config.js';
import type { FormatName } from '../formats/format.js';
import { findSessionFiles } from '../reading/find-session-files.js';
import { githubStepSummary } from '../reporting/github.js';
import { REPORT_CHUNKS, REPORT_FORMATS, type ReportFormat } from '../reporting/index.js';
import { isUnreadable, summarize, type FileResult } from '../reporting/results.js';
import { InputError } from '../reading/input-error.js';
import { VERSION } from '../version.js';
import { makeChalk } from './colour.js';
import { exitCode } from './exit-code.js';
import { claudeProjectsStore, codexSessionStore, readPathList } from './inputs.js';
import { writeReport } from './report-output.js';
import { UsageError } from './usage-error.js';
import { filtered } from '../checking/diagnostic-list.js';
import { printable } from '../checking/diagnostic.js';
import { existsSync } from 'node:fs';
import { createReadStream } from 'node:fs';

/** Options check and fix share. */
export interface CommonArgs {
  readonly paths: readonly string[];
  readonly format: ReportFormat;
  readonly outputFile?: string;
  readonly select?: readonly string[];
  readonly ignore?: readonly string[];
  readonly quiet: boolean;
  readonly maxWarnings: number;
  readonly color?: boolean;
  readonly inputFormat: 'auto' | FormatName;
  readonly stdinFilename?: string;
  readonly filesFrom?: string;
  /** --null (-0): the --files-from list is NUL-separated. */
  readonly nullSeparated?: boolean;
  /** --statistics: per-rule counts instead of every problem. */
  readonly statistics?: boolean;
  /** Where reports go (--reporter FORMAT[:FILE]); when set, it replaces `format` and `outputFile`. */
  readonly reporters?: readonly ReporterTarget[];
  /** Rule severities from the config file. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Session files the config file's `ignores` leave out. */
  readonly ignored?: IgnoreMatcher;
  /** --progress / --no-progress; undefined: a progress line on a terminal when the run is long. */
  readonly progress?: boolean;
}

/** One report: a format, written to a file or (no file) to stdout. */
export interface ReporterTarget {
  readonly format: ReportFormat;
  readonly file?: string;
}

/** What the command line says about reports and the config file, before the config file is read. */
export interface ReportAndConfigFlags {
  /** --format, when given. */
  readonly format?: ReportFormat;
  /** --reporter values, in order. */
  readonly reporters: readonly string[];
  /** --config PATH; false for --no-config. */
  readonly config?: string | false;
}

/** `sarif:out/results.sarif` → { format: 'sarif', file: 'out/results.sarif' }. */
export function parseReporter(spec: string): ReporterTarget {
  const colon = spec.indexOf(':');
  const format = colon === -1 ? spec : spec.slice(0, colon);
  const file = colon === -1 ? undefined : spec.slice(colon + 1);
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--reporter ${spec}: unknown format "${format}" (choose from ${REPORT_FORMATS.join(', ')})`);
  }
  if (file === '') throw new UsageError(`--reporter ${spec}: no file after the colon (write ${format} for stdout)`);
  return { format: format as ReportFormat, ...(file !== undefined && file !== '-' && { file }) };
}

/**
 * Reads the config file (unless --no-config) and settles the reports: flags win over the config file.
 * With --reporter, the reports are exactly those listed (plus --format/--output-file when --format is given).
 */
export async function withConfig(args: CommonArgs, flags: ReportAndConfigFlags): Promise<CommonArgs> {
  const cwd = process.cwd();
  const loaded = flags.config === false ? undefined : await loadConfig({ cwd, ...(flags.config !== undefined && { file: flags.config }) });
  const config = loaded?.config ?? {};
  const severities = mergeSeverities(config.rules, args.select);
  const format = flags.format ?? config.format ?? 'stylish';
  let reporters: ReporterTarget[] | undefined;
  if (flags.reporters.length > 0) {
    if (flags.format === undefined && args.outputFile !== undefined) {
      throw new UsageError('--output-file goes with --format; with --reporter, write FORMAT:FILE');
    }
    reporters = [...(flags.format !== undefined ? [{ format, ...(args.outputFile !== undefined && { file: args.outputFile }) }] : []), ...flags.reporters.map(parseReporter)];
    if (reporters.filter((target) => target.file === undefined).length > 1) {
      throw new UsageError('only one report can go to stdout: give the others a file (--reporter FORMAT:FILE)');
    }
    const files = reporters.flatMap((target) => (target.file === undefined ? [] : [resolve(cwd, target.file)]));
    const twice = files.find((file, index) => files.indexOf(file) !== index);
    if (twice !== undefined) throw new UsageError(`two reports would be written to ${twice}`);
  }
  return {
    ...args,
    format,
    ...(reporters && { reporters }),
    ...(severities && { severities }),
    ...(loaded && config.ignores && config.ignores.length > 0 && { ignored: ignoreMatcher(config.ignores, loaded.folder, cwd) }),
  };
}

/** The paths to work on: those given, those listed by --files-from, or else the session stores of Codex and Claude Code. */
export async function pathsToCheck(args: CommonArgs): Promise<string[]> {
  const paths = [...args.paths];
  if (args.filesFrom !== undefined) {
    const source = args.filesFrom === '-' ? process.stdin : createReadStream(args.filesFrom);
    try {
      paths.push(...(await readPathList(source, { nul: args.nullSeparated === true })));
    } catch (error) {
      throw new InputError(args.filesFrom, `cannot read the path list: ${(error as Error).message}`);
    }
    return withoutIgnored(paths, args.ignored);
  }
  if (paths.length > 0) return withoutIgnored(paths, args.ignored);
  const codex = codexSessionStore(process.env);
  const claude = claudeProjectsStore(process.env);
  const stores = [
    { path: codex, name: `the Codex session store ${codex}` },
    { path: claude, name: `the Claude Code store ${claude}` },
  ].filter((store) => existsSync(store.path));
  if (stores.length === 0) throw new InputError(codex, `no paths given, and there is no Codex session store here, nor a Claude Code store at ${claude}`);
  process.stderr.write(`session-doctor: no paths given; checking ${stores.map((store) => store.name).join(' and ')}\n`);
  return withoutIgnored(stores.map((store) => store.path), args.ignored);
}

/**
 * Drops the files the config file ignores, given or found in folders (stdin is never ignored). A file named
 * explicitly that the config ignores is not dropped silently: a warning names it (as ESLint does).
 */
async function withoutIgnored(paths: string[], ignored: IgnoreMatcher | undefined): Promise<string[]> {
  if (!ignored) return paths;
  const kept: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      kept.push(path);
      continue;
    }
    const found = await findSessionFiles([path]);
    for (const input of found) {
      if ('error' in input || !ignored(input.path)) kept.push(input.path);
      else if (found.length === 1 && input.path === path) {
        process.stderr.write(`session-doctor: warning: ${printable(path)}: ignored by the config file's "ignores", not checked (use --no-config to check it)\n`);
      }
    }
  }
  return kept;
}

export function displayName(args: CommonArgs, path: string): string {
  return path === '-' && args.stdinFilename ? args.stdinFilename : path;
}

export const checkOptionsOf = (args: CommonArgs) => ({
  ...(args.select && { select: args.select }),
  ...(args.ignore && { ignore: args.ignore }),
  ...(args.severities && { severities: args.severities }),
  ...(args.inputFormat !== 'auto' && { format: args.inputFormat }),
});

/** The reports to write: --reporter's, or the one of --format and --output-file. */
export function reportTargets(args: CommonArgs): readonly ReporterTarget[] {
  return args.reporters ?? [{ format: args.format, ...(args.outputFile !== undefined && { file: args.outputFile }) }];
}

const SESSION_NAME = /\.(jsonl|ndjson|jsonl\.zst)$/;

/**
 * A report is never written over a session file: `-o` names the report in check and fix alike, and a
 * session-like name there is most likely meant for the repaired copy (--copy-to).
 */
export function refuseSessionReportFiles(args: CommonArgs): void {
  for (const { file } of reportTargets(args)) {
    if (file !== undefined && SESSION_NAME.test(file)) {
      throw new UsageError(`${file}: the report file looks like a session file; -o/--output-file names the report (to write the repaired session there: fix --copy-to ${file})`);
    }
  }
}

/** Renders and writes the report, and returns the exit code. */
export async function finish(
  command: 'check' | 'fix',
  args: CommonArgs,
  results: FileResult[],
  reportStream: NodeJS.WriteStream = process.stdout,
): Promise<number> {
  const fullSummary = summarize(results);
  const shown = args.quiet
    ? results.map((result) => (isUnreadable(result) ? result : { ...result, diagnostics: filtered(result.diagnostics, (d) => d.severity === 'error') }))
    : results;
  const summary = args.quiet ? summarize(shown) : fullSummary;
  const targets = reportTargets(args);
  const failures: unknown[] = [];
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  // Unreadable paths go to stderr (the report has them too), unless the report itself goes there.
  if (!(reportStream === process.stderr && targets.some((target) => target.file === undefined))) {
    for (const result of results) if (isUnreadable(result)) process.stderr.write(`session-doctor: ${printable(result.path)}: ${printable(result.error)}\n`);
  }
  for (const target of targets) {
    const chalk: ChalkInstance = makeChalk({ flag: args.color, env: process.env, isTTY: target.file === undefined && reportStream.isTTY === true });
    const workspace = target.format === 'github' ? process.env.GITHUB_WORKSPACE || undefined : undefined;
    const context = {
      command,
      summary,
      chalk,
      toolVersion: VERSION,
      cwd: process.cwd(),
      ...(workspace && { root: workspace }),
      ...(args.statistics && { statistics: true }),
      ...(stepSummary && { jobSummary: true }),
    };
    const pieces = REPORT_CHUNKS[target.format](shown, context);
    try {
      await writeReport(pieces, target.file, reportStream);
    } catch (error) {
      failures.push(error);
    }
  }
  // GitHub annotates only the first few problems of a step: the job summary lists them all.
  if (stepSummary && targets.some((target) => target.format === 'github')) {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const markdown = githubStepSummary(shown, { command, summary, chalk: makeChalk({ flag: false, env: {}, isTTY: false }), toolVersion: VERSION, cwd: process.cwd(), root });
    await appendFile(stepSummary, markdown).catch((error: Error) => process.stderr.write(`session-doctor: cannot write the job summary ${stepSummary}: ${error.message}\n`));
  }
  if (failures.length > 0) throw failures[0];
  if (results.length === 0) process.stderr.write('session-doctor: no session files (*.jsonl, *.ndjson) found\n');
  return exitCode(fullSummary, args.maxWarnings);
}
