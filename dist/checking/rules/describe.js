/** The words of the file's format: pairing findings come only once its first record set the format. */
export function wordsOf(context) {
    return context.format().words;
}
/** `function_call "exec_command" (call_id call_1)` */
export function describeCall(call, words) {
    const name = call.item.name ? ` "${call.item.name}"` : '';
    return `${call.item.kind}${name} (${words.callKey} ${call.item.callId})`;
}
export function describeOutput(output, words) {
    return `${output.kind} (${words.outputKey} ${output.callId})`;
}
