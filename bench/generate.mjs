#!/usr/bin/env node
// Deterministic generator of synthetic Codex 0.169-style rollout files for the benchmark.
//
//   node bench/generate.mjs --size 200MB [--damage] [--legacy] [--seed N] -o FILE
//   node bench/generate.mjs --single-line 64MiB -o FILE
//   node bench/generate.mjs --tree 5000 [--forks 5] [--seed N] -o DIR
//
// Files are written through a stream one turn at a time, so memory stays bounded by the largest
// turn (a few MB), whatever the target size. The same seed always gives the same bytes.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, KIB: 2 ** 10, MIB: 2 ** 20, GIB: 2 ** 30 };

/** "200MB" → 200e6, "64MiB" → 67108864 (decimal KB/MB/GB, binary KiB/MiB/GiB). */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(String(text).trim());
  if (!m) throw new Error(`bad size: ${text}`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'B').toUpperCase()]);
}

/** mulberry32: small, fast, seedable. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const hex = (n) => {
    let s = '';
    while (s.length < n) s += ((next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    return s.slice(0, n);
  };
  return { next, int, hex, pick: (a) => a[Math.floor(next() * a.length)] };
}

// Shared text pools, built once from a fixed seed; each file picks from them with its own PRNG.
let pools;
export function getPools() {
  if (pools) return pools;
  const r = rng(0x5eed);
  const words = ['parser', 'rollout', 'session', 'buffer', 'index', 'config', 'worker', 'stream', 'cache', 'schema'];
  const files = ['src/cli/main', 'src/core/reader', 'src/rules/pairing', 'src/fix/writer', 'test/reader.test', 'lib/utils'];
  const w = () => r.pick(words);
  const f = () => r.pick(files);
  const code = [
    () => `export async function ${w()}${r.int(1, 99)}(path: string, opts: Options = {}): Promise<Result<${w()}>> {`,
    () => `  const ${w()} = await fs.promises.readFile(path, { encoding: "utf8", signal: opts.signal });`,
    () => `  if (buf[i] === 0x0a) { lines.push(buf.subarray(start, i)); start = i + 1; }`,
    () => `  return JSON.parse(raw.replace(/\\r\\n/g, "\\n")) as Record<string, unknown>;`,
    () => `\t\tthrow new Error(\`unexpected token \${tok} at line \${line}:\${col}\`);`,
    () => `// TODO(${w()}): handle "\\u2028" and tabs\tin ${f()}.ts`,
    () => `import { ${w()}, ${w()}Schema } from "../${w()}/index.js";`,
    () => `    expect(result).toEqual({ ok: true, value: [${r.int(0, 9)}, ${r.int(10, 99)}], note: "it's \\"fine\\"" });`,
  ];
  const logs = [
    () => ` ✓ ${f()}.test.ts (${r.int(1, 40)} tests) ${r.int(2, 900)}ms`,
    () => ` × ${w()} handles “smart quotes” — ${r.int(1, 99)} ms`,
    () => `${f()}.ts:${r.int(1, 900)}:${r.int(1, 80)}: error TS2345: Argument of type 'string | undefined' is not assignable.`,
    () => `🚀 build finished in ${r.int(100, 9000)} ms (${r.int(1, 99)} files, ${r.int(1, 999)} KiB)`,
    () => `日本語のコメント: ${w()} の行を分割する (${r.int(1, 99)} 行目)`,
    () => `Größe überschritten: ${r.int(1, 9999)} KiB — Datei übersprungen`,
    () => `Ошибка: файл ${f()}.ts не найден; повтор через ${r.int(1, 9)} с`,
    () => `@@ -${r.int(1, 500)},${r.int(1, 20)} +${r.int(1, 500)},${r.int(1, 20)} @@ export class ${w()}Reader {`,
    () => `{"name":"@acme/${w()}","version":"${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 9)}","type":"module","dependencies":{"zod":"^4.1.${r.int(0, 9)}"}}`,
    () => `{"level":"info","time":${1795562933000 + r.int(0, 1e6)},"msg":"request \\"${w()}\\" done","path":"C:\\\\work\\\\${w()}"}`,
    () => `drwxr-xr-x  ${r.int(2, 9)} dev dev  4096 Nov 24 23:${String(r.int(10, 59))} ${w()}`,
  ];
  const prose = [
    () => `I'll look at how the ${w()} handles partial lines before changing anything.`,
    () => `The ${w()} test fails because the fixture ends without a newline; fixing the ${w()} first.`,
    () => `Done — the ${w()} now streams in 1 MiB chunks and keeps memory flat (≈${r.int(30, 90)} MiB).`,
    () => `Note: \`${f()}.ts\` still uses readline, which treats a lone \\r as a line break.`,
    () => `Résumé: ${r.int(2, 40)} files changed, ${r.int(10, 900)} insertions(+), ${r.int(1, 300)} deletions(-).`,
  ];
  const fill = (templates, n) => Array.from({ length: n }, () => r.pick(templates)());
  // 6 MiB of random bytes → 8 MiB of base64 (encrypted_content, images).
  const bytes = new Uint32Array(6 * 2 ** 20 / 4);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (r.next() * 2 ** 32) >>> 0;
  pools = {
    code: fill(code, 400),
    output: [...fill(code, 600), ...fill(logs, 1400)],
    prose: fill(prose, 300),
    base64: Buffer.from(bytes.buffer).toString('base64'),
    commands: ['rg -n "split2" src', 'npm test -- --run', 'cat package.json', 'git diff --stat', 'ls -la src/core', 'npx tsc --noEmit', 'sed -n 1,200p src/core/reader.ts'],
  };
  return pools;
}

/** Text of about `n` UTF-16 units, lines picked from `pool`. */
export function text(r, pool, n) {
  const parts = [];
  for (let len = 0; len < n; ) {
    const line = r.pick(pool);
    parts.push(line);
    len += line.length + 1;
  }
  return parts.join('\n');
}

