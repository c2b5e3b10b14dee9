import { type CodexAdapter } from './records.js';
/**
 * The Rust generations before the envelope (≈ May–Sept 2025): a bare SessionMeta first line, then
 * bare ResponseItems, `{"record_type":"state"}` snapshots, and the short-lived `record_type`-tagged
 * lines. Current Codex cannot resume these (codex-rollout-format §2.5).
 */
export declare const codexLegacy: CodexAdapter;
/** A plain list of Responses API input items, one per line (datasets, exports). */
export declare const responsesItems: CodexAdapter;
