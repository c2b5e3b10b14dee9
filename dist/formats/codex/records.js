/** The file's history, when its format is a Codex generation (its rules read the last record from it at the end). */
export function codexHistory(context) {
    return codexFormat(context.format()) ? context.history() : undefined;
}
/** The format, when it is a Codex generation. */
export function codexFormat(format) {
    return format && 'withOrdinal' in format ? format : undefined;
}
export const CODEX_WORDS = {
    callKey: 'call_id',
    outputKey: 'call_id',
    outsideNote: ' It is outside the history the model sees (replaced by a later compaction or rolled back).',
    embeddedNote: ' It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite.',
};
