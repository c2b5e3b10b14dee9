import { type FileHandle } from 'node:fs/promises';
/**
 * How the bytes of a temp file reach the disk, before writeAtomically fsyncs and renames it. Two ways:
 *
 * - through the page cache (BufferedWriter), flushing as it goes (BackgroundFlush);
 * - around it (DirectWriter, O_DIRECT), for a large file where the file system allows it. Measured here
 *   (ext4 on a virtual disk), reading and writing 1 GB then fsyncing: through the page cache 0.4–2.3 s, of
 *   which 0.3–2.1 s is the kernel's, from one run to the next; around it 0.38–0.41 s, 0.1 s of it the
 *   kernel's. `fix` of a large file is its check plus this copy.
 *
 * Either way the caller then fsyncs the file: O_DIRECT only skips the cache, the disk's own cache still
 * needs the flush.
 */
export interface TempWriter {
    readonly handle: FileHandle;
    write(chunk: Buffer): Promise<void>;
    /** Writes what is left and waits for every write and flush; throws the error of any that failed. */
    finish(): Promise<void>;
    /** Waits for what is under way, whatever its outcome (before the file is closed). */
    settled(): Promise<void>;
}
/** Below this size a file goes through the page cache: a few blocks gain nothing from skipping it. */
export declare const DIRECT_MIN_BYTES: number;
/**
 * Creates `path` (which must not exist) and a writer for it: around the page cache when `sizeHint` (the
 * bytes expected) is large and the file system takes O_DIRECT (not every one does: tmpfs refuses it).
 */
export declare function createTempFile(path: string, mode: number, sizeHint: number): Promise<TempWriter>;
export declare const STAGE_BYTES: number;
/**
 * Writes through two staging buffers taken from WebAssembly memories (JavaScript cannot ask for aligned
 * memory; a WebAssembly memory starts on a page): one is filled while the other is written, whole and at an
 * aligned offset. The last, partial buffer is written padded to the alignment and the file cut back to its
 * length. A file system that opens with O_DIRECT but refuses the writes (a stricter alignment) has the
 * file written again through the page cache, from the first buffer, which is the only one written then.
 */
export declare class DirectWriter implements TempWriter {
    #private;
    private readonly path;
    private readonly writeAt;
    /** `writeAt` writes a buffer whole at a position (a seam for the tests of a refused first write). */
    constructor(handle: FileHandle, path: string, stages: Stages, writeAt?: (handle: FileHandle, bytes: Buffer, position: number) => Promise<void>);
    get handle(): FileHandle;
    write(chunk: Buffer): Promise<void>;
    /**
     * write(), for bytes read from a file: `read` reads them straight into the stage being filled (at most
     * `into.length`) and tells how many it read. Returns that count.
     */
    writeFrom(read: (into: Buffer) => Promise<number>): Promise<number>;
    /** Waits for the write under way; throws the error of any that failed. */
    caughtUp(): Promise<void>;
    /**
     * Takes the file back to its first `length` bytes (at most what was written to it), to be written on from
     * there. Bytes of a block already on disk are read back into the stage with `readBack`, which fills
     * `into` with the file's bytes from `position` on: O_DIRECT writes whole blocks.
     */
    rewind(length: number, readBack: (into: Buffer, position: number) => Promise<void>): Promise<void>;
    finish(): Promise<void>;
    settled(): Promise<void>;
}
export type Stages = [Buffer, Buffer];
/** Two stages, undefined when MAX_STAGED writers hold theirs, or where WebAssembly does not run (e.g. --jitless) or its memory cannot be had. */
export declare function takeStages(): Stages | undefined;
