import { defineRule } from '../rule.js';
import { CHECKPOINT_NOTE, OUTSIDE_NOTE, describeCall } from './describe.js';
import { removeLine } from './remove-line.js';
export default defineRule({
    name: 'duplicate-output',
    code: 'SD104',
    severity: 'error',
    fixable: true,
    summary: 'A call is answered more than once.',
    explanation: 'A second output of the right kind for a call that already has one. Codex sends both copies to the model on resume, ' +
        'and strict consumers (the API, dataset builders) reject or double-count them. Reported at the later copy; fix ' +
        'keeps the first output and removes the later one.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'extra-output')
                    return;
                const { output, call, answer, outside, ambiguous } = finding;
                const inCheckpoint = output.inCheckpoint;
                context.report({
                    line: output.line,
                    message: `${describeCall(call)} at line ${call.line} is already answered at line ${answer.line}; this ${output.kind} is a second answer.` +
                        `${outside ? OUTSIDE_NOTE : ''}${inCheckpoint ? CHECKPOINT_NOTE : ''}${ambiguous ? ' Its call_id is used by more than one call.' : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: !inCheckpoint && !ambiguous,
                    repair: () => removeLine(output.line, `the duplicate ${output.kind}`),
                });
            },
        };
    },
});
