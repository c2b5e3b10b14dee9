import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import split2 from 'split2';
import { findSessionFiles } from '../reading/find-session-files.js';
import { InputError } from '../reading/input-error.js';
import { removeOnInterrupt } from '../repairing/temp-files.js';
export const STDIN = '-';
/** The Codex session store checked when no path is given. */
export function codexSessionStore(env) {
    return join(env.CODEX_HOME || join(homedir(), '.codex'), 'sessions');
}
/** Claude Code's transcript store, checked too when no path is given. */
export function claudeProjectsStore(env) {
    return join(env.CLAUDE_CONFIG_DIR || join(homedir(), '.claude'), 'projects');
}
/**
 * Reads a list of paths (`--files-from`, e.g. from `git ls-files` or `find`): one per line, or NUL-separated
 * (`-z`, `-print0`) with `nul`. A path is taken exactly as written (spaces are part of names): only empty
 * entries are skipped, and a line's CR when the list has CRLF line ends.
 */
export async function readPathList(source, { nul = false } = {}) {
    const paths = [];
    // split2 suits this: short text lines, where byte-exactness does not matter.
    const lines = source.pipe(split2(nul ? '\u0000' : /\r?\n/));
    // pipe() does not forward errors: without this a folder or a missing file crashes the process.
    source.on('error', (error) => lines.destroy(error));
    for await (const line of lines) {
        if (line !== '')
            paths.push(line);
    }
    return paths;
}
/**
 * The files a command works on, in the order given, each once (`d/x` and `./d/x` are one file, named as
 * first given); `-` stands for stdin and is kept as it is.
 */
export async function resolveInputs(paths) {
    const inputs = [];
    const seen = new Set();
    for (const path of paths) {
        for (const input of path === STDIN ? [{ path, key: STDIN }] : await findSessionFiles([path])) {
            if (seen.has(input.key))
                continue;
            seen.add(input.key);
            inputs.push(input);
        }
    }
    return inputs;
}
/** Copies stdin to a private temp file, for commands that read their input twice. */
export async function spoolStdin() {
    const folder = await mkdtemp(join(tmpdir(), 'session-doctor-'));
    const path = join(folder, 'stdin.jsonl');
    const release = removeOnInterrupt(folder, { recursive: true });
    const dispose = async () => {
        await rm(folder, { recursive: true, force: true });
        release();
    };
    try {
        await pipeline(process.stdin, createWriteStream(path, { mode: 0o600 }));
    }
    catch (error) {
        await dispose();
        throw new InputError(STDIN, `cannot read stdin: ${error.message}`);
    }
    return { path, dispose };
}
