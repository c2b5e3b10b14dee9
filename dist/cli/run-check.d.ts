import { type CommonArgs } from './common-run.js';
/** `session-doctor check`: reports problems, changes nothing. `threads`: --jobs (undefined: auto). Returns the exit code. */
export declare function runCheckCommand(args: CommonArgs, threads?: number): Promise<number>;
