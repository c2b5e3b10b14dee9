import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claudeLiveSession } from '../../../src/formats/claude-code/live-session.js';
import type { ProcessTable } from '../../../src/formats/format.js';
import { listProcesses } from '../../../src/repairing/processes.js';
import { fixFile } from '../../../src/repairing/fix-file.js';
import { restoreBackup } from '../../../src/repairing/restore.js';
import { notePossiblyRunning } from '../../../src/repairing/live-guard.js';
import { checkFile } from '../../../src/checking/check-source.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';

/** The probe as the guard asks it: with the processes listed now. */
const probe = (path: string) => claudeLiveSession(path, listProcesses());

/** This process's start time as Claude Code records it (the starttime field of /proc/<pid>/stat). */
async function procStart(pid: number): Promise<string> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

describe.skipIf(process.platform !== 'linux')('the Claude Code live-session probe (~/.claude/sessions/<pid>.json)', () => {
  let config: string;
  let transcript: string;
  const t = new ClaudeTranscript();
  t.prompt('run the slow command');
  t.toolUse('toolu_running');

  beforeEach(async () => {
    config = await mkdtemp(join(tmpdir(), 'sd-claude-live-'));
    await mkdir(join(config, 'projects/-home-dev-project'), { recursive: true });
    await mkdir(join(config, 'sessions'));
    transcript = join(config, `projects/-home-dev-project/${t.sessionId}.jsonl`);
    await writeFile(transcript, t.text());
  });
  afterEach(() => rm(config, { recursive: true, force: true }));

  const mark = async (pid: number, fields: Record<string, unknown>) => writeFile(join(config, `sessions/${pid}.json`), JSON.stringify({ pid, sessionId: t.sessionId, status: 'busy', ...fields }));

  it('names the running process that owns the session, for the transcript and its subagents', async () => {
    await mark(process.pid, { procStart: await procStart(process.pid) });
    expect(await probe(transcript)).toEqual({ pid: process.pid, name: 'claude', evidence: `owns the session (${join(config, `sessions/${process.pid}.json`)})` });
    expect((await probe(join(config, `projects/-home-dev-project/${t.sessionId}/subagents/agent-a1.jsonl`)))?.pid).toBe(process.pid);
  });

  it('ignores the marker SIGKILL left behind: no such process, or a pid reused by another process', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await mark(Number(gone.stdout), { procStart: '1' });
    expect(await probe(transcript)).toBeUndefined();
    await mark(process.pid, { procStart: 'not-this-process' });
    expect(await probe(transcript)).toBeUndefined();
  });

  it('without /proc (a table that lists nothing), a live pid in the marker is enough, whatever its start time', async () => {
    const unlisted: ProcessTable = { listed: false, pids: [], argv: () => [], cwd: () => undefined, name: () => undefined, startTime: () => undefined };
    await mark(process.pid, { procStart: 'not-this-process' });
    expect((await claudeLiveSession(transcript, unlisted))?.pid).toBe(process.pid);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await mark(Number(gone.stdout), { procStart: '1' });
    await rm(join(config, `sessions/${process.pid}.json`));
    expect(await claudeLiveSession(transcript, unlisted)).toBeUndefined();
  });

  it('ignores markers of other sessions', async () => {
    await writeFile(join(config, `sessions/${process.pid}.json`), JSON.stringify({ pid: process.pid, sessionId: 'another', procStart: await procStart(process.pid) }));
    expect(await probe(transcript)).toBeUndefined();
  });

  it('makes fix --in-place refuse the transcript of a running session, and leave it untouched', async () => {
    await mark(process.pid, { procStart: await procStart(process.pid) });
    await expect(fixFile(transcript, { inPlace: true, force: true })).rejects.toThrow(/claude \(pid \d+\)/);
    expect(await readFile(transcript, 'utf8')).toBe(t.text());
  });

  it('makes restore refuse the transcript of a running session (its next lines would go on from the repaired history), and leave both files as they are', async () => {
    // Claude Code appends by path without holding the file open: only the probe sees it writing.
    await writeFile(`${transcript}.bak`, 'the bytes before a fix\n');
    await mark(process.pid, { procStart: await procStart(process.pid) });
    await expect(restoreBackup(transcript, { force: true })).rejects.toThrow(/owns the session .* by claude \(pid \d+\)/);
    expect(await readFile(transcript, 'utf8')).toBe(t.text());
    expect(await readFile(`${transcript}.bak`, 'utf8')).toBe('the bytes before a fix\n');
  });

  it("makes check note that a running session's last unanswered call may still be running, however long ago the file was written", async () => {
    const old = new Date(Date.now() - 3600_000);
    await utimes(transcript, old, old);
    const report = await checkFile(transcript);
    const [missing] = report.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-output');
    expect((await notePossiblyRunning([report], {}))[0]!.diagnostics).not.toContainEqual(expect.objectContaining({ message: expect.stringContaining('may still be running') }));
    await mark(process.pid, { procStart: await procStart(process.pid) });
    const [noted] = await notePossiblyRunning([report], {});
    expect(noted!.diagnostics).toContainEqual({ ...missing, message: `${missing!.message} It may still be running: owns the session (${join(config, `sessions/${process.pid}.json`)}) by claude (pid ${process.pid}).` });
  });
});

