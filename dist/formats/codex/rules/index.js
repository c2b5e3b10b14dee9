import finalRecordMissingOrdinal from './final-record-missing-ordinal.js';
import forkParentMissing from './fork-parent-missing.js';
import legacyFormat from './legacy-format.js';
import mismatchedOutputKind from './mismatched-output-kind.js';
import missingSessionMeta from './missing-session-meta.js';
import nonCanonicalFileName from './non-canonical-file-name.js';
import ordinalRegression from './ordinal-regression.js';
import ordinalReuse from './ordinal-reuse.js';
import unfinishedTurn from './unfinished-turn.js';
/** The rules only Codex rollouts need. */
export const CODEX_RULES = [
    mismatchedOutputKind,
    missingSessionMeta,
    finalRecordMissingOrdinal,
    ordinalRegression,
    nonCanonicalFileName,
    legacyFormat,
    unfinishedTurn,
    forkParentMissing,
    ordinalReuse,
];
