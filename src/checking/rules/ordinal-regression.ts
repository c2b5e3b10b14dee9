import { defineRule } from '../rule.js';

export default defineRule({
  name: 'ordinal-regression',
  code: 'SD303',
  severity: 'warning',
  fixable: false,
  summary: 'A record\'s ordinal does not increase.',
  explanation:
    'In a paginated rollout each ordinal must be greater than the one before it (gaps are fine). Known Codex bugs ' +
    'reuse ordinals after a resume; Codex then warns while projecting the thread history and can hide newer messages ' +
    '("thread history projection … expected ordinal N, got N-1"). The records themselves are intact. Renumbering ' +
    'would rewrite every later line and desynchronize Codex\'s own index, so fix leaves it.',
  create(context) {
    let previous: { line: number; ordinal: number } | undefined;
    return {
      record({ line, info }) {
        if (info.ordinal === undefined) return;
        if (previous && info.ordinal <= previous.ordinal) {
          context.report({
            line,
            message: `Ordinal ${info.ordinal} does not increase (line ${previous.line} has ${previous.ordinal}).`,
          });
        }
        if (!previous || info.ordinal > previous.ordinal) previous = { line, ordinal: info.ordinal };
      },
    };
  },
});
