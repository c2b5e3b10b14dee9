import { CallIds } from '../call-ids.js';
import { RecentStrings } from '../recent-strings.js';
import { grownArray } from '../typed-arrays.js';
const OUTPUT_KINDS = ['function_call_output', 'custom_tool_call_output', 'tool_search_output'];
// One row of numbers per call id: the call, how many outputs it has and the first of them.
const STRIDE = 9;
const LINE = 0;
const RUN_START = 1;
const TURN = 2;
/** Bit 0: in a checkpoint; bits 1-2: the expected output kind; bits 3 and up: the call's kind (interned). */
const FLAGS = 3;
/** The tool name, interned, plus one (0: none). */
const NAME = 4;
const OUTPUTS = 5;
const OUTPUT_LINE = 6;
const OUTPUT_TURN = 7;
/** Bits 0-1: the output kind; bit 2: in a checkpoint; bit 3: written before the call. */
const OUTPUT_FLAGS = 8;
const MAX_UINT32 = 0xffff_ffff;
/**
 * The calls of one history segment, by call id, with their outputs and repeats. Kept as rows of numbers
 * in one growable typed array rather than objects: a long session holds tens of thousands of calls, and
 * objects per call would each live on the JS heap for the whole run. The common case (one call, one
 * output) costs a row and its call id's place in CallIds; the item id and timestamp, which only a
 * call left unanswered needs, are dropped at its first output. Records are rebuilt on demand.
 * Slots are numbered in the order calls come: a slot is its call id's number in CallIds.
 */
