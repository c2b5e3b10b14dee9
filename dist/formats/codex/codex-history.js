import { LineSet } from '../../checking/line-set.js';
import { PairingTracker } from './history.js';
import { completeFinalOrdinal } from './rules/final-record-missing-ordinal.js';
import { completeOrdinalReuse } from './rules/ordinal-reuse.js';
/**
 * A rollout's history as Codex rebuilds it: set-based pairing within compaction segments and live turns
 * (PairingTracker), plus what the paginated history mode needs of every repair (the final record's
 * ordinal).
 */
export class CodexHistory {
    format;
    #tracker;
    /** Lines that hold a record, and those of them without an ordinal. */
    #recordLines = new LineSet();
    #unnumberedLines = new LineSet();
    #paginated;
    #maxOrdinal;
    /** The last record's line and info, and the last line that adds to the history (items or a compaction). */
    #lastRecordLine = 0;
    #lastRecord;
    #lastItemLine = 0;
    #ended = false;
    /** Records Codex does not know (rare), with their timestamps: one of them may end up last. */
    #unknown = new Map();
    #headerTimestamp;
    #forkOrigin;
    constructor(format, emit, options) {
        this.format = format;
        this.#tracker = new PairingTracker(emit, options);
    }
    /** The session this rollout was forked from, named by the session_meta on its first line. */
    get forkOrigin() {
        return this.#forkOrigin;
    }
    get turnBoundaries() {
        return this.#tracker.turnBoundaries;
    }
    record(line, info, timestamp) {
        this.#recordLines.add(line);
        if (info.ordinal === undefined)
            this.#unnumberedLines.add(line);
        else
            this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
        if (info.header && this.#paginated === undefined) {
            this.#paginated = info.header.paginated;
            this.#headerTimestamp = timestamp();
            // Codex reads a fork's parent from the first line's session_meta only.
            if (line === 1)
                this.#forkOrigin = info.header.forkOf;
        }
        this.#lastRecordLine = line;
        this.#lastRecord = info;
        if (!info.known)
            this.#unknown.set(line, timestamp());
        if (info.items.length > 0 || info.replacesHistory)
            this.#lastItemLine = line;
        this.#tracker.record(line, info, timestamp);
    }
    end() {
        this.#ended = true;
        this.#tracker.end();
    }
    placeholder(call, options) {
        const expects = call.item.expects;
        const output = { text: options.text ?? 'aborted' };
        const text = this.format.renderPlaceholder({ ...call.item, expects, ...(call.timestamp !== undefined && { timestamp: call.timestamp }) }, output);
        const what = expects === 'tool_search_output' ? 'an empty' : `an "${output.text}"`;
        // When only events follow the call, the output at the end is right after the call for the model, as Codex
        // places it, and no byte of the file moves: Codex logs no projection warning, and forks keep their history.
        if (this.#ended && call.line === this.#lastItemLine && this.#lastRecordLine > call.line) {
            return {
                action: `appended ${what} ${expects} at the end (only events follow the call on line ${call.line})`,
                edits: [{ op: 'insert-after', line: this.#lastRecordLine, text }],
            };
        }
        return { action: `inserted ${what} ${expects} after line ${call.line}`, edits: [{ op: 'insert-after', line: call.line, text }] };
    }
    removeOutput(output, what) {
        return { action: `removed ${what} at line ${output.line}`, edits: [{ op: 'remove', line: output.line }] };
    }
    /** The file's last record: Codex numbers the next one it appends from it. */
    get lastRecord() {
        return this.#lastRecord && { line: this.#lastRecordLine, info: this.#lastRecord };
    }
    /** What the paginated history mode needs: whether it is on, and which records carry an ordinal. */
    get ordinals() {
        return { paginated: this.#paginated ?? false, maxOrdinal: this.#maxOrdinal, recordLines: this.#recordLines, unnumberedLines: this.#unnumberedLines };
    }
    completePlan(draft) {
        if (!this.#paginated)
            return { edits: [], repaired: [] };
        const ordinal = completeFinalOrdinal(draft, this.format, this.ordinals);
        const reuse = completeOrdinalReuse(draft, { ...this.ordinals, unknown: this.#unknown, headerTimestamp: this.#headerTimestamp });
        return { edits: [...ordinal.edits, ...reuse.edits], repaired: [...ordinal.repaired, ...reuse.repaired] };
    }
}
