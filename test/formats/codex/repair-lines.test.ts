import { describe, expect, it } from 'vitest';
import { retypeOutputLine, syntheticOutputId, withOrdinalLine } from '../../../src/formats/codex/repair-lines.js';
import { uuidV5 } from '../../../src/formats/uuid-v5.js';

describe('uuidV5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives Codex synthetic output ids from the prefix and the call item id', () => {
    expect(syntheticOutputId('function_call_output', 'fc_call_kill_f')).toBe(`fco_${uuidV5('fco:fc_call_kill_f', '90d38d3e-6a5b-4d52-bfe2-2f1e634bfac4')}`);
    expect(syntheticOutputId('custom_tool_call_output', 'x')).toMatch(/^ctco_[0-9a-f-]{36}$/);
  });
});

describe('withOrdinalLine', () => {
  it('inserts the ordinal after the timestamp, where Codex writes it', () => {
    expect(withOrdinalLine(Buffer.from('{"timestamp":"t","type":"x","payload":{}}'), 7)?.toString()).toBe('{"timestamp":"t","ordinal":7,"type":"x","payload":{}}');
  });

  it('puts it first when the timestamp is not first, and refuses a line that already has the key', () => {
    expect(withOrdinalLine(Buffer.from('{"type":"x","timestamp":"t"}'), 2)?.toString()).toBe('{"ordinal":2,"type":"x","timestamp":"t"}');
    expect(withOrdinalLine(Buffer.from('{"timestamp":"t","ordinal":null,"type":"x"}'), 2)).toBeUndefined();
    expect(withOrdinalLine(Buffer.from('[1]'), 2)).toBeUndefined();
  });
});

describe('retypeOutputLine', () => {
  const payloadOf = (record: unknown) => (record as { payload: unknown }).payload;

  it('changes only the type and the id prefix, byte for byte elsewhere', () => {
    const line = '{"timestamp":"t","type":"response_item","payload":{"type":"function_call_output","id":"fco_1","call_id":"c","output":"{\\"type\\":\\"function_call_output\\"}"}}';
    expect(retypeOutputLine(Buffer.from(line), 'custom_tool_call_output', payloadOf)?.toString()).toBe(line.replace('"type":"function_call_output","id":"fco_1"', '"type":"custom_tool_call_output","id":"ctco_1"'));
  });

  it('refuses when the first textual match is not the item type', () => {
    const line = '{"timestamp":"t","type":"response_item","metadata":{"type":"function_call_output"},"payload":{"type":"function_call_output","call_id":"c","output":"x"}}';
    expect(retypeOutputLine(Buffer.from(line), 'custom_tool_call_output', payloadOf)).toBeUndefined();
  });
});
