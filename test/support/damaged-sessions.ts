import fc from 'fast-check';
import { CodexSession } from './codex-session.js';

/** One step of a generated session: healthy activity, or a kind of damage real clients cause. */
export type Step =
  | { kind: 'exec-turn' }
  | { kind: 'parallel'; calls: number; answered: boolean[] }
  | { kind: 'custom'; answered: boolean }
  | { kind: 'tool-search'; answered: boolean }
  | { kind: 'local-shell' }
  | { kind: 'orphan' }
  | { kind: 'duplicate' }
  | { kind: 'wrong-kind' }
  | { kind: 'garbage' }
  | { kind: 'blank' }
  | { kind: 'compaction' };

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Step>({ kind: 'exec-turn' }) },
  { weight: 2, arbitrary: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }).map((answered): Step => ({ kind: 'parallel', calls: answered.length, answered })) },
  fc.boolean().map((answered): Step => ({ kind: 'custom', answered })),
  fc.boolean().map((answered): Step => ({ kind: 'tool-search', answered })),
  fc.constant<Step>({ kind: 'local-shell' }),
  fc.constant<Step>({ kind: 'orphan' }),
  fc.constant<Step>({ kind: 'duplicate' }),
  fc.constant<Step>({ kind: 'wrong-kind' }),
  fc.constant<Step>({ kind: 'garbage' }),
  fc.constant<Step>({ kind: 'blank' }),
  fc.constant<Step>({ kind: 'compaction' }),
);

export interface Damage {
  readonly paginated: boolean;
  readonly steps: Step[];
  /** How the file ends. */
  readonly ending: 'clean' | 'torn' | 'no-newline' | 'stripped-ordinal' | 'killed-mid-tool';
  readonly crlf: boolean;
  readonly bom: boolean;
}

export const damageArbitrary: fc.Arbitrary<Damage> = fc.record({
  paginated: fc.boolean(),
  steps: fc.array(stepArbitrary, { maxLength: 12 }),
  ending: fc.constantFrom('clean', 'torn', 'no-newline', 'stripped-ordinal', 'killed-mid-tool'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

/** Renders a generated session to the bytes of a file. */
export function renderDamage(damage: Damage): Buffer {
  const session = new CodexSession({ paginated: damage.paginated });
  let id = 0;
  const next = () => `call_${++id}`;
  for (const step of damage.steps) {
    switch (step.kind) {
      case 'exec-turn':
        session.execTurn(next());
        break;
      case 'parallel': {
        session.startTurn().reasoning();
        const ids = step.answered.map(() => next());
        ids.forEach((callId) => session.functionCall(callId));
        session.tokenUsage();
        ids.forEach((callId, index) => step.answered[index] && session.functionOutput(callId));
        session.endTurn();
        break;
      }
      case 'custom': {
        const callId = next();
        session.startTurn().customCall(callId);
        if (step.answered) session.customOutput(callId);
        session.endTurn();
        break;
      }
      case 'tool-search': {
        const callId = next();
        session.startTurn().toolSearchCall(callId);
        if (step.answered) session.toolSearchOutput(callId);
        session.endTurn();
        break;
      }
      case 'local-shell':
        session.startTurn().localShellCall(next()).endTurn();
        break;
      case 'orphan':
        session.functionOutput(`orphan_${++id}`);
        break;
      case 'duplicate': {
        const callId = next();
        session.startTurn().functionCall(callId).functionOutput(callId).functionOutput(callId, 'again').endTurn();
        break;
      }
      case 'wrong-kind': {
        const callId = next();
        session.startTurn().customCall(callId).functionOutput(callId).endTurn();
        break;
      }
      case 'garbage':
        session.lines.push(session.lines[session.lines.length - 1]!.slice(0, 30));
        break;
      case 'blank':
        session.lines.push('');
        break;
      case 'compaction':
        session.compacted([{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'summary' }] }]);
        break;
    }
  }
  let tail = '';
  if (damage.ending === 'killed-mid-tool') session.startTurn().reasoning().functionCall(next(), 'sleep 60');
  if (damage.ending === 'stripped-ordinal') session.lines[session.lines.length - 1] = session.lines[session.lines.length - 1]!.replace(/"ordinal":\d+,/, '');
  if (damage.ending === 'torn') tail = session.lines[session.lines.length - 1]!.slice(0, 25);
  const eol = damage.crlf ? '\r\n' : '\n';
  let text = session.lines.map((line) => `${line}${eol}`).join('') + tail;
  if (damage.ending === 'no-newline') text = text.slice(0, -eol.length);
  return Buffer.from(damage.bom ? `\uFEFF${text}` : text);
}
