import fc from 'fast-check';
import { ClaudeTranscript } from './claude-transcript.js';
import { pythonDumps } from './python-dumps.js';

/** One step of a generated Claude Code transcript: healthy activity, or a kind of damage real files show. */
export type ClaudeStep =
  | { kind: 'bash-turn' }
  | { kind: 'parallel'; answered: boolean[] }
  /** Result lines that answer nothing, hanging off a reply: one, or two in a row. */
  | { kind: 'orphan'; lines: 1 | 2 }
  | { kind: 'duplicate' }
  /** A result separated from its call by a reply: off that reply, or off an orphan result line after it. */
  | { kind: 'not-adjacent'; behind: 'reply' | 'orphan' }
  /**
   * A result in the turn after its call's, the next reply off it (or off an orphan result line off it); the result off a
   * reply, an orphan result line after it, a result the turn's own call keeps, or a reply whose parent line was lost
   * (bridged: 1 s after the line before it).
   */
  | { kind: 'later-turn'; behind: 'reply' | 'orphan' | 'result' | 'lost-line'; after: 'reply' | 'orphan' }
  | { kind: 'garbage' }
  | { kind: 'broken-parent'; gapMs: number }
  | { kind: 'dead-branch' }
  | { kind: 'compaction' }
  /** Parallel results on one user line, with an extra block: an orphan or a second answer. */
  | { kind: 'multi-block'; extra: 'orphan' | 'duplicate' }
  /** A user line of tool_result blocks that all answer nothing. */
  | { kind: 'orphan-blocks' }
  /**
   * A turn whose call, answered, reuses the id of the call before it (a replaying proxy; that call may be
   * unanswered, as a parallel step leaves one, or answered off another line, as not-adjacent does), with another
   * result of that id: none, a second answer off a reply before the turn or after it, a second block on
   * its result line, or its result behind a result line that answers nothing; or the call is not answered
   * (killed while it ran).
   */
  | { kind: 'repeated-id'; extra: RepeatExtra };

export type RepeatExtra = 'none' | 'before' | 'after' | 'block' | 'behind-orphan' | 'killed';

export const claudeStepArbitrary: fc.Arbitrary<ClaudeStep> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<ClaudeStep>({ kind: 'bash-turn' }) },
  { weight: 2, arbitrary: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }).map((answered): ClaudeStep => ({ kind: 'parallel', answered })) },
  fc.constantFrom<1 | 2>(1, 2).map((lines): ClaudeStep => ({ kind: 'orphan', lines })),
  fc.constant<ClaudeStep>({ kind: 'duplicate' }),
  fc.constantFrom<'reply' | 'orphan'>('reply', 'orphan').map((behind): ClaudeStep => ({ kind: 'not-adjacent', behind })),
  fc
    .record({ behind: fc.constantFrom<'reply' | 'orphan' | 'result' | 'lost-line'>('reply', 'orphan', 'result', 'lost-line'), after: fc.constantFrom<'reply' | 'orphan'>('reply', 'orphan') })
    .map(({ behind, after }): ClaudeStep => ({ kind: 'later-turn', behind, after })),
  fc.constant<ClaudeStep>({ kind: 'garbage' }),
  fc.constantFrom(1000, 60_000).map((gapMs): ClaudeStep => ({ kind: 'broken-parent', gapMs })),
  fc.constant<ClaudeStep>({ kind: 'dead-branch' }),
  fc.constant<ClaudeStep>({ kind: 'compaction' }),
  fc.constantFrom<'orphan' | 'duplicate'>('orphan', 'duplicate').map((extra): ClaudeStep => ({ kind: 'multi-block', extra })),
  fc.constant<ClaudeStep>({ kind: 'orphan-blocks' }),
  { weight: 2, arbitrary: fc.constantFrom<RepeatExtra>('none', 'before', 'after', 'block', 'behind-orphan', 'killed').map((extra): ClaudeStep => ({ kind: 'repeated-id', extra })) },
);

export interface ClaudeDamage {
  readonly steps: ClaudeStep[];
  /** How the file ends. */
  readonly ending: 'clean' | 'torn' | 'no-newline' | 'killed-mid-tool';
  readonly bom: boolean;
  readonly subagent: boolean;
  /** Every line as Python's json.dumps writes it (a script that read and wrote the file back): repairs must find their members as well. */
  readonly respaced: boolean;
}

export const claudeDamageArbitrary: fc.Arbitrary<ClaudeDamage> = fc.record({
  steps: fc.array(claudeStepArbitrary, { minLength: 1, maxLength: 6 }),
  ending: fc.constantFrom<ClaudeDamage['ending']>('clean', 'torn', 'no-newline', 'killed-mid-tool'),
  bom: fc.boolean(),
  subagent: fc.boolean(),
  respaced: fc.boolean(),
});

