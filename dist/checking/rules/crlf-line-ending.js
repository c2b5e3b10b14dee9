import { defineRule } from '../rule.js';
export default defineRule({
    name: 'crlf-line-ending',
    code: 'SD206',
    severity: 'warning',
    fixable: true,
    summary: 'Lines end with CRLF instead of LF.',
    explanation: 'Agents write LF line endings; CRLF comes from a Windows editor or a git checkout with autocrlf. Codex reads the ' +
        'records, but the lines it appends end in LF, which leaves the file mixed, and byte-exact tools see different ' +
        'records. Reported once per file, at the first CRLF line, with the count. fix turns every CRLF into LF.',
    create(context) {
        let first = 0;
        let count = 0;
        return {
            line({ number, eol }) {
                if (eol !== '\r\n')
                    return;
                count += 1;
                first ||= number;
            },
            end() {
                if (count === 0)
                    return;
                context.report({
                    line: first,
                    message: `${count} line${count === 1 ? ' ends' : 's end'} with CRLF instead of LF (first at line ${first}).`,
                    repair: () => ({ action: `changed ${count} CRLF line ending${count === 1 ? '' : 's'} to LF`, edits: [{ op: 'normalize-line-endings' }] }),
                });
            },
        };
    },
});
