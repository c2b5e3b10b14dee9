import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
/**
 * The other processes of this machine, from one listing of /proc; what a probe asks of one (its command
 * line, working folder, start time) is read when first asked and kept. Read with synchronous calls: /proc is
 * made in memory, and a thread-pool round trip for each process's command line made a fix of many
 * transcripts three times slower. Not listed where there is no /proc.
 */
export function listProcesses() {
    let entries;
    try {
        entries = readdirSync('/proc');
    }
    catch {
        return { listed: false, pids: [], argv: () => [], cwd: () => undefined, name: () => undefined, startTime: () => undefined };
    }
    const pids = entries.filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => pid !== process.pid);
    const argvs = new Map();
    const cwds = new Map();
    const processNames = new Map();
    const starts = new Map();
    const kept = (cache, pid, read) => {
        if (!cache.has(pid))
            cache.set(pid, read());
        return cache.get(pid);
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
function procText(file) {
    return attempt(() => readFileSync(file, 'utf8'));
}
function attempt(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}
