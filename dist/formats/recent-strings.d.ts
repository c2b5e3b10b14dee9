/**
 * The last few strings a table was asked to remember, each with its number: in a transcript a line's
 * parent is most often one of the lines just before it, a tool_result answers a tool_use a line or two
 * before, and a Codex output follows its call closely, so most lookups end here, with a comparison of
 * strings instead of parsing or hashing one.
 */
export declare class RecentStrings {
    #private;
    /** The number remembered with this string (the latest, if several), -1 for none. */
    find(text: string): number;
    remember(text: string, number: number): void;
}
