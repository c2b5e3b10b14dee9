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
    entries(): Iterable<number>;
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
    /** Adds the tool_use blocks of entry e. */
    addCalls(e: number, calls: readonly CallItem[]): void;
    /** Adds the tool_result blocks of entry e, by the ids they answer. */
    addResults(e: number, ids: readonly string[]): void;
    idOf(code: number): string;
    /** Whether some tool_result answers this id. */
    answered(code: number): boolean;
    /** Whether some tool_use has this id. */
    called(code: number): boolean;
    /** The item of the call block at `at`. */
    callItem(at: number): CallItem;
}
