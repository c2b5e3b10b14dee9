import { type CheckOptions, type FileReport } from './checking/check-source.js';
import { type FixOptions, type FixReport } from './repairing/fix-file.js';
import { REPORT_FORMATS, type ReportFormat } from './reporting/index.js';
import { JSON_REPORT_VERSION } from './reporting/json.js';
import { isUnreadable, type RunSummary } from './reporting/results.js';
import { VERSION } from './version.js';
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
    readonly files: readonly (T | {
        readonly path: string;
        readonly error: string;
    })[];
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
export declare const rules: readonly RuleInfo[];
/**
 * Checks session files. Given paths (files or folders), returns a RunResult; given `{ content }`,
 * checks that content as one file and returns its FileReport. Throws UnknownRuleError for a rule name
 * that matches no rule; a file that cannot be read is reported in the result, not thrown.
 */
export declare function check(source: ContentSource, options?: CheckOptions): Promise<FileReport>;
export declare function check(paths: PathSource, options?: CheckOptions & RunOptions): Promise<RunResult>;
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
export declare function fix(source: ContentSource, options?: FixContentOptions): Promise<FixContentResult>;
export declare function fix(paths: PathSource, options?: FixOptions & RunOptions): Promise<RunResult<FixReport>>;
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
export declare function formatReport(run: Pick<RunResult, 'files'>, format: ReportFormat, options?: FormatReportOptions): string;
export { isUnreadable };
