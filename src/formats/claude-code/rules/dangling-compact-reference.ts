import { defineRule } from '../../../checking/rule.js';
import { isClaudeFinding } from '../findings.js';

export default defineRule({
  name: 'dangling-compact-reference',
  code: 'SD403',
  severity: 'error',
  fixable: false,
  summary: 'A compact boundary names preserved messages the file does not hold.',
  explanation:
    'After /compact, Claude Code resumes from the boundary\'s summary and the messages its compactMetadata preserves ' +
    '(preservedSegment headUuid, anchorUuid, tailUuid; preservedMessages). When one of them is missing, the client ' +
    'silently drops the summary and the preserved messages. A warning for an older boundary that the conversation no ' +
    'longer starts from. The lost lines cannot be rebuilt, so fix leaves it.',
  create(context) {
    return {
      pairing(finding) {
        if (!isClaudeFinding(finding, 'dangling-compact')) return;
        const { line, missing, outside } = finding;
        context.report({
          line,
          message:
            `The compact boundary names ${missing.length === 1 ? 'an entry' : `${missing.length} entries`} not in the file (${missing.join(', ')}); ` +
            (outside ? 'the conversation no longer starts from this boundary.' : 'Claude Code drops the summary and the preserved messages on resume.'),
          outsideHistory: outside,
        });
      },
    };
  },
});
