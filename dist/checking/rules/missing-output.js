import { plural } from '../diagnostic.js';
import { defineRule } from '../rule.js';
import { describeCall, wordsOf } from './describe.js';
import duplicateCallId from './duplicate-call-id.js';
export default defineRule({
    name: 'missing-output',
    code: 'SD101',
    severity: 'error',
    fixable: true,
    fixSafety: 'depends',
    summary: 'A tool call has no output.',
    explanation: 'Every function_call, local_shell_call, custom_tool_call and client tool_search_call must be answered by exactly one ' +
        'output of the matching kind with the same call_id. A call is left unanswered when the agent process dies while the ' +
        'tool runs. On every resume Codex then inserts an "aborted" output in memory (and logs an error for custom and local ' +
        'shell calls); the Responses API rejects such a history outright ("No tool output found"). fix inserts, right after ' +
        'the call, exactly the output Codex would synthesize (same kind, "aborted", same deterministic id, the call\'s ' +
        'timestamp), so the model sees the same history and Codex stops patching it; with --strategy truncate it instead ' +
        'ends the session before the unanswered call, when only the unfinished tail would be lost: an unsafe fix (the model ' +
        'no longer sees the call), applied only with --unsafe-fixes. ' +
        'In a Claude Code transcript it is a tool_use with no tool_result. Claude Code 2.1.332 copes in its own ways: ' +
        'at the tail of the chain it appends its own interrupted result on resume; in mid-history it silently drops the ' +
        'tool_use from every request (the model loses the call); a result missing from the next message is replaced at ' +
        'request time by "[Tool result missing due to internal error]". Older versions, the Agent SDK and proxies send the ' +
        'history as it is and the API answers 400 ("tool_use ids were found without tool_result blocks immediately ' +
        'after"). fix writes, for each missing id, the user line 2.1.332 itself writes: a tool_result with its ' +
        'interrupted text, is_error, toolDenialKind "interrupted", parentUuid and sourceToolAssistantUUID the ' +
        'tool_use\'s line, a deterministic uuid, the session\'s envelope and a timestamp 1 ms after the call. It is ' +
        'appended at the end of the file, or inserted right after the tool_use when a compact boundary follows it (so ' +
        'that it stays in its compaction segment: after the boundary it is an orphan the client strips) or when, ' +
        'appended, it would become the leaf. A tool_use in the history a compaction summarised, or behind a cut in ' +
        'the chain, is not sent: a warning, answered the same way; one on a dead branch is a warning fix leaves. A ' +
        'tool_use whose id a later call reuses is paired on its own (by id the later call\'s result would hide that ' +
        'one of them has none): answered together with duplicate-call-id\'s new id, an unsafe fix like it.',
    create(context) {
        const unanswered = [];
        /** The lines of each call id's calls and outputs: a cut must not fall between two of them. */
        const uses = [];
        /** Outputs other repairs remove (orphans, second answers, extra wrong-kind answers): they do not count. */
        const removable = new Set();
        return {
            // Only truncation needs where each call id is used: other strategies make no hook called per record.
            ...(context.options.strategy === 'truncate' && {
                record({ line, info }) {
                    for (const item of [...(info.replacesHistory ?? []), ...info.items]) {
                        if (item.role === 'call' || item.role === 'output')
                            uses.push({ callId: item.callId, line });
                    }
                },
            }),
            pairing(finding) {
                if (finding.type === 'unanswered')
                    unanswered.push(finding);
                else if (finding.type === 'orphan' && !finding.output.embedded)
                    removable.add(finding.output.line);
                else if ((finding.type === 'extra-output' || (finding.type === 'wrong-kind' && finding.resolution === 'remove')) && !finding.ambiguous && !finding.output.embedded) {
                    removable.add(finding.output.line);
                }
            },
            end(facts) {
                const truncation = context.options.strategy === 'truncate' ? planTruncation(unanswered, facts, spansOf(uses, removable)) : undefined;
                for (const entry of unanswered)
                    report(context, entry, truncation);
            },
        };
    },
});
/** The first and last line at which each call id is used, leaving out the given lines. */
function spansOf(uses, except) {
    const spans = new Map();
    for (const { callId, line } of uses) {
        if (except.has(line))
            continue;
        const span = spans.get(callId);
        if (span)
            span.last = line;
        else
            spans.set(callId, { callId, first: line, last: line });
    }
    return spans;
}
function report(context, { call, outside, ambiguous, repeats, repeatedBy }, truncation) {
    const kind = call.item.expects;
    const words = wordsOf(context);
    const why = call.embedded ? words.embeddedNote : ambiguous ? ` Its ${words.callKey} is used by more than one call.` : '';
    const refusal = !outside && truncation?.refusal ? ` ${truncation.refusal}` : '';
    // Its output needs the id of its own that the duplicate-call-id fix gives it (or gives the repeat that holds the
    // id's only output): possible only where that fix is, and unsafe like it.
    const renaming = context.runs(duplicateCallId.name);
    const renamed = repeats ? [call, repeats] : repeatedBy ? [repeatedBy, call] : undefined;
    const renamable = renamed === undefined || (renaming && context.history()?.renameCall?.(...renamed) !== undefined);
    const repeat = repeats
        ? ` It reuses the ${words.callKey} of the call at line ${repeats.line}: ${renamable
            ? 'fix answers it under the id of its own that duplicate-call-id gives it'
            : renaming
                ? 'fix cannot give it an id of its own to answer it under'
                : `fix answers it only under the id of its own that ${duplicateCallId.name} gives it, and that rule is off`}.`
        : repeatedBy
            ? ` The call at line ${repeatedBy.line} reuses its ${words.callKey} and is answered under it; this call is not: ${renamable
                ? 'fix answers this call once duplicate-call-id gives that one an id of its own'
                : renaming
                    ? 'fix cannot give that call an id of its own'
                    : `fix answers this call only once that one has an id of its own, and ${duplicateCallId.name}, which gives it, is off`}.`
            : '';
    context.report({
        line: call.line,
        message: `${describeCall(call, words)} has no ${kind}.${outside ? words.outsideNote : ''}${why}${repeat}${refusal}`,
        callId: call.item.callId,
        outsideHistory: outside,
        fixable: !call.embedded && !ambiguous && !refusal && renamable,
        applicability: (truncation && !outside) || repeats || repeatedBy ? 'unsafe' : 'safe',
        repair: () => (truncation && !outside ? truncate(truncation.cut) : context.history()?.placeholder(call, context.options.placeholderText === undefined ? {} : { text: context.options.placeholderText })),
    });
}
function truncate(cut) {
    return { action: `ended the session before line ${cut} (dropped the unfinished tail)`, edits: [{ op: 'truncate-from', line: cut }] };
}
/**
 * Cuts before the first unanswered call in the effective history, together with the reasoning that
 * introduced it; refuses when that would also drop a later turn, or split a call from its output.
 */
function planTruncation(unanswered, facts, spans) {
    const inHistory = unanswered.filter((entry) => !entry.outside && !entry.call.embedded);
    if (inHistory.length === 0)
        return undefined;
    const cut = inHistory.reduce((first, entry) => Math.min(first, entry.call.runStart), Infinity);
    // A call id on both sides of the cut: a kept call would lose its output, a kept output its call, or a
    // reused id would change meaning.
    for (const { callId, first, last } of spans.values()) {
        if (first < cut && last >= cut) {
            return {
                cut,
                refusal: `--strategy truncate refused: ending the session before line ${cut} would split call_id ${callId} (lines ${first} and ${last}); use the placeholder strategy.`,
            };
        }
    }
    const laterTurns = facts.turnBoundaries.filter((line) => line > cut).length;
    if (laterTurns === 0)
        return { cut };
    const lines = facts.lines - cut + 1;
    return {
        cut,
        refusal: `--strategy truncate refused: ending the session before line ${cut} would drop ${plural(lines, 'line')} including ${plural(laterTurns, 'later turn boundary', 'later turn boundaries')}; use the placeholder strategy.`,
    };
}
