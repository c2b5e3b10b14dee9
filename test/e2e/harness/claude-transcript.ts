/**
 * Line-level view of a Claude Code transcript (1-based lines, like `session-doctor check`), built
 * on the generic JSONL helpers of rollout-file.ts, and the damage the e2e tests inflict on real
 * recordings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as R from './rollout-file.js';

export type Entry = R.RolloutLine;

function contentBlocks(l: Entry): Array<Record<string, unknown>> {
  const c = (l.rec?.['message'] as Record<string, unknown> | undefined)?.['content'];
  return Array.isArray(c) ? (c as Array<Record<string, unknown>>) : [];
}

export function uuidOf(l: Entry): string | undefined {
  const u = l.rec?.['uuid'];
  return typeof u === 'string' ? u : undefined;
}

export function parentOf(l: Entry): string | null | undefined {
  const p = l.rec?.['parentUuid'];
  return typeof p === 'string' || p === null ? p : undefined;
}

/** Ids of the tool_use blocks on this line. */
export function toolUseIds(l: Entry): string[] {
  return l.rec?.['type'] === 'assistant' ? contentBlocks(l).filter((b) => b['type'] === 'tool_use').map((b) => String(b['id'])) : [];
}

/** tool_use_ids answered on this line. */
export function toolResultIds(l: Entry): string[] {
  return l.rec?.['type'] === 'user' ? contentBlocks(l).filter((b) => b['type'] === 'tool_result').map((b) => String(b['tool_use_id'])) : [];
}

export function readTranscript(file: string): R.RolloutText {
  return R.parseRollout(readFileSync(file, 'utf8'));
}

export function toolUseLine(r: R.RolloutText, id: string): Entry {
  const l = r.lines.find((x) => toolUseIds(x).includes(id));
  if (!l) throw new Error(`no tool_use line for ${id}`);
  return l;
}

export function toolResultLine(r: R.RolloutText, id: string): Entry {
  const l = r.lines.find((x) => toolResultIds(x).includes(id));
  if (!l) throw new Error(`no tool_result line for ${id}`);
  return l;
}

export function lineByUuid(r: R.RolloutText, uuid: string): Entry {
  const l = r.lines.find((x) => uuidOf(x) === uuid);
  if (!l) throw new Error(`no line with uuid ${uuid}`);
  return l;
}

/** Every tool_use id of the file, in file order. */
export function allToolUseIds(r: R.RolloutText): string[] {
  return r.lines.flatMap(toolUseIds);
}

export interface FilePairing {
  /** tool_use ids with no result line hanging off their tool_use line. */
  unanswered: string[];
  /** tool_result ids with no tool_use anywhere in the file. */
  orphans: string[];
  /** tool_use ids answered more than once. */
  duplicated: string[];
}

/** Pairing as the transcript records it: a result line's parentUuid is its tool_use line. */
export function filePairing(r: R.RolloutText): FilePairing {
  const useLine = new Map<string, string | undefined>();
  for (const l of r.lines) for (const id of toolUseIds(l)) useLine.set(id, uuidOf(l));
  const answers = new Map<string, number>();
  const orphans: string[] = [];
  for (const l of r.lines) {
    for (const id of toolResultIds(l)) {
      if (!useLine.has(id)) orphans.push(id);
      else if (parentOf(l) === useLine.get(id)) answers.set(id, (answers.get(id) ?? 0) + 1);
    }
  }
  return {
    unanswered: [...useLine.keys()].filter((id) => !answers.has(id)),
    orphans,
    duplicated: [...answers].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

/** The `message.id`s of the assistant lines in file order, consecutive lines of one response counted once. */
export function messageIds(r: R.RolloutText): string[] {
  const ids: string[] = [];
  for (const l of r.lines) {
    if (l.rec?.['type'] !== 'assistant') continue;
    const id = (l.rec['message'] as Record<string, unknown> | undefined)?.['id'];
    if (typeof id === 'string' && ids[ids.length - 1] !== id) ids.push(id);
  }
  return ids;
}

export function save(file: string, r: R.RolloutText): string {
  const text = R.serializeRollout(r);
  writeFileSync(file, text);
  return text;
}

/** A record's JSON with some fields replaced (key order kept, new keys appended). */
export function withFields(text: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), ...fields });
}
