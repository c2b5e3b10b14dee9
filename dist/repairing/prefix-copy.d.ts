import type { Stats } from 'node:fs';
import type { Writable } from 'node:stream';
import { type OpenTemp } from './write-atomically.js';
/** What fix asks of a copy. */
export interface PrefixCopyOptions {
    readonly inPlace?: boolean;
    readonly dryRun?: boolean;
    readonly diff?: boolean;
}
/** The temp file, holding a copy of the original's first bytes, and how to write the repaired bytes on after them. */
export interface CopiedPrefix {
    readonly temp: OpenTemp;
    /**
     * The bytes of `repaired` not in the temp file already. `firstChange` tells where the repaired bytes first
     * differ from the original's, once that is known (apply-plan.ts tells it before it yields a byte from there).
     */
    writtenOn(repaired: AsyncIterable<Buffer>, firstChange: () => number | undefined): AsyncIterable<Buffer>;
}
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
export declare class PrefixCopy {
    #private;
    private readonly path;
    /** Where the repaired file goes (for in place: the file, whose real path the temp file goes beside). */
    private readonly target;
    private readonly inPlace;
    /** Whether the file is written whatever the check finds. */
    private readonly eager;
    private constructor();
    /** A copy for fix of `path` to `target`; undefined when the repaired bytes cannot start with the original's. */
    static for(path: string, target: string | Writable, options: PrefixCopyOptions & {
        readonly output?: string | Writable;
    }): PrefixCopy | undefined;
    /** The file was opened for the check, with these stats: a large one is copied. */
    opened(before: Stats): void;
    /** The check's chunks, telling the copy how far the check has read. */
    following(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer>;
    /** The check made a repair. */
    repairMade(): void;
    /** Stops the copy and hands its temp file over (once); undefined when there is none, or the copy failed. */
    take(): Promise<CopiedPrefix | undefined>;
    /** Stops the copy, removes its temp file unless it was taken, and closes the original. */
    dispose(): Promise<void>;
}
/**
 * The bytes of `repaired` from where the temp file stops holding them: the first `copied` bytes are there, as
 * the original's, and the repaired bytes are the original's up to the first change. The writer is taken back
 * to the lesser of the two before the first byte is given.
 */
export declare function writtenOn(repaired: AsyncIterable<Buffer>, firstChange: () => number | undefined, copied: number, resumeAt: (offset: number) => Promise<void>): AsyncIterable<Buffer>;