describe.skipIf(process.platform !== 'linux')('the live-session probe for Claude Code before 2.1 (no session marker)', () => {
  let root: string;
  let transcript: string;
  let child: ChildProcess | undefined;
  const t = new ClaudeTranscript();
  t.prompt('run the slow command');
  t.toolUse('toolu_running');

  /** A process whose command line is Claude Code's JS package (`node …/@anthropic-ai/claude-code/cli.js`), running in `cwd` until killed. */
  async function startClient(cwd: string): Promise<ChildProcess> {
    const cli = join(root, 'node_modules/@anthropic-ai/claude-code/cli.js');
    await mkdir(dirname(cli), { recursive: true });
    await writeFile(cli, "process.stdout.write('ready'); setInterval(() => {}, 1 << 30);\n");
    // With node options first, as 1.0.1's shebang (`env -S node --no-warnings --enable-source-maps`) runs it.
    child = spawn(process.execPath, ['--no-warnings', '--enable-source-maps', cli], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.once('data', () => resolve());
      child!.once('error', reject);
    });
    return child;
  }

  beforeEach(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'sd-claude-old-')));
    await mkdir(join(root, 'work'));
    const project = join(root, 'config/projects', join(root, 'work').replace(/[^a-zA-Z0-9]/g, '-'));
    await mkdir(project, { recursive: true });
    await mkdir(join(root, 'config/sessions'));
    transcript = join(project, `${t.sessionId}.jsonl`);
    await writeFile(transcript, t.text());
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    child = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('names a running Claude Code without a marker whose working folder is the project, for the transcript and flat subagent files', async () => {
    const client = await startClient(join(root, 'work'));
    const owner = await probe(transcript);
    expect(owner).toEqual({ pid: client.pid, name: 'claude', evidence: `runs in the project's folder (${join(root, 'work')}) and, older than 2.1, marks no session it writes` });
    expect((await probe(join(dirname(transcript), 'agent-a1b2c3d.jsonl')))?.pid).toBe(client.pid);
    await expect(fixFile(transcript, { inPlace: true, force: true })).rejects.toThrow(new RegExp(`claude \\(pid ${client.pid}\\)`));
    expect(await readFile(transcript, 'utf8')).toBe(t.text());
  });

  it('ignores a Claude Code that marks its session (2.1.x: its marker says which), and one running in another folder', async () => {
    const client = await startClient(join(root, 'work'));
    await writeFile(join(root, 'config/sessions', `${client.pid}.json`), JSON.stringify({ pid: client.pid, sessionId: 'another', procStart: await procStart(client.pid!) }));
    expect(await probe(transcript)).toBeUndefined();
    client.kill('SIGKILL');
    await startClient(root);
    expect(await probe(transcript)).toBeUndefined();
  });
});
