import type { Repair } from '../../repairing/edits.js';
import type { CallRecord } from '../pairing.js';
import { defineRule, type EndFacts, type RuleContext } from '../rule.js';
import { CHECKPOINT_NOTE, OUTSIDE_NOTE, describeCall } from './describe.js';

interface Unanswered {
  readonly call: CallRecord;
  readonly outside: boolean;
  readonly ambiguous: boolean;
}

export default defineRule({
  name: 'missing-output',
  code: 'SD101',
  severity: 'error',
  fixable: true,
  summary: 'A tool call has no output.',
  explanation:
    'Every function_call, local_shell_call, custom_tool_call and client tool_search_call must be answered by exactly one ' +
    'output of the matching kind with the same call_id. A call is left unanswered when the agent process dies while the ' +
    'tool runs. On every resume Codex then inserts an "aborted" output in memory (and logs an error for custom and local ' +
    'shell calls); the Responses API rejects such a history outright ("No tool output found"). fix inserts, right after ' +
    'the call, exactly the output Codex would synthesize (same kind, "aborted", same deterministic id, the call\'s ' +
    'timestamp), so the model sees the same history and Codex stops patching it; with --strategy truncate it instead ' +
    'ends the session before the unanswered call, when only the unfinished tail would be lost.',
  create(context) {
    const unanswered: Unanswered[] = [];
    /** Outputs written before their call: a cut between the two would leave the output an orphan. */
    const early: { readonly output: number; readonly call: number }[] = [];
    return {
      pairing(finding) {
        if (finding.type === 'unanswered') unanswered.push(finding);
        else if ('output' in finding && 'call' in finding && finding.output.early) early.push({ output: finding.output.line, call: finding.call.line });
      },
      end(facts) {
        const truncation = context.options.strategy === 'truncate' ? planTruncation(unanswered, facts, early) : undefined;
        for (const entry of unanswered) report(context, entry, truncation);
      },
    };
  },
});

type Truncation = { readonly cut: number; readonly refusal?: string };

function report(context: RuleContext, { call, outside, ambiguous }: Unanswered, truncation: Truncation | undefined): void {
  const kind = call.item.expects;
  const why = call.inCheckpoint ? CHECKPOINT_NOTE : ambiguous ? ' Its call_id is used by more than one call.' : '';
  const refusal = !outside && truncation?.refusal ? ` ${truncation.refusal}` : '';
  context.report({
    line: call.line,
    message: `${describeCall(call)} has no ${kind}.${outside ? OUTSIDE_NOTE : ''}${why}${refusal}`,
    callId: call.item.callId,
    outsideHistory: outside,
    fixable: !call.inCheckpoint && !ambiguous && !refusal,
    repair: () => (truncation && !outside ? truncate(truncation.cut) : insertPlaceholder(context, call)),
  });
}

function insertPlaceholder(context: RuleContext, call: CallRecord): Repair | undefined {
  const format = context.format();
  if (!format) return undefined;
  const text = format.renderPlaceholder(
    { ...call.item, ...(call.timestamp !== undefined && { timestamp: call.timestamp }) },
    { text: context.options.placeholderText },
  );
  const what = call.item.expects === 'tool_search_output' ? 'an empty' : `an "${context.options.placeholderText}"`;
  return {
    action: `inserted ${what} ${call.item.expects} after line ${call.line}`,
    edits: [{ op: 'insert-after', line: call.line, text }],
  };
}

function truncate(cut: number): Repair {
  return { action: `ended the session before line ${cut} (dropped the unfinished tail)`, edits: [{ op: 'truncate-from', line: cut }] };
}

/**
 * Cuts before the first unanswered call in the effective history, together with the reasoning that
 * introduced it; refuses when that would also drop a later turn, or a call whose output comes before the cut.
 */
function planTruncation(
  unanswered: readonly Unanswered[],
  facts: EndFacts,
  early: readonly { readonly output: number; readonly call: number }[],
): Truncation | undefined {
  const inHistory = unanswered.filter((entry) => !entry.outside && !entry.call.inCheckpoint);
  if (inHistory.length === 0) return undefined;
  const cut = inHistory.reduce((first, entry) => Math.min(first, entry.call.runStart), Infinity);
  const stranded = early.find((pair) => pair.output < cut && pair.call >= cut);
  if (stranded) {
    return {
      cut,
      refusal: `--strategy truncate refused: ending the session before line ${cut} would drop the call at line ${stranded.call} but keep its output at line ${stranded.output}; use the placeholder strategy.`,
    };
  }
  const laterTurns = facts.turnBoundaries.filter((line) => line > cut).length;
  if (laterTurns === 0) return { cut };
  const lines = facts.lines - cut + 1;
  return {
    cut,
    refusal: `--strategy truncate refused: ending the session before line ${cut} would drop ${lines} lines including ${laterTurns} later turn boundaries; use the placeholder strategy.`,
  };
}