export class CallStore {
    /**
     * 32-bit rows, 36 bytes a call (a file of a million 200-byte lines holds some 200,000 calls); they
     * widen to 64-bit floats for a line number past 2^32 - 1 (no other value is larger than a line number).
     */
    #rows = new Uint32Array(STRIDE * 4);
    #ids = new CallIds();
    /** The calls added last: the output of one of them is the likeliest next. */
    #recent = new RecentStrings();
    /** What only a placeholder for an unanswered call needs, by slot, while the call has no output. */
    #unanswered = new Map();
    /** Outputs after the first, and repeated calls: rare, kept as records. */
    #moreOutputs = new Map();
    #repeats = new Map();
    /** Call kinds and tool names, interned: a session uses a handful. */
    #strings = [];
    #codes = new Map();
    slotOf(callId) {
        const recent = this.#recent.find(callId);
        if (recent >= 0)
            return recent;
        const slot = this.#ids.find(callId);
        return slot < 0 ? undefined : slot;
    }
    /** How many calls there are: their slots are 0 to size - 1. */
    get size() {
        return this.#ids.size;
    }
    callId(slot) {
        return this.#ids.id(slot);
    }
    /** Adds the first call of its id, with the outputs that came before it; returns its slot. */
    addCall(call, early) {
        const slot = this.#ids.size;
        // Half again as many rows, not twice: the old and the new array are both held while one is copied.
        if ((slot + 1) * STRIDE > this.#rows.length)
            this.#rows = this.#resized(this.#rows.length + STRIDE * Math.ceil(this.#rows.length / STRIDE / 2), false);
        this.#fit(call.line);
        const { item } = call;
        this.#ids.add(item.callId);
        this.#recent.remember(item.callId, slot);
        if (item.itemId !== undefined || call.timestamp !== undefined)
            this.#unanswered.set(slot, { itemId: item.itemId, timestamp: call.timestamp });
        const row = slot * STRIDE;
        const rows = this.#rows;
        rows[row + LINE] = call.line;
        rows[row + RUN_START] = call.runStart;
        rows[row + TURN] = call.turn;
        rows[row + FLAGS] = (call.embedded ? 1 : 0) | (OUTPUT_KINDS.indexOf(item.expects) << 1) | (this.#intern(item.kind) << 3);
        rows[row + NAME] = item.name === undefined ? 0 : this.#intern(item.name) + 1;
        rows[row + OUTPUTS] = 0;
        for (const output of early)
            this.addOutput(slot, item.callId, output.line, output.kind, output.embedded, output.turn, true);
        return slot;
    }
    addRepeat(slot, call) {
        const repeats = this.#repeats.get(slot);
        if (repeats)
            repeats.push(call);
        else
            this.#repeats.set(slot, [call]);
    }
    addOutput(slot, callId, line, kind, embedded, turn, early) {
        this.#fit(line);
        const row = slot * STRIDE;
        const rows = this.#rows;
        const count = rows[row + OUTPUTS];
        rows[row + OUTPUTS] = count + 1;
        if (count === 0) {
            rows[row + OUTPUT_LINE] = line;
            rows[row + OUTPUT_TURN] = turn;
            rows[row + OUTPUT_FLAGS] = OUTPUT_KINDS.indexOf(kind) | (embedded ? 4 : 0) | (early ? 8 : 0);
            // Answered: the call will never need a placeholder (a wrong-kind answer still needs the item id: its retyped id).
            if (this.#unanswered.size > 0 && OUTPUT_KINDS.indexOf(kind) === ((rows[row + FLAGS] >> 1) & 3))
                this.#unanswered.delete(slot);
            return;
        }
        const output = { line, kind, callId, embedded, turn, early };
        const more = this.#moreOutputs.get(slot);
        if (more)
            more.push(output);
        else
            this.#moreOutputs.set(slot, [output]);
    }
    /** A call answered once, by an output of the kind it expects written after it: nothing to report. */
    isSimplyAnswered(slot) {
        const row = slot * STRIDE;
        const rows = this.#rows;
        const flags = rows[row + OUTPUT_FLAGS];
        return rows[row + OUTPUTS] === 1 && !this.#repeats.has(slot) && (flags & 3) === ((rows[row + FLAGS] >> 1) & 3) && (flags & 8) === 0;
    }
    call(slot, callId) {
        const row = slot * STRIDE;
        const rows = this.#rows;
        const flags = rows[row + FLAGS];
        const name = rows[row + NAME];
        const { itemId, timestamp } = this.#unanswered.get(slot) ?? {};
        const item = {
            role: 'call',
            callId,
            kind: this.#strings[flags >> 3],
            expects: OUTPUT_KINDS[(flags >> 1) & 3],
            ...(itemId !== undefined && { itemId }),
            ...(name > 0 && { name: this.#strings[name - 1] }),
        };
        return {
            line: rows[row + LINE],
            item,
            embedded: (flags & 1) === 1,
            runStart: rows[row + RUN_START],
            turn: rows[row + TURN],
            ...(timestamp !== undefined && { timestamp }),
        };
    }
    /** The call's outputs, in the order they were written (outputs written before the call first). */
    outputs(slot, callId) {
        const row = slot * STRIDE;
        const rows = this.#rows;
        if (rows[row + OUTPUTS] === 0)
            return [];
        const flags = rows[row + OUTPUT_FLAGS];
        const first = {
            line: rows[row + OUTPUT_LINE],
            kind: OUTPUT_KINDS[flags & 3],
            callId,
            embedded: (flags & 4) !== 0,
            turn: rows[row + OUTPUT_TURN],
            early: (flags & 8) !== 0,
        };
        return [first, ...(this.#moreOutputs.get(slot) ?? [])];
    }
    repeats(slot) {
        return this.#repeats.get(slot) ?? [];
    }
    /** Widens the rows, once, when a line number does not fit 32 bits. */
    #fit(line) {
        if (line > MAX_UINT32 && this.#rows instanceof Uint32Array)
            this.#rows = this.#resized(this.#rows.length, true);
    }
    /** The rows copied into an array of `length` numbers, 64-bit when `wide` or when they already are. */
    #resized(length, wide) {
        const make = wide || this.#rows instanceof Float64Array ? (n) => new Float64Array(n) : (n) => new Uint32Array(n);
        return grownArray(this.#rows, length, make);
    }
    #intern(text) {
        let code = this.#codes.get(text);
        if (code === undefined) {
            code = this.#strings.length;
            this.#strings.push(text);
            this.#codes.set(text, code);
        }
        return code;
    }
}
