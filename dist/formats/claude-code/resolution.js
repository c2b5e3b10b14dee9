import { Bridges } from './bridge.js';
import { MISSING, ROOT } from './parent-codes.js';
import { CallsByMessage, Messages, Pairing } from './pairing.js';
/** A missing parent is bridged to the nearest earlier entry only within this window (2.1.332's loader). */
export const BRIDGE_MS = 5000;
/** The end-of-file work: the leaf, the walk, the messages, and what does not pair. */
export class Resolution {
    h;
    emit;
    #onPath;
    /** Entries of the history a compaction summarised: not sent, but not a dead branch either. */
    #compacted;
    /**
     * Entries behind a cut in the chain that fix re-links with --unsafe-fixes: not sent now, but checked as
     * the conversation they rejoin, so that one fix leaves nothing for a second (their findings are warnings).
     */
    #behindCut;
    #callsByMessage;
    constructor(h, emit) {
        this.h = h;
        this.emit = emit;
        this.#onPath = new Uint8Array(h.count);
        this.#compacted = new Uint8Array(h.count);
        this.#behindCut = new Uint8Array(h.count);
        this.#callsByMessage = new CallsByMessage(h);
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
            if (!h.onlySummaries)
                this.emit({ type: 'format', kind: 'empty' });
            this.#deadBranches();
            return;
        }
        const candidate = (e) => sameSide(e) && h.roleOf(e) !== 'other' && !h.hasChildren(e);
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
        const messages = new Messages(h, path);
        let tail = messages.count - 1;
        while (tail >= 0 && messages.assistant[tail] === 0)
            tail -= 1;
        h.settle(new Set(tail >= 0 ? Array.from(this.#callEntriesOf(messages, tail), (e) => h.lineOf(e)) : []), pinned);
        new Pairing(h, messages, this.#onPath, this.#callsByMessage, (e) => this.#isBehindCut(e), this.emit).run();
        this.#brokenOffPath();
        this.#deadBranches();
    }
    /** Root first; the preserved segment of the boundary the walk stopped at is put after its anchor. */
    #walk(leaf, sameSide) {
        const h = this.h;
        const path = [];
        /** Made at the first missing parent, and told of every entry the walk takes. */
        let bridges;
        let at = leaf;
        let behind = 0;
        for (;;) {
            if (this.#onPath[at])
                break;
            this.#onPath[at] = 1;
            this.#behindCut[at] = behind;
            path.push(at);
            bridges?.take(at);
            if (h.isBoundary(at))
                break;
            const parent = h.parentOf(at);
            if (parent === ROOT)
                break;
            if (parent !== MISSING) {
                at = parent;
                continue;
            }
            if (!bridges) {
                bridges = new Bridges(h, sameSide);
                for (const e of path)
                    bridges.take(e);
            }
            const bridge = bridges.nearestEarlier(at);
            const gap = bridge ? h.timeOf(at) - h.timeOf(bridge.entry) : Infinity;
            const bridged = bridge !== undefined && gap <= BRIDGE_MS;
            // A summary's parent was its compact boundary: the history before it is compacted, not lost with the line.
            const summary = !bridged && h.isCompactSummary(at);
            const unreachable = summary ? 0 : bridges.earlierMessages(at);
            this.emit({
                type: 'format',
                kind: 'broken-parent',
                line: h.lineOf(at),
                uuid: h.uuidOf(at),
                missing: h.missingParentOf(at),
                bridged,
                known: h.known(at),
                outside: false,
                unreachable,
                summary,
                ...(bridge && { target: { line: h.lineOf(bridge.entry), uuid: h.uuidOf(bridge.entry), unique: bridge.unique, gapMs: gap } }),
            });
            if (summary)
                break;
            if (bridge?.unique && h.known(at) && (bridged || unreachable > 0))
                h.relinked(at, h.uuidOf(bridge.entry));
            // Exactly the cuts broken-parent-chain re-links: the walk goes on where the re-linked line will lead.
            if (!bridged && !(bridge?.unique && h.known(at) && unreachable > 0))
                break;
            if (!bridged)
                behind = 1;
            h.crossed(at, bridge.entry);
            at = bridge.entry;
        }
        path.reverse();
        const boundary = h.boundaryOf(path[0]);
        if (boundary)
            this.#preserve(path, boundary);
        for (const [e, b] of h.boundaries)
            if (e !== path[0])
                this.#danglingReferences(e, b, true);
        return path;
    }
    #danglingReferences(e, boundary, outside) {
        const h = this.h;
        const missing = boundary.preserved.filter((uuid) => h.indexOf(uuid) === undefined);
        if (missing.length === 0)
            return false;
        // Nothing after it and its summary lost: the compaction was cut off while its lines were written.
        const unfinished = !outside && !h.hasChildren(e) && h.known(e) && boundary.anchor !== undefined && missing.includes(boundary.anchor) && boundary.logicalParent !== undefined && h.indexOf(boundary.logicalParent) !== undefined;
        this.emit({ type: 'format', kind: 'dangling-compact', line: h.lineOf(e), missing, outside, unfinished });
        return true;
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
    /** The tool_use entries of an assistant message: its own lines, and every line of the same message.id. */
    #callEntriesOf(messages, g) {
        const h = this.h;
        const first = messages.members[messages.start[g]];
        const message = h.messageOf(first);
        if (message >= 0)
            return this.#callsByMessage.entries.subarray(this.#callsByMessage.start[message], this.#callsByMessage.start[message + 1]);
        return messages.members.subarray(messages.start[g], messages.start[g + 1]).filter((e) => h.hasCalls(e));
    }
    /** Behind a cut; a result line gathered off a tool_use line sits where that line is. */
    #isBehindCut(e) {
        if (this.#behindCut[e])
            return true;
        const parent = this.h.parentOf(e);
        return parent >= 0 && this.#behindCut[parent] === 1 && this.h.hasCalls(parent);
    }
    /** Missing parents away from the conversation: the client never walks them. */
    #brokenOffPath() {
        const h = this.h;
        for (const [e, missing] of h.missingParents) {
            if (this.#onPath[e])
                continue;
            this.emit({ type: 'format', kind: 'broken-parent', line: h.lineOf(e), uuid: h.uuidOf(e), missing, bridged: false, known: h.known(e), outside: true, unreachable: 0, summary: false });
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
        const { calls, results } = h.tools;
        for (let at = 0; at < calls.count; at += 1) {
            const e = calls.entryAt(at);
            if (!this.#onPath[e] && !h.tools.answered(calls.codeAt(at)))
                this.emit({ type: 'unanswered', call: h.callRecord(e, h.tools.callItem(at), !this.#compacted[e]), ambiguous: false, outside: true });
        }
        for (let at = 0; at < results.count; at += 1) {
            const e = results.entryAt(at);
            const code = results.codeAt(at);
            if (!this.#onPath[e] && !h.tools.called(code))
                this.emit({ type: 'orphan', output: h.outputRecord(e, h.tools.idOf(code), true), outside: true });
        }
    }
}
