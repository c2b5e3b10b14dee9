import { defineRule } from '../rule.js';
import { describeCall, wordsOf } from './describe.js';
import { removeOutput } from './remove-line.js';
export default defineRule({
    name: 'duplicate-output',
    code: 'SD104',
    severity: 'error',
    fixable: true,
    fixSafety: 'unsafe',
    summary: 'A call is answered more than once.',
    explanation: 'A second output of the right kind for a call that already has one. Codex sends both copies to the model on resume, ' +
        'and strict consumers (the API, dataset builders) reject or double-count them. Reported at the later copy; fix ' +
        'keeps the first output and removes the later one: an unsafe fix, applied only with --unsafe-fixes, as the model ' +
        'then sees one answer where Codex showed it two. ' +
        'In a Claude Code transcript it is a second tool_result for one tool_use, in its own line or as a second ' +
        'block of one line. The API rejects it; 2.1.332 strips it from every request in memory ' +
        '(ensureToolResultPairing in its debug log). fix takes out the later block, or its whole line when it holds ' +
        'nothing else, and re-links the lines that hang off a removed line to its parent (unsafe, as above).',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'extra-output')
                    return;
                const { output, call, answer, outside, ambiguous } = finding;
                const words = wordsOf(context);
                const inCheckpoint = output.embedded;
                // Worked out now, not lazily: a format may be unable to take the line out (check must not call it fixable then).
                const repair = inCheckpoint || ambiguous ? undefined : removeOutput(context, output, `the duplicate ${output.kind}`);
                context.report({
                    line: output.line,
                    message: `${describeCall(call, words)} at line ${call.line} is already answered at line ${answer.line}; this ${output.kind} is a second answer.` +
                        `${outside ? words.outsideNote : ''}${inCheckpoint ? words.embeddedNote : ''}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ''}`,
                    callId: output.callId,
                    outsideHistory: outside,
                    fixable: repair !== undefined,
                    applicability: 'unsafe',
                    repair: () => repair,
                });
            },
        };
    },
});
