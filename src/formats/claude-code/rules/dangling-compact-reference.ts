import { defineRule } from '../../../checking/rule.js';
import { isClaudeFinding } from '../findings.js';

export default defineRule({
  name: 'dangling-compact-reference',
  code: 'SD403',
  severity: 'error',
  fixable: true,
  fixSafety: 'unsafe',
  summary: 'A compact boundary names preserved messages the file does not hold.',
  explanation:
    'After /compact, Claude Code resumes from the boundary\'s summary and the messages its compactMetadata preserves ' +
    '(preservedSegment headUuid, anchorUuid, tailUuid; preservedMessages). When one of them is missing, the client ' +
    'silently drops the summary and the preserved messages. A warning for an older boundary that the conversation no ' +
    'longer starts from. The lost lines cannot be rebuilt, so fix leaves them, but for one case: a boundary that ends ' +
    'the file without its summary (the client was killed while /compact wrote its lines). 2.1.332 still resumes from ' +
    'that boundary, not from the leaf it compacted, and sends the preserved messages with no summary before them (a ' +
    'request that can start with an assistant message). With --unsafe-fixes fix removes the unfinished boundary, and ' +
    'the conversation goes on from the history before it, as if /compact had not run: the model sees that history again.',
  create(context) {
    return {
      pairing(finding) {
        if (!isClaudeFinding(finding, 'dangling-compact')) return;
        const { line, missing, outside, unfinished } = finding;
        const what = `The compact boundary names ${missing.length === 1 ? 'an entry' : `${missing.length} entries`} not in the file (${missing.join(', ')}); `;
        const consequence = outside
          ? 'the conversation no longer starts from this boundary.'
          : unfinished
            ? 'it ends the file without its summary (the compaction was cut off): Claude Code resumes from it with the preserved messages and no summary.'
            : 'Claude Code drops the summary and the preserved messages on resume.';
        context.report({
          line,
          message: what + consequence,
          outsideHistory: outside,
          fixable: unfinished === true,
          applicability: 'unsafe',
          repair: () => ({ action: `removed the unfinished compact boundary at line ${line} (the conversation goes on from the history it would have compacted)`, edits: [{ op: 'remove', line }] }),
        });
      },
    };
  },
});
