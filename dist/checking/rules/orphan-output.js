import { defineRule } from '../rule.js';
import { describeOutput, wordsOf } from './describe.js';
import { removeOutput } from './remove-line.js';
export default defineRule({
    name: 'orphan-output',
    code: 'SD102',
    severity: 'error',
    fixable: true,
    fixSafety: 'unsafe',
    summary: 'A tool output answers no call.',
    explanation: 'An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds ' +
        '(logging "Orphan … output for call id") and the Responses API rejects it ("No tool call found for function call ' +
        'output"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line (an unsafe fix, ' +
        'applied only with --unsafe-fixes: the output is real content, perhaps of a call whose line was lost); its bytes stay ' +
        'in the original (or the .bak backup with --in-place). ' +
        'In a Claude Code transcript it is a tool_result whose tool_use_id names no tool_use of the conversation ' +
        'Claude Code rebuilds. The API rejects it ("unexpected tool_use_id found in tool_result blocks"); 2.1.332 strips ' +
        'it from every request in memory (ensureToolResultPairing in its debug log). fix takes out that block, or the ' +
        'whole line when it holds nothing else, and re-links the lines that hang off a removed line to its parent, so ' +
        'the chain stays whole (unsafe, as above); a result among them that tool-result-not-adjacent moves onto its ' +
        'tool_use goes there instead, in the same fix. On a dead branch it is a warning fix leaves.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'orphan')
                    return;
                const { output, outside } = finding;
                const words = wordsOf(context);
                // Worked out now, not lazily: a format may be unable to take the line out (check must not call it fixable then).
                const repair = output.embedded ? undefined : removeOutput(context, output, `the orphan ${output.kind}`);
                context.report({
                    line: output.line,
                    message: `${describeOutput(output, words)} answers no call.${outside ? words.outsideNote : ''}${output.embedded ? words.embeddedNote : ''}`,
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
