import { defineRule } from '../rule.js';
export default defineRule({
    name: 'byte-order-mark',
    code: 'SD203',
    severity: 'error',
    fixable: true,
    summary: 'The file starts with a UTF-8 byte order mark.',
    explanation: 'JSONL is UTF-8 without a byte order mark. With one, the first line is not valid JSON to Codex, so the session_meta ' +
        'record is lost and resume fails; editors and tools on Windows (PowerShell Set-Content, Notepad) add it when they ' +
        'save. This rule is reported instead of malformed-line for that first line. fix removes the three bytes.',
    create(context) {
        return {
            line({ number, bom }) {
                if (!bom)
                    return;
                context.report({
                    line: number,
                    message: 'The file starts with a UTF-8 byte order mark (EF BB BF); the first record is unreadable to Codex.',
                    repair: () => ({ action: 'removed the byte order mark', edits: [{ op: 'strip-bom' }] }),
                });
            },
        };
    },
});