/** `s` cut to at most `n` UTF-16 units without splitting a surrogate pair (Codex writes valid UTF-8). */
export const cut = (s, n) => s.slice(0, s.charCodeAt(n - 1) >> 10 === 0x36 ? n - 1 : n);

/** Base64 of exactly `n` characters (n > pool size repeats the pool). */
export function base64(r, n) {
  const { base64: pool } = getPools();
  let s = '';
  while (s.length < n) {
    const take = Math.min(n - s.length, pool.length);
    const at = r.int(0, pool.length - take);
    s += pool.slice(at, at + take);
  }
  return s;
}

/** A UUIDv7-style id for the time `ms` (Codex ids are UUIDv7). */
export function uuid7(r, ms) {
  const h = Math.floor(ms).toString(16).padStart(12, '0');
  return `${h.slice(0, 8)}-${h.slice(8)}-7${r.hex(3)}-${r.pick('89ab')}${r.hex(3)}-${r.hex(12)}`;
}

/**
 * Session id, start time and canonical path (YYYY/MM/DD/rollout-<time>-<id>.jsonl, as under
 * ~/.codex/sessions) of the rollout generated with `seed`.
 */
export function session(seed) {
  const r = rng(seed ^ 0x9e3779b9);
  const start = Date.UTC(2026, 5, 1) + r.int(0, 175 * 86_400) * 1000 + r.int(0, 999); // 0.169 is from late 2026
  const id = uuid7(r, start);
  const iso = new Date(start).toISOString();
  const name = `rollout-${iso.slice(0, 19).replaceAll(':', '-')}-${id}.jsonl`;
  return { id, start, path: join(iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10), name) };
}

/** A size drawn from a log-normal distribution: median `median`, spread `sigma`, within [lo, hi]. */
export function logNormal(r, median, sigma, lo, hi) {
  const gauss = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.round(Math.min(hi, Math.max(lo, median * Math.exp(sigma * gauss))));
}

/**
 * How big the parts of a turn are. `bench`: the first benchmark's mix (large lines: mean 2.7 KB, median
 * 0.6 KB, much of the file in blobs). `realistic`: shaped on the real rollouts of ../shared/corpus (mean
 * about 1 KB, median under 500 B): log-normal output and reasoning sizes, more steps per turn, short
 * agent_reasoning events, the world state rarely repeated, no images.
 */
