import { defineRule } from '../rule.js';
import { wordsOf } from './describe.js';
export default defineRule({
    name: 'output-without-call-id',
    code: 'SD106',
    severity: 'error',
    fixable: false,
    summary: 'A tool output has no call_id.',
    explanation: 'A function_call_output or custom_tool_call_output without a call_id cannot be paired with any call. Newer Codex ' +
        'builds persist such standalone outputs for injected messages and keep them, but the Responses API rejects the ' +
        'request ("Invalid Value: \'input.call_id\'. Function call output requires call_id."). Nothing says which call it ' +
        'answered, so fix does not guess.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'unpairable-output')
                    return;
                context.report({
                    line: finding.line,
                    message: `${finding.kind} has no ${wordsOf(context).outputKey}; the Responses API rejects it.${finding.outside ? wordsOf(context).outsideNote : ''}`,
                    outsideHistory: finding.outside,
                });
            },
        };
    },
});
