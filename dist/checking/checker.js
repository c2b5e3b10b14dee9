import { isUtf8 } from 'node:buffer';
import { FORMATS, detectFormat, fallbackFormat, formatByName } from '../formats/registry.js';
import { dialectViolation, scanDeferrals } from '../reading/json-dialect.js';
import { ASCII, BLANK, NEED_MORE, NON_ASCII, UNDECIDED } from '../reading/json-kernel/kernel.js';
import { JsonScanner } from '../reading/json-scan.js';
import { Carry } from '../reading/carry.js';
import { LineSplitter } from '../reading/line-splitter.js';
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
const LF = 0x0a;
const EOLS = ['', '\n', '\r\n'];
const NO_BYTES = Buffer.alloc(0);
function isBlank(bytes) {
    for (let i = 0; i < bytes.length; i += 1) {
        const byte = bytes[i];
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d)
            return false;
    }
    return true;
}
/**
 * Checks one file without I/O: feed it the file's bytes in chunks (push), or every RawLine in order (line),
 * then call end(). Holds only pairing state, the diagnostics found and the start of a line that goes on in
 * the next chunk.
 */
export class FileChecker {
    options;
    #diagnostics;
    /** Where each rule's last diagnostic is in the log's batch in memory, for runs. */
    #lastOfRule = new Map();
    #hooks = [];
    /** Whether the named rule is one of this check's. */
    #runs;
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
    /** Pushed chunks: the start of a line that goes on in the next chunk, the lines and bytes taken so far. */
    #carry = new Carry();
    #pushedLines = 0;
    #pushedBytes = 0;
    /** Splits pushed chunks when the kernel cannot (no WebAssembly, the exact path, a line too long for it). */
    #splitter;
    #visit = (raw) => this.line(raw);
    #facts;
    /** The timestamp of the record the scanner read last. */
    #scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
    constructor(options) {
        this.options = options;
        if (options.format)
            this.#format = formatByName(options.format);
        this.#diagnostics = new DiagnosticLog(new Map(options.rules.map(({ rule }, index) => [rule.name, index])));
        this.#diagnostics.onSpill = () => this.#lastOfRule.clear();
        const running = new Set(options.rules.map(({ rule }) => rule.name));
        this.#runs = (name) => running.has(name);
        const ruleOptions = { strategy: options.strategy ?? 'placeholder', ...(options.placeholderText !== undefined && { placeholderText: options.placeholderText }) };
        for (const { rule, severity } of options.rules) {
            const context = {
                path: options.path,
                format: () => this.#format,
                history: () => this.#history,
                options: ruleOptions,
                runs: this.#runs,
                report: (input) => {
                    const fixable = rule.fixable && input.fixable !== false;
                    const applicability = input.applicability ?? 'safe';
                    const repair = fixable && options.repairs && (applicability === 'safe' || options.unsafeFixes) ? input.repair?.() : undefined;
                    if (repair)
                        options.onRepair?.();
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
                    if (last === undefined || !extendRun(batch[last], diagnostic)) {
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
    /** The file's format, once it was forced or its first records told it. */
    get format() {
        return this.#format;
    }
    /** The history model of the file's format, made on its first record. */
    #historyOf(format) {
        return (this.#history ??= format.createHistory((finding) => {
            for (const hooks of this.#hooks)
                hooks.pairing?.(finding);
        }, { repairs: this.options.repairs === true, runs: this.#runs }));
    }
    /**
     * The next chunk of the file. The kernel finds, splits and scans its lines where they lie (no line is
     * split, copied or scanned one by one in JavaScript); a chunk with no line end is only carried.
     */
    push(chunk) {
        const scanner = this.#splitter ? undefined : this.#kernelScanner();
        if (!scanner)
            return this.#split(chunk);
        const lastLineEnd = chunk.lastIndexOf(LF);
        if (lastLineEnd === -1)
            return this.#carry.append(chunk);
        const carried = this.#carry.length;
        if (!scanner.load(this.#carry.bytes(), chunk))
            return this.#split(chunk);
        // UTF-8 holds for every line of a text that is valid UTF-8 (lines end at an ASCII byte).
        const utf8 = isUtf8(scanner.input.subarray(0, carried + lastLineEnd + 1));
        this.#carry.clear();
        this.#takeLines(scanner, false, utf8);
    }
    /**
     * The lines of the scanner's input, as far as they are whole (all of them when `final`); `utf8` when its
     * whole lines were checked at once and are valid UTF-8 (no line needs its own check).
     */
    #takeLines(scanner, final, utf8) {
        const format = this.#format;
        for (let result = scanner.nextLine(final); result !== NEED_MORE; result = scanner.nextLine(final)) {
            this.#scannedLine(scanner, result, utf8);
            // Once the format is known, its scanner reads on.
            if (this.#format === format)
                continue;
            const next = this.#kernelScanner();
            if (next === scanner)
                continue;
            const rest = scanner.rest();
            if (!next?.load(rest, NO_BYTES))
                return this.#split(rest, final);
            scanner = next;
        }
        this.#carry.append(scanner.rest());
    }
    /** Lines split in JavaScript from here on, numbered on from the lines taken. */
    #split(chunk, final = false) {
        if (!this.#splitter) {
            this.#splitter = new LineSplitter(undefined, { number: this.#pushedLines, offset: this.#pushedBytes });
            this.#splitter.push(this.#carry.bytes(), this.#visit);
            this.#carry.clear();
        }
        this.#splitter.push(chunk, this.#visit);
        if (final)
            this.#splitter.end(this.#visit);
    }
    /** The scanner that reads pushed chunks: that of the file's format, or of the first one tried; undefined when the kernel cannot. */
    #kernelScanner() {
        const format = this.#format ?? FORMATS[0];
        if (!format.scan || this.options.exact)
            return undefined;
        const scanner = scannerFor(format, format.scan);
        return scanner.engine === 'wasm' ? scanner : undefined;
    }
    #scannedLine(scanner, result, utf8) {
        const line = scanner.line;
        const start = line[0];
        const end = line[1];
        const eol = EOLS[line[2]];
        const number = (this.#pushedLines += 1);
        const offset = this.#pushedBytes;
        this.#pushedBytes += end - start + eol.length;
        this.#scanner = scanner;
        // A first line that starts with a byte order mark is no object to the kernel. It is not scanned again
        // (the kernel's input holds the chunk): the exact path decides it.
        if (number === 1 && result === UNDECIDED && startsWithBom(scanner.input.subarray(start, end))) {
            const bytes = withoutBom(scanner.input.subarray(start, end));
            return this.#decide(number, offset, eol, bytes, 0, bytes.length, true, isBlank(bytes), undefined, utf8);
        }
        const fields = (result === ASCII || result === NON_ASCII) && this.#scanning() ? scanner : undefined;
        this.#decide(number, offset, eol, scanner.input, start, end, false, result === BLANK, fields, utf8);
    }
    line(raw) {
        const bom = raw.number === 1 && startsWithBom(raw.bytes);
        const bytes = bom ? withoutBom(raw.bytes) : raw.bytes;
        const blank = isBlank(bytes);
        this.#decide(raw.number, raw.offset, raw.eol, bytes, 0, bytes.length, bom, blank, blank ? undefined : this.#scanFields(bytes), false);
    }
    /**
     * One line, input[start, end) (after a byte order mark, when `bom`): `blank` and `fields` as the scan
     * found them (without fields, the exact path decides); `utf8` when it is known to be valid UTF-8.
     */
    #decide(number, offset, eol, input, start, end, bom, blank, fields, utf8) {
        if (this.#firstFreeLine === undefined && this.options.pinnedPrefix && offset >= this.options.pinnedPrefix.bytes)
            this.#firstFreeLine = number;
        this.#lines = number;
        this.#lastLineEol = eol;
        let bytes;
        let value;
        let parseError;
        let scanned;
        if (!blank) {
            // A scan that saw only ASCII has proven the bytes valid UTF-8.
            if (!utf8 && !fields?.ascii && !isUtf8((bytes ??= input.subarray(start, end))))
                parseError = 'not valid UTF-8';
            else if (fields)
                scanned = this.#classify(fields);
            if (!scanned && parseError === undefined)
                ({ value, parseError } = this.#parse((bytes ??= input.subarray(start, end))));
        }
        // Line rules hear only of lines with something to say: an ordinary line (an LF-terminated JSON object)
        // makes no object and no call.
        if (blank || bom || parseError !== undefined || eol !== '\n') {
            const facts = { number, eol, bom, blank, parseError };
            for (const hooks of this.#lineHooks)
                hooks.line(facts);
        }
        if (scanned) {
            this.#record(number, scanned, this.#scannedTimestamp);
        }
        else if (!blank && parseError === undefined) {
            if (this.#format)
                this.#parsed(number, value);
            else
                this.#detect(number, value);
        }
    }
    /** The last line of pushed chunks, when the file does not end with a line end. */
    #endPushed() {
        if (this.#splitter)
            return this.#splitter.end(this.#visit);
        if (this.#carry.length === 0)
            return;
        const scanner = this.#kernelScanner();
        const rest = this.#carry.bytes();
        this.#carry.clear();
        if (scanner?.load(rest, NO_BYTES))
            this.#takeLines(scanner, true, false);
        else
            this.#split(rest, true);
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
        if (!this.#scanning())
            return undefined;
        const format = this.#format ?? FORMATS[0];
        const scanner = (this.#scanner = scannerFor(format, format.scan));
        return scanner.scan(bytes) ? scanner : undefined;
    }
    /** Whether a line's scanned fields may be used. While records are held for detection, each record goes through it in order. */
    #scanning() {
        return (this.#format ?? FORMATS[0]).scan !== undefined && !this.options.exact && !(!this.#format && this.#undetected.length > 0);
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
        this.#endPushed();
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
        // One facts object, refilled for each record (the hooks read it during the call: see RecordFacts).
        const facts = (this.#facts ??= { line, info });
        facts.line = line;
        facts.info = info;
        if (this.#records === 1)
            for (const hooks of this.#hooks)
                hooks.firstRecord?.(facts);
        for (const hooks of this.#recordHooks)
            hooks.record(facts);
        this.#historyOf(this.#format).record(line, info, timestamp);
    }
}
/** JSON.parse, for valid UTF-8. */
function parseRecord(bytes) {
    let value;
    let text;
    // Only a failure's message is read: capturing its stack was a third of the cost of a broken line.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        text = bytes.toString('utf8');
        value = JSON.parse(text);
    }
    catch (error) {
        return { parseError: describeJsonError(error) };
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
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
