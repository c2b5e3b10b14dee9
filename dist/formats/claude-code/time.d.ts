/**
 * Date.parse of a line's timestamp, with its result to the millisecond: Claude Code writes every one as
 * `toISOString()` does (`2026-11-24T09:00:00.872Z`), which is read here by hand, several times faster
 * than Date.parse on a transcript's hundred thousand lines. Any other text, and the values Date.parse
 * treats specially (hour 24), go to Date.parse itself.
 */
export declare function parseTime(text: string): number;
