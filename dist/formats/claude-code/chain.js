import { placeholderLine, INTERRUPTED_TEXT } from './placeholder.js';
import { relinkParent, withoutResultBlock } from './relink.js';
import { UuidIndex } from './uuid-index.js';
/** A missing parent is bridged to the nearest earlier entry only within this window (2.1.332's loader). */
export const BRIDGE_MS = 5000;
const ROOT = -1;
const MISSING = -2;
const ROLES = ['user', 'assistant', 'attachment', 'system', 'other'];
const SIDECHAIN = 8;
const BOUNDARY = 16;
const PROMPT = 32;
/** A line of a type this tool does not know: never rewritten. */
const UNKNOWN = 64;
/**
 * A transcript's history as Claude Code rebuilds it on resume: the leaf (the last last-prompt naming a
 * message without children, else the last such message in file order), the walk up parentUuid to a
 * compact boundary (a missing parent bridged to the nearest earlier entry within 5 s, else the walk
 * ends), the segment a boundary preserves, assistant lines merged by message.id, and result lines that
 * hang off a tool_use line gathered into the next user message. Each tool_use must be answered in the
 * very next user message. The leaf is known only at the end of the file, so everything is resolved then;
 * until then each entry costs a few numbers (line, parent, time, flags, message, its uuid's 16 bytes);
 * tool_use and tool_result lines also keep their call ids.
 */
