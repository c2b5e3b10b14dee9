import { readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
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
export async function claudeLiveSession(path, processes) {
    const sessionId = sessionIdOf(path);
    const marked = new Set();
    for (const folder of sessionFolders(path)) {
        for (const name of entries(folder)) {
            if (!/^\d+\.json$/.test(name))
                continue;
            const marker = join(folder, name);
            const record = markerIn(marker);
            if (typeof record?.pid !== 'number' || !Number.isSafeInteger(record.pid))
                continue;
            marked.add(record.pid);
            if (record.sessionId !== sessionId)
                continue;
            if (running(record.pid, record.procStart, processes))
                return { pid: record.pid, name: 'claude', evidence: `owns the session (${marker})` };
        }
    }
    return unmarkedClientIn(projectFolderOf(path), marked, processes);
}
// The markers are read with synchronous calls: the probe is part of the last look before a rename, and
// nothing that waits may come between the two (a handful of small files).
function entries(folder) {
    try {
        return readdirSync(folder);
    }
    catch {
        return [];
    }
}
function markerIn(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The session a transcript belongs to: <session>.jsonl, or <session>/subagents/agent-<id>.jsonl. */
function sessionIdOf(path) {
    const file = basename(path).replace(/\.jsonl$/, '');
    return basename(dirname(path)) === 'subagents' ? basename(dirname(dirname(path))) : file;
}
/** The project folder's name (<cwd-slug>): the transcript's folder, or the one above <session>/subagents/. */
function projectFolderOf(path) {
    return basename(dirname(path)) === 'subagents' ? basename(dirname(dirname(dirname(path)))) : basename(dirname(path));
}
/**
 * A Claude Code command line: the native `claude`, or node running the JS package's cli.js (before 2.1.x;
 * 1.0.1's shebang gives node options first: `node --no-warnings --enable-source-maps …/cli.js`).
 */
function isClaudeCommand(argv) {
    const script = argv.slice(1).find((arg) => !arg.startsWith('-'));
    return basename(argv[0] ?? '') === 'claude' || (script !== undefined && /[/\\]@anthropic-ai[/\\]claude-code[/\\]cli\.js$/.test(script));
}
/**
 * A running Claude Code process without a session marker whose working folder's slug is the project folder's
 * name (every character but letters and digits made `-`, as the client names the folder).
 */
function unmarkedClientIn(project, marked, processes) {
    for (const pid of processes.pids) {
        if (marked.has(pid) || !isClaudeCommand(processes.argv(pid)))
            continue;
        const cwd = processes.cwd(pid);
        if (cwd === undefined || cwd.replace(/[^a-zA-Z0-9]/g, '-') !== project)
            continue;
        return { pid, name: 'claude', evidence: `runs in the project's folder (${cwd}) and, older than 2.1, marks no session it writes` };
    }
    return undefined;
}
/** The sessions folder beside the projects folder the transcript is in, and the configured one. */
function sessionFolders(path) {
    const parts = resolve(path).split(sep);
    const projects = parts.lastIndexOf('projects');
    const beside = projects > 0 ? join(parts.slice(0, projects).join(sep) || sep, 'sessions') : undefined;
    const configured = join(process.env.CLAUDE_CONFIG_DIR || join(homedir(), '.claude'), 'sessions');
    return [...new Set([beside, configured].filter((folder) => folder !== undefined))];
}
function running(pid, procStart, processes) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    // Without /proc (not Linux) the pid alone has to do; on Linux an unreadable stat means it just ended.
    return typeof procStart !== 'string' || !processes.listed || processes.startTime(pid) === procStart;
}
