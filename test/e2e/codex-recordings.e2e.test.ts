/**
 * Facts about healthy sessions written by the real Codex CLI, 0.169.0 and 0.171.0 (offline, mock model):
 * file layout, paginated ordinals, how each tool kind is recorded, and that resuming a healthy
 * session sends a fully paired history with nothing synthesized.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanResume, expectWellFormedPaginated, fileItems } from './harness/assertions.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import { assistantMessage, LARGE_USAGE, lastUserText } from './harness/mock-responses.js';
import { syntheticOutputId, type Item } from './harness/pairing.js';
import { findLine, payloadType } from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { codexOrSkip } from './harness/skip.js';
import { CODEX_VERSION } from './harness/codex-install.js';

afterEach(closeAllEnvs);

function types(items: Item[]): string[] {
  return items.map((i) => String(i['type']));
}

describe(`Codex ${CODEX_VERSION} healthy recordings`, () => {
  it('exec_command: function_call + function_call_output (fco_ id, real output), resumable as-is', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordExecCommand(env);
    const r = expectWellFormedPaginated(file);
    const call = findLine(r, 'function_call', 'call_exec');
    const out = findLine(r, 'function_call_output', 'call_exec');
    expect(call.rec?.['payload']).toMatchObject({ type: 'function_call', id: 'fc_call_exec', name: 'exec_command', arguments: '{"cmd":"echo hi"}' });
    const o = out.rec?.['payload'] as Item;
    expect(o['id']).toMatch(/^fco_[0-9a-f-]{36}$/);
    expect(o['id']).not.toBe(syntheticOutputId('fco', 'fc_call_exec'));
    expect(o['output']).toMatch(/Process exited with code 0[\s\S]*Output:\nhi\n$/);
    expect(out.line).toBeGreaterThan(call.line);
    // Lines between a call and its output may be other record types (token_usage_record, events).
    expect(r.lines.slice(call.line, out.line - 1).every((l) => payloadType(l) === undefined)).toBe(true);
    // The follow-up request in the same turn carried the pair exactly as written to the file.
    const second = (env.mock.responseRequests[1]?.body?.['input'] as Item[] | undefined) ?? [];
    expect(second.filter((i) => i['call_id'] === 'call_exec').map((i) => i['id'])).toEqual(['fc_call_exec', o['id']]);
    const resumed = await env.resume('and now?');
    expectCleanResume(resumed);
    expect(types(resumed.tools)).toEqual(['function_call', 'function_call_output']);
    expect(resumed.tools[1]).toEqual({ type: 'function_call_output', id: o['id'], call_id: 'call_exec', output: o['output'] });
    expect(lastUserText(resumed.requests[0]?.body)).toBe('and now?');
  });

  it('apply_patch is a freeform custom tool: custom_tool_call + custom_tool_call_output (ctco_ id)', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordApplyPatch(env);
    const r = expectWellFormedPaginated(file);
    expect(findLine(r, 'custom_tool_call', 'call_patch').rec?.['payload']).toMatchObject({ id: 'ctc_call_patch', name: 'apply_patch', status: 'completed' });
    const out = findLine(r, 'custom_tool_call_output', 'call_patch').rec?.['payload'] as Item;
    expect(out['id']).toMatch(/^ctco_[0-9a-f-]{36}$/);
    expect(out['output']).toMatch(/^Exit code: 0\n[\s\S]*Success\. Updated the following files:\nA hello\.txt\n$/);
    expect(readFileSync(path.join(env.sb.work, 'hello.txt'), 'utf8')).toBe('hello\n');
    // The tool list offered to gpt-5.5 has apply_patch as a custom tool and no local_shell.
    const tools = env.mock.responseRequests[0]?.body?.['tools'] as Item[];
    expect(tools.find((t) => t['name'] === 'apply_patch')?.['type']).toBe('custom');
    expect(tools.some((t) => t['type'] === 'local_shell')).toBe(false);
    expectCleanResume(await env.resume('next'));
  });

  it('parallel calls: all calls are written before any output; outputs follow in call order', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const r = expectWellFormedPaginated(file);
    const items = fileItems(r).filter((i) => i['call_id'] !== undefined);
    expect(items.map((i) => `${String(i['type'])}:${String(i['call_id'])}`)).toEqual([
      'function_call:call_a',
      'custom_tool_call:call_p',
      'tool_search_call:call_s',
      'function_call_output:call_a',
      'custom_tool_call_output:call_p',
      'tool_search_output:call_s',
    ]);
    const resumed = await env.resume('next');
    expectCleanResume(resumed);
    expect(resumed.tools).toEqual(items.map(({ internal_chat_message_metadata_passthrough: _drop, ...rest }) => rest));
  });

  it('client tool_search: tool_search_call + tool_search_output (tso_ id, empty tools)', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const r = expectWellFormedPaginated(await S.recordToolSearch(env));
    expect(findLine(r, 'tool_search_call', 'call_search').rec?.['payload']).toMatchObject({ id: 'tsc_call_search', execution: 'client', arguments: { query: 'calendar' } });
    expect(findLine(r, 'tool_search_output', 'call_search').rec?.['payload']).toMatchObject({ status: 'completed', execution: 'client', tools: [] });
    expectCleanResume(await env.resume('next'));
  });

  it('multi-turn via resume: one file, one session_meta, ordinals continue across processes', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordMultiTurn(env);
    expect(await env.rollouts()).toEqual([file]);
    const r = expectWellFormedPaginated(file);
    expect(r.lines.filter((l) => l.rec?.['type'] === 'session_meta')).toHaveLength(1);
    const turns = r.lines.filter((l) => (l.rec?.['payload'] as Item | undefined)?.['type'] === 'task_complete');
    expect(turns).toHaveLength(3);
    // The third turn's first request carried the tool pairs of turns one and two.
    const req = env.mock.responseRequests.find((q) => lastUserText(q.body) === 'turn three: just answer');
    const callIds = ((req?.body?.['input'] as Item[]) ?? []).filter((i) => i['call_id']).map((i) => `${String(i['type'])}:${String(i['call_id'])}`);
    expect(callIds).toEqual(['function_call:call_t1', 'function_call_output:call_t1', 'custom_tool_call:call_t2', 'custom_tool_call_output:call_t2']);
  });

  it('auto-compaction: compacted record with replacement_history (+ same-length metadata); pairs dropped from the model history', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx), { extraToml: ['model_auto_compact_token_limit = 2000'], mock: { compactionSummary: 'SUMMARY (mock): work so far.' } });
    const file = await S.recordCompaction(env, LARGE_USAGE);
    const r = expectWellFormedPaginated(file);
    const compacted = r.lines.filter((l) => l.rec?.['type'] === 'compacted');
    expect(compacted.length).toBeGreaterThan(0);
    for (const c of compacted) {
      const p = c.rec?.['payload'] as { message: string; replacement_history: unknown[]; replacement_history_metadata: unknown[] };
      expect(p.message).toContain('SUMMARY (mock): work so far.');
      expect(Array.isArray(p.replacement_history)).toBe(true);
      expect(p.replacement_history_metadata).toHaveLength(p.replacement_history.length);
    }
    const kinds = env.mock.responseRequests.map((q) => q.answeredWith);
    expect(kinds).toContain('compaction');
    const resumed = await env.resume('after compaction');
    expectCleanResume(resumed);
    // The summary replaced the earlier history, including its tool pairs.
    expect(JSON.stringify(resumed.input)).toContain('SUMMARY (mock): work so far.');
    expect(resumed.tools).toEqual([]);
  });

  it('Ctrl-C (SIGINT) during a tool: Codex writes a real "aborted by user" output and turn_aborted', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const { file, signal } = await S.recordSigint(env);
    expect(signal).toBeNull();
    const r = expectWellFormedPaginated(file);
    const out = findLine(r, 'function_call_output', 'call_int').rec?.['payload'] as Item;
    expect(out['output']).toMatch(/^Wall time: \d+\.\d seconds\naborted by user$/);
    expect(r.lines.some((l) => (l.rec?.['payload'] as Item | undefined)?.['type'] === 'turn_aborted' && (l.rec?.['payload'] as Item)['reason'] === 'interrupted')).toBe(true);
    env.script({ items: [assistantMessage('ok')] });
    expectCleanResume(await env.resume('continue'));
  });

  it('a dropped stream after a tool call no longer breaks the file: the output is still written', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const { file, stdout, code } = await S.recordDroppedStream(env);
    expect(code).toBe(1);
    expect(stdout).toContain('stream disconnected before completion');
    const r = expectWellFormedPaginated(file);
    expect(findLine(r, 'function_call_output', 'call_drop')).toBeDefined();
    expectCleanResume(await env.resume('continue'));
  });

  it('creates sessions lazily under $CODEX_HOME/sessions/YYYY/MM/DD and its SQLite state next to them', async (ctx) => {
    const env = await CodexEnv.create(codexOrSkip(ctx));
    expect(await env.rollouts()).toEqual([]);
    const file = await S.recordExecCommand(env);
    expect(file.startsWith(path.join(env.sb.codexHome, 'sessions') + path.sep)).toBe(true);
    expect(existsSync(path.join(env.sb.codexHome, 'state_5.sqlite'))).toBe(true);
    expect(existsSync(path.join(env.sb.codexHome, 'thread_history_1.sqlite'))).toBe(true);
    // No home-directory leakage: Codex used only the sandbox CODEX_HOME.
    expect(existsSync(path.join(env.sb.home, '.codex'))).toBe(false);
  });
});
