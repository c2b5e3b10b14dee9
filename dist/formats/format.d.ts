import type { JsonDialect } from '../reading/json-dialect.js';
import type { FieldList } from '../reading/field-list.js';
import type { ScannedFields } from '../reading/json-scan.js';
import type { Diagnostic } from '../checking/diagnostic.js';
import type { Edit, Repair } from '../repairing/edits.js';
import type { CallRecord, HistoryFinding, OutputRecord } from './history.js';
/**
 * The one interface between the format-agnostic checker/repairer and a session format. An adapter turns
 * a parsed JSON line into a RecordInfo (what the checker and the format's own rules need to know about
 * it); its history model turns the file's records into the conversation the client would show the model
 * and reports what does not pair, where. Nothing outside a format's folder knows a record's shape.
 */
export interface CallItem {
    readonly role: 'call';
    readonly callId: string;
    /** The item type as written, e.g. `function_call`, `tool_use`. */
    readonly kind: string;
    /** The output kind that answers this call. */
    readonly expects: string;
    /** The item's own id (not the call id), when the file has one. */
    readonly itemId?: string;
    /** The tool's name, for messages. */
    readonly name?: string;
}
export interface OutputItem {
    readonly role: 'output';
    readonly callId: string;
    readonly kind: string;
}
/** An output that cannot be paired because it has no call id (the API rejects it). */
export interface UnpairableOutputItem {
    readonly role: 'unpairable-output';
    readonly kind: string;
}
/** Other history items: only what pairing, truncation and turn tracking need to tell apart. */
export interface PlainItem {
    readonly role: 'reasoning' | 'user-message' | 'other';
}
export type HistoryItem = CallItem | OutputItem | UnpairableOutputItem | PlainItem;
/** What every format says about a record; a format's own rules may read the fields its adapter adds. */
export interface RecordInfo {
    /** Short type label for messages and statistics, e.g. `response_item/function_call`. */
    readonly label: string;
    /** False for a record type this format does not know (passed through untouched). */
    readonly known: boolean;
    /** History items this record adds, in order. */
    readonly items: readonly HistoryItem[];
    /** Items that replace the whole history before this record (a compaction that keeps them). */
    readonly replacesHistory?: readonly HistoryItem[];
    /** Why this record does not fit its schema (the client would skip or reject it). */
    readonly invalid?: string;
}
export interface PlaceholderOptions {
    /** The output text; each format has its client's own by default. */
    readonly text?: string;
}
/** How the shared pairing rules name things in this format's own words. */
export interface FormatWords {
    /** The field that holds a call's id, e.g. `call_id`. */
    readonly callKey: string;
    /** The field by which an output names its call, e.g. `call_id`. */
    readonly outputKey: string;
    /** Appended to a finding outside the history the model sees. */
    readonly outsideNote: string;
    /** Appended to a finding inside a record that fix does not rewrite. */
    readonly embeddedNote: string;
}
/** The repair plan of one file as the rules left it, for a format's history model to complete. */
export interface PlanDraft {
    /** The number of lines in the file. */
    readonly lines: number;
    /** The line is not written (removed or truncated). */
    readonly removed: (line: number) => boolean;
    /** Lines inserted after a line are dropped with it only when it is truncated. */
    readonly truncated: (line: number) => boolean;
    /**
     * The inserts after the last line (not truncated) that has any, the only ones a completion may see: its
     * last insert may be replaced. No line after it has inserts.
     */
    readonly insertsAfter: ReadonlyMap<number, string[]>;
    /** The file's diagnostics on one line (a pass over all of them: ask of a line or two); those with a repair are planned. */
    diagnosticsAt(line: number): readonly Diagnostic[];
}
/** Edits a format makes to every repaired file, and the diagnostics they repair that no rule reported. */
export interface PlanCompletion {
    readonly edits: readonly Edit[];
    readonly repaired: readonly Diagnostic[];
}
/**
 * One file's history, as the format's client rebuilds it. It is fed every record in order and reports
 * findings, as soon as it knows them or at the end of the file (a format whose history is only known
 * at the end, such as a chain walked back from the last entry, reports everything then). Its memory
 * must stay bounded by a few numbers per record, never by bytes.
 */
export interface HistoryModel {
    record(line: number, info: RecordInfo, timestamp: () => string | undefined): void;
    /** Reports the findings that remain; called once, after the last record. */
    end(): void;
    /** Lines of turn boundaries (where a user turn starts or ends), ascending; valid after end(). */
    readonly turnBoundaries: readonly number[];
    /** The line to write for an output answering `call` in the client's own way, and where. */
    placeholder(call: CallRecord, options: PlaceholderOptions): Repair | undefined;
    /** The edits that take out an output (and re-link whatever hangs off its line). */
    removeOutput(output: OutputRecord, what: string): Repair | undefined;
    /** The edits that give a call that repeats an earlier call's id (`first`), and the outputs that answer it, an id of their own; absent where a format cannot tell them apart. */
    renameCall?(call: CallRecord, first: CallRecord): Repair | undefined;
    /** Edits every repair of this file must carry too (Codex: the final record's ordinal). */
    completePlan?(draft: PlanDraft): PlanCompletion;
}
export type FindingSink = (finding: HistoryFinding) => void;
export interface HistoryOptions {
    /** Repairs are planned from this history: keep what only they use (such as the time of each call, for its placeholder). */
    readonly repairs: boolean;
    /**
     * Whether the named rule runs on this file (default: every rule). A repair that depends on another rule's
     * (a rename decided as removals leave the file) must not count on a rule that is off.
     */
    readonly runs?: (rule: string) => boolean;
}
export type { FormatName } from './names.js';
import type { FormatName } from './names.js';
/**
 * The fast path of a format: most records are classified from a few fields that a scan of the line picks
 * out (src/reading/json-scan.ts), without decoding or parsing the line. Only records that need their whole
 * value (schema checks of nested content, message text) are parsed.
 */
