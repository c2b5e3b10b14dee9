import { defineRule } from '../../../checking/rule.js';
import { isClaudeFinding } from '../findings.js';

export default defineRule({
  name: 'dangling-leaf-uuid',
  code: 'SD402',
  severity: 'warning',
  fixable: false,
  summary: 'The last last-prompt row names a message the file does not hold.',
  explanation:
    'Claude Code resumes from the message the last last-prompt row names as its leafUuid. When that message is not in ' +
    'the file (it was lost, or the row was copied from another session), the client ignores the row and resumes from ' +
    'the last message in file order, which may be another branch than the one last used. Which message was meant ' +
    'cannot be known, so fix leaves it.',
  create(context) {
    return {
      pairing(finding) {
        if (!isClaudeFinding(finding, 'dangling-leaf')) return;
        context.report({
          line: finding.line,
          message: `last-prompt names leaf ${finding.uuid}, which is not in the file; Claude Code resumes from the last message in file order instead.`,
        });
      },
    };
  },
});
