import { defineRule } from '../rule.js';
import { removeLine } from './remove-line.js';
export default defineRule({
    name: 'blank-line',
    code: 'SD207',
    severity: 'info',
    fixable: true,
    summary: 'A line is empty or whitespace only.',
    explanation: 'Clients never write blank lines; they come from hand edits and concatenation. Codex skips them, but strict JSONL ' +
        'readers fail on them and they shift line numbers. fix removes them.',
    create(context) {
        return {
            line({ number, blank }) {
                if (!blank)
                    return;
                context.report({ line: number, message: 'Blank line.', repair: () => removeLine(number, 'the blank line') });
            },
        };
    },
});
