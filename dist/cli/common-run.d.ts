import type { Severity } from '../checking/diagnostic.js';
import { type IgnoreMatcher } from '../config/ignores.js';
import type { FormatName } from '../formats/format.js';
import { type ReportFormat } from '../reporting/index.js';
import { type FileResult } from '../reporting/results.js';
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
export declare function parseReporter(spec: string): ReporterTarget;
/**
 * Reads the config file (unless --no-config) and settles the reports: flags win over the config file.
 * With --reporter, the reports are exactly those listed (plus --format/--output-file when --format is given).
 */
export declare function withConfig(args: CommonArgs, flags: ReportAndConfigFlags): Promise<CommonArgs>;
/** The paths to work on: those given, those listed by --files-from, or else the session stores of Codex and Claude Code. */
export declare function pathsToCheck(args: CommonArgs): Promise<string[]>;
export declare function displayName(args: CommonArgs, path: string): string;
export declare const checkOptionsOf: (args: CommonArgs) => {
    format?: "codex" | "codex-legacy" | "responses" | "claude-code" | undefined;
    severities?: Readonly<Record<string, Severity | "off">> | undefined;
    ignore?: readonly string[] | undefined;
    select?: readonly string[] | undefined;
};
/** The reports to write: --reporter's, or the one of --format and --output-file. */
export declare function reportTargets(args: CommonArgs): readonly ReporterTarget[];
/**
 * A report is never written over a session file: `-o` names the report in check and fix alike, and a
 * session-like name there is most likely meant for the repaired copy (--copy-to).
 */
export declare function refuseSessionReportFiles(args: CommonArgs): void;
/** Renders and writes the report, and returns the exit code. */
export declare function finish(command: 'check' | 'fix', args: CommonArgs, results: FileResult[], reportStream?: NodeJS.WriteStream): Promise<number>;
