import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf, fixText } from '../../../support/harness.js';

/** A session whose last record is of a type Codex does not know (openai/codex#44417's shapes). */
function endingWith(type: 'event' | 'record'): CodexSession {
  const session = new CodexSession().execTurn('a');
  return type === 'event' ? session.record('event_msg', { type: 'future_event' }) : session.record('future_record', { anything: true });
}

describe('ordinal-reuse', () => {
  it.each(['event', 'record'] as const)('reports an unknown last %s, with the ordinal Codex will reuse', async (type) => {
    const session = endingWith(type);
    const report = await checkStream(session.text(), { select: ['ordinal-reuse'] });
    const label = type === 'event' ? 'event_msg/future_event' : 'future_record';
    expect(report.diagnostics.map(({ rule, line, severity, fixable, message }) => ({ rule, line, severity, fixable, message }))).toEqual([
      {
        rule: 'ordinal-reuse',
        line: session.lastLine,
        severity: 'warning',
        fixable: true,
        message: `The last record ("${label}", ordinal ${session.lastLine - 1}) is of a type Codex does not know: Codex skips it on resume and gives the next record it appends the same ordinal ${session.lastLine - 1}.`,
      },
    ]);
  });

  it('appends a token_count event Codex knows, with the next ordinal, and changes no other byte', async () => {
    const session = endingWith('event');
    const last = JSON.parse(session.lines[session.lastLine - 1]!) as { timestamp: string; ordinal: number };
    const { output, report } = await fixText(session.text(), { select: ['ordinal-reuse'] });
    expect(report.repairs.map((r) => [r.rule, r.line])).toEqual([['ordinal-reuse', session.lastLine]]);
    expect(output.toString()).toBe(
      `${session.text()}{"timestamp":"${last.timestamp}","ordinal":${last.ordinal + 1},"type":"event_msg","payload":{"type":"token_count","info":null,"rate_limits":null}}\n`,
    );
    expect(await diagnosticsOf(output, { select: ['ordinal-reuse', 'ordinal-regression', 'unknown-record-type'] })).toEqual([
      { rule: 'unknown-record-type', line: session.lastLine, severity: 'info', fixable: false },
    ]);
  });

  it('says nothing when the last record is known, or the rollout is not paginated', async () => {
    expect(await diagnosticsOf(new CodexSession().execTurn('a').text(), { select: ['ordinal-reuse'] })).toEqual([]);
    const legacy = new CodexSession({ paginated: false }).execTurn('a').record('event_msg', { type: 'future_event' });
    expect(await diagnosticsOf(legacy.text(), { select: ['ordinal-reuse'] })).toEqual([]);
  });

  it('reports an unknown event_msg subtype anywhere as an unknown record type (info)', async () => {
    const session = new CodexSession().execTurn('a').record('event_msg', { type: 'future_event' }).execTurn('b');
    expect(await diagnosticsOf(session.text(), { select: ['unknown-record-type', 'ordinal-reuse'] })).toEqual([
      { rule: 'unknown-record-type', line: session.lines.findIndex((line) => line.includes('future_event')) + 1, severity: 'info', fixable: false },
    ]);
  });
});
