import { CodexSession } from '../../support/codex-session.js';

/**
 * A large real-shaped session (about `megabytes` MiB) with problems at both ends, so that fix rewrites
 * the whole file: a blank line after the header, and a torn final record after an unanswered call.
 */
export function bigDamagedSession(megabytes: number): Buffer {
  const session = new CodexSession();
  let size = 0;
  let counted = 0;
  for (let turn = 0; size < megabytes * 1024 * 1024 - 4096; turn += 1) {
    // Each turn holds a long-ish tool output, as real sessions do.
    session.startTurn().reasoning().functionCall(`call_${turn}`).functionOutput(`call_${turn}`, 'x'.repeat(16_000)).endTurn();
    for (; counted < session.lines.length; counted += 1) size += session.lines[counted]!.length + 1;
  }
  session.startTurn().functionCall('call_open');
  const lines = [...session.lines];
  lines.splice(1, 0, '');
  return Buffer.from(`${lines.join('\n')}\n{"timestamp":"2026-03-04T11:00:00.000Z","ordinal":`);
}
