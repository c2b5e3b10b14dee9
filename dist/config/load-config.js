import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from './errors.js';
import { CONFIG_FILE_NAME, PACKAGE_JSON_KEY } from './types.js';
/**
 * Finds and loads the configuration: `session-doctor.config.json`, or the "session-doctor" key of a
 * package.json, in the working folder or the nearest folder above it that has either (the config file
 * wins in a folder that has both). Returns undefined when there is none. Throws ConfigError for a file
 * that cannot be read, is not JSON, or is not a valid configuration. zod is loaded only when a file is found.
 */
export async function loadConfig(options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const found = options.file !== undefined ? explicit(resolve(cwd, options.file), cwd) : search(cwd);
    if (!found)
        return undefined;
    const { validateConfig } = await import('./schema.js');
    const shown = displayPath(found.file, cwd);
    const config = validateConfig(found.value, found.key ? `${shown} ("${found.key}" key)` : shown);
    return { file: found.file, folder: dirname(found.file), config };
}
function explicit(file, cwd) {
    const text = read(file, cwd);
    const value = parse(text, file, cwd);
    if (basename(file) !== 'package.json')
        return { file, value };
    if (!isObject(value) || !Object.hasOwn(value, PACKAGE_JSON_KEY)) {
        throw new ConfigError(displayPath(file, cwd), `has no "${PACKAGE_JSON_KEY}" key`);
    }
    return { file, value: value[PACKAGE_JSON_KEY], key: PACKAGE_JSON_KEY };
}
function search(start) {
    for (let folder = start;; folder = dirname(folder)) {
        const configFile = join(folder, CONFIG_FILE_NAME);
        if (isFile(configFile))
            return { file: configFile, value: parse(read(configFile, start), configFile, start) };
        const packageFile = join(folder, 'package.json');
        if (isFile(packageFile)) {
            const text = readOrUndefined(packageFile);
            // A cheap test first: most package.json files never mention the tool.
            if (text?.includes(`"${PACKAGE_JSON_KEY}"`)) {
                const value = parseOrUndefined(text);
                if (isObject(value) && Object.hasOwn(value, PACKAGE_JSON_KEY))
                    return { file: packageFile, value: value[PACKAGE_JSON_KEY], key: PACKAGE_JSON_KEY };
            }
        }
        if (dirname(folder) === folder)
            return undefined;
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function read(file, cwd) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : error.message;
        throw new ConfigError(displayPath(file, cwd), `cannot read the config file: ${reason}`);
    }
}
function readOrUndefined(file) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function parse(text, file, cwd) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new ConfigError(displayPath(file, cwd), `not valid JSON: ${withLineAndColumn(error.message, text)}`);
    }
}
function parseOrUndefined(text) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined;
    }
}
/** Node 20's JSON.parse names a position only; people want a line and a column. */
function withLineAndColumn(message, text) {
    const position = /at position (\d+)/.exec(message);
    if (!position || /line \d+/.test(message))
        return message;
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `${message} (line ${line}, column ${column})`;
}
/** The file relative to the working folder when it is inside it, else absolute. */
function displayPath(file, cwd) {
    const inside = relative(cwd, file);
    return inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? inside : file;
}
