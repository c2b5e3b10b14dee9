import { closeSync, constants, createReadStream, openSync, read, readSync, statSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { InputError, toInputError } from './input-error.js';
import { decompressZstd } from './zstd-decode.js';
/** 1 MiB reads: measured ~2.5x faster than 64 KiB for the line splitter (cli-conventions §5.2). */
export const READ_CHUNK_BYTES = 1 << 20;
/**
 * Opens a session file for streaming. Only regular files are accepted: a FIFO or device would
 * never end or could not be read twice (fix reads its input twice). The chunks are read into reused
 * buffers (see readChunks): each is valid only until the next is asked for.
 */
export async function openInputFile(path) {
    let info;
    try {
        // Synchronous, as the reads below: a stat returns at once, a thread-pool round trip does not.
        info = statSync(path);
    }
    catch (error) {
        throw toInputError(path, error);
    }
    if (info.isDirectory())
        throw new InputError(path, 'is a folder, not a file');
    if (!info.isFile())
        throw new InputError(path, 'not a regular file (FIFOs and devices are not read; use - for stdin)');
    if (info.size === 0 && (await isKernelPseudoFile(path))) {
        throw new InputError(path, 'a kernel pseudo-file (/proc, /sys, …), not a session file: not read (it may block or be consumed by reading)');
    }
    return { stats: info, chunks: readChunks(path, { reuseBuffer: true }) };
}
/**
 * File systems whose files only look regular: /proc/kmsg reports size 0 and blocks a read until the kernel
 * logs something (and reading it takes the messages from syslog). Magic numbers from linux/magic.h.
 */
const PSEUDO_FILE_SYSTEMS = new Set([
    0x9fa0, // proc
    0x62656572, // sysfs
    0x64626720, // debugfs
    0x74726163, // tracefs
    0x73636673, // securityfs
    0x62656570, // configfs
    0x27e0eb, // cgroup
    0x63677270, // cgroup2
    0xcafe4a11, // bpf
    0xde5e81e4, // efivarfs
    0x6165676c, // pstore
]);
async function isKernelPseudoFile(path) {
    const info = await statfs(path).catch(() => undefined);
    return info !== undefined && PSEUDO_FILE_SYSTEMS.has(Number(info.type));
}
/** Never block on open or read: a regular file ignores O_NONBLOCK, anything else fails instead of hanging. */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Codex's compressed cold rollouts (`rollout-….jsonl.zst`). */
export const isCompressed = (path) => path.endsWith('.zst');
/**
 * Streams a file's bytes (decompressed, for a .zst file), turning errors into InputErrors that name the file.
 * With `reuseBuffer`, a plain file is read into the same two buffers again and again, so each chunk is
 * valid only until the next is asked for (the line splitter copies what it keeps): a fresh buffer per
 * read would pile up as external memory until a full garbage collection, tens of MiB on a large file.
 */
export async function* readChunks(path, options = {}) {
    if (options.reuseBuffer && !isCompressed(path)) {
        yield* readIntoTwoBuffers(path);
        return;
    }
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
    try {
        yield* isCompressed(path) ? decompressZstd(stream) : stream;
    }
    catch (error) {
        throw toInputError(path, error);
    }
    finally {
        stream.destroy();
    }
}
/** Read buffers of finished reads, kept for the next file: a folder of sessions is read without allocating per file. */
const idleBuffers = [];
/**
 * Reads a plain file into two buffers in turn: the next chunk is read while the consumer works on the
 * current one, which stays valid until the consumer asks for the next.
 *
 * The open, the first read and the close are synchronous calls: on a regular file they return at once,
 * and each round trip through the thread pool cost more than the call itself (a folder of 5,000 small
 * sessions spent a third of its time waiting on them). A file the first read takes whole (it returned
 * less than a buffer) is finished without one; a larger one reads on ahead in the thread pool.
 */
async function* readIntoTwoBuffers(path) {
    await eventLoopTurn();
    let fd;
    try {
        fd = openSync(path, READ_FLAGS);
    }
    catch (error) {
        throw toInputError(path, error);
    }
    const readInto = (buffer) => {
        const reading = new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(toInputError(path, error)) : resolve(bytesRead))));
        // A read that fails while the consumer is busy is reported when awaited, not as an unhandled rejection.
        reading.catch(() => undefined);
        return reading;
    };
    let filling = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
    // The second buffer only for a file larger than one: a small one is read whole into the first.
    let spare;
    let next;
    try {
        let bytesRead = readSyncOf(path, fd, filling);
        // The usual session file: all of it in the first read, and a second that finds its end.
        while (bytesRead > 0 && bytesRead < filling.length) {
            yield filling.subarray(0, bytesRead);
            bytesRead = readSyncOf(path, fd, filling);
        }
        if (bytesRead === 0)
            return;
        next = Promise.resolve(bytesRead);
        for (;;) {
            const got = await next;
            if (got === 0)
                return;
            const full = filling;
            filling = spare ?? idleBuffers.pop() ?? Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
            spare = full;
            next = readInto(filling);
            yield full.subarray(0, got);
        }
    }
    finally {
        // Settle the read in flight before closing the file under it. The consumer is done with the last
        // chunk too (it asked for the next, or stopped): both buffers can serve the next file.
        await next?.then(() => undefined, () => undefined);
        closeSync(fd);
        for (const buffer of [filling, spare])
            if (buffer && idleBuffers.length < 2)
                idleBuffers.push(buffer);
    }
}
/** When the event loop last had a turn (see eventLoopTurn). */
let lastTurn = 0;
/**
 * A turn of the event loop, now and then: files read with synchronous calls never let it run, and a run
 * over thousands of them would handle no signal (Ctrl-C), timer or worker message until its end.
 */
async function eventLoopTurn() {
    if (performance.now() - lastTurn < 10)
        return;
    await new Promise((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
}
function readSyncOf(path, fd, buffer) {
    try {
        return readSync(fd, buffer, 0, buffer.length, null);
    }
    catch (error) {
        throw toInputError(path, error);
    }
}
