import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { cli } from '../support/cli.js';

let folder: string;
const killedSession = new CodexSession().execTurn('a').startTurn().reasoning().functionCall('call_killed');
const killed = killedSession.text();
const healthy = new CodexSession().execTurn('a').text();
/** A duplicate call id: an error fix never guesses at. */
const unfixable = new CodexSession().startTurn().functionCall('c').functionOutput('c').functionCall('c').functionOutput('c').endTurn().text();

/** Writes a file and makes it look finished (older than the live-file guard's window). */
async function put(name: string, content: string, ageSeconds = 60): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  const when = new Date(Date.now() - ageSeconds * 1000);
  await utimes(path, when, when);
  return path;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-fix-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('session-doctor fix', () => {
  it('writes <file>.fixed next to the original, leaves the original alone, and exits 0', async () => {
    await put('s.jsonl', killed);
    const result = cli(['fix', 's.jsonl'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${killedSession.lastLine}  fixed  inserted an "aborted" function_call_output after line ${killedSession.lastLine}  missing-output`);
    expect(result.stdout).toContain('→ wrote s.jsonl.fixed');
    expect(await readFile(join(folder, 's.jsonl'), 'utf8')).toBe(killed);
    const fixed = await readFile(join(folder, 's.jsonl.fixed'), 'utf8');
    expect(fixed.startsWith(killed)).toBe(true);
    expect(cli(['check', '--select', 'SD1', 's.jsonl.fixed'], { cwd: folder }).code).toBe(0);
  });

  it('writes no copy when there is nothing to fix', async () => {
    await put('s.jsonl', healthy);
    expect(cli(['fix', 's.jsonl'], { cwd: folder })).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems.\n', stderr: '' });
    expect(await readdir(folder)).toEqual(['s.jsonl']);
  });

  it('exits 1 when errors remain that fix cannot repair, and lists them', async () => {
    await put('s.jsonl', unfixable);
    const result = cli(['fix', '-f', 'json', 's.jsonl'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['duplicate-call-id', 'duplicate-output']);
  });

  it('--copy-to writes elsewhere (one input only), --copy-to - to stdout with the report on stderr', async () => {
    await put('s.jsonl', killed);
    expect(cli(['fix', '--copy-to', 'out.jsonl', 's.jsonl'], { cwd: folder }).code).toBe(0);
    const written = await readFile(join(folder, 'out.jsonl'), 'utf8');
    const toStdout = cli(['fix', '--copy-to', '-', 's.jsonl'], { cwd: folder });
    expect(toStdout.stdout).toBe(written);
    expect(toStdout.stderr).toContain('missing-output');
    await put('t.jsonl', killed);
    const two = cli(['fix', '--copy-to', 'out.jsonl', 's.jsonl', 't.jsonl'], { cwd: folder });
    expect(two).toEqual({ code: 2, stdout: '', stderr: 'session-doctor: --copy-to names one file, but more than one input was given\n' });
  });

  it('-o is the report file, as in check: the session and the report never go into each other\'s file', async () => {
    await put('s.jsonl', killed);
    const both = cli(['fix', '-f', 'json', '-o', 'report.json', '--copy-to', 'out.jsonl', 's.jsonl'], { cwd: folder });
    expect(both).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')).files[0].written).toBe('out.jsonl');
    expect((await readFile(join(folder, 'out.jsonl'), 'utf8')).startsWith(killed)).toBe(true);
    const sessionName = cli(['fix', '-o', 'other.jsonl', 's.jsonl'], { cwd: folder });
    expect(sessionName.code).toBe(2);
    expect(sessionName.stderr).toContain('other.jsonl: the report file looks like a session file; -o/--output-file names the report (to write the repaired session there: fix --copy-to other.jsonl)');
    const same = cli(['fix', '-o', 'x.json', '--copy-to', 'x.json', 's.jsonl'], { cwd: folder });
    expect(same).toEqual({ code: 2, stdout: '', stderr: 'session-doctor: x.json: --copy-to and the report file name the same file\n' });
    const old = cli(['fix', '--output', 'x', 's.jsonl'], { cwd: folder });
    expect(old.stderr).toBe('session-doctor: --output is now --copy-to (the repaired session); -o/--output-file names the report file, as in check\n');
    expect((await readdir(folder)).sort()).toEqual(['out.jsonl', 'report.json', 's.jsonl']);
  });

  it('--copy-to writes the copy asked for even when nothing needed repairing', async () => {
    await put('s.jsonl', healthy);
    expect(cli(['fix', '--copy-to', 'out.jsonl', 's.jsonl'], { cwd: folder }).code).toBe(0);
    expect(await readFile(join(folder, 'out.jsonl'), 'utf8')).toBe(healthy);
  });

  it('says what to do with a .fixed copy, and how to undo an in-place repair', async () => {
    await put('s.jsonl', killed);
    expect(cli(['fix', 's.jsonl'], { cwd: folder }).stdout).toContain('Next: no client reads a copy. Review it (`diff FILE FILE.fixed`), then repair the original with `session-doctor fix --in-place FILE`');
    expect(cli(['fix', '-i', 's.jsonl'], { cwd: folder }).stdout).toContain('To undo: `session-doctor restore FILE` puts the newest backup back.');
  });

  it('a name too long for a copy beside it is one line naming the copy; in place it is repaired', async () => {
    const name = `${'n'.repeat(244)}.jsonl`;
    await put(name, killed);
    const copy = cli(['fix', name], { cwd: folder });
    expect(copy.code).toBe(2);
    expect(copy.stderr).toBe(`session-doctor: ${name}: ${name}.fixed: file name too long\n`);
    const inPlace = cli(['fix', '-i', '--no-backup', name], { cwd: folder });
    expect(inPlace).toMatchObject({ code: 0, stderr: '' });
    expect((await readdir(folder)).sort()).toEqual([name]);
  });

  it('reads stdin and writes the repaired session to stdout', () => {
    const result = cli(['fix', '-'], { input: killed });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(killed)).toBe(true);
    expect(result.stdout.split('\n')).toHaveLength(killedSession.lastLine + 2);
    const untouched = cli(['fix', '-'], { input: healthy });
    expect(untouched.stdout).toBe(healthy);
  });

  describe('--in-place', () => {
    it('replaces the file atomically, keeps its mode, and keeps the original bytes as .bak', async () => {
      const path = await put('s.jsonl', killed);
      const { chmod } = await import('node:fs/promises');
      await chmod(path, 0o600);
      await utimes(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const expected = (cli(['fix', '--copy-to', '-', 's.jsonl'], { cwd: folder })).stdout;
      const result = cli(['fix', '--in-place', 's.jsonl'], { cwd: folder });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('→ wrote s.jsonl (original kept as s.jsonl.bak)');
      expect(await readFile(path, 'utf8')).toBe(expected);
      expect(await readFile(`${path}.bak`, 'utf8')).toBe(killed);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await readdir(folder)).sort()).toEqual(['s.jsonl', 's.jsonl.bak']);
    });

    it('never overwrites an existing backup', async () => {
      const path = await put('s.jsonl', killed);
      await writeFile(`${path}.bak`, 'an older backup');
      const result = cli(['fix', '-i', '-f', 'json', 's.jsonl'], { cwd: folder });
      expect(JSON.parse(result.stdout).files[0].backup).toBe('s.jsonl.bak.1');
      expect(await readFile(`${path}.bak`, 'utf8')).toBe('an older backup');
      expect(await readFile(`${path}.bak.1`, 'utf8')).toBe(killed);
    });

    it('--no-backup keeps no copy', async () => {
      await put('s.jsonl', killed);
      expect(cli(['fix', '-i', '--no-backup', 's.jsonl'], { cwd: folder }).code).toBe(0);
      expect(await readdir(folder)).toEqual(['s.jsonl']);
    });

    it('refuses a file modified moments ago (a live session), exit 2, unless --force', async () => {
      const path = await put('s.jsonl', killed, 0);
      const refused = cli(['fix', '--in-place', 's.jsonl'], { cwd: folder });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain('it may be a live session still being written; not replaced (wait, or pass --force)');
      expect(await readFile(path, 'utf8')).toBe(killed);
      expect(await readdir(folder)).toEqual(['s.jsonl']);
      expect(cli(['fix', '--in-place', '--force', 's.jsonl'], { cwd: folder }).code).toBe(0);
      expect(cli(['fix', '--in-place', '--min-age', '0', 's.jsonl'], { cwd: folder }).code).toBe(0);
    });

    it('cannot be combined with --copy-to or stdin', async () => {
      await put('s.jsonl', killed);
      expect(cli(['fix', '-i', '--copy-to', 'x.jsonl', 's.jsonl'], { cwd: folder }).stderr).toBe('session-doctor: --in-place and --copy-to exclude each other\n');
      const stdin = cli(['fix', '-i', '-'], { input: killed });
      expect(stdin.code).toBe(2);
      expect(stdin.stderr).toContain('--in-place cannot replace stdin');
    });
  });

  it('--dry-run reports the repairs it would make and writes nothing', async () => {
    await put('s.jsonl', killed);
    const result = cli(['fix', '--dry-run', 's.jsonl'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would fix  inserted an "aborted" function_call_output');
    expect(result.stdout).toContain('Would repair 1 problem (nothing was written).');
    expect(result.stdout).not.toContain('Repaired');
    expect(result.stdout).not.toContain('→ wrote');
    const json = JSON.parse(cli(['fix', '--dry-run', '-f', 'json', 's.jsonl'], { cwd: folder }).stdout);
    expect(json.summary).toMatchObject({ repaired: 0, wouldRepair: 1 });
    expect(await readdir(folder)).toEqual(['s.jsonl']);
  });

  it('--diff prints a unified diff on stdout, the report on stderr, writes nothing, and exits 1 when there are changes', async () => {
    await put('s.jsonl', killed);
    await put('h.jsonl', healthy);
    expect(cli(['fix', '--diff', 'h.jsonl'], { cwd: folder })).toMatchObject({ code: 0, stdout: '' });
    const result = cli(['fix', '--diff', 's.jsonl'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['--- s.jsonl', '+++ s.jsonl.fixed']);
    expect(result.stdout).toMatch(/^\+\{"timestamp":.*"call_id":"call_killed","output":"aborted"\}\}$/m);
    expect(result.stderr).toContain('missing-output');
    expect((await readdir(folder)).sort()).toEqual(['h.jsonl', 's.jsonl']);
  });

  it('--strategy truncate ends the session before the unanswered call and its reasoning (an unsafe fix: with --unsafe-fixes)', async () => {
    await put('s.jsonl', killed);
    const held = cli(['fix', '--strategy', 'truncate', 's.jsonl'], { cwd: folder });
    expect(held.code).toBe(1);
    expect(held.stdout).toContain('1 unsafe fix held back (it changes what the model sees, or drops real content): review, then run `session-doctor fix --unsafe-fixes` to apply it too.');
    expect(await readdir(folder)).toEqual(['s.jsonl']);
    expect(cli(['fix', '--strategy', 'truncate', '--unsafe-fixes', 's.jsonl'], { cwd: folder }).code).toBe(0);
    const lines = killed.split('\n');
    expect(await readFile(join(folder, 's.jsonl.fixed'), 'utf8')).toBe(`${lines.slice(0, killedSession.lastLine - 2).join('\n')}\n`);
  });
});
