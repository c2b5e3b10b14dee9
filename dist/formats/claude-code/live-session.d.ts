import type { LiveSessionOwner } from '../format.js';
/**
 * Claude Code marks each running process in <config>/sessions/<pid>.json ({pid, sessionId, procStart, …}):
 * written at start, deleted on a clean exit, left behind by SIGKILL. A transcript is live when such a
 * file names its session and a process with that pid and start time still runs (procStart is the
 * starttime field of /proc/<pid>/stat, as the client itself compares it). Never throws.
 */
export declare function claudeLiveSession(path: string): Promise<LiveSessionOwner | undefined>;
