/**
 * Builds Claude Code transcripts shaped like what 2.1.332 writes (envelope fields, one content block per
 * assistant line, one result per user line hanging off its tool_use line, attachments, last-prompt and
 * request-log rows, compact boundaries), line by line, so tests can name exact line numbers. Made here,
 * not copied from real files.
 */

type Json = Record<string, unknown>;

/** The text 2.1.332 writes for a tool_use the session ended without answering (observed; see the reference). */
export const INTERRUPTED =
  "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]";

/**
 * The line with the first character of member `key`'s string value written as a \u escape: the same JSON, but
 * not the text a rewrite looks for (a writer that escapes characters), so that no rewrite of that member can be made.
 */
export function withEscapedValue(line: string, key: string): string {
  const member = new RegExp(`"${key}"(\\s*:\\s*)"(.)`);
  if (!member.test(line)) throw new Error(`no string member ${key} in ${line}`);
  return line.replace(member, (_, colon: string, first: string) => `"${key}"${colon}"\\u${first.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The line 2.1.332's own repair writes for an unanswered tool_use (as the transcript builder's envelope has it). */
export function interruptedResult(t: ClaudeTranscript, use: string, toolUseId: string, uuid: string, timestamp: string) {
  return {
    parentUuid: use,
    isSidechain: false,
    type: 'user',
    message: { role: 'user', content: [{ tool_use_id: toolUseId, type: 'tool_result', content: INTERRUPTED, is_error: true }] },
    uuid,
    timestamp,
    toolDenialKind: 'interrupted',
    sourceToolAssistantUUID: use,
    userType: 'external',
    entrypoint: 'sdk-cli',
    cwd: '/home/dev/project',
    sessionId: t.sessionId,
    version: '2.1.332',
    gitBranch: 'main',
  };
}

export interface TranscriptOptions {
  readonly sessionId?: string;
  /** Every line a subagent transcript line (isSidechain, agentId). */
  readonly agentId?: string;
  /** Milliseconds between two lines. Default 40. */
  readonly step?: number;
}

export class ClaudeTranscript {
  readonly lines: string[] = [];
  readonly sessionId: string;
  readonly #agentId: string | undefined;
  readonly #step: number;
  #clock = Date.parse('2026-12-01T10:00:00.000Z');
  #uuids = 0;
  #messages = 0;
  /** The uuid the next chain line hangs off. */
  last: string | null = null;

  constructor(options: TranscriptOptions = {}) {
    this.sessionId = options.sessionId ?? '5b0e2c1a-9d3f-4e8b-a7c6-1f2e3d4c5b6a';
    this.#agentId = options.agentId;
    this.#step = options.step ?? 40;
  }

  get lastLine(): number {
    return this.lines.length;
  }

  text(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  /** A fresh uuid, in the shape of a v4 uuid. */
  uuid(): string {
    this.#uuids += 1;
    return `00000000-0000-4000-8000-${this.#uuids.toString().padStart(12, '0')}`;
  }

  /** Moves the clock on, e.g. to open a gap the client will not bridge. */
  wait(ms: number): this {
    this.#clock += ms;
    return this;
  }

  timestamp(): string {
    this.#clock += this.#step;
    return new Date(this.#clock).toISOString();
  }

  /** A chain line with the 2.1.332 envelope; returns its uuid. */
  entry(type: string, fields: Json, options: { parent?: string | null; uuid?: string } = {}): string {
    const uuid = options.uuid ?? this.uuid();
    const parent = options.parent === undefined ? this.last : options.parent;
    this.lines.push(
      JSON.stringify({
        parentUuid: parent,
        isSidechain: this.#agentId !== undefined,
        ...(this.#agentId !== undefined && { agentId: this.#agentId }),
        type,
        ...fields,
        uuid,
        timestamp: this.timestamp(),
        userType: 'external',
        entrypoint: 'sdk-cli',
        cwd: '/home/dev/project',
        sessionId: this.sessionId,
        version: '2.1.332',
        gitBranch: 'main',
      }),
    );
    this.last = uuid;
    return uuid;
  }

  row(fields: Json): this {
    this.lines.push(JSON.stringify(fields));
    return this;
  }

  /** The rows 2.1.332 writes around a prompt: the queue, the prompt, an attachment, last-prompt. */
  prompt(text = 'run echo hi'): string {
    this.row({ type: 'queue-operation', operation: 'enqueue', timestamp: this.timestamp(), sessionId: this.sessionId, content: text });
    this.row({ type: 'queue-operation', operation: 'dequeue', timestamp: this.timestamp(), sessionId: this.sessionId });
    const uuid = this.entry('user', { promptId: this.uuid(), message: { role: 'user', content: text } });
    this.entry('attachment', { attachment: { type: 'date', content: '2026-12-01' } });
    this.lastPrompt(text, this.last!);
    return uuid;
  }

  lastPrompt(text: string, leafUuid: string): this {
    return this.row({ type: 'last-prompt', lastPrompt: text, leafUuid, sessionId: this.sessionId });
  }

  /** The assistant lines of one API message: one block per line. Returns the lines' uuids. */
  assistant(blocks: readonly Json[], messageId = this.messageId()): string[] {
    return blocks.map((block) =>
      this.entry('assistant', {
        message: { id: messageId, type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [block], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 5 } },
        requestId: 'req_1',
      }),
    );
  }

  messageId(): string {
    this.#messages += 1;
    return `msg_${this.#messages.toString().padStart(4, '0')}`;
  }

  toolUse(id: string, name = 'Bash'): string {
    return this.assistant([{ type: 'tool_use', id, name, input: { command: `echo ${id}` } }])[0]!;
  }

  reply(text = 'Done.'): string {
    return this.assistant([{ type: 'text', text }])[0]!;
  }

  /** A result line hanging off `parent` (default: the line before it), as 2.1.332 writes it. */
  result(toolUseId: string, parent: string = this.last!, output = 'hi'): string {
    return this.entry(
      'user',
      {
        message: { role: 'user', content: [{ tool_use_id: toolUseId, type: 'tool_result', content: output, is_error: false }] },
        toolUseResult: { stdout: output, stderr: '', interrupted: false },
        sourceToolAssistantUUID: parent,
      },
      { parent },
    );
  }

  /** One user line holding several tool_result blocks (as older versions and other writers put parallel results). */
  results(toolUseIds: readonly string[], parent: string = this.last!): string {
    return this.entry(
      'user',
      { message: { role: 'user', content: toolUseIds.map((id, index) => ({ tool_use_id: id, type: 'tool_result', content: `out ${index + 1}`, is_error: false })) }, sourceToolAssistantUUID: parent },
      { parent },
    );
  }

  /** A healthy turn with one Bash call: prompt, tool_use, result, attachment, reply. */
  bashTurn(id: string, prompt = `run ${id}`): this {
    this.prompt(prompt);
    const use = this.toolUse(id);
    this.result(id, use);
    this.entry('attachment', { attachment: { type: 'total_tokens_reminder', content: 'reminder' } });
    this.reply();
    this.lastPrompt(prompt, this.last!);
    return this;
  }

  /** What /compact appends: the boundary (preserving `preserved`), the summary, the command lines. */
  compact(preserved: string): { boundary: string; summary: string } {
    const boundaryUuid = this.uuid();
    const summaryUuid = this.uuid();
    const logical = this.last;
    this.entry(
      'system',
      {
        subtype: 'compact_boundary',
        logicalParentUuid: logical,
        content: 'Conversation compacted',
        isMeta: false,
        level: 'info',
        compactMetadata: {
          trigger: 'manual',
          preTokens: 15,
          preservedSegment: { headUuid: preserved, anchorUuid: summaryUuid, tailUuid: preserved },
          preservedMessages: { anchorUuid: summaryUuid, uuids: [preserved], allUuids: [preserved] },
          postTokens: 2670,
        },
      },
      { parent: null, uuid: boundaryUuid },
    );
    this.entry('user', { message: { role: 'user', content: 'This session is being continued from a previous conversation.' }, isCompactSummary: true, isVisibleInTranscriptOnly: true }, { uuid: summaryUuid });
    this.entry('user', { message: { role: 'user', content: '<command-name>/compact</command-name>' } });
    return { boundary: boundaryUuid, summary: summaryUuid };
  }

  /** A line of the request log, which is not on the chain (and holds a copy of blocks that must not count). */
  requestBlob(blocks: readonly Json[]): this {
    return this.row({ type: 'api-request-blob', hash: 'h1', message: { role: 'user', content: blocks } });
  }
}
