/**
 * session-doctor's library API: check and repair agent session files from other tools.
 *
 *   import { check, fix, rules } from 'session-doctor';
 *   const run = await check('~/.codex/sessions');              // files and folders
 *   const report = await check({ content: text });            // a string, Buffer or stream
 *   const { content } = await fix({ content: text });          // the repaired bytes
 *
 * The CLI is built on the same functions (checkFile, runCheck and fixFile).
 */
import { Chalk } from 'chalk';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { asReport, checkFile, runCheck, type CheckOptions, type FileReport } from './checking/check-source.js';
import { RULES } from './checking/rules/index.js';
import { selectRules } from './checking/select-rules.js';
import { InputError } from './reading/input-error.js';
import { findSessionFiles } from './reading/find-session-files.js';
import { fixFile, type FixOptions, type FixReport } from './repairing/fix-file.js';
import { FIX_IN_FLIGHT, inFlight, sizeOnDisk } from './repairing/in-flight.js';
import { REPORTERS, REPORT_FORMATS, type ReportFormat } from './reporting/index.js';
import { JSON_REPORT_VERSION } from './reporting/json.js';
import { isUnreadable, summarize, type FileResult, type RunSummary } from './reporting/results.js';
import { VERSION } from './version.js';
import { validateOptions } from './library-options.js';

export type { CheckOptions, FileReport } from './checking/check-source.js';
export type { Diagnostic, Severity } from './checking/diagnostic.js';
export type { RuleSelection } from './checking/select-rules.js';
export { UnknownRuleError } from './checking/select-rules.js';
export type { FormatName } from './formats/format.js';
export { InputError } from './reading/input-error.js';
export type { FixOptions, FixReport, RepairDone } from './repairing/fix-file.js';
export { FixRefusedError } from './repairing/fix-file.js';
export type { FileResult, RunSummary, UnreadableFile } from './reporting/results.js';
export type { ReportFormat } from './reporting/index.js';
export { loadConfig, type LoadConfigOptions } from './config/load-config.js';
export { ConfigError } from './config/errors.js';
export type { LoadedConfig, SessionDoctorConfig } from './config/types.js';
export { JSON_REPORT_VERSION, REPORT_FORMATS, VERSION };

/** Session content to check or fix, instead of a file path. */
export interface ContentSource {
  /** The file's bytes: a string, a Buffer or Uint8Array, or a stream (a Node.js Readable, a web ReadableStream, any async iterable). */
  readonly content: string | Uint8Array | AsyncIterable<Uint8Array | string>;
  /** The name to report (and to check the file name against). Default `-`. */
  readonly path?: string;
}

/** Files and folders to check; folders are searched for *.jsonl and *.ndjson files, as by the CLI. */
export type PathSource = string | readonly string[];

/** The outcome of checking or fixing files. */
export interface RunResult<T extends FileReport = FileReport> {
  /** No error-level problem and no unreadable file (warnings allowed): the CLI's exit code 0. */
  readonly ok: boolean;
  /** One entry per file, in the order found; a file that could not be read has `error` instead of diagnostics. */
  readonly files: readonly (T | { readonly path: string; readonly error: string })[];
  readonly summary: RunSummary;
}

export interface RunOptions {
  /** Called as work on each file starts (for a progress display). */
  readonly onFile?: (path: string, index: number, total: number) => void;
}

/** A rule, as `session-doctor rules --format json` lists it. */
export interface RuleInfo {
  readonly name: string;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly fixable: boolean;
  readonly summary: string;
  readonly explanation: string;
}

/** Every rule, in code order. */
export const rules: readonly RuleInfo[] = Object.freeze(
  RULES.map(({ name, code, severity, fixable, summary, explanation }) => Object.freeze({ name, code, severity, fixable, summary, explanation })),
);

const isContentSource = (source: unknown): source is ContentSource =>
  typeof source === 'object' && source !== null && !Array.isArray(source) && 'content' in source;

/**
 * Checks session files. Given paths (files or folders), returns a RunResult; given `{ content }`,
 * checks that content as one file and returns its FileReport. Throws UnknownRuleError for a rule name
 * that matches no rule; a file that cannot be read is reported in the result, not thrown.
 */
export function check(source: ContentSource, options?: CheckOptions): Promise<FileReport>;
export function check(paths: PathSource, options?: CheckOptions & RunOptions): Promise<RunResult>;
export async function check(source: PathSource | ContentSource, options: CheckOptions & RunOptions = {}): Promise<FileReport | RunResult> {
  validateOptions('check', options, { content: isContentSource(source) });
  const { onFile, ...checkOptions } = options;
  selectRules(checkOptions);
  if (isContentSource(source)) return asReport((await runCheck(source.path ?? '-', chunksOf(source.content), checkOptions)).report);
  return runOnFiles(source, (path) => checkFile(path, checkOptions), onFile, checkOptions.signal);
}

/** The repaired content and what was repaired. */
export interface FixContentResult {
  /** What was repaired, and the problems that remain. */
  readonly report: FixReport;
  /** The repaired file's bytes (the input's bytes when nothing needed repairing). */
  readonly content: Buffer;
}

