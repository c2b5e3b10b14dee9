import type { CallRecord, OutputRecord } from '../pairing.js';
/** `function_call "exec_command" (call_id call_1)` */
export declare function describeCall(call: CallRecord): string;
export declare function describeOutput(output: OutputRecord): string;
export declare const OUTSIDE_NOTE = " It is outside the history the model sees (replaced by a later compaction or rolled back).";
export declare const CHECKPOINT_NOTE = " It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite.";
