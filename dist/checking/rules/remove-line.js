/** The repair that drops one line; its bytes stay in the original file or its backup. */
export function removeLine(line, what) {
    return { action: `removed ${what} at line ${line}`, edits: [{ op: 'remove', line }] };
}
/** The repair that takes an output out, as its format does it (re-linking what hangs off its line). */
export function removeOutput(context, output, what) {
    return context.history()?.removeOutput(output, what);
}
