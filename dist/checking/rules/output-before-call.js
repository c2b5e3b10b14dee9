import { defineRule } from '../rule.js';
import { OUTSIDE_NOTE, describeCall, describeOutput } from './describe.js';
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
                context.report({
                    line: output.line,
                    message: `${describeOutput(output)} comes before its call, ${describeCall(call)} at line ${call.line}.${outside ? OUTSIDE_NOTE : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                });
            },
        };
    },
});
