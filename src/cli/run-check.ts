import { checkFile, runCheck } from '../checking/check-source.js';
import { selectRules } from '../checking/select-rules.js';
import { InputError } from '../reading/input-error.js';
import type { FileResult } from '../reporting/results.js';
import { checkOptionsOf, displayName, finish, pathsToCheck, type CommonArgs } from './common-run.js';
import { STDIN, resolveInputs } from './inputs.js';
import { startProgress } from './progress.js';

/** `session-doctor check`: reports problems, changes nothing. Returns the exit code. */
export async function runCheckCommand(args: CommonArgs): Promise<number> {
  const options = checkOptionsOf(args);
  selectRules(options);
  const inputs = await resolveInputs(await pathsToCheck(args));
  const results: FileResult[] = [];
  const progress = startProgress(inputs.length, { flag: args.progress });
  for (const input of inputs) {
    progress.next(input.path);
    if ('error' in input) {
      results.push({ path: input.path, error: input.error.message });
      continue;
    }
    try {
      results.push(
        input.path === STDIN
          ? (await runCheck(displayName(args, STDIN), process.stdin, options)).report
          : await checkFile(input.path, options),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ path: input.path, error: error.message });
    }
  }
  progress.end();
  return finish('check', args, results);
}
