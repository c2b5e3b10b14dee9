import { Carry } from './carry.js';

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

/** Lines a consumer does not need to see: they are never assembled or copied. */
export interface LineSkipper {
  /**
   * What to do with line `number` (1-based), starting at byte `offset`, asked when the line starts: `pass`
   * hands its bytes on to `skipped`, `drop` leaves them out, undefined visits it as usual.
   */
  skip(number: number, offset: number): 'pass' | 'drop' | undefined;
  /** A stretch of passed lines, terminators included, as a piece of the chunk being pushed: valid until
   *  the chunk's memory is reused. Consecutive passed lines of one chunk come as one piece. */
  skipped(bytes: Buffer): void;
}

const LF = 0x0a;
const CR = 0x0d;

const EMPTY = Buffer.alloc(0);

/**
 * Splits a byte stream into lines in linear time, however long a line is: the start of a line that
 * spans chunks is carried over (src/reading/carry.ts; split2 re-splits its whole carry on every chunk,
 * which is quadratic on lines of tens of MiB).
 */
export class LineSplitter {
  readonly #carry = new Carry();
  #number = 0;
  #offset = 0;
  /** What the skipper said of the line under way, when it is not visited. */
  #skipping: 'pass' | 'drop' | undefined;

  /** `after`: the lines and bytes that came before the stream (its lines are numbered on from them). */
  constructor(
    private readonly skipper?: LineSkipper,
    after?: { readonly number: number; readonly offset: number },
  ) {
    this.#number = after?.number ?? 0;
    this.#offset = after?.offset ?? 0;
  }

  push(chunk: Buffer, visit: LineVisitor): void {
    if (this.skipper) return this.#pushSkipping(chunk, visit, this.skipper);
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      let bytes = chunk.subarray(start, nl);
      if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
      this.#emit(bytes, true, visit);
      start = nl + 1;
    }
    // Copy: the caller may reuse the chunk's memory once push returns.
    if (start < chunk.length) this.#carry.append(chunk.subarray(start));
  }

  /** Emits the final line when the input does not end with `\n`. */
  end(visit: LineVisitor): void {
    if (this.#skipping) {
      this.#skipping = undefined;
      this.#number += 1;
    } else if (this.#carry.length > 0) this.#emit(this.#takeCarry(EMPTY), false, visit);
  }

  /** push, with the lines the skipper names passed on as pieces of the chunk, or dropped, instead of visited. */
  #pushSkipping(chunk: Buffer, visit: LineVisitor, skipper: LineSkipper): void {
    let start = 0;
    /** Where the current stretch of passed-over bytes began in this chunk; -1 when there is none. */
    let stretch = -1;
    while (start < chunk.length) {
      if (!this.#skipping && this.#carry.length === 0) this.#skipping = skipper.skip(this.#number + 1, this.#offset);
      const nl = chunk.indexOf(LF, start);
      if (this.#skipping === 'pass' && stretch < 0) stretch = start;
      if (this.#skipping === 'drop' && stretch >= 0) {
        skipper.skipped(chunk.subarray(stretch, start));
        stretch = -1;
      }
      if (this.#skipping) {
        const end = nl === -1 ? chunk.length : nl + 1;
        this.#offset += end - start;
        start = end;
        if (nl !== -1) {
          this.#number += 1;
          this.#skipping = undefined;
        }
        continue;
      }
      if (stretch >= 0) {
        skipper.skipped(chunk.subarray(stretch, start));
        stretch = -1;
      }
      if (nl === -1) {
        this.#carry.append(chunk.subarray(start));
        return;
      }
      let bytes = chunk.subarray(start, nl);
      if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
      this.#emit(bytes, true, visit);
      start = nl + 1;
    }
    if (stretch >= 0) skipper.skipped(chunk.subarray(stretch, start));
  }

  /** The carried start of a line with its last piece: valid until the next carry (after the visit). */
  #takeCarry(last: Buffer): Buffer {
    this.#carry.append(last);
    const line = this.#carry.bytes();
    this.#carry.clear();
    return line;
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
