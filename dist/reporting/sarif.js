import { crypto } from '../builtins.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandRuns } from '../checking/diagnostic.js';
import { RULES } from '../checking/rules/index.js';
import { joined } from './reporter.js';
import { isUnreadable } from './results.js';
import { at } from './json.js';
import { ruleDocUrl } from './rule-docs.js';
/** Where to learn about the tool (SARIF `informationUri`). */
export const TOOL_INFORMATION_URI = 'https://www.npmjs.com/package/session-doctor';
/** The `partialFingerprints` key; raised if the fingerprint's recipe ever changes. */
export const FINGERPRINT_KEY = 'sessionDoctor/v1';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** GitHub rejects descriptions longer than this. */
const MAX_DESCRIPTION = 1024;
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', info: 'recommendation' };
/** A file's place relative to the root: a POSIX relative path, or undefined when it lies outside the root. */
export function pathInRoot(path, context) {
    const root = context.root ?? context.cwd;
    if (context.cwd === undefined || root === undefined) {
        return isAbsolute(path) ? { absolute: path } : { relative: path.split(sep).join('/') };
    }
    const absolute = resolve(context.cwd, path);
    const inside = relative(root, absolute);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
        return { absolute };
    return { relative: inside.split(sep).join('/') };
}
function artifactLocation(path, context) {
    const place = pathInRoot(path, context);
    if (place.relative !== undefined) {
        const uri = place.relative.split('/').map(encodeURIComponent).join('/');
        return context.cwd !== undefined ? { uri, uriBaseId: SRCROOT } : { uri };
    }
    return { uri: pathToFileURL(place.absolute).href };
}
const clip = (text) => (text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`);
/** `missing-output` → `MissingOutput` (SARIF's "friendly name"). */
const pascalCase = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
function ruleDescriptors() {
    return RULES.map((rule) => ({
        id: rule.name,
        name: pascalCase(rule.name),
        shortDescription: { text: clip(rule.summary) },
        helpUri: ruleDocUrl(rule.name),
        fullDescription: { text: clip(rule.explanation) },
        help: {
            text: `${rule.explanation}\n\n${rule.fixable ? '`session-doctor fix` repairs it.' : '`session-doctor fix` does not repair it: it is reported, never guessed at.'} Details: \`session-doctor explain ${rule.name}\`.`,
        },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { code: rule.code, fixable: rule.fixable, tags: ['session-file'], 'problem.severity': PROBLEM_SEVERITY[rule.severity] },
    }));
}
/**
 * A fingerprint that survives lines being added to the file: the rule, the file and the tool call's id
 * when the finding is about a call, else the line (session files grow at the end). A repeat of the
 * same key in one file gets an occurrence number, so two findings never share a fingerprint.
 */
function fingerprint(occurrence, key) {
    return crypto().createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
}
/**
 * The occurrence numbers of one file's fingerprint keys. Keys by line are forgotten once no finding can
 * come at their line again (diagnostics come in line order, a run's lines from its first line on), so
 * memory follows the call ids only, not the million lines of a broken file.
 */
