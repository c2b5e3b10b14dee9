import { defineRule } from '../../../checking/rule.js';
import { describeCall, describeOutput, wordsOf } from '../../../checking/rules/describe.js';
import { isClaudeFinding, isMovable } from '../findings.js';
import { reparentResultEdit } from '../relink.js';
export default defineRule({
    name: 'tool-result-not-adjacent',
    code: 'SD108',
    severity: 'error',
    fixable: true,
    summary: 'A tool_result is not in the user message right after its tool_use.',
    explanation: 'The Messages API needs every tool_use answered in the very next user message ("tool_use ids were found without ' +
        'tool_result blocks immediately after"). Claude Code rebuilds that message from the result lines that are children ' +
        'of the tool_use\'s line, or that follow it on the chain. A result separated from its call (another message in ' +
        'between, or hung off another entry) is thrown away on every request and replaced by "[Tool result missing due to ' +
        'internal error]": the model loses the real output. fix re-parents the result line onto its tool_use\'s line ' +
        '(parentUuid and sourceToolAssistantUUID), which keeps the real output where the client expects it. It leaves a ' +
        'result in a later turn than its call (a prompt between them): the lines after the result hang off it and would ' +
        'move with it, taking the turns between off the conversation.',
    create(context) {
        return {
            pairing(finding) {
                if (!isClaudeFinding(finding, 'not-adjacent'))
                    return;
                const { output, call, callUuid, parentUuid, blocks, laterTurn, outside } = finding;
                const words = wordsOf(context);
                const movable = isMovable(finding);
                context.report({
                    line: output.line,
                    message: `${describeOutput(output, words)} is not in the user message right after ${describeCall(call, words)} at line ${call.line}; ` +
                        'Claude Code replaces it with a placeholder and the model loses the real output.' +
                        (outside ? words.outsideNote : '') +
                        (movable
                            ? ''
                            : blocks > 1
                                ? ' Its line holds other blocks too, so fix leaves it.'
                                : laterTurn
                                    ? ' It sits in a later turn: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it.'
                                    : ' It already hangs off its tool_use, so fix cannot move it.'),
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: movable,
                    repair: () => ({
                        action: `re-parented the tool_result at line ${output.line} onto its tool_use at line ${call.line}`,
                        edits: [reparentResultEdit(output.line, parentUuid, callUuid)],
                    }),
                });
            },
        };
    },
});
