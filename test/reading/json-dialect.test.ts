import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODEX_JSON_DIALECT } from '../../src/formats/codex/json-dialect.js';
import { dialectViolation, scanDeferrals } from '../../src/reading/json-dialect.js';
import { JsonScanner } from '../../src/reading/json-scan.js';

const violation = (text: string) => dialectViolation(text, JSON.parse(text) as object, CODEX_JSON_DIALECT);
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe("dialectViolation with Codex's dialect", () => {
  it.each([
    ['{"payload":{"x":"\\ud800"}}', "Codex's JSON reader rejects it: a lone surrogate escape in payload.x"],
    ['{"payload":{"x":["ok","\\udc00"]}}', "Codex's JSON reader rejects it: a lone surrogate escape in payload.x.1"],
    ['{"payload":{"x":"\\udc00\\ud800"}}', "Codex's JSON reader rejects it: a lone surrogate escape in payload.x"],
    ['{"payload":{"\\ud800":1}}', "Codex's JSON reader rejects it: a lone surrogate escape in a key of payload"],
    ['{"timestamp":"2026\\ud800"}', "Codex's JSON reader rejects it: a lone surrogate escape in timestamp"],
    ['{"\\udfff":1}', "Codex's JSON reader rejects it: a lone surrogate escape in a key of the line"],
    ['{"metadata":{"x":"\\ud800"}}', "Codex's JSON reader rejects it: a lone surrogate escape in metadata.x"],
    ['{"future":{"y":["\\udc00"]}}', "Codex's JSON reader rejects it: a lone surrogate escape in future.y.0"],
    ['{"payload":{"n":18446744073709551616}}', "Codex's JSON reader rejects it: the integer 18446744073709551616 fits no 64-bit integer"],
    ['{"n":-9223372036854775809}', "Codex's JSON reader rejects it: the integer -9223372036854775809 fits no 64-bit integer"],
    ['{"metadata":{"n":99999999999999999999999}}', "Codex's JSON reader rejects it: the integer 99999999999999999999999 fits no 64-bit integer"],
    [`{"payload":{"x":${nested(126)}}}`, "Codex's JSON reader rejects it: nested deeper than 127 levels"],
    [`{"x":${nested(127)}}`, "Codex's JSON reader rejects it: nested deeper than 127 levels"],
  ])('rejects %s', (text, reason) => {
    expect(violation(text)).toBe(reason);
  });

  it.each([
    '{"payload":{"x":"\\ud83d\\ude00 é \\u0000"}}',
    '{"payload":{"n":18446744073709551615,"m":-9223372036854775808,"f":18446744073709551616.0,"e":1e400,"g":-1.5e-400}}',
    '{"payload":{"x":0.1234567890123456789012,"y":12345678901234567890e1}}',
    '{"payload":{"text":"99999999999999999999999 \\" 99999999999999999999999"}}',
    `{"payload":{"x":${nested(125)}}}`,
  ])('takes %s', (text) => {
    expect(violation(text)).toBeUndefined();
  });

  it('walks nesting 100 000 levels deep without overflowing the stack', () => {
    expect(violation(`{"x":${nested(100_000)}}`)).toBe("Codex's JSON reader rejects it: nested deeper than 127 levels");
  });
});

describe('a scanner with the dialect\'s deferrals', () => {
  const scanner = new JsonScanner(['type', 'payload.type'], scanDeferrals(CODEX_JSON_DIALECT));
  const plain = new JsonScanner(['type', 'payload.type']);

  it('leaves to the exact path every line the dialect might reject, and only such lines', () => {
    for (const text of [
      '{"payload":{"x":"\\ud800"}}',
      '{"payload":{"x":"\\uD83D\\uDE00"}}',
      '{"x":{"\\udc00":1}}',
      '{"n":1234567890123456789}',
      '{"n":-1234567890123456789}',
      `{"x":${nested(127)}}`,
    ]) {
      expect(plain.scan(Buffer.from(text)), text).toBe(true);
      expect(scanner.scan(Buffer.from(text)), text).toBe(false);
    }
    for (const text of ['{"n":123456789012345678,"f":1234567890123456789.5,"e":1e400,"s":"\\u00e9\\ucfff\\ue000"}', `{"x":${nested(126)}}`]) {
      expect(scanner.scan(Buffer.from(text)), text).toBe(true);
    }
  });

  it('never takes a line the dialect rejects (property, over lines built to break it)', () => {
    const piece = fc.oneof(
      fc.constantFrom('"\\ud800"', '"\\udbff\\udc00"', '"\\udc00"', '"\\uD800x"', '18446744073709551616', '-9223372036854775809', '9223372036854775807', '1e400', '"x"', '0'),
      fc.integer({ min: 120, max: 130 }).map(nested),
    );
    const line = fc.record({ where: fc.constantFrom('payload', 'metadata', 'timestamp', 'other'), value: piece }).map(({ where, value }) =>
      where === 'payload' || where === 'metadata' ? `{"type":"response_item","${where}":{"v":${value}}}` : `{"type":"event_msg","${where}":${value}}`,
    );
    fc.assert(
      fc.property(line, (text) => {
        if (scanner.scan(Buffer.from(text))) expect(violation(text), text).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
