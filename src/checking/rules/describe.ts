import type { FormatWords } from '../../formats/format.js';
import type { CallRecord, OutputRecord } from '../../formats/history.js';
import type { RuleContext } from '../rule.js';

/** The words of the file's format: pairing findings come only once its first record set the format. */
export function wordsOf(context: RuleContext): FormatWords {
  return context.format()!.words;
}

/** `function_call "exec_command" (call_id call_1)` */
export function describeCall(call: CallRecord, words: FormatWords): string {
  const name = call.item.name ? ` "${call.item.name}"` : '';
  return `${call.item.kind}${name} (${words.callKey} ${call.item.callId})`;
}

export function describeOutput(output: OutputRecord, words: FormatWords): string {
  return `${output.kind} (${words.outputKey} ${output.callId})`;
}
