import { defineRule } from '../../../checking/rule.js';
export default defineRule({
    name: 'unfinished-turn',
    code: 'SD307',
    severity: 'info',
    fixable: false,
    summary: 'The last turn started but never ended.',
    explanation: 'The file ends inside a turn: no task_complete or turn_aborted follows the last task_started. The session was ' +
        'interrupted (or is still running). Codex marks such a turn interrupted when it resumes the session. Nothing needs ' +
        'repairing for this alone; a call left without output is reported by missing-output.',
    create(context) {
        let open;
        return {
            record({ line, info }) {
                const { turn } = info;
                if (turn === 'start')
                    open = line;
                else if (turn === 'end')
                    open = undefined;
            },
            end() {
                if (open !== undefined)
                    context.report({ line: open, message: `The turn started at line ${open} never ended; the session was interrupted or is still running.` });
            },
        };
    },
});
