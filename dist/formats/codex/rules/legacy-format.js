import { defineRule } from '../../../checking/rule.js';
import { codexFormat } from '../records.js';
export default defineRule({
    name: 'legacy-format',
    code: 'SD305',
    severity: 'warning',
    fixable: false,
    summary: 'The file uses a Codex format that current Codex cannot resume.',
    explanation: 'Codex builds from May to September 2025 wrote a bare session header line followed by bare response items (and ' +
        '{"record_type":"state"} snapshots). Current Codex reads every such line as a parse error and fails to resume with ' +
        '"failed to parse thread ID from rollout file". The pairing rules still apply to these files. Converting to the ' +
        'current envelope is not done by fix.',
    create(context) {
        return {
            firstRecord({ line }) {
                const format = codexFormat(context.format());
                if (!format?.legacy)
                    return;
                context.report({ line, message: `This file is a ${format.description}; current Codex cannot resume it.` });
            },
        };
    },
});
