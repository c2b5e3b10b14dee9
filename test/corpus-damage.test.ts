import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStream } from '../src/checking/check-source.js';
import { fixText } from './support/harness.js';

/**
 * Damaged variants of real session files (read from the corpus beside the project, never copied
 * into it): each damage must be reported with the right rule at the right line, and nothing else.
 */
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);

interface Line {
  readonly text: string;
  readonly record: { type?: string; ordinal?: number; payload?: { type?: string; call_id?: string } };
}

interface Damage {
  readonly name: string;
  /** Returns the damaged lines and the expected `rule@line`s (the file's own findings come on top), or undefined if it does not apply. */
  readonly apply: (lines: Line[]) => { lines: string[]; expected: string[] } | undefined;
}

const texts = (lines: Line[]) => lines.map((line) => line.text);
const isOutput = (line: Line) => /_output$/.test(line.record.payload?.type ?? '') && line.record.payload?.call_id;
const isCall = (line: Line) => ['function_call', 'custom_tool_call', 'tool_search_call', 'local_shell_call'].includes(line.record.payload?.type ?? '');

const damages: Damage[] = [
  {
    name: 'a torn final line',
    apply: (lines) => ({ lines: [...texts(lines), lines[2]!.text.slice(0, 40)], expected: [`torn-final-line@${lines.length + 1}`] }),
  },
  {
    name: 'a torn fragment mid-file',
    apply: (lines) => {
      const at = Math.floor(lines.length / 2);
      const out = texts(lines);
      out.splice(at, 0, lines[at]!.text.slice(0, 70));
      return { lines: out, expected: [`malformed-line@${at + 1}`] };
    },
  },
  {
    name: 'a lost output (killed mid-tool)',
    apply: (lines) => {
      const index = lines.findIndex(isOutput);
      if (index === -1) return undefined;
      const callLine = lines.findIndex((line) => isCall(line) && line.record.payload?.call_id === lines[index]!.record.payload?.call_id) + 1;
      return { lines: texts(lines).filter((_, i) => i !== index), expected: [`missing-output@${callLine}`] };
    },
  },
  {
    name: 'a duplicated output',
    apply: (lines) => {
      const index = lines.findIndex(isOutput);
      if (index === -1) return undefined;
      const out = texts(lines);
      out.splice(index + 1, 0, lines[index]!.text);
      // In a paginated file the copy also repeats its ordinal.
      const regression = lines[index]!.record.ordinal === undefined ? [] : [`ordinal-regression@${index + 2}`];
      return { lines: out, expected: [`duplicate-output@${index + 2}`, ...regression] };
    },
  },
  {
    name: 'an orphaned output (its call line lost)',
    apply: (lines) => {
      const output = lines.findIndex(isOutput);
      if (output === -1) return undefined;
      const call = lines.findIndex((line) => isCall(line) && line.record.payload?.call_id === lines[output]!.record.payload?.call_id);
      return { lines: texts(lines).filter((_, i) => i !== call), expected: [`orphan-output@${output}`] };
    },
  },
  {
    name: 'an output of the wrong kind',
    apply: (lines) => {
      const index = lines.findIndex((line) => ['function_call_output', 'custom_tool_call_output'].includes(line.record.payload?.type ?? ''));
      if (index === -1) return undefined;
      const from = lines[index]!.record.payload!.type!;
      const to = from === 'function_call_output' ? 'custom_tool_call_output' : 'function_call_output';
      const out = texts(lines);
      out[index] = out[index]!.replace(`"type":"${from}"`, `"type":"${to}"`);
      return { lines: out, expected: [`mismatched-output-kind@${index + 1}`] };
    },
  },
  {
    name: 'a stripped final ordinal',
    apply: (lines) => {
      if (lines.at(-1)!.record.ordinal === undefined) return undefined;
      const out = texts(lines);
      out[out.length - 1] = out.at(-1)!.replace(/"ordinal":\d+,/, '');
      return { lines: out, expected: [`final-record-missing-ordinal@${out.length}`] };
    },
  },
  {
    name: 'a lost session_meta line',
    apply: (lines) => ({ lines: texts(lines).slice(1), expected: ['missing-session-meta@1'] }),
  },
];

describe.skipIf(!present)('damaged variants of real session files', async () => {
  const files = present
    ? [
        ...(await readdir(`${CORPUS}codex-0.169`)).filter((name) => name.startsWith('healthy-')).map((name) => `codex-0.169/${name}`),
        'public/AcidicSoil__codex-session-view__rollout-2025-11-17T15-30-28-019a93b9-f380-7600-98ff-940e6b99603c.jsonl',
      ]
    : [];
  const parse = (text: string) => text.split('\n').filter(Boolean).map((line) => ({ text: line, record: JSON.parse(line) as Line['record'] }));
  const sessions = await Promise.all(files.map(async (file) => ({ file, lines: parse(await readFile(`${CORPUS}${file}`, 'utf8')) })));
  // Only the damages that apply to a file (e.g. no ordinal to strip in a 0.58 file).
  const cases = sessions.flatMap(({ file, lines }) =>
    damages.flatMap((damage) => {
      const damaged = damage.apply(lines);
      return damaged ? [[file, damage.name, damaged] as const] : [];
    }),
  );

  it('covers every damage on some file', () => {
    expect(new Set(cases.map(([, name]) => name)).size).toBe(damages.length);
  });

  it.each(cases)('%s with %s', async (_, name, damaged) => {
    const content = `${damaged.lines.join('\n')}${name === 'a torn final line' ? '' : '\n'}`;
    const found = (await checkStream(content)).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule}@${d.line}`);
    expect(found).toEqual(damaged.expected);
    const { output } = await fixText(content, { unsafeFixes: true });
    const after = (await checkStream(output)).diagnostics.filter((d) => d.fixable);
    expect(after).toEqual([]);
    // Safe fixes alone leave only unsafe ones.
    const safe = await fixText(content);
    expect((await checkStream(safe.output)).diagnostics.filter((d) => d.fixable && d.applicability !== 'unsafe')).toEqual([]);
  });
});
