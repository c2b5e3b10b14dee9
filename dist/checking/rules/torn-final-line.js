import { defineRule } from '../rule.js';
import { removeLine } from './remove-line.js';
export default defineRule({
    name: 'torn-final-line',
    code: 'SD202',
    severity: 'error',
    fixable: true,
    summary: 'The last line is incomplete JSON without a newline.',
    explanation: 'The file ends in the middle of a record: the process was killed or the disk filled while the client was writing ' +
        'the line. Codex skips it, and on its next append adds a newline after the fragment, which leaves a malformed line ' +
        'in the middle of the file for good. (A live session that is being written right now can also look like this: ' +
        'check again once it has finished.) fix removes the fragment; its bytes stay in the original (or the .bak backup). ' +
        'Claude Code skips it too, and before its next write adds the missing newline, so the fragment becomes a ' +
        'malformed line in the middle; a torn assistant or tool_use line loses that message.',
    create(context) {
        return {
            line({ number, eol, parseError }) {
                if (parseError === undefined || eol !== '')
                    return;
                context.report({ line: number, message: `The last line is cut off: ${parseError}.`, repair: () => removeLine(number, 'the torn final line') });
            },
        };
    },
});
