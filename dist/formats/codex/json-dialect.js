/**
 * What Codex's JSON reader (serde_json) rejects in a rollout line that `JSON.parse` accepts, as measured
 * against Codex 0.169.0 and 0.171.0 (test/e2e/codex-json-reader.e2e.test.ts). Codex drops such a line
 * without a log line: a call or output in it vanishes from the model's history, a session_meta in it
 * makes the session impossible to resume.
 * - nesting deeper than 127 levels, anywhere in the line;
 * - an integer literal outside [-2^63, 2^64 - 1], anywhere (floats of any size are taken);
 * - a lone surrogate escape (`"\ud800"`, `"\udc00\ud800"`) in any string or key, unknown fields included.
 */
export const CODEX_JSON_DIALECT = {
    reader: "Codex's JSON reader",
    maxDepth: 127,
    int64: true,
    loneSurrogates: true,
};
