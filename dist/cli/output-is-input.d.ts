import type { FoundInput } from '../reading/find-session-files.js';
/**
 * Refuses, before anything is written, a report file or a repaired copy that is one of the inputs: the
 * same file (device and inode), whatever path leads to it (links, `..`, another spelling). Writing it
 * would replace the session with a report, or with its repair without a backup. stdin counts when it is
 * a file (`< rollout.jsonl`).
 */
export declare function refuseOutputsThatAreInputs(outputs: readonly string[], inputs: readonly FoundInput[]): Promise<void>;
