import { closeSync, constants, createReadStream, fstatSync, openSync, read, readSync, statSync } from 'node:fs';
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
 * With `reuseBuffer`, a plain file is read into the same few buffers again and again, so each chunk is
 * valid only until the next is asked for (the line splitter copies what it keeps): a fresh buffer per
 * read would pile up as external memory until a full garbage collection, tens of MiB on a large file.
 */
export async function* readChunks(path, options = {}) {
    if (options.reuseBuffer && !isCompressed(path)) {
        yield* readAhead(path);
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
/**
 * Reads in flight while the consumer works on a chunk of a large file. With one, a disk that is not kept
 * busy idles between reads: 1 GB from a cold page cache took 1.8-2.7 s here, with two 0.8-0.9 s (four: no
 * faster). A file of a few chunks keeps one, and one buffer less (many are read at once by fix).
 */
const READS_AHEAD = 2;
const READ_AHEAD_FROM_BYTES = 8 * READ_CHUNK_BYTES;
/** Read buffers of finished reads, kept for the next file: a folder of sessions is read without allocating per file. */
const idleBuffers = [];
/** Waits for the readings, whatever their outcome. */
const settle = (readings) => Promise.all(readings.map(({ bytes }) => bytes.then(noop, noop)));
const noop = () => undefined;
/**
 * Reads a plain file into a few buffers in turn: the next chunks are read, each at its place in the file,
 * while the consumer works on the current one, which stays valid until the consumer asks for the next.
 *
 * The open, the first read and the close are synchronous calls: on a regular file they return at once,
 * and each round trip through the thread pool cost more than the call itself (a folder of 5,000 small
 * sessions spent a third of its time waiting on them). A file the first read takes whole (it returned
 * less than a buffer) is finished without one; a larger one reads on ahead in the thread pool.
 */
async function* readAhead(path) {
    await eventLoopTurn();
    let fd;
    try {
        fd = openSync(path, READ_FLAGS);
    }
    catch (error) {
        throw toInputError(path, error);
    }
    const buffers = [];
    const take = () => {
        const buffer = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
        buffers.push(buffer);
        return buffer;
    };
    const ahead = [];
    let next = 0;
    /** Starts the read of the bytes after those asked for so far, into `buffer`. */
    const readOn = (buffer) => {
        const position = next;
        next += buffer.length;
        const bytes = new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, position, (error, bytesRead) => (error ? reject(toInputError(path, error)) : resolve(bytesRead))));
        // A read that fails while the consumer is busy is reported when awaited, not as an unhandled rejection.
        bytes.catch(noop);
        ahead.push({ buffer, position, bytes });
    };
    try {
        let held = take();
        let bytesRead = readSyncOf(path, fd, held, next);
        // The usual session file: all of it in the first read, and a second that finds its end.
        while (bytesRead > 0 && bytesRead < held.length) {
            yield held.subarray(0, bytesRead);
            next += bytesRead;
            bytesRead = readSyncOf(path, fd, held, next);
        }
        if (bytesRead === 0)
            return;
        next += bytesRead;
        const depth = sizeOf(fd) >= READ_AHEAD_FROM_BYTES ? READS_AHEAD : 1;
        for (let k = 0; k < depth; k += 1)
            readOn(take());
        for (let got = bytesRead;;) {
            yield held.subarray(0, got);
            // The consumer is done with the chunk it held: that buffer reads on.
            const reading = ahead.shift();
            got = await reading.bytes;
            if (got === 0)
                return;
            if (got < reading.buffer.length) {
                // Short of a buffer (the end, or a file that grew meanwhile): the reads after it started past bytes
                // it did not return. They start again from where it ended.
                const overtaken = ahead.splice(0);
                await settle(overtaken);
                next = reading.position + got;
                for (const { buffer } of overtaken)
                    readOn(buffer);
            }
            readOn(held);
            held = reading.buffer;
        }
    }
    finally {
        // Settle the reads in flight before closing the file under them. The consumer is done with the last
        // chunk too (it asked for the next, or stopped): every buffer can serve the next file.
        await settle(ahead);
        closeSync(fd);
        for (const buffer of buffers)
            if (idleBuffers.length <= READS_AHEAD)
                idleBuffers.push(buffer);
    }
}
/** The file's size now (it may grow); 0 when it cannot be told. */
function sizeOf(fd) {
    try {
        return fstatSync(fd).size;
    }
    catch {
        return 0;
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
function readSyncOf(path, fd, buffer, position) {
    try {
        return readSync(fd, buffer, 0, buffer.length, position);
    }
    catch (error) {
        throw toInputError(path, error);
    }
}
