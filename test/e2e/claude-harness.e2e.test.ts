/**
 * The Claude Code harness itself, without Claude Code: the mock Messages API's answers and
 * framing, the strict pairing inspector, and the debug-log parser.
 */
import * as http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { pairingRepairs, parseDebugLog, projectSlug, skippedLineLogs } from './harness/claude-driver.js';
import { clientPlaceholders, CLIENT_PLACEHOLDERS, strictPairing } from './harness/claude-pairing.js';
import { bash, MockMessagesServer, say, text, use, type JsonObject } from './harness/mock-messages.js';

const servers: MockMessagesServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function mock(): Promise<MockMessagesServer> {
  const m = await new MockMessagesServer().start();
  servers.push(m);
  return m;
}

const TOOLS = [{ name: 'Bash', input_schema: { type: 'object' } }];

async function post(m: MockMessagesServer, body: JsonObject, url = '/v1/messages?beta=true'): Promise<Response> {
  return fetch(`${m.baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

function frames(sse: string): Array<{ event: string; data: JsonObject }> {
  return sse
    .split('\n\n')
    .filter(Boolean)
    .map((f) => {
      const [ev, data] = f.split('\n');
      return { event: (ev as string).replace(/^event: /, ''), data: JSON.parse((data as string).replace(/^data: /, '')) as JsonObject };
    });
}

describe('mock Messages API', () => {
  it('streams message_start, each block start/delta/stop, message_delta, message_stop', async () => {
    const m = await mock();
    m.enqueue(use(bash('toolu_1', 'echo hi')));
    const res = await post(m, { model: 'claude-sonnet-4-5', stream: true, tools: TOOLS, messages: [{ role: 'user', content: 'hi' }] });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const f = frames(await res.text());
    expect(f.map((x) => x.event)).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
    expect(f.every((x) => x.data['type'] === x.event)).toBe(true);
    const start = f[0]?.data['message'] as JsonObject;
    expect(start).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [], stop_reason: null });
    expect(start['id']).toBe(m.messageRequests[0]?.messageId);
    expect(f[1]?.data['content_block']).toEqual({ type: 'tool_use', id: 'toolu_1', name: 'Bash', input: {} });
    expect(JSON.parse(String((f[2]?.data['delta'] as JsonObject)['partial_json']))).toEqual({ command: 'echo hi', description: 'run a command' });
    expect((f[4]?.data['delta'] as JsonObject)['stop_reason']).toBe('tool_use');
    expect(m.requests[0]?.answeredWith).toBe('script');
  });

  it('answers stream:false with one message, count_tokens with a number, HEAD / with a JSON 404', async () => {
    const m = await mock();
    m.enqueue(say('plain'));
    const res = await post(m, { model: 'claude-sonnet-4-5', stream: false, tools: TOOLS, messages: [{ role: 'user', content: 'hi' }] });
    const msg = (await res.json()) as JsonObject;
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', content: [text('plain')], stop_reason: 'end_turn' });
    const count = (await (await post(m, { messages: [] }, '/v1/messages/count_tokens?beta=true')).json()) as JsonObject;
    expect(typeof count['input_tokens']).toBe('number');
    const head = await fetch(`${m.baseUrl}/`, { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.headers.get('content-type')).toBe('application/json');
    expect(m.turnRequests.map((r) => r.answeredWith)).toEqual(['script']);
  });

  it('gives every reply a new message id, also across servers (processes), and keeps side requests off the script', async () => {
    const a = await mock();
    const b = await mock();
    const ids: string[] = [];
    for (const m of [a, b, a, b]) {
      const res = await post(m, { model: 'x', stream: false, tools: TOOLS, messages: [] });
      ids.push(String(((await res.json()) as JsonObject)['id']));
    }
    expect(new Set(ids).size).toBe(4);
    a.enqueue(say('scripted'));
    const side = (await (await post(a, { model: 'x', stream: false, messages: [] })).json()) as JsonObject;
    expect(side['content']).not.toEqual([text('scripted')]);
    expect(a.pending).toBe(1);
  });

  it('answers the /compact summary request by itself', async () => {
    const m = await mock();
    m.enqueue(say('scripted'));
    await post(m, { model: 'x', stream: false, tools: TOOLS, messages: [{ role: 'user', content: 'Your task is to create a detailed summary of the conversation so far' }] });
    expect(m.messageRequests[0]?.answeredWith).toBe('compaction');
    expect(m.pending).toBe(1);
  });

  it('drops the stream after the given number of blocks (no message_delta)', async () => {
    const m = await mock();
    m.enqueue({ content: [text('one'), text('two')], cutAfterBlocks: 1 });
    const payload = JSON.stringify({ model: 'x', stream: true, tools: TOOLS, messages: [] });
    const body = await new Promise<string>((resolve) => {
      let got = '';
      const req = http.request(`${m.baseUrl}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.setEncoding('utf8').on('data', (d: string) => (got += d));
        res.on('error', () => resolve(got));
        res.on('close', () => resolve(got));
      });
      req.on('error', () => resolve(got));
      req.end(payload);
    });
    expect(body).toContain('content_block_stop');
    expect(body).not.toContain('message_delta');
  });
});

