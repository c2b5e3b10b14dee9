import { defineRule } from '../rule.js';
import { describeCall, wordsOf } from './describe.js';
export default defineRule({
    name: 'duplicate-call-id',
    code: 'SD105',
    severity: 'error',
    fixable: true,
    fixSafety: 'unsafe',
    summary: 'Two calls share one call_id.',
    explanation: 'Call ids must be unique: outputs are matched to calls by call_id alone, so with two calls of one id nobody can tell ' +
        'which output answers which call, and the API rejects the duplicate. Reported at the later call. In a Codex rollout ' +
        'fix does not guess: it leaves these calls and their outputs as they are. ' +
        'In a Claude Code transcript it is a tool_use id used by two assistant messages: the API answers 400 ' +
        '("tool_use ids must be unique") and 2.1.332 drops the later tool_use and its result in memory on every request ' +
        '(the model sees "[Tool use interrupted]" instead). There each result line hangs off its own tool_use line, so ' +
        'which result answers which call is known: with --unsafe-fixes fix gives the later tool_use and its result line ' +
        'a new id (the old one and the end of the line\'s uuid), and the model sees both calls with their real outputs ' +
        'again. A later call with no result at all (killed while it ran) is also missing-output: it gets the new id, and ' +
        'the interrupted result under it. A first call with no result whose id\'s only result is the later call\'s (the ' +
        'first\'s lost: 2.1.332 sends it with "[Tool result missing due to internal error]" and drops the later one and ' +
        'its real output) is missing-output too: the later call gets the new id and keeps its result, the first the ' +
        'interrupted result under the old id. It leaves an Agent call (its subagent\'s meta.json names the id), an id that ' +
        'three or more calls use (renaming one repeat would leave the next for another fix), and calls that ' +
        'do not each have exactly one result of the id (or one of them none), hanging off their own line, once the ' +
        'same fix has taken out second answers and orphans. ' +
        'The lines of one API message (one message.id) are one message, not a repeat.',
    create(context) {
        return {
            pairing(finding) {
                if (finding.type !== 'repeat-call')
                    return;
                const { call, first, outside } = finding;
                const words = wordsOf(context);
                // Worked out now: where the format cannot tell the calls' outputs apart, check must not call it fixable.
                const repair = context.history()?.renameCall?.(call, first);
                context.report({
                    line: call.line,
                    message: `${describeCall(call, words)} reuses the ${words.callKey} of the call at line ${first.line}.${outside ? words.outsideNote : ''}`,
                    callId: call.item.callId,
                    outsideHistory: outside,
                    fixable: repair !== undefined,
                    applicability: 'unsafe',
                    repair: () => repair,
                });
            },
        };
    },
});
