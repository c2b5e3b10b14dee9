/**
 * The event_msg payload types Codex writes to a rollout and reads back: the persisted allowlist of
 * `should_persist_event_msg` (codex-rs/rollout/src/policy.rs), the wire aliases of the turn events, and
 * those seen in files written by 0.169.0 and 0.171.0. Codex skips an event of any other type on resume;
 * as the last record it makes Codex reuse that record's ordinal (rule ordinal-reuse).
 */
export const KNOWN_EVENT_TYPES = new Set([
    'user_message',
    'agent_message',
    'agent_reasoning',
    'agent_reasoning_raw_content',
    'patch_apply_end',
    'token_count',
    'thread_goal_updated',
    'context_compacted',
    'entered_review_mode',
    'exited_review_mode',
    'mcp_tool_call_end',
    'thread_rolled_back',
    'turn_aborted',
    'task_started',
    'turn_started',
    'task_complete',
    'turn_complete',
    'web_search_end',
    'image_generation_end',
    'sub_agent_activity',
    'item_completed',
    'thread_settings_applied',
]);
