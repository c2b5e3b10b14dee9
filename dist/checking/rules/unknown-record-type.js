import { defineRule } from '../rule.js';
export default defineRule({
    name: 'unknown-record-type',
    code: 'SD306',
    severity: 'info',
    fixable: false,
    summary: 'A record type this tool does not know.',
    explanation: 'New client versions add record and item types. Unknown records are passed through untouched by check and fix; ' +
        'older Codex builds skip lines with an unknown top-level type. Reported once per type, at its first line, with the ' +
        'count, so that a new format generation is noticed.',
    create(context) {
        const seen = new Map();
        return {
            record({ line, info }) {
                if (info.known)
                    return;
                const entry = seen.get(info.label);
                if (entry)
                    entry.count += 1;
                else
                    seen.set(info.label, { line, count: 1 });
            },
            end() {
                for (const [label, { line, count }] of seen) {
                    context.report({ line, message: `Unknown record type "${label}" (${count} record${count === 1 ? '' : 's'}), passed through untouched.` });
                }
            },
        };
    },
});
