// Deterministic generator of synthetic Claude Code 2.1.332-style transcripts for the benchmark, written
// from ../shared/reference/claude-code-transcripts.md (§3): one content block per assistant line, the lines
// of one API message sharing `message.id`, each tool_result its own user line hanging off its tool_use
// line (`parentUuid` = `sourceToolAssistantUUID`), attachments between the results and the next assistant
// message, `api-request*` rows (no uuid), `queue-operation` and `last-prompt` rows. Sizes are shaped like
// the realistic Codex mix: mean about 1 KB, median under 500 B.
import { base64, cut, getPools, logNormal, rng, text } from './generate.mjs';

/** A random UUIDv4 (Claude Code's uuids and session ids). */
function uuid4(r) {
  const h = r.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${r.pick('89ab')}${h.slice(17, 20)}-${h.slice(20)}`;
}

const TOOLS = ['Bash', 'Bash', 'Bash', 'Read', 'Read', 'Edit', 'Grep', 'Glob'];
const ATTACHMENTS = ['total_tokens_reminder', 'date', 'deferred_tools_delta', 'session_context'];

/**
 * Yields the text of a transcript of about `size` bytes, one turn per chunk. The transcript is healthy:
 * every tool_use has its tool_result and every parentUuid names an earlier line.
 */
export function* claudeTranscript({ size, seed = 1 }) {
  const P = getPools();
  const r = rng(seed ^ 0xc1a0de);
  const sessionId = uuid4(r);
  const cwd = '/home/dev/src/acme-app';
  let now = Date.UTC(2026, 10, 24, 9, 0, 0);
  let parent = null;
  const envelope = (type, extra) => {
    now += r.int(5, 900);
    const uuid = uuid4(r);
    const line = { parentUuid: parent, isSidechain: false, type, uuid, timestamp: new Date(now).toISOString(), userType: 'external', entrypoint: 'cli', cwd, sessionId, version: '2.1.332', gitBranch: 'main', ...extra };
    return [uuid, line];
  };
  /** A chain line: its parent is the line before it in the chain. */
  const chain = (type, extra) => {
    const [uuid, line] = envelope(type, extra);
    parent = uuid;
    return [uuid, JSON.stringify(line) + '\n'];
  };
  const usage = () => ({ input_tokens: r.int(1, 40), cache_creation_input_tokens: r.int(0, 4000), cache_read_input_tokens: r.int(1e3, 9e4), output_tokens: r.int(1, 2000), service_tier: 'standard' });
  const assistant = (messageId, requestRef, block) =>
    chain('assistant', {
      message: { id: messageId, type: 'message', role: 'assistant', model: 'claude-opus-4-7', content: [block], stop_reason: block.type === 'tool_use' ? 'tool_use' : null, stop_sequence: null, usage: usage() },
      requestId: `req_${r.hex(24)}`,
      requestRef,
      apiBlockIndex: 0,
    });
  const request = (id) => JSON.stringify({ type: 'api-request', id, params: { model: 'claude-opus-4-7', max_tokens: 32000 }, base: `blob_${r.hex(16)}`, keep: r.int(1, 90), tail: [`blob_${r.hex(16)}`], cacheControl: 'ephemeral', requestDigest: r.hex(64), timestamp: new Date(now).toISOString(), sessionId }) + '\n';

  let bytes = 0;
  const emit = (s) => ((bytes += Buffer.byteLength(s)), s);
  // As 2.1.332 writes it: once, after the first prompt and its attachments, before the first request.
  let shape = JSON.stringify({ type: 'api-request-shape', shapeHash: r.hex(16), shape: { system: text(r, P.prose, 20_000), tools: text(r, P.code, 50_000) }, sessionId }) + '\n';

  while (bytes < size) {
    const out = [];
    const prompt = text(r, P.prose, logNormal(r, 120, 1, 10, 4_000));
    out.push(JSON.stringify({ type: 'queue-operation', operation: 'enqueue', timestamp: new Date(now).toISOString(), sessionId, content: cut(prompt, 200) }) + '\n');
    out.push(JSON.stringify({ type: 'queue-operation', operation: 'dequeue', timestamp: new Date(now).toISOString(), sessionId }) + '\n');
    const [, promptLine] = chain('user', { message: { role: 'user', content: prompt }, promptSource: 'typed', sentAtMs: now });
    out.push(promptLine);
    out.push(chain('attachment', { attachment: { type: 'date', rendered: [`Today's date is 2026-11-24.`] } })[1]);
    if (shape) {
      out.push(shape);
      shape = undefined;
    }
    for (let step = r.int(1, 12); step > 0; step--) {
      const messageId = `msg_${r.hex(24)}`;
      const requestId = `areq_${r.hex(16)}`;
      out.push(request(requestId));
      out.push(assistant(messageId, requestId, { type: 'thinking', thinking: text(r, P.prose, logNormal(r, 200, 1, 20, 6_000)), signature: base64(r, logNormal(r, 400, 0.8, 100, 4_000) & ~3) })[1]);
      if (r.next() < 0.4) out.push(assistant(messageId, requestId, { type: 'text', text: text(r, P.prose, logNormal(r, 100, 1, 10, 2_000)) })[1]);
      // 1–3 parallel calls: each result hangs off its own tool_use line; the chain goes on from the last result.
      const calls = [];
      for (let k = r.next() < 0.8 ? 1 : r.int(2, 3); k > 0; k--) {
        const id = `toolu_${r.hex(24)}`;
        const name = r.pick(TOOLS);
        const input = name === 'Bash' ? { command: r.pick(P.commands), description: 'Run the command' } : name === 'Edit' ? { file_path: `${cwd}/src/core/reader.ts`, old_string: text(r, P.code, logNormal(r, 150, 1, 10, 4_000)), new_string: text(r, P.code, logNormal(r, 150, 1, 10, 4_000)) } : { file_path: `${cwd}/src/core/reader.ts` };
        const [uuid, line] = assistant(messageId, requestId, { type: 'tool_use', id, name, input });
        out.push(line);
        calls.push({ id, uuid });
      }
      for (const call of calls.reverse()) {
        const stdout = text(r, P.output, logNormal(r, 300, 1.8, 10, 150_000));
        parent = call.uuid;
        out.push(chain('user', {
          message: { role: 'user', content: [{ tool_use_id: call.id, type: 'tool_result', content: stdout, is_error: false }] },
          toolUseResult: { stdout: cut(stdout, 2_000), stderr: '', interrupted: false, isImage: false },
          sourceToolAssistantUUID: call.uuid,
        })[1]);
      }
      if (r.next() < 0.5) out.push(chain('attachment', { attachment: { type: r.pick(ATTACHMENTS), rendered: [`<system-reminder>${text(r, P.prose, r.int(40, 300))}</system-reminder>`] } })[1]);
    }
    const answerId = `msg_${r.hex(24)}`;
    const answerRequest = `areq_${r.hex(16)}`;
    out.push(request(answerRequest));
    const [leaf, answerLine] = assistant(answerId, answerRequest, { type: 'text', text: text(r, P.prose, logNormal(r, 200, 1, 20, 6_000)) });
    out.push(answerLine);
    out.push(JSON.stringify({ type: 'last-prompt', lastPrompt: cut(prompt, 200), leafUuid: leaf, sessionId }) + '\n');
    yield emit(out.join(''));
  }
}
