import { defineRule } from '../../../checking/rule.js';
export default defineRule({
    name: 'ordinal-regression',
    code: 'SD303',
    severity: 'warning',
    fixable: false,
    summary: 'A record\'s ordinal does not increase.',
    explanation: 'In a paginated rollout each ordinal must be greater than the one before it (gaps are fine). Known Codex bugs ' +
        'reuse ordinals after a resume; Codex then warns while projecting the thread history and can hide newer messages ' +
        '("thread history projection … expected ordinal N, got N-1"). The records themselves are intact. Renumbering ' +
        'would rewrite every later line and desynchronize Codex\'s own index, so fix leaves it.',
    create(context) {
        // The highest ordinal so far (-1: none yet) and its line, as plain numbers: no object per record.
        let highest = -1;
        let highestLine = 0;
        return {
            record({ line, info }) {
                const { ordinal } = info;
                if (ordinal === undefined)
                    return;
                if (highest >= 0 && ordinal <= highest) {
                    context.report({
                        line,
                        message: `Ordinal ${ordinal} does not increase (line ${highestLine} has ${highest}).`,
                    });
                }
                if (ordinal > highest) {
                    highest = ordinal;
                    highestLine = line;
                }
            },
        };
    },
});
