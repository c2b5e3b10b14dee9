import type { PairingFinding } from '../history.js';
import type { ClaudeHistory } from './chain.js';
import type { ClaudeFinding } from './findings.js';
/**
 * The messages the client sends, from the conversation's entries: consecutive user lines (attachments
 * too) merge, and so do assistant lines of one message.id, also when tool_result lines sit between them
 * (2.1.332 runs a tool while the message still streams and writes its result before the message's next
 * tool_use line: it sends one assistant message and one user message of all the results, observed).
 * Message g holds members[start[g] .. start[g + 1]).
 */
export declare class Messages {
    readonly count: number;
    readonly start: Int32Array;
    readonly members: Int32Array;
    readonly assistant: Uint8Array;
    constructor(h: ClaudeHistory, path: readonly number[]);
}
/** The tool_use entries of each message.id, in file order: entries[start[m] .. start[m + 1]). */
export declare class CallsByMessage {
    readonly entries: Int32Array;
    readonly start: Int32Array;
    constructor(h: ClaudeHistory);
}
type Emit = (finding: ClaudeFinding | PairingFinding) => void;
/**
 * Pairs the calls and results of the conversation as the client sends it: each tool_use must be answered
 * in the very next user message. Result lines that hang off a tool_use line join the user message after
 * it (one is made if none follows). Ids are numbers here (ToolItems' codes) and every table is a typed
 * array, so that a long conversation costs a few numbers per entry and per call.
 */
export declare class Pairing {
    #private;
    private readonly h;
    private readonly messages;
    private readonly onPath;
    private readonly callsByMessage;
    /** The entry is behind a cut that fix re-links: not sent now, so its findings are outside the history. */
    private readonly behindCut;
    private readonly emit;
    constructor(h: ClaudeHistory, messages: Messages, onPath: Uint8Array, callsByMessage: CallsByMessage, 
    /** The entry is behind a cut that fix re-links: not sent now, so its findings are outside the history. */
    behindCut: (e: number) => boolean, emit: Emit);
    run(): void;
}
export {};
