/**
 * Date.parse of a line's timestamp, with its result to the millisecond: Claude Code writes every one as
 * `toISOString()` does (`2026-11-24T09:00:00.872Z`), which is read here by hand, faster than Date.parse
 * on a transcript's hundred thousand lines. Any other text, and the values Date.parse treats specially
 * (hour 24), go to Date.parse itself. Straight-line code without calls or loops: it runs once per line of
 * one pass, mostly before V8 has optimized it, where every call and loop counts.
 */
export declare function parseTime(text: string): number;
