import { defineRule } from '../../../checking/rule.js';
import { codexFormat } from '../records.js';
export default defineRule({
    name: 'missing-session-meta',
    code: 'SD301',
    severity: 'error',
    fixable: false,
    summary: 'The first record is not the session header.',
    explanation: 'A Codex rollout starts with its session_meta record: the session id, working folder and history mode. Codex ' +
        'refuses to resume a file whose first record is anything else ("rollout … does not start with session metadata") ' +
        'and cannot even list it. A torn or hand-edited first line causes this. The header\'s content (ids, paths, base ' +
        'instructions) cannot be reconstructed, so fix does not invent one.',
    create(context) {
        return {
            firstRecord({ line, info }) {
                if (info.header || !codexFormat(context.format())?.requiresHeader)
                    return;
                context.report({
                    line,
                    message: `The first record is ${info.label}, not session_meta; Codex refuses to resume the file.`,
                });
            },
        };
    },
});