export interface ScanClassifier {
    /** The fields to pick out of each line (see FieldList); classify and the others read them by their numbers in it. */
    readonly fields: FieldList;
    /**
     * Exactly what `classify` returns for the record, worked out from its fields alone; undefined when that
     * takes the whole record.
     */
    classify(fields: ScannedFields): RecordInfo | undefined;
    /** Exactly what `matches` says of the record, for the first record of a file. */
    matches(fields: ScannedFields): boolean;
    /** Exactly what `timestampOf` returns for the record. */
    timestampOf(fields: ScannedFields): string | undefined;
}
/**
 * Says whether a running client process owns the session file at `path` (for example from a pid file the
 * client keeps while it runs), and which, among `processes` (listed by the guard for this look). Must not
 * throw; undefined when no live owner is known. The generic guard (src/repairing/live-guard.ts) already
 * finds processes holding the file open for writing.
 */
export type LiveSessionProbe = (path: string, processes: ProcessTable) => Promise<LiveSessionOwner | undefined>;
/** The other processes of this machine at one look (src/repairing/processes.ts), for a LiveSessionProbe. */
export interface ProcessTable {
    /** False where processes cannot be listed (no /proc): then `pids` is empty and nothing is known of any. */
    readonly listed: boolean;
    readonly pids: readonly number[];
    /** A process's command line; empty once it has ended. */
    argv(pid: number): readonly string[];
    /** A process's working folder, when it can be read. */
    cwd(pid: number): string | undefined;
    /** A process's name (/proc/<pid>/comm); undefined once it has ended. */
    name(pid: number): string | undefined;
    /** The starttime field of a process's /proc/<pid>/stat; undefined once it has ended. */
    startTime(pid: number): string | undefined;
}
export interface LiveSessionOwner {
    readonly pid: number;
    /** The client's name, for the refusal (`claude`). */
    readonly name: string;
    /** What shows it, for the refusal: e.g. `owns the session (~/.claude/sessions/4242.json)`. */
    readonly evidence: string;
}
export interface FormatAdapter {
    readonly name: FormatName;
    readonly description: string;
    readonly words: FormatWords;
    /** Whether a parsed first record looks like this format. */
    matches(value: object): boolean;
    /** Describes one parsed record. Must not throw. */
    classify(value: object): RecordInfo;
    /** The timestamp to reuse for lines inserted after this record, if it has one. */
    timestampOf(value: object): string | undefined;
    /** The fast path, for formats that have one. */
    readonly scan?: ScanClassifier;
    /** The client reads a first line that starts with a UTF-8 byte order mark. */
    readonly toleratesBom?: boolean;
    /** A new history model for one file, reporting to `emit`. */
    createHistory(emit: FindingSink, options: HistoryOptions): HistoryModel;
    /** How the client's JSON reader is stricter than JSON.parse; a line it rejects is malformed. Default: none. */
    readonly dialect?: JsonDialect;
    /**
     * Evidence beyond open file descriptors that a running client owns this session file (a client that
     * opens, appends and closes, and marks its live sessions elsewhere). Asked before a file is replaced.
     */
    readonly liveSession?: LiveSessionProbe;
    /** How files of this format depend on each other (Codex forks read their parent by byte offset). */
    readonly links?: FileLinks;
}
/** Other files read this one up to a byte offset: no repair may change or move a byte before it. */
export interface PinnedPrefix {
    readonly bytes: number;
    /** Why, naming the files that read it and what they would lose: appended to what is left unrepaired. */
    readonly reason: string;
}
/**
 * What a format learns about a file from the files around it. Only the edges call it (checkFile and
 * fixFile, which read files anyway); the checker and the planner stay pure.
 */
export interface FileLinks {
    /** The rule the problems of `check` are reported under (its per-file hooks do nothing). */
    readonly rule: string;
    /**
     * Problems with what this file reads from other files: a fork whose parent is gone or too short.
     * `history` is the file's, as its check rebuilt it (what the file itself says it reads). `run` stands
     * for the run (the same object for every file of one check or fix), for what may be looked up once per run.
     */
    check(path: string, history: HistoryModel | undefined, run: object): Promise<readonly {
        readonly line: number;
        readonly message: string;
    }[]>;
    /** The prefix of this file that other files read by offset, if any; `run` as for check. */
    pinnedPrefix(path: string, run: object): Promise<PinnedPrefix | undefined>;
}
