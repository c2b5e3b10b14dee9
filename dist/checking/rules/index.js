import blankLine from './blank-line.js';
import byteOrderMark from './byte-order-mark.js';
import crlfLineEnding from './crlf-line-ending.js';
import duplicateCallId from './duplicate-call-id.js';
import duplicateOutput from './duplicate-output.js';
import emptyFile from './empty-file.js';
import finalRecordMissingOrdinal from './final-record-missing-ordinal.js';
import invalidRecord from './invalid-record.js';
import legacyFormat from './legacy-format.js';
import malformedLine from './malformed-line.js';
import mismatchedOutputKind from './mismatched-output-kind.js';
import missingFinalNewline from './missing-final-newline.js';
import missingOutput from './missing-output.js';
import missingSessionMeta from './missing-session-meta.js';
import nonCanonicalFileName from './non-canonical-file-name.js';
import ordinalRegression from './ordinal-regression.js';
import orphanOutput from './orphan-output.js';
import outputBeforeCall from './output-before-call.js';
import outputWithoutCallId from './output-without-call-id.js';
import tornFinalLine from './torn-final-line.js';
import unfinishedTurn from './unfinished-turn.js';
import unknownRecordType from './unknown-record-type.js';
/** Every rule, in code order: the order diagnostics on one line are listed in. */
export const RULES = [
    missingOutput,
    orphanOutput,
    mismatchedOutputKind,
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
    missingSessionMeta,
    finalRecordMissingOrdinal,
    ordinalRegression,
    nonCanonicalFileName,
    legacyFormat,
    unknownRecordType,
    unfinishedTurn,
    emptyFile,
];
