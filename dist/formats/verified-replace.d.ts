/**
 * Replaces the first occurrence of `from` with `to`, and keeps the result only if, parsed, it differs
 * from the original exactly as `expected` says. Textual edits keep every other byte of the line.
 */
export declare function verifiedReplace(line: Buffer, from: string | RegExp, to: string, expected: (original: unknown) => unknown): Buffer | undefined;