class Occurrences {
    #byCall = new Map();
    #byLine = new Map();
    /** A diagnostic starting at `line` comes next: lines before it are done. */
    startAt(line) {
        for (const seen of this.#byLine.keys())
            if (seen < line)
                this.#byLine.delete(seen);
    }
    next(key, line, byCall) {
        let seen = this.#byCall;
        if (!byCall) {
            seen = this.#byLine.get(line) ?? new Map();
            this.#byLine.set(line, seen);
        }
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        return occurrence;
    }
}
/**
 * SARIF 2.1.0: one run, every rule described, one result per diagnostic; files that could not be read
 * become tool execution notifications. Accepted with no error or warning by Microsoft's SARIF validator,
 * GitHub rules included (test/reporting/sarif-validator.test.ts). Made in pieces, byte for byte what
 * JSON.stringify(log, null, 2) writes, one result at a time.
 */
export const sarifChunks = function* (results, context) {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.name, index]));
    const notifications = results.filter(isUnreadable).map((result) => ({
        level: 'error',
        message: { text: `${result.path}: ${result.error}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.path, context) } }],
    }));
    // The results go where this marker is, as they are made: a NUL cannot start a path, so no text of the log is it.
    const marker = '\u0000results';
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'session-doctor',
                        fullName: 'session-doctor: lint and repair AI agent session files',
                        version: context.toolVersion,
                        semanticVersion: context.toolVersion,
                        informationUri: TOOL_INFORMATION_URI,
                        rules: ruleDescriptors(),
                    },
                },
                invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length > 0 && { toolExecutionNotifications: notifications }) }],
                ...(context.cwd !== undefined && { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(context.root ?? context.cwd) } } }),
                columnKind: 'utf16CodeUnits',
                results: marker,
            },
        ],
    };
    const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(marker));
    yield head;
    let first = true;
    for (const result of results) {
        if (isUnreadable(result))
            continue;
        const location = artifactLocation(result.path, context);
        const locationText = at(location, 8);
        const occurrences = new Occurrences();
        for (const run of result.diagnostics) {
            occurrences.startAt(run.line);
            for (const diagnostic of expandRuns([run])) {
                const line = Math.max(1, diagnostic.line);
                const index = ruleIndex.get(diagnostic.rule);
                const byCall = diagnostic.callId !== undefined;
                const key = [diagnostic.rule, location.uri, byCall ? `call:${diagnostic.callId}` : `line:${line}`].join('\u0000');
                const text = resultText({
                    ruleId: diagnostic.rule,
                    ruleIndex: index,
                    level: LEVEL[diagnostic.severity],
                    text: diagnostic.message,
                    startLine: line,
                    fingerprint: fingerprint(occurrences.next(key, line, byCall), key),
                    code: diagnostic.code,
                    fixable: diagnostic.fixable,
                    applicability: diagnostic.fixable ? (diagnostic.applicability ?? 'safe') : undefined,
                    callId: diagnostic.callId,
                }, locationText);
                yield `${first ? '[' : ','}\n${INDENT[4]}${text}`;
                first = false;
            }
        }
    }
    yield first ? '[]' : `\n${'  '.repeat(3)}]`;
    yield `${tail}\n`;
};
export const sarifReporter = joined(sarifChunks);
/**
 * One result, byte for byte as at(result, 4) writes it (JSON.stringify(…, null, 2), four levels deep),
 * written by hand: a report of a million results spent most of its time in JSON.stringify and the indenting
 * of its output. `locationText` is the artifact location as at(location, 8) writes it.
 */
function resultText(result, locationText) {
    const q = JSON.stringify;
    const i = (depth) => INDENT[depth];
    return (`{\n${i(5)}"ruleId": ${q(result.ruleId)},` +
        (result.ruleIndex === undefined ? '' : `\n${i(5)}"ruleIndex": ${result.ruleIndex},`) +
        `\n${i(5)}"level": ${q(result.level)},` +
        `\n${i(5)}"message": {\n${i(6)}"text": ${q(result.text)}\n${i(5)}},` +
        `\n${i(5)}"locations": [\n${i(6)}{\n${i(7)}"physicalLocation": {\n${i(8)}"artifactLocation": ${locationText},` +
        `\n${i(8)}"region": {\n${i(9)}"startLine": ${result.startLine},\n${i(9)}"startColumn": 1\n${i(8)}}\n${i(7)}}\n${i(6)}}\n${i(5)}],` +
        `\n${i(5)}"partialFingerprints": {\n${i(6)}${q(FINGERPRINT_KEY)}: ${q(result.fingerprint)}\n${i(5)}},` +
        `\n${i(5)}"properties": {\n${i(6)}"code": ${q(result.code)},\n${i(6)}"fixable": ${result.fixable}` +
        (result.applicability === undefined ? '' : `,\n${i(6)}"applicability": ${q(result.applicability)}`) +
        (result.callId === undefined ? '' : `,\n${i(6)}"callId": ${q(result.callId)}`) +
        `\n${i(5)}}\n${i(4)}}`);
}
/** Indentation by depth, two spaces a level. */
const INDENT = Array.from({ length: 10 }, (_, depth) => '  '.repeat(depth));
function rootUri(folder) {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}
