import { isUtf8 } from 'node:buffer';
import type { FormatAdapter, FormatName } from '../formats/format.js';
import { detectFormat, formatByName } from '../formats/registry.js';
import type { RawLine } from '../reading/line-splitter.js';
import { SEVERITY_RANK, type Diagnostic, type Severity } from './diagnostic.js';
import { LineSet } from './line-set.js';
import { PairingTracker } from './pairing.js';
import type { EndFacts, LineFacts, Rule, RuleContext, RuleHooks } from './rule.js';

export interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Severity;
}

export interface CheckerOptions {
  /** Display path, used in messages and by rules that look at the file name. */
  readonly path: string;
  readonly rules: readonly EnabledRule[];
  /** Force a format instead of detecting it from the first record. */
  readonly format?: FormatName;
  /** Compute each fixable diagnostic's repair. */
  readonly repairs?: boolean;
  readonly strategy?: 'placeholder' | 'truncate';
  readonly placeholderText?: string;
}

/** What the repairer needs to know about the file beyond the diagnostics. */
export interface FileFacts {
  readonly format?: FormatAdapter;
  readonly lines: number;
  readonly records: number;
  readonly paginated: boolean;
  readonly maxOrdinal?: number;
  /** Lines that hold a parsed record. */
  readonly recordLines: LineSet;
  /** Record lines without an ordinal. */
  readonly unnumberedLines: LineSet;
  readonly lastLineEol: '' | '\n' | '\r\n';
}

export interface CheckOutcome {
  readonly diagnostics: Diagnostic[];
  readonly facts: FileFacts;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

/**
 * Checks one file, line by line, without I/O: feed it every RawLine in order, then call end().
 * Holds only pairing state and the diagnostics found.
 */
export class FileChecker {
  readonly #diagnostics: Diagnostic[] = [];
  readonly #hooks: RuleHooks[] = [];
  readonly #tracker: PairingTracker;
  readonly #recordLines = new LineSet();
  readonly #unnumberedLines = new LineSet();
  #format: FormatAdapter | undefined;
  #lines = 0;
  #records = 0;
  #paginated: boolean | undefined;
  #maxOrdinal: number | undefined;
  #lastRecord: EndFacts['lastRecord'];
  #lastLineEol: FileFacts['lastLineEol'] = '\n';

  constructor(private readonly options: CheckerOptions) {
    if (options.format) this.#format = formatByName(options.format);
    const ruleOptions = { strategy: options.strategy ?? 'placeholder', placeholderText: options.placeholderText ?? 'aborted' };
    for (const { rule, severity } of options.rules) {
      const context: RuleContext = {
        path: options.path,
        format: () => this.#format,
        options: ruleOptions,
        report: (input) => {
          const fixable = rule.fixable && input.fixable !== false;
          const repair = fixable && options.repairs ? input.repair?.() : undefined;
          const downgraded = input.outsideHistory && SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? 'warning' : severity;
          this.#diagnostics.push({
            rule: rule.name,
            code: rule.code,
            severity: downgraded,
            line: input.line,
            message: input.message,
            ...(input.callId !== undefined && { callId: input.callId }),
            fixable,
            ...(repair && { repair }),
          });
        },
      };
      this.#hooks.push(rule.create(context));
    }
    this.#tracker = new PairingTracker((finding) => {
      for (const hooks of this.#hooks) hooks.pairing?.(finding);
    });
  }

  line(raw: RawLine): void {
    this.#lines = raw.number;
    this.#lastLineEol = raw.eol;
    let bytes = raw.bytes;
    const bom = raw.number === 1 && bytes.subarray(0, 3).equals(BOM);
    if (bom) bytes = bytes.subarray(3);
    const blank = isBlank(bytes);
    let value: unknown;
    let parseError: string | undefined;
    if (!blank) {
      ({ value, parseError } = parseRecord(bytes));
    }
    const facts: LineFacts = { number: raw.number, eol: raw.eol, bom, blank, ...(parseError !== undefined && { parseError }) };
    for (const hooks of this.#hooks) hooks.line?.(facts);
    if (!blank && parseError === undefined) this.#record(raw.number, value as object);
  }

  end(): CheckOutcome {
    this.#tracker.end();
    const facts: EndFacts = {
      lines: this.#lines,
      records: this.#records,
      ...(this.#lastRecord && { lastRecord: this.#lastRecord }),
      paginated: this.#paginated ?? false,
      ...(this.#maxOrdinal !== undefined && { maxOrdinal: this.#maxOrdinal }),
      turnBoundaries: this.#tracker.turnBoundaries,
    };
    for (const hooks of this.#hooks) hooks.end?.(facts);
    const order = new Map(this.options.rules.map(({ rule }, index) => [rule.name, index]));
    this.#diagnostics.sort((a, b) => a.line - b.line || order.get(a.rule)! - order.get(b.rule)!);
    return {
      diagnostics: this.#diagnostics,
      facts: {
        ...(this.#format && { format: this.#format }),
        lines: this.#lines,
        records: this.#records,
        paginated: this.#paginated ?? false,
        ...(this.#maxOrdinal !== undefined && { maxOrdinal: this.#maxOrdinal }),
        recordLines: this.#recordLines,
        unnumberedLines: this.#unnumberedLines,
        lastLineEol: this.#lastLineEol,
      },
    };
  }

  #record(line: number, value: object): void {
    this.#format ??= detectFormat(value);
    const format = this.#format;
    const info = format.classify(value);
    this.#records += 1;
    this.#recordLines.add(line);
    if (info.ordinal === undefined) this.#unnumberedLines.add(line);
    else this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
    if (info.header && this.#paginated === undefined) this.#paginated = info.header.paginated;
    this.#lastRecord = { line, ...(info.ordinal !== undefined && { ordinal: info.ordinal }) };
    const facts = { line, info, first: this.#records === 1 };
    for (const hooks of this.#hooks) hooks.record?.(facts);
    this.#tracker.record(line, info, () => format.timestampOf(value));
  }
}

function parseRecord(bytes: Buffer): { value?: unknown; parseError?: string } {
  if (!isUtf8(bytes)) return { parseError: 'not valid UTF-8' };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { parseError: describeJsonError(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { parseError: `a JSON ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}, not an object` };
  }
  return { value };
}

function describeJsonError(error: unknown): string {
  if (error instanceof RangeError) return 'too long to parse';
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes the whole input in some messages; keep the message one short line.
  return `invalid JSON (${message.replace(/\s+/g, ' ').slice(0, 120)})`;
}