const user = (...content: JsonObject[]): JsonObject => ({ role: 'user', content });
const assistant = (...content: JsonObject[]): JsonObject => ({ role: 'assistant', content });
const tu = (id: string): JsonObject => ({ type: 'tool_use', id, name: 'Bash', input: {} });
const tr = (id: string, content = 'ok'): JsonObject => ({ type: 'tool_result', tool_use_id: id, content });
const t = (s: string): JsonObject => ({ type: 'text', text: s });

describe('strict pairing inspector (the Messages API rule)', () => {
  it('accepts tool_use answered in the next message, parallel calls included', () => {
    const p = strictPairing([user(t('go')), assistant(tu('a'), tu('b')), user(tr('b'), tr('a')), assistant(t('done'))]);
    expect(p.violations).toEqual([]);
    expect(p.startsWithUser).toBe(true);
    expect(p.toolUses.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('names each breach as the API does', () => {
    expect(strictPairing([user(t('go')), assistant(tu('a')), user(t('later'))]).violations).toEqual([
      'messages.1: tool_use ids were found without tool_result blocks immediately after: a',
    ]);
    expect(strictPairing([user(tr('x'))]).violations).toEqual(['messages.0: unexpected tool_use_id found in tool_result blocks: x']);
    expect(strictPairing([user(t('go')), assistant(tu('a')), user(tr('a')), assistant(tu('a')), user(tr('a'))]).violations).toEqual([
      'messages.3: tool_use ids must be unique (a)',
    ]);
    expect(strictPairing([user(t('go')), assistant(tu('a')), user(tr('a'), tr('a'))]).violations).toEqual(['messages.2: more than one tool_result for a']);
    // A result two messages after its call is both a missing and an unexpected one.
    expect(strictPairing([user(t('go')), assistant(tu('a')), user(t('x')), assistant(t('y')), user(tr('a'))]).violations).toEqual([
      'messages.1: tool_use ids were found without tool_result blocks immediately after: a',
      'messages.4: unexpected tool_use_id found in tool_result blocks: a',
    ]);
    expect(strictPairing([assistant(t('hi'))]).startsWithUser).toBe(false);
  });

  it("recognises the client's own placeholder results", () => {
    const p = strictPairing([user(t('go')), assistant(tu('a'), tu('b')), user(tr('a', `${CLIENT_PLACEHOLDERS.missing}\n<system-reminder>x</system-reminder>`), tr('b'))]);
    expect(clientPlaceholders(p).map((r) => r.toolUseId)).toEqual(['a']);
  });
});

describe('Claude Code debug log and paths', () => {
  it('parses levels, multi-line messages, pairing repairs and skipped lines', () => {
    const log = [
      '2026-12-01T10:47:25.170Z [DEBUG] transcript load: skipped 1 line(s) that did not parse as JSON (e.g. a torn or corrupt write)',
      '2026-12-01T10:47:25.171Z [ERROR] ensureToolResultPairing: repaired missing tool_result blocks (4 -> 4 messages). Message structure:',
      '  user, assistant',
      '2026-12-01T10:47:25.172Z [DEBUG] other',
      '',
    ].join('\n');
    const e = parseDebugLog(log);
    expect(e.map((x) => x.level)).toEqual(['DEBUG', 'ERROR', 'DEBUG']);
    expect(e[1]?.message).toContain('\n  user, assistant');
    expect(pairingRepairs(e)).toHaveLength(1);
    expect(skippedLineLogs(e)).toHaveLength(1);
  });

  it('makes the project folder name from the cwd like Claude Code', () => {
    expect(projectSlug('/tmp/sd-e2e-AbC1/work')).toBe('-tmp-sd-e2e-AbC1-work');
    expect(projectSlug('/home/u/my.project_x')).toBe('-home-u-my-project-x');
  });
});
