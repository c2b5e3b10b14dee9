/**
 * The envelope's fast path against its exact path: for any record, classifying from scanned fields gives
 * what classify gives on the parsed record (or declines).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codexEnvelope } from '../../../src/formats/codex/envelope.js';
import { JsonScanner } from '../../../src/reading/json-scan.js';

const scan = codexEnvelope.scan!;
const scanner = new JsonScanner(scan.fields);

/** A field that is absent (undefined) or holds a value of some kind, often the kind its schema wants. */
const anyOf = <T>(...wanted: T[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...wanted) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '', 0, 1.5, -1, true, [], {}, [{ type: 'x' }], 'x') },
  );

const ITEM_TYPES = [
  'message', 'reasoning', 'function_call', 'function_call_output', 'custom_tool_call', 'custom_tool_call_output',
  'local_shell_call', 'tool_search_call', 'tool_search_output', 'web_search_call', 'ghost_snapshot', 'compaction',
  'agent_message', 'new_item_type', 'constructor', '__proto__',
];
const EVENT_TYPES = ['task_started', 'turn_started', 'task_complete', 'turn_complete', 'turn_aborted', 'user_message', 'thread_rolled_back', 'token_count', 'item_completed'];
const RECORD_TYPES = [
  'session_meta', 'response_item', 'compacted', 'turn_context', 'event_msg', 'inter_agent_communication', 'world_state',
  'token_usage_record', 'rollout_reference', 'future_record', 'toString',
];

const payloadArb = fc.record(
  {
    type: anyOf(...ITEM_TYPES, ...EVENT_TYPES),
    role: anyOf('user', 'assistant', 'developer'),
    content: anyOf<unknown>([{ type: 'input_text', text: 'Please fix it.' }], [{ type: 'input_text', text: '  <environment_context>x' }], 'text'),
    id: anyOf('fc_1', 'rs_2', 'a\u00e9'),
    call_id: anyOf('call_1', 'call_\u00e9', 'c"\\1', ''),
    name: anyOf('exec_command', 'apply_patch', 'n\u{1f600}'),
    arguments: anyOf('{"cmd":"ls"}'),
    input: anyOf('*** Begin Patch'),
    output: anyOf<unknown>('ok', '', [{ type: 'input_text', text: 'x' }], [{ type: 'input_image' }, { text: 'no type' }], [1]),
    execution: anyOf('server', 'client'),
    tools: anyOf<unknown>([], [{ type: 'function' }]),
    action: anyOf<unknown>({ type: 'exec' }, { command: ['ls'] }),
    num_turns: anyOf(0, 2, -1, 1.5),
    history_mode: anyOf('paginated', 'legacy', 'other'),
    replacement_history: anyOf<unknown>([], [{ type: 'message', role: 'user', content: [] }], [{ type: 'function_call', call_id: 'c', name: 'n', arguments: '' }], [{}]),
  },
  { requiredKeys: [] },
);

const anyRecordArb = fc.record(
  {
    timestamp: anyOf('2026-03-04T10:00:00.000Z', 't\u00e9'),
    ordinal: anyOf(0, 7, 9007199254740991, 9007199254740992, -0, 1e21),
    type: anyOf(...RECORD_TYPES),
    payload: fc.oneof({ weight: 6, arbitrary: payloadArb }, { weight: 1, arbitrary: anyOf<unknown>([], [{ type: 'task_started' }], null, 'x') }),
    metadata: anyOf({ history_sequence: 3, type: 'decoy' }),
  },
  { requiredKeys: [] },
);

/** Mostly well-formed records of the types that matter, with one field or another of the wrong kind. */
const recordArb = fc.oneof(
  anyRecordArb,
  fc.tuple(anyRecordArb, payloadArb, fc.constantFrom(...ITEM_TYPES), anyOf('user', 'assistant')).map(([record, payload, type, role]) => ({
    ...record,
    type: 'response_item',
    payload: { ...payload, type, role },
  })),
  fc.tuple(anyRecordArb, payloadArb, fc.constantFrom(...EVENT_TYPES)).map(([record, payload, type]) => ({ ...record, type: 'event_msg', payload: { ...payload, type } })),
);

/** Writes a record as JSON, with every character of its strings at times written as a \u escape. */
function write(record: unknown, escapeAll: boolean): string {
  const text = JSON.stringify(record);
  if (!escapeAll) return text;
  // Escape the characters of string values (never of keys, which would only make the scan decline).
  return text.replace(/:"((?:[^"\\]|\\.)*)"/g, (_, body: string) => `:"${body.replace(/[a-z]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`);
}

describe('the envelope fast path', () => {
  it('classifies every record it can classify exactly as classify does on the parsed record', () => {
    let fast = 0;
    fc.assert(
      fc.property(recordArb, fc.boolean(), fc.boolean(), (record, escapeAll, repeatType) => {
        let line = write(record, escapeAll);
        // A repeated key: the last one wins in JSON.parse, and must in the scan.
        if (repeatType) line = `{"type":"decoy","payload":{"type":"function_call","call_id":"x"}${line === '{}' ? '' : ','}${line.slice(1)}`;
        const parsed = JSON.parse(line) as object;
        expect(scanner.scan(Buffer.from(line)), line).toBe(true);
        // A first record detects the format from its fields too.
        expect(scan.matches(scanner), line).toBe(codexEnvelope.matches(parsed));
        const info = scan.classify(scanner);
        if (info === undefined) return;
        fast += 1;
        expect(info, line).toEqual(codexEnvelope.classify(parsed));
        expect(scan.timestampOf(scanner), line).toBe(codexEnvelope.timestampOf(parsed));
      }),
      { numRuns: 10000 },
    );
    // Most generated records take the fast path: the comparison above is not vacuous.
    expect(fast).toBeGreaterThan(5000);
  });

  it('takes the fast path for the records that carry most bytes of a real session', () => {
    const lines = [
      '{"timestamp":"t","ordinal":0,"type":"session_meta","payload":{"id":"019f2b6b","history_mode":"paginated","base_instructions":{"text":"You are Codex."}}}',
      '{"timestamp":"t","ordinal":3,"type":"response_item","payload":{"type":"reasoning","summary":[],"encrypted_content":"gAAA"}}',
      '{"timestamp":"t","ordinal":4,"type":"response_item","payload":{"type":"function_call_output","call_id":"call_1","output":"Process exited with code 0"}}',
      '{"timestamp":"t","ordinal":4,"type":"response_item","payload":{"type":"function_call_output","call_id":"call_1","output":[{"type":"input_image","image_url":"data:image/png;base64,iVBOR"}]}}',
      '{"timestamp":"t","ordinal":5,"type":"response_item","payload":{"type":"function_call","name":"exec_command","arguments":"{}","call_id":"call_2"}}',
      '{"timestamp":"t","ordinal":6,"type":"event_msg","payload":{"type":"item_completed","item":{"type":"UserMessage"}}}',
      '{"timestamp":"t","ordinal":7,"type":"response_item","payload":{"type":"message","role":"assistant","content":[]}}',
    ];
    for (const line of lines) {
      expect(scanner.scan(Buffer.from(line))).toBe(true);
      const info = scan.classify(scanner);
      expect(info, line).toBeDefined();
      expect(info, line).toEqual(codexEnvelope.classify(JSON.parse(line) as object));
    }
  });
});
