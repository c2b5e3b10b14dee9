import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { fixFile, type FixOptions } from '../../src/repairing/fix-file.js';
import { InputError } from '../../src/reading/input-error.js';
import { UnmadeRewrite, UnmadeRewrites } from '../../src/repairing/unmade-rewrites.js';
import { ClaudeTranscript, interruptedResult, withEscapedValue } from '../support/claude-transcript.js';

const afterMs = (timestamp: string) => new Date(Date.parse(timestamp) + 1).toISOString();

/**
 * A reply hanging off a result line that answers nothing, the first character of its parentUuid written as
 * a \u escape (as a writer that escapes characters may), and the reply longer than a read: the orphan's line
 * goes by in the first chunk, the reply's rewrite fails in the second. Then a call killed while it ran.
 */
function transcript(): { t: ClaudeTranscript; use: string } {
  const t = new ClaudeTranscript();
  t.prompt('hi');
  t.result('toolu_ghost', t.reply('hello'));
  t.reply(`a long answer ${'x'.repeat(1_500_000)}`);
  t.lines[7] = withEscapedValue(t.lines[7]!, 'parentUuid');
  t.prompt('slow');
  const use = t.toolUse('toolu_kill');
  return { t, use };
}

const ORPHAN = 'tool_result (tool_use_id toolu_ghost) answers no call.';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-unmade-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** The file as fix must leave it: the orphan and the reply as they were (no half of that repair), the killed call answered. */
async function expected(t: ClaudeTranscript, use: string, output: Buffer): Promise<string> {
  const added = JSON.parse(output.toString().split('\n').at(-2)!);
  expect(added).toEqual(interruptedResult(t, use, 'toolu_kill', added.uuid, afterMs(JSON.parse(t.lines.at(-1)!).timestamp)));
  return t.text() + `${JSON.stringify(added)}\n`;
}

describe('a repair with a rewrite that cannot be made is made not at all (all or nothing), the others are', () => {
  it('checks as fixable: the check cannot know the rewrite fails', async () => {
    const { t } = transcript();
    const found = (await checkStream(t.text())).diagnostics.map(({ rule, line, message, fixable }) => `${rule}@${line}${fixable ? ' fixable' : ''}: ${message}`);
    expect(found).toEqual([`orphan-output@7 fixable: ${ORPHAN}`, 'missing-output@14 fixable: tool_use "Bash" (id toolu_kill) has no tool_result.']);
  });

  const copies: [string, (path: string) => FixOptions, (path: string) => string][] = [
    ['a copy', () => ({}), (path) => `${path}.fixed`],
    ['in place', () => ({ inPlace: true, force: true }), (path) => path],
  ];
  it.each(copies)('%s: the orphan line stays with the reply that hangs off it, the report says why; the original is untouched', async (_, options, written) => {
    const { t, use } = transcript();
    const path = join(folder, 'session.jsonl');
    await writeFile(path, t.text());
    const report = await fixFile(path, { unsafeFixes: true, ...options(path) });
    expect(report.repairs.map(({ rule, line, action }) => `${rule}@${line}: ${action}`)).toEqual(['missing-output@14: appended an interrupted tool_result answering line 14']);
    expect(report.diagnostics.map(({ rule, line, message, fixable }) => `${rule}@${line}${fixable ? ' fixable' : ''}: ${message}`)).toEqual([
      `orphan-output@7: ${ORPHAN} Not repaired: the rewrite of line 8 it needs could not be made, so none of its edits were.`,
    ]);
    const output = await readFile(written(path));
    expect(output.toString()).toBe(await expected(t, use, output));
    expect((await readFile(report.backup ?? path)).toString()).toBe(t.text());
    // No temp file is left of the pass that was thrown away.
    expect((await readdir(folder)).sort()).toEqual(options(path).inPlace ? ['session.jsonl', 'session.jsonl.bak'] : ['session.jsonl', 'session.jsonl.fixed']);
  });

  it('to a stream, which cannot be taken back: a silent pass settles the plan first', async () => {
    const { t, use } = transcript();
    const path = join(folder, 'session.jsonl');
    await writeFile(path, t.text());
    const stream = new PassThrough();
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    const report = await fixFile(path, { unsafeFixes: true, output: stream });
    const output = Buffer.concat(parts);
    expect(output.toString()).toBe(await expected(t, use, output));
    expect(report.repairs.map(({ rule }) => rule)).toEqual(['missing-output']);
  });

  it('a dry run and a diff given away as it is made report only what fix makes', async () => {
    const { t } = transcript();
    const path = join(folder, 'session.jsonl');
    await writeFile(path, t.text());
    const dry = await fixFile(path, { unsafeFixes: true, dryRun: true });
    expect(dry.repairs.map(({ rule }) => rule)).toEqual(['missing-output']);
    const pieces: string[] = [];
    const diffed = await fixFile(path, { unsafeFixes: true, dryRun: true, diff: true, onDiff: (text) => pieces.push(text) });
    expect(diffed.repairs.map(({ rule }) => rule)).toEqual(['missing-output']);
    const diff = pieces.join('');
    expect(diff).toContain('toolu_kill');
    expect(diff).not.toMatch(/^-.*toolu_ghost/m);
    expect((await readFile(path)).toString()).toBe(t.text());
  });
});

describe('UnmadeRewrites.settle', () => {
  const unmadeAt = (line: number) => new UnmadeRewrite(line, { name: 'claude-code/relink-parent', args: ['a', 'b'] });

  it('plans again after each new rewrite a pass could not make, until a pass meets none', async () => {
    const unmade = new UnmadeRewrites();
    const failures = [unmadeAt(8), unmadeAt(9)];
    let replans = 0;
    await unmade.settle('session.jsonl', async () => {
      const failure = failures.shift();
      if (failure) throw failure;
    }, () => (replans += 1));
    expect(replans).toBe(2);
    const repair = { action: 'relinked', edits: [{ op: 'remove' as const, line: 7 }, { op: 'rewrite' as const, line: 9, rewrite: unmadeAt(9).rewrite }] };
    expect(unmade.lineIn(repair)).toBe(9);
    expect(unmade.lineIn({ ...repair, edits: [{ op: 'rewrite', line: 9, rewrite: { name: 'claude-code/relink-parent', args: ['a', 'c'] } }] })).toBeUndefined();
  });

  it('writes nothing when a rewrite comes back in the plan made without it (no repair of its own to leave out)', async () => {
    const unmade = new UnmadeRewrites();
    const pass = unmade.settle('session.jsonl', () => Promise.reject(unmadeAt(8)), () => {});
    await expect(pass).rejects.toEqual(new InputError('session.jsonl', 'line 8 cannot be rewritten (claude-code/relink-parent), an edit no single repair can be left out of; nothing written'));
  });

  it('lets any other error through as it is', async () => {
    const error = new Error('disk full');
    await expect(new UnmadeRewrites().settle('session.jsonl', () => Promise.reject(error), () => {})).rejects.toBe(error);
  });
});