/** Renders a generated transcript as the bytes of a file. */
export function renderClaudeDamage(damage: ClaudeDamage): Buffer {
  const t = new ClaudeTranscript(damage.subagent ? { agentId: 'a1b2c3d4e5f6a7b8' } : {});
  let calls = 0;
  const id = () => `toolu_${(calls += 1).toString().padStart(3, '0')}`;
  for (const step of damage.steps) {
    switch (step.kind) {
      case 'bash-turn':
        t.bashTurn(id());
        break;
      case 'parallel': {
        t.prompt('at once');
        const message = t.messageId();
        const ids = step.answered.map(() => id());
        const uses = t.assistant(ids.map((callId) => ({ type: 'tool_use', id: callId, name: 'Bash', input: {} })), message);
        ids.forEach((callId, index) => {
          if (step.answered[index]) t.result(callId, uses[index]!);
        });
        if (step.answered.every(Boolean)) t.reply();
        else t.last = uses.at(-1)!;
        break;
      }
      case 'orphan':
        t.prompt('hi');
        t.result('toolu_ghost', t.reply('hello'));
        if (step.lines === 2) t.result('toolu_ghost_2');
        t.reply();
        break;
      case 'duplicate': {
        t.prompt('hi');
        const callId = id();
        const use = t.toolUse(callId);
        t.result(callId, use);
        t.result(callId, use, 'again');
        t.reply();
        break;
      }
      case 'not-adjacent': {
        t.prompt('hi');
        const callId = id();
        t.toolUse(callId);
        t.reply('thinking aloud');
        if (step.behind === 'orphan') t.result('toolu_ghost');
        t.result(callId);
        t.reply();
        break;
      }
      case 'later-turn': {
        t.prompt('hi');
        const callId = id();
        t.toolUse(callId);
        t.prompt('meanwhile');
        t.reply('the middle turn');
        if (step.behind === 'result') {
          const ownId = id();
          t.result(ownId, t.toolUse(ownId));
        } else {
          if (step.behind === 'lost-line') t.wait(1000).last = t.uuid();
          t.reply('looking');
          if (step.behind === 'orphan') t.result('toolu_ghost');
        }
        t.result(callId);
        if (step.after === 'orphan') t.result('toolu_ghost');
        t.reply();
        break;
      }
      case 'garbage':
        t.row({ type: 'queue-operation', operation: 'enqueue' });
        t.lines[t.lines.length - 1] = t.lines.at(-1)!.slice(0, 25);
        break;
      case 'broken-parent':
        t.wait(step.gapMs);
        t.last = t.uuid();
        t.reply('after a lost line');
        break;
      case 'dead-branch': {
        const root = t.prompt('a try');
        t.toolUse(id());
        t.last = root;
        t.reply('another try');
        break;
      }
      case 'compaction':
        t.compact(t.reply('kept'));
        break;
      case 'multi-block': {
        t.prompt('two at once');
        const ids = [id(), id()];
        t.assistant(ids.map((callId) => ({ type: 'tool_use', id: callId, name: 'Bash', input: {} })));
        t.results([...ids, step.extra === 'orphan' ? 'toolu_ghost' : ids[0]!]);
        t.reply();
        break;
      }
      case 'repeated-id': {
        // A killed repeat follows an answered turn of its own: a dead branch's call of the id would count the placeholder as its answer too.
        if (step.extra === 'killed') t.bashTurn(id());
        const callId = calls === 0 ? id() : `toolu_${calls.toString().padStart(3, '0')}`;
        if (step.extra === 'before') {
          t.prompt('aside');
          t.result(callId, t.reply('aside'));
          t.reply();
        }
        t.prompt('again');
        const use = t.toolUse(callId);
        if (step.extra === 'block') t.results([callId, callId], use);
        else if (step.extra !== 'killed') {
          if (step.extra === 'behind-orphan') t.result('toolu_ghost', use);
          t.result(callId);
        }
        t.reply();
        if (step.extra === 'after') {
          t.prompt('late');
          t.result(callId, t.reply('late'));
          t.reply();
        }
        break;
      }
      case 'orphan-blocks':
        t.prompt('hi');
        t.results(['toolu_ghost', 'toolu_ghost_2'], t.reply('hello'));
        t.reply();
        break;
    }
  }
  if (damage.ending === 'killed-mid-tool') {
    t.prompt('slow');
    t.toolUse(id());
  }
  if (damage.respaced) t.lines.splice(0, t.lines.length, ...t.lines.map(respaced));
  let text = t.text();
  if (damage.ending === 'torn') text += t.lines[0]!.slice(0, 30);
  if (damage.ending === 'no-newline') text = text.slice(0, -1);
  return Buffer.concat([damage.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
}

/** A line as Python's json.dumps writes it; a garbage line as it is. */
function respaced(line: string): string {
  try {
    return pythonDumps(JSON.parse(line));
  } catch {
    return line;
  }
}
