import { defineRule } from '../rule.js';
import { describeCall, wordsOf } from './describe.js';
export default defineRule({
    name: 'duplicate-call-id',
    code: 'SD105',
    severity: 'error',
    fixable: false,
    summary: 'Two calls share one call_id.',
    explanation: 'Call ids must be unique: outputs are matched to calls by call_id alone, so with two calls of one id nobody can tell ' +
        'which output answers which call, and the API rejects the duplicate. Reported at the later call. fix does not guess: ' +
        'it leaves these calls and their outputs as they are. ' +
        'In a Claude Code transcript it is a tool_use id used by two assistant messages: the API answers 400 ' +
        '("tool_use ids must be unique") and 2.1.332 removes the later one in memory on every request. The lines of ' +
        'one API message (one message.id) are one message, not a repeat.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'repeat-call')
                    return;
                const { call, first, outside } = finding;
                const words = wordsOf(context);
                context.report({
                    line: call.line,
                    message: `${describeCall(call, words)} reuses the ${words.callKey} of the call at line ${first.line}.${outside ? words.outsideNote : ''}`,
                    callId: call.item.callId,
                    outsideHistory: outside,
                });
            },
        };
    },
});
