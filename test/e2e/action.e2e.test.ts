/**
 * The GitHub Action (action.yml), run the way the runner runs a composite action
 * (harness/composite-action.ts) from what `uses:` checks out: a snapshot of the project, with no
 * node_modules. Its first step installs the runtime dependencies from the npm registry; the second runs
 * the committed bundle on a workspace of session files. Asserted: the annotations in the log, the job
 * summary, the SARIF file and the other reports, the outputs, and the failure levels.
 */
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodexSession } from '../support/codex-session.js';
import { snapshotOfProject, userEnv } from '../support/project-snapshot.js';
import { runCompositeAction, type ActionRun } from './harness/composite-action.js';

// Rollouts named as Codex names them (any other name is a warning of its own).
const [BROKEN_ID, HEALTHY_ID] = ['01a20fe4-3815-73a2-be7d-d3d6632ba6c2', '01a20fe4-3815-73a2-be7d-d3d6632ba6c3'];
const rollout = (id: string) => `rollout-2026-03-04T10-00-00-${id}.jsonl`;
const [BROKEN, HEALTHY] = [rollout(BROKEN_ID), rollout(HEALTHY_ID)];

let folder: string;
let workspace: string;
let runAction: (inputs: Record<string, string>) => ActionRun;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sd-action-'));
  const actionPath = join(folder, 'action');
  await snapshotOfProject(actionPath);
  workspace = join(folder, 'workspace');
  await mkdir(join(workspace, 'sessions'), { recursive: true });
  await mkdir(join(workspace, 'warned'));
  await writeFile(join(workspace, 'sessions', BROKEN), new CodexSession({ sessionId: BROKEN_ID }).execTurn('ok').startTurn().functionCall('killed').text());
  await writeFile(join(workspace, 'sessions', HEALTHY), new CodexSession({ sessionId: HEALTHY_ID }).execTurn('ok').text());
  await writeFile(join(workspace, 'warned', HEALTHY), new CodexSession({ sessionId: HEALTHY_ID }).execTurn('ok').text().replace(/\n$/, ''));
  // Finished sessions: an hour old, so that an unanswered last call is not taken for one still running.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const file of [join(workspace, 'sessions', BROKEN), join(workspace, 'sessions', HEALTHY), join(workspace, 'warned', HEALTHY)]) await utimes(file, anHourAgo, anHourAgo);
  await mkdir(join(folder, 'home'));
  const env = userEnv(join(folder, 'home'));
  let runs = 0;
  runAction = (inputs) => {
    runs += 1;
    const runnerFolder = join(folder, `runner-${runs}`); // the runner's own folder for one job
    mkdirSync(runnerFolder);
    return runCompositeAction({ actionPath, workspace, runnerFolder, env }, inputs);
  };
}, 120_000);
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the GitHub Action', () => {
  it('with its defaults: annotations, the job summary, a SARIF file, the counts; errors fail the step', async () => {
    const run = runAction({ paths: 'sessions' });
    expect(run.code, run.log).toBe(1);
    expect(run.log).toMatch(new RegExp(`^::error file=sessions/${BROKEN},line=\\d+,title=missing-output::function_call "exec_command" \\(call_id killed\\) has no function_call_output\\.$`, 'm'));
    expect(run.log).toContain('session-doctor: failing the step: 1 error, 0 warnings, 1 info (fail_on: error)');
    expect(run.summary).toContain('### session-doctor check');
    expect(run.summary).toMatch(new RegExp(`\\| sessions/${BROKEN} \\| \\d+ \\| error \\| \`missing-output\` \\(SD101\\) \\|`));
    expect(run.outputs).toEqual({
      sarif_file: 'session-doctor.sarif',
      json_file: '',
      junit_file: '',
      errors: '1',
      warnings: '0',
      infos: '1',
      fixable: '1',
      files: '2',
      files_with_problems: '1',
    });
    const sarif = JSON.parse(await readFile(join(workspace, 'session-doctor.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri]);
    expect(results).toContainEqual(['missing-output', `sessions/${BROKEN}`]);
  });

  it('fail_on: never passes the step; json and junit reports go to their files, with no annotation', async () => {
    const run = runAction({ paths: `sessions/${BROKEN}\nsessions/${HEALTHY}`, formats: 'json, junit', fail_on: 'never' });
    expect(run.code, run.log).toBe(0);
    expect(run.log).not.toContain('::error');
    expect(run.summary).toBe('');
    expect(run.outputs).toMatchObject({ sarif_file: '', json_file: 'session-doctor.json', junit_file: 'session-doctor.xml', errors: '1', files: '2' });
    const json = JSON.parse(await readFile(join(workspace, 'session-doctor.json'), 'utf8')) as { summary: { errors: number } };
    expect(json.summary.errors).toBe(1);
    expect(await readFile(join(workspace, 'session-doctor.xml'), 'utf8')).toContain(`<testsuite name="sessions/${BROKEN}"`);
  });

  it('fails on warnings only at fail_on: warning (or info)', () => {
    const asError = runAction({ paths: 'warned', fail_on: 'error' });
    expect(asError.code, asError.log).toBe(0);
    expect(asError.log).toMatch(new RegExp(`^::warning file=warned/${HEALTHY},line=\\d+,title=missing-final-newline::`, 'm'));
    expect(asError.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(runAction({ paths: 'warned', fail_on: 'warning' }).code).toBe(1);
    expect(runAction({ paths: `sessions/${HEALTHY}`, fail_on: 'info' }).code).toBe(0);
  });

  it('refuses inputs it cannot use, with one annotated line', () => {
    const run = runAction({ formats: 'github stylish' });
    expect(run.code).toBe(2);
    expect(run.log).toContain('::error title=session-doctor::formats: github and stylish both go to the log; choose one of github, stylish, compact');
    expect(runAction({ fail_on: 'sometimes' }).log).toContain('::error title=session-doctor::fail_on: "sometimes" is not one of error, warning, info, never');
  });

  it('fails the step when a path cannot be read, whatever fail_on says', () => {
    const run = runAction({ paths: `missing.jsonl\n--help\nsessions/${HEALTHY}`, fail_on: 'never' });
    expect(run.code).toBe(2);
    expect(run.log).toContain('missing.jsonl');
    // Paths are never options; the outputs count what could be read.
    expect(run.log).toContain('--help');
    expect(run.outputs).toMatchObject({ files: '3', files_with_problems: '0', errors: '0' });
  });
});
