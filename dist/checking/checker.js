import { isUtf8 } from 'node:buffer';
import { FORMATS, detectFormat, fallbackFormat, formatByName } from '../formats/registry.js';
import { dialectViolation, scanDeferrals } from '../reading/json-dialect.js';
import { JsonScanner } from '../reading/json-scan.js';
import { startsWithBom, withoutBom } from '../reading/utf8-bom.js';
import { DiagnosticLog, filtered } from './diagnostic-list.js';
import { extendRun } from './diagnostic-runs.js';
import { SEVERITY_RANK, printable } from './diagnostic.js';
import unknownFormat from './rules/unknown-format.js';
/**
 * One scanner per format, shared by all checkers: a run over thousands of small files would otherwise
 * build one each. Sharing is safe as a scan and the reading of its fields happen within one line() call.
 */
const scanners = new WeakMap();
function scannerFor(format, scan) {
    let scanner = scanners.get(scan);
    if (!scanner)
        scanners.set(scan, (scanner = new JsonScanner(scan.fields, scanDeferrals(format.dialect))));
    return scanner;
}
/** How many records may pass before the format must be known. */
const DETECTION_RECORDS = 16;
function isBlank(bytes) {
    for (let i = 0; i < bytes.length; i += 1) {
        const byte = bytes[i];
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d)
            return false;
    }
    return true;
}
/**
 * Checks one file, line by line, without I/O: feed it every RawLine in order, then call end().
 * Holds only pairing state and the diagnostics found.
 */
