/** One physical line of a JSONL file, exactly as it is on disk. */
export interface RawLine {
  /** 1-based line number, counting only `\n` as a line break (as `wc -l`, editors and GitHub do). */
  readonly number: number;
  /** Byte offset of the line's first byte in the file. */
  readonly offset: number;
  /** The line's bytes without its terminator (a `\r` before `\n` belongs to the terminator). Only valid
   *  during the visit: copy it to keep it. */
  readonly bytes: Buffer;
  /** The terminator: `\n`, `\r\n`, or `''` for a last line that has none. */
  readonly eol: '' | '\n' | '\r\n';
}

export type LineVisitor = (line: RawLine) => void;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines in linear time, however long a line is: the pieces of a line
 * that spans chunks are collected and joined once (split2 re-splits its whole carry on every
 * chunk, which is quadratic on lines of tens of MiB).
 */
export class LineSplitter {
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #number = 0;
  #offset = 0;

  push(chunk: Buffer, visit: LineVisitor): void {
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      let bytes = chunk.subarray(start, nl);
      if (this.#pending.length > 0) {
        this.#pending.push(bytes);
        bytes = Buffer.concat(this.#pending, this.#pendingBytes + bytes.length);
        this.#pending = [];
        this.#pendingBytes = 0;
      }
      this.#emit(bytes, true, visit);
      start = nl + 1;
    }
    if (start < chunk.length) {
      // Copy: the caller may reuse the chunk's memory once push returns.
      const rest = Buffer.from(chunk.subarray(start));
      this.#pending.push(rest);
      this.#pendingBytes += rest.length;
    }
  }

  /** Emits the final line when the input does not end with `\n`. */
  end(visit: LineVisitor): void {
    if (this.#pendingBytes === 0) return;
    const bytes = Buffer.concat(this.#pending, this.#pendingBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#emit(bytes, false, visit);
  }

  #emit(bytes: Buffer, terminated: boolean, visit: LineVisitor): void {
    const total = bytes.length + (terminated ? 1 : 0);
    let eol: RawLine['eol'] = '';
    if (terminated) {
      eol = '\n';
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
        bytes = bytes.subarray(0, bytes.length - 1);
        eol = '\r\n';
      }
    }
    this.#number += 1;
    visit({ number: this.#number, offset: this.#offset, bytes, eol });
    this.#offset += total;
  }
}

/** Feeds every line of a byte stream to `visit`, synchronously per chunk (no promise per line). */
export async function forEachLine(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer>,
  visit: LineVisitor,
): Promise<void> {
  const splitter = new LineSplitter();
  for await (const chunk of source) {
    splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, visit);
  }
  splitter.end(visit);
}
