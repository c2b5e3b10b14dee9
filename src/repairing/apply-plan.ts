import { LineSplitter, type RawLine } from '../reading/line-splitter.js';
import type { RepairPlan } from './plan.js';

const LF = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');
const NONE = Buffer.alloc(0);

/** What became of one original line: its bytes as written (or nothing), and the lines inserted after it. */
export interface LineChange {
  readonly line: RawLine;
  /** The line as written, terminator included; undefined when it was dropped. */
  readonly written?: Buffer;
  readonly inserted: readonly Buffer[];
  readonly changed: boolean;
}

export interface ApplyResult {
  /** Lines whose rewrite could not be made (their bytes were kept). */
  readonly failedRewrites: number[];
}

/**
 * The second pass: streams the original again and yields the repaired bytes, one batch per input chunk.
 * Lines no edit names are copied byte for byte.
 */
export async function* applyPlan(
  chunks: AsyncIterable<Buffer>,
  plan: RepairPlan,
  result: { failedRewrites: number[] },
  observe?: (change: LineChange) => void,
): AsyncIterable<Buffer> {
  const splitter = new LineSplitter();
  let batch: Buffer[] = [];
  const visit = (line: RawLine) => {
    const change = changeOf(line, plan, result);
    if (change.written) batch.push(change.written);
    for (const inserted of change.inserted) batch.push(inserted);
    observe?.(change);
  };
  for await (const chunk of chunks) {
    splitter.push(chunk, visit);
    if (batch.length > 0) {
      yield Buffer.concat(batch);
      batch = [];
    }
  }
  splitter.end(visit);
  if (batch.length > 0) yield Buffer.concat(batch);
}

function changeOf(line: RawLine, plan: RepairPlan, result: { failedRewrites: number[] }): LineChange {
  const n = line.number;
  if (n >= plan.truncateFrom) return { line, inserted: [], changed: true };
  const inserted = (plan.insertsAfter.get(n) ?? []).map((text) => Buffer.from(`${text}\n`));
  if (plan.removed.has(n)) return { line, inserted, changed: true };
  let bytes: Buffer | undefined = line.bytes;
  for (const rewrite of plan.rewrites.get(n) ?? []) bytes = bytes && rewrite(bytes);
  if (!bytes) {
    // All or nothing: a line whose rewrite cannot be made keeps its original bytes.
    result.failedRewrites.push(n);
    bytes = line.bytes;
  }
  const terminate = plan.endLines.has(n) || (line.eol === '\r\n' && plan.normalizeLineEndings) || (line.eol === '' && inserted.length > 0);
  const eol = terminate ? LF : line.eol === '\n' ? LF : line.eol === '\r\n' ? CRLF : NONE;
  const changed = bytes !== line.bytes || terminate || inserted.length > 0;
  return { line, written: Buffer.concat([bytes, eol]), inserted, changed };
}
