import type { FormatWords } from '../../formats/format.js';
import type { CallRecord, OutputRecord } from '../../formats/history.js';
import type { RuleContext } from '../rule.js';
/** The words of the file's format: pairing findings come only once its first record set the format. */
export declare function wordsOf(context: RuleContext): FormatWords;
/** `function_call "exec_command" (call_id call_1)` */
export declare function describeCall(call: CallRecord, words: FormatWords): string;
export declare function describeOutput(output: OutputRecord, words: FormatWords): string;
