/**
 * Property: for any damage to a real-shaped session, fix terminates, throws nothing, leaves the original
 * alone, keeps every line no repair names byte for byte, leaves nothing fixable, and is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damagedBytes, damagedCaseArb, specialInputs } from './support/damage.js';
import { fcParams, fuzzRuns, fuzzTimeout } from './support/fuzz-config.js';
import { assertRepairLaws, type RepairOptions } from './support/laws.js';
import { BUILT_SEEDS, SEEDS } from './support/seeds.js';
import { useTempFolder } from './support/temp.js';

const folder = useTempFolder('laws');

const optionsArb: fc.Arbitrary<RepairOptions> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant<RepairOptions>({}) },
      { weight: 2, arbitrary: fc.constant<RepairOptions>({ strategy: 'truncate' as const }) },
      { weight: 1, arbitrary: fc.constantFrom<RepairOptions>({ select: ['SD1'] }, { select: ['SD2'] }, { ignore: ['SD203', 'SD206'] }, { ignore: ['crlf-line-ending'] }, { placeholderText: '' }) },
    ),
    fc.boolean(),
  )
  .map(([options, unsafeFixes]) => (unsafeFixes ? { ...options, unsafeFixes } : options));

describe('fix obeys its laws on damaged sessions', () => {
  it('every seed is clean or repairable as it is', async () => {
    for (const seed of SEEDS) await assertRepairLaws(folder(), seed.bytes);
  });

  it('random damage (truncation, bit flips, NULs, invalid UTF-8, line swaps, duplications, CRLF, BOMs, dropped fields)', async () => {
    await fc.assert(
      fc.asyncProperty(damagedCaseArb, optionsArb, async (testCase, options) => {
        await assertRepairLaws(folder(), damagedBytes(testCase), options);
      }),
      fcParams(fuzzRuns(300)),
    );
  }, fuzzTimeout());

  /**
   * Known limit: a record nested 100 000 levels deep parses, but the check that a textual rewrite changed
   * nothing else overflows the stack, so fix refuses the rewrite and says so (check still calls it fixable).
   */
  const refusals: Record<string, string[]> = { 'a deeply nested field in a mismatched output': ['mismatched-output-kind'] };

  it.each(specialInputs().map((input) => [input.name, input.bytes] as const))('%s', async (name, bytes) => {
    const { report } = await assertRepairLaws(folder(), bytes, { unsafeFixes: true }, refusals[name]);
    expect(report.lines).toBe(bytes.length === 0 ? 0 : bytes.toString('latin1').split('\n').length - (bytes[bytes.length - 1] === 0x0a ? 1 : 0));
  });

  it('repairs a mismatched output written by Python json.dumps (spaces after colons), and a BOM before one on line 1', async () => {
    for (const name of ['a session with pairing problems as Python json.dumps writes it', 'a BOM before an output of the wrong kind on line 1']) {
      const { report } = await assertRepairLaws(folder(), specialInputs().find((input) => input.name === name)!.bytes, { unsafeFixes: true });
      expect(report.repairs.map((r) => r.rule), name).toContain('mismatched-output-kind');
    }
  });

  describe('--strategy truncate refuses a cut that would split a call id (found by fuzzing)', () => {
    const user = { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] };
    const say = { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'running' }] };
    const custom = { type: 'custom_tool_call', id: 'ctc_1', call_id: 'c1', name: 'apply_patch', input: 'x' };
    const fco = (callId: string) => ({ type: 'function_call_output', call_id: callId, output: 'ok' });
    const call = (callId: string) => ({ type: 'function_call', id: `fc_${callId}`, call_id: callId, name: 'exec', arguments: '{}' });
    const cases = {
      // An output swapped before its call: cutting before the call would leave the output an orphan.
      'an output before its call': { lines: [user, fco('c1'), custom, call('c2')], split: 'c1 (lines 2 and 3)' },
      // A reused call id: dropping the repeat would make the kept mismatched output repairable on a second run.
      'a reused call id': { lines: [user, custom, fco('c1'), custom, call('c2')], split: 'c1 (lines 2 and 4)' },
      // A kept call whose real output comes after the cut would lose it.
      'an output after the cut': { lines: [user, call('a'), say, call('b'), fco('a')], split: 'a (lines 2 and 5)' },
    };
    it('an output that other repairs cannot remove (its call id is ambiguous) still counts', async () => {
      const bytes = damagedBytes({ seed: 2, damages: [{ kind: 'steal-call-id', at: 144429, from: 126188 }, { kind: 'truncate-tail', back: 2 }, { kind: 'retype', at: 0 }] }, BUILT_SEEDS);
      await assertRepairLaws(folder(), bytes, { strategy: 'truncate' });
    });

    it.each(Object.entries(cases))('%s', async (_name, { lines, split }) => {
      const { report } = await assertRepairLaws(folder(), Buffer.from(lines.map((line) => `${JSON.stringify(line)}\n`).join('')), { strategy: 'truncate' });
      const missing = report.diagnostics.find((d) => d.rule === 'missing-output')!;
      expect(missing.fixable).toBe(false);
      expect(missing.message).toContain(`would split call_id ${split}`);
      expect(report.repairs.filter((r) => r.rule === 'missing-output')).toEqual([]);
    });
  });

  it('a final record with an invalid ordinal is left alone (and said to be); one indented by spaces is numbered', async () => {
    // Found by fuzzing: a deleted byte left `"ordinal":"event_msg"` on the last line of a corpus rollout.
    const lines = SEEDS[0]!.bytes.toString().split('\n').slice(0, -1);
    const last = lines.length;
    const invalid = [...lines.slice(0, -1), lines[last - 1]!.replace(/"ordinal":\d+/, '"ordinal":"x"')];
    const left = await assertRepairLaws(folder(), Buffer.from(`${invalid.join('\n')}\n`));
    expect(left.report.diagnostics.filter((d) => d.rule === 'final-record-missing-ordinal').map((d) => [d.line, d.fixable])).toEqual([[last, false]]);
    const indented = [...lines.slice(0, -1), `  ${lines[last - 1]!.replace(/"ordinal":\d+,/, '')}`];
    const numbered = await assertRepairLaws(folder(), Buffer.from(`${indented.join('\n')}\n`));
    expect(numbered.report.repairs.map((r) => [r.rule, r.line])).toEqual([['final-record-missing-ordinal', last]]);
    expect(numbered.output.toString().trimEnd().split('\n').at(-1)).toMatch(/^ {2}\{"timestamp":"[^"]+","ordinal":\d+,"type"/);
  });

  it('a file cut between the CR and the LF of its last line ends in LF, not CRLF', async () => {
    // Found by fuzzing: the CRLF session truncated right after the final CR.
    const crlf = Buffer.from(SEEDS[0]!.bytes.toString().replaceAll('\n', '\r\n').slice(0, -1));
    const { report, output } = await assertRepairLaws(folder(), crlf);
    expect(report.repairs.map((r) => r.rule).sort()).toEqual(['crlf-line-ending', 'missing-final-newline']);
    expect(output.equals(SEEDS[0]!.bytes)).toBe(true);
    const lastOnly = Buffer.from(`${SEEDS[0]!.bytes.toString().slice(0, -1)}\r`);
    expect((await assertRepairLaws(folder(), lastOnly)).output.equals(SEEDS[0]!.bytes)).toBe(true);
  });

  it('known limit: when fix removes the first record, the file may read as another format; the laws hold from there', async () => {
    // Found by fuzzing: a responses-items file whose lines are all torn or orphaned, with a Codex rollout
    // appended. The first pass reads the rollout as responses items; the repaired file is a rollout.
    const bytes = damagedBytes({ seed: 6, damages: [{ kind: 'join-lines', at: 0 }, { kind: 'delete-bytes', at: 866028, count: 1 }, { kind: 'append-seed', seed: 1 }] }, BUILT_SEEDS);
    const { report, recheck } = await assertRepairLaws(folder(), bytes, { unsafeFixes: true });
    expect([report.format, recheck.format]).toEqual(['responses', 'codex']);
  });

  it('ends an unterminated last line before a placeholder appended after it, with the missing-newline rule off (found by fuzzing)', async () => {
    const bytes = damagedBytes({ seed: 681, damages: [{ kind: 'bom', at: 200704 }, { kind: 'truncate-tail', back: 55531 }, { kind: 'swap-lines', a: 4, b: 0 }] });
    expect(bytes.at(-1), 'the last line has no line end').not.toBe(0x0a);
    const { report, output } = await assertRepairLaws(folder(), bytes, { select: ['SD1'] });
    expect(report.repairs.map((r) => r.rule)).toEqual(['missing-output']);
    expect(output.subarray(0, bytes.length + 1).equals(Buffer.concat([bytes, Buffer.from('\n')]))).toBe(true);
  });

  it('rewrites a first line after the byte order mark that its rule, off, leaves in place (found by fuzzing: it threw)', async () => {
    const bytes = damagedBytes({ seed: 994, damages: [{ kind: 'delete-line', at: 477091 }, { kind: 'duplicate-line', from: 294713, to: 0 }, { kind: 'bom', at: 0 }] });
    const { report, output } = await assertRepairLaws(folder(), bytes, { select: ['SD1'], unsafeFixes: true });
    expect(report.repairs.map((r) => [r.rule, r.line])).toContainEqual(['mismatched-output-kind', 1]);
    expect(output.subarray(0, 3).equals(bytes.subarray(0, 3)) && bytes[0] === 0xef, 'the byte order mark stays').toBe(true);
  });

  it('reports the ordinal it gives a record that becomes final when the lines after it are removed', async () => {
    // A paginated session whose last record is an orphan output, and the record before it has no ordinal.
    const lines = SEEDS[0]!.bytes.toString().split('\n').slice(0, -1);
    lines[lines.length - 1] = lines[lines.length - 1]!.replace(/"ordinal":\d+,/, '');
    lines.push('{"timestamp":"2026-03-04T10:00:09.000Z","ordinal":99,"type":"response_item","payload":{"type":"function_call_output","call_id":"call_gone","output":"x"}}');
    const { report, output } = await assertRepairLaws(folder(), Buffer.from(`${lines.join('\n')}\n`), { select: ['orphan-output'], unsafeFixes: true });
    expect(report.repairs.map((r) => [r.rule, r.line])).toEqual([
      ['final-record-missing-ordinal', lines.length - 1],
      ['orphan-output', lines.length],
    ]);
    expect(output.toString().trimEnd().split('\n').at(-1)).toMatch(/^\{"timestamp":"[^"]+","ordinal":100,"type":"event_msg"/);
  });
});
