/**
 * Ids (call ids, and Claude Code's message ids) numbered 0, 1, 2… in the order they were added, without a string object per id: their UTF-16
 * code units sit in one growable arena, found again through an open-addressing hash table of numbers. A
 * Map<string, number> keeps each id as a heap string plus its entry, about 70 bytes for a 12-character id
 * (more with the garbage collector's headroom); this keeps a byte a character (two once an id has a code
 * unit above 255: real call ids are ASCII) plus 20, outside the JavaScript heap. A session of a million
 * short lines holds some 200,000 calls. The arrays grow by half again, not by doubling: the old and the
 * new one are both held while one is copied, which is the peak of a run with many calls. They start at 64
 * bytes, small enough for V8 to keep on its heap: a file with a few calls costs no allocation outside it.
 */
export declare class CallIds {
    #private;
    get size(): number;
    /** The number of `id`, or -1 when it was never added. */
    find(id: string): number;
    /** The number of `id`, added if it is not there yet. */
    intern(id: string): number;
    /** Adds `id`, which must not be there yet, and returns its number. */
    add(id: string): number;
    /** The id numbered `number`. */
    id(number: number): string;
}
