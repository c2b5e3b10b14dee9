import { describe, expect, it } from 'vitest';
import { memberValue, verifiedReplace } from '../../src/formats/verified-replace.js';

const setParent = (to: string) => (entry: unknown) => ({ ...(entry as object), parentUuid: to });

describe('verifiedReplace with memberValue: a member\'s value, however the writer spaced the colon', () => {
  it.each([
    ['compact', '{"parentUuid":"a-1","uuid":"b"}', '{"parentUuid":"c-2","uuid":"b"}'],
    ['as Python\'s json.dumps writes it', '{"parentUuid": "a-1", "uuid": "b"}', '{"parentUuid": "c-2", "uuid": "b"}'],
    ['spaces and a tab on both sides', '{"parentUuid" :\t "a-1","uuid":"b"}', '{"parentUuid" :\t "c-2","uuid":"b"}'],
  ])('%s: only the value changes', (_, line, expected) => {
    expect(verifiedReplace(Buffer.from(line), memberValue('parentUuid', '"a-1"'), '"c-2"', setParent('c-2'))?.toString()).toBe(expected);
  });

  it('matches the key whole: "tool_use_id" is no "id"', () => {
    const line = Buffer.from('{"content":[{"tool_use_id":"t1","type":"tool_result"},{"id":"t1","type":"tool_use"}]}');
    const renamed = (entry: unknown) => ({ content: [(entry as { content: object[] }).content[0], { id: 't2', type: 'tool_use' }] });
    expect(verifiedReplace(line, memberValue('id', '"t1"'), '"t2"', renamed)?.toString()).toBe('{"content":[{"tool_use_id":"t1","type":"tool_result"},{"id":"t2","type":"tool_use"}]}');
  });

  it('takes the key and the value as text, not as patterns', () => {
    expect(memberValue('a.b', '"x+y"').test('{"a.b":"x+y"}')).toBe(true);
    expect(memberValue('a.b', '"x+y"').test('{"aXb":"xxy"}')).toBe(false);
  });

  it('finds no value written with a \\u escape (its text is not the canonical one): the rewrite is not made', () => {
    const line = Buffer.from('{"parentUuid":"\\u0061-1","uuid":"b"}');
    expect(verifiedReplace(line, memberValue('parentUuid', '"a-1"'), '"c-2"', setParent('c-2'))).toBeUndefined();
  });

  it('keeps no edit whose parsed result is not the one expected (the first match was another member\'s)', () => {
    const line = Buffer.from('{"message":{"parentUuid":"a-1"},"parentUuid":"a-1"}');
    expect(verifiedReplace(line, memberValue('parentUuid', '"a-1"'), '"c-2"', setParent('c-2'))).toBeUndefined();
  });
});
