/**
 * Replaces the first occurrence of `from` with `to` (of a pattern's `value` group, when it has one: see
 * memberValue), and keeps the result only if, parsed, it differs from the original exactly as `expected`
 * says. Textual edits keep every other byte of the line.
 */
export declare function verifiedReplace(line: Buffer, from: string | RegExp, to: string, expected: (original: unknown) => unknown): Buffer | undefined;
/**
 * Member `key` with the value whose JSON text is `valueJson` (canonical: an id, a type), however the writer
 * spaced the colon: JSON writers differ there (Python's json.dumps writes `"key": value`). verifiedReplace
 * replaces only the value (its `value` group), so the spacing is kept. The key comes first in the pattern, not
 * in a lookbehind: the engine then skips ahead to it (30 times faster on a 64 MiB line without it).
 */
export declare function memberValue(key: string, valueJson: string): RegExp;
