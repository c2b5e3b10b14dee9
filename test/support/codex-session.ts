/**
 * Builds Codex CLI rollouts shaped like what Codex 0.169 writes (envelope, ordinals, metadata siblings,
 * item ids), line by line, so tests can name exact line numbers. Made here, not copied from real files.
 */

export interface SessionOptions {
  /** Paginated history mode: every record carries an ordinal. Default true. */
  readonly paginated?: boolean;
  readonly sessionId?: string;
}

type Json = Record<string, unknown>;

export class CodexSession {
  readonly lines: string[] = [];
  readonly sessionId: string;
  readonly #paginated: boolean;
  #clock = Date.parse('2026-03-04T10:00:00.000Z');
  #ordinal = 0;
  #turn = 0;

  constructor(options: SessionOptions = {}) {
    this.#paginated = options.paginated ?? true;
    this.sessionId = options.sessionId ?? '01a20fe4-3815-73a2-be7d-d3d6632ba6c2';
    this.record('session_meta', {
      session_id: this.sessionId,
      id: this.sessionId,
      timestamp: this.#timestamp(),
      cwd: '/home/dev/project',
      originator: 'codex_exec',
      cli_version: '0.169.0',
      source: 'exec',
      model_provider: 'openai',
      base_instructions: { text: 'You are Codex, a coding agent.' },
      ...(this.#paginated && { history_mode: 'paginated' }),
    });
  }

  /** The 1-based number of the last line written. */
  get lastLine(): number {
    return this.lines.length;
  }

  #timestamp(): string {
    this.#clock += 7;
    return new Date(this.#clock).toISOString();
  }

  record(type: string, payload: Json, extra: Json = {}): this {
    const ordinal = this.#paginated ? { ordinal: this.#ordinal++ } : {};
    this.lines.push(JSON.stringify({ timestamp: this.#timestamp(), ...ordinal, type, payload, ...extra }));
    return this;
  }

  item(payload: Json): this {
    return this.record('response_item', payload, { metadata: { history_sequence: this.lines.length, client_authored: false } });
  }

  /** task_started, the contextual and real user messages, turn_context. */
  startTurn(prompt = 'Please fix the failing test.'): this {
    this.#turn += 1;
    const turnId = `turn-${this.#turn}`;
    this.record('event_msg', { type: 'task_started', turn_id: turnId, model_context_window: 258400 });
    this.item({ type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context>\n  <cwd>/home/dev/project</cwd>\n</environment_context>' }] });
    this.record('turn_context', { turn_id: turnId, cwd: '/home/dev/project', approval_policy: 'never', model: 'gpt-5.5' });
    return this.item({ type: 'message', role: 'user', content: [{ type: 'input_text', text: prompt }] });
  }

  endTurn(text = 'Done.'): this {
    this.item({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text }], phase: 'final_answer' });
    this.record('event_msg', { type: 'token_count', info: null });
    return this.record('event_msg', { type: 'task_complete', turn_id: `turn-${this.#turn}`, last_agent_message: text });
  }

  reasoning(): this {
    return this.item({ type: 'reasoning', id: `rs_${this.lines.length}`, summary: [{ type: 'summary_text', text: '**Planning**' }], content: null, encrypted_content: 'gAAAAABpG5SBkoDzu8k8HQRe' });
  }

  functionCall(callId: string, cmd = 'ls -la'): this {
    return this.item({ type: 'function_call', status: 'completed', id: `fc_${callId}`, name: 'exec_command', arguments: JSON.stringify({ cmd }), call_id: callId });
  }

  functionOutput(callId: string, output = 'Process exited with code 0\nOutput:\nREADME.md\nsrc\n'): this {
    return this.item({ type: 'function_call_output', id: `fco_out_${callId}`, call_id: callId, output });
  }

  customCall(callId: string, input = '*** Begin Patch\n*** Add File: a.txt\n+hello\n*** End Patch'): this {
    return this.item({ type: 'custom_tool_call', id: `ctc_${callId}`, status: 'completed', call_id: callId, name: 'apply_patch', input });
  }

  customOutput(callId: string, output = 'Success. Updated the following files:\nA a.txt\n'): this {
    return this.item({ type: 'custom_tool_call_output', id: `ctco_out_${callId}`, call_id: callId, output });
  }

  localShellCall(callId: string): this {
    return this.item({ type: 'local_shell_call', id: `lsh_${callId}`, call_id: callId, status: 'completed', action: { type: 'exec', command: ['bash', '-lc', 'pwd'], timeout_ms: null, working_directory: null, env: null, user: null } });
  }

  toolSearchCall(callId: string): this {
    return this.item({ type: 'tool_search_call', id: `tsc_${callId}`, call_id: callId, status: 'completed', execution: 'client', arguments: { query: 'calendar' } });
  }

  toolSearchOutput(callId: string): this {
    return this.item({ type: 'tool_search_output', id: `tso_out_${callId}`, call_id: callId, status: 'completed', execution: 'client', tools: [] });
  }

  tokenUsage(): this {
    return this.record('token_usage_record', { usage: { input_tokens: 10, output_tokens: 5, total_tokens: 15 } });
  }

  /** A complete turn with one exec_command call and its output. */
  execTurn(callId: string): this {
    return this.startTurn().reasoning().functionCall(callId).tokenUsage().functionOutput(callId).endTurn();
  }

  compacted(replacementHistory: Json[]): this {
    return this.record('compacted', {
      message: 'Summary of the conversation so far.',
      replacement_history: replacementHistory,
      replacement_history_metadata: replacementHistory.map((_, index) => ({ history_sequence: index + 1 })),
    });
  }

  rollback(turns: number): this {
    return this.record('event_msg', { type: 'thread_rolled_back', num_turns: turns });
  }

  /** The file's text: every line ending in LF. */
  text(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }
}
