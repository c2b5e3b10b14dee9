import type { ProcessTable } from '../formats/format.js';
/**
 * The other processes of this machine, from one listing of /proc; what a probe asks of one (its command
 * line, working folder, start time) is read when first asked and kept. Read with synchronous calls: /proc is
 * made in memory, and a thread-pool round trip for each process's command line made a fix of many
 * transcripts three times slower. Not listed where there is no /proc.
 */
export declare function listProcesses(): ProcessTable;
