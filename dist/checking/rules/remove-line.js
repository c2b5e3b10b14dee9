/** The repair removeLine made last, and what it removes: a run of them joins without reading their text. */
let lastRepair;
let lastWhat = '';
/** The repair that drops one line; its bytes stay in the original file or its backup. */
export function removeLine(line, what) {
    const repair = { action: `removed ${what} at line ${line}`, edits: [{ op: 'remove', line }] };
    lastRepair = repair;
    lastWhat = what;
    return repair;
}
/** What `repair` removes (removeLine's `what`), when it is the repair removeLine made last; else undefined. */
export const removedByLast = (repair) => (repair === lastRepair ? lastWhat : undefined);
/** The repair that takes an output out, as its format does it (re-linking what hangs off its line). */
export function removeOutput(context, output, what) {
    return context.history()?.removeOutput(output, what);
}
