import type { CallItem } from '../format.js';
/** Blocks of one kind as (entry, id code) pairs, in entry order (entries are added in file order). */
export declare class Blocks {
    #private;
    get count(): number;
    add(e: number, code: number): number;
    entryAt(at: number): number;
    codeAt(at: number): number;
    /** The index of entry e's first block, -1 when it has none. */
    first(e: number): number;
    /** The end of the blocks of the entry whose first block is at `first`. */
    end(first: number): number;
    /** The entries that have blocks, in file order. */
    entries(): Int32Array;
}
/**
 * The tool_use and tool_result blocks of a transcript, by entry, in a few numbers each: every id is
 * interned once (a number per distinct id), and a block is its entry and its id's number. The call
 * items findings name are made again from these when asked.
 */
export declare class ToolItems {
    #private;
    readonly calls: Blocks;
    readonly results: Blocks;
    /** The number of distinct ids. */
    get codeCount(): number;
    /** Adds a tool_use block of entry e. */
    addCall(e: number, call: CallItem): void;
    /** Adds a tool_result block of entry e, by the id it answers. */
    addResult(e: number, id: string): void;
    idOf(code: number): string;
    /** Whether some tool_use or tool_result block has this id. */
    has(id: string): boolean;
    /** How many tool_result blocks answer this id, counted once for all ids when first asked (after the file is read). */
    resultCount(id: string): number;
    /** How many tool_use blocks have this id, counted as resultCount counts. */
    callCount(id: string): number;
    /** How many of entry e's result blocks answer this id. */
    answering(e: number, id: string): number;
    /** Whether some tool_result answers this id. */
    answered(code: number): boolean;
    /** Whether some tool_use has this id. */
    called(code: number): boolean;
    /** Whether a tool_use read so far has this id. */
    calledId(id: string): boolean;
    /** The item of the call block at `at`. */
    callItem(at: number): CallItem;
}
