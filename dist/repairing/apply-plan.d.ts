import { type RawLine } from '../reading/line-splitter.js';
import { type RepairPlan } from './plan.js';
/** What became of one original line: its bytes as written (or nothing), and the lines inserted after it. */
export interface LineChange {
    readonly line: RawLine;
    /** The line as written, terminator included; undefined when it was dropped. */
    readonly written?: Buffer;
    readonly inserted: readonly Buffer[];
    readonly changed: boolean;
}
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
export declare function applyPlan(chunks: AsyncIterable<Buffer>, plan: RepairPlan, observe?: (change: LineChange) => void, firstChange?: (offset: number) => void): AsyncIterable<Buffer>;
