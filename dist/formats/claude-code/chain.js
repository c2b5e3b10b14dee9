import { isClaudeFinding, isMovable, moveEdit, moveEdits, removedRelinks } from './findings.js';
import { placeholderLine, placeholderUuid, INTERRUPTED_TEXT } from './placeholder.js';
import { relinkParentEdit, renameToolIdEdit, withoutResultBlockEdit } from './relink.js';
import { MISSING, ROOT } from './parent-codes.js';
import { CallIds } from '../call-ids.js';
import { grownArray, grownLength } from '../typed-arrays.js';
import { PlannedRemovals, REMOVING_RULE } from './removals.js';
import { Resolution } from './resolution.js';
import { ToolItems } from './tool-items.js';
import { UuidIndex } from './uuid-index.js';
/** The tools whose tool_use id a subagent's meta.json names (toolUseId): their ids are not renamed. */
const SUBAGENT_TOOLS = new Set(['Agent', 'Task']);
const ROLES = ['user', 'assistant', 'attachment', 'system', 'other'];
/** ROLES.indexOf(role), without a search per line. */
function roleCode(role) {
    switch (role) {
        case 'user':
            return 0;
        case 'assistant':
            return 1;
        case 'attachment':
            return 2;
        case 'system':
            return 3;
        default:
            return 4;
    }
}
const SIDECHAIN = 8;
const BOUNDARY = 16;
const PROMPT = 32;
/** A line of a type this tool does not know: never rewritten. */
const UNKNOWN = 64;
/** Some entry names this one as its parent. */
const PARENT = 128;
/** The summary /compact wrote after its boundary. */
const COMPACT_SUMMARY = 256;
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
    options;
    #index = new UuidIndex();
    #lines = new Int32Array(1024);
    #parents = new Int32Array(1024);
    #times = new Float64Array(1024);
    #flags = new Uint16Array(1024);
    #messages = new Int32Array(1024);
    #count = 0;
    /** Parents named before they were seen, by entry. */
    #pending = new Map();
    /** Parents never seen, by entry. */
    #missing = new Map();
    #messageIds = new CallIds();
    #lastMessageId;
    #lastMessageCode = -1;
    #items = new ToolItems();
    /** The content blocks of a tool_result line, where there are more than its results. */
    #blocks = new Map();
    /** The envelopes of tool_use lines, kept while one of their calls may still need a placeholder. */
    #envelopes = new Map();
    /** Calls no result has answered yet, by id code: their lines' envelopes are kept. */
    #openCalls = new Map();
    /**
     * tool_use entries that keep their envelope for a placeholder, answered or not by id: those that repeat an
     * earlier call's id (answered under an id of their own), the earlier one if still open then, and those
     * answered by a result off another line (fix may take it out as a second answer of a repeated id).
     */
    #keepEnvelope = new Set();
    /** Those of them the conversation leaves unanswered: their placeholder answers the id renameCall gives them. */
    #unansweredRepeats = new Set();
    /** First calls of an id the conversation leaves unanswered while a repeat of the id has its results, with that repeat's entry: renameCall may move those away. */
    #unansweredFirsts = new Map();
    /** The ids of the results fix re-parents onto each tool_use entry (tool-result-not-adjacent): they answer it once moved. */
    #movedOnto = new Map();
    /** The results fix re-parents onto their tool_use (tool-result-not-adjacent), by entry, with that rewrite: a removal of their parent leaves them to it. */
    #moved = new Map();
    /** Those of them in a later turn with result lines fix takes out below them: where their children go, and the rewrites of the move and of those removals' re-links. */
    #movedAway = new Map();
    /** Entries whose missing parent broken-parent-chain links to an entry (its uuid): a removed one's children go there too. */
    #relinks = new Map();
    /** Entries whose missing parent the walk went past, with the entry it went on from (a bridge, or a cut fix re-links). */
    #crossings = new Map();
    #boundaries = new Map();
    #boundaryLines = [];
    #leaf;
    #lastLine = 0;
    #main = false;
    /** Made when first asked (after end()): the children of entry e are #childList[#childStart[e] .. #childStart[e + 1]). */
    #childStart;
    #childList = new Int32Array(0);
    #tailCalls = new Set();
    /** The result blocks reported as orphans or second answers, which fix takes out. */
    #removals = new PlannedRemovals(this);
    #pinned = false;
    #onlySummaries = true;
    turnBoundaries = [];
    constructor(emit, options = { repairs: true }) {
        this.emit = emit;
        this.options = options;
    }
    record(line, info) {
        this.#lastLine = line;
        if (info.label !== 'summary')
            this.#onlySummaries = false;
        if (info.leafUuid !== undefined)
            this.#leaf = { uuid: info.leafUuid, line };
        const entry = info.entry;
        if (!entry)
            return;
        const e = this.#add(line, entry.uuid);
        if (e < 0)
            return;
        this.#times[e] = entry.time;
        this.#flags[e] = roleCode(entry.role) | (entry.sidechain ? SIDECHAIN : 0) | (entry.boundary ? BOUNDARY : 0) | (info.known ? 0 : UNKNOWN) | (entry.compactSummary ? COMPACT_SUMMARY : 0);
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
                this.#adopt(e, parent);
        }
        this.#messages[e] = entry.messageId === undefined ? -1 : this.#messageCode(entry.messageId);
        if (entry.boundary) {
            this.#boundaries.set(e, entry.boundary);
            this.#boundaryLines.push(line);
            // The leaf it compacted is no leaf any more: 2.1.332 resumes from the boundary even when a last-prompt names that leaf (observed).
            const compacted = entry.boundary.logicalParent === undefined ? undefined : this.#index.get(entry.boundary.logicalParent);
            if (compacted !== undefined)
                this.#flags[compacted] |= PARENT;
        }
        const { calls: callBlocks, results: resultBlocks } = this.#items;
        const firstCall = callBlocks.count;
        const firstResult = resultBlocks.count;
        const repairs = this.options.repairs;
        for (const item of info.items) {
            if (item.role === 'call') {
                if (repairs && this.#items.calledId(item.callId))
                    this.#keepEnvelope.add(e);
                this.#items.addCall(e, item);
            }
            else if (item.role === 'output')
                this.#items.addResult(e, item.callId);
            else if (item.role === 'user-message')
                this.#flags[e] |= PROMPT;
        }
        if (this.#flags[e] & PROMPT)
            this.turnBoundaries.push(line);
        // A tool_use line's envelope is for its placeholder: a check that plans no repair keeps none, nor tracks which calls are open.
        if (callBlocks.count > firstCall && repairs) {
            if (info.envelope)
                this.#envelopes.set(e, info.envelope());
            for (let at = firstCall; at < callBlocks.count; at += 1) {
                const code = callBlocks.codeAt(at);
                if (this.#items.answered(code))
                    continue;
                // An open earlier call of the id: the repeat's result may be the only one, and this call then needs a placeholder.
                const open = this.#openCalls.get(code);
                if (open !== undefined && open !== e)
                    this.#keepEnvelope.add(open);
                this.#openCalls.set(code, e);
            }
        }
        if (resultBlocks.count > firstResult) {
            if (entry.blocks !== undefined && entry.blocks !== resultBlocks.count - firstResult)
                this.#blocks.set(e, entry.blocks);
            if (repairs)
                for (let at = firstResult; at < resultBlocks.count; at += 1)
                    this.#answer(resultBlocks.codeAt(at), this.#parents[e]);
        }
    }
    /** Whether every call of tool_use entry e has a result (so far; at the end, in the file). */
    #allAnswered(e) {
        const calls = this.#items.calls;
        const first = calls.first(e);
        for (let at = first, end = calls.end(first); at < end; at += 1)
            if (!this.#items.answered(calls.codeAt(at)))
                return false;
        return true;
    }
    /** A result for this call id: once every call of a tool_use line is answered off that line, its envelope goes. */
    #answer(code, resultParent) {
        const e = this.#openCalls.get(code);
        if (e === undefined)
            return;
        this.#openCalls.delete(code);
        if (resultParent !== e)
            this.#keepEnvelope.add(e);
        if (this.#allAnswered(e) && !this.#keepEnvelope.has(e))
            this.#envelopes.delete(e);
    }
    end() {
        for (const [e, uuid] of this.#pending) {
            const parent = this.#index.get(uuid);
            if (parent === undefined)
                this.#missing.set(e, uuid);
            else
                this.#adopt(e, parent);
        }
        this.#pending.clear();
        this.#openCalls.clear();
        // A result may come before its call: the envelopes of calls answered anywhere in the file are not needed.
        for (const e of this.#envelopes.keys())
            if (this.#allAnswered(e) && !this.#keepEnvelope.has(e))
                this.#envelopes.delete(e);
        // Held until all are known: removing a result block depends on how many of its line's blocks go.
        const findings = [];
        new Resolution(this, (finding) => findings.push(finding)).run();
        // Only the removals of a rule that runs count. Unsafe fixes need no look: these and the repairs that depend on them are all unsafe, made together or not at all.
        const runs = this.options.runs ?? (() => true);
        /** The results reported in a later turn than their call, by entry. */
        const laterTurn = new Set();
        for (const finding of findings) {
            if ((finding.type === 'orphan' || finding.type === 'extra-output') && !finding.output.embedded && runs(REMOVING_RULE[finding.type])) {
                this.#removals.add(this.#entryAt(finding.output.line), finding.output.callId);
            }
            else if (isClaudeFinding(finding, 'not-adjacent') && finding.laterTurn)
                laterTurn.add(this.#entryAt(finding.output.line));
        }
        const resolved = findings.map((finding) => (isClaudeFinding(finding, 'not-adjacent') ? this.#throughRemovals(this.#offResultLine(finding, laterTurn)) : finding));
        for (const finding of resolved) {
            if (isClaudeFinding(finding, 'not-adjacent') && isMovable(finding) && runs('tool-result-not-adjacent')) {
                const callEntry = this.#entryAt(finding.call.line);
                const e = this.#entryAt(finding.output.line);
                this.#movedOnto.set(callEntry, [...(this.#movedOnto.get(callEntry) ?? []), finding.output.callId]);
                this.#moved.set(e, moveEdit(finding));
                if (finding.children?.removed)
                    this.#movedAway.set(e, { to: finding.children.to, rewrites: [...moveEdits(finding), ...removedRelinks(finding)] });
            }
        }
        for (const finding of resolved)
            this.emit(finding);
    }
    /**
     * A not-adjacent result whose parent is a result line. When fix takes that line out, the result's children go
     * where the removed line's children go, and the removal leaves the result to its own move (one fix does both,
     * no line edited twice). One that hangs off a result in a later turn than its own call is left: that one cannot
     * move while a result line hangs off it, and would move in the next fix once this one had.
     */
    #offResultLine(finding, laterTurn) {
        const parent = this.parentOf(this.#entryAt(finding.output.line));
        if (parent < 0 || this.#items.results.first(parent) < 0)
            return finding;
        if (laterTurn.has(parent))
            return { ...finding, heldBy: this.lineOf(parent) };
        if (!finding.children || !this.#removals.goes(parent))
            return finding;
        return { ...finding, children: { ...finding.children, to: this.#heir(parent).uuid, through: this.lineOf(parent) } };
    }
    /**
     * A later-turn result whose children include result lines: it moves only when fix takes each of them out, and
     * every line those removals keep below them is a line of a type this tool knows and no result line. Those lines
     * are then re-linked by the removals, to where the result's own children go (ClaudeHistory.#heir).
     */
    #throughRemovals(finding) {
        if (!finding.children)
            return finding;
        const results = this.#items.results;
        // Asked only of a later-turn result (rare): the children index costs two numbers per entry.
        const children = this.childrenOf(this.#entryAt(finding.output.line));
        if (children.every((c) => results.first(c) < 0))
            return finding;
        const left = { ...finding, children: undefined };
        const removed = [];
        const pending = children.filter((c) => results.first(c) >= 0);
        // A stack, bounded: a cycle of parentUuids must not hang the check.
        for (let g = pending.pop(), steps = 0; g !== undefined; g = pending.pop(), steps += 1) {
            if (steps >= this.#count || !this.#removals.goes(g))
                return left;
            for (const c of this.childrenOf(g)) {
                if (this.#removals.goes(c))
                    pending.push(c);
                else if (results.first(c) >= 0)
                    return left;
                else
                    removed.push({ line: this.lineOf(c), from: this.uuidOf(g) });
            }
        }
        return { ...finding, children: { ...finding.children, lines: children.filter((c) => results.first(c) < 0).map((c) => this.lineOf(c)), removed } };
    }
    /**
     * Where the children of entry e, which fix takes out, go: past the ancestors that go too, past a lost parent to
     * where broken-parent-chain links it, and past a later-turn result that moves away to where its children go
     * (`away`: that move's rewrites, which the removal is made only with).
     */
    #heir(e) {
        const top = this.#removals.topRemoved(e);
        const relinked = this.#relinks.get(top);
        const away = relinked === undefined ? this.#movedAway.get(this.parentOf(top)) : undefined;
        if (away)
            return { uuid: away.to, top, relinked: false, away: { line: this.lineOf(this.parentOf(top)), rewrites: away.rewrites } };
        return { uuid: relinked ?? this.parentUuidOf(top), top, relinked: relinked !== undefined };
    }
    placeholder(call, options) {
        const e = this.#entryAt(call.line);
        const envelope = e === undefined ? undefined : this.#envelopes.get(e);
        if (e === undefined || !envelope)
            return undefined;
        const text = options.text ?? INTERRUPTED_TEXT;
        // A call that repeats an earlier id is answered under the id renameCall gives it (both are unsafe fixes, made together).
        const repeat = this.#unansweredRepeats.has(e);
        const id = repeat ? this.#ownId(e, call.item.callId) : call.item.callId;
        // A repeat whose result hangs off a line fix takes out has that result again once the line goes: renameCall
        // gives both the id, and a placeholder would be a second answer.
        const kept = repeat ? this.#removals.keptChildren(e).find((child) => this.#removals.keptAnswers(child, call.item.callId) > 0) : undefined;
        if (kept !== undefined) {
            const line = this.lineOf(kept);
            return {
                action: `answered by its tool_result at line ${line} (linked to it once the line between them goes) under the id ${id}`,
                edits: [],
                needs: [renameToolIdEdit(call.line, 'id', call.item.callId, id), renameToolIdEdit(line, 'tool_use_id', call.item.callId, id)],
            };
        }
        // Without that rename (its rewrite cannot be made) the result would answer no call; a first call's would be a second result of its id.
        const renamedRepeat = this.#unansweredFirsts.get(e);
        const needs = repeat
            ? { needs: [renameToolIdEdit(call.line, 'id', call.item.callId, id)] }
            : renamedRepeat !== undefined
                ? { needs: [renameToolIdEdit(this.lineOf(renamedRepeat), 'id', id, this.#ownId(renamedRepeat, id))] }
                : {};
        const line = placeholderLine(this.uuidOf(e), id, envelope, text);
        const boundaryAfter = this.#boundaryLines.some((boundary) => boundary > call.line);
        if (boundaryAfter || (!this.#pinned && !this.#tailCalls.has(call.line))) {
            const why = boundaryAfter ? 'a compact boundary follows it' : 'at the end it would become the leaf';
            const insert = { op: 'insert-after', line: call.line, text: line };
            const next = this.#continuation(e);
            if (next.length === 0)
                return { action: `inserted an interrupted tool_result after line ${call.line} (${why})`, edits: [insert], ...needs };
            const uuid = placeholderUuid(id, envelope);
            return {
                action: `inserted an interrupted tool_result after line ${call.line} (${why}) and linked line${next.length === 1 ? '' : 's'} ${next.map((c) => this.lineOf(c)).join(', ')} to it`,
                edits: [insert, ...next.map((c) => relinkParentEdit(this.lineOf(c), this.uuidOf(e), uuid))],
                ...needs,
            };
        }
        return { action: `appended an interrupted tool_result answering line ${call.line}`, edits: [{ op: 'insert-after', line: this.#lastLine, text: line }], ...needs };
    }
    /**
     * The children of an unanswered tool_use line that go on with the conversation (not its message's next block,
     * not result lines): an inserted placeholder takes them, so that the chain runs through it as through a real
     * result. 2.1.x would gather a result line beside the chain anyway; 2.0.77 and 1.0.128 walk only the chain
     * and leave the call out, and 1.0.1 sends the call without its result (a 400). None when the line holds more
     * than one call (their placeholders would each claim the children) or a child is of an unknown type.
     */
    #continuation(e) {
        const calls = this.#items.calls;
        const first = calls.first(e);
        if (calls.end(first) - first !== 1)
            return [];
        const message = this.messageOf(e);
        const next = this.childrenOf(e).filter((c) => (message < 0 || this.messageOf(c) !== message) && this.#items.results.first(c) < 0);
        return next.some((c) => !this.known(c)) ? [] : next;
    }
    removeOutput(output, what) {
        const e = this.#entryAt(output.line);
        const removals = this.#removals;
        if (!removals.takeLine(e)) {
            return {
                action: `removed ${what} from line ${output.line}`,
                edits: [withoutResultBlockEdit(output.line, output.callId)],
            };
        }
        if (!removals.goes(e))
            return undefined;
        // Past the ancestors that go too (else a child would name a line the fix took out); children that go are re-linked by their own removal.
        const { uuid: parent, top, relinked, away } = this.#heir(e);
        const of = top === e ? 'its' : `the ${relinked ? 'lost ' : ''}parent of line ${this.lineOf(top)}, which goes too`;
        const to = away
            ? `the old parent of line ${away.line}, which moves onto its tool_use`
            : relinked
                ? `the entry ${top === e ? 'its lost parent' : of} is linked to`
                : top === e
                    ? 'its parent'
                    : of;
        const children = this.childrenOf(e).filter((child) => !removals.goes(child) && !this.#moved.has(child));
        // A result tool-result-not-adjacent moves onto its tool_use gets its parent there: this removal is made only with that move.
        const moved = this.childrenOf(e).filter((child) => this.#moved.has(child));
        return {
            action: `removed ${what} at line ${output.line}${children.length > 0 ? ` and re-linked line${children.length === 1 ? '' : 's'} ${children.map((c) => this.lineOf(c)).join(', ')} to ${to}` : ''}` +
                (moved.length > 0 ? ` (the tool_result${moved.length === 1 ? '' : 's'} at line${moved.length === 1 ? '' : 's'} ${moved.map((c) => this.lineOf(c)).join(', ')} off it move${moved.length === 1 ? 's' : ''} onto ${moved.length === 1 ? 'its' : 'their'} tool_use)` : ''),
            edits: [
                { op: 'remove', line: output.line },
                ...children.map((child) => relinkParentEdit(this.lineOf(child), this.uuidOf(e), parent)),
            ],
            ...((moved.length > 0 || away) && { needs: [...moved.map((child) => this.#moved.get(child)), ...(away?.rewrites ?? [])] }),
        };
    }
    /**
     * A tool_use that repeats an earlier one's id, on a line of its own, and its result gets an id no block
     * has: the old one and the end of the line's uuid (deterministic, and unique per line). Only when, as the
     * same fix's removals leave the file, each of the two calls has exactly one result of the id, hanging off
     * its own line, and the id has no other (one elsewhere could answer either call), or the later call has
     * none at all and the first call's is the id's only one (killed while it ran: missing-output answers it
     * under the new id), or the first call has none and the later call's is the id's only one (the first's
     * was lost: missing-output answers the first under the old id); never for a subagent's call (its
     * meta.json names the id).
     */
    renameCall(call, first) {
        const e = this.#entryAt(call.line);
        const firstEntry = this.#entryAt(first.line);
        if (e === undefined || firstEntry === undefined || call.line === first.line || !this.known(e) || SUBAGENT_TOOLS.has(call.item.name ?? ''))
            return undefined;
        const id = call.item.callId;
        // Two calls of an id only: with more, one fix's renames would leave another repeat for the next fix to rename.
        if (this.#items.callCount(id) !== 2)
            return undefined;
        const removals = this.#removals;
        const answers = (entry) => removals.keptAnswers(entry, id);
        const [result, ...more] = removals.keptChildren(e).filter((child) => answers(child) > 0);
        const moved = (this.#movedOnto.get(firstEntry) ?? []).filter((each) => each === id).length;
        const firstAnswers = removals.keptChildren(firstEntry).reduce((n, child) => n + answers(child), moved);
        const unanswered = result === undefined && firstAnswers <= 1 && removals.keptResults(id) === firstAnswers;
        // The first call unanswered only where the pairing reports it so (missing-output then answers it in the same fix).
        const firstOwnAnswers = this.#unansweredFirsts.has(firstEntry) ? 0 : 1;
        if (!unanswered && (result === undefined || more.length > 0 || answers(result) !== 1 || !this.known(result) || firstAnswers !== firstOwnAnswers || removals.keptResults(id) !== firstOwnAnswers + 1))
            return undefined;
        const renamed = this.#ownId(e, id);
        if (this.#items.has(renamed))
            return undefined;
        if (result === undefined) {
            return { action: `gave the tool_use at line ${call.line}, which has no tool_result, the id ${renamed} (the call at line ${first.line} keeps ${id})`, edits: [renameToolIdEdit(call.line, 'id', id, renamed)] };
        }
        const line = this.lineOf(result);
        return {
            action: `gave the tool_use at line ${call.line} and its tool_result at line ${line} the id ${renamed} (the call at line ${first.line} keeps ${id})`,
            edits: [renameToolIdEdit(call.line, 'id', id, renamed), renameToolIdEdit(line, 'tool_use_id', id, renamed)],
        };
    }
    /** The id renameCall gives the call of entry e: its old one and the end of the line's uuid. */
    #ownId(e, id) {
        return `${id}_${this.uuidOf(e).replace(/[^a-zA-Z0-9]/g, '').slice(-12)}`;
    }
    /** Set by the pairing: entry e's call is the first of an id whose results all answer the later call of entry `repeat`. */
    unansweredFirst(e, repeat) {
        this.#unansweredFirsts.set(e, repeat);
    }
    /** Set by the pairing: the call of entry e repeats an earlier one's id and nothing answers it. */
    unansweredRepeat(e) {
        this.#unansweredRepeats.add(e);
    }
    /** Set by the resolution: entry e's missing parent is linked to this uuid by broken-parent-chain. */
    relinked(e, uuid) {
        this.#relinks.set(e, uuid);
    }
    /** Set by the walk: it went past entry e's missing parent on to entry `to`. */
    crossed(e, to) {
        this.#crossings.set(e, to);
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
    /**
     * Every record is a `summary` row: not a transcript but the title of a conversation kept in another file
     * (its leafUuid names a message there). Claude Code 1.0.x writes one such file for each resumed session.
     */
    get onlySummaries() {
        return this.#onlySummaries && this.#lastLine > 0;
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
    isCompactSummary(e) {
        return (this.#flags[e] & COMPACT_SUMMARY) !== 0;
    }
    isBoundary(e) {
        return (this.#flags[e] & BOUNDARY) !== 0;
    }
    /** The compact boundaries, by entry, in file order. */
    get boundaries() {
        return this.#boundaries;
    }
    /** ROOT, MISSING or an entry. */
    parentOf(e) {
        return this.#parents[e];
    }
    /** The parent of entry e as the walk goes: past a missing parent, the entry it went on from (ROOT or MISSING where it did not go on). */
    walkedParentOf(e) {
        const parent = this.#parents[e];
        return parent === MISSING ? (this.#crossings.get(e) ?? MISSING) : parent;
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
    /** The tool_use and tool_result blocks, by entry. */
    get tools() {
        return this.#items;
    }
    hasCalls(e) {
        return this.#items.calls.first(e) >= 0;
    }
    /** The entries with tool_use blocks, in file order. */
    callEntries() {
        return this.#items.calls.entries();
    }
    /** The number of distinct message.ids. */
    get messageCount() {
        return this.#messageIds.size;
    }
    /** The content blocks of a tool_result line. */
    blocksOf(e) {
        const blocks = this.#blocks.get(e);
        if (blocks !== undefined)
            return blocks;
        const first = this.#items.results.first(e);
        return first < 0 ? 0 : this.#items.results.end(first) - first;
    }
    callRecord(e, item, embedded) {
        const line = this.lineOf(e);
        const timestamp = this.timestampOf(e);
        return { line, item, embedded, runStart: line, turn: 0, ...(timestamp !== undefined && { timestamp }) };
    }
    outputRecord(e, callId, outside) {
        return { line: this.lineOf(e), kind: 'tool_result', callId, embedded: outside, turn: 0, early: false };
    }
    timestampOf(e) {
        const time = this.#times[e];
        return Number.isNaN(time) ? undefined : new Date(time).toISOString();
    }
    /** The entries whose parent is e, in file order (valid after end()). */
    childrenOf(e) {
        const start = (this.#childStart ??= this.#indexChildren());
        return Array.from(this.#childList.subarray(start[e], start[e + 1]));
    }
    /** Whether some entry names e as its parent (valid after end()). */
    hasChildren(e) {
        return (this.#flags[e] & PARENT) !== 0;
    }
    /** Set by the resolution: which calls sit in the last assistant message, and whether a last-prompt picked the leaf. */
    settle(tailCalls, pinned) {
        this.#tailCalls = tailCalls;
        this.#pinned = pinned;
    }
    /** The lines of one API message come one after another: the last one's id is looked up first. */
    #messageCode(messageId) {
        if (messageId !== this.#lastMessageId) {
            this.#lastMessageId = messageId;
            this.#lastMessageCode = this.#messageIds.intern(messageId);
        }
        return this.#lastMessageCode;
    }
    /** A new entry for this uuid, -1 when an earlier line has it (the first one counts). */
    #add(line, uuid) {
        const e = this.#count;
        if (!this.#index.add(uuid, e))
            return -1;
        if (e === this.#lines.length)
            this.#grow();
        this.#count += 1;
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
    #adopt(e, parent) {
        this.#parents[e] = parent;
        this.#flags[parent] |= PARENT;
    }
    /** Every entry's children, once the parents are known: counted, then laid out by parent (CSR); returns where each entry's children start in the list. */
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
        this.#childList = list;
        return start;
    }
    #grow() {
        const size = grownLength(this.#lines.length);
        this.#lines = grownArray(this.#lines, size);
        this.#parents = grownArray(this.#parents, size);
        this.#times = grownArray(this.#times, size);
        this.#flags = grownArray(this.#flags, size);
        this.#messages = grownArray(this.#messages, size);
    }
}
