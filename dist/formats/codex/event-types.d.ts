/**
 * The event_msg payload types Codex writes to a rollout and reads back: the persisted allowlist of
 * `should_persist_event_msg` (codex-rs/rollout/src/policy.rs), the wire aliases of the turn events, and
 * those seen in files written by 0.169.0 and 0.171.0. Codex skips an event of any other type on resume;
 * as the last record it makes Codex reuse that record's ordinal (rule ordinal-reuse).
 */
export declare const KNOWN_EVENT_TYPES: ReadonlySet<string>;
