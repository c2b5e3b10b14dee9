import { FORMAT_RULES } from '../../formats/registry.js';
import type { Rule } from '../rule.js';
import blankLine from './blank-line.js';
import byteOrderMark from './byte-order-mark.js';
import crlfLineEnding from './crlf-line-ending.js';
import duplicateCallId from './duplicate-call-id.js';
import duplicateOutput from './duplicate-output.js';
import emptyFile from './empty-file.js';
import invalidRecord from './invalid-record.js';
import malformedLine from './malformed-line.js';
import missingFinalNewline from './missing-final-newline.js';
import missingOutput from './missing-output.js';
import orphanOutput from './orphan-output.js';
import outputBeforeCall from './output-before-call.js';
import outputWithoutCallId from './output-without-call-id.js';
import tornFinalLine from './torn-final-line.js';
import unknownFormat from './unknown-format.js';
import unknownRecordType from './unknown-record-type.js';

/** The rules every format shares. */
const SHARED_RULES: readonly Rule[] = [
  missingOutput,
  orphanOutput,
  duplicateOutput,
  duplicateCallId,
  outputWithoutCallId,
  outputBeforeCall,
  malformedLine,
  tornFinalLine,
  byteOrderMark,
  invalidRecord,
  missingFinalNewline,
  crlfLineEnding,
  blankLine,
  unknownRecordType,
  emptyFile,
  unknownFormat,
];

/** Every rule, in code order: the order diagnostics on one line are listed in. */
export const RULES: readonly Rule[] = [...SHARED_RULES, ...FORMAT_RULES].sort((a, b) => codeNumber(a) - codeNumber(b));

function codeNumber(rule: Rule): number {
  return Number(rule.code.slice(2));
}
