import { defineRule } from '../../../checking/rule.js';
import { describeCall, wordsOf } from '../../../checking/rules/describe.js';
import { removeOutput } from '../../../checking/rules/remove-line.js';
import { codexFormat } from '../records.js';
export default defineRule({
    name: 'mismatched-output-kind',
    code: 'SD103',
    severity: 'error',
    fixable: true,
    fixSafety: 'unsafe',
    summary: 'A call is answered by an output of the wrong kind.',
    explanation: 'function_call and local_shell_call are answered by function_call_output, custom_tool_call by custom_tool_call_output, ' +
        'tool_search_call by tool_search_output. Codex does not pair across kinds: it treats the call as unanswered and the ' +
        'output as an orphan, and the API rejects the request. Reported once, at the output, not also as missing-output and ' +
        'orphan-output. When it is the call\'s only answer, fix rewrites its type to the kind the call expects, gives it the id ' +
        'Codex gives such an output (UUIDv5 of the call\'s item id, as for the outputs it synthesizes), and keeps its content, the real result of that call; when the call already has a right-kind output, fix ' +
        'removes it. Both are unsafe fixes, applied only with --unsafe-fixes: the model then sees a result where Codex ' +
        'showed it "aborted", or loses a real output. Conversions to or from tool_search_output change the content shape ' +
        'and are not made.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'wrong-kind')
                    return;
                const { output, call, outside, resolution, ambiguous } = finding;
                const words = wordsOf(context);
                const expected = call.item.expects;
                const note = resolution === 'remove' ? ' The call already has another answer.' : '';
                const inCheckpoint = output.embedded || call.embedded;
                context.report({
                    line: output.line,
                    message: `${output.kind} answers ${describeCall(call, words)} at line ${call.line}, which expects a ${expected}.` +
                        `${note}${outside ? words.outsideNote : ''}${inCheckpoint ? words.embeddedNote : ''}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: !inCheckpoint && !ambiguous && (resolution === 'remove' || retypeable(output, expected)),
                    applicability: 'unsafe',
                    repair: () => resolution === 'remove' ? removeOutput(context, output, `the extra ${output.kind}`) : retype(context, output, expected, call.item.itemId),
                });
            },
        };
    },
});
function retypeable(output, expected) {
    return output.kind !== 'tool_search_output' && expected !== 'tool_search_output';
}
function retype(context, output, expected, callItemId) {
    const format = codexFormat(context.format());
    if (!format)
        return undefined;
    return {
        action: `changed the ${output.kind} at line ${output.line} into a ${expected}`,
        edits: [format.retypeOutput(output.line, expected, callItemId ?? null)],
    };
}
