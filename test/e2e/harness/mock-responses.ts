/**
 * A scriptable mock of the OpenAI Responses API (`POST /v1/responses`, SSE) bound to 127.0.0.1.
 *
 * Frames follow what Codex CLI 0.169.0 accepts (see shared reference "codex-real-client.md"):
 *   response.created -> one response.output_item.done per item -> response.completed (with usage).
 *
 * Tests enqueue scripted responses; every request body is parsed and logged so tests can inspect
 * the `input` array (the history Codex sends to the model).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export type JsonObject = Record<string, unknown>;

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
}

export interface ScriptedResponse {
  /** Output items, each sent as one `response.output_item.done` frame. */
  items: JsonObject[];
  /**
   * Send the items, then keep the stream open without `response.completed`. Used to hold Codex
   * in a turn. (Tool calls are executed as soon as their item arrives, so a test that wants a
   * tool to be running normally uses a completed response with a slow command instead.)
   */
  hang?: boolean;
  /**
   * Drop the stream after sending this many items: no `response.completed`; the response ends
   * (cleanly by default, or by destroying the socket with `cutBy: 'reset'`).
   */
  cutAfterItems?: number;
  cutBy?: 'end' | 'reset';
  /** Override the reported usage (large numbers trigger auto-compaction). */
  usage?: Usage;
}

export interface LoggedRequest {
  /** 0-based index over all requests this server received. */
  index: number;
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined if the body was not JSON). */
  body: JsonObject | undefined;
  rawBody: string;
  /** What the mock answered with: 'script', 'compaction', 'default', 'not-found'. */
  answeredWith: 'script' | 'compaction' | 'default' | 'not-found';
}

export const DEFAULT_USAGE: Usage = { input_tokens: 10, output_tokens: 5, total_tokens: 15 };
export const LARGE_USAGE: Usage = { input_tokens: 180_000, output_tokens: 500, total_tokens: 180_500 };

let idCounter = 0;
function rid(prefix: string): string {
  idCounter += 1;
  return `${prefix}_${randomBytes(4).toString('hex')}${idCounter.toString(36)}`;
}

// ---------------------------------------------------------------------------------------------
// Item builders (ResponseItem JSON as the Responses API streams it)
// ---------------------------------------------------------------------------------------------

