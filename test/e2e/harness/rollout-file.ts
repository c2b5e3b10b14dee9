/**
 * Line-level view of a rollout file, and the damage the e2e tests inflict on real recordings.
 * Line numbers are 1-based, like the diagnostics of `session-doctor check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { syntheticOutputId, outputKindFor, outputPrefixFor, type CallKind } from './pairing.js';

export type Rec = Record<string, unknown> & { payload?: Record<string, unknown> };

export interface RolloutLine {
  /** 1-based line number. */
  line: number;
  text: string;
  rec: Rec | undefined;
}

export interface RolloutText {
  lines: RolloutLine[];
  /** Whether the file ends with '\n'. */
  trailingNewline: boolean;
  bom: boolean;
}

export function parseRollout(text: string): RolloutText {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const trailingNewline = body.endsWith('\n');
  const raw = body.split('\n');
  if (trailingNewline) raw.pop();
  const lines = raw.map((t, i) => {
    let rec: Rec | undefined;
    try {
      const v: unknown = JSON.parse(t);
      rec = v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
    } catch {
      rec = undefined;
    }
    return { line: i + 1, text: t, rec };
  });
  return { lines, trailingNewline, bom };
}

export function readRollout(file: string): RolloutText {
  return parseRollout(readFileSync(file, 'utf8'));
}

export function serializeRollout(r: RolloutText): string {
  return (r.bom ? '\uFEFF' : '') + r.lines.map((l) => l.text).join('\n') + (r.trailingNewline ? '\n' : '');
}

export function writeLines(file: string, texts: string[], opts: { trailingNewline?: boolean; bom?: boolean } = {}): void {
  writeFileSync(file, (opts.bom ? '\uFEFF' : '') + texts.join('\n') + (opts.trailingNewline ?? true ? '\n' : ''));
}

export function payloadType(l: RolloutLine): string | undefined {
  const p = l.rec?.['payload'] as Record<string, unknown> | undefined;
  return l.rec?.['type'] === 'response_item' && typeof p?.['type'] === 'string' ? (p['type'] as string) : undefined;
}

export function callIdOf(l: RolloutLine): string | undefined {
  const p = l.rec?.['payload'] as Record<string, unknown> | undefined;
  return typeof p?.['call_id'] === 'string' ? (p['call_id'] as string) : undefined;
}

/** First response_item line with this payload type (and call id, when given). */
export function findLine(r: RolloutText, type: string, callId?: string): RolloutLine {
  const l = r.lines.find((x) => payloadType(x) === type && (callId === undefined || callIdOf(x) === callId));
  if (!l) throw new Error(`no ${type} line${callId ? ` for ${callId}` : ''}`);
  return l;
}

export function ordinals(r: RolloutText): Array<number | undefined> {
  return r.lines.map((l) => (typeof l.rec?.['ordinal'] === 'number' ? (l.rec['ordinal'] as number) : undefined));
}

export function maxOrdinal(r: RolloutText): number {
  return Math.max(-1, ...ordinals(r).filter((o): o is number => o !== undefined));
}

/**
 * The line the fix design inserts for an unanswered call: output "aborted" of the matching
 * kind, Codex's deterministic id, the call line's timestamp, and an ordinal only when given.
 */
export function placeholderOutputLine(callLine: RolloutLine, ordinal?: number): string {
  const rec = callLine.rec as Rec;
  const call = rec['payload'] as Record<string, unknown>;
  const kind = outputKindFor(call['type'] as CallKind);
  const callItemId = typeof call['id'] === 'string' ? call['id'] : undefined;
  const payload: Record<string, unknown> = { type: kind };
  if (callItemId) payload['id'] = syntheticOutputId(outputPrefixFor(kind), callItemId);
  payload['call_id'] = call['call_id'];
  if (kind === 'tool_search_output') {
    payload['status'] = 'completed';
    payload['execution'] = 'client';
    payload['tools'] = [];
  } else {
    payload['output'] = 'aborted';
  }
  const out: Record<string, unknown> = { timestamp: rec['timestamp'] };
  if (ordinal !== undefined) out['ordinal'] = ordinal;
  out['type'] = 'response_item';
  out['payload'] = payload;
  return JSON.stringify(out);
}

/** Insert raw line texts after 1-based line `after` (0 = at the top). */
export function insertAfter(r: RolloutText, after: number, ...texts: string[]): RolloutText {
  const kept = r.lines.map((l) => l.text);
  kept.splice(after, 0, ...texts);
  return parseRollout((r.bom ? '\uFEFF' : '') + kept.join('\n') + (r.trailingNewline ? '\n' : ''));
}

export function removeLine(r: RolloutText, line: number): RolloutText {
  const kept = r.lines.filter((l) => l.line !== line).map((l) => l.text);
  return parseRollout((r.bom ? '\uFEFF' : '') + kept.join('\n') + (r.trailingNewline ? '\n' : ''));
}

export function replaceLine(r: RolloutText, line: number, text: string): RolloutText {
  const kept = r.lines.map((l) => (l.line === line ? text : l.text));
  return parseRollout((r.bom ? '\uFEFF' : '') + kept.join('\n') + (r.trailingNewline ? '\n' : ''));
}

/** JSON of a record with `ordinal` removed (key order otherwise kept). */
export function withoutOrdinal(text: string): string {
  const rec = JSON.parse(text) as Record<string, unknown>;
  delete rec['ordinal'];
  return JSON.stringify(rec);
}

export interface LineDiff {
  /** 1-based line numbers of `a` that are not in the common subsequence. */
  removed: number[];
  /** 1-based line numbers of `b` that are not in the common subsequence. */
  added: number[];
}

/** Line diff by longest common subsequence (files here are small). */
export function diffLines(a: string[], b: string[]): LineDiff {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = dp[i] as number[];
      row[j] = a[i] === b[j] ? ((dp[i + 1] as number[])[j + 1] as number) + 1 : Math.max((dp[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (((dp[i + 1] as number[])[j] as number) >= ((dp[i] as number[])[j + 1] as number)) {
      removed.push(++i);
    } else {
      added.push(++j);
    }
  }
  while (i < n) removed.push(++i);
  while (j < m) added.push(++j);
  return { removed, added };
}
