import type { ChalkInstance } from 'chalk';
import type { FormatName } from '../formats/format.js';
import { REPORTERS, type ReportFormat } from '../reporting/index.js';
import { isUnreadable, summarize, type FileResult } from '../reporting/results.js';
import { InputError } from '../reading/input-error.js';
import { VERSION } from '../version.js';
import { makeChalk } from './colour.js';
import { exitCode } from './exit-code.js';
import { codexSessionStore, readPathList } from './inputs.js';
import { writeReport } from './report-output.js';
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
}

/** The paths to work on: those given, those listed by --files-from, or else the Codex session store. */
export async function pathsToCheck(args: CommonArgs): Promise<string[]> {
  const paths = [...args.paths];
  if (args.filesFrom !== undefined) {
    const source = args.filesFrom === '-' ? process.stdin : createReadStream(args.filesFrom);
    try {
      paths.push(...(await readPathList(source)));
    } catch (error) {
      throw new InputError(args.filesFrom, `cannot read the path list: ${(error as Error).message}`);
    }
    return paths;
  }
  if (paths.length > 0) return paths;
  const store = codexSessionStore(process.env);
  if (!existsSync(store)) throw new InputError(store, 'no paths given, and there is no Codex session store here');
  process.stderr.write(`session-doctor: no paths given; checking the Codex session store ${store}\n`);
  return [store];
}

export function displayName(args: CommonArgs, path: string): string {
  return path === '-' && args.stdinFilename ? args.stdinFilename : path;
}

export const checkOptionsOf = (args: CommonArgs) => ({
  ...(args.select && { select: args.select }),
  ...(args.ignore && { ignore: args.ignore }),
  ...(args.inputFormat !== 'auto' && { format: args.inputFormat }),
});

/** Renders and writes the report, and returns the exit code. */
export async function finish(
  command: 'check' | 'fix',
  args: CommonArgs,
  results: FileResult[],
  reportStream: NodeJS.WriteStream = process.stdout,
): Promise<number> {
  const fullSummary = summarize(results);
  const shown = args.quiet
    ? results.map((result) => (isUnreadable(result) ? result : { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const chalk: ChalkInstance = makeChalk({ flag: args.color, env: process.env, isTTY: args.outputFile === undefined && reportStream.isTTY === true });
  const text = REPORTERS[args.format](shown, { command, summary: summarize(shown), chalk, toolVersion: VERSION });
  if (reportStream === process.stderr && args.outputFile === undefined) process.stderr.write(text);
  else await writeReport(text, args.outputFile);
  if (results.length === 0) process.stderr.write('session-doctor: no session files (*.jsonl, *.ndjson) found\n');
  return exitCode(fullSummary, args.maxWarnings);
}
