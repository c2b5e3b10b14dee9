import type { FormatAdapter, HistoryModel, RecordInfo } from '../formats/format.js';
import type { HistoryFinding } from '../formats/history.js';
import type { Repair } from '../repairing/edits.js';
import type { Applicability, Severity } from './diagnostic.js';
export interface RuleMeta {
    /** Stable public name, used in output, config, --select and --ignore. */
    readonly name: string;
    /** Stable short code (SD + digits); a prefix such as SD1 selects a group. */
    readonly code: string;
    readonly severity: Severity;
    /** Whether `fix` can repair it (some occurrences may still be ambiguous). */
    readonly fixable: boolean;
    /** A fixable rule's fixes: safe (the default), unsafe (only with --unsafe-fixes), or it depends on the repair. */
    readonly fixSafety?: 'safe' | 'unsafe' | 'depends';
    /** One line: what is wrong. */
    readonly summary: string;
    /** One paragraph: why it matters to the client, and what `fix` does. */
    readonly explanation: string;
}
export interface LineFacts {
    readonly number: number;
    readonly eol: '' | '\n' | '\r\n';
    readonly bom: boolean;
    readonly blank: boolean;
    /** Why the line is not a JSON object, when it is not (and is not blank). */
    readonly parseError?: string;
}
/** A record, for the hooks: the object is refilled for the next record, so a hook reads it and does not keep it. */
export interface RecordFacts {
    readonly line: number;
    readonly info: RecordInfo;
}
export interface EndFacts {
    readonly lines: number;
    readonly records: number;
    readonly lastRecord?: {
        readonly line: number;
    };
    /** Lines of turn boundaries (where user turns start or end), ascending. */
    readonly turnBoundaries: readonly number[];
}
export interface ReportInput {
    readonly line: number;
    readonly message: string;
    readonly callId?: string;
    /** Outside the history the model sees: reported at most as a warning. */
    readonly outsideHistory?: boolean;
    /** False when this occurrence cannot be repaired at all (the message says why). */
    readonly fixable?: boolean;
    /**
     * `safe` (the default): the repair gives the model exactly what the client would show it. `unsafe`: it
     * changes what the model sees, or drops content that is not a verbatim duplicate; applied only when
     * unsafe fixes are asked for (`--unsafe-fixes`, the library's `unsafeFixes`).
     */
    readonly applicability?: Applicability;
    /** Called only when repairs were asked for. */
    readonly repair?: () => Repair | undefined;
}
export interface RuleContext {
    readonly path: string;
    /** The detected (or forced) format; set from the first record on. */
    readonly format: () => FormatAdapter | undefined;
    /** The file's history model; set from the first record on. */
    readonly history: () => HistoryModel | undefined;
    /** placeholderText: the output text of placeholders, when not the client's own. */
    readonly options: {
        readonly strategy: 'placeholder' | 'truncate';
        readonly placeholderText?: string;
    };
    /** Whether the named rule runs on this file: a repair that depends on another rule's needs that rule on. */
    runs(rule: string): boolean;
    report(input: ReportInput): void;
}
export interface RuleHooks {
    /**
     * Called for the lines a line rule can have something to say about: blank, starting with a byte order
     * mark, not ending in LF (CRLF, or the last line without a newline), or not a JSON object. An ordinary
     * line (a JSON object ending in LF) is not passed: the checker's fast path makes nothing for it.
     */
    line?(facts: LineFacts): void;
    /** Called for every record; a rule that needs only some makes no record hook when it needs none. */
    record?(facts: RecordFacts): void;
    /** Called for the file's first record only, before record. */
    firstRecord?(facts: RecordFacts): void;
    /** What the format's history model found (pairing findings, and the format's own). */
    pairing?(finding: HistoryFinding): void;
    end?(facts: EndFacts): void;
}
export interface Rule extends RuleMeta {
    /** Makes the per-file hooks; rule state lives in the closure. */
    create(context: RuleContext): RuleHooks;
}
export declare const defineRule: (rule: Rule) => Rule;
