import { READ_CHUNK_BYTES } from '../reading/open-input.js';
import { withoutBom } from '../reading/utf8-bom.js';
import { LineSplitter } from '../reading/line-splitter.js';
import { applyRewrite } from './edits.js';
import { PlanReader } from './plan.js';
import { UnmadeRewrite } from './unmade-rewrites.js';
const LF = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');
const NONE = Buffer.alloc(0);
const NO_LINES = [];
const SKIP = { drop: 'drop', edit: undefined, keep: 'pass' };
/**
 * The second pass: streams the original again and yields the repaired bytes. Lines kept as they are go
 * out as pieces of the input chunks and dropped lines are skipped, neither assembled nor copied, so a
 * 64 MiB line costs no copy and memory stays flat however large the file. Edited lines (all lines when a
 * diff is observed) are written into a reused batch buffer. Every yielded buffer is valid only until the
 * next one is asked for. A rewrite that cannot be made throws UnmadeRewrite before that line is yielded:
 * the caller throws away what it was given and plans again without that repair.
 *
 * `firstChange` is told the offset of the first original line whose bytes do not go out as they are (edited,
 * dropped, or followed by inserted lines), before any byte from there on is yielded: the bytes yielded
 * before it are the original's, at the same offsets.
 */
export async function* applyPlan(chunks, plan, observe, firstChange) {
    const batch = new Batch();
    // Lines are asked of in order: the plan's line edits are read as the lines go by.
    const reader = new PlanReader(plan);
    /** This chunk's output in order: pieces of the chunk, and where each stretch of the batch ends. */
    const output = [];
    let changedYet = false;
    const changedAt = (offset) => {
        if (changedYet)
            return;
        changedYet = true;
        firstChange?.(offset);
    };
    // With a diff to show, every line is visited; otherwise only the lines an edit needs the bytes of.
    const skip = (n, offset) => {
        if (observe)
            return undefined;
        const action = SKIP[reader.actionOn(n)];
        if (action === 'drop')
            changedAt(offset);
        return action;
    };
    const splitter = new LineSplitter({ skip, skipped: (piece) => output.push(piece) });
    const visit = (line) => {
        const { bytes, eol, inserted, changed } = changeOf(line, reader);
        if (changed)
            changedAt(line.offset);
        if (bytes) {
            batch.add(bytes);
            batch.add(eol);
        }
        for (const text of inserted)
            batch.add(text);
        if (typeof output.at(-1) === 'number')
            output[output.length - 1] = batch.size;
        else
            output.push(batch.size);
        observe?.({ line, ...(bytes && { written: Buffer.concat([bytes, eol]) }), inserted, changed });
    };
    for await (const chunk of chunks) {
        splitter.push(chunk, visit);
        yield* flush();
    }
    splitter.end(visit);
    yield* flush();
    function* flush() {
        let from = 0;
        for (const item of output) {
            if (typeof item !== 'number')
                yield item;
            else if (item > from)
                yield batch.bytes(from, (from = item));
        }
        output.length = 0;
        batch.clear();
    }
}
function changeOf(line, reader) {
    const { plan } = reader;
    const n = line.number;
    if (n >= plan.truncateFrom)
        return { eol: NONE, inserted: NO_LINES, changed: true };
    const changes = reader.changesOf(n);
    const inserted = changes.inserts.length > 0 ? changes.inserts.map((text) => Buffer.from(`${text}\n`)) : NO_LINES;
    if (plan.removed.has(n))
        return { eol: NONE, inserted, changed: true };
    // Rewriters read the record, not a byte order mark before it: one kept (its rule off) goes back in front.
    const record = n === 1 ? withoutBom(line.bytes) : line.bytes;
    let bytes = plan.stripBom ? record : line.bytes;
    if (changes.rewrites.length > 0) {
        bytes = record;
        for (const rewrite of changes.rewrites) {
            bytes = applyRewrite(rewrite, bytes);
            if (!bytes)
                throw new UnmadeRewrite(n, rewrite);
        }
        if (!plan.stripBom && record !== line.bytes)
            bytes = Buffer.concat([line.bytes.subarray(0, line.bytes.length - record.length), bytes]);
    }
    const terminate = changes.endLine || (line.eol === '\r\n' && plan.normalizeLineEndings) || (line.eol === '' && inserted.length > 0);
    const eol = terminate ? LF : line.eol === '\n' ? LF : line.eol === '\r\n' ? CRLF : NONE;
    return { bytes, eol, inserted, changed: bytes !== line.bytes || terminate || inserted.length > 0 };
}
/**
 * The touched lines' bytes of one chunk, copied into a buffer reused from chunk to chunk. It grows as
 * needed (a chunk's worth, or a long line) and is let go after growing far larger than a chunk.
 */
class Batch {
    static LARGEST_KEPT = 4 * READ_CHUNK_BYTES;
    #buffer = NONE;
    size = 0;
    add(bytes) {
        if (this.size + bytes.length > this.#buffer.length) {
            const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.#buffer.length, this.size + bytes.length, 64 << 10));
            this.#buffer.copy(grown, 0, 0, this.size);
            this.#buffer = grown;
        }
        this.size += bytes.copy(this.#buffer, this.size);
    }
    /** Bytes [from, to) of the batch; valid until the next add after clear. */
    bytes(from, to) {
        return this.#buffer.subarray(from, to);
    }
    clear() {
        this.size = 0;
        if (this.#buffer.length > Batch.LARGEST_KEPT)
            this.#buffer = NONE;
    }
}