export class FileChecker {
    options;
    #diagnostics;
    /** Where each rule's last diagnostic is in the log's batch in memory, for runs. */
    #lastOfRule = new Map();
    #hooks = [];
    /** The hooks that have a line (record) handler, so that each line calls only those. */
    #lineHooks;
    #recordHooks;
    #format;
    /** The format's history model, made when the format is known. */
    #history;
    #lines = 0;
    #records = 0;
    #lastRecordLine = 0;
    /** Records read before the format was known. */
    #undetected = [];
    #lastLineEol = '\n';
    /** The first line that starts at or after the pinned prefix. */
    #firstFreeLine;
    /** The fast path's scanner, once a line was scanned. */
    #scanner;
    /** The timestamp of the record the scanner read last. */
    #scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
    constructor(options) {
        this.options = options;
        if (options.format)
            this.#format = formatByName(options.format);
        // Diagnostics with repairs hold closures: they stay in memory (fix); a check's are written out when many.
        this.#diagnostics = new DiagnosticLog(new Map(options.rules.map(({ rule }, index) => [rule.name, index])), !options.repairs);
        this.#diagnostics.onSpill = () => this.#lastOfRule.clear();
        const ruleOptions = { strategy: options.strategy ?? 'placeholder', ...(options.placeholderText !== undefined && { placeholderText: options.placeholderText }) };
        for (const { rule, severity } of options.rules) {
            const context = {
                path: options.path,
                format: () => this.#format,
                history: () => this.#history,
                options: ruleOptions,
                report: (input) => {
                    const fixable = rule.fixable && input.fixable !== false;
                    const applicability = input.applicability ?? 'safe';
                    const repair = fixable && options.repairs && (applicability === 'safe' || options.unsafeFixes) ? input.repair?.() : undefined;
                    const downgraded = input.outsideHistory && SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? 'warning' : severity;
                    const diagnostic = {
                        rule: rule.name,
                        code: rule.code,
                        severity: downgraded,
                        line: input.line,
                        message: printable(input.message),
                        ...(input.callId !== undefined && { callId: input.callId }),
                        fixable,
                        ...(fixable && { applicability }),
                        ...(repair && { repair }),
                    };
                    // The same finding on the next line extends the rule's last one (a run), instead of adding one.
                    const batch = this.#diagnostics.batch;
                    const last = this.#lastOfRule.get(rule.name);
                    const run = last === undefined ? undefined : extendRun(batch[last], diagnostic);
                    if (run)
                        batch[last] = run;
                    else {
                        this.#lastOfRule.set(rule.name, batch.length);
                        this.#diagnostics.push(diagnostic);
                    }
                },
            };
            this.#hooks.push(rule.create(context));
        }
        this.#lineHooks = this.#hooks.filter((hooks) => hooks.line);
        this.#recordHooks = this.#hooks.filter((hooks) => hooks.record);
    }
    /** The history model of the file's format, made on its first record. */
    #historyOf(format) {
        return (this.#history ??= format.createHistory((finding) => {
            for (const hooks of this.#hooks)
                hooks.pairing?.(finding);
        }));
    }
    line(raw) {
        if (this.#firstFreeLine === undefined && this.options.pinnedPrefix && raw.offset >= this.options.pinnedPrefix.bytes)
            this.#firstFreeLine = raw.number;
        this.#lines = raw.number;
        this.#lastLineEol = raw.eol;
        let bytes = raw.bytes;
        const bom = raw.number === 1 && startsWithBom(bytes);
        if (bom)
            bytes = withoutBom(bytes);
        const blank = isBlank(bytes);
        let value;
        let parseError;
        let scanned;
        if (!blank) {
            const fields = this.#scanFields(bytes);
            // A scan that saw only ASCII has proven the bytes valid UTF-8.
            if (!fields?.ascii && !isUtf8(bytes))
                parseError = 'not valid UTF-8';
            else if (fields)
                scanned = this.#classify(fields);
            if (!scanned && parseError === undefined)
                ({ value, parseError } = this.#parse(bytes));
        }
        // Line rules hear only of lines with something to say: an ordinary line (an LF-terminated JSON object)
        // makes no object and no call.
        if (blank || bom || parseError !== undefined || raw.eol !== '\n') {
            const facts = { number: raw.number, eol: raw.eol, bom, blank, parseError };
            for (const hooks of this.#lineHooks)
                hooks.line(facts);
        }
        if (scanned) {
            this.#record(raw.number, scanned, this.#scannedTimestamp);
        }
        else if (!blank && parseError === undefined) {
            if (this.#format)
                this.#parsed(raw.number, value);
            else
                this.#detect(raw.number, value);
        }
    }
    #parsed(line, value) {
        const format = this.#format;
        this.#record(line, format.classify(value), () => format.timestampOf(value));
    }
    /**
     * Looks past the first records for one that tells the format (a few rows of other kinds may come
     * first); the records held meanwhile are checked once it is known. Without one, a record of the
     * Codex envelope's types makes it a Codex rollout, and otherwise the file is of no format this tool
     * knows.
     */
    #detect(line, value) {
        if (value !== undefined)
            this.#undetected.push({ line, value });
        const format = value === undefined ? undefined : detectFormat(value);
        if (!format && value !== undefined && this.#undetected.length < DETECTION_RECORDS)
            return;
        this.#format = format ?? fallbackFormat(this.#undetected.map((record) => record.value));
        const held = this.#undetected.splice(0);
        if (!this.#format) {
            this.#records += held.length;
            if (held.length > 0)
                this.#lastRecordLine = held.at(-1).line;
            return;
        }
        for (const record of held)
            this.#parsed(record.line, record.value);
    }
    /**
     * The fast path: a line the format can classify from a few scanned fields is neither decoded nor
     * parsed. #scanFields gives the scanned fields, undefined when only JSON.parse can tell (the line is
     * invalid, not an object, or the format has no fast path); #classify, the record's info from them,
     * undefined when its content matters. Before the format is known, the first record is scanned as the
     * most specific format, the first detectFormat tries: when it matches, that is the file's format.
     */
    #scanFields(bytes) {
        const format = this.#format ?? FORMATS[0];
        const scan = format.scan;
        // While records are held for detection, each record goes through it in order.
        if (!scan || this.options.exact || (!this.#format && this.#undetected.length > 0))
            return undefined;
        const scanner = (this.#scanner = scannerFor(format, scan));
        return scanner.scan(bytes) ? scanner : undefined;
    }
    #classify(scanner) {
        const format = this.#format ?? FORMATS[0];
        const scan = format.scan;
        if (!this.#format && !scan.matches(scanner))
            return undefined;
        const info = scan.classify(scanner);
        if (info)
            this.#format = format;
        return info;
    }
    /** The exact path: JSON.parse, then what the format's client rejects beyond it. */
    #parse(bytes) {
        const parsed = parseRecord(bytes);
        if (parsed.value === undefined)
            return parsed;
        const dialect = (this.#format ?? detectFormat(parsed.value))?.dialect;
        const rejected = dialect && dialectViolation(parsed.text, parsed.value, dialect);
        return rejected === undefined ? parsed : { parseError: rejected };
    }
    end() {
        this.#scanner?.release();
        if (this.#undetected.length > 0)
            this.#detect(0, undefined);
        this.#history?.end();
        const facts = {
            lines: this.#lines,
            records: this.#records,
            ...(this.#records > 0 && { lastRecord: { line: this.#lastRecordLine } }),
            turnBoundaries: this.#history?.turnBoundaries ?? [],
        };
        for (const hooks of this.#hooks)
            hooks.end?.(facts);
        let diagnostics = this.#diagnostics.finish();
        // A file of no known format is reported only as such: its lines mean nothing to the other rules.
        if (!this.#format && this.#records > 0)
            diagnostics = filtered(diagnostics, (diagnostic) => diagnostic.rule === unknownFormat.name);
        return {
            diagnostics,
            facts: {
                ...(this.#format && { format: this.#format }),
                ...(this.#history && { history: this.#history }),
                lines: this.#lines,
                records: this.#records,
                lastLineEol: this.#lastLineEol,
                ...(this.options.pinnedPrefix && {
                    pinned: { firstFreeLine: this.#firstFreeLine ?? this.#lines + 1, reason: this.options.pinnedPrefix.reason },
                }),
            },
        };
    }
    #record(line, info, timestamp) {
        this.#records += 1;
        this.#lastRecordLine = line;
        const facts = { line, info, first: this.#records === 1 };
        for (const hooks of this.#recordHooks)
            hooks.record(facts);
        this.#historyOf(this.#format).record(line, info, timestamp);
    }
}
/** JSON.parse, for valid UTF-8. */
function parseRecord(bytes) {
    let value;
    let text;
    try {
        text = bytes.toString('utf8');
        value = JSON.parse(text);
    }
    catch (error) {
        return { parseError: describeJsonError(error) };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { parseError: `a JSON ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}, not an object` };
    }
    return { value, text };
}
function describeJsonError(error) {
    if (error instanceof RangeError)
        return 'too long to parse';
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes the whole input in some messages; keep the message one short line.
    return `invalid JSON (${message.replace(/\s+/g, ' ').slice(0, 120)})`;
}