export class ClaudeHistory {
    emit;
    #index = new UuidIndex();
    #lines = new Int32Array(1024);
    #parents = new Int32Array(1024);
    #times = new Float64Array(1024);
    #flags = new Uint8Array(1024);
    #messages = new Int32Array(1024);
    #count = 0;
    /** Parents named before they were seen, by entry. */
    #pending = new Map();
    /** Parents never seen, by entry. */
    #missing = new Map();
    #messageIds = new Map();
    #calls = new Map();
    #results = new Map();
    #blocks = new Map();
    /** The envelopes of tool_use lines, kept while one of their calls may still need a placeholder. */
    #envelopes = new Map();
    /** Calls no result has answered yet, by id: their lines' envelopes are kept. */
    #openCalls = new Map();
    #answeredIds = new Set();
    #boundaries = new Map();
    #boundaryLines = [];
    #leaf;
    #lastLine = 0;
    #main = false;
    /** Resolved at end(): the children of entry e are #childList[#childStart[e] .. #childStart[e + 1]). */
    #childStart = new Int32Array(1);
    #childList = new Int32Array(0);
    #tailCalls = new Set();
    #pinned = false;
    turnBoundaries = [];
    constructor(emit) {
        this.emit = emit;
    }
    record(line, info) {
        this.#lastLine = line;
        if (info.leafUuid !== undefined)
            this.#leaf = { uuid: info.leafUuid, line };
        const entry = info.entry;
        if (!entry || this.#index.get(entry.uuid) !== undefined)
            return;
        const e = this.#add(line, entry.uuid);
        this.#times[e] = entry.time;
        this.#flags[e] = ROLES.indexOf(entry.role) | (entry.sidechain ? SIDECHAIN : 0) | (entry.boundary ? BOUNDARY : 0) | (info.known ? 0 : UNKNOWN);
        if (!entry.sidechain)
            this.#main = true;
        if (entry.parentUuid === null)
            this.#parents[e] = ROOT;
        else {
            const parent = this.#index.get(entry.parentUuid);
            if (parent === undefined) {
                this.#parents[e] = MISSING;
                this.#pending.set(e, entry.parentUuid);
            }
            else
                this.#parents[e] = parent;
        }
        this.#messages[e] = entry.messageId === undefined ? -1 : this.#intern(entry.messageId);
        if (entry.boundary) {
            this.#boundaries.set(e, entry.boundary);
            this.#boundaryLines.push(line);
        }
        const calls = [];
        const results = [];
        for (const item of info.items) {
            if (item.role === 'call')
                calls.push(item);
            else if (item.role === 'output')
                results.push(item.callId);
            else if (item.role === 'user-message')
                this.#flags[e] |= PROMPT;
        }
        if (this.#flags[e] & PROMPT)
            this.turnBoundaries.push(line);
        if (calls.length > 0) {
            this.#calls.set(e, calls);
            if (info.envelope)
                this.#envelopes.set(e, info.envelope);
            for (const call of calls)
                if (!this.#answeredIds.has(call.callId))
                    this.#openCalls.set(call.callId, e);
        }
        if (results.length > 0) {
            this.#results.set(e, results);
            this.#blocks.set(e, entry.blocks ?? results.length);
            for (const id of results)
                this.#answer(id);
        }
    }
    /** A result for this call id: once every call of a tool_use line is answered, its envelope goes. */
    #answer(id) {
        this.#answeredIds.add(id);
        const e = this.#openCalls.get(id);
        if (e === undefined)
            return;
        this.#openCalls.delete(id);
        if (this.#calls.get(e).every((call) => this.#answeredIds.has(call.callId)))
            this.#envelopes.delete(e);
    }
    end() {
        for (const [e, uuid] of this.#pending) {
            const parent = this.#index.get(uuid);
            if (parent === undefined)
                this.#missing.set(e, uuid);
            else
                this.#parents[e] = parent;
        }
        this.#pending.clear();
        this.#openCalls.clear();
        this.#indexChildren();
        new Resolution(this, this.emit).run();
    }
    placeholder(call, options) {
        const e = this.#entryAt(call.line);
        const envelope = e === undefined ? undefined : this.#envelopes.get(e);
        if (e === undefined || !envelope)
            return undefined;
        const text = options.text ?? INTERRUPTED_TEXT;
        const line = placeholderLine(this.uuidOf(e), call.item.callId, envelope, text);
        const boundaryAfter = this.#boundaryLines.some((boundary) => boundary > call.line);
        if (boundaryAfter || (!this.#pinned && !this.#tailCalls.has(call.line))) {
            const why = boundaryAfter ? 'a compact boundary follows it' : 'at the end it would become the leaf';
            return { action: `inserted an interrupted tool_result after line ${call.line} (${why})`, edits: [{ op: 'insert-after', line: call.line, text: line }] };
        }
        return { action: `appended an interrupted tool_result answering line ${call.line}`, edits: [{ op: 'insert-after', line: this.#lastLine, text: line }] };
    }
    removeOutput(output, what) {
        const e = this.#entryAt(output.line);
        if ((this.#blocks.get(e) ?? 1) > 1) {
            return {
                action: `removed ${what} from line ${output.line}`,
                edits: [{ op: 'rewrite', line: output.line, apply: (bytes) => withoutResultBlock(bytes, output.callId) }],
            };
        }
        const parent = this.parentUuidOf(e);
        const children = this.childrenOf(e);
        // A child of a type this tool does not know cannot be re-linked, so its parent stays.
        if (children.some((child) => !this.known(child)))
            return undefined;
        return {
            action: `removed ${what} at line ${output.line}${children.length > 0 ? ` and re-linked line${children.length === 1 ? '' : 's'} ${children.map((c) => this.lineOf(c)).join(', ')} to its parent` : ''}`,
            edits: [
                { op: 'remove', line: output.line },
                ...children.map((child) => ({ op: 'rewrite', line: this.lineOf(child), apply: (bytes) => relinkParent(bytes, this.uuidOf(e), parent) })),
            ],
        };
    }
    // What the resolution reads.
    get count() {
        return this.#count;
    }
    get main() {
        return this.#main;
    }
    get leafRow() {
        return this.#leaf;
    }
    indexOf(uuid) {
        return this.#index.get(uuid);
    }
    uuidOf(e) {
        return this.#index.uuidOf(e);
    }
    lineOf(e) {
        return this.#lines[e];
    }
    timeOf(e) {
        return this.#times[e];
    }
    roleOf(e) {
        return ROLES[this.#flags[e] & 7];
    }
    sidechain(e) {
        return (this.#flags[e] & SIDECHAIN) !== 0;
    }
    known(e) {
        return (this.#flags[e] & UNKNOWN) === 0;
    }
    isPrompt(e) {
        return (this.#flags[e] & PROMPT) !== 0;
    }
    boundaryOf(e) {
        return this.#boundaries.get(e);
    }
    /** ROOT, MISSING or an entry. */
    parentOf(e) {
        return this.#parents[e];
    }
    missingParentOf(e) {
        return this.#missing.get(e);
    }
    get missingParents() {
        return this.#missing;
    }
    parentUuidOf(e) {
        const parent = this.#parents[e];
        return parent === ROOT ? null : parent === MISSING ? this.#missing.get(e) : this.uuidOf(parent);
    }
    messageOf(e) {
        return this.#messages[e];
    }
    callsOf(e) {
        return this.#calls.get(e);
    }
    get callEntries() {
        return this.#calls;
    }
    resultsOf(e) {
        return this.#results.get(e);
    }
    get resultEntries() {
        return this.#results;
    }
    blocksOf(e) {
        return this.#blocks.get(e) ?? 0;
    }
    timestampOf(e) {
        const time = this.#times[e];
        return Number.isNaN(time) ? undefined : new Date(time).toISOString();
    }
    /** The entries whose parent is e, in file order (valid after end()). */
    childrenOf(e) {
        return Array.from(this.#childList.subarray(this.#childStart[e], this.#childStart[e + 1]));
    }
    childCount(e) {
        return this.#childStart[e + 1] - this.#childStart[e];
    }
    /** Set by the resolution: which calls sit in the last assistant message, and whether a last-prompt picked the leaf. */
    settle(tailCalls, pinned) {
        this.#tailCalls = tailCalls;
        this.#pinned = pinned;
    }
    #add(line, uuid) {
        const e = this.#count;
        if (e === this.#lines.length)
            this.#grow();
        this.#count += 1;
        this.#index.add(uuid, e);
        this.#lines[e] = line;
        return e;
    }
    /** The entry on this line, if any (entries are in line order). */
    #entryAt(line) {
        let low = 0;
        let high = this.#count - 1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const at = this.#lines[middle];
            if (at === line)
                return middle;
            if (at < line)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return undefined;
    }
    /** Every entry's children, once the parents are known: counted, then laid out by parent (CSR). */
    #indexChildren() {
        const count = this.#count;
        const start = new Int32Array(count + 1);
        for (let c = 0; c < count; c += 1)
            if (this.#parents[c] >= 0)
                start[this.#parents[c] + 1] += 1;
        for (let e = 0; e < count; e += 1)
            start[e + 1] += start[e];
        const list = new Int32Array(start[count]);
        const next = start.slice(0, count);
        for (let c = 0; c < count; c += 1)
            if (this.#parents[c] >= 0)
                list[next[this.#parents[c]]++] = c;
        this.#childStart = start;
        this.#childList = list;
    }
    #grow() {
        const size = this.#lines.length * 2;
        const grow = (array, make) => {
            const grown = make(size);
            grown.set(array);
            return grown;
        };
        this.#lines = grow(this.#lines, (n) => new Int32Array(n));
        this.#parents = grow(this.#parents, (n) => new Int32Array(n));
        this.#times = grow(this.#times, (n) => new Float64Array(n));
        this.#flags = grow(this.#flags, (n) => new Uint8Array(n));
        this.#messages = grow(this.#messages, (n) => new Int32Array(n));
    }
    #intern(messageId) {
        let code = this.#messageIds.get(messageId);
        if (code === undefined)
            this.#messageIds.set(messageId, (code = this.#messageIds.size));
        return code;
    }
}
/** The end-of-file work: the leaf, the walk, the messages, and what does not pair. */
class Resolution {
    h;
    emit;
    #onPath;
    /** Entries of the history a compaction summarised: not sent, but not a dead branch either. */
    #compacted;
    /** The tool_use lines of each message.id. */
    #byMessage = new Map();
    constructor(h, emit) {
        this.h = h;
        this.emit = emit;
        this.#onPath = new Uint8Array(h.count);
        this.#compacted = new Uint8Array(h.count);
        for (const e of h.callEntries.keys()) {
            const message = h.messageOf(e);
            if (message < 0)
                continue;
            const list = this.#byMessage.get(message);
            if (list)
                list.push(e);
            else
                this.#byMessage.set(message, [e]);
        }
    }
    run() {
        const h = this.h;
        const side = !h.main;
        const sameSide = (e) => h.sidechain(e) === side;
        const hasMessage = (() => {
            for (let e = 0; e < h.count; e += 1)
                if (sameSide(e) && (h.roleOf(e) === 'user' || h.roleOf(e) === 'assistant'))
                    return true;
            return false;
        })();
        if (!hasMessage) {
            this.emit({ type: 'format', kind: 'empty' });
            this.#deadBranches();
            return;
        }
        const candidate = (e) => sameSide(e) && h.roleOf(e) !== 'other' && h.childCount(e) === 0;
        let leaf;
        const row = h.leafRow;
        if (row) {
            const named = h.indexOf(row.uuid);
            if (named === undefined)
                this.emit({ type: 'format', kind: 'dangling-leaf', line: row.line, uuid: row.uuid });
            else if (candidate(named))
                leaf = named;
        }
        const pinned = leaf !== undefined;
        if (leaf === undefined)
            for (let e = h.count - 1; e >= 0 && leaf === undefined; e -= 1)
                if (candidate(e))
                    leaf = e;
        const path = leaf === undefined ? [] : this.#walk(leaf, sameSide);
        if (path.length > 0)
            this.#markCompacted(path[0]);
        const groups = this.#groups(path);
        const tail = [...groups].reverse().find((group) => group.role === 'assistant');
        h.settle(new Set(tail ? this.#callLinesOf(tail) : []), pinned);
        this.#pair(groups);
        this.#brokenOffPath();
        this.#deadBranches();
    }
    /** Root first; the preserved segment of the boundary the walk stopped at is put after its anchor. */
    #walk(leaf, sameSide) {
        const h = this.h;
        const path = [];
        let at = leaf;
        for (;;) {
            if (this.#onPath[at])
                break;
            this.#onPath[at] = 1;
            path.push(at);
            if (h.boundaryOf(at))
                break;
            const parent = h.parentOf(at);
            if (parent === ROOT)
                break;
            if (parent !== MISSING) {
                at = parent;
                continue;
            }
            const bridge = this.#nearestEarlier(at, sameSide);
            const gap = bridge ? h.timeOf(at) - h.timeOf(bridge.entry) : Infinity;
            const bridged = bridge !== undefined && gap <= BRIDGE_MS;
            this.emit({
                type: 'format',
                kind: 'broken-parent',
                line: h.lineOf(at),
                uuid: h.uuidOf(at),
                missing: h.missingParentOf(at),
                bridged,
                known: h.known(at),
                outside: false,
                unreachable: this.#earlierMessages(at, sameSide),
                ...(bridge && { target: { line: h.lineOf(bridge.entry), uuid: h.uuidOf(bridge.entry), unique: bridge.unique, gapMs: gap } }),
            });
            if (!bridged)
                break;
            at = bridge.entry;
        }
        path.reverse();
        const boundary = h.boundaryOf(path[0]);
        if (boundary)
            this.#preserve(path, boundary);
        for (const [e, b] of this.#allBoundaries())
            if (e !== path[0])
                this.#danglingReferences(e, b, true);
        return path;
    }
    *#allBoundaries() {
        for (let e = 0; e < this.h.count; e += 1) {
            const boundary = this.h.boundaryOf(e);
            if (boundary)
                yield [e, boundary];
        }
    }
    #danglingReferences(e, boundary, outside) {
        const missing = boundary.preserved.filter((uuid) => this.h.indexOf(uuid) === undefined);
        if (missing.length > 0)
            this.emit({ type: 'format', kind: 'dangling-compact', line: this.h.lineOf(e), missing, outside });
        return missing.length > 0;
    }
    #preserve(path, boundary) {
        const h = this.h;
        if (this.#danglingReferences(path[0], boundary, false))
            return;
        if (!boundary.head || !boundary.tail || !boundary.anchor)
            return;
        const anchor = path.indexOf(h.indexOf(boundary.anchor));
        const head = h.indexOf(boundary.head);
        const segment = [];
        for (let at = h.indexOf(boundary.tail);; at = h.parentOf(at)) {
            if (at < 0 || this.#onPath[at] || segment.length > h.count)
                return;
            segment.push(at);
            if (at === head)
                break;
        }
        if (anchor < 0)
            return;
        for (const e of segment)
            this.#onPath[e] = 1;
        path.splice(anchor + 1, 0, ...segment.reverse());
    }
    #nearestEarlier(e, sameSide) {
        const h = this.h;
        const time = h.timeOf(e);
        if (Number.isNaN(time))
            return undefined;
        let best = -1;
        let unique = true;
        for (let c = 0; c < h.count; c += 1) {
            if (c === e || this.#onPath[c] || !sameSide(c) || h.roleOf(c) === 'other')
                continue;
            const t = h.timeOf(c);
            if (!(t < time))
                continue;
            if (best < 0 || t > h.timeOf(best)) {
                best = c;
                unique = true;
            }
            else if (t === h.timeOf(best))
                unique = false;
        }
        return best < 0 ? undefined : { entry: best, unique };
    }
    /** Messages before the break that the walk does not reach: the history the client drops. */
    #earlierMessages(e, sameSide) {
        const h = this.h;
        let count = 0;
        for (let c = 0; c < e; c += 1)
            if (!this.#onPath[c] && sameSide(c) && (h.roleOf(c) === 'user' || h.roleOf(c) === 'assistant'))
                count += 1;
        return count;
    }
    /** The messages the client sends: consecutive user lines merge, assistant lines by message.id. */
    #groups(path) {
        const h = this.h;
        const groups = [];
        for (const e of path) {
            const role = h.roleOf(e);
            if (role === 'system' || role === 'other')
                continue;
            const as = role === 'assistant' ? 'assistant' : 'user';
            const last = groups.at(-1);
            const sameMessage = last?.role === 'assistant' && as === 'assistant' && h.messageOf(e) >= 0 && h.messageOf(e) === h.messageOf(last.entries[0]);
            if (last && ((as === 'user' && last.role === 'user') || sameMessage))
                last.entries.push(e);
            else
                groups.push({ role: as, entries: [e] });
        }
        return groups;
    }
    /** The tool_use lines of an assistant message: its own lines, and every line of the same message.id. */
    #callEntriesOf(group) {
        const h = this.h;
        const message = h.messageOf(group.entries[0]);
        if (message < 0)
            return group.entries.filter((e) => h.callsOf(e));
        return this.#byMessage.get(message) ?? [];
    }
    #callLinesOf(group) {
        return this.#callEntriesOf(group).map((e) => this.h.lineOf(e));
    }
    #callRecord(e, item, embedded) {
        const line = this.h.lineOf(e);
        const timestamp = this.h.timestampOf(e);
        return { line, item, embedded, runStart: line, turn: 0, ...(timestamp !== undefined && { timestamp }) };
    }
    #outputRecord(e, callId, outside) {
        return { line: this.h.lineOf(e), kind: 'tool_result', callId, embedded: outside, turn: 0, early: false };
    }
    #pair(groups) {
        const h = this.h;
        /** Every call on the conversation, by id: the first one. */
        const seen = new Map();
        const calls = [];
        const callsOf = new Map();
        const callById = new Map();
        groups.forEach((group, g) => {
            if (group.role !== 'assistant')
                return;
            const own = [];
            for (const e of this.#callEntriesOf(group)) {
                this.#onPath[e] = 1;
                for (const item of h.callsOf(e)) {
                    const call = { group: g, e, item };
                    own.push(call);
                    if (!callById.has(item.callId))
                        callById.set(item.callId, call);
                }
            }
            calls.push(...own);
            callsOf.set(g, own);
        });
        // Result lines that hang off a tool_use line join the user message after it (one is made if none follows).
        const gathered = new Map();
        const callGroupOf = new Map(calls.map(({ e, group }) => [e, group]));
        for (const e of h.resultEntries.keys()) {
            if (this.#onPath[e])
                continue;
            const parent = h.parentOf(e);
            const g = parent >= 0 ? callGroupOf.get(parent) : undefined;
            if (g === undefined)
                continue;
            this.#onPath[e] = 1;
            const list = gathered.get(g);
            if (list)
                list.push(e);
            else
                gathered.set(g, [e]);
        }
        const messages = [];
        groups.forEach((group, g) => {
            const own = callsOf.get(g) ?? [];
            if (group.role === 'user' && groups[g - 1]?.role === 'assistant')
                messages.push({ group, gathered: gathered.get(g - 1) ?? [], calls: own });
            else
                messages.push({ group, gathered: [], calls: own });
            if (group.role === 'assistant' && gathered.has(g) && groups[g + 1]?.role !== 'user')
                messages.push({ group: { role: 'user', entries: [] }, gathered: gathered.get(g), calls: [] });
        });
        const answered = new Set();
        const reported = new Set();
        const misplaced = [];
        messages.forEach(({ group, gathered: joined, calls: own }, m) => {
            const previous = messages[m - 1];
            const expected = new Map();
            if (previous?.group.role === 'assistant')
                for (const call of previous.calls)
                    expected.set(call.item.callId, call);
            if (group.role === 'assistant') {
                for (const call of own) {
                    const record = this.#callRecord(call.e, call.item, false);
                    const first = seen.get(call.item.callId);
                    if (first)
                        this.emit({ type: 'repeat-call', call: record, first, outside: false });
                    else
                        seen.set(call.item.callId, record);
                }
                return;
            }
            const entries = [...group.entries.filter((e) => h.resultsOf(e)), ...joined].sort((a, b) => a - b);
            const answers = new Map();
            for (const e of entries) {
                for (const callId of h.resultsOf(e)) {
                    const call = expected.get(callId);
                    if (!call) {
                        misplaced.push({ e, callId });
                        continue;
                    }
                    const answer = answers.get(callId);
                    if (answer === undefined) {
                        answers.set(callId, e);
                        answered.add(callId);
                        continue;
                    }
                    reported.add(e);
                    this.emit({
                        type: 'extra-output',
                        output: this.#outputRecord(e, callId, false),
                        call: this.#callRecord(call.e, call.item, false),
                        answer: this.#outputRecord(answer, callId, false),
                        ambiguous: false,
                        outside: false,
                    });
                }
            }
        });
        // A result in the wrong message: not adjacent when its tool_use is on the conversation, else an orphan.
        const resultsById = this.#resultsById();
        for (const { e, callId } of misplaced) {
            const call = callById.get(callId);
            reported.add(e);
            if (call && !answered.has(callId)) {
                this.#notAdjacent(e, callId, call);
                answered.add(callId);
            }
            else if (call) {
                this.emit({ type: 'extra-output', output: this.#outputRecord(e, callId, false), call: this.#callRecord(call.e, call.item, false), answer: this.#outputRecord(resultsById.get(callId).find((r) => r !== e) ?? e, callId, false), ambiguous: false, outside: false });
            }
            else {
                this.emit({ type: 'orphan', output: this.#outputRecord(e, callId, false), outside: false });
            }
        }
        for (const call of calls) {
            if (answered.has(call.item.callId))
                continue;
            answered.add(call.item.callId);
            const elsewhere = (resultsById.get(call.item.callId) ?? []).find((e) => !reported.has(e));
            if (elsewhere !== undefined) {
                reported.add(elsewhere);
                this.#onPath[elsewhere] = 1;
                this.#notAdjacent(elsewhere, call.item.callId, call);
            }
            else {
                this.emit({ type: 'unanswered', call: this.#callRecord(call.e, call.item, false), ambiguous: false, outside: false });
            }
        }
    }
    #notAdjacent(e, callId, call) {
        const h = this.h;
        this.emit({
            type: 'format',
            kind: 'not-adjacent',
            output: this.#outputRecord(e, callId, false),
            call: this.#callRecord(call.e, call.item, false),
            callUuid: h.uuidOf(call.e),
            parentUuid: h.parentUuidOf(e),
            blocks: h.blocksOf(e),
        });
    }
    #resultsById() {
        const byId = new Map();
        for (const [e, ids] of this.h.resultEntries) {
            for (const id of ids) {
                const list = byId.get(id);
                if (list)
                    list.push(e);
                else
                    byId.set(id, [e]);
            }
        }
        return byId;
    }
    /** Missing parents away from the conversation: the client never walks them. */
    #brokenOffPath() {
        const h = this.h;
        for (const [e, missing] of h.missingParents) {
            if (this.#onPath[e])
                continue;
            this.emit({ type: 'format', kind: 'broken-parent', line: h.lineOf(e), uuid: h.uuidOf(e), missing, bridged: false, known: h.known(e), outside: true, unreachable: 0 });
        }
    }
    /**
     * The history behind the boundary the conversation starts at: up parentUuid from its logicalParentUuid
     * (the leaf before compaction), and on through the boundaries before it.
     */
    #markCompacted(start) {
        const h = this.h;
        let boundary = h.boundaryOf(start);
        while (boundary?.logicalParent !== undefined) {
            let at = h.indexOf(boundary.logicalParent);
            boundary = undefined;
            for (; at !== undefined && at >= 0 && !this.#compacted[at]; at = h.parentOf(at)) {
                this.#compacted[at] = 1;
                boundary = h.boundaryOf(at);
                if (boundary)
                    break;
            }
        }
    }
    /**
     * Off the conversation: a tool_use no line answers, a result no line asked for. At most warnings; fix
     * leaves dead branches, but answers a compacted tool_use, inside its segment, for whatever reads the whole file.
     */
    #deadBranches() {
        const h = this.h;
        const callIds = new Set();
        for (const calls of h.callEntries.values())
            for (const call of calls)
                callIds.add(call.callId);
        const resultIds = this.#resultsById();
        for (const [e, calls] of h.callEntries) {
            if (this.#onPath[e])
                continue;
            for (const item of calls) {
                if (!resultIds.has(item.callId))
                    this.emit({ type: 'unanswered', call: this.#callRecord(e, item, !this.#compacted[e]), ambiguous: false, outside: true });
            }
        }
        for (const [e, ids] of h.resultEntries) {
            if (this.#onPath[e])
                continue;
            for (const id of ids)
                if (!callIds.has(id))
                    this.emit({ type: 'orphan', output: this.#outputRecord(e, id, true), outside: true });
        }
    }
}
