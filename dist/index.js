/**
 * session-doctor's library API: check and repair agent session files from other tools.
 *
 *   import { check, fix, rules } from 'session-doctor';
 *   const run = await check('~/.codex/sessions');              // files and folders
 *   const report = await check({ content: text });            // a string, Buffer or stream
 *   const { content } = await fix({ content: text });          // the repaired bytes
 *
 * The CLI is built on the same functions (checkFile, runCheck and fixFile).
 */
import { Chalk } from 'chalk';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { asReport, checkFile, runCheck } from './checking/check-source.js';
import { RULES } from './checking/rules/index.js';
import { selectRules } from './checking/select-rules.js';
import { InputError } from './reading/input-error.js';
import { findSessionFiles } from './reading/find-session-files.js';
import { fixFile } from './repairing/fix-file.js';
import { FIX_IN_FLIGHT, inFlight, sizeOnDisk } from './repairing/in-flight.js';
import { REPORTERS, REPORT_FORMATS } from './reporting/index.js';
import { JSON_REPORT_VERSION } from './reporting/json.js';
import { isUnreadable, summarize } from './reporting/results.js';
import { VERSION } from './version.js';
import { validateOptions } from './library-options.js';
export { UnknownRuleError } from './checking/select-rules.js';
export { InputError } from './reading/input-error.js';
export { FixRefusedError } from './repairing/fix-file.js';
export { loadConfig } from './config/load-config.js';
export { ConfigError } from './config/errors.js';
export { JSON_REPORT_VERSION, REPORT_FORMATS, VERSION };
/** Every rule, in code order. */
export const rules = Object.freeze(RULES.map(({ name, code, severity, fixable, summary, explanation }) => Object.freeze({ name, code, severity, fixable, summary, explanation })));
const isContentSource = (source) => typeof source === 'object' && source !== null && !Array.isArray(source) && 'content' in source;
export async function check(source, options = {}) {
    validateOptions('check', options, { content: isContentSource(source) });
    const { onFile, ...checkOptions } = options;
    selectRules(checkOptions);
    if (isContentSource(source))
        return asReport((await runCheck(source.path ?? '-', chunksOf(source.content), checkOptions)).report);
    return runOnFiles(source, (path) => checkFile(path, checkOptions), onFile, checkOptions.signal);
}
export async function fix(source, options = {}) {
    validateOptions('fix', options, { content: isContentSource(source) });
    const { onFile, ...fixOptions } = options;
    selectRules(fixOptions);
    if (isContentSource(source))
        return fixContent(source, fixOptions);
    // Several files at once (src/repairing/in-flight.ts), unless each hunk of a diff goes to onDiff as it is made.
    const limits = fixOptions.onDiff ? { files: 1, bytes: 0 } : FIX_IN_FLIGHT;
    return runOnFiles(source, (path) => fixFile(path, fixOptions), onFile, fixOptions.signal, limits, (count) => {
        if (fixOptions.output !== undefined && count > 1)
            throw new TypeError('fix: `output` names one destination, but more than one file was given');
    });
}
async function fixContent(source, options) {
    const folder = await mkdtemp(join(tmpdir(), 'session-doctor-'));
    try {
        // fix reads its input twice (plan, then apply): a stream is spooled to a private temp file first.
        const copy = join(folder, 'input.jsonl');
        await writeFile(copy, source.content, { mode: 0o600 });
        const parts = [];
        const sink = new Writable({
            write(chunk, _encoding, done) {
                parts.push(chunk);
                done();
            },
        });
        const { written: _written, ...report } = await fixFile(copy, {
            ...options,
            inPlace: false,
            dryRun: false,
            displayPath: source.path ?? '-',
            output: sink,
        });
        return { report, content: Buffer.concat(parts) };
    }
    finally {
        await rm(folder, { recursive: true, force: true });
    }
}
async function runOnFiles(paths, work, onFile, signal, limits = { files: 1, bytes: 0 }, beforeStart) {
    signal?.throwIfAborted();
    const inputs = await findSessionFiles(typeof paths === 'string' ? [paths] : paths);
    beforeStart?.(inputs.length);
    const files = [];
    const sizeOf = (index) => (limits.files > 1 ? sizeOnDisk(inputs[index].path) : 0);
    await inFlight(inputs.length, sizeOf, async (index) => {
        const input = inputs[index];
        signal?.throwIfAborted();
        onFile?.(input.path, index, inputs.length);
        if ('error' in input) {
            files[index] = { path: input.path, error: input.error.message };
            return;
        }
        try {
            files[index] = await work(input.path);
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            files[index] = { path: input.path, error: error.message };
        }
    }, limits);
    const summary = summarize(files);
    return { ok: summary.errors === 0 && summary.unreadable === 0, files, summary };
}
async function* chunksOf(content) {
    if (typeof content === 'string')
        yield Buffer.from(content);
    else if (content instanceof Uint8Array)
        yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    else
        for await (const chunk of content)
            yield typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
/** Renders a run in one of the CLI's formats: stylish, json, compact, sarif, github or junit. */
export function formatReport(run, format, options = {}) {
    const reporter = REPORTERS[format];
    if (!reporter)
        throw new TypeError(`unknown format "${String(format)}" (choose from ${REPORT_FORMATS.join(', ')})`);
    const files = run.files;
    return reporter(files, {
        command: options.command ?? 'check',
        summary: summarize(files),
        chalk: new Chalk({ level: options.color ? 1 : 0 }),
        toolVersion: VERSION,
        ...(options.cwd !== undefined && { cwd: options.cwd }),
        ...(options.root !== undefined && { root: options.root }),
    });
}
export { isUnreadable };
