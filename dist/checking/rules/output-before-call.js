import { defineRule } from '../rule.js';
import { describeCall, describeOutput, wordsOf } from './describe.js';
export default defineRule({
    name: 'output-before-call',
    code: 'SD107',
    severity: 'error',
    fixable: false,
    summary: 'A tool output comes before its call.',
    explanation: 'An output must come after the call it answers. Codex pairs by set membership and accepts it, but the Responses API ' +
        'requires each output to follow its call, and dataset consumers read the history in order. Moving records changes ' +
        'the order of the session, so fix reports it and leaves it.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'early-output')
                    return;
                const { output, call, outside } = finding;
                const words = wordsOf(context);
                context.report({
                    line: output.line,
                    message: `${describeOutput(output, words)} comes before its call, ${describeCall(call, words)} at line ${call.line}.${outside ? words.outsideNote : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                });
            },
        };
    },
});
