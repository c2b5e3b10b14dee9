import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStream, type CheckOptions } from '../../src/checking/check-source.js';
import { expandRuns } from '../../src/checking/diagnostic.js';
import { fixFile, type FixOptions, type FixReport } from '../../src/repairing/fix-file.js';

export interface Found {
  readonly rule: string;
  readonly line: number;
  readonly severity: string;
  readonly callId?: string;
  readonly fixable: boolean;
}

/** The diagnostics of a session's text, one per line (runs expanded), reduced to what tests compare. */
export async function diagnosticsOf(text: string | Buffer, options: CheckOptions & { path?: string } = {}): Promise<Found[]> {
  const report = await checkStream(Buffer.from(text), options);
  return [...expandRuns(report.diagnostics)].map(({ rule, line, severity, callId, fixable }) => ({ rule, line, severity, ...(callId !== undefined && { callId }), fixable }));
}

/** Fixes a session's text through a real file and returns the bytes written (the original when nothing was). */
export async function fixText(
  text: string | Buffer,
  options: FixOptions = {},
  name = 'session.jsonl',
): Promise<{ output: Buffer; report: FixReport; original: Buffer }> {
  const folder = await mkdtemp(join(tmpdir(), 'sd-test-'));
  try {
    const path = join(folder, name);
    await writeFile(path, text);
    const report = await fixFile(path, options);
    const target = report.written ?? path;
    return { output: await readFile(target), report, original: await readFile(path) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Lines joined as a JSONL file with LF endings. */
export const jsonl = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join('');
