/**
 * Interns strings as numbers 0, 1, 2…, keeping ASCII ones (every id Claude Code writes: toolu_…, msg_…) as
 * bytes in one growing buffer found through an open-addressing table, instead of a JS string and a map
 * entry each: a long transcript's hundreds of thousands of ids then cost their bytes and two numbers,
 * outside the garbage-collected heap. Other strings are kept in a map, under numbers from the same count.
 */
export declare class StringTable {
    #private;
    get count(): number;
    /** The number of this string, given a new one if it has none yet. */
    intern(text: string): number;
    stringOf(code: number): string;
}
