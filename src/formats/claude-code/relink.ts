import { verifiedReplace } from '../verified-replace.js';

type Entry = Record<string, unknown>;

/** Points a line's parentUuid at another entry (or makes it a root), keeping every other byte. */
export function relinkParent(line: Buffer, from: string | null, to: string | null): Buffer | undefined {
  return verifiedReplace(line, `"parentUuid":${JSON.stringify(from)}`, `"parentUuid":${JSON.stringify(to)}`, (entry) => ({ ...(entry as Entry), parentUuid: to }));
}

/** Re-parents a tool_result line onto its tool_use's line: parentUuid, and sourceToolAssistantUUID when it has one. */
export function reparentResult(line: Buffer, from: string | null, to: string): Buffer | undefined {
  const relinked = relinkParent(line, from, to);
  if (!relinked) return undefined;
  const entry = JSON.parse(relinked.toString('utf8')) as Entry;
  const source = entry.sourceToolAssistantUUID;
  if (typeof source !== 'string' || source === to) return relinked;
  return verifiedReplace(relinked, `"sourceToolAssistantUUID":${JSON.stringify(source)}`, `"sourceToolAssistantUUID":${JSON.stringify(to)}`, (original) => ({
    ...(original as Entry),
    sourceToolAssistantUUID: to,
  }));
}

/**
 * Takes one tool_result block out of a user line that holds other blocks too. The line is written
 * again from its parsed value (key order kept); its other content stays as it was.
 */
export function withoutResultBlock(line: Buffer, toolUseId: string): Buffer | undefined {
  const entry = JSON.parse(line.toString('utf8')) as Entry;
  const message = entry.message as { content?: unknown } | undefined;
  if (!message || !Array.isArray(message.content)) return undefined;
  const index = message.content.findIndex((block) => (block as Entry | null)?.type === 'tool_result' && (block as Entry).tool_use_id === toolUseId);
  if (index < 0) return undefined;
  message.content.splice(index, 1);
  return Buffer.from(JSON.stringify(entry), 'utf8');
}
