import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toInputError } from './input-error.js';
/** Session files in folders: Codex rollouts (also compressed), Claude Code transcripts, and other JSONL. */
const SESSION_FILE = /\.(jsonl|ndjson|jsonl\.zst)$/;
/** Folders never searched: dependencies and VCS data. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * Expands the paths given on the command line: a file is taken as it is (whatever its name), a folder
 * is searched recursively for *.jsonl, *.ndjson and *.jsonl.zst files, in a stable order. Symbolic links to folders
 * are not followed (no cycles). A path that cannot be read is returned with its error.
 */
export async function findSessionFiles(paths) {
    const found = [];
    const seen = new Set();
    const add = (input) => {
        if (seen.has(input.path))
            return;
        seen.add(input.path);
        found.push(input);
    };
    for (const path of paths) {
        let info;
        try {
            info = await stat(path);
        }
        catch (error) {
            add({ path, error: toInputError(path, error) });
            continue;
        }
        if (info.isDirectory())
            await walk(path, add);
        else
            add({ path });
    }
    return found;
}
async function walk(folder, add) {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    }
    catch (error) {
        add({ path: folder, error: toInputError(folder, error) });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // As in Codex, a plain rollout wins over its compressed sibling.
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
        if (entry.name.endsWith('.zst') && names.has(entry.name.slice(0, -'.zst'.length)))
            continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                await walk(path, add);
        }
        else if (SESSION_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
            add({ path });
        }
    }
}
