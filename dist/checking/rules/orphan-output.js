import { defineRule } from '../rule.js';
import { CHECKPOINT_NOTE, OUTSIDE_NOTE, describeOutput } from './describe.js';
import { removeLine } from './remove-line.js';
export default defineRule({
    name: 'orphan-output',
    code: 'SD102',
    severity: 'error',
    fixable: true,
    summary: 'A tool output answers no call.',
    explanation: 'An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds ' +
        '(logging "Orphan … output for call id") and the Responses API rejects it ("No tool call found for function call ' +
        'output"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line; its bytes stay in ' +
        'the original (or the .bak backup with --in-place).',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'orphan')
                    return;
                const { output, outside } = finding;
                context.report({
                    line: output.line,
                    message: `${describeOutput(output)} answers no call.${outside ? OUTSIDE_NOTE : ''}${output.inCheckpoint ? CHECKPOINT_NOTE : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: !output.inCheckpoint,
                    repair: () => removeLine(output.line, `the orphan ${output.kind}`),
                });
            },
        };
    },
});
