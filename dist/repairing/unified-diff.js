import { TextSpool } from './text-spool.js';
const CONTEXT = 3;
/** Lines, and characters of them, an open hunk holds as entries; the rest of a longer one is rendered into a spool (see #spillHead). */
const HUNK_ENTRIES = 1024;
const HUNK_CHARS = 1 << 20;
/** A line for the diff, without its newline; a missing final newline gets diff's usual marker. */
function render(bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0a)
        return bytes.subarray(0, bytes.length - 1).toString('utf8');
    return `${bytes.toString('utf8')}\n\\ No newline at end of file`;
}
/**
 * Builds a unified diff (3 lines of context) from the line changes of the second pass, and writes each
 * hunk to `write` as soon as it is complete, the file header before the first. It holds only the last few
 * unchanged lines and the open hunk, and of a long hunk (a CRLF file normalized: every line changes) only
 * its last lines: the rest waits in a spool for the hunk's header. Memory stays flat however large the diff.
 */
export class UnifiedDiff {
    oldName;
    newName;
    write;
    #recent = [];
    #hunk;
    /** The characters of the open hunk's entries. */
    #held = 0;
    #head;
    #newBase = 0;
    #trailing = 0;
    #oldNo = 0;
    #newNo = 0;
    #started = false;
    constructor(oldName, newName, write) {
        this.oldName = oldName;
        this.newName = newName;
        this.write = write;
    }
    add(change) {
        const original = Buffer.concat([change.line.bytes, Buffer.from(change.line.eol)]);
        this.#oldNo += 1;
        const keptAsIs = change.written?.equals(original) ?? false;
        if (!change.changed) {
            this.#context(render(original));
            return;
        }
        this.#open();
        if (keptAsIs) {
            this.#push({ mark: ' ', text: render(original), oldNo: this.#oldNo, newNo: ++this.#newNo });
        }
        else {
            this.#push({ mark: '-', text: render(original), oldNo: this.#oldNo });
            if (change.written)
                this.#push({ mark: '+', text: render(change.written), newNo: ++this.#newNo });
        }
        for (const bytes of change.inserted)
            this.#push({ mark: '+', text: render(bytes), newNo: ++this.#newNo });
        this.#trailing = 0;
        if (this.#hunk.length > HUNK_ENTRIES || this.#held > HUNK_CHARS)
            this.#spillHead();
    }
    /** Writes the last hunk. */
    finish() {
        this.#close(this.#hunk ?? []);
    }
    #push(entry) {
        this.#hunk.push(entry);
        this.#held += entry.text.length;
    }
    #context(text) {
        const entry = { mark: ' ', text, oldNo: this.#oldNo, newNo: ++this.#newNo };
        if (!this.#hunk) {
            this.#recent.push(entry);
            if (this.#recent.length > CONTEXT)
                this.#recent.shift();
            return;
        }
        this.#push(entry);
        this.#trailing += 1;
        if (this.#trailing > 2 * CONTEXT) {
            // Far enough from the last change: end the hunk after CONTEXT lines; the rest may lead the next one.
            const after = this.#hunk.splice(this.#hunk.length - (this.#trailing - CONTEXT));
            this.#close(this.#hunk);
            this.#hunk = undefined;
            this.#recent = after.slice(-CONTEXT);
        }
    }
    #open() {
        if (this.#hunk)
            return;
        this.#newBase = this.#recent[0]?.newNo !== undefined ? this.#recent[0].newNo - 1 : this.#newNo;
        this.#hunk = this.#recent;
        this.#held = charsOf(this.#hunk);
        this.#recent = [];
    }
    /** Renders all but the open hunk's last 2 × CONTEXT entries into its head. */
    #spillHead() {
        const hunk = this.#hunk;
        if (hunk.length <= 2 * CONTEXT)
            return;
        const head = (this.#head ??= { body: new TextSpool(), oldStart: undefined, newStart: undefined, oldLines: 0, newLines: 0 });
        const rendered = hunk.splice(0, hunk.length - 2 * CONTEXT);
        this.#held = charsOf(hunk);
        let text = '';
        for (const entry of rendered) {
            if (entry.oldNo !== undefined) {
                head.oldStart ??= entry.oldNo;
                head.oldLines += 1;
            }
            if (entry.newNo !== undefined) {
                head.newStart ??= entry.newNo;
                head.newLines += 1;
            }
            text += `${entry.mark}${entry.text}\n`;
        }
        head.body.append(text);
    }
    #close(hunk) {
        const head = this.#head;
        this.#head = undefined;
        if (hunk.length === 0 && !head)
            return;
        const oldLines = hunk.filter((entry) => entry.oldNo !== undefined);
        const newLines = hunk.filter((entry) => entry.newNo !== undefined);
        const oldStart = head?.oldStart ?? oldLines[0]?.oldNo ?? 0;
        const newStart = head?.newStart ?? newLines[0]?.newNo ?? this.#newBase;
        if (!this.#started)
            this.write(`--- ${this.oldName}\n+++ ${this.newName}\n`);
        this.#started = true;
        this.write(`@@ -${oldStart},${(head?.oldLines ?? 0) + oldLines.length} +${newStart},${(head?.newLines ?? 0) + newLines.length} @@\n`);
        if (head)
            for (const piece of head.body.drain())
                this.write(piece);
        let text = '';
        for (const entry of hunk)
            text += `${entry.mark}${entry.text}\n`;
        this.write(text);
    }
}
const charsOf = (entries) => entries.reduce((chars, entry) => chars + entry.text.length, 0);
