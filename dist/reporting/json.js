import { expandRuns } from '../checking/diagnostic.js';
import { joined, mapIterable } from './reporter.js';
import { isUnreadable, ruleStatistics } from './results.js';
import { ruleDocUrl } from './rule-docs.js';
/** Version of the JSON document's shape; raised on any incompatible change. */
export const JSON_REPORT_VERSION = 1;
/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep. */
export const at = (value, depth) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
/**
 * The JSON document (README, "JSON output"), in pieces: byte for byte what JSON.stringify(document, null, 2)
 * writes, but made one problem at a time, so that a million problems are never held as a million objects
 * and one string. Every line of a run (`endLine`) is listed.
 */
export function* jsonReportChunks(results, { command, summary, toolVersion, statistics }) {
    yield `{\n  "version": ${JSON_REPORT_VERSION},\n  "tool": ${at({ name: 'session-doctor', version: toolVersion }, 1)},\n  "command": ${JSON.stringify(command)},\n  "files": [`;
    for (const [index, result] of results.entries()) {
        yield `${index === 0 ? '' : ','}\n    `;
        yield* fileChunks(result);
    }
    yield `${results.length === 0 ? ']' : '\n  ]'},\n  "summary": ${at(summary, 1)}`;
    if (statistics)
        yield `,\n  "statistics": ${at(ruleStatistics(results), 1)}`;
    yield '\n}\n';
}
function* fileChunks(result) {
    if (isUnreadable(result)) {
        yield at({ path: result.path, error: result.error, diagnostics: [] }, 2);
        return;
    }
    const head = { path: result.path, format: result.format ?? null, records: result.records };
    const tail = {
        ...(result.written !== undefined && { written: result.written }),
        ...(result.backup !== undefined && { backup: result.backup }),
        ...(result.notes !== undefined && { notes: result.notes }),
    };
    yield at(head, 2).slice(0, -`\n${'  '.repeat(2)}}`.length);
    yield ',\n      "diagnostics": [';
    const diagnostics = mapIterable(expandRuns(result.diagnostics), ({ rule, code, severity, line, message, callId, fixable, applicability }) => ({
        rule,
        code,
        severity,
        line,
        message,
        ...(callId !== undefined && { callId }),
        fixable,
        ...(fixable && { applicability: applicability ?? 'safe' }),
        url: ruleDocUrl(rule),
    }));
    yield* arrayItems(diagnostics);
    if (result.repairs) {
        yield ',\n      "repairs": [';
        yield* arrayItems(result.repairs);
    }
    const rest = at(tail, 2);
    yield rest === '{}' ? '\n    }' : `,\n${rest.slice(2)}`;
}
/** The items of an array three levels deep, as JSON.stringify(…, null, 2) writes them after its `[`. */
function* arrayItems(items) {
    let first = true;
    for (const item of items) {
        yield `${first ? '' : ','}\n        ${at(item, 4)}`;
        first = false;
    }
    yield first ? ']' : '\n      ]';
}
/** The whole document as one string (the library's formatReport). */
export const jsonReporter = joined(jsonReportChunks);