const PROFILES = {
  bench: {
    maxSteps: 6,
    worldState: 0.3,
    images: true,
    agentReasoning: false,
    terseCalls: false,
    ask: (r) => r.int(40, 600),
    summary: (r) => r.int(40, 300),
    encrypted: (r) => r.int(2_000, 8_000),
    patch: (r) => r.int(300, 4_000),
    output: (r) => r.int(1_000, 20_000),
    aggregated: 4_000,
    answer: (r) => r.int(100, 2_000),
  },
  realistic: {
    maxSteps: 12,
    worldState: 0.05,
    images: false,
    agentReasoning: true,
    terseCalls: true,
    ask: (r) => logNormal(r, 120, 1, 10, 4_000),
    summary: (r) => logNormal(r, 60, 0.7, 10, 600),
    encrypted: (r) => logNormal(r, 2_000, 1, 100, 40_000),
    patch: (r) => logNormal(r, 400, 1, 40, 12_000),
    output: (r) => logNormal(r, 500, 2, 10, 250_000),
    aggregated: 100,
    answer: (r) => logNormal(r, 200, 1, 20, 6_000),
  },
};

const TOOL_KINDS = ['exec', 'exec', 'exec', 'exec', 'exec', 'exec', 'patch', 'patch', 'parallel', 'search'];
const DAMAGE_PLAN = [
  [0.2, 'drop'], [0.3, 'orphan'], [0.45, 'drop'], [0.5, 'garbage'], [0.55, 'duplicate'], [0.7, 'drop'],
];

/**
 * Yields the text of a rollout of about `size` bytes, one turn (several lines) per chunk.
 * damage: 3 calls without output, 1 orphan output, 1 duplicate output, 1 garbage line, torn last line.
 */
