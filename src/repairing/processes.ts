import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ProcessTable } from '../formats/format.js';

/**
 * The other processes of this machine, from one listing of /proc; what a probe asks of one (its command
 * line, working folder, start time) is read when first asked and kept. Read with synchronous calls: /proc is
 * made in memory, and a thread-pool round trip for each process's command line made a fix of many
 * transcripts three times slower. Not listed where there is no /proc.
 */
export function listProcesses(): ProcessTable {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return { listed: false, pids: [], argv: () => [], cwd: () => undefined, name: () => undefined, startTime: () => undefined };
  }
  const pids = entries.filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => pid !== process.pid);
  const argvs = new Map<number, readonly string[]>();
  const cwds = new Map<number, string | undefined>();
  const processNames = new Map<number, string | undefined>();
  const starts = new Map<number, string | undefined>();
  const kept = <T>(cache: Map<number, T>, pid: number, read: () => T): T => {
    if (!cache.has(pid)) cache.set(pid, read());
    return cache.get(pid) as T;
  };
  return {
    listed: true,
    pids,
    argv: (pid) => kept(argvs, pid, () => procText(`/proc/${pid}/cmdline`)?.split('\0') ?? []),
    cwd: (pid) => kept(cwds, pid, () => attempt(() => readlinkSync(`/proc/${pid}/cwd`))),
    name: (pid) => kept(processNames, pid, () => procText(`/proc/${pid}/comm`)?.trim()),
    startTime: (pid) => kept(starts, pid, () => {
      const stat = procText(`/proc/${pid}/stat`);
      return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }),
  };
}

/** A /proc file's text; undefined once its process has ended or where it cannot be read. */
function procText(file: string): string | undefined {
  return attempt(() => readFileSync(file, 'utf8'));
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
