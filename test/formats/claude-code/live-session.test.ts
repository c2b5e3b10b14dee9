import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claudeLiveSession } from '../../../src/formats/claude-code/live-session.js';
import { fixFile } from '../../../src/repairing/fix-file.js';
import { ClaudeTranscript } from '../../support/claude-transcript.js';

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
    expect(await claudeLiveSession(transcript)).toEqual({ pid: process.pid, name: 'claude', evidence: `owns the session (${join(config, `sessions/${process.pid}.json`)})` });
    expect((await claudeLiveSession(join(config, `projects/-home-dev-project/${t.sessionId}/subagents/agent-a1.jsonl`)))?.pid).toBe(process.pid);
  });

  it('ignores the marker SIGKILL left behind: no such process, or a pid reused by another process', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await mark(Number(gone.stdout), { procStart: '1' });
    expect(await claudeLiveSession(transcript)).toBeUndefined();
    await mark(process.pid, { procStart: 'not-this-process' });
    expect(await claudeLiveSession(transcript)).toBeUndefined();
  });

  it('ignores markers of other sessions', async () => {
    await writeFile(join(config, `sessions/${process.pid}.json`), JSON.stringify({ pid: process.pid, sessionId: 'another', procStart: await procStart(process.pid) }));
    expect(await claudeLiveSession(transcript)).toBeUndefined();
  });

  it('makes fix --in-place refuse the transcript of a running session, and leave it untouched', async () => {
    await mark(process.pid, { procStart: await procStart(process.pid) });
    await expect(fixFile(transcript, { inPlace: true, force: true })).rejects.toThrow(/claude \(pid \d+\)/);
    expect(await readFile(transcript, 'utf8')).toBe(t.text());
  });
});