export function assistantMessage(text: string): JsonObject {
  return {
    type: 'message',
    id: rid('msg'),
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
}

export function reasoning(summary: string): JsonObject {
  return {
    type: 'reasoning',
    id: rid('rs'),
    summary: [{ type: 'summary_text', text: summary }],
    content: null,
    encrypted_content: null,
  };
}

export function functionCall(callId: string, name: string, args: JsonObject): JsonObject {
  return {
    type: 'function_call',
    id: `fc_${callId}`,
    status: 'completed',
    name,
    arguments: JSON.stringify(args),
    call_id: callId,
  };
}

/** `exec_command` (unified exec) call: really runs `cmd` in a shell. */
export function execCommand(callId: string, cmd: string): JsonObject {
  return functionCall(callId, 'exec_command', { cmd });
}

/** Freeform `apply_patch` custom tool call. */
export function applyPatch(callId: string, patch: string): JsonObject {
  return {
    type: 'custom_tool_call',
    id: `ctc_${callId}`,
    status: 'completed',
    call_id: callId,
    name: 'apply_patch',
    input: patch,
  };
}

export function addFilePatch(path: string, content: string): string {
  const body = content
    .split('\n')
    .map((l) => `+${l}`)
    .join('\n');
  return `*** Begin Patch\n*** Add File: ${path}\n${body}\n*** End Patch\n`;
}

/** Client-executed tool search call. */
export function toolSearchCall(callId: string, query: string): JsonObject {
  return {
    type: 'tool_search_call',
    id: `tsc_${callId}`,
    call_id: callId,
    status: 'completed',
    execution: 'client',
    arguments: { query },
  };
}

/** Legacy `local_shell_call` (never offered by 0.169.0, but a model can still emit it). */
export function localShellCall(callId: string, command: string[]): JsonObject {
  return {
    type: 'local_shell_call',
    id: `lsh_${callId}`,
    call_id: callId,
    status: 'completed',
    action: { type: 'exec', command, timeout_ms: null, working_directory: null, env: null, user: null },
  };
}

// ---------------------------------------------------------------------------------------------
// Request helpers
// ---------------------------------------------------------------------------------------------

export function requestInput(req: LoggedRequest): JsonObject[] {
  const input = req.body?.['input'];
  return Array.isArray(input) ? (input as JsonObject[]) : [];
}

function textOf(item: JsonObject): string {
  const content = item['content'];
  if (!Array.isArray(content)) return '';
  return content
    .map((c) => (c && typeof c === 'object' && typeof (c as JsonObject)['text'] === 'string' ? ((c as JsonObject)['text'] as string) : ''))
    .join('\n');
}

/** Text of the last `role: user` message in a request, '' if none. */
export function lastUserText(body: JsonObject | undefined): string {
  const input = body?.['input'];
  if (!Array.isArray(input)) return '';
  for (let i = input.length - 1; i >= 0; i--) {
    const it = input[i] as JsonObject;
    if (it && it['type'] === 'message' && it['role'] === 'user') return textOf(it);
  }
  return '';
}

/** `request_kind` from Codex's `x-codex-turn-metadata` header ("turn", "compaction", …). */
export function requestKind(headers: http.IncomingHttpHeaders): string | undefined {
  const raw = headers['x-codex-turn-metadata'];
  if (typeof raw !== 'string') return undefined;
  try {
    const meta = JSON.parse(raw) as { request_kind?: unknown };
    return typeof meta.request_kind === 'string' ? meta.request_kind : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The local (client-side) compaction request Codex sends when the context is full: 0.169.0
 * marks it `request_kind: "compaction"` in `x-codex-turn-metadata`, and its last user message
 * is the "CONTEXT CHECKPOINT COMPACTION" prompt.
 */
export function isCompactionRequest(body: JsonObject | undefined, headers: http.IncomingHttpHeaders = {}): boolean {
  if (requestKind(headers) === 'compaction') return true;
  return /CONTEXT CHECKPOINT COMPACTION/.test(lastUserText(body));
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

export interface MockOptions {
  /** Reply used when the script queue is empty. Default: an assistant message "done". */
  fallback?: () => ScriptedResponse;
  /** Summary text returned for compaction requests. */
  compactionSummary?: string;
  /** Answer compaction requests automatically (not from the queue). Default true. */
  autoCompaction?: boolean;
}

export class MockResponsesServer {
  readonly requests: LoggedRequest[] = [];
  private readonly queue: ScriptedResponse[] = [];
  private server: http.Server | undefined;
  private readonly sockets = new Set<import('node:net').Socket>();
  private readonly hanging = new Set<http.ServerResponse>();
  private responseCounter = 0;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  port = 0;

  constructor(private readonly options: MockOptions = {}) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Requests to /v1/responses only. */
  get responseRequests(): LoggedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.url.startsWith('/v1/responses'));
  }

  enqueue(...responses: ScriptedResponse[]): this {
    this.queue.push(...responses);
    return this;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once at least `count` /v1/responses requests have been received. */
  waitForRequests(count: number, timeoutMs = 30_000): Promise<void> {
    if (this.responseRequests.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`mock: timed out waiting for ${count} requests (got ${this.responseRequests.length})`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ count, resolve: done });
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
      const url = req.url ?? '';
      const method = req.method ?? 'GET';
      const entry: LoggedRequest = {
        index: this.requests.length,
        method,
        url,
        headers: req.headers,
        body,
        rawBody,
        answeredWith: 'not-found',
      };
      this.requests.push(entry);

      if (method !== 'POST' || !url.startsWith('/v1/responses')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `mock: no route for ${method} ${url}` } }));
        return;
      }

      let script: ScriptedResponse;
      if ((this.options.autoCompaction ?? true) && isCompactionRequest(body, req.headers)) {
        entry.answeredWith = 'compaction';
        script = {
          items: [assistantMessage(this.options.compactionSummary ?? 'SUMMARY (mock): earlier work is done.')],
        };
      } else if (this.queue.length > 0) {
        entry.answeredWith = 'script';
        script = this.queue.shift() as ScriptedResponse;
      } else {
        entry.answeredWith = 'default';
        script = this.options.fallback?.() ?? { items: [assistantMessage('done')] };
      }
      this.stream(res, script);
      const n = this.responseRequests.length;
      const ready = this.waiters.filter((w) => n >= w.count);
      this.waiters = this.waiters.filter((w) => n < w.count);
      for (const w of ready) w.resolve();
    });
  }

  private stream(res: http.ServerResponse, script: ScriptedResponse): void {
    this.responseCounter += 1;
    const responseId = `resp_mock_${this.responseCounter}`;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (type: string, data: JsonObject): void => {
      res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    };
    send('response.created', { response: { id: responseId } });
    let sent = 0;
    for (const item of script.items) {
      if (script.cutAfterItems !== undefined && sent >= script.cutAfterItems) break;
      send('response.output_item.done', { item });
      sent += 1;
    }
    if (script.cutAfterItems !== undefined) {
      // Simulate a dropped stream. Ending the chunked body delivers every byte sent so far;
      // destroying the socket (after a grace period to let the client read) mimics a reset.
      if (script.cutBy === 'reset') setTimeout(() => res.destroy(), 250);
      else res.end();
      return;
    }
    if (script.hang) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    const usage = script.usage ?? DEFAULT_USAGE;
    send('response.completed', {
      response: {
        id: responseId,
        usage: {
          input_tokens: usage.input_tokens,
          input_tokens_details: null,
          output_tokens: usage.output_tokens,
          output_tokens_details: null,
          total_tokens: usage.total_tokens,
        },
      },
    });
    res.end();
  }
}

export async function startMock(options: MockOptions = {}): Promise<MockResponsesServer> {
  return new MockResponsesServer(options).start();
}
