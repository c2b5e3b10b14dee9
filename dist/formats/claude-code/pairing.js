import { IntList } from './int-list.js';
/**
 * The messages the client sends, from the conversation's entries: consecutive user lines (attachments
 * too) merge, and so do assistant lines of one message.id, also when tool_result lines sit between them
 * (2.1.332 runs a tool while the message still streams and writes its result before the message's next
 * tool_use line: it sends one assistant message and one user message of all the results, observed).
 * Message g holds members[start[g] .. start[g + 1]).
 */
export class Messages {
    count;
    start;
    members;
    assistant;
    constructor(h, path) {
        this.members = new Int32Array(path.length);
        this.start = new Int32Array(path.length + 1);
        this.assistant = new Uint8Array(path.length);
        let n = 0;
        let g = 0;
        /** The last message is a user message of tool_result lines only. */
        let resultsOnly = false;
        for (const e of path) {
            const role = h.roleOf(e);
            if (role === 'system' || role === 'other')
                continue;
            const isAssistant = role === 'assistant';
            const last = g - 1;
            const sameMessage = (group) => h.messageOf(e) >= 0 && h.messageOf(e) === h.messageOf(this.members[this.start[group]]);
            const merges = last >= 0 && (isAssistant ? this.assistant[last] === 1 && sameMessage(last) : this.assistant[last] === 0);
            // A line of the message before those results: its calls are that message's (taken by message.id), and the results after it join them.
            if (isAssistant && resultsOnly && last >= 1 && sameMessage(last - 1))
                continue;
            const resultLine = role === 'user' && !h.isPrompt(e) && h.tools.results.first(e) >= 0;
            resultsOnly = !isAssistant && resultLine && (merges ? resultsOnly : true);
            if (!merges) {
                this.start[g] = n;
                this.assistant[g] = isAssistant ? 1 : 0;
                g += 1;
            }
            this.members[n++] = e;
        }
        this.start[g] = n;
        this.count = g;
    }
}
/** The tool_use entries of each message.id, in file order: entries[start[m] .. start[m + 1]). */
export class CallsByMessage {
    entries;
    start;
    constructor(h) {
        const start = (this.start = new Int32Array(h.messageCount + 1));
        const callEntries = h.callEntries();
        for (let k = 0; k < callEntries.length; k += 1) {
            const message = h.messageOf(callEntries[k]);
            if (message >= 0)
                start[message + 1] += 1;
        }
        for (let m = 0; m < h.messageCount; m += 1)
            start[m + 1] += start[m];
        const entries = (this.entries = new Int32Array(start[h.messageCount]));
        const next = start.slice(0, h.messageCount);
        for (let k = 0; k < callEntries.length; k += 1) {
            const message = h.messageOf(callEntries[k]);
            if (message >= 0)
                entries[next[message]++] = callEntries[k];
        }
    }
}
/**
 * Pairs the calls and results of the conversation as the client sends it: each tool_use must be answered
 * in the very next user message. Result lines that hang off a tool_use line join the user message after
 * it (one is made if none follows). Ids are numbers here (ToolItems' codes) and every table is a typed
 * array, so that a long conversation costs a few numbers per entry and per call.
 */
