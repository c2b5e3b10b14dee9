import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
/** Below this size a file goes through the page cache: a few blocks gain nothing from skipping it. */
export const DIRECT_MIN_BYTES = 8 << 20;
/**
 * Creates `path` (which must not exist) and a writer for it: around the page cache when `sizeHint` (the
 * bytes expected) is large and the file system takes O_DIRECT (not every one does: tmpfs refuses it).
 */
export async function createTempFile(path, mode, sizeHint) {
    const stages = sizeHint >= DIRECT_MIN_BYTES && constants.O_DIRECT !== undefined ? takeStages() : undefined;
    if (stages) {
        const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_DIRECT, mode).catch((error) => {
            if (error.code === 'EINVAL')
                return undefined;
            throw error;
        });
        if (handle)
            return new DirectWriter(handle, path, stages);
        giveBack(stages);
    }
    return new BufferedWriter(await open(path, 'wx', mode));
}
async function writeAll(handle, chunk, position) {
    let offset = 0;
    while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, position + offset);
        offset += bytesWritten;
    }
}
class BufferedWriter {
    handle;
    #flush;
    /** Where the next write goes: at explicit positions, so that a rewind needs no seek. */
    #position = 0;
    constructor(handle) {
        this.handle = handle;
        this.#flush = new BackgroundFlush(handle);
    }
    async write(chunk) {
        await writeAll(this.handle, chunk, this.#position);
        this.#position += chunk.length;
        this.#flush.wrote(chunk.length);
    }
    /** Cuts the file back to its first `length` bytes; writes go on from there. */
    async rewind(length) {
        await this.handle.truncate(length);
        this.#position = length;
    }
    finish() {
        return this.#flush.done();
    }
    settled() {
        return this.#flush.settled();
    }
}
/** O_DIRECT's alignment of memory, length and file offset: the page size, a multiple of every usual block size. */
const ALIGNMENT = 4096;
/**
 * Each of the two staging buffers (2 MiB; WebAssembly pages are 64 KiB). The copy fix makes during its check
 * (prefix-copy.ts) moves a stage per turn of the event loop, which the check gives up about once per chunk it
 * reads: with 1 MiB stages it kept a third of the check's pace on 1 GB, with 2 MiB two thirds (4 MiB: 90 %,
 * but 8 MiB more of peak memory).
 */
const STAGE_PAGES = 32;
export const STAGE_BYTES = STAGE_PAGES * 65536;
/**
 * Writes through two staging buffers taken from WebAssembly memories (JavaScript cannot ask for aligned
 * memory; a WebAssembly memory starts on a page): one is filled while the other is written, whole and at an
 * aligned offset. The last, partial buffer is written padded to the alignment and the file cut back to its
 * length. A file system that opens with O_DIRECT but refuses the writes (a stricter alignment) has the
 * file written again through the page cache, from the first buffer, which is the only one written then.
 */
export class DirectWriter {
    path;
    writeAt;
    #handle;
    #stages;
    #filled = 0;
    /** Bytes written to the file so far (whole buffers), and the write under way. */
    #written = 0;
    #pending;
    #failure;
    /** Set once the first write was refused: everything goes through the page cache from then on. */
    #buffered;
    /** `writeAt` writes a buffer whole at a position (a seam for the tests of a refused first write). */
    constructor(handle, path, stages, writeAt = writeAll) {
        this.path = path;
        this.writeAt = writeAt;
        this.#handle = handle;
        this.#stages = stages;
    }
    get handle() {
        return this.#buffered?.handle ?? this.#handle;
    }
    async write(chunk) {
        let from = 0;
        while (from < chunk.length) {
            // Set by a first write that was refused, in the loop's last turn.
            const buffered = this.#buffered;
            if (buffered)
                return buffered.write(chunk.subarray(from));
            const copied = chunk.copy(this.#stages[0], this.#filled, from);
            this.#filled += copied;
            from += copied;
            if (this.#filled === STAGE_BYTES)
                await this.#writeStage(STAGE_BYTES);
        }
    }
    /**
     * write(), for bytes read from a file: `read` reads them straight into the stage being filled (at most
     * `into.length`) and tells how many it read. Returns that count.
     */
    async writeFrom(read) {
        if (this.#buffered) {
            const into = Buffer.allocUnsafe(STAGE_BYTES);
            const got = await read(into);
            await this.#buffered.write(into.subarray(0, got));
            return got;
        }
        const got = await read(this.#stages[0].subarray(this.#filled));
        this.#filled += got;
        if (this.#filled === STAGE_BYTES)
            await this.#writeStage(STAGE_BYTES);
        return got;
    }
    /** Waits for the write under way; throws the error of any that failed. */
    async caughtUp() {
        await this.#pending;
        if (this.#failure)
            throw this.#failure.error;
    }
    /**
     * Takes the file back to its first `length` bytes (at most what was written to it), to be written on from
     * there. Bytes of a block already on disk are read back into the stage with `readBack`, which fills
     * `into` with the file's bytes from `position` on: O_DIRECT writes whole blocks.
     */
    async rewind(length, readBack) {
        await this.caughtUp();
        if (this.#buffered)
            return this.#buffered.rewind(length);
        if (length > this.#written + this.#filled)
            throw new RangeError(`cannot rewind to ${length}: only ${this.#written + this.#filled} bytes were written`);
        // At or past the last whole stage: the stage being filled holds the bytes from there.
        if (length >= this.#written) {
            this.#filled = length - this.#written;
            return;
        }
        const block = length - (length % ALIGNMENT);
        this.#written = block;
        this.#filled = length - block;
        await readBack(this.#stages[0].subarray(0, this.#filled), block);
    }
    async finish() {
        if (!this.#buffered) {
            const tail = this.#filled;
            const length = this.#written + tail;
            if (tail > 0) {
                const padded = Math.ceil(tail / ALIGNMENT) * ALIGNMENT;
                this.#stages[0].fill(0, tail, padded);
                await this.#writeStage(padded, tail);
            }
            await this.settled();
            if (this.#failure)
                throw this.#failure.error;
            if (!this.#buffered)
                await this.#handle.truncate(length);
        }
        await this.#buffered?.finish();
    }
    async settled() {
        await this.#pending;
        await this.#buffered?.settled();
        if (this.#stages[0].length > 0)
            giveBack(this.#stages);
        this.#stages = NO_STAGES;
    }
    /**
     * Writes the first `length` bytes of the stage being filled, of which the first `real` are the file's
     * (the rest pads the last one), and swaps stages; waits for the write before. Only the first write is
     * waited for: it tells whether the file system takes these writes.
     */
    async #writeStage(length, real = length) {
        await this.#pending;
        if (this.#failure)
            throw this.#failure.error;
        const [full, next] = this.#stages;
        const position = this.#written;
        this.#written += length;
        this.#filled = 0;
        const write = this.writeAt(this.#handle, full.subarray(0, length), position);
        if (position > 0) {
            this.#pending = write.catch((error) => void (this.#failure ??= { error }));
        }
        else {
            try {
                await write;
            }
            catch (error) {
                if (error.code !== 'EINVAL')
                    throw error;
                return this.#fallBack(full.subarray(0, real));
            }
        }
        this.#stages = [next, full];
    }
    /** Reopens the file without O_DIRECT and writes `written` (all there is so far) again through the page cache. */
    async #fallBack(written) {
        await this.#handle.close();
        const handle = await open(this.path, 'r+');
        await handle.truncate(0);
        this.#buffered = new BufferedWriter(handle);
        await this.#buffered.write(written);
    }
}
const NO_STAGES = [Buffer.alloc(0), Buffer.alloc(0)];
/** Stages a writer gave back, for the next one (a run may repair many large files). */
const freeStages = [];
/**
 * How many writers may hold stages at once (4 MiB each): `fix` of many files writes several at a time, and
 * the others go through the page cache.
 */
const MAX_STAGED = 4;
let staged = 0;
/** Two stages, undefined when MAX_STAGED writers hold theirs, or where WebAssembly does not run (e.g. --jitless) or its memory cannot be had. */
export function takeStages() {
    if (staged === MAX_STAGED)
        return undefined;
    let stages = freeStages.pop();
    if (!stages) {
        try {
            const stage = () => Buffer.from(new WebAssembly.Memory({ initial: STAGE_PAGES, maximum: STAGE_PAGES }).buffer);
            stages = [stage(), stage()];
        }
        catch {
            return undefined;
        }
    }
    staged += 1;
    return stages;
}
function giveBack(stages) {
    staged -= 1;
    freeStages.push(stages);
}
/**
 * Flushes what was written so far while the rest is being written: the disk works during the copy instead
 * of after it, so the final fsync has little left to do. Measured on a 1 GB repair here (a fast virtual
 * disk, both cores busy): the final fsync 0.26-0.33 s -> 0.02 s, the copy and the fsync together 0.71 ->
 * 0.66 s; the slower the disk, the more it saves. A write never waits for a flush: when one is under way at
 * the next mark, that mark is let pass. The final fsync is made as before, and a failed flush fails the
 * write (a later fsync of the same file may not report an error that an earlier one did).
 */
class BackgroundFlush {
    handle;
    static EVERY_BYTES = 64 << 20;
    #pending;
    #running = false;
    #failure;
    #unflushed = 0;
    constructor(handle) {
        this.handle = handle;
    }
    /** Counts `bytes` written; starts a flush once enough is unflushed, unless one is under way. */
    wrote(bytes) {
        this.#unflushed += bytes;
        if (this.#unflushed < BackgroundFlush.EVERY_BYTES || this.#running)
            return;
        this.#unflushed = 0;
        this.#running = true;
        this.#pending = this.handle.datasync().then(() => void (this.#running = false), (error) => {
            this.#running = false;
            this.#failure ??= { error };
        });
    }
    /** Waits for the flush under way; throws the error of any that failed. */
    async done() {
        await this.#pending;
        if (this.#failure)
            throw this.#failure.error;
    }
    /** Waits for the flush under way, whatever its outcome (before the file is closed). */
    async settled() {
        await this.#pending;
    }
}
