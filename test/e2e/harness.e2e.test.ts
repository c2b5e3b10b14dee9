/**
 * Self-checks of the e2e harness that need no Codex: UUIDv5 and Codex's synthetic ids, the SSE
 * framing of the mock Responses server, and the pairing inspector.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  MockResponsesServer,
  applyPatch,
  assistantMessage,
  execCommand,
  LARGE_USAGE,
  toolSearchCall,
  localShellCall,
} from './harness/mock-responses.js';
import { inspectPairing, syntheticOutputId, uuidv5, type Item } from './harness/pairing.js';
import { parseRollout, placeholderOutputLine } from './harness/rollout-file.js';
import { configToml, parseLogs } from './harness/codex-driver.js';

describe('uuidv5 / Codex synthetic output ids', () => {
  it('matches the RFC 4122 / Python reference vector', () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
    expect(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('reproduces ids Codex 0.169.0 actually sent for killed/unanswered calls', () => {
    // Observed in real resume requests (see codex-resume-facts.e2e.test.ts, which re-checks live).
    expect(syntheticOutputId('fco', 'fc_call_k1')).toBe('fco_33fa398c-60bf-56a1-97df-8e88fe978322');
    expect(syntheticOutputId('fco', 'lsh_call_ls1')).toBe('fco_54a610ab-0b82-58b2-a208-b03d954baf84');
    expect(syntheticOutputId('ctco', 'ctc_call_p')).toBe('ctco_7801130a-de43-5f2a-bf51-f1f8064da65c');
    expect(syntheticOutputId('tso', 'tsc_call_s')).toBe('tso_9dbc08bc-eb3a-5953-aae4-d697c1b87638');
  });
});

describe('mock Responses server', () => {
  let mock: MockResponsesServer | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    const res = await fetch(`${(mock as MockResponsesServer).baseUrl}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  }

  function frames(text: string): Array<{ event: string; data: Record<string, unknown> }> {
    return text
      .split('\n\n')
      .filter((f) => f.trim())
      .map((f) => {
        const ev = /^event: (.*)$/m.exec(f)?.[1] ?? '';
        const data = JSON.parse(/^data: (.*)$/m.exec(f)?.[1] ?? 'null') as Record<string, unknown>;
        return { event: ev, data };
      });
  }

  it('binds to 127.0.0.1 and streams created → one item.done per item → completed with usage', async () => {
    mock = await new MockResponsesServer().start();
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    mock.enqueue({ items: [execCommand('c1', 'echo hi'), assistantMessage('hi')], usage: LARGE_USAGE });
    const r = await post({ model: 'm', input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'yo' }] }] });
    expect(r.status).toBe(200);
    const fs = frames(r.text);
    expect(fs.map((f) => f.event)).toEqual(['response.created', 'response.output_item.done', 'response.output_item.done', 'response.completed']);
    for (const f of fs) expect(f.data['type']).toBe(f.event);
    expect((fs[1]?.data['item'] as Item)['type']).toBe('function_call');
    expect((fs[1]?.data['item'] as Item)['arguments']).toBe('{"cmd":"echo hi"}');
    const usage = (fs[3]?.data['response'] as { usage: Record<string, unknown> }).usage;
    expect(usage).toEqual({ input_tokens: 180_000, input_tokens_details: null, output_tokens: 500, output_tokens_details: null, total_tokens: 180_500 });
    expect(mock.responseRequests).toHaveLength(1);
    expect(mock.responseRequests[0]?.body?.['model']).toBe('m');
    expect(mock.responseRequests[0]?.answeredWith).toBe('script');
  });

  it('cuts the stream after N items, without response.completed', async () => {
    mock = await new MockResponsesServer().start();
    mock.enqueue({ items: [execCommand('c1', 'a'), execCommand('c2', 'b')], cutAfterItems: 1, cutBy: 'reset' });
    const res = await fetch(`${mock.baseUrl}/responses`, { method: 'POST', body: '{}' });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    let ended: 'done' | 'error' = 'done';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    } catch {
      ended = 'error';
    }
    expect(ended).toBe('error');
    expect(frames(text).map((f) => f.event)).toEqual(['response.created', 'response.output_item.done']);
    // Default: the body just ends early.
    mock.enqueue({ items: [execCommand('c1', 'a'), execCommand('c2', 'b')], cutAfterItems: 1 });
    const ended2 = await (await fetch(`${mock.baseUrl}/responses`, { method: 'POST', body: '{}' })).text();
    expect(frames(ended2).map((f) => f.event)).toEqual(['response.created', 'response.output_item.done']);
  });

  it('answers compaction requests by header, falls back to a default reply, 404s other routes', async () => {
    mock = await new MockResponsesServer({ compactionSummary: 'SUM' }).start();
    mock.enqueue({ items: [assistantMessage('scripted')] });
    const c = await post({ input: [] }, { 'x-codex-turn-metadata': JSON.stringify({ request_kind: 'compaction' }) });
    expect(JSON.stringify(frames(c.text))).toContain('SUM');
    expect(mock.pending).toBe(1);
    const s = await post({ input: [] });
    expect(JSON.stringify(frames(s.text))).toContain('scripted');
    const d = await post({ input: [] });
    expect(JSON.stringify(frames(d.text))).toContain('done');
    expect(mock.responseRequests.map((q) => q.answeredWith)).toEqual(['compaction', 'script', 'default']);
    const nf = await fetch(`http://127.0.0.1:${mock.port}/v1/models`);
    expect(nf.status).toBe(404);
  });

  it('holds a hanging stream open until close()', async () => {
    mock = await new MockResponsesServer().start();
    mock.enqueue({ items: [execCommand('c1', 'sleep 30')], hang: true });
    const res = await fetch(`${mock.baseUrl}/responses`, { method: 'POST', body: '{}' });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let got = '';
    while (!got.includes('response.output_item.done')) {
      const { value } = await reader.read();
      got += new TextDecoder().decode(value);
    }
    const race = await Promise.race([reader.read().then(() => 'data'), new Promise((r) => setTimeout(() => r('pending'), 300))]);
    expect(race).toBe('pending');
    await mock.close();
    mock = undefined;
    await expect(reader.read()).rejects.toThrow();
  });
});

describe('pairing inspector', () => {
  const fc = execCommand('call_1', 'x');
  const ctc = applyPatch('call_2', 'p');
  const tsc = toolSearchCall('call_3', 'q');
  const lsh = localShellCall('call_4', ['ls']);

  it('reports a fully paired history', () => {
    const input: Item[] = [
      fc,
      ctc,
      { type: 'function_call_output', call_id: 'call_1', output: 'ok' },
      { type: 'custom_tool_call_output', call_id: 'call_2', output: 'ok' },
    ];
    const r = inspectPairing(input);
    expect(r.fullyPaired).toBe(true);
    expect(r.calls.map((c) => c.callId)).toEqual(['call_1', 'call_2']);
    expect(r.synthesized).toEqual([]);
  });

  it('finds calls without outputs, orphans, duplicates and cross-kind answers', () => {
    const input: Item[] = [
      fc,
      { type: 'function_call_output', call_id: 'call_1', output: 'ok' },
      { type: 'function_call_output', call_id: 'call_1', output: 'ok' },
      ctc,
      { type: 'function_call_output', call_id: 'call_2', output: 'wrong kind' },
      tsc,
      lsh,
      { type: 'function_call_output', call_id: 'call_4', output: 'local shell answered by fco' },
      { type: 'custom_tool_call_output', call_id: 'ghost', output: 'x' },
    ];
    const r = inspectPairing(input);
    expect(r.fullyPaired).toBe(false);
    expect(r.callsWithoutOutput.map((c) => c.callId)).toEqual(['call_2', 'call_3']);
    expect(r.outputsWithoutCall.map((o) => [o.callId, o.kind])).toEqual([
      ['call_2', 'function_call_output'],
      ['ghost', 'custom_tool_call_output'],
    ]);
    expect(r.duplicateOutputs.map((o) => o.index)).toEqual([2]);
  });

  it('recognises exactly what Codex synthesizes (placeholder text, kind and deterministic id, right after the call)', () => {
    const synth = { type: 'function_call_output', id: syntheticOutputId('fco', 'fc_call_1'), call_id: 'call_1', output: 'aborted' };
    expect(inspectPairing([fc, synth]).synthesized.map((s) => s.callId)).toEqual(['call_1']);
    // Not synthesized: other text, other id, or not adjacent to its call.
    expect(inspectPairing([fc, { ...synth, output: 'aborted by user' }]).synthesized).toEqual([]);
    expect(inspectPairing([fc, { ...synth, id: 'fco_other' }]).synthesized).toEqual([]);
    expect(inspectPairing([fc, ctc, synth]).synthesized).toEqual([]);
    const tso = { type: 'tool_search_output', id: syntheticOutputId('tso', 'tsc_call_3'), call_id: 'call_3', status: 'completed', execution: 'client', tools: [] };
    expect(inspectPairing([tsc, tso]).synthesized.map((s) => s.kind)).toEqual(['tool_search_output']);
  });
});

describe('rollout helpers', () => {
  it('builds the designed placeholder line: matching kind, deterministic id, call timestamp, ordinal only on request', () => {
    const call = parseRollout(
      `${JSON.stringify({ timestamp: '2026-01-01T00:00:00.123Z', ordinal: 9, type: 'response_item', payload: applyPatch('call_2', 'p') })}\n`,
    ).lines[0];
    if (!call) throw new Error('no line');
    const mid = JSON.parse(placeholderOutputLine(call)) as Record<string, unknown>;
    expect(mid).toEqual({
      timestamp: '2026-01-01T00:00:00.123Z',
      type: 'response_item',
      payload: { type: 'custom_tool_call_output', id: syntheticOutputId('ctco', 'ctc_call_2'), call_id: 'call_2', output: 'aborted' },
    });
    expect((JSON.parse(placeholderOutputLine(call, 10)) as Record<string, unknown>)['ordinal']).toBe(10);
  });

  it('writes the reference config with the mock base_url and no other network endpoints', () => {
    const toml = configToml('http://127.0.0.1:1234/v1');
    expect(toml).toContain('base_url = "http://127.0.0.1:1234/v1"');
    expect(toml).toContain('model_provider = "mock"');
    expect(toml.match(/https?:\/\/[^"]+/g)).toEqual(['http://127.0.0.1:1234/v1']);
  });

  it('parses tracing log lines into level, target and message', () => {
    const line =
      '2026-11-25T09:56:28.855908Z  INFO session_loop{thread_id=1}:turn{otel.name="session_task.turn" model=gpt-5.5}: codex_core::context_manager::normalize: Function call output is missing for call id: call_k1';
    expect(parseLogs(`${line}\nnot a log line`)).toEqual([
      { level: 'INFO', target: 'codex_core::context_manager::normalize', message: 'Function call output is missing for call id: call_k1', raw: line },
    ]);
  });
});