export class Pairing {
    h;
    messages;
    onPath;
    callsByMessage;
    behindCut;
    emit;
    #tools;
    /** The calls on the conversation, in message order: each call's block (in tools.calls). */
    #callBlock = new IntList();
    /** Message g's calls are #callBlock[#firstCall[g] .. #firstCall[g + 1]). */
    #firstCall;
    /** Per id: the first call on the conversation, -1 for none. */
    #callOfCode;
    /** The result entries gathered into the user message after message g: #gathered[#firstGathered[g] .. #firstGathered[g + 1]). */
    #firstGathered = new Int32Array(0);
    #gathered = new Int32Array(0);
    /** Per id: answered on the conversation. */
    #answered;
    /** Per call (index in #callBlock): answered in the user message right after its own. */
    #callAnswered = new Uint8Array(0);
    /** Per id: the first later call of it answered in the message after its own, -1 for none. */
    #repeatAnswered;
    /**
     * Per id: its result blocks the first call cannot have: answers of later calls in the message after theirs,
     * and second answers, which fix takes out. Counted per block: one line may hold an answer and a second answer.
     */
    #notForFirst;
    /** Per entry: a result line already reported. */
    #reported;
    /** Per id, the result entries that name it, built when first asked: #resultEntries[#firstResult[code] .. #firstResult[code + 1]). */
    #firstResult;
    #resultEntries = new Int32Array(0);
    constructor(h, messages, onPath, callsByMessage, 
    /** The entry is behind a cut that fix re-links: not sent now, so its findings are outside the history. */
    behindCut, emit) {
        this.h = h;
        this.messages = messages;
        this.onPath = onPath;
        this.callsByMessage = callsByMessage;
        this.behindCut = behindCut;
        this.emit = emit;
        this.#tools = h.tools;
        this.#firstCall = new Int32Array(messages.count + 1);
        this.#callOfCode = new Int32Array(this.#tools.codeCount).fill(-1);
        this.#answered = new Uint8Array(this.#tools.codeCount);
        this.#repeatAnswered = new Int32Array(this.#tools.codeCount).fill(-1);
        this.#notForFirst = new Int32Array(this.#tools.codeCount);
        this.#reported = new Uint8Array(h.count);
    }
    run() {
        const callMessageOfEntry = this.#collectCalls();
        this.#gather(callMessageOfEntry);
        const misplaced = this.#pairAdjacent();
        this.#resolveMisplaced(misplaced);
        this.#answerOrReport();
    }
    /**
     * Every call of each assistant message, in order; returns the message each tool_use entry was taken into.
     * The client merges every line of one message.id into the first message that has it: a later message
     * with the same id (lines that are not consecutive) brings no calls of its own. (Giving each such message
     * all of them made a file of n such messages report n² repeated ids.)
     */
    #collectCalls() {
        const { h, messages } = this;
        const calls = this.#tools.calls;
        const messageOf = new Int32Array(h.count).fill(-1);
        const collected = new Uint8Array(h.messageCount);
        for (let g = 0; g < messages.count; g += 1) {
            this.#firstCall[g] = this.#callBlock.length;
            if (messages.assistant[g] === 0)
                continue;
            const message = h.messageOf(messages.members[messages.start[g]]);
            if (message >= 0 && collected[message])
                continue;
            // The lines of its message.id, else its own lines (those with calls).
            let lines = messages.members;
            let from = messages.start[g];
            let to = messages.start[g + 1];
            if (message >= 0) {
                collected[message] = 1;
                lines = this.callsByMessage.entries;
                from = this.callsByMessage.start[message];
                to = this.callsByMessage.start[message + 1];
            }
            for (let k = from; k < to; k += 1) {
                const e = lines[k];
                const first = calls.first(e);
                if (first < 0)
                    continue;
                this.onPath[e] = 1;
                messageOf[e] = g;
                for (let at = first, end = calls.end(first); at < end; at += 1) {
                    const index = this.#callBlock.push(at);
                    const code = calls.codeAt(at);
                    if (this.#callOfCode[code] < 0)
                        this.#callOfCode[code] = index;
                }
            }
        }
        this.#firstCall[messages.count] = this.#callBlock.length;
        this.#callAnswered = new Uint8Array(this.#callBlock.length);
        return messageOf;
    }
    /** Result lines off the conversation that hang off one of its tool_use lines join the user message after it. */
    #gather(callMessageOfEntry) {
        const { h, messages } = this;
        const pairs = new IntList();
        const counts = new Int32Array(messages.count + 1);
        const resultEntries = this.#tools.results.entries();
        for (let k = 0; k < resultEntries.length; k += 1) {
            const e = resultEntries[k];
            if (this.onPath[e])
                continue;
            const parent = h.parentOf(e);
            const g = parent >= 0 ? callMessageOfEntry[parent] : -1;
            if (g < 0)
                continue;
            this.onPath[e] = 1;
            pairs.push(g);
            pairs.push(e);
            counts[g + 1] += 1;
        }
        for (let g = 0; g < messages.count; g += 1)
            counts[g + 1] += counts[g];
        this.#firstGathered = counts;
        this.#gathered = new Int32Array(counts[messages.count]);
        const next = counts.slice(0, messages.count);
        for (let p = 0; p < pairs.length; p += 2)
            this.#gathered[next[pairs.at(p)]++] = pairs.at(p + 1);
    }
    #hasGathered(g) {
        return this.#firstGathered[g + 1] > this.#firstGathered[g];
    }
    /**
     * Walks the messages in order: an assistant message's repeated ids, and for each user message the
     * results that answer the message before it (a second answer is an extra output). Returns the results
     * that answer no call of the message before theirs, as (entry, code) pairs.
     */
    #pairAdjacent() {
        const { messages } = this;
        const tools = this.#tools;
        const codes = tools.codeCount;
        // Stamps, per id, of the user message being paired: the call it expects and the result that answered it.
        const expectedStamp = new Int32Array(codes);
        const expectedCall = new Int32Array(codes);
        const answerStamp = new Int32Array(codes);
        const answerEntry = new Int32Array(codes);
        const misplaced = new IntList();
        let stamp = 0;
        /** The assistant message the previous message was, -1 when it was a user message. */
        let previous = -1;
        /** The result entries of the user message being paired, in file order. */
        const entries = new IntList();
        const pairUser = (g, gatheredFrom) => {
            stamp += 1;
            if (previous >= 0) {
                for (let c = this.#firstCall[previous]; c < this.#firstCall[previous + 1]; c += 1) {
                    const code = tools.calls.codeAt(this.#callBlock.at(c));
                    expectedStamp[code] = stamp;
                    expectedCall[code] = c;
                }
            }
            entries.length = 0;
            if (g >= 0)
                for (let m = messages.start[g]; m < messages.start[g + 1]; m += 1)
                    if (tools.results.first(messages.members[m]) >= 0)
                        entries.push(messages.members[m]);
            if (gatheredFrom >= 0)
                for (let k = this.#firstGathered[gatheredFrom]; k < this.#firstGathered[gatheredFrom + 1]; k += 1)
                    entries.push(this.#gathered[k]);
            if (entries.length > 1)
                entries.values().sort();
            for (let k = 0; k < entries.length; k += 1) {
                const e = entries.at(k);
                const first = tools.results.first(e);
                for (let at = first, end = tools.results.end(first); at < end; at += 1) {
                    const code = tools.results.codeAt(at);
                    if (expectedStamp[code] !== stamp) {
                        misplaced.push(e);
                        misplaced.push(code);
                    }
                    else if (answerStamp[code] !== stamp) {
                        answerStamp[code] = stamp;
                        answerEntry[code] = e;
                        this.#answered[code] = 1;
                        this.#callAnswered[expectedCall[code]] = 1;
                        if (expectedCall[code] !== this.#callOfCode[code]) {
                            this.#notForFirst[code] += 1;
                            if (this.#repeatAnswered[code] < 0)
                                this.#repeatAnswered[code] = expectedCall[code];
                        }
                    }
                    else {
                        this.#reported[e] = 1;
                        this.#notForFirst[code] += 1;
                        const id = tools.idOf(code);
                        this.emit({ type: 'extra-output', output: this.#outputRecord(e, id), call: this.#callRecord(expectedCall[code]), answer: this.#outputRecord(answerEntry[code], id), ambiguous: false, outside: this.behindCut(e) });
                    }
                }
            }
            previous = -1;
        };
        for (let g = 0; g < messages.count; g += 1) {
            if (messages.assistant[g] === 1) {
                for (let c = this.#firstCall[g]; c < this.#firstCall[g + 1]; c += 1) {
                    const first = this.#callOfCode[tools.calls.codeAt(this.#callBlock.at(c))];
                    if (first !== c)
                        this.emit({ type: 'repeat-call', call: this.#callRecord(c), first: this.#callRecord(first), outside: this.behindCut(this.#callEntry(c)) });
                }
                previous = g;
                // Results gathered off this message with no user message after it: the client makes one.
                const userNext = g + 1 < messages.count && messages.assistant[g + 1] === 0;
                if (this.#hasGathered(g) && !userNext)
                    pairUser(-1, g);
            }
            else {
                pairUser(g, g > 0 && messages.assistant[g - 1] === 1 ? g - 1 : -1);
            }
        }
        return misplaced;
    }
    /** A result in the wrong message: not adjacent when its tool_use is on the conversation and unanswered, else an extra output or an orphan. */
    #resolveMisplaced(misplaced) {
        for (let k = 0; k < misplaced.length; k += 2) {
            const e = misplaced.at(k);
            const code = misplaced.at(k + 1);
            const call = this.#callOfCode[code];
            const id = this.#tools.idOf(code);
            this.#reported[e] = 1;
            // The first call of the id, unanswered (a repeat of the id may be): this result is its own, misplaced;
            // unless a repeat is answered and this one sits in a later turn: then it may answer either call, and is a second answer.
            const laterTurn = call >= 0 && !this.#callAnswered[call] && this.#inLaterTurn(e, this.#callEntry(call));
            if (call >= 0 && !this.#callAnswered[call] && (!this.#answered[code] || !laterTurn)) {
                this.#notAdjacent(e, code, call, laterTurn);
                this.#answered[code] = 1;
                this.#callAnswered[call] = 1;
            }
            else if (call >= 0) {
                this.#notForFirst[code] += 1;
                const answer = this.#resultsOf(code).find((r) => r !== e) ?? e;
                this.emit({ type: 'extra-output', output: this.#outputRecord(e, id), call: this.#callRecord(call), answer: this.#outputRecord(answer, id), ambiguous: false, outside: this.behindCut(e) });
            }
            else {
                this.emit({ type: 'orphan', output: this.#outputRecord(e, id), outside: this.behindCut(e) });
            }
        }
    }
    /**
     * Each call still unanswered: answered elsewhere (not adjacent), or not at all. A call that repeats an
     * earlier one's id is paired on its own: the results of the id answer the first call, so one the next
     * message does not answer and no result line hangs off is unanswered (killed while it ran); so is a first
     * call whose id's results all hang off a later call's line (its own result was lost).
     */
    #answerOrReport() {
        const calls = this.#tools.calls;
        for (let c = 0; c < this.#callBlock.length; c += 1) {
            const code = calls.codeAt(this.#callBlock.at(c));
            const first = this.#callOfCode[code];
            if (first !== c) {
                const e = this.#callEntry(c);
                if (!this.#callAnswered[c] && !this.#resultsOf(code).some((r) => this.h.parentOf(r) === e)) {
                    this.h.unansweredRepeat(e);
                    this.emit({ type: 'unanswered', call: this.#callRecord(c), ambiguous: false, repeats: this.#callRecord(first), outside: this.behindCut(e) });
                }
                continue;
            }
            const repeatedBy = this.#repeatAnswering(c);
            if (repeatedBy >= 0) {
                this.h.unansweredFirst(this.#callEntry(c), this.#callEntry(repeatedBy));
                this.emit({ type: 'unanswered', call: this.#callRecord(c), ambiguous: false, repeatedBy: this.#callRecord(repeatedBy), outside: this.behindCut(this.#callEntry(c)) });
                continue;
            }
            if (this.#answered[code])
                continue;
            this.#answered[code] = 1;
            const elsewhere = this.#resultsOf(code).find((e) => !this.#reported[e]);
            if (elsewhere !== undefined) {
                this.#reported[elsewhere] = 1;
                this.onPath[elsewhere] = 1;
                this.#notAdjacent(elsewhere, code, c, this.#inLaterTurn(elsewhere, this.#callEntry(c)));
            }
            else {
                this.emit({ type: 'unanswered', call: this.#callRecord(c), ambiguous: false, outside: this.behindCut(this.#callEntry(c)) });
            }
        }
    }
    /**
     * Whether entry e hangs below the call's entry with a prompt between them: it sits in a later turn of the call's
     * conversation. Past a missing parent as the walk goes (a bridge the client makes, a cut fix re-links): else a
     * result behind one would be moved as if in the call's turn, without its children, which would take the turns
     * between off the conversation.
     */
    #inLaterTurn(e, callEntry) {
        let prompt = false;
        // Bounded: a cycle of parentUuids must not hang the check.
        for (let at = this.h.walkedParentOf(e), steps = 0; at >= 0 && steps < this.h.count; at = this.h.walkedParentOf(at), steps += 1) {
            if (at === callEntry)
                return prompt;
            prompt ||= this.h.isPrompt(at);
        }
        return false;
    }
    /**
     * For the first call of an id, the first later call of the id answered in the message after its own when every
     * result block of the id answers a later call in the message after that call's, or is one fix takes out; -1 if none. Pairing by id gives a later
     * call's result to this one, which hides that this one has none.
     */
    #repeatAnswering(c) {
        const code = this.#tools.calls.codeAt(this.#callBlock.at(c));
        const repeat = this.#repeatAnswered[code];
        if (this.#callAnswered[c] || repeat < 0)
            return -1;
        return this.#notForFirst[code] === this.#resultsOf(code).length ? repeat : -1;
    }
    /** The result entries that name this id, in file order (an entry twice if it answers it twice). */
    #resultsOf(code) {
        if (!this.#firstResult) {
            const results = this.#tools.results;
            const start = new Int32Array(this.#tools.codeCount + 1);
            for (let at = 0; at < results.count; at += 1)
                start[results.codeAt(at) + 1] += 1;
            for (let c = 0; c < this.#tools.codeCount; c += 1)
                start[c + 1] += start[c];
            const list = new Int32Array(results.count);
            const next = start.slice(0, this.#tools.codeCount);
            for (let at = 0; at < results.count; at += 1)
                list[next[results.codeAt(at)]++] = results.entryAt(at);
            this.#firstResult = start;
            this.#resultEntries = list;
        }
        return this.#resultEntries.subarray(this.#firstResult[code], this.#firstResult[code + 1]);
    }
    /** Reports result entry e as the misplaced answer of `call`; `laterTurn`: it sits in a later turn (#inLaterTurn). */
    #notAdjacent(e, code, call, laterTurn) {
        const h = this.h;
        const callEntry = this.#callEntry(call);
        // Only for a result in a later turn (rare): the children index costs two numbers per entry.
        const children = laterTurn ? h.childrenOf(e) : [];
        // Never a line of a type this tool does not know. A result line among them, or as their parent, is resolved once
        // the removals are known (ClaudeHistory.end): a repair of its own may move it or take it out.
        const relinkable = children.every((c) => h.known(c));
        this.emit({
            type: 'format',
            kind: 'not-adjacent',
            output: this.#outputRecord(e, this.#tools.idOf(code)),
            call: this.#callRecord(call),
            callUuid: h.uuidOf(callEntry),
            parentUuid: h.parentUuidOf(e),
            blocks: h.blocksOf(e),
            laterTurn,
            ...(laterTurn && relinkable && { children: { uuid: h.uuidOf(e), lines: children.map((c) => h.lineOf(c)), to: h.parentUuidOf(e) } }),
            outside: this.behindCut(e),
        });
    }
    #callEntry(call) {
        return this.#tools.calls.entryAt(this.#callBlock.at(call));
    }
    #callRecord(call) {
        const at = this.#callBlock.at(call);
        return this.h.callRecord(this.#tools.calls.entryAt(at), this.#tools.callItem(at), false);
    }
    #outputRecord(e, id) {
        return this.h.outputRecord(e, id, false);
    }
}