export function* rollout({ size, seed = 1, legacy = false, damage = false, mix = 'bench' }) {
  const P = getPools();
  const profile = PROFILES[mix];
  if (!profile) throw new Error(`unknown mix ${mix}`);
  const r = rng(seed);
  // Small files (the --tree ones) get smaller blobs and fewer steps per turn, so they stay near `size`.
  const clip = (n) => Math.max(64, Math.min(n, Math.floor(size / 16)));
  const maxSteps = Math.min(profile.maxSteps, Math.max(1, Math.floor(size / 10_000)));
  const cwd = '/home/dev/src/acme-app';
  const { id: sessionId, start } = session(seed);
  let now = start;
  const uuid = () => uuid7(r, now);
  let ordinal = 0;
  let historySeq = 0;
  let callSeq = 0;

  const line = (type, payload, metadata) => {
    now += r.int(1, 400);
    const env = { timestamp: new Date(now).toISOString() };
    if (!legacy) env.ordinal = ordinal++;
    env.type = type;
    env.payload = payload;
    if (metadata) env.metadata = metadata;
    return JSON.stringify(env) + '\n';
  };
  const item = (payload, extra) =>
    line('response_item', payload, { history_sequence: ++historySeq, sampled_through_sequence: historySeq - 1, client_authored: false, ...extra });
  const usage = (i, o) => ({ input_tokens: i, cached_input_tokens: i >> 1, cache_write_input_tokens: 0, output_tokens: o, reasoning_output_tokens: o >> 2, total_tokens: i + o });
  const msg = (role, body, turnId) =>
    item({ type: 'message', id: `msg_${uuid()}`, role, content: [{ type: role === 'assistant' ? 'output_text' : 'input_text', text: body }], internal_chat_message_metadata_passthrough: { turn_id: turnId } });

  // Image schedule: about one 1–5 MB base64 screenshot per 60 MB (at least one from 10 MB up).
  const images = profile.images && size >= 10e6 ? Math.max(1, Math.round(size / 60e6)) : 0;
  const imageAt = Array.from({ length: images }, (_, k) => ((k + 0.6) / images) * size);
  const damageAt = damage ? DAMAGE_PLAN.map(([at, kind]) => [at * size, kind]) : [];

  let bytes = 0;
  const emit = (s) => {
    bytes += Buffer.byteLength(s);
    return s;
  };

  yield emit(line('session_meta', {
    session_id: sessionId, id: sessionId, timestamp: new Date(start).toISOString(), cwd, runtime_workspace_roots: [cwd],
    originator: 'codex_cli_rs', cli_version: '0.169.0', source: 'cli', thread_source: 'user', model_provider: 'openai',
    base_instructions: { text: text(r, P.prose, clip(21_000)), provenance: { type: 'model', model: 'gpt-5.5' } },
    ...(legacy ? {} : { history_mode: 'paginated' }),
    git: { commit_hash: r.hex(40), branch: 'main', repository_url: 'git@github.com:acme/acme-app.git' },
  }));

  for (let turn = 0; bytes < size; turn++) {
    const due = new Set();
    while (damageAt.length && bytes >= damageAt[0][0]) due.add(damageAt.shift()[1]);
    const withImage = imageAt.length > 0 && bytes >= imageAt[0];
    if (withImage) imageAt.shift();
    const turnId = uuid();
    const out = [];
    out.push(line('event_msg', { type: 'task_started', turn_id: turnId, root_turn_id: turnId, started_at: Math.floor(now / 1000), model_context_window: 258400, collaboration_mode_kind: 'default' }));
    if (turn === 0) {
      out.push(msg('developer', text(r, P.prose, clip(5_000)), turnId));
      out.push(msg('user', `<environment_context>\n  <cwd>${cwd}</cwd>\n  <shell>bash</shell>\n</environment_context>`, turnId));
    }
    if (turn === 0 || r.next() < profile.worldState) {
      out.push(line('world_state', { full: turn === 0, state: { agents_md: {}, host_skills: { body: text(r, P.prose, clip(4_600)), includeInstructions: true }, model: 'gpt-5.5' } }));
    }
    out.push(line('turn_context', { turn_id: turnId, root_turn_id: turnId, cwd, approval_policy: 'on-request', sandbox_policy: { type: 'workspace-write' }, model: 'gpt-5.5', effort: 'high', summary: 'auto', realtime_active: false }));
    const ask = text(r, P.prose, profile.ask(r));
    out.push(msg('user', ask, turnId));
    out.push(line('event_msg', { type: 'item_completed', thread_id: sessionId, turn_id: turnId, item: { type: 'UserMessage', id: uuid(), content: [{ type: 'text', text: ask, text_elements: [] }] } }));

    const steps = r.int(1, maxSteps);
    for (let step = 0; step < steps; step++) {
      const rsId = `rs_${r.hex(16)}`;
      const summary = text(r, P.prose, profile.summary(r));
      out.push(item({ type: 'reasoning', id: rsId, summary: [{ type: 'summary_text', text: summary }], content: null, encrypted_content: 'gAAAAAB' + base64(r, clip(profile.encrypted(r))), internal_chat_message_metadata_passthrough: { turn_id: turnId } }));
      out.push(line('event_msg', { type: 'item_completed', thread_id: sessionId, turn_id: turnId, item: { type: 'Reasoning', id: rsId, summary_text: [summary], raw_content: [] } }));
      // One event per summary section, as the pre-0.169 generations write them: short lines.
      if (profile.agentReasoning) for (let k = r.int(3, 5); k > 0; k--) out.push(line('event_msg', { type: 'agent_reasoning', text: text(r, P.prose, r.int(20, 120)) }));

      // Calls of this step, each with the lines that answer it.
      const kind = withImage && step === 0 ? 'image' : r.pick(TOOL_KINDS);
      const kinds = kind === 'parallel' ? Array.from({ length: r.int(2, 4) }, () => r.pick(['exec', 'exec', 'patch'])) : [kind];
      const calls = kinds.map((k) => call(k, `call_${r.hex(20)}${(callSeq++).toString(36)}`, turnId));
      for (const c of calls) out.push(c.call());
      out.push(line('token_usage_record', { thread_id: sessionId, turn_id: turnId, session_id: sessionId, root_turn_id: turnId, response_id: `resp_${r.hex(24)}`, usage: usage(r.int(1e3, 9e4), r.int(10, 3e3)) }));
      if (step === 0 && due.has('garbage')) {
        out.push(`{"timestamp":"${new Date(now).toISOString()}","type":"event_msg","payload":{"type":"token_co\n`); // torn write mid-file
      }
      calls.forEach((c, i) => {
        if (step === 0 && i === 0 && due.has('drop')) return;
        out.push(...c.answer());
        if (step === 0 && i === 0 && due.has('duplicate')) out.push(item(c.output)); // re-appended with a new ordinal
      });
      if (step === 0 && due.has('orphan')) {
        out.push(item({ type: 'function_call_output', id: `fco_${uuid()}`, call_id: `call_orphan_${r.hex(12)}`, output: 'Process exited with code 0\nOutput:\n' }));
      }
      out.push(line('event_msg', { type: 'token_count', info: { total_token_usage: usage(r.int(1e4, 2e5), r.int(1e3, 2e4)), last_token_usage: usage(r.int(1e3, 9e4), r.int(10, 3e3)), model_context_window: 258400 }, rate_limits: { limit_id: 'codex', primary: null, secondary: null } }));
    }

    const answer = text(r, P.prose, profile.answer(r));
    out.push(line('event_msg', { type: 'item_completed', thread_id: sessionId, turn_id: turnId, item: { type: 'AgentMessage', id: `msg_${r.hex(8)}`, content: [{ type: 'Text', text: answer }] } }));
    out.push(msg('assistant', answer, turnId));
    out.push(line('token_usage_record', { thread_id: sessionId, turn_id: turnId, session_id: sessionId, root_turn_id: turnId, response_id: `resp_${r.hex(24)}`, usage: usage(r.int(1e3, 9e4), r.int(10, 3e3)) }));
    const last = line('event_msg', { type: 'task_complete', turn_id: turnId, root_turn_id: turnId, last_agent_message: cut(answer, 200), duration_ms: r.int(500, 600_000) });
    const chunk = out.join('');
    if (bytes + Buffer.byteLength(chunk) + Buffer.byteLength(last) >= size && damage) {
      yield emit(chunk + cut(last, last.length >> 1)); // torn final line: no newline
      return;
    }
    yield emit(chunk + last);
  }

  // One call of kind exec | patch | search | image. `call` and `answer` (item_completed event + output)
  // are thunks so that ordinals and timestamps follow the order in which the lines are written.
  function call(kind, callId, turnId) {
    const meta = { internal_chat_message_metadata_passthrough: { turn_id: turnId } };
    if (kind === 'patch') {
      const file = `src/${r.pick(['core', 'rules', 'cli'])}/${r.pick(['reader', 'pairing', 'main'])}.ts`;
      const body = text(r, P.code, clip(profile.patch(r))).split('\n');
      const input = `*** Begin Patch\n*** Update File: ${file}\n@@\n${body.map((l, i) => (i % 3 ? '+' : '-') + l).join('\n')}\n*** End Patch\n`;
      const output = { type: 'custom_tool_call_output', id: `ctco_${uuid()}`, call_id: callId, output: `Exit code: 0\nWall time: 0 seconds\nOutput:\nSuccess. Updated the following files:\nM ${file}\n`, ...meta };
      return {
        call: () => item({ type: 'custom_tool_call', id: `ctc_${callId}`, status: 'completed', call_id: callId, name: 'apply_patch', input, ...meta }),
        output,
        answer: () => [line('event_msg', { type: 'item_completed', thread_id: sessionId, turn_id: turnId, item: { type: 'FileChange', id: callId, changes: { [`${cwd}/${file}`]: { type: 'update', unified_diff: cut(input, 2_000) } }, status: 'completed' } }), item(output)],
      };
    }
    if (kind === 'search') {
      const output = { type: 'tool_search_output', id: `tso_${uuid()}`, call_id: callId, status: 'completed', execution: 'client', tools: [{ type: 'function', name: 'create_event', description: 'Create a calendar event', parameters: { type: 'object', properties: { title: { type: 'string' } } } }], ...meta };
      return {
        call: () => item({ type: 'tool_search_call', id: `tsc_${callId}`, call_id: callId, status: 'completed', execution: 'client', arguments: { query: 'calendar' }, ...meta }),
        output,
        answer: () => [item(output)],
      };
    }
    if (kind === 'image') {
      const output = { type: 'function_call_output', id: `fco_${uuid()}`, call_id: callId, output: [{ type: 'input_image', image_url: 'data:image/png;base64,' + base64(r, Math.min(r.int(1e6, 5e6), Math.floor(size / 10)) & ~3), detail: 'high' }], ...meta };
      return {
        call: () => item({ type: 'function_call', status: 'completed', id: `fc_${callId}`, name: 'view_image', arguments: JSON.stringify({ path: 'screenshots/home.png' }), call_id: callId, ...meta }),
        output,
        answer: () => [item(output)],
      };
    }
    const cmd = r.pick(P.commands);
    const stdout = text(r, P.output, clip(profile.output(r)));
    const output = { type: 'function_call_output', id: `fco_${uuid()}`, call_id: callId, output: `Chunk ID: ${r.hex(6)}\nWall time: ${(r.next() * 3).toFixed(4)} seconds\nProcess exited with code 0\nOriginal token count: ${stdout.length >> 2}\nOutput:\n${stdout}\n`, ...meta };
    return {
      call: () => item({ type: 'function_call', status: 'completed', id: `fc_${callId}`, name: 'exec_command', arguments: JSON.stringify(profile.terseCalls ? { cmd } : { cmd, workdir: cwd, yield_time_ms: 10_000, max_output_tokens: 12_000 }), call_id: callId, ...meta }),
      output,
      answer: () => [
        line('event_msg', { type: 'item_completed', thread_id: sessionId, turn_id: turnId, item: { type: 'CommandExecution', id: callId, command: ['/bin/bash', '-lc', cmd], cwd: `file://${cwd}`, status: 'completed', aggregated_output: cut(stdout, profile.aggregated), exit_code: 0 } }),
        item(output, { fallback_token_limit_override: 12_000 }),
      ],
    };
  }
}

