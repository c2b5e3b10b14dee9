import { defineRule } from '../rule.js';
export default defineRule({
    name: 'unknown-format',
    code: 'SD311',
    severity: 'info',
    fixable: false,
    summary: 'The file is not a session file of a supported format.',
    explanation: 'Its records are neither a Codex rollout (or a Responses API item list) nor a Claude Code transcript: a dataset, ' +
        'a log or another tool\'s JSONL. It is reported once, as a notice, and nothing else is checked or repaired in it, ' +
        'so that globs such as **/*.jsonl in CI or a pre-commit hook do not fail on it. Make it fail with ' +
        '"rules": {"unknown-format": "error"} in the config, or name its format with --input-format.',
    create(context) {
        return {
            end({ records }) {
                if (records > 0 && !context.format()) {
                    context.report({ line: 1, message: 'Not a session file of a supported format (Codex rollout, Responses items, Claude Code transcript); nothing checked.' });
                }
            },
        };
    },
});
