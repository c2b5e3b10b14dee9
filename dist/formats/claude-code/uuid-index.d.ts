/**
 * The uuids of a transcript's entries, by entry number, in a few bytes each: a canonical lowercase UUID
 * (what Claude Code writes) is kept as its 16 bytes in a typed array and found through an open-addressing
 * table of entry numbers, so that a long transcript costs no string or map entry per line. Any other
 * string (hand-written fixtures, other tools) is kept as it is, in a map: lookups stay exact either way,
 * as a canonical and a non-canonical string never spell the same uuid.
 */
export declare class UuidIndex {
    #private;
    /** The entry of this uuid, or undefined. */
    get(uuid: string): number | undefined;
    /** Adds a uuid for entry `e` (entries are added in ascending order); false when the index holds it already. */
    add(uuid: string, e: number): boolean;
    uuidOf(e: number): string;
}