/**
 * Yields a healthy rollout of about `size` bytes in which every line is exactly `lineBytes` bytes, newline
 * included: the cost per line, with the record types of a turn (events, messages, reasoning, calls and
 * their outputs, token counts), each padded to length in one of its text fields.
 */
export function* uniformRollout({ size, seed = 1, lineBytes = 200 }) {
  const r = rng(seed);
  const { id: sessionId, start } = session(seed);
  let now = start;
  let ordinal = 0;
  let callSeq = 0;
  /** The record, its `fill` field set so that the line is lineBytes long (ASCII only, so chars = bytes). */
  const line = (type, payload, fill) => {
    now += r.int(1, 400);
    const env = { timestamp: new Date(now).toISOString(), ordinal: ordinal++, type, payload };
    const room = lineBytes - 1 - JSON.stringify(env).length;
    if (room < 0) throw new Error(`a ${type} line does not fit in ${lineBytes} bytes`);
    fill(base64(r, room));
    return JSON.stringify(env) + '\n';
  };
  const meta = { id: sessionId, history_mode: 'paginated', cwd: '' };
  yield line('session_meta', meta, (pad) => (meta.cwd = `/${pad.slice(1)}`));
  for (let bytes = lineBytes; bytes < size; ) {
    const out = [];
    const turnId = r.hex(8);
    const event = (payload, key) => out.push(line('event_msg', payload, (pad) => (payload[key] = pad)));
    const item = (payload, key) => out.push(line('response_item', payload, (pad) => (payload[key] = pad)));
    const message = (role, type) => {
      const content = [{ type, text: '' }];
      out.push(line('response_item', { type: 'message', role, content }, (pad) => (content[0].text = pad)));
    };
    event({ type: 'task_started', turn_id: turnId, note: '' }, 'note');
    message('user', 'input_text');
    for (let step = r.int(1, 6); step > 0; step--) {
      const callId = `call_${(callSeq++).toString(36)}`;
      item({ type: 'reasoning', summary: [], encrypted_content: '' }, 'encrypted_content');
      item({ type: 'function_call', name: 'exec_command', arguments: '', call_id: callId }, 'arguments');
      event({ type: 'token_count', info: null, note: '' }, 'note');
      item({ type: 'function_call_output', call_id: callId, output: '' }, 'output');
    }
    message('assistant', 'output_text');
    event({ type: 'task_complete', turn_id: turnId, last_agent_message: '' }, 'last_agent_message');
    bytes += out.length * lineBytes;
    yield out.join('');
  }
}

