import { defineRule } from '../rule.js';
export default defineRule({
    name: 'byte-order-mark',
    code: 'SD203',
    severity: 'error',
    fixable: true,
    summary: 'The file starts with a UTF-8 byte order mark.',
    explanation: 'JSONL is UTF-8 without a byte order mark. With one, the first line is not valid JSON to Codex, so the session_meta ' +
        'record is lost and resume fails; editors and tools on Windows (PowerShell Set-Content, Notepad) add it when they ' +
        'save. This rule is reported instead of malformed-line for that first line. Claude Code reads past it, so there it ' +
        'is a warning (other JSONL readers still fail on it). fix removes the three bytes.',
    create(context) {
        let bom = false;
        return {
            line(facts) {
                if (facts.bom)
                    bom = true;
            },
            end() {
                if (!bom)
                    return;
                const tolerated = context.format()?.toleratesBom === true;
                context.report({
                    line: 1,
                    message: tolerated
                        ? 'The file starts with a UTF-8 byte order mark (EF BB BF); Claude Code reads past it, but other JSONL readers fail on the first line.'
                        : 'The file starts with a UTF-8 byte order mark (EF BB BF); the first record is unreadable to Codex.',
                    outsideHistory: tolerated,
                    repair: () => ({ action: 'removed the byte order mark', edits: [{ op: 'strip-bom' }] }),
                });
            },
        };
    },
});
