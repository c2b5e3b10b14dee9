/** Shared assertions about rollout files written by the Codex under test and requests it sends. */
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CodexRun } from './env.js';
import { CODEX_VERSION } from './codex-install.js';
import { inspectPairing, type Item, type PairingReport } from './pairing.js';
import { parseRollout, type RolloutText } from './rollout-file.js';

/** Payloads of the parsable `response_item` lines, in file order. */
export function fileItems(r: RolloutText): Item[] {
  return r.lines
    .filter((l) => l.rec?.['type'] === 'response_item' && l.rec['payload'] && typeof l.rec['payload'] === 'object')
    .map((l) => l.rec?.['payload'] as Item);
}

export function filePairing(file: string): PairingReport {
  return inspectPairing(fileItems(parseRollout(readFileSync(file, 'utf8'))));
}

const CANONICAL = /^rollout-(\d{4})-(\d{2})-(\d{2})T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/;

/**
 * What every rollout written by Codex (0.169.0 and 0.171.0 alike) looks like: canonical name under sessions/YYYY/MM/DD,
 * UTF-8 without BOM, one JSON object per line ending in '\n', session_meta first with
 * history_mode "paginated", and ordinals 0,1,2,… on every line.
 */
export function expectWellFormedPaginated(file: string, opts: { paired?: boolean } = {}): RolloutText {
  const text = readFileSync(file, 'utf8');
  const name = path.basename(file);
  const m = CANONICAL.exec(name);
  expect(m, `canonical rollout file name: ${name}`).not.toBeNull();
  const dirs = path.dirname(file).split(path.sep).slice(-4);
  expect(dirs[0]).toBe('sessions');
  expect(dirs.slice(1)).toEqual([m?.[1], m?.[2], m?.[3]]);
  expect(text.startsWith('\uFEFF')).toBe(false);
  expect(text.endsWith('\n')).toBe(true);
  const r = parseRollout(text);
  expect(r.lines.filter((l) => !l.rec).map((l) => l.line), 'unparsable lines').toEqual([]);
  const first = r.lines[0]?.rec;
  expect(first?.['type']).toBe('session_meta');
  const meta = first?.['payload'] as Record<string, unknown>;
  expect(meta['history_mode']).toBe('paginated');
  expect(meta['cli_version']).toBe(CODEX_VERSION);
  expect(meta['id']).toBe(m?.[4]);
  expect(r.lines.map((l) => l.rec?.['ordinal'])).toEqual(r.lines.map((_, i) => i));
  for (const l of r.lines) expect(l.rec?.['timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  if (opts.paired ?? true) {
    const p = inspectPairing(fileItems(r));
    expect(p.callsWithoutOutput, 'calls without output in the file').toEqual([]);
    expect(p.outputsWithoutCall, 'orphan outputs in the file').toEqual([]);
    expect(p.duplicateOutputs, 'duplicate outputs in the file').toEqual([]);
  }
  return r;
}

function fmt(run: CodexRun): string {
  return [
    `exit ${run.run.code} signal ${run.run.signal}`,
    ...run.fatal,
    ...run.errors.map((e) => `ERROR ${e.target}: ${e.message}`),
    ...run.missingOutputLogs.map((e) => `${e.level} ${e.message}`),
  ].join('\n');
}

/**
 * A resume that went well for the model: Codex exited 0, its first request is fully paired,
 * nothing was synthesized or dropped (no "output is missing" / "Orphan" logs, no placeholder
 * shaped like Codex's), and Codex logged no ERROR at all.
 */
export function expectCleanResume(run: CodexRun, opts: { allowPlaceholders?: boolean } = {}): void {
  expect(run.run.code, fmt(run)).toBe(0);
  expect(run.requests.length, 'resume sent a request').toBeGreaterThan(0);
  expect(run.pairing.callsWithoutOutput, 'calls without output in the request').toEqual([]);
  expect(run.pairing.outputsWithoutCall, 'orphan outputs in the request').toEqual([]);
  expect(run.pairing.duplicateOutputs, 'duplicate outputs in the request').toEqual([]);
  expect(run.missingOutputLogs.map((l) => l.message), 'Codex synthesized outputs').toEqual([]);
  expect(run.orphanLogs.map((l) => l.message), 'Codex dropped orphan outputs').toEqual([]);
  expect(run.errors.map((l) => `${l.target}: ${l.message}`), 'ERROR log lines').toEqual([]);
  if (!opts.allowPlaceholders) expect(run.pairing.synthesized, 'placeholder outputs in the request').toEqual([]);
}
