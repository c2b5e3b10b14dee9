const CONTEXT = 3;
/** A line for the diff, without its newline; a missing final newline gets diff's usual marker. */
function render(bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0a)
        return bytes.subarray(0, bytes.length - 1).toString('utf8');
    return `${bytes.toString('utf8')}\n\\ No newline at end of file`;
}
/**
 * Builds a unified diff (3 lines of context) from the line changes of the second pass, holding only
 * the current hunk and the last few unchanged lines.
 */
export class UnifiedDiff {
    oldName;
    newName;
    #out = [];
    #recent = [];
    #hunk;
    #newBase = 0;
    #trailing = 0;
    #oldNo = 0;
    #newNo = 0;
    constructor(oldName, newName) {
        this.oldName = oldName;
        this.newName = newName;
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
            this.#hunk.push({ mark: ' ', text: render(original), oldNo: this.#oldNo, newNo: ++this.#newNo });
        }
        else {
            this.#hunk.push({ mark: '-', text: render(original), oldNo: this.#oldNo });
            if (change.written)
                this.#hunk.push({ mark: '+', text: render(change.written), newNo: ++this.#newNo });
        }
        for (const bytes of change.inserted)
            this.#hunk.push({ mark: '+', text: render(bytes), newNo: ++this.#newNo });
        this.#trailing = 0;
    }
    /** The finished diff; empty when nothing changed. */
    finish() {
        this.#close(this.#hunk ?? []);
        if (this.#out.length === 0)
            return '';
        return `--- ${this.oldName}\n+++ ${this.newName}\n${this.#out.join('')}`;
    }
    #context(text) {
        const entry = { mark: ' ', text, oldNo: this.#oldNo, newNo: ++this.#newNo };
        if (!this.#hunk) {
            this.#recent.push(entry);
            if (this.#recent.length > CONTEXT)
                this.#recent.shift();
            return;
        }
        this.#hunk.push(entry);
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
        this.#recent = [];
    }
    #close(hunk) {
        if (hunk.length === 0)
            return;
        const oldLines = hunk.filter((entry) => entry.oldNo !== undefined);
        const newLines = hunk.filter((entry) => entry.newNo !== undefined);
        const oldStart = oldLines[0]?.oldNo ?? 0;
        const newStart = newLines[0]?.newNo ?? this.#newBase;
        this.#out.push(`@@ -${oldStart},${oldLines.length} +${newStart},${newLines.length} @@\n`);
        for (const entry of hunk)
            this.#out.push(`${entry.mark}${entry.text}\n`);
    }
}
