import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { spillPath } from '../checking/sorted-runs.js';
/** Characters held in memory; beyond that the text goes to a temp file. */
const IN_MEMORY = 1 << 20;
const READ_BYTES = 1 << 20;
/**
 * Text appended piece by piece and read back once, in order: held in memory up to a MiB or so, and in a
 * temp file beyond that (the spill folder of sorted-runs.ts, removed at exit), so that memory stays flat
 * however much is appended.
 */
export class TextSpool {
    #pieces = [];
    #held = 0;
    #fd;
    #path;
    #length = 0;
    /** The characters appended since the spool was last drained. */
    get length() {
        return this.#length;
    }
    append(text) {
        this.#pieces.push(text);
        this.#held += text.length;
        this.#length += text.length;
        if (this.#held >= IN_MEMORY)
            this.#spill();
    }
    /** The text in pieces, in order; the spool is empty again once they are all read. */
    *drain() {
        const [fd, path] = [this.#fd, this.#path];
        const held = this.#pieces.join('');
        this.#pieces = [];
        this.#held = 0;
        this.#length = 0;
        this.#fd = this.#path = undefined;
        if (fd !== undefined) {
            try {
                const buffer = Buffer.allocUnsafe(READ_BYTES);
                // A read may end inside a character: the decoder keeps its first bytes for the next.
                const decoder = new StringDecoder('utf8');
                for (let position = 0;;) {
                    const read = readSync(fd, buffer, 0, READ_BYTES, position);
                    if (read === 0)
                        break;
                    position += read;
                    yield decoder.write(buffer.subarray(0, read));
                }
            }
            finally {
                closeSync(fd);
                rmSync(path, { force: true });
            }
        }
        if (held.length > 0)
            yield held;
    }
    #spill() {
        if (this.#fd === undefined) {
            this.#path = spillPath('text', 'txt');
            this.#fd = openSync(this.#path, 'wx+', 0o600);
        }
        writeSync(this.#fd, this.#pieces.join(''));
        this.#pieces = [];
        this.#held = 0;
    }
}
