import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { childProcess } from '../builtins.js';
import { listProcesses } from './processes.js';
const O_ACCMODE = 0o3;
const O_APPEND = 0o2000;
/** The processes (other than this one) that hold the file `target` (device and inode) open for writing. */
export async function findOpenWriters(target, path, processes = listProcesses()) {
    if (existsSync('/proc/self/fdinfo')) {
        const { byFile, unchecked } = scanProc(processes, (dev, ino) => dev === target.dev && ino === target.ino);
        return { writers: byFile.get(fileKey(target)) ?? [], ...(unchecked !== undefined && { unchecked }) };
    }
    if (await hasLsof())
        return askLsof(path);
    return { writers: [], unchecked: `open writers cannot be checked on ${process.platform} (no /proc, no lsof)` };
}
export const fileKey = (file) => `${file.dev}:${file.ino}`;
/**
 * Every file open for writing on this machine in one scan: for a run over many files that needs to know
 * which of them are open. Undefined where /proc is not there.
 */
export function openWritersIndex(processes) {
    if (!existsSync('/proc/self/fdinfo'))
        return undefined;
    return scanProc(processes, () => true);
}
/**
 * Linux: every /proc/<pid>/fd entry that `matches`, with its open flags from /proc/<pid>/fdinfo. Read with
 * synchronous calls: /proc is made in memory, never waits on a disk, and a machine's thousands of
 * descriptors, one thread-pool round trip each, took several times longer.
 */
function scanProc(processes, matches) {
    const byFile = new Map();
    let hidden = 0;
    for (const pid of processes.pids) {
        let fds;
        try {
            fds = readdirSync(`/proc/${pid}/fd`);
        }
        catch (error) {
            // ENOENT: the process ended meanwhile. EACCES: another user's process, not ours to inspect.
            if (error.code !== 'ENOENT')
                hidden += 1;
            continue;
        }
        for (const fd of fds) {
            const found = writerHow(pid, fd, matches);
            if (!found)
                continue;
            const writers = byFile.get(found.key) ?? [];
            if (!writers.some((writer) => writer.pid === pid))
                writers.push({ pid, name: processes.name(pid) ?? 'a process', how: found.how });
            byFile.set(found.key, writers.sort((a, b) => a.pid - b.pid));
        }
    }
    return { byFile, ...(hidden > 0 && { unchecked: `${hidden} process${hidden === 1 ? '' : 'es'} of other users could not be inspected for open writers` }) };
}
function writerHow(pid, fd, matches) {
    try {
        // Sockets, pipes and anonymous inodes read as `socket:[…]` and such: only paths can be the file.
        if (!readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('/'))
            return undefined;
        const info = statSync(`/proc/${pid}/fd/${fd}`);
        if (!info.isFile() || !matches(info.dev, info.ino))
            return undefined;
        const key = fileKey(info);
        const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1];
        if (flags === undefined)
            return { key, how: 'open (its flags could not be read)' };
        const value = parseInt(flags, 8);
        if (value & O_APPEND)
            return { key, how: 'open for appending' };
        return (value & O_ACCMODE) !== 0 ? { key, how: 'open for writing' } : undefined;
    }
    catch {
        // The descriptor was closed meanwhile.
        return undefined;
    }
}
let lsofFound;
function hasLsof() {
    lsofFound ??= new Promise((resolve) => childProcess().execFile('lsof', ['-v'], (error) => resolve(!error || error.code !== 'ENOENT')));
    return lsofFound;
}
/** macOS and the BSDs: `lsof -F pca` lists each process (p), its command (c) and each descriptor's access (a: r, w, u). */
export function askLsof(path) {
    return new Promise((resolve) => {
        childProcess().execFile('lsof', ['-w', '-n', '-P', '-F', 'pca', '--', path], { timeout: 30_000 }, (error, stdout) => {
            // lsof exits 1 when no process has the file open.
            if (error && error.code !== 1) {
                resolve({ writers: [], unchecked: `open writers could not be checked (lsof: ${error.message.split('\n')[0]})` });
                return;
            }
            resolve({ writers: parseLsof(stdout) });
        });
    });
}
export function parseLsof(output) {
    const writers = [];
    let pid = 0;
    let name = 'a process';
    for (const field of output.split('\n')) {
        const [tag, value] = [field[0], field.slice(1)];
        if (tag === 'p')
            [pid, name] = [Number(value), 'a process'];
        else if (tag === 'c')
            name = value;
        else if (tag === 'a' && (value === 'w' || value === 'u') && pid !== process.pid && !writers.some((writer) => writer.pid === pid)) {
            writers.push({ pid, name, how: 'open for writing' });
        }
    }
    return writers;
}
