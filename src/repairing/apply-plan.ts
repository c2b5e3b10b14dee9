import { READ_CHUNK_BYTES } from '../reading/open-input.js';
import { withoutBom } from '../reading/utf8-bom.js';
import { LineSplitter, type RawLine } from '../reading/line-splitter.js';
import type { RepairPlan } from './plan.js';

const LF = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');
const NONE = Buffer.alloc(0);
const NO_LINES: readonly Buffer[] = [];
const NO_REWRITES: readonly ((bytes: Buffer) => Buffer | undefined)[] = [];

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
 * Lines no edit names are copied byte for byte. A batch is built in a reused buffer, like the chunks are
 * read into reused buffers (see readChunks): it is valid only until the next one is asked for, so that
 * memory stays flat however large the file.
 */
export async function* applyPlan(
  chunks: AsyncIterable<Buffer>,
  plan: RepairPlan,
  result: { failedRewrites: number[] },
  observe?: (change: LineChange) => void,
): AsyncIterable<Buffer> {
  const splitter = new LineSplitter();
  const batch = new Batch();
  const visit = (line: RawLine) => {
    const { bytes, eol, inserted, changed } = changeOf(line, plan, result);
    if (bytes) {
      batch.add(bytes);
      batch.add(eol);
    }
    for (const text of inserted) batch.add(text);
    observe?.({ line, ...(bytes && { written: Buffer.concat([bytes, eol]) }), inserted, changed });
  };
  for await (const chunk of chunks) {
    splitter.push(chunk, visit);
    if (batch.size > 0) yield batch.take();
  }
  splitter.end(visit);
  if (batch.size > 0) yield batch.take();
}

/** One line's output: its bytes and terminator (no bytes when it is dropped), and the lines inserted after it. */
interface Output {
  readonly bytes?: Buffer;
  readonly eol: Buffer;
  readonly inserted: readonly Buffer[];
  readonly changed: boolean;
}

function changeOf(line: RawLine, plan: RepairPlan, result: { failedRewrites: number[] }): Output {
  const n = line.number;
  if (n >= plan.truncateFrom) return { eol: NONE, inserted: NO_LINES, changed: true };
  const texts = plan.insertsAfter.get(n);
  const inserted = texts ? texts.map((text) => Buffer.from(`${text}\n`)) : NO_LINES;
  if (plan.removed.has(n)) return { eol: NONE, inserted, changed: true };
  let bytes: Buffer | undefined = n === 1 && plan.stripBom ? withoutBom(line.bytes) : line.bytes;
  for (const rewrite of plan.rewrites.get(n) ?? NO_REWRITES) bytes = bytes && rewrite(bytes);
  if (!bytes) {
    // All or nothing: a line whose rewrite cannot be made keeps its original bytes.
    result.failedRewrites.push(n);
    bytes = line.bytes;
  }
  const terminate = plan.endLines.has(n) || (line.eol === '\r\n' && plan.normalizeLineEndings) || (line.eol === '' && inserted.length > 0);
  const eol = terminate ? LF : line.eol === '\n' ? LF : line.eol === '\r\n' ? CRLF : NONE;
  return { bytes, eol, inserted, changed: bytes !== line.bytes || terminate || inserted.length > 0 };
}

/**
 * The bytes of one batch, copied into a buffer reused from batch to batch. It grows as batches need (a
 * chunk's worth, or a long line) and is let go after a batch far larger than a chunk.
 */
class Batch {
  static readonly LARGEST_KEPT = 4 * READ_CHUNK_BYTES;
  #buffer = NONE;
  size = 0;

  add(bytes: Buffer): void {
    if (this.size === 0 && this.#buffer.length > Batch.LARGEST_KEPT) this.#buffer = NONE;
    if (this.size + bytes.length > this.#buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.#buffer.length, this.size + bytes.length, 64 << 10));
      this.#buffer.copy(grown, 0, 0, this.size);
      this.#buffer = grown;
    }
    this.size += bytes.copy(this.#buffer, this.size);
  }

  /** The batch so far; valid until the next add. */
  take(): Buffer {
    const taken = this.#buffer.subarray(0, this.size);
    this.size = 0;
    return taken;
  }
}
