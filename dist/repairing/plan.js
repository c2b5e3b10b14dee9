import { LineSet } from '../checking/line-set.js';
import { mergedRuns, mergeRuns, removeRuns, SortedLog } from '../checking/sorted-runs.js';
const NO_CHANGES = { rewrites: [], inserts: [], endLine: false };
/** Reads a plan's line edits as the second pass goes: asked of lines in ascending order (a line may be asked again). */
export class PlanReader {
    plan;
    #edits;
    #next;
    #line = 0;
    #changes = NO_CHANGES;
    constructor(plan) {
        this.plan = plan;
        this.#edits = plan.lineEdits[Symbol.iterator]();
        this.#next = this.#edits.next();
    }
    /** The edits of line `n`, beyond its removal. */
    changesOf(n) {
        if (n === this.#line)
            return this.#changes;
        this.#line = n;
        while (!this.#next.done && this.#next.value.line < n)
            this.#next = this.#edits.next();
        if (this.#next.done || this.#next.value.line !== n)
            return (this.#changes = NO_CHANGES);
        const rewrites = [];
        const inserts = [];
        let endLine = false;
        for (; !this.#next.done && this.#next.value.line === n; this.#next = this.#edits.next()) {
            const edit = this.#next.value;
            if (edit.op === 'rewrite')
                rewrites.push(edit.rewrite);
            else if (edit.op === 'insert-after')
                inserts.push(edit.text);
            else
                endLine = true;
        }
        return (this.#changes = { rewrites, inserts, endLine });
    }
    /**
     * What the plan does to original line `n`: drops it whole (nothing is inserted after it), edits it (its
     * bytes are needed), or keeps it byte for byte.
     */
    actionOn(n) {
        const { plan } = this;
        if (n >= plan.truncateFrom)
            return 'drop';
        const changes = this.changesOf(n);
        if (plan.removed.has(n) && changes.inserts.length === 0)
            return 'drop';
        const edited = plan.normalizeLineEndings || plan.removed.has(n) || changes !== NO_CHANGES || (n === 1 && plan.stripBom);
        return edited ? 'edit' : 'keep';
    }
}
/**
 * Whether a repair would change or move a byte of the pinned prefix (lines before `firstFreeLine`): an
 * insert after the last pinned line starts at or after the pin, and is allowed.
 */
export function movesPinned(repair, pinned) {
    if (!pinned)
        return false;
    const free = pinned.firstFreeLine;
    return repair.edits.some((edit) => {
        switch (edit.op) {
            case 'insert-after':
                return edit.line < free - 1;
            case 'strip-bom':
            case 'normalize-line-endings':
                return free > 1;
            default:
                return edit.line < free;
        }
    });
}
/** Whether `fix` plans the diagnostic's repair: it has one, it leaves the pinned prefix alone, and a pass could make each of its rewrites. */
export const isPlanned = (diagnostic, pinned, unmade) => diagnostic.repair !== undefined && !movesPinned(diagnostic.repair, pinned) && unmade?.lineIn(diagnostic.repair) === undefined;
const byLine = (a, b) => a.line - b.line;
const EDIT_ROWS = { toRow: (edit) => edit, fromRow: (row) => row };
/**
 * Collects the repairs of fixable diagnostics into one plan; undefined when there is nothing to do. A repair
 * that would move pinned bytes is left out (the caller says why), and so is one with a rewrite a pass could not
 * make. The diagnostics are read once (twice for a format that completes plans), in line order; the line
 * edits go through an external sort by line.
 */
export function planRepairs(diagnostics, facts, unmade) {
    const removed = new LineSet();
    const log = new SortedLog(byLine, EDIT_ROWS);
    let planned = 0;
    let truncateFrom = Infinity;
    let normalizeLineEndings = false;
    let stripBom = false;
    let rewrites = false;
    const apply = (edit) => {
        switch (edit.op) {
            case 'remove':
                for (let line = edit.line; line <= (edit.through ?? edit.line); line += 1)
                    removed.add(line);
                break;
            case 'truncate-from':
                truncateFrom = Math.min(truncateFrom, edit.line);
                break;
            case 'normalize-line-endings':
                normalizeLineEndings = true;
                break;
            case 'strip-bom':
                stripBom = true;
                break;
            default:
                rewrites ||= edit.op === 'rewrite';
                log.push(edit);
        }
    };
    for (const diagnostic of diagnostics) {
        if (!isPlanned(diagnostic, facts.pinned, unmade))
            continue;
        planned += 1;
        diagnostic.repair.edits.forEach(apply);
    }
    if (planned === 0)
        return undefined;
    const sorted = log.finish();
    const truncated = (line) => line >= truncateFrom;
    // The completion sees the inserts of the last line that has any: the only ones it may change.
    const tail = facts.history?.completePlan ? lastInserts(sorted, truncated) : undefined;
    const completion = facts.history?.completePlan?.({
        lines: facts.lines,
        removed: (line) => truncated(line) || removed.has(line),
        truncated,
        insertsAfter: new Map(tail ? [[tail.line, tail.texts]] : []),
        diagnosticsAt: linesOf(diagnostics),
    });
    const completed = [];
    let added = [];
    if (completion) {
        // The completion keeps the file resumable (Codex: a final ordinal): never at the price of pinned bytes.
        for (const edit of completion.edits.filter((each) => !movesPinned({ action: '', edits: [each] }, facts.pinned))) {
            if (edit.op === 'insert-after' || edit.op === 'rewrite' || edit.op === 'end-line') {
                rewrites ||= edit.op === 'rewrite';
                completed.push(edit);
            }
            else
                apply(edit);
        }
        completed.sort(byLine);
        added = completion.repaired.filter((diagnostic) => isPlanned(diagnostic, facts.pinned)).sort((a, b) => a.line - b.line);
    }
    const original = tail ? withTail(mergedRuns(sorted, byLine, EDIT_ROWS), tail) : mergedRuns(sorted, byLine, EDIT_ROWS);
    // Stable: on one line, the completion's edits apply after the rules'.
    const lineEdits = completed.length === 0 ? original : mergeRuns([original, completed], byLine);
    return { removed, truncateFrom, normalizeLineEndings, stripBom, lineEdits, rewrites, added, release: () => removeRuns(sorted) };
}
/** The inserts after the last line (before the truncation) that has any; their texts may be changed. */
function lastInserts(sorted, truncated) {
    let tail;
    for (const edit of mergedRuns(sorted, byLine, EDIT_ROWS)) {
        if (edit.op !== 'insert-after' || truncated(edit.line))
            continue;
        if (tail?.line === edit.line)
            tail.texts.push(edit.text);
        else
            tail = { line: edit.line, texts: [edit.text] };
    }
    return tail;
}
/** The edits, with the inserts after the tail's line as the completion left them. */
function withTail(edits, tail) {
    return {
        *[Symbol.iterator]() {
            let index = 0;
            for (const edit of edits)
                yield edit.op === 'insert-after' && edit.line === tail.line ? { ...edit, text: tail.texts[index++] } : edit;
        },
    };
}
/** The diagnostics of one line at a time (one pass over the list per line asked). */
function linesOf(diagnostics) {
    let asked;
    return (line) => {
        if (asked?.line !== line) {
            const found = [];
            for (const diagnostic of diagnostics)
                if (diagnostic.line === line)
                    found.push(diagnostic);
            asked = { line, found };
        }
        return asked.found;
    };
}