/** Options of `fix` for content: where to write is not a question. */
export type FixContentOptions = Omit<FixOptions, 'inPlace' | 'backup' | 'output' | 'dryRun' | 'force' | 'allowOpenWriters' | 'minAgeSeconds' | 'displayPath'>;

/**
 * Repairs session files. Given paths, repairs each file as the CLI does: into `<file>.fixed` by default,
 * in place with `inPlace: true` (atomically, keeping `<file>.bak` unless `backup: false`), or nowhere
 * with `dryRun: true`; returns a RunResult whose reports list the repairs and what remains. Given
 * `{ content }`, returns the repaired bytes and the report, and writes nothing.
 */
export function fix(source: ContentSource, options?: FixContentOptions): Promise<FixContentResult>;
export function fix(paths: PathSource, options?: FixOptions & RunOptions): Promise<RunResult<FixReport>>;
export async function fix(
  source: PathSource | ContentSource,
  options: FixOptions & RunOptions = {},
): Promise<FixContentResult | RunResult<FixReport>> {
  validateOptions('fix', options, { content: isContentSource(source) });
  const { onFile, ...fixOptions } = options;
  selectRules(fixOptions);
  if (isContentSource(source)) return fixContent(source, fixOptions);
  // Several files at once (src/repairing/in-flight.ts), unless each hunk of a diff goes to onDiff as it is made.
  const limits = fixOptions.onDiff ? { files: 1, bytes: 0 } : FIX_IN_FLIGHT;
  return runOnFiles(source, (path) => fixFile(path, fixOptions), onFile, fixOptions.signal, limits, (count) => {
    if (fixOptions.output !== undefined && count > 1) throw new TypeError('fix: `output` names one destination, but more than one file was given');
  });
}

async function fixContent(source: ContentSource, options: FixOptions): Promise<FixContentResult> {
  const folder = await mkdtemp(join(tmpdir(), 'session-doctor-'));
  try {
    // fix reads its input twice (plan, then apply): a stream is spooled to a private temp file first.
    const copy = join(folder, 'input.jsonl');
    await writeFile(copy, source.content, { mode: 0o600 });
    const parts: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk);
        done();
      },
    });
    const { written: _written, ...report } = await fixFile(copy, {
      ...options,
      inPlace: false,
      dryRun: false,
      displayPath: source.path ?? '-',
      output: sink,
    });
    return { report, content: Buffer.concat(parts) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function runOnFiles<T extends FileReport>(
  paths: PathSource,
  work: (path: string) => Promise<T>,
  onFile: RunOptions['onFile'],
  signal: AbortSignal | undefined,
  limits: { readonly files: number; readonly bytes: number } = { files: 1, bytes: 0 },
  beforeStart?: (count: number) => void,
): Promise<RunResult<T>> {
  signal?.throwIfAborted();
  const inputs = await findSessionFiles(typeof paths === 'string' ? [paths] : paths);
  beforeStart?.(inputs.length);
  const files: (T | { path: string; error: string })[] = [];
  const sizeOf = (index: number) => (limits.files > 1 ? sizeOnDisk(inputs[index]!.path) : 0);
  await inFlight(inputs.length, sizeOf, async (index) => {
    const input = inputs[index]!;
    signal?.throwIfAborted();
    onFile?.(input.path, index, inputs.length);
    if ('error' in input) {
      files[index] = { path: input.path, error: input.error.message };
      return;
    }
    try {
      files[index] = await work(input.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      files[index] = { path: input.path, error: error.message };
    }
  }, limits);
  const summary = summarize(files);
  return { ok: summary.errors === 0 && summary.unreadable === 0, files, summary };
}

async function* chunksOf(content: ContentSource['content']): AsyncIterable<Buffer | string> {
  if (typeof content === 'string') yield Buffer.from(content);
  else if (content instanceof Uint8Array) yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  else for await (const chunk of content) yield typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export interface FormatReportOptions {
  /** Which run this is; default `check`. */
  readonly command?: 'check' | 'fix';
  /** Colour for the people's formats (stylish, compact); default false. Machine formats never have colour. */
  readonly color?: boolean;
  /** The working folder relative paths are relative to (SARIF, GitHub and JUnit show paths relative to it). */
  readonly cwd?: string;
  /** Show paths relative to this folder instead of cwd (GitHub: the workspace). */
  readonly root?: string;
}

/** Renders a run in one of the CLI's formats: stylish, json, compact, sarif, github or junit. */
export function formatReport(run: Pick<RunResult, 'files'>, format: ReportFormat, options: FormatReportOptions = {}): string {
  const reporter = REPORTERS[format];
  if (!reporter) throw new TypeError(`unknown format "${String(format)}" (choose from ${REPORT_FORMATS.join(', ')})`);
  const files = run.files as readonly FileResult[];
  return reporter(files, {
    command: options.command ?? 'check',
    summary: summarize(files),
    chalk: new Chalk({ level: options.color ? 1 : 0 }),
    toolVersion: VERSION,
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    ...(options.root !== undefined && { root: options.root }),
  });
}

export { isUnreadable };
