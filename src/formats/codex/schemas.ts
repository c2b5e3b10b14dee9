import { z } from 'zod';

/**
 * zod schemas for the Codex records whose shape matters to pairing, resume and repair
 * (codex-rs/protocol/src/models.rs, codex-rs/history). Every object is loose: unknown fields pass
 * untouched, as Codex ignores them.
 */

const callId = z.string().min(1);
const outputBody = z.union([z.string(), z.array(z.looseObject({ type: z.string() }))], {
  error: 'output must be a string or an array of content items',
});

export const sessionMetaPayload = z.looseObject({
  id: z.string().min(1),
  history_mode: z.enum(['legacy', 'paginated']).optional(),
});

const functionCall = z.looseObject({
  type: z.literal('function_call'),
  name: z.string(),
  arguments: z.string(),
  call_id: callId,
});
const customToolCall = z.looseObject({
  type: z.literal('custom_tool_call'),
  name: z.string(),
  input: z.string(),
  call_id: callId,
});
const localShellCall = z.looseObject({
  type: z.literal('local_shell_call'),
  call_id: callId.nullable().optional(),
  action: z.looseObject({ type: z.string() }),
});
const toolSearchCall = z.looseObject({
  type: z.literal('tool_search_call'),
  call_id: callId.nullable().optional(),
  execution: z.string().optional(),
});
const functionCallOutput = z.looseObject({
  type: z.literal('function_call_output'),
  call_id: callId.nullable().optional(),
  output: outputBody,
});
const customToolCallOutput = z.looseObject({
  type: z.literal('custom_tool_call_output'),
  call_id: callId,
  output: outputBody,
});
const toolSearchOutput = z.looseObject({
  type: z.literal('tool_search_output'),
  call_id: callId.nullable().optional(),
  execution: z.string().optional(),
  tools: z.array(z.unknown()),
});

/** The response items that take part in pairing. */
export const pairingItem = z.discriminatedUnion('type', [
  functionCall,
  customToolCall,
  localShellCall,
  toolSearchCall,
  functionCallOutput,
  customToolCallOutput,
  toolSearchOutput,
]);

export const compactedPayload = z
  .looseObject({
    message: z.string().optional(),
    replacement_history: z.array(z.looseObject({ type: z.string() })).optional(),
    replacement_history_metadata: z.array(z.unknown()).optional(),
  })
  .refine(
    (p) =>
      p.replacement_history_metadata === undefined ||
      p.replacement_history_metadata.length === (p.replacement_history?.length ?? 0),
    { message: 'replacement_history_metadata must have one entry per replacement_history item' },
  );

export const threadRolledBack = z.looseObject({
  type: z.literal('thread_rolled_back'),
  num_turns: z.int().nonnegative(),
});

/** One-line reason for a schema failure: the first issue, with its path. */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match its schema';
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
