import duplicateOutput from '../../checking/rules/duplicate-output.js';
import orphanOutput from '../../checking/rules/orphan-output.js';
/** The rule whose fix takes out the result block of each finding. */
export const REMOVING_RULE = { orphan: orphanOutput.name, 'extra-output': duplicateOutput.name };
/**
 * The result blocks a fix takes out (those reported as orphans or second answers by a rule that runs), and the chain as that
 * leaves it: a block goes alone while its line keeps another, the last ones take the line, and a line goes
 * only when no child of it is of a type this tool does not know (it could not be re-linked). Repairs that
 * depend on other results (a rename) are decided on the file as the removals leave it, so that a second
 * fix finds nothing the first could have done.
 */
export class PlannedRemovals {
    h;
    /** Per result line: the ids of its removable blocks, one per block. */
    #ids = new Map();
    /** Per id: how many of its blocks are taken out; counted when first asked (after every block is added). */
    #removedById;
    /** topRemoved's answers, by line. */
    #tops = new Map();
    constructor(h) {
        this.h = h;
    }
    add(e, id) {
        const ids = this.#ids.get(e);
        if (ids)
            ids.push(id);
        else
            this.#ids.set(e, [id]);
    }
    /** Whether the removals on line e take its whole line (never an empty message). */
    takeLine(e) {
        const ids = this.#ids.get(e);
        return ids !== undefined && this.h.blocksOf(e) <= ids.length;
    }
    /** Whether line e is removed whole. */
    goes(e) {
        return this.takeLine(e) && this.h.childrenOf(e).every((child) => this.h.known(child));
    }
    /** The last of line e and the ancestors that go with it, up the chain: its parent is what e's children get. */
    topRemoved(e) {
        // Remembered for every line of the walk: a run of n removed lines costs n steps, not n².
        const walked = [];
        let at = e;
        // Bounded: a cycle of parentUuids must not hang the fix.
        while (!this.#tops.has(at) && walked.length < this.h.count && this.h.parentOf(at) >= 0 && this.goes(this.h.parentOf(at))) {
            walked.push(at);
            at = this.h.parentOf(at);
        }
        const top = this.#tops.get(at) ?? at;
        for (const line of walked)
            this.#tops.set(line, top);
        return top;
    }
    /** The children of line e once the removed lines below it are gone (their children re-linked up to e), in no set order. */
    keptChildren(e) {
        const kept = [];
        // A stack, not recursion: a long run of removed lines must not overflow the call stack; bounded, as a cycle of parentUuids must not hang the fix.
        const pending = this.h.childrenOf(e);
        for (let child = pending.pop(), steps = 0; child !== undefined && steps < this.h.count; child = pending.pop(), steps += 1) {
            if (this.goes(child))
                for (const grandchild of this.h.childrenOf(child))
                    pending.push(grandchild);
            else
                kept.push(child);
        }
        return kept;
    }
    /** How many of line e's result blocks answer this id once the removals are made. */
    keptAnswers(e, id) {
        const answers = this.h.tools.answering(e, id);
        return answers > 0 && this.#takesOut(e) ? answers - count(this.#ids.get(e), id) : answers;
    }
    /** How many result blocks of this id the file keeps. */
    keptResults(id) {
        if (!this.#removedById) {
            this.#removedById = new Map();
            for (const [e, ids] of this.#ids)
                if (this.#takesOut(e))
                    for (const removed of ids)
                        this.#removedById.set(removed, (this.#removedById.get(removed) ?? 0) + 1);
        }
        return this.h.tools.resultCount(id) - (this.#removedById.get(id) ?? 0);
    }
    /** Whether line e's removable blocks are taken out: alone, or with the line when it can go. */
    #takesOut(e) {
        return this.#ids.has(e) && (!this.takeLine(e) || this.goes(e));
    }
}
function count(ids, id) {
    let n = 0;
    for (const each of ids)
        if (each === id)
            n += 1;
    return n;
}
