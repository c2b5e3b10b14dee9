import { InputError } from '../reading/input-error.js';
/** Thrown by the second pass at a rewrite it cannot make, before anything of that line is written. */
export class UnmadeRewrite extends Error {
    line;
    rewrite;
    constructor(line, rewrite) {
        super(`line ${line} cannot be rewritten (${rewrite.name})`);
        this.line = line;
        this.rewrite = rewrite;
        this.name = 'UnmadeRewrite';
    }
}
const keyOf = (line, rewrite) => JSON.stringify([line, rewrite.name, rewrite.args]);
/** The rewrites a pass could not make: a repair that has one is left out of the plan whole (all or nothing). */
export class UnmadeRewrites {
    #keys = new Set();
    /**
     * Runs `pass` until it meets no rewrite it cannot make. A repair is all or nothing: a pass that meets one stops
     * there and is thrown away (a temp file is removed, the original untouched), and `replan` makes the plan again
     * without the repairs of the rewrites met so far. A rewrite met twice is no repair's own (the plan's completion
     * makes it): nothing is written.
     */
    async settle(path, pass, replan) {
        for (;;) {
            try {
                return await pass();
            }
            catch (error) {
                if (!(error instanceof UnmadeRewrite))
                    throw error;
                const key = keyOf(error.line, error.rewrite);
                if (this.#keys.has(key))
                    throw new InputError(path, `${error.message}, an edit no single repair can be left out of; nothing written`);
                this.#keys.add(key);
                replan();
            }
        }
    }
    /** The line of the first rewrite the repair makes or needs that could not be made; undefined when it has none. */
    lineIn(repair) {
        if (this.#keys.size === 0)
            return undefined;
        for (const edit of [...repair.edits, ...(repair.needs ?? [])])
            if (edit.op === 'rewrite' && this.#keys.has(keyOf(edit.line, edit.rewrite)))
                return edit.line;
        return undefined;
    }
}