/** Yields one valid JSON line of exactly `size` bytes (± 3): a function_call_output holding a base64 image. */
export function* singleLine(size) {
  const r = rng(64);
  const [head, tail] = JSON.stringify({
    timestamp: '2026-11-24T09:00:00.000Z', ordinal: 12, type: 'response_item',
    payload: { type: 'function_call_output', id: 'fco_single', call_id: 'call_single', output: [{ type: 'input_image', image_url: 'data:image/png;base64,@@B64@@', detail: 'high' }] },
    metadata: { history_sequence: 7, sampled_through_sequence: 6, client_authored: false },
  }).split('@@B64@@');
  yield head;
  for (let left = (size - head.length - tail.length - 1) & ~3; left > 0; left -= 2 ** 20) yield base64(r, Math.min(left, 2 ** 20));
  yield tail + '\n';
}

/** Writes the chunks of a generator to `path` through a stream (backpressure respected). */
export async function writeChunks(path, chunks) {
  mkdirSync(dirname(path), { recursive: true });
  const ws = createWriteStream(path, { highWaterMark: 2 ** 20 });
  for (const chunk of chunks) if (!ws.write(chunk)) await once(ws, 'drain');
  ws.end();
  await once(ws, 'finish');
}

/** N small healthy rollouts (≈10–80 KB, median 20 KB) under DIR/YYYY/MM/DD/rollout-<time>-<id>.jsonl. */
/**
 * `count` small rollouts under `dir`. With `forkEvery`, `dir` is a Codex home (rollouts under sessions/)
 * and every `forkEvery`-th rollout is a fork of the one written before it, as `codex exec fork` makes one:
 * its session_meta names the parent and the parent's bytes it reads.
 */
