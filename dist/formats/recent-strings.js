/**
 * The last few strings a table was asked to remember, each with its number: in a transcript a line's
 * parent is most often one of the lines just before it, a tool_result answers a tool_use a line or two
 * before, and a Codex output follows its call closely, so most lookups end here, with a comparison of
 * strings instead of parsing or hashing one.
 */
export class RecentStrings {
    #strings = new Array(SIZE).fill(undefined);
    #numbers = new Int32Array(SIZE);
    #next = 0;
    /** The number remembered with this string (the latest, if several), -1 for none. */
    find(text) {
        // Newest first: the one just remembered is the likeliest.
        for (let k = 0, at = this.#next - 1; k < SIZE; k += 1, at -= 1)
            if (this.#strings[at & (SIZE - 1)] === text)
                return this.#numbers[at & (SIZE - 1)];
        return -1;
    }
    remember(text, number) {
        const at = this.#next++ & (SIZE - 1);
        this.#strings[at] = text;
        this.#numbers[at] = number;
    }
}
/** How many are kept (a power of two). */
const SIZE = 4;
