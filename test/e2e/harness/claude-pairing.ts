/**
 * The Anthropic Messages API's strict tool pairing rule, checked on the `messages` of a request
 * Claude Code sent: every `tool_use` of an assistant message is answered by a `tool_result` in
 * the very next message (a user message), every `tool_result` answers a `tool_use` of the
 * message right before it, and tool_use ids are unique. A request that breaks it gets a 400
 * from the real API; the mock accepts everything, so the suite checks it here.
 */
import type { JsonObject } from './mock-messages.js';

export interface ToolUseRef {
  message: number;
  id: string;
  name: string;
}

export interface ToolResultRef {
  message: number;
  toolUseId: string;
  isError: boolean;
  text: string;
}

export interface StrictPairing {
  toolUses: ToolUseRef[];
  toolResults: ToolResultRef[];
  /** Human-readable breaches of the rule, in message order (empty = the API accepts it). */
  violations: string[];
  /** The first message is a user message (the API rejects a request that starts otherwise). */
  startsWithUser: boolean;
}

function blocks(message: JsonObject): JsonObject[] {
  const c = message['content'];
  return Array.isArray(c) ? (c as JsonObject[]) : [];
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b) => (typeof (b as JsonObject)['text'] === 'string' ? ((b as JsonObject)['text'] as string) : '')).join('\n');
}

export function strictPairing(messages: JsonObject[]): StrictPairing {
  const toolUses: ToolUseRef[] = [];
  const toolResults: ToolResultRef[] = [];
  const violations: string[] = [];
  const seen = new Set<string>();
  messages.forEach((m, i) => {
    for (const b of blocks(m)) {
      if (b['type'] === 'tool_use' && typeof b['id'] === 'string') {
        if (m['role'] !== 'assistant') violations.push(`messages.${i}: tool_use ${b['id']} in a ${String(m['role'])} message`);
        if (seen.has(b['id'])) violations.push(`messages.${i}: tool_use ids must be unique (${b['id']})`);
        seen.add(b['id']);
        toolUses.push({ message: i, id: b['id'], name: String(b['name']) });
      } else if (b['type'] === 'tool_result') {
        toolResults.push({ message: i, toolUseId: String(b['tool_use_id']), isError: b['is_error'] === true, text: resultText(b['content']) });
      }
    }
  });
  messages.forEach((m, i) => {
    const uses = toolUses.filter((u) => u.message === i).map((u) => u.id);
    const answeredNext = new Set(toolResults.filter((r) => r.message === i + 1).map((r) => r.toolUseId));
    const missing = uses.filter((id) => !answeredNext.has(id));
    if (missing.length) violations.push(`messages.${i}: tool_use ids were found without tool_result blocks immediately after: ${missing.join(', ')}`);
    const results = toolResults.filter((r) => r.message === i);
    if (results.length && m['role'] !== 'user') violations.push(`messages.${i}: tool_result in a ${String(m['role'])} message`);
    const previous = new Set(toolUses.filter((u) => u.message === i - 1).map((u) => u.id));
    const counted = new Set<string>();
    for (const r of results) {
      if (!previous.has(r.toolUseId)) violations.push(`messages.${i}: unexpected tool_use_id found in tool_result blocks: ${r.toolUseId}`);
      else if (counted.has(r.toolUseId)) violations.push(`messages.${i}: more than one tool_result for ${r.toolUseId}`);
      counted.add(r.toolUseId);
    }
  });
  return { toolUses, toolResults, violations, startsWithUser: messages[0]?.['role'] === 'user' };
}

/** The placeholder texts 2.1.332 puts into a request or transcript when it repairs pairing. */
export const CLIENT_PLACEHOLDERS = {
  missing: '[Tool result missing due to internal error]',
  orphanRemoved: '[Orphaned tool result removed due to conversation resume]',
  toolUseInterrupted: '[Tool use interrupted]',
  interrupted:
    "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]",
} as const;

/** tool_results in a request whose text is one of the client's own placeholders. */
export function clientPlaceholders(p: StrictPairing): ToolResultRef[] {
  const texts = new Set<string>(Object.values(CLIENT_PLACEHOLDERS));
  return p.toolResults.filter((r) => [...texts].some((t) => r.text.startsWith(t)));
}
