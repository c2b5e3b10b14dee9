import { defineRule } from '../../../checking/rule.js';
import { describeCall, describeOutput, wordsOf } from '../../../checking/rules/describe.js';
import { isClaudeFinding, isMovable, moveEdits, removedRelinks } from '../findings.js';
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
        '(parentUuid and sourceToolAssistantUUID), which keeps the real output where the client expects it. A result in a ' +
        'later turn than its call (a prompt between them) has the lines after it hanging off it: moved alone they would ' +
        'take the turns between off the conversation, so fix also re-links those lines to the result\'s old parent, and ' +
        'every turn stays. That is an unsafe fix, applied only with --unsafe-fixes: the turns between were answered ' +
        'without that output, and the model would now see it before them (and the later turn loses the empty user ' +
        'message the stripped result left). When the result\'s parent is a result line fix takes out (an orphan, a second ' +
        'answer), the one fix does both: the removal leaves the result to its move, and the lines after it go where the ' +
        'removed line\'s children go; when a line after it is such a line, its removal re-links what hangs off it to the ' +
        'result\'s old parent. A later-turn result is left when those lines cannot be re-linked (one is of a type this tool ' +
        'does not know, or a result line fix keeps there). A result that hangs off a later-turn result left so is left ' +
        'too: moved alone, it would leave that one\'s move to a second fix.',
    create(context) {
        return {
            pairing(finding) {
                if (!isClaudeFinding(finding, 'not-adjacent'))
                    return;
                const { output, call, blocks, laterTurn, children, heldBy, outside } = finding;
                const words = wordsOf(context);
                const movable = isMovable(finding);
                context.report({
                    line: output.line,
                    message: `${describeOutput(output, words)} is not in the user message right after ${describeCall(call, words)} at line ${call.line}; ` +
                        'Claude Code replaces it with a placeholder and the model loses the real output.' +
                        (outside ? words.outsideNote : '') +
                        (movable
                            ? laterTurn
                                ? children?.through === undefined
                                    ? ' It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays.'
                                    : ` It sits in a later turn, off line ${children.through}, which fix takes out: fix re-links the lines after it where that line's children go, so that every turn stays.`
                                : ''
                            : blocks > 1
                                ? ' Its line holds other blocks too, so fix leaves it.'
                                : heldBy !== undefined
                                    ? ` It hangs off the tool_result at line ${heldBy}, which sits in a later turn than its own tool_use and cannot move while this one hangs off it: moved alone, this one would leave that move to a second fix, so fix leaves both.`
                                    : laterTurn
                                        ? ' It sits in a later turn, and fix cannot re-link the lines after it to its parent: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it.'
                                        : ' It already hangs off its tool_use, so fix cannot move it.'),
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: movable,
                    // From a later turn the model sees the output before turns that were answered without it.
                    ...(laterTurn && { applicability: 'unsafe' }),
                    repair: () => {
                        const relinked = children?.lines ?? [];
                        const to = children?.through === undefined ? 'its old parent' : `the entry that takes the children of its old parent at line ${children.through}, which goes`;
                        return {
                            action: `re-parented the tool_result at line ${output.line} onto its tool_use at line ${call.line}` +
                                (relinked.length > 0 ? ` and re-linked line${relinked.length === 1 ? '' : 's'} ${relinked.join(', ')} to ${to}` : ''),
                            edits: moveEdits(finding),
                            ...(children?.removed && children.removed.length > 0 && { needs: removedRelinks(finding) }),
                        };
                    },
                });
            },
        };
    },
});
