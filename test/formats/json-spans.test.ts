import { describe, expect, it } from 'vitest';
import { elementSpans, valueSpan } from '../../src/formats/json-spans.js';

const at = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('json-spans: where values sit in JSON text', () => {
  it('finds a nested value however the text is spaced', () => {
    for (const text of ['{"a":1,"message":{"role":"user","content":[1,{"x":"]"},"s"]}}', ' { "a" : 1 ,\n "message" : { "role" : "user" , "content" : [ 1 , { "x" : "]" } , "s" ] } } ']) {
      const content = valueSpan(text, ['message', 'content']);
      expect(JSON.parse(at(text, content)!)).toEqual([1, { x: ']' }, 's']);
      expect(elementSpans(text, content!.start).map((span) => JSON.parse(at(text, span)!))).toEqual([1, { x: ']' }, 's']);
    }
  });

  it('skips strings with escaped quotes, backslashes and brackets, and keys that hold other keys\' names', () => {
    const text = String.raw`{"content":"not \"this\" \\","x":{"content":[0]},"message":{"content":["{\"[",true,null,-1.5e3]}}`;
    const content = valueSpan(text, ['message', 'content'])!;
    expect(elementSpans(text, content.start).map((span) => at(text, span))).toEqual([String.raw`"{\"["`, 'true', 'null', '-1.5e3']);
  });

  it('takes the last of a key written twice, as JSON.parse does', () => {
    const text = '{"message":{"content":[1]},"message":{"content":[2, 3]}}';
    expect(at(text, valueSpan(text, ['message', 'content']))).toBe('[2, 3]');
  });

  it('has no span for a missing key or a step through a value that is not an object', () => {
    expect(valueSpan('{"message":"text"}', ['message', 'content'])).toBeUndefined();
    expect(valueSpan('{"other":{}}', ['message'])).toBeUndefined();
    expect(elementSpans('[ ]', 0)).toEqual([]);
  });
});