export function writeTree(dir, count, seed = 1, { forkEvery } = {}) {
  const r = rng(seed);
  let parent;
  for (let i = 0; i < count; i++) {
    const fileSeed = seed * 100_003 + i;
    const { id, path: name } = session(fileSeed);
    const path = forkEvery ? join(dir, 'sessions', name) : join(dir, name);
    const lines = [...rollout({ size: r.int(1_000, 32_000), seed: fileSeed })];
    if (forkEvery && parent && i % forkEvery === forkEvery - 1) lines[0] = forkMeta(lines[0], parent);
    mkdirSync(dirname(path), { recursive: true });
    const text = lines.join('');
    writeFileSync(path, text);
    parent = { id, bytes: Buffer.byteLength(text) };
  }
}

/** A session_meta line made a fork's: it reads `parent` (its session id and size) up to its end. */
function forkMeta(metaLine, parent) {
  const meta = JSON.parse(metaLine);
  meta.payload.forked_from_id = parent.id;
  meta.payload.history_base = { thread_id: parent.id, end_byte_offset: parent.bytes };
  return `${JSON.stringify(meta)}\n`;
}

async function main() {
  const { values: o } = parseArgs({
    options: {
      size: { type: 'string' }, damage: { type: 'boolean' }, legacy: { type: 'boolean' }, seed: { type: 'string', default: '1' },
      'single-line': { type: 'string' }, tree: { type: 'string' }, forks: { type: 'string' }, output: { type: 'string', short: 'o' },
    },
  });
  if (!o.output || [o.size, o['single-line'], o.tree].filter(Boolean).length !== 1) {
    console.error('usage: generate.mjs (--size 200MB [--damage] [--legacy] | --single-line 64MiB | --tree N [--forks K]) [--seed N] -o PATH');
    process.exit(2);
  }
  const seed = Number(o.seed);
  if (o.tree) writeTree(o.output, Number(o.tree), seed, o.forks ? { forkEvery: Number(o.forks) } : {});
  else if (o['single-line']) await writeChunks(o.output, singleLine(parseSize(o['single-line'])));
  else await writeChunks(o.output, rollout({ size: parseSize(o.size), seed, legacy: o.legacy, damage: o.damage }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
