/**
 * Runs the built session-doctor CLI (`node dist/bin/session-doctor.js …`) and checks the shape of its
 * `check --format json` report against the contract the e2e suite relies on.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './codex-install.js';

/** The built CLI; SESSION_DOCTOR_E2E_CLI may point the suite at another build of it. */
export const CLI_PATH = process.env['SESSION_DOCTOR_E2E_CLI'] ?? path.join(REPO_ROOT, 'dist', 'bin', 'session-doctor.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  timeoutMs?: number;
  /** Extra environment (e.g. HOME of a client sandbox, so live-session checks look there). */
  env?: Record<string, string>;
}

export function runCli(args: string[], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 30_000,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? `\n${String(r.error)}` : ''}` };
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  rule: string;
  code: string;
  severity: Severity;
  line: number;
  message: string;
  callId?: string;
  fixable: boolean;
  applicability?: 'safe' | 'unsafe';
}

export interface FileReport {
  path: string;
  format: string | null;
  records: number;
  diagnostics: Diagnostic[];
}

export interface CheckReport {
  version: 1;
  files: FileReport[];
  summary: Record<string, unknown>;
}

function fail(msg: string, raw: string): never {
  throw new Error(`session-doctor check --format json: ${msg}\n--- stdout ---\n${raw.slice(0, 4000)}`);
}

/** Parses and validates the JSON report (throws with the raw output on any contract breach). */
export function parseCheckReport(stdout: string): CheckReport {
  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch (e) {
    fail(`stdout is not one JSON document (${String(e)})`, stdout);
  }
  if (!doc || typeof doc !== 'object') fail('not an object', stdout);
  const d = doc as Record<string, unknown>;
  if (d['version'] !== 1) fail(`version is ${JSON.stringify(d['version'])}, expected 1`, stdout);
  if (!Array.isArray(d['files'])) fail('files is not an array', stdout);
  if (!d['summary'] || typeof d['summary'] !== 'object') fail('summary is not an object', stdout);
  for (const f of d['files'] as unknown[]) {
    const fr = f as Record<string, unknown>;
    if (typeof fr['path'] !== 'string') fail('files[].path is not a string', stdout);
    // null: a file of no format (one without a record).
    if (typeof fr['format'] !== 'string' && fr['format'] !== null) fail('files[].format is not a string or null', stdout);
    if (typeof fr['records'] !== 'number') fail('files[].records is not a number', stdout);
    if (!Array.isArray(fr['diagnostics'])) fail('files[].diagnostics is not an array', stdout);
    for (const g of fr['diagnostics'] as unknown[]) {
      const dg = g as Record<string, unknown>;
      for (const [k, t] of [
        ['rule', 'string'],
        ['code', 'string'],
        ['severity', 'string'],
        ['line', 'number'],
        ['message', 'string'],
        ['fixable', 'boolean'],
      ] as const) {
        if (typeof dg[k] !== t) fail(`diagnostic field ${k} is not a ${t}: ${JSON.stringify(dg)}`, stdout);
      }
      if (!['error', 'warning', 'info'].includes(dg['severity'] as string)) fail(`unknown severity ${String(dg['severity'])}`, stdout);
      if (dg['callId'] !== undefined && typeof dg['callId'] !== 'string') fail('callId is not a string', stdout);
    }
  }
  return doc as CheckReport;
}

export interface CheckOutcome {
  result: CliResult;
  report: CheckReport;
  file: FileReport;
}

/** `check --format json <file>` for one file. */
export function check(file: string, opts: CliOptions = {}): CheckOutcome {
  const result = runCli(['check', '--format', 'json', file], opts);
  if (result.code === 2) throw new Error(`check exited 2 (usage/IO error)\n${result.stderr}\n${result.stdout}`);
  const report = parseCheckReport(result.stdout);
  if (report.files.length !== 1) throw new Error(`expected one file in the report, got ${report.files.length}`);
  return { result, report, file: report.files[0] as FileReport };
}

/** `fix --in-place --force <file>` (keeps `<file>.bak`). */
export function fixInPlace(file: string, opts: CliOptions & { args?: string[] } = {}): CliResult {
  // The e2e suite proves every repair against the real client, the unsafe ones too.
  return runCli(['fix', '--in-place', '--force', '--unsafe-fixes', ...(opts.args ?? []), file], opts);
}

/** `fix <file>` (writes `<file>.fixed`, leaves the original). */
export function fixToCopy(file: string): CliResult {
  return runCli(['fix', '--unsafe-fixes', file]);
}

/** Compact, order-independent view of diagnostics for exact comparisons. */
export function ruleLines(diags: Diagnostic[]): Array<{ rule: string; line: number; callId?: string }> {
  return diags
    .map((d) => (d.callId !== undefined ? { rule: d.rule, line: d.line, callId: d.callId } : { rule: d.rule, line: d.line }))
    .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
