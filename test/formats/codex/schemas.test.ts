/**
 * Each plain guard against the zod schema it stands in for: a record passes the guard exactly when zod
 * accepts it, whether the guard reads scanned fields or the parsed value. And zod stays unloaded while
 * every record passes.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactedIssue, itemFields, itemPaths, pairingItemValid, sessionMetaIssue, threadRolledBackIssue, zodSchemas } from '../../../src/formats/codex/schemas.js';
import { FieldList } from '../../../src/reading/field-list.js';
import { JsonScanner } from '../../../src/reading/json-scan.js';
import { fieldsOf } from '../../../src/reading/value-fields.js';

const PAIRING_TYPES = ['function_call', 'custom_tool_call', 'local_shell_call', 'tool_search_call', 'function_call_output', 'custom_tool_call_output', 'tool_search_output'];

/** Values of every JSON kind, weighted towards the ones a schema wants. */
const odd = fc.constantFrom<unknown>(undefined, null, '', 'x', 'call_1', 0, -0, 2, -1, 1.5, 2 ** 53, 1e21, true, [], {}, [1], [{}], [{ type: 1 }]);
const field = <T>(...wanted: T[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom<unknown>(...wanted) }, { weight: 2, arbitrary: odd });

const itemArb = fc.record(
  {
    type: fc.constantFrom(...PAIRING_TYPES),
    call_id: field('call_1', '', null),
    name: field('exec_command', ''),
    arguments: field('{}'),
    input: field('*** Begin Patch'),
    action: field<unknown>({ type: 'exec' }, { type: 2 }, { command: [] }, { type: 'exec', type2: 1 }),
    execution: field('server', 'client'),
    output: field<unknown>('ok', [], [{ type: 'input_image', image_url: 'x' }], [{ type: 'a' }, { text: 'b' }], [{ type: 'a' }, 'b'], [[{ type: 'a' }]]),
    tools: field<unknown>([], [{ type: 'function' }]),
  },
  { requiredKeys: ['type'] },
);

function drop<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

describe('the schema guards agree with zod', () => {
  const [scannedList, parsedList] = [new FieldList(itemPaths('payload.')), new FieldList(itemPaths(''))];
  const scanner = new JsonScanner(scannedList);

  it('pairingItemValid, from scanned fields and from the parsed item', () => {
    let accepted = 0;
    fc.assert(
      fc.property(itemArb, (generated) => {
        const item = drop(generated);
        const expected = zodSchemas().pairingItem.safeParse(item).success;
        expect(scanner.scan(Buffer.from(JSON.stringify({ payload: item })))).toBe(true);
        expect(pairingItemValid(item.type, scanner, itemFields(scannedList, 'payload.')), JSON.stringify(item)).toBe(expected);
        expect(pairingItemValid(item.type, fieldsOf(item, parsedList), itemFields(parsedList, '')), JSON.stringify(item)).toBe(expected);
        if (expected) accepted += 1;
      }),
      { numRuns: 10000 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });

  it('sessionMetaIssue', () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ id: field('019f2b6b', ''), history_mode: field('paginated', 'legacy', 'other'), cwd: field('/') }, { requiredKeys: [] }).map(drop), odd), (payload) => {
        expect(sessionMetaIssue(payload) === undefined, JSON.stringify(payload)).toBe(zodSchemas().sessionMetaPayload.safeParse(payload).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('compactedIssue', () => {
    const history = field<unknown>([], [{ type: 'message' }], [{ type: 'message' }, { type: 'function_call' }], [{}], [{ type: 1 }], ['x']);
    fc.assert(
      fc.property(fc.oneof(fc.record({ message: field('summary'), replacement_history: history, replacement_history_metadata: field<unknown>([], [{}], [{}, {}]) }, { requiredKeys: [] }).map(drop), odd), (payload) => {
        expect(compactedIssue(payload) === undefined, JSON.stringify(payload)).toBe(zodSchemas().compactedPayload.safeParse(payload).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('threadRolledBackIssue', () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ type: field('thread_rolled_back', 'task_started'), num_turns: field(0, 3, 2 ** 53 - 1, -0, 1.0) }, { requiredKeys: [] }).map(drop), odd), (payload) => {
        expect(threadRolledBackIssue(payload) === undefined, JSON.stringify(payload)).toBe(zodSchemas().threadRolledBack.safeParse(payload).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('zod', () => {
  it('is not loaded to check a healthy session, and is to explain an invalid record', () => {
    const script = (line: string) => `
      import { createRequire } from 'node:module';
      import { checkStream } from ${JSON.stringify(new URL('../../../dist/checking/check-source.js', import.meta.url).href)};
      const text = ${JSON.stringify(line)};
      const report = await checkStream(text);
      const zod = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/node_modules/zod/'));
      console.log(JSON.stringify({ zod, rules: report.diagnostics.map((d) => d.rule) }));`;
    const run = (line: string) => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script(line)], { encoding: 'utf8' }).stdout) as { zod: boolean; rules: string[] };
    const meta = '{"timestamp":"2026-03-04T10:00:00.000Z","type":"session_meta","payload":{"id":"019f2b6b-e9bd-7c87-ac82-ae5e1489d7b0"}}';
    const call = '{"timestamp":"2026-03-04T10:00:01.000Z","type":"response_item","payload":{"type":"function_call","name":"exec_command","arguments":"{}","call_id":"c1"}}';
    const output = '{"timestamp":"2026-03-04T10:00:02.000Z","type":"response_item","payload":{"type":"function_call_output","call_id":"c1","output":"ok"}}';
    expect(run(`${meta}\n${call}\n${output}\n`)).toEqual({ zod: false, rules: [] });
    expect(run(`${meta}\n${call.replace('"name":"exec_command",', '')}\n${output}\n`)).toEqual({ zod: true, rules: ['invalid-record', 'orphan-output'] });
  });
});
