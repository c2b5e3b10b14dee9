import type { PlaceholderOptions } from '../format.js';
import type { CallSite, OutputKind } from './records.js';
/** The id Codex gives the output it synthesizes for a call with item id `callItemId`. */
export declare function syntheticOutputId(kind: OutputKind, callItemId: string): string;
/**
 * The output item Codex inserts in memory for an unanswered call, field for field, so that the model
 * sees the same history after the fix as before it.
 */
export declare function placeholderItem(call: CallSite, options: Required<PlaceholderOptions>): Record<string, unknown>;
/**
 * Rewrites an output item (found by `itemOf` in the record) to another kind. Its id becomes the one Codex
 * gives an output of that kind for the call (`callItemId`: UUIDv5, as for the outputs it synthesizes), added
 * when the output had none; without the call's item id, only the id's prefix changes.
 */
export declare function retypeOutputLine(line: Buffer, kind: OutputKind, itemOf: (record: unknown) => unknown, callItemId?: string): Buffer | undefined;
/** Adds `"ordinal":n` where Codex writes it (after the timestamp), or first in the object. */
export declare function withOrdinalLine(line: Buffer, ordinal: number): Buffer | undefined;
/** The edit that gives a record line `"ordinal":n` (withOrdinalLine). */
export declare const withOrdinalEdit: (line: number, ordinal: number) => import("../../repairing/edits.js").Edit & {
    readonly op: "rewrite";
};
