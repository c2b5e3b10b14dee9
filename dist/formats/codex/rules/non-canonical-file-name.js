import { basename, dirname, sep } from 'node:path';
import { defineRule } from '../../../checking/rule.js';
/** rollout-YYYY-MM-DDThh-mm-ss-<uuid>[_<rollout id>].jsonl[.zst] (codex-rollout-format §1). */
const CANONICAL = /^rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^./]+)?\.jsonl(?:\.zst)?$/i;
/** The folder Codex files a rollout in: sessions/YYYY/MM/DD. */
const STORE_FOLDER = /^sessions\/\d{4}\/\d{2}\/\d{2}$/;
export default defineRule({
    name: 'non-canonical-file-name',
    code: 'SD304',
    severity: 'warning',
    fixable: false,
    summary: 'A rollout\'s file name is not the one Codex gives it.',
    explanation: 'Codex lists and resumes only files named rollout-<local time>-<session id>.jsonl under its sessions folder ' +
        '(sessions/YYYY/MM/DD/), and refuses a paginated rollout without such a name ("does not have a canonical rollout ' +
        'filename"). So the name is checked only where it matters: a file in a Codex store\'s sessions/YYYY/MM/DD/ folder ' +
        'must have that name, and a rollout-… name anywhere must not name another session than its session_meta. Files ' +
        'elsewhere (fixtures, datasets, CI artifacts) may be named anything. Only for the current Codex format. Renaming is ' +
        'left to you.',
    create(context) {
        return {
            firstRecord({ line, info }) {
                if (context.format()?.name !== 'codex' || context.path === '-')
                    return;
                const name = basename(context.path);
                const inStore = STORE_FOLDER.test(dirname(context.path).split(sep).slice(-4).join('/'));
                const match = CANONICAL.exec(name);
                const sessionId = info.header?.sessionId;
                if (!match && inStore) {
                    context.report({ line, message: `File name "${name}" is not rollout-<YYYY-MM-DDThh-mm-ss>-<session id>.jsonl; Codex will not list or resume it.` });
                }
                else if (match && sessionId && match[1].toLowerCase() !== sessionId.toLowerCase()) {
                    context.report({ line, message: `File name names session ${match[1]}, but its session_meta says ${sessionId}.` });
                }
            },
        };
    },
});
