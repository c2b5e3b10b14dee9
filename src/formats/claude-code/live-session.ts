import { readFile, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { LiveSessionOwner } from '../format.js';

/**
 * Claude Code marks each running process in <config>/sessions/<pid>.json ({pid, sessionId, procStart, …}):
 * written at start, deleted on a clean exit, left behind by SIGKILL. A transcript is live when such a
 * file names its session and a process with that pid and start time still runs (procStart is the
 * starttime field of /proc/<pid>/stat, as the client itself compares it). Never throws.
 */
export async function claudeLiveSession(path: string): Promise<LiveSessionOwner | undefined> {
  const sessionId = sessionIdOf(path);
  for (const folder of sessionFolders(path)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/^\d+\.json$/.test(name)) continue;
      const marker = join(folder, name);
      const record = await readFile(marker, 'utf8').then(JSON.parse, () => undefined) as { pid?: unknown; sessionId?: unknown; procStart?: unknown } | undefined;
      if (record?.sessionId !== sessionId || typeof record.pid !== 'number' || !Number.isSafeInteger(record.pid)) continue;
      if (await running(record.pid, record.procStart)) return { pid: record.pid, name: 'claude', evidence: `owns the session (${marker})` };
    }
  }
  return undefined;
}

/** The session a transcript belongs to: <session>.jsonl, or <session>/subagents/agent-<id>.jsonl. */
function sessionIdOf(path: string): string {
  const file = basename(path).replace(/\.jsonl$/, '');
  return basename(dirname(path)) === 'subagents' ? basename(dirname(dirname(path))) : file;
}

/** The sessions folder beside the projects folder the transcript is in, and the configured one. */
function sessionFolders(path: string): string[] {
  const parts = resolve(path).split(sep);
  const projects = parts.lastIndexOf('projects');
  const beside = projects > 0 ? join(parts.slice(0, projects).join(sep) || sep, 'sessions') : undefined;
  const configured = join(process.env.CLAUDE_CONFIG_DIR || join(homedir(), '.claude'), 'sessions');
  return [...new Set([beside, configured].filter((folder): folder is string => folder !== undefined))];
}

async function running(pid: number, procStart: unknown): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (typeof procStart !== 'string') return true;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // Without /proc (not Linux) the pid alone has to do; on Linux an unreadable stat means it just ended.
  if (stat === undefined) return process.platform !== 'linux';
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] === procStart;
}
