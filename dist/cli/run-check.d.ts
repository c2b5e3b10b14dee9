import { type CommonArgs } from './common-run.js';
/** `session-doctor check`: reports problems, changes nothing. Returns the exit code. */
export declare function runCheckCommand(args: CommonArgs): Promise<number>;
