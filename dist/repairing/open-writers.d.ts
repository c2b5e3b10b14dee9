import type { ProcessTable } from '../formats/format.js';
/**
 * Which processes hold a file open for writing. A client that keeps its session open (Codex holds its
 * rollout with O_APPEND, idle while a tool runs) would go on writing to the replaced inode after a rename,
 * and everything it writes next would be lost. Format-agnostic: a format adds its own evidence of a live
 * session through a LiveSessionProbe (src/formats/format.ts).
 */
export interface OpenWriter {
    readonly pid: number;
    /** The process's name (Linux: /proc/<pid>/comm; lsof: its command). */
    readonly name: string;
    /** How it holds the file: `open for writing`, `open for appending`; for an owner, what shows it. */
    readonly how: string;
    /** Found by the format's live-session probe: the client owns the session (it need not hold the file open). */
    readonly owner?: true;
}
export interface WriterCheck {
    readonly writers: readonly OpenWriter[];
    /** Why writers could not be checked, or not all of them; undefined when every process was inspected. */
    readonly unchecked?: string;
}
/** The processes (other than this one) that hold the file `target` (device and inode) open for writing. */
export declare function findOpenWriters(target: {
    readonly dev: number;
    readonly ino: number;
}, path: string, processes?: ProcessTable): Promise<WriterCheck>;
export declare const fileKey: (file: {
    readonly dev: number;
    readonly ino: number;
}) => string;
/** Every file open for writing on this machine, by device and inode (fileKey), and why some may be missing. */
export interface WriterIndex {
    readonly byFile: ReadonlyMap<string, readonly OpenWriter[]>;
    readonly unchecked?: string;
}
/**
 * Every file open for writing on this machine in one scan: for a run over many files that needs to know
 * which of them are open. Undefined where /proc is not there.
 */
export declare function openWritersIndex(processes: ProcessTable): WriterIndex | undefined;
/** macOS and the BSDs: `lsof -F pca` lists each process (p), its command (c) and each descriptor's access (a: r, w, u). */
export declare function askLsof(path: string): Promise<WriterCheck>;
export declare function parseLsof(output: string): OpenWriter[];
