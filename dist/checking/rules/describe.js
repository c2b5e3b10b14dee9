/** `function_call "exec_command" (call_id call_1)` */
export function describeCall(call) {
    const name = call.item.name ? ` "${call.item.name}"` : '';
    return `${call.item.kind}${name} (call_id ${call.item.callId})`;
}
export function describeOutput(output) {
    return `${output.kind} (call_id ${output.callId})`;
}
export const OUTSIDE_NOTE = ' It is outside the history the model sees (replaced by a later compaction or rolled back).';
export const CHECKPOINT_NOTE = ' It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite.';
