/**
 * `fix --in-place` on the Codex store while a real Codex runs a tool: the live rollout is refused (Codex
 * holds it open for appending and writes nothing while the tool runs, so its mtime says nothing), the
 * damaged rollouts of dead sessions are repaired, and after Codex finishes every line it wrote is in its
 * rollout. The tool waits for a file that the test creates once the fix is done: no timing involved.
 */
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import { assistantMessage, execCommand } from './harness/mock-responses.js';
import { runCli } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

const HOURS_AGO = () => new Date(Date.now() - 5 * 3_600_000);

interface FixedFile {
  path: string;
  error?: string;
  repairs?: { rule: string }[];
  backup?: string;
}

describe('fix --in-place on the store of a running Codex', () => {
  it('refuses the rollout Codex is writing, repairs the others, and Codex keeps every line it writes', async (ctx) => {
    cliOrSkip(ctx);
    const env = await CodexEnv.create(codexOrSkip(ctx));

    // Two dead sessions, killed while a tool ran: each has an unanswered call, and is hours old.
    const dead: string[] = [];
    for (const callId of ['call_dead_1', 'call_dead_2']) {
      env.script({ items: [execCommand(callId, 'sleep 30')] });
      const killed = env.startExec('run the slow command');
      const { file } = await env.waitForRollout((text, candidate) => !dead.includes(candidate) && text.includes('"type":"token_usage_record"', text.indexOf(`"call_id":"${callId}"`)) && text.includes(`"call_id":"${callId}"`));
      await killed.kill('SIGKILL');
      dead.push(file);
    }
    for (const file of dead) utimesSync(file, HOURS_AGO(), HOURS_AGO());

    // A live session: its tool runs until the test lets it finish, then the model answers.
    const release = path.join(env.sb.root, 'release-the-tool');
    env.script({ items: [execCommand('call_live', `while [ ! -e '${release}' ]; do sleep 0.1; done; echo tool-finished`)] }, { items: [assistantMessage('all done')] });
    const running = env.startExec('run the slow command');
    const { file: live } = await env.waitForRollout((text, candidate) => !dead.includes(candidate) && text.includes('"call_id":"call_live"'));
    // The tool runs (the shell loop is a child of Codex).
    const deadline = Date.now() + 30_000;
    while (running.children().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dead).not.toContain(live);
    // While the tool runs Codex writes nothing: make the file look as old as a long tool would.
    utimesSync(live, HOURS_AGO(), HOURS_AGO());
    const before = readFileSync(live, 'utf8');

    const store = env.sb.sessionsDir;
    const fix = runCli(['fix', '--in-place', '-f', 'json', store], { timeoutMs: 60_000 });
    expect(fix.code, fix.stderr).toBe(2);
    const files = (JSON.parse(fix.stdout) as { files: FixedFile[] }).files;
    const byPath = new Map(files.map((file) => [path.resolve(file.path), file]));
    expect(byPath.get(path.resolve(live))?.error, fix.stdout).toMatch(/^open for (appending|writing) by codex[^ ]* \(pid \d+\): it may still be writing; not replaced/);
    for (const file of dead) {
      const report = byPath.get(path.resolve(file));
      expect(report?.error, fix.stdout).toBeUndefined();
      expect(report?.repairs?.map((repair) => repair.rule)).toContain('missing-output');
      expect(existsSync(`${file}.bak`)).toBe(true);
    }
    expect(readFileSync(live, 'utf8')).toBe(before);

    writeFileSync(release, '');
    const result = await running.done;
    expect(result.code, result.stderr).toBe(0);
    const after = readFileSync(live, 'utf8');
    expect(after.startsWith(before), 'the rollout keeps what it had').toBe(true);
    const written = after.slice(before.length).split('\n').filter(Boolean);
    expect(written.length).toBeGreaterThan(2);
    expect(after).toContain('tool-finished');
    expect(after).toContain('all done');
    expect(after).toMatch(/"type":"(task_complete|turn_complete)"/);
    expect(readdirSync(path.dirname(live)).filter((name) => name.startsWith(path.basename(live)) && name !== path.basename(live))).toEqual([]);

    // Finished, the session checks clean of pairing errors, and the dead ones stay repaired.
    const check = runCli(['check', '-f', 'json', '--select', 'SD1', live, ...dead]);
    expect(check.code, check.stdout).toBe(0);
  });
});
