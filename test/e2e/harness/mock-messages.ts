/**
 * A scriptable mock of the Anthropic Messages API bound to 127.0.0.1, as Claude Code 2.1.332
 * talks to it (shared reference "claude-code-transcripts.md" §1):
 *   HEAD /                              -> 404 with a JSON error body
 *   POST /v1/messages[?beta=true]       -> SSE (`stream: true`) or one JSON message
 *   POST /v1/messages/count_tokens      -> {"input_tokens": N}
 *
 * Every reply gets a message id that is unique across processes and runs (2.1.332 merges
 * transcript lines by `message.id`, so a counter restarting per process would merge a resumed
 * run's messages into the first run's). Every request is logged with its parsed body.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';

export type JsonObject = Record<string, unknown>;

export type Block =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: JsonObject }
  | { type: 'thinking'; thinking: string; signature: string };

export interface ScriptedReply {
  content: Block[];
  /** Default: 'tool_use' when a tool_use block is present, else 'end_turn'. */
  stopReason?: string;
  /** Send the blocks, then keep the stream open (no message_delta / message_stop). */
  hang?: boolean;
  /** Close the socket after this many complete blocks, before message_delta (a dropped stream). */
  cutAfterBlocks?: number;
  usage?: { input_tokens: number; output_tokens: number };
  /** Answer with this HTTP error instead of a message (`content` is ignored): 529 overloaded_error, 500 api_error, … */
  error?: { status: number; type: string };
}

export type Answer = 'script' | 'compaction' | 'side' | 'default' | 'count-tokens' | 'not-found';

export interface LoggedRequest {
  index: number;
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: JsonObject | undefined;
  rawBody: string;
  answeredWith: Answer;
  /** The message id the mock gave its reply (messages requests only). */
  messageId?: string;
}

export const text = (t: string): Block => ({ type: 'text', text: t });
export const toolUse = (id: string, name: string, input: JsonObject): Block => ({ type: 'tool_use', id, name, input });
export const bash = (id: string, command: string, description = 'run a command'): Block => toolUse(id, 'Bash', { command, description });
/** A reply that ends the turn with one text block. */
export const say = (t: string): ScriptedReply => ({ content: [text(t)] });
/** A reply made of tool_use blocks (parallel when several). */
export const use = (...blocks: Block[]): ScriptedReply => ({ content: blocks });
/** An HTTP error reply, as the API sends it (`{"type":"error","error":{type,message}}`). */
export const apiError = (status: number, type: string): ScriptedReply => ({ content: [], error: { status, type } });

/** A unique Anthropic-style tool_use id (`toolu_…`), for scripts that need fresh ids per run. */
export function toolId(tag: string): string {
  return `toolu_${tag}_${randomBytes(6).toString('hex')}`;
}

function newMessageId(): string {
  return `msg_mock_${randomBytes(12).toString('hex')}`;
}

/** Concatenated text of a message's content (string or block list). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((b) => {
      const o = b as JsonObject;
      if (typeof o?.['text'] === 'string') return o['text'] as string;
      if (o?.['type'] === 'tool_result') return contentText(o['content']);
      return '';
    })
    .join('\n');
}

export function requestMessages(req: LoggedRequest | undefined): JsonObject[] {
  const m = req?.body?.['messages'];
  return Array.isArray(m) ? (m as JsonObject[]) : [];
}

function systemText(body: JsonObject | undefined): string {
  return contentText(body?.['system']);
}

/** Text of the last user message of a request body ('' if none). */
export function lastUserText(body: JsonObject | undefined): string {
  const msgs = Array.isArray(body?.['messages']) ? (body?.['messages'] as JsonObject[]) : [];
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]?.['role'] === 'user') return contentText(msgs[i]?.['content']);
  return '';
}

/** The request `/compact` sends: its last user message asks for a summary of the conversation. */
export function isCompactionRequest(body: JsonObject | undefined): boolean {
  const last = lastUserText(body);
  return /create a detailed summary of the conversation/i.test(last) || /Your task is to create a detailed summary/i.test(last);
}

/**
 * Requests that are not the agent's own turn: no tools offered (title / topic / quota probes), or
 * the lone "Warmup" prompt with which 2.0.x primes its subagents at start (each writes an
 * `agent-<id>.jsonl` of two lines). They are answered without consuming the script.
 */
export function isSideRequest(body: JsonObject | undefined): boolean {
  const tools = body?.['tools'];
  if (!Array.isArray(tools) || tools.length === 0) return true;
  const messages = body?.['messages'];
  return Array.isArray(messages) && messages.length === 1 && lastUserText(body).trim() === 'Warmup';
}

export interface MockOptions {
  /** Reply when the script is empty. Default: the text "done". */
  fallback?: () => ScriptedReply;
  compactionSummary?: string;
}

export class MockMessagesServer {
  readonly requests: LoggedRequest[] = [];
  private readonly queue: ScriptedReply[] = [];
  /** Replies to the next compaction requests, before the default summary. */
  private readonly compactions: ScriptedReply[] = [];
  private server: http.Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<http.ServerResponse>();
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
  port = 0;

