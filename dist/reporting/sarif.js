import { createHash } from '../hash.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandRuns } from '../checking/diagnostic.js';
import { RULES } from '../checking/rules/index.js';
import { isUnreadable } from './results.js';
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
function fingerprint(seen, ruleId, uri, line, callId) {
    const key = [ruleId, uri, callId !== undefined ? `call:${callId}` : `line:${line}`].join('\u0000');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
}
/**
 * SARIF 2.1.0: one run, every rule described, one result per diagnostic; files that could not be read
 * become tool execution notifications. Accepted with no error or warning by Microsoft's SARIF validator,
 * GitHub rules included (test/reporting/sarif-validator.test.ts).
 */
export const sarifReporter = ((results, context) => {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.name, index]));
    const sarifResults = [];
    const notifications = [];
    for (const result of results) {
        const location = artifactLocation(result.path, context);
        if (isUnreadable(result)) {
            notifications.push({
                level: 'error',
                message: { text: `${result.path}: ${result.error}` },
                locations: [{ physicalLocation: { artifactLocation: location } }],
            });
            continue;
        }
        const seen = new Map();
        for (const diagnostic of expandRuns(result.diagnostics)) {
            const line = Math.max(1, diagnostic.line);
            const index = ruleIndex.get(diagnostic.rule);
            sarifResults.push({
                ruleId: diagnostic.rule,
                ...(index !== undefined && { ruleIndex: index }),
                level: LEVEL[diagnostic.severity],
                message: { text: diagnostic.message },
                locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: line, startColumn: 1 } } }],
                partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(seen, diagnostic.rule, location.uri, line, diagnostic.callId) },
                properties: {
                    code: diagnostic.code,
                    fixable: diagnostic.fixable,
                    ...(diagnostic.fixable && { applicability: diagnostic.applicability ?? 'safe' }),
                    ...(diagnostic.callId !== undefined && { callId: diagnostic.callId }),
                },
            });
        }
    }
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
                results: sarifResults,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
});
function rootUri(folder) {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}
