/** The repair that drops one line; its bytes stay in the original file or its backup. */
export function removeLine(line, what) {
    return { action: `removed ${what} at line ${line}`, edits: [{ op: 'remove', line }] };
}
