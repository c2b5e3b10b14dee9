import { IntList } from './int-list.js';
import { grownArray, grownLength } from '../typed-arrays.js';
import { CallIds } from '../call-ids.js';
import { RecentStrings } from '../recent-strings.js';
/** Blocks of one kind as (entry, id code) pairs, in entry order (entries are added in file order). */
export class Blocks {
    #entries = new IntList();
    #codes = new IntList();
    get count() {
        return this.#entries.length;
    }
    add(e, code) {
        this.#codes.push(code);
        return this.#entries.push(e);
    }
    entryAt(at) {
        return this.#entries.at(at);
    }
    codeAt(at) {
        return this.#codes.at(at);
    }
    /** The index of entry e's first block, -1 when it has none. */
    first(e) {
        let low = 0;
        let high = this.count;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (this.#entries.at(middle) < e)
                low = middle + 1;
            else
                high = middle;
        }
        return low < this.count && this.#entries.at(low) === e ? low : -1;
    }
    /** The end of the blocks of the entry whose first block is at `first`. */
    end(first) {
        const e = this.#entries.at(first);
        let at = first + 1;
        while (at < this.count && this.#entries.at(at) === e)
            at += 1;
        return at;
    }
    /** The entries that have blocks, in file order. */
    entries() {
        const entries = new IntList();
        for (let at = 0; at < this.count; at += 1)
            if (at === 0 || this.#entries.at(at - 1) !== this.#entries.at(at))
                entries.push(this.#entries.at(at));
        return entries.values();
    }
}
/**
 * The tool_use and tool_result blocks of a transcript, by entry, in a few numbers each: every id is
 * interned once (a number per distinct id), and a block is its entry and its id's number. The call
 * items findings name are made again from these when asked.
 */
export class ToolItems {
    #ids = new CallIds();
    #names = new Map();
    #nameList = [];
    /** Per id: bit 1, some tool_use has it; bit 2, some tool_result answers it (so far, then in the file). */
    #seen = new Uint8Array(1024);
    calls = new Blocks();
    /** Per call: its tool's name, -1 for none. */
    #callNames = new IntList();
    results = new Blocks();
    /** The ids interned last, and their codes. */
    #recent = new RecentStrings();
    /** resultCount's and callCount's tables, and the number of blocks each counted. */
    #resultCounts;
    #callCounts;
    /** The number of distinct ids. */
    get codeCount() {
        return this.#ids.size;
    }
    /** Adds a tool_use block of entry e. */
    addCall(e, call) {
        const code = this.#code(call.callId);
        this.#seen[code] |= CALLED;
        this.calls.add(e, code);
        this.#callNames.push(call.name === undefined ? -1 : this.#nameCode(call.name));
    }
    /** Adds a tool_result block of entry e, by the id it answers. */
    addResult(e, id) {
        const code = this.#code(id);
        this.#seen[code] |= ANSWERED;
        this.results.add(e, code);
    }
    idOf(code) {
        return this.#ids.id(code);
    }
    /** Whether some tool_use or tool_result block has this id. */
    has(id) {
        return this.#ids.find(id) >= 0;
    }
    /** How many tool_result blocks answer this id, counted once for all ids when first asked (after the file is read). */
    resultCount(id) {
        this.#resultCounts = this.#counted(this.results, this.#resultCounts);
        return this.#countOf(id, this.#resultCounts);
    }
    /** How many tool_use blocks have this id, counted as resultCount counts. */
    callCount(id) {
        this.#callCounts = this.#counted(this.calls, this.#callCounts);
        return this.#countOf(id, this.#callCounts);
    }
    /** The blocks of each id, counted again only when blocks were added since. */
    #counted(blocks, last) {
        if (last?.blocks === blocks.count)
            return last;
        const counts = new Int32Array(this.codeCount);
        for (let at = 0; at < blocks.count; at += 1)
            counts[blocks.codeAt(at)] += 1;
        return { blocks: blocks.count, counts };
    }
    #countOf(id, table) {
        const code = this.#ids.find(id);
        return code < 0 ? 0 : (table.counts[code] ?? 0);
    }
    /** How many of entry e's result blocks answer this id. */
    answering(e, id) {
        const first = this.results.first(e);
        if (first < 0)
            return 0;
        let answers = 0;
        for (let at = first, end = this.results.end(first); at < end; at += 1)
            if (this.idOf(this.results.codeAt(at)) === id)
                answers += 1;
        return answers;
    }
    /** Whether some tool_result answers this id. */
    answered(code) {
        return (this.#seen[code] & ANSWERED) !== 0;
    }
    /** Whether some tool_use has this id. */
    called(code) {
        return (this.#seen[code] & CALLED) !== 0;
    }
    /** Whether a tool_use read so far has this id. */
    calledId(id) {
        const code = this.#ids.find(id);
        return code >= 0 && this.called(code);
    }
    /** The item of the call block at `at`. */
    callItem(at) {
        const name = this.#callNames.at(at);
        return { role: 'call', callId: this.idOf(this.calls.codeAt(at)), kind: 'tool_use', expects: 'tool_result', ...(name >= 0 && { name: this.#nameList[name] }) };
    }
    #code(id) {
        const recent = this.#recent.find(id);
        if (recent >= 0)
            return recent;
        const code = this.#ids.intern(id);
        this.#recent.remember(id, code);
        if (code === this.#seen.length)
            this.#seen = grownArray(this.#seen, grownLength(code));
        return code;
    }
    #nameCode(name) {
        let code = this.#names.get(name);
        if (code === undefined) {
            code = this.#nameList.length;
            this.#names.set(name, code);
            this.#nameList.push(name);
        }
        return code;
    }
}
const CALLED = 1;
const ANSWERED = 2;
