import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../src/checking/check-source.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import { damageArbitrary, renderDamage } from '../support/damaged-sessions.js';
import { claudeDamageArbitrary, renderClaudeDamage } from '../support/damaged-transcripts.js';

const RUNS = Number(process.env.SESSION_DOCTOR_PROPERTY_RUNS ?? 60);

/** Lines as [bytes-with-terminator], the BOM taken off the first so that stripping it counts as touching it. */
function linesOf(bytes: Buffer): string[] {
  return bytes.toString('latin1').split(/(?<=\n)/).filter((line) => line !== '');
}

async function inFolder<T>(body: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'sd-laws-'));
  try {
    return await body(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The generated, damaged files of each format: Codex rollouts and Claude Code transcripts. */
const FORMATS = [
  { name: 'Codex rollouts', files: damageArbitrary.map(renderDamage), unsafe: fc.boolean(), ignored: fc.constant([]) },
  {
    name: 'Claude Code transcripts',
    files: claudeDamageArbitrary.map(renderClaudeDamage),
    unsafe: fc.boolean(),
    // A rule off (--ignore, a config file's "off"): the repairs that depend on its repair must not count on it.
    ignored: fc.constantFrom<string[]>([], ['orphan-output'], ['duplicate-output'], ['duplicate-call-id']),
  },
];

/** Writes a generated damaged session as `session.jsonl` in the folder. */
async function writeDamaged(folder: string, input: Buffer): Promise<{ path: string; input: Buffer }> {
  const path = join(folder, 'session.jsonl');
  await writeFile(path, input);
  return { path, input };
}

describe.each(FORMATS)('repair laws (property tests over generated, damaged sessions): $name', ({ files, unsafe, ignored }) => {
  it('copies every line the repair does not name byte for byte and in order; the original is untouched', async () => {
    await fc.assert(
      fc.asyncProperty(files, (damage) =>
        inFolder(async (folder) => {
          const { path, input } = await writeDamaged(folder, damage);
          const report = await fixFile(path);
          expect((await readFile(path)).equals(input)).toBe(true);
          if (!report.written) return;
          const output = linesOf(await readFile(report.written));
          // A repair of a run of lines (endLine) names each of them, and the other lines it edits.
          const named = new Set(report.repairs.flatMap((repair) => [...Array.from({ length: (repair.endLine ?? repair.line) - repair.line + 1 }, (_, index) => repair.line + index), ...(repair.otherLines ?? [])]));
          const crlfFixed = report.repairs.some((repair) => repair.rule === 'crlf-line-ending');
          let cursor = 0;
          linesOf(input).forEach((line, index) => {
            if (named.has(index + 1) || (crlfFixed && line.endsWith('\r\n'))) return;
            const at = output.indexOf(line, cursor);
            expect(at, `line ${index + 1} kept in order`).toBeGreaterThanOrEqual(cursor);
            cursor = at + 1;
          });
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves no fixable problem (safe fixes: none safely fixable), and a second fix changes nothing (idempotent)', async () => {
    await fc.assert(
      fc.asyncProperty(files, unsafe, ignored, (damage, unsafeFixes, ignore) =>
        inFolder(async (folder) => {
          const { path } = await writeDamaged(folder, damage);
          const first = await fixFile(path, { output: join(folder, 'once.jsonl'), unsafeFixes, ignore });
          const once = await readFile(first.written ?? path);
          const remaining = (await checkStream(once, { ignore })).diagnostics.filter((d) => d.fixable && (unsafeFixes || d.applicability !== 'unsafe'));
          expect(remaining.map((d) => `${d.rule}@${d.line}`)).toEqual([]);
          await writeFile(join(folder, 'again-in.jsonl'), once);
          const second = await fixFile(join(folder, 'again-in.jsonl'), { output: join(folder, 'twice.jsonl'), unsafeFixes, ignore });
          expect(second.repairs).toEqual([]);
          // The copy asked for is written, byte for byte what it was given.
          expect((await readFile(join(folder, 'twice.jsonl'))).equals(once)).toBe(true);
          // Whatever the first pass could not repair, it reported the same way.
          expect(second.diagnostics.map((d) => d.rule).sort()).toEqual(first.diagnostics.map((d) => d.rule).sort());
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('--in-place writes the same bytes as a copy would, and keeps the original bytes as the backup', async () => {
    await fc.assert(
      fc.asyncProperty(files, (damage) =>
        inFolder(async (folder) => {
          const { path, input } = await writeDamaged(folder, damage);
          const copy = await fixFile(path, { output: join(folder, 'copy.jsonl') });
          const inPlace = await fixFile(path, { inPlace: true, force: true });
          // The named copy is always written; in place, nothing is when there was nothing to repair.
          expect((await readFile(join(folder, 'copy.jsonl'))).equals(await readFile(path))).toBe(true);
          if (!inPlace.written) {
            expect(copy.repairs).toEqual([]);
            expect((await readFile(path)).equals(input)).toBe(true);
            expect((await readdir(folder)).sort()).toEqual(['copy.jsonl', 'session.jsonl']);
            return;
          }
          expect(inPlace.backup).toBe(`${path}.bak`);
          expect((await readFile(`${path}.bak`)).equals(input)).toBe(true);
          expect((await readdir(folder)).sort()).toEqual(['copy.jsonl', 'session.jsonl', 'session.jsonl.bak']);
        }),
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
