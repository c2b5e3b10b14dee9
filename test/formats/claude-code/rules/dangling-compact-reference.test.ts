import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../../support/claude-transcript.js';
import { diagnosticsOf, fixText, jsonl } from '../../../support/harness.js';

describe('dangling-compact-reference', () => {
  it('reports a boundary whose preserved message is gone: the client drops the summary', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    const reply = t.reply('kept');
    t.compact(reply);
    t.bashTurn('toolu_1');
    const lines = t.lines.filter((line) => !line.includes(`"uuid":"${reply}"`));
    const text = lines.map((line) => `${line}\n`).join('');
    const report = await checkStream(Buffer.from(text));
    expect(report.diagnostics.map(({ rule, line, severity, message, fixable }) => ({ rule, line, severity, message, fixable }))).toEqual([
      {
        rule: 'dangling-compact-reference',
        line: 6,
        severity: 'error',
        message: `The compact boundary names an entry not in the file (${reply}); Claude Code drops the summary and the preserved messages on resume.`,
        fixable: false,
      },
    ]);
    expect((await fixText(text)).report.repairs).toEqual([]);
  });

  it('reports a boundary that ends the file without its summary (a kill while /compact wrote its lines) as an error; --unsafe-fixes removes it, and the history it would have compacted is the conversation again', async () => {
    const t = new ClaudeTranscript().bashTurn('toolu_1');
    const leaf = t.last!;
    t.compact(leaf);
    // Observed with 2.1.332: it resumes from such a boundary (the last-prompt names the compacted leaf) and sends only the preserved message.
    const lines = t.lines.slice(0, t.lines.findIndex((line) => line.includes('"subtype":"compact_boundary"')) + 1);
    const boundary = lines.length;
    const summary = JSON.parse(t.lines[boundary]!).uuid as string;
    const text = jsonl(lines);
    const report = await checkStream(Buffer.from(text));
    expect(report.diagnostics.map(({ rule, line, severity, message, fixable, applicability }) => ({ rule, line, severity, message, fixable, applicability }))).toEqual([
      {
        rule: 'dangling-compact-reference',
        line: boundary,
        severity: 'error',
        message: `The compact boundary names an entry not in the file (${summary}); it ends the file without its summary (the compaction was cut off): Claude Code resumes from it with the preserved messages and no summary.`,
        fixable: true,
        applicability: 'unsafe',
      },
    ]);
    expect((await fixText(text)).report.written, 'an unsafe fix').toBeUndefined();
    const { output, report: fixed } = await fixText(text, { unsafeFixes: true });
    expect(fixed.repairs.map((repair) => repair.action)).toEqual([`removed the unfinished compact boundary at line ${boundary} (the conversation goes on from the history it would have compacted)`]);
    expect(output.toString()).toBe(jsonl(lines.slice(0, -1)));
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('starts the conversation at a boundary whose summary is the last line, not at the leaf a last-prompt names that the boundary compacted', async () => {
    const t = new ClaudeTranscript();
    t.prompt('before');
    t.result('toolu_ghost', t.reply('hello'));
    const leaf = t.reply('kept');
    t.lastPrompt('before', leaf);
    t.compact(leaf);
    const lines = t.lines.slice(0, t.lines.findIndex((line) => line.includes('"isCompactSummary":true')) + 1);
    // The orphan is in the history the boundary compacted: not sent, a warning (it would be an error walked from the last-prompt's leaf).
    expect((await diagnosticsOf(jsonl(lines))).map(({ rule, line, severity }) => `${severity} ${rule}@${line}`)).toEqual(['warning orphan-output@7']);
  });
});

