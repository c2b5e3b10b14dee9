import { open, realpath } from 'node:fs/promises';
import { isCompressed, READ_FLAGS } from '../reading/open-input.js';
import { DIRECT_MIN_BYTES, DirectWriter } from './temp-writer.js';
import { discardTemp, openTemp, pauseForTest } from './write-atomically.js';
/**
 * A repaired file starts with the original's bytes, up to the first line its repair changes; for a large file,
 * writing them takes most of the write pass's time (the disk's time: the processor mostly waits). So fix copies
 * them into the temp file while the check still runs (the reads and writes go to the thread pool and the disk
 * between the check's chunks), and the write pass writes on from where the repair first changes a byte.
 *
 * The copy starts at once when the file is written whatever the check finds (a copy the caller named), else at
 * the check's first repair. It never runs ahead of what the check has read, and goes no further than that at
 * the first repair: the repair's edits are in what the check has read, so bytes copied past them would be
 * written twice. Only files large enough to be written around the page cache are copied so, and only where
 * the file system takes that; the copy is a head start, never a condition: when anything goes wrong with it,
 * the write pass writes the whole file, as without it.
 */
export class PrefixCopy {
    path;
    target;
    inPlace;
    eager;
    /** How far the copy may go: what the check has read. */
    #limit = 0;
    /** Set at the first repair: the limit stays where it is. */
    #frozen = false;
    #stopped = false;
    #copied = 0;
    #wake;
    #running;
    #temp;
    #source;
    #before;
    constructor(path, 
    /** Where the repaired file goes (for in place: the file, whose real path the temp file goes beside). */
    target, inPlace, 
    /** Whether the file is written whatever the check finds. */
    eager) {
        this.path = path;
        this.target = target;
        this.inPlace = inPlace;
        this.eager = eager;
    }
    /** A copy for fix of `path` to `target`; undefined when the repaired bytes cannot start with the original's. */
    static for(path, target, options) {
        // A stream, a diff or a dry run: nothing to copy to (a diff is made of every line). A .zst: its bytes are not the repaired file's.
        if (typeof target !== 'string' || options.dryRun || options.diff || isCompressed(path))
            return undefined;
        return new PrefixCopy(path, target, options.inPlace === true, !options.inPlace && typeof options.output === 'string');
    }
    /** The file was opened for the check, with these stats: a large one is copied. */
    opened(before) {
        if (before.size < DIRECT_MIN_BYTES)
            return;
        this.#before = before;
        if (this.eager)
            this.#start();
    }
    /** The check's chunks, telling the copy how far the check has read. */
    async *following(chunks) {
        let read = 0;
        for await (const chunk of chunks) {
            read += chunk.length;
            if (!this.#frozen) {
                this.#limit = read;
                this.#wake?.();
            }
            yield chunk;
        }
    }
    /** The check made a repair. */
    repairMade() {
        if (this.#frozen)
            return;
        this.#frozen = true;
        this.#start();
    }
    /** Stops the copy and hands its temp file over (once); undefined when there is none, or the copy failed. */
    async take() {
        await this.#stop();
        const temp = this.#temp;
        this.#temp = undefined;
        if (!temp)
            return undefined;
        const { writer } = temp;
        const source = this.#source;
        // A temp file the file system will not take around the page cache was never copied to: the write pass writes it whole.
        if (!(writer instanceof DirectWriter))
            return { temp, writtenOn: (repaired) => repaired };
        // A write of the copy that failed under way is a head start lost too: the write pass starts afresh.
        if (!source || !(await writer.caughtUp().then(() => true, () => false))) {
            await discardTemp(temp).catch(() => undefined);
            return undefined;
        }
        const copied = this.#copied;
        const readBack = (into, position) => readFully(source, into, position);
        return { temp, writtenOn: (repaired, firstChange) => writtenOn(repaired, firstChange, copied, (offset) => writer.rewind(offset, readBack)) };
    }
    /** Stops the copy, removes its temp file unless it was taken, and closes the original. */
    async dispose() {
        await this.#stop();
        if (this.#temp)
            await discardTemp(this.#temp).catch(() => undefined);
        this.#temp = undefined;
        await this.#source?.close().catch(() => undefined);
        this.#source = undefined;
    }
    #start() {
        if (this.#running || !this.#before || this.#stopped)
            return;
        // A failed copy is only a head start lost: take() finds no temp file then.
        this.#running = this.#copy(this.#before).catch(async () => {
            if (this.#temp)
                await discardTemp(this.#temp).catch(() => undefined);
            this.#temp = undefined;
        });
    }
    async #stop() {
        this.#stopped = true;
        this.#wake?.();
        await this.#running;
    }
    async #copy(before) {
        const real = this.inPlace ? await realpath(this.path) : this.target;
        this.#temp = await openTemp(real, before.mode & 0o7777, before.size);
        await pauseForTest('copy-started');
        const { writer } = this.#temp;
        if (!(writer instanceof DirectWriter))
            return;
        const source = (this.#source = await open(this.path, READ_FLAGS));
        // No further than the file's size at the check's start: what it has now is the check's to judge.
        for (;;) {
            if (this.#stopped)
                return;
            const room = Math.min(this.#limit, before.size) - this.#copied;
            if (room <= 0) {
                if (this.#frozen)
                    return;
                await new Promise((resolve) => (this.#wake = resolve));
                continue;
            }
            const got = await writer.writeFrom(async (into) => (await source.read(into, 0, Math.min(into.length, room), this.#copied)).bytesRead);
            if (got === 0)
                return;
            this.#copied += got;
        }
    }
}
/**
 * The bytes of `repaired` from where the temp file stops holding them: the first `copied` bytes are there, as
 * the original's, and the repaired bytes are the original's up to the first change. The writer is taken back
 * to the lesser of the two before the first byte is given.
 */
export async function* writtenOn(repaired, firstChange, copied, resumeAt) {
    let offset = 0;
    let resumed = false;
    for await (const chunk of repaired) {
        if (resumed) {
            yield chunk;
            continue;
        }
        const from = Math.min(copied, firstChange() ?? Infinity);
        const end = offset + chunk.length;
        if (end <= from) {
            offset = end;
            continue;
        }
        await resumeAt(from);
        resumed = true;
        yield chunk.subarray(from - offset);
    }
    // Every repaired byte was in the temp file already: it is cut to them.
    if (!resumed)
        await resumeAt(offset);
}
async function readFully(source, into, position) {
    for (let done = 0; done < into.length;) {
        const { bytesRead } = await source.read(into, done, into.length - done, position + done);
        if (bytesRead === 0)
            throw new Error(`the file ended at ${position + done} bytes, before the ${position + into.length} its copy holds`);
        done += bytesRead;
    }
}
