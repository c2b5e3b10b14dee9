/**
 * What the walk up the chain asks at a missing parent, answered in logarithmic time however many breaks
 * the chain has (a scan of every entry per break made a file of bridged breaks quadratic): the entry the
 * client bridges to (the latest one before it in time that the walk has not taken, on the same side, of
 * a chain role; the first in the file among equal times), and how many messages before the break the
 * walk has not reached. Built at the first break; the walk tells it each entry it takes.
 */
export class Bridges {
    h;
    sameSide;
    /** Candidates for a bridge, by time, and among equal times by entry, descending. */
    #byTime;
    /** Each entry's place in #byTime, -1 for none. */
    #place;
    /** Per place: itself while its entry is free, else a place below it (union-find, to skip taken entries). */
    #free;
    /** Per entry: the messages before it (same side, user or assistant). */
    #messagesBefore;
    /** A Fenwick tree over entries of the messages the walk has taken. */
    #taken;
    constructor(h, sameSide) {
        this.h = h;
        this.sameSide = sameSide;
        const candidates = [];
        this.#messagesBefore = new Int32Array(h.count + 1);
        for (let e = 0; e < h.count; e += 1) {
            const role = h.roleOf(e);
            const side = sameSide(e);
            if (side && role !== 'other' && !Number.isNaN(h.timeOf(e)))
                candidates.push(e);
            this.#messagesBefore[e + 1] = this.#messagesBefore[e] + (side && (role === 'user' || role === 'assistant') ? 1 : 0);
        }
        candidates.sort((a, b) => h.timeOf(a) - h.timeOf(b) || b - a);
        this.#byTime = Int32Array.from(candidates);
        this.#place = new Int32Array(h.count).fill(-1);
        this.#byTime.forEach((e, place) => (this.#place[e] = place));
        this.#free = Int32Array.from(this.#byTime, (_, place) => place);
        this.#taken = new Int32Array(h.count + 1);
    }
    /** The walk took entry e. */
    take(e) {
        const place = this.#place[e];
        if (place >= 0)
            this.#free[place] = place - 1;
        const role = this.h.roleOf(e);
        if (this.sameSide(e) && (role === 'user' || role === 'assistant'))
            for (let i = e + 1; i <= this.h.count; i += i & -i)
                this.#taken[i] += 1;
    }
    /** The entry a missing parent of e is bridged to, if any; not unique when another free entry has its time. */
    nearestEarlier(e) {
        const h = this.h;
        const time = h.timeOf(e);
        if (Number.isNaN(time))
            return undefined;
        // The last place with a time before e's.
        let low = 0;
        let high = this.#byTime.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (h.timeOf(this.#byTime[middle]) < time)
                low = middle + 1;
            else
                high = middle;
        }
        const best = this.#freeAtOrBelow(low - 1);
        if (best < 0)
            return undefined;
        const next = this.#freeAtOrBelow(best - 1);
        const entry = this.#byTime[best];
        return { entry, unique: next < 0 || h.timeOf(this.#byTime[next]) !== h.timeOf(entry) };
    }
    /** The messages before e that the walk has not taken: the history the client drops at a break there. */
    earlierMessages(e) {
        let taken = 0;
        for (let i = e; i > 0; i -= i & -i)
            taken += this.#taken[i];
        return this.#messagesBefore[e] - taken;
    }
    #freeAtOrBelow(place) {
        let root = place;
        while (root >= 0 && this.#free[root] !== root)
            root = this.#free[root];
        for (let at = place; at > root && this.#free[at] !== root;) {
            const below = this.#free[at];
            this.#free[at] = root;
            at = below;
        }
        return root;
    }
}
