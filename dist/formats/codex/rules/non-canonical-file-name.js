import { basename, sep } from 'node:path';
import { defineRule } from '../../../checking/rule.js';
/** rollout-YYYY-MM-DDThh-mm-ss-<uuid>[_<rollout id>].jsonl[.zst] (codex-rollout-format §1). */
const CANONICAL = /^rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^./]+)?\.jsonl(?:\.zst)?$/i;
export default defineRule({
    name: 'non-canonical-file-name',
    code: 'SD304',
    severity: 'warning',
    fixable: false,
    summary: 'A rollout\'s file name is not the one Codex gives it.',
    explanation: 'Codex lists and resumes only files named rollout-<local time>-<session id>.jsonl under its sessions folder, and ' +
        'refuses a paginated rollout without such a name ("does not have a canonical rollout filename"). Checked for files ' +
        'whose name starts with rollout- or that sit in a sessions folder, and only for the current Codex format. A copy ' +
        'such as ….fixed.jsonl is also indexed as a second copy of the session. Renaming is left to you.',
    create(context) {
        return {
            record({ line, info, first }) {
                if (!first || context.format()?.name !== 'codex' || context.path === '-')
                    return;
                const name = basename(context.path);
                if (!name.startsWith('rollout-') && !context.path.split(sep).includes('sessions'))
                    return;
                const match = CANONICAL.exec(name);
                const sessionId = info.header?.sessionId;
                if (!match) {
                    context.report({ line, message: `File name "${name}" is not rollout-<YYYY-MM-DDThh-mm-ss>-<session id>.jsonl; Codex will not list or resume it.` });
                }
                else if (sessionId && match[1].toLowerCase() !== sessionId.toLowerCase()) {
                    context.report({ line, message: `File name names session ${match[1]}, but its session_meta says ${sessionId}.` });
                }
            },
        };
    },
});
