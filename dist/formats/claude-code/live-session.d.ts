import type { LiveSessionOwner, ProcessTable } from '../format.js';
/**
 * Claude Code marks each running process in <config>/sessions/<pid>.json ({pid, sessionId, procStart, …}):
 * written at start, deleted on a clean exit, left behind by SIGKILL. A transcript is live when such a
 * file names its session and a process with that pid and start time still runs (procStart is the
 * starttime field of /proc/<pid>/stat, as the client itself compares it).
 *
 * Versions before 2.1.x (2.0.77, 1.0.x) write no marker, and append to the transcript by path without
 * holding it open: a replaced file would get the result of the tool they are running after the placeholder.
 * So a running Claude Code with no marker whose working folder is the transcript's project is taken to be
 * writing it (it may be writing another session of that project: refusing is the safe side). Never throws.
 */
export declare function claudeLiveSession(path: string, processes: ProcessTable): Promise<LiveSessionOwner | undefined>;
