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
  explanation:
    'An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds ' +
    '(logging "Orphan … output for call id") and the Responses API rejects it ("No tool call found for function call ' +
    'output"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line (an unsafe fix, ' +
    'applied only with --unsafe-fixes: the output is real content, perhaps of a call whose line was lost); its bytes stay ' +
    'in the original (or the .bak backup with --in-place).',
  create(context) {
    return {
      pairing(finding) {
        if (finding.type !== 'orphan') return;
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
