import { checkFiles } from '../checking/check-files.js';
import { runCheck } from '../checking/check-source.js';
import { selectRules } from '../checking/select-rules.js';
import { InputError } from '../reading/input-error.js';
import { notePossiblyRunning } from '../repairing/live-guard.js';
import { checkOptionsOf, displayName, finish, pathsToCheck, refuseSessionReportFiles, reportTargets } from './common-run.js';
import { STDIN, resolveInputs } from './inputs.js';
import { refuseOutputsThatAreInputs } from './output-is-input.js';
import { startProgress } from './progress.js';
/** `session-doctor check`: reports problems, changes nothing. `threads`: --jobs (undefined: auto). Returns the exit code. */
export async function runCheckCommand(args, threads) {
    const options = checkOptionsOf(args);
    selectRules(options);
    const inputs = await resolveInputs(await pathsToCheck(args));
    await refuseOutputsThatAreInputs(reportTargets(args).flatMap((target) => target.file ?? []), inputs);
    refuseSessionReportFiles(args);
    const progress = startProgress(inputs.length, { flag: args.progress });
    const files = inputs.filter((input) => !('error' in input) && input.path !== STDIN).map((input) => input.path);
    const checked = new Map((await checkFiles(files, options, (path) => progress.next(path), threads)).map((outcome) => [outcome.path, outcome]));
    const results = [];
    for (const input of inputs) {
        if ('error' in input)
            results.push({ path: input.path, error: input.error.message });
        else if (input.path === STDIN)
            results.push(await checkStdin(args, options));
        else {
            const outcome = checked.get(input.path);
            results.push('error' in outcome ? { path: input.path, error: outcome.error.message } : outcome);
        }
    }
    progress.end();
    return finish('check', args, await notePossiblyRunning(results, options));
}
async function checkStdin(args, options) {
    try {
        return (await runCheck(displayName(args, STDIN), process.stdin, options)).report;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        return { path: displayName(args, STDIN), error: error.message };
    }
}