  constructor(private readonly options: MockOptions = {}) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** POST /v1/messages requests (not count_tokens), in arrival order. */
  get messageRequests(): LoggedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && /^\/v1\/messages(\?|$)/.test(r.url));
  }

  /** The agent's own turns (and compaction), without side requests. */
  get turnRequests(): LoggedRequest[] {
    return this.messageRequests.filter((r) => r.answeredWith !== 'side');
  }

  enqueue(...replies: ScriptedReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  /** Replies for the next `/compact` summary requests (e.g. one that hangs); after them, the default summary. */
  enqueueCompaction(...replies: ScriptedReply[]): this {
    this.compactions.push(...replies);
    return this;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once `predicate` holds for the request log (checked on every request). */
  waitFor(predicate: (m: this) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const entry = { test: () => predicate(this), resolve: () => undefined as void };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== entry);
        reject(new Error(`mock: timed out waiting for ${what} (${this.messageRequests.length} messages requests so far)`));
      }, timeoutMs);
      entry.resolve = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(entry);
    });
  }

  async start(): Promise<this> {
    const server = http.createServer((req, res) => this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => w.test());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: JsonObject | undefined;
      try {
        const parsed: unknown = rawBody ? JSON.parse(rawBody) : undefined;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as JsonObject;
      } catch {
        body = undefined;
      }
      const method = req.method ?? 'GET';
      const url = req.url ?? '';
      const entry: LoggedRequest = { index: this.requests.length, method, url, headers: req.headers, body, rawBody, answeredWith: 'not-found' };
      this.requests.push(entry);
      try {
        this.answer(entry, res);
      } finally {
        this.notify();
      }
    });
  }

  private answer(entry: LoggedRequest, res: http.ServerResponse): void {
    const { method, url, body } = entry;
    if (method === 'POST' && /^\/v1\/messages\/count_tokens(\?|$)/.test(url)) {
      entry.answeredWith = 'count-tokens';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ input_tokens: Math.max(1, Math.ceil(entry.rawBody.length / 4)) }));
      return;
    }
    if (method !== 'POST' || !/^\/v1\/messages(\?|$)/.test(url)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `mock: no route for ${method} ${url}` } }));
      return;
    }
    let reply: ScriptedReply;
    if (isCompactionRequest(body)) {
      entry.answeredWith = 'compaction';
      reply = this.compactions.shift() ?? say(this.options.compactionSummary ?? '<summary>SUMMARY (mock): the earlier work is done.</summary>');
    } else if (isSideRequest(body)) {
      entry.answeredWith = 'side';
      reply = say('Side request answered by the mock');
    } else if (this.queue.length > 0) {
      entry.answeredWith = 'script';
      reply = this.queue.shift() as ScriptedReply;
    } else {
      entry.answeredWith = 'default';
      reply = this.options.fallback?.() ?? say('done');
    }
    if (reply.error) {
      res.writeHead(reply.error.status, { 'content-type': 'application/json', 'request-id': `req_error_${entry.index}` });
      res.end(JSON.stringify({ type: 'error', error: { type: reply.error.type, message: `mock: ${reply.error.type}` } }));
      return;
    }
    const id = newMessageId();
    entry.messageId = id;
    const model = typeof body?.['model'] === 'string' ? (body['model'] as string) : 'claude-sonnet-4-5';
    if (body?.['stream'] === true) this.stream(res, id, model, reply);
    else this.json(res, id, model, reply);
  }

  private stopReason(reply: ScriptedReply): string {
    return reply.stopReason ?? (reply.content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn');
  }

  private usage(reply: ScriptedReply): JsonObject {
    const u = reply.usage ?? { input_tokens: 10, output_tokens: 5 };
    return { ...u, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  }

  private json(res: http.ServerResponse, id: string, model: string, reply: ScriptedReply): void {
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${id}` });
    res.end(
      JSON.stringify({
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: reply.content,
        stop_reason: this.stopReason(reply),
        stop_sequence: null,
        usage: this.usage(reply),
      }),
    );
  }

  private stream(res: http.ServerResponse, id: string, model: string, reply: ScriptedReply): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'request-id': `req_${id}` });
    const send = (type: string, data: JsonObject): void => {
      res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    };
    send('message_start', {
      message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...this.usage(reply), output_tokens: 1 } },
    });
    reply.content.forEach((block, index) => {
      if (reply.cutAfterBlocks !== undefined && index >= reply.cutAfterBlocks) return;
      if (block.type === 'text') {
        send('content_block_start', { index, content_block: { type: 'text', text: '' } });
        send('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
      } else if (block.type === 'tool_use') {
        send('content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } });
        send('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } });
      } else {
        send('content_block_start', { index, content_block: { type: 'thinking', thinking: '', signature: '' } });
        send('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: block.thinking } });
        send('content_block_delta', { index, delta: { type: 'signature_delta', signature: block.signature } });
      }
      send('content_block_stop', { index });
    });
    if (reply.cutAfterBlocks !== undefined) {
      // End the TCP stream after the bytes written so far, without the chunked terminator.
      res.socket?.end();
      return;
    }
    if (reply.hang) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    send('message_delta', { delta: { stop_reason: this.stopReason(reply), stop_sequence: null }, usage: { output_tokens: reply.usage?.output_tokens ?? 5 } });
    send('message_stop', {});
    res.end();
  }
}
