import { FieldList, type FieldRef } from '../../reading/field-list.js';
import type { ScannedFields } from '../../reading/json-scan.js';
/** A fork's link to its parent, from the fork's session_meta. */
export interface ForkOrigin {
    /** The parent's session (thread) id. */
    readonly parentId: string;
    /** The parent's bytes the fork reads: [0, cutoff). */
    readonly cutoff?: number;
}
/** A fork of a rollout, found in its Codex home. */
export interface Fork {
    readonly path: string;
    /** The parent's bytes it reads: [0, cutoff); none for a fork of an older Codex, which reads the whole parent. */
    readonly cutoff?: number;
}
/** A session_meta payload's fields that name its fork origin, by path within the payload. */
declare const FORK_PATHS: {
    readonly base: "history_base";
    readonly parentId: "history_base.thread_id";
    readonly cutoff: "history_base.end_byte_offset";
    readonly forkedFrom: "forked_from_id";
};
/** Where those fields are in a FieldList (at `payload.` in a record, at the top in a payload). */
export type ForkFields = {
    readonly [K in keyof typeof FORK_PATHS]: FieldRef;
};
/** The paths of the fork fields at `prefix`. */
export declare const forkPaths: (prefix: string) => string[];
/** The fork fields in a list that asked for forkPaths(prefix). */
export declare function forkFields(list: FieldList, prefix: string): ForkFields;
/** The fork origin a session_meta names, if it is a fork: from its scanned fields or, through fieldsOf, its parsed payload. */
export declare function forkOriginOfFields(fields: ScannedFields, at: ForkFields): ForkOrigin | undefined;
/** The fork origin in a parsed session_meta payload, if it is a fork. */
export declare const forkOriginOf: (payload: Record<string, unknown>) => ForkOrigin | undefined;
/** The Codex home a rollout is in: the parent of the nearest `sessions/` or `archived_sessions/` above it. */
export declare function codexHomeOf(path: string): string | undefined;
/** The session id in a canonical rollout name, if any. */
export declare function sessionIdInName(path: string): string | undefined;
/** The first line of a rollout, plain or compressed (as Codex reads it), parsed as a record; undefined when it is not one. */
export declare function firstRecord(path: string): Promise<Record<string, unknown> | undefined>;
/**
 * How a rollout's bytes as Codex reads them (decompressed, for a .jsonl.zst) stand at `cutoff`: how many
 * there are up to it (all of them, when fewer), and the last of those; undefined when it cannot be read.
 * Synchronous for a plain file (a stat and a one-byte read, asked of every fork of a home); a compressed
 * one is decoded up to the cutoff.
 */
export declare function prefixAt(path: string, cutoff: number): Promise<{
    readonly bytes: number;
    readonly last: number | undefined;
} | undefined>;
/**
 * The forks of a rollout in its Codex home: rollouts (plain or compressed) whose session_meta names this
 * session as the one they were forked from. `run` stands for the run (the same object for every file of
 * one fix).
 */
export declare function forksOf(path: string, sessionId: string, run: object): Promise<Fork[]>;
/**
 * The parent rollout of a fork, found by the session id in its name, in the fork's Codex home: the first
 * such rollout, live before archived, and a plain one before a compressed one (Codex reads
 * rollout-….jsonl before its .zst). The run's index of the home is trusted while the rollout it names is
 * still there (and, for a .zst, no plain one was written beside it), and made again otherwise (a parent
 * archived, or not found).
 */
export declare function parentOf(forkPath: string, parentId: string, run: object): string | undefined;
export {};
