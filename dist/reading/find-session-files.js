import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toInputError } from './input-error.js';
/** Session files in folders: Codex rollouts (also compressed), Claude Code transcripts, and other JSONL. */
const SESSION_FILE = /\.(jsonl|ndjson|jsonl\.zst)$/;
/** Folders never searched: dependencies and VCS data. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * Expands the paths given on the command line: a file is taken as it is (whatever its name), a folder
 * is searched recursively for *.jsonl, *.ndjson and *.jsonl.zst files, in a stable order. Symbolic links to folders
 * are not followed (no cycles). A path that cannot be read is returned with its error. Each file comes once.
 */
export async function findSessionFiles(paths) {
    const found = [];
    const seen = new Set();
    const add = (input) => {
        if (seen.has(input.key))
            return;
        seen.add(input.key);
        found.push(input);
    };
    for (const path of paths) {
        const key = resolve(path);
        let info;
        try {
            info = await stat(path);
        }
        catch (error) {
            add({ path, key, error: toInputError(path, error) });
            continue;
        }
        if (info.isDirectory())
            await walk(path, key, add);
        else
            add({ path, key });
    }
    return found;
}
/**
 * What join(folder, name) puts before a name (a name holds no separator, and readdir gives no "." or ".."):
 * a path made as prefix + name shares its folder's string. join and resolve build each path of many small
 * strings, some 600 bytes a file that a store of 80,000 files held until its check ended.
 */
function prefixOf(folder) {
    return join(folder, 'x').slice(0, -1);
}
async function walk(folder, key, add) {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    }
    catch (error) {
        add({ path: folder, key, error: toInputError(folder, error) });
        return;
    }
    const prefix = prefixOf(folder);
    const keyPrefix = prefixOf(key);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // As in Codex, a plain rollout wins over its compressed sibling.
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
        if (entry.name.endsWith('.zst') && names.has(entry.name.slice(0, -'.zst'.length)))
            continue;
        const path = prefix + entry.name;
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                await walk(path, keyPrefix + entry.name, add);
        }
        else if (SESSION_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
            add({ path, key: keyPrefix + entry.name });
        }
    }
}
