/** The diagnostics of a file with very many: sorted runs on disk, merged back (src/checking/diagnostic-list.ts). */
import fc from 'fast-check';
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticLog, filtered, fromMessage, mapped, SpilledDiagnostics, toMessage } from '../../src/checking/diagnostic-list.js';
import type { Diagnostic } from '../../src/checking/diagnostic.js';
import type { Edit } from '../../src/repairing/edits.js';

const RULES = ['malformed-line', 'missing-output', 'orphan-output'];

/** The folders the logs here wrote runs to: a test runner's thread may end without the exit that removes them. */
const folders = new Set<string>();
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The log's list, its folder noted for removal. */
function finished(log: DiagnosticLog) {
  const list = log.finish();
  if (list instanceof SpilledDiagnostics) for (const run of list.runs) folders.add(dirname(run));
  return list;
}
const ORDER = new Map(RULES.map((rule, index) => [rule, index]));

const diagnostic = (line: number, rule: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  rule,
  code: `SD${RULES.indexOf(rule)}`,
  severity: 'error',
  line,
  message,
  fixable: rule !== 'missing-output',
  ...extra,
});

/** What the checker did before: everything in memory, one stable sort by line, then rule. */
const sortedInMemory = (all: readonly Diagnostic[]) => [...all].sort((a, b) => a.line - b.line || ORDER.get(a.rule)! - ORDER.get(b.rule)!);

const arbitraryDiagnostic = fc
  .record({ line: fc.integer({ min: 0, max: 40 }), rule: fc.constantFrom(...RULES), message: fc.string({ maxLength: 12 }), callId: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }), endLine: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) })
  .map(({ line, rule, message, callId, endLine }) =>
    diagnostic(line, rule, message, { ...(callId !== undefined && { callId }), applicability: 'unsafe', ...(endLine !== undefined && { endLine: line + endLine }) }),
  );

describe('DiagnosticLog', () => {
  it('keeps a few in memory: the list is the sorted array', () => {
    const log = new DiagnosticLog(ORDER);
    const all = [diagnostic(9, 'orphan-output', 'b'), diagnostic(2, 'missing-output', 'a'), diagnostic(2, 'malformed-line', 'c')];
    for (const each of all) log.push(each);
    const list = finished(log);
    expect(Array.isArray(list)).toBe(true);
    expect([...list]).toEqual(sortedInMemory(all));
  });

  it('gives back, from sorted runs on disk, exactly the order of one sort in memory, reported in any order', () => {
    fc.assert(
      fc.property(fc.array(arbitraryDiagnostic, { maxLength: 300 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 5 }), (all, inMemory, runs) => {
        const log = new DiagnosticLog(ORDER, { inMemory, runs });
        for (const each of all) log.push(each);
        const list = finished(log);
        expect(list.length).toBe(all.length);
        expect([...list]).toEqual(sortedInMemory(all));
        // Read as often as a report likes, the same each time.
        expect([...list]).toEqual([...list]);
      }),
      { numRuns: 60 },
    );
  });

  it('writes out diagnostics with their repairs (plain data) and reads both back as they were', () => {
    const log = new DiagnosticLog(ORDER, { inMemory: 2, runs: 2 });
    const all = Array.from({ length: 10 }, (_, index) => {
      const line = 10 - index;
      const edits: Edit[] = [{ op: 'remove', line }, { op: 'insert-after', line: line - 1, text: `{"n":${line}}` }, { op: 'rewrite', line: line + 1, rewrite: { name: 'x', args: [line, null, 'id'] } }];
      return diagnostic(line, 'malformed-line', 'x', { repair: { action: `removed line ${line}`, edits } });
    });
    for (const each of all) log.push(each);
    const list = finished(log);
    expect(list).toBeInstanceOf(SpilledDiagnostics);
    expect([...list]).toEqual(sortedInMemory(all));
  });

  it('reads back run files of many pieces: rows cut between reads, and a row longer than a read', () => {
    const log = new DiagnosticLog(ORDER, { inMemory: 1000, runs: 4 });
    const all = Array.from({ length: 5000 }, (_, index) => diagnostic(5000 - index, 'orphan-output', `${'é\n"'.repeat(index % 40)} ${index}`));
    all.push(diagnostic(7, 'malformed-line', 'x'.repeat(200_000)));
    for (const each of all) log.push(each);
    const list = finished(log);
    expect(list).toBeInstanceOf(SpilledDiagnostics);
    expect([...list]).toEqual(sortedInMemory(all));
  });

  it('crosses to another thread by its files, and findings added later follow those of their line', () => {
    const log = new DiagnosticLog(ORDER, { inMemory: 3, runs: 4 });
    const all = Array.from({ length: 20 }, (_, index) => diagnostic(20 - index, 'malformed-line', `m${index}`));
    for (const each of all) log.push(each);
    const list = finished(log);
    expect(list).toBeInstanceOf(SpilledDiagnostics);
    const message = toMessage(list);
    expect(structuredClone(message)).toEqual(message);
    const back = fromMessage(structuredClone(message));
    expect([...back]).toEqual(sortedInMemory(all));
    const found = diagnostic(1, 'orphan-output', 'found later');
    const withFound = (list as SpilledDiagnostics).withExtra([found]);
    expect(withFound.length).toBe(21);
    expect([...withFound].slice(0, 2)).toEqual([sortedInMemory(all)[0], found]);
    for (const run of (list as SpilledDiagnostics).runs) expect(existsSync(run)).toBe(true);
  });

  it('filters and maps lazily, counting once', () => {
    const log = new DiagnosticLog(ORDER, { inMemory: 2, runs: 8 });
    for (let line = 1; line <= 9; line += 1) log.push(diagnostic(line, line % 2 === 0 ? 'missing-output' : 'malformed-line', `m${line}`));
    const list = finished(log);
    const errors = filtered(list, (each) => each.rule === 'missing-output');
    expect(errors.length).toBe(4);
    expect([...errors].map((each) => each.line)).toEqual([2, 4, 6, 8]);
    const noted = mapped(list, (each) => ({ ...each, message: `${each.message}!` }));
    expect(noted.length).toBe(9);
    expect([...noted].at(-1)!.message).toBe('m9!');
  });
});
