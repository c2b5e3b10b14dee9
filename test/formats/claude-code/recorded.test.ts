/**
 * The real Claude Code 2.1.332 recordings committed by the e2e suite (test/fixtures/claude-code/recorded),
 * as check and fix see them, and the same files damaged the way users' files break.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

const RECORDED = new URL('../../fixtures/claude-code/recorded/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', RECORDED), 'utf8')) as {
  cases: { case: string; file: string; subagents: string[]; damage: string[] }[];
};
const read = (file: string) => readFileSync(new URL(file, RECORDED));
const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n').slice(0, -1);
const jsonl = (list: readonly string[]) => Buffer.from(list.map((line) => `${line}\n`).join(''));
const uuidAt = (list: readonly string[], index: number) => (JSON.parse(list[index]!) as { uuid: string }).uuid;

describe('real Claude Code 2.1.332 recordings', () => {
  for (const recording of manifest.cases) {
    it(`${recording.case}: ${recording.damage.length === 0 ? 'no problem' : recording.damage.join(', ')}`, async () => {
      const report = await checkStream(read(recording.file));
      expect(report.format).toBe('claude-code');
      expect(report.diagnostics.map((d) => `${d.rule}: ${d.callId}`)).toEqual(recording.damage);
      for (const subagent of recording.subagents) expect((await checkStream(read(subagent))).diagnostics).toEqual([]);
      if (recording.damage.length > 0) expect(await diagnosticsOf((await fixText(read(recording.file))).output)).toEqual([]);
    });
  }

  const bash = lines(read('bash/c4906dd7-80af-4b90-8d10-a11c73ddc92a.jsonl'));
  const at = (type: string, from = 0) => bash.findIndex((line, index) => index >= from && line.includes(type));
  const use = at('"type":"tool_use"');
  const result = at('"type":"tool_result"', use + 1);

  it('a garbage line and a torn tail: malformed-line and torn-final-line, removed', async () => {
    const damaged = [...bash.slice(0, use + 1), bash[use]!.slice(0, 300), ...bash.slice(use + 1)];
    const text = Buffer.concat([jsonl(damaged), Buffer.from(bash[0]!.slice(0, 40))]);
    expect(await diagnosticsOf(text)).toEqual([
      { rule: 'malformed-line', line: use + 2, severity: 'error', fixable: true },
      { rule: 'torn-final-line', line: damaged.length + 1, severity: 'error', fixable: true },
    ]);
    expect((await fixText(text)).output.equals(jsonl(bash))).toBe(true);
  });

  it('an orphan result: reported at its line, removed, its child re-linked', async () => {
    const orphan = bash[result]!.replaceAll('toolu_bash_hi', 'toolu_ghost').replace(/"uuid":"[^"]+"/, '"uuid":"11111111-2222-4333-8444-555555555555"');
    const damaged = [...bash.slice(0, result + 1), orphan, ...bash.slice(result + 1)];
    expect(await diagnosticsOf(jsonl(damaged))).toEqual([{ rule: 'orphan-output', line: result + 2, severity: 'error', callId: 'toolu_ghost', fixable: true }]);
    const { output } = await fixText(jsonl(damaged), { unsafeFixes: true });
    expect(await diagnosticsOf(output)).toEqual([]);
  });

  it('a duplicated result line: duplicate-output, the second copy removed', async () => {
    const copy = bash[result]!.replace(/"uuid":"[^"]+"/, '"uuid":"11111111-2222-4333-8444-555555555555"');
    const damaged = [...bash.slice(0, result + 1), copy, ...bash.slice(result + 1)];
    expect(await diagnosticsOf(jsonl(damaged))).toEqual([{ rule: 'duplicate-output', line: result + 2, severity: 'error', callId: 'toolu_bash_hi', fixable: true }]);
    expect((await fixText(jsonl(damaged), { unsafeFixes: true })).output.equals(jsonl(bash))).toBe(true);
  });

  it('an assistant line between the tool_use and its result: tool-result-not-adjacent, the result re-parented onto the tool_use', async () => {
    const interjected = bash[use]!.replace(/"uuid":"[^"]+"/, '"uuid":"11111111-2222-4333-8444-555555555555"')
      .replace(/"parentUuid":"[^"]+"/, `"parentUuid":"${uuidAt(bash, use)}"`)
      .replace(/"id":"msg_[^"]+"/, '"id":"msg_interjected"')
      .replace(/"content":\[\{"type":"tool_use"[^\]]*\]/, '"content":[{"type":"text","text":"Still running."}]');
    const damaged = [...bash.slice(0, use + 1), interjected, ...bash.slice(use + 1)];
    damaged[result + 1] = damaged[result + 1]!.replace(`"parentUuid":"${uuidAt(bash, use)}"`, '"parentUuid":"11111111-2222-4333-8444-555555555555"');
    expect(await diagnosticsOf(jsonl(damaged))).toEqual([{ rule: 'tool-result-not-adjacent', line: result + 2, severity: 'error', callId: 'toolu_bash_hi', fixable: true }]);
    const { output } = await fixText(jsonl(damaged));
    expect(await diagnosticsOf(output)).toEqual([]);
    expect(lines(output)[result + 1]).toContain(`"parentUuid":"${uuidAt(bash, use)}"`);
  });

  it('a result hung off the prompt instead: its tool_use falls off the chain, so to the client it is an orphan', async () => {
    const prompt = bash.findIndex((line) => line.includes('"type":"user"'));
    const damaged = [...bash];
    damaged[result] = damaged[result]!.replace(`"parentUuid":"${uuidAt(bash, use)}"`, `"parentUuid":"${uuidAt(bash, prompt)}"`);
    expect(await diagnosticsOf(jsonl(damaged))).toEqual([{ rule: 'orphan-output', line: result + 1, severity: 'error', callId: 'toolu_bash_hi', fixable: true }]);
  });

  it('the line after the result lost: the chain is bridged (within 5 s), a warning; linked as the client bridges it', async () => {
    const damaged = bash.filter((_, index) => index !== result + 1);
    const found = await diagnosticsOf(jsonl(damaged));
    expect(found).toEqual([{ rule: 'broken-parent-chain', line: result + 2, severity: 'warning', fixable: true }]);
    expect(await diagnosticsOf((await fixText(jsonl(damaged))).output)).toEqual([]);
  });
});
